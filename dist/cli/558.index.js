export const id = 558;
export const ids = [558];
export const modules = {

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ parseUint64),
/* harmony export */   QR: () => (/* binding */ flagHelp),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   g2: () => (/* binding */ snapshotArgument),
/* harmony export */   sD: () => (/* binding */ writeOut)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);

/**
 * Parses flags the way etcdutl's (cobra/pflag) parser does for the forms people type:
 * `--flag value`, `--flag=value`, `-w json`, `--bool`, `--bool=false`, and `--` ending flags.
 * A repeated flag keeps its last value, as pflag does.
 */
function parseFlags(argv, specs) {
    const byName = new Map(specs.map((s) => [s.name, s]));
    const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short, s]));
    const out = { strings: new Map(), booleans: new Map(), positionals: [], help: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            out.positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg === '--help' || arg === '-h') {
            out.help = true;
            continue;
        }
        if (!arg.startsWith('-') || arg === '-') {
            out.positionals.push(arg);
            continue;
        }
        const long = arg.startsWith('--');
        const body = arg.slice(long ? 2 : 1);
        const eq = body.indexOf('=');
        const key = eq === -1 ? body : body.slice(0, eq);
        const spec = long ? byName.get(key) : byShort.get(key);
        if (!spec)
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`unknown flag: ${long ? '--' : '-'}${key} (see --help)`);
        const inline = eq === -1 ? undefined : body.slice(eq + 1);
        if (spec.kind === 'boolean') {
            out.booleans.set(spec.name, parseBool(spec.name, inline ?? 'true'));
            continue;
        }
        let value = inline;
        if (value === undefined) {
            if (i + 1 >= argv.length)
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`flag needs an argument: --${spec.name}`);
            value = argv[++i];
        }
        out.strings.set(spec.name, value);
    }
    return out;
}
function parseBool(name, value) {
    // pflag accepts Go's strconv.ParseBool spellings.
    if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value))
        return true;
    if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(value))
        return false;
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid value "${value}" for --${name}: want true or false`);
}
/** Parses a non-negative decimal integer flag into a bigint (uint64 range). */
function parseUint64(name, value) {
    if (!/^[0-9]{1,20}$/.test(value))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid value "${value}" for --${name}: want a whole number`);
    const n = BigInt(value);
    if (n > 0xffffffffffffffffn)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid value "${value}" for --${name}: larger than uint64`);
    return n;
}
/** Renders the flag table of a command's --help. */
function flagHelp(specs) {
    const rows = specs.map((s) => {
        const names = `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.kind === 'string' ? ' <value>' : ''}`;
        const def = s.defaultText ? ` (default ${s.defaultText})` : '';
        return [names, `${s.help}${def}`];
    });
    const width = Math.max(...rows.map(([n]) => n.length)) + 2;
    return rows.map(([n, h]) => `  ${n.padEnd(width)}${h}`).join('\n');
}
/** The one snapshot path a `snapshot …` command takes. */
function snapshotArgument(parsed, command) {
    if (parsed.positionals.length !== 1) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${command} needs exactly one snapshot path argument, got ${parsed.positionals.length}`);
    }
    return parsed.positionals[0];
}
/** The -w/--write-out value, checked against what the command can print. */
function writeOut(parsed, allowed) {
    const format = parsed.strings.get('write-out') ?? allowed[0];
    if (!allowed.includes(format)) {
        const choices = `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`unsupported output format "${format}": want ${choices}`);
    }
    return format;
}


/***/ }),

/***/ 8179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ decodeKeyValue),
/* harmony export */   Mv: () => (/* binding */ keyValueKey),
/* harmony export */   Xh: () => (/* binding */ userKey),
/* harmony export */   cp: () => (/* binding */ userKeyString),
/* harmony export */   iP: () => (/* binding */ byteString)
/* harmony export */ });
/* unused harmony exports decodeLease, decodeUser, decodeRole */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _proto_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2406);
/* harmony import */ var _revision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9627);
/**
 * Values of etcd's buckets: `mvccpb.KeyValue` (every `key`-bucket revision), `leasepb.Lease`,
 * `authpb.User` and `authpb.Role`. KeyValue is decoded by hand because status and hashKV decode
 * one per revision (millions on a large snapshot) and need only a few fields; the rest go through
 * protobufjs (src/lib/proto/{mvcc,lease,auth}.proto).
 */



const EMPTY = new Uint8Array(0);
/** Reads protobuf wire format with every length checked against the buffer. */
class WireReader {
    bytes;
    what;
    pos = 0;
    constructor(bytes, what) {
        this.bytes = bytes;
        this.what = what;
    }
    get done() {
        return this.pos >= this.bytes.length;
    }
    fail(reason) {
        const what = typeof this.what === 'string' ? this.what : this.what();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SnapshotError */ .JC(`${what}: bad mvccpb.KeyValue at byte ${this.pos}: ${reason}`);
    }
    varint() {
        let result = 0n;
        for (let shift = 0n; shift < 70n; shift += 7n) {
            if (this.pos >= this.bytes.length)
                this.fail('truncated varint');
            const b = this.bytes[this.pos++];
            result |= BigInt(b & 0x7f) << shift;
            if ((b & 0x80) === 0)
                return BigInt.asIntN(64, result);
        }
        return this.fail('varint longer than 10 bytes');
    }
    /** A varint known to be small (tags, lengths): plain number arithmetic, fast path. */
    smallVarint() {
        let result = 0;
        for (let shift = 0; shift < 35; shift += 7) {
            if (this.pos >= this.bytes.length)
                this.fail('truncated varint');
            const b = this.bytes[this.pos++];
            result += (b & 0x7f) * 2 ** shift;
            if ((b & 0x80) === 0)
                return result;
        }
        return this.fail('length or tag too large');
    }
    /** Steps over a varint without building its value (the hot path of keyValueKey). */
    skipVarint() {
        for (let i = 0; i < 10; i++) {
            if (this.pos >= this.bytes.length)
                this.fail('truncated varint');
            if ((this.bytes[this.pos++] & 0x80) === 0)
                return;
        }
        this.fail('varint longer than 10 bytes');
    }
    lengthDelimited() {
        const length = this.smallVarint();
        if (length > this.bytes.length - this.pos) {
            this.fail(`length ${length} runs past the end (${this.bytes.length} bytes)`);
        }
        const out = this.bytes.subarray(this.pos, this.pos + length);
        this.pos += length;
        return out;
    }
    /** lengthDelimited() without the view (a skipped value is most of a `key` entry). */
    skipLengthDelimited() {
        const length = this.smallVarint();
        if (length > this.bytes.length - this.pos) {
            this.fail(`length ${length} runs past the end (${this.bytes.length} bytes)`);
        }
        this.pos += length;
    }
    skip(wireType) {
        if (wireType === 0)
            this.skipVarint();
        else if (wireType === 2)
            this.skipLengthDelimited();
        else if (wireType === 1 || wireType === 5) {
            const n = wireType === 1 ? 8 : 4;
            if (n > this.bytes.length - this.pos)
                this.fail('truncated fixed field');
            this.pos += n;
        }
        else
            this.fail(`unsupported wire type ${wireType}`);
    }
}
/**
 * Decodes a `key`-bucket value. The returned byte arrays are views of `bytes` (copy them to keep
 * them past the next bolt read). `what` names the revision in error messages.
 */
function decodeKeyValue(bytes, what = 'key bucket value') {
    const r = new WireReader(bytes, what);
    const kv = {
        key: EMPTY,
        createRevision: 0n,
        modRevision: 0n,
        version: 0n,
        value: EMPTY,
        lease: 0n
    };
    while (!r.done) {
        const tag = r.smallVarint();
        const field = Math.floor(tag / 8);
        const wireType = tag & 7;
        if ((field === 1 || field === 5) && wireType === 2) {
            if (field === 1)
                kv.key = r.lengthDelimited();
            else
                kv.value = r.lengthDelimited();
        }
        else if (field >= 2 && field <= 6 && field !== 5 && wireType === 0) {
            const n = r.varint();
            if (field === 2)
                kv.createRevision = n;
            else if (field === 3)
                kv.modRevision = n;
            else if (field === 4)
                kv.version = n;
            else
                kv.lease = n;
        }
        else
            r.skip(wireType);
    }
    return kv;
}
/**
 * Only the user key of a `key`-bucket value (a view of `bytes`); steps over the other fields.
 * `what` may be a function so hot loops build the error context only on failure.
 */
function keyValueKey(bytes, what = 'key bucket value') {
    const r = new WireReader(bytes, what);
    let key = EMPTY;
    while (!r.done) {
        const tag = r.smallVarint();
        if (tag === 0x0a)
            key = r.lengthDelimited();
        else
            r.skip(tag & 7);
    }
    return key;
}
/**
 * Bytes as a string with one char per byte (ISO-8859-1), to use byte strings as Map keys.
 * Node's native latin1 slice; TextDecoder('latin1') is windows-1252 and much slower.
 */
function byteString(bytes) {
    return latin1Slice.call(bytes, 0, bytes.length);
}
/** Buffer's own latin1 slice, applied to a plain Uint8Array view: no Buffer object per call. */
const latin1Slice = Buffer.prototype.latin1Slice;
/**
 * The user key of a `key`-bucket entry (`value` undefined for a nested bucket: no key) as a byte
 * string, the Map key the sweeps that track keys use; errors name the revision.
 */
function userKeyString(revisionKey, value) {
    return byteString(userKey(revisionKey, value));
}
/** userKeyString's bytes: a view of `value`. */
function userKey(revisionKey, value) {
    return keyValueKey(value ?? EMPTY, () => (0,_revision_js__WEBPACK_IMPORTED_MODULE_2__/* .revisionLabel */ .wc)(revisionKey));
}
function int64(value) {
    if (value === undefined || value === null)
        return 0n;
    if (typeof value === 'number')
        return BigInt(value);
    const { low, high } = value;
    return BigInt.asIntN(64, (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0));
}
function decodeWith(typeName, bytes, what) {
    try {
        return protoType(typeName).decode(bytes);
    }
    catch (error) {
        throw new SnapshotError(`${what}: cannot decode ${typeName}: ${error.message}`, {
            cause: error
        });
    }
}
/** Decodes a `lease` bucket value (leasepb.Lease). */
function decodeLease(bytes, what = 'lease bucket value') {
    const m = decodeWith('leasepb.Lease', bytes, what);
    return { id: int64(m.ID), ttl: int64(m.TTL) };
}
/** Decodes an `authUsers` value (authpb.User). */
function decodeUser(bytes, what = 'authUsers value') {
    const m = decodeWith('authpb.User', bytes, what);
    return { name: utf8(m.name), roles: m.roles ?? [] };
}
/** Decodes an `authRoles` value (authpb.Role). */
function decodeRole(bytes, what = 'authRoles value') {
    const m = decodeWith('authpb.Role', bytes, what);
    return { name: utf8(m.name), permissions: m.keyPermission?.length ?? 0 };
}
function utf8(bytes) {
    return bytes ? new TextDecoder().decode(bytes) : '';
}


/***/ }),

/***/ 9627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ MAX_REVISION),
/* harmony export */   P7: () => (/* binding */ revisionNumber),
/* harmony export */   aK: () => (/* binding */ isTombstone),
/* harmony export */   c4: () => (/* binding */ encodeRevision),
/* harmony export */   pq: () => (/* binding */ servedRevision),
/* harmony export */   py: () => (/* binding */ revisionMain),
/* harmony export */   ur: () => (/* binding */ decodeRevision),
/* harmony export */   wc: () => (/* binding */ revisionLabel)
/* harmony export */ });
/* unused harmony exports REVISION_BYTES, TOMBSTONE_REVISION_BYTES, compareRevisions */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/**
 * Keys of the `key` bucket: an MVCC revision (etcd `revToBytes` / `bytesToRev`, v3.4
 * `mvcc/revision.go`). 8-byte big-endian main, ASCII `_`, 8-byte big-endian sub = 17 bytes;
 * a deletion ("tombstone") appends ASCII `t` (18 bytes). Because both numbers are big-endian and
 * non-negative, bbolt's byte order is revision order. Format doc §5.4.
 */

/** Length of an encoded revision. */
const REVISION_BYTES = 17;
/** Length of an encoded tombstone revision. */
const TOMBSTONE_REVISION_BYTES = 18;
const SEPARATOR = 0x5f; // '_'
const TOMBSTONE_MARK = 0x74; // 't'
const MAX_INT64 = (1n << 63n) - 1n;
function checkInt64(name, value) {
    if (value < 0n || value > MAX_INT64)
        throw new RangeError(`revision ${name} ${value} is not in 0..2^63-1`);
}
/** The 17-byte key of `rev` (18 bytes with the tombstone mark when `tombstone`). */
function encodeRevision(rev, tombstone = false) {
    checkInt64('main', rev.main);
    checkInt64('sub', rev.sub);
    const out = new Uint8Array(tombstone ? TOMBSTONE_REVISION_BYTES : REVISION_BYTES);
    const view = new DataView(out.buffer);
    view.setBigUint64(0, rev.main, false);
    out[8] = SEPARATOR;
    view.setBigUint64(9, rev.sub, false);
    if (tombstone)
        out[17] = TOMBSTONE_MARK;
    return out;
}
/**
 * Decodes a `key`-bucket key. Throws SnapshotError when it is not 17 bytes, or 18 ending in `t`,
 * with `_` at byte 8 and both numbers below 2^63 (`what` names the key's place in the message).
 */
function decodeRevision(key, what = 'key bucket') {
    const length = key.length;
    const tombstone = length === TOMBSTONE_REVISION_BYTES && key[17] === TOMBSTONE_MARK;
    if ((length !== REVISION_BYTES && !tombstone) ||
        key[8] !== SEPARATOR ||
        (key[0] & 0x80) !== 0 ||
        (key[9] & 0x80) !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SnapshotError */ .JC(`${what}: malformed revision key ${hexPreview(key)} (${length} bytes)`);
    }
    const view = new DataView(key.buffer, key.byteOffset, length);
    return { main: view.getBigUint64(0, false), sub: view.getBigUint64(9, false), tombstone };
}
/**
 * Only the main revision of a `key`-bucket key, as a number, for loops over millions of keys:
 * the same checks as decodeRevision without allocating. Throws SnapshotError like it.
 */
function revisionMain(key, what = 'key bucket') {
    const length = key.length;
    if (!(length === REVISION_BYTES ||
        (length === TOMBSTONE_REVISION_BYTES && key[17] === TOMBSTONE_MARK)) ||
        key[8] !== SEPARATOR ||
        (key[9] & 0x80) !== 0) {
        return revisionNumber(decodeRevision(key, what).main); // throws the detailed error
    }
    const high = ((key[0] << 24) | (key[1] << 16) | (key[2] << 8) | key[3]) >>> 0;
    const low = ((key[4] << 24) | (key[5] << 16) | (key[6] << 8) | key[7]) >>> 0;
    if (high > 0x1fffff)
        return revisionNumber(decodeRevision(key, what).main); // beyond 2^53
    return high * 2 ** 32 + low;
}
/** `key bucket revision <main>_<sub>` for error messages (`_<sub>t` for a tombstone). */
function revisionLabel(key) {
    const r = decodeRevision(key);
    return `key bucket revision ${r.main}_${r.sub}${r.tombstone ? 't' : ''}`;
}
/** True when `key` is a tombstone revision (etcd `isTombstone`: 18 bytes ending in `t`). */
function isTombstone(key) {
    return key.length === TOMBSTONE_REVISION_BYTES && key[17] === TOMBSTONE_MARK;
}
/** Orders revisions like etcd's `revision.GreaterThan` (main, then sub). */
function compareRevisions(a, b) {
    if (a.main !== b.main)
        return a.main < b.main ? -1 : 1;
    if (a.sub !== b.sub)
        return a.sub < b.sub ? -1 : 1;
    return 0;
}
/** `main` as a number, for reports; revisions above 2^53 do not occur in practice but are refused. */
function revisionNumber(main) {
    if (main > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SnapshotError */ .JC(`revision ${main} is too large to report (above 2^53)`);
    }
    return Number(main);
}
function hexPreview(bytes) {
    const hex = Buffer.from(bytes.subarray(0, 24)).toString('hex');
    return bytes.length > 24 ? `${hex}…` : hex || '(empty)';
}
/**
 * The revision etcd serves after booting a restored db: its newest key's, or the finished
 * compaction's when that is newer (mvcc's restore: a compaction at the head, after deletions, can
 * leave no key at its revision, and etcd then starts at the compaction revision).
 */
function servedRevision(newestKeyRevision, finishedCompactRevision) {
    return newestKeyRevision > finishedCompactRevision ? newestKeyRevision : finishedCompactRevision;
}
/** etcd revisions are int64: the largest one it accepts. */
const MAX_REVISION = (1n << 63n) - 1n;


/***/ }),

/***/ 3397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ ClusterKeys),
/* harmony export */   SK: () => (/* binding */ MetaKeys),
/* harmony export */   Xb: () => (/* binding */ decodeUint64),
/* harmony export */   cR: () => (/* binding */ Buckets),
/* harmony export */   fK: () => (/* binding */ AuthKeys),
/* harmony export */   zb: () => (/* binding */ encodeUint64)
/* harmony export */ });
/* unused harmony export REMOVED_MEMBER_VALUE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/**
 * The names etcd gives its bbolt buckets and well-known keys (etcd v3.4 `mvcc/kvstore.go`,
 * `auth/store.go`, `etcdserver/api/membership/store.go`, `lease/lessor.go`; v3.5
 * `server/mvcc/buckets/bucket.go`; v3.6 `server/storage/schema/bucket.go`). Spelled once here;
 * everything else compares against these bytes. Format doc §5.2.
 */

const ascii = (text) => new TextEncoder().encode(text);
/** Bucket names, as raw bytes (bbolt compares bytes). */
const Buckets = {
    /** MVCC history: key = revision (17 bytes, 18 for a tombstone), value = mvccpb.KeyValue. */
    key: ascii('key'),
    /** Backend bookkeeping: consistent index, term, compaction marks, versions (MetaKeys). */
    meta: ascii('meta'),
    /** Leases: key = 8-byte big-endian lease ID, value = leasepb.Lease. */
    lease: ascii('lease'),
    /** Raised alarms (NOSPACE, CORRUPT): key = marshalled AlarmMember, value empty. */
    alarm: ascii('alarm'),
    /** Cluster-wide facts: cluster version and the 3.5+ downgrade state (ClusterKeys). */
    cluster: ascii('cluster'),
    /** Members: key = member ID in unpadded lower-case hex, value = member JSON (format doc §7.4). */
    members: ascii('members'),
    /** Removed members: key = unpadded hex ID, value = the text `removed`. */
    membersRemoved: ascii('members_removed'),
    /** Auth switches: enabled flag and auth revision (AuthKeys). */
    auth: ascii('auth'),
    /** Users: key = user name, value = authpb.User. */
    authUsers: ascii('authUsers'),
    /** Roles: key = role name, value = authpb.Role. */
    authRoles: ascii('authRoles')
};
/** Keys of the `meta` bucket. */
const MetaKeys = {
    /** Raft index of the last entry applied to this backend: 8-byte big-endian uint64. */
    consistentIndex: ascii('consistent_index'),
    /** Raft term of that entry, 8-byte big-endian uint64; written by 3.5+ servers only. */
    term: ascii('term'),
    /** JSON raftpb.ConfState; written by 3.5+ servers on membership changes. */
    confState: ascii('confState'),
    /** Storage schema version as ASCII `major.minor.0`; written by 3.6+ servers. */
    storageVersion: ascii('storageVersion'),
    /** Compaction requested at this revision (17-byte revision); resumed at startup if unfinished. */
    scheduledCompactRev: ascii('scheduledCompactRev'),
    /** Last compaction that completed (17-byte revision): revisions below it are gone. */
    finishedCompactRev: ascii('finishedCompactRev')
};
/** Keys of the `cluster` bucket. */
const ClusterKeys = {
    /** Cluster version as ASCII `major.minor.0`. */
    clusterVersion: ascii('clusterVersion'),
    /** JSON downgrade state `{"target-version":…,"enabled":…}`; 3.5+ only. */
    downgrade: ascii('downgrade')
};
/** Keys of the `auth` bucket. */
const AuthKeys = {
    /** One byte: 1 = auth enabled, 0 = disabled. */
    authEnabled: ascii('authEnabled'),
    /** Auth store revision: 8-byte big-endian uint64, bumped by every auth change. */
    authRevision: ascii('authRevision')
};
/** The value etcd stores under every `members_removed` key. */
const REMOVED_MEMBER_VALUE = ascii('removed');
/** meta/consistent_index, meta/term and auth/authRevision are 8-byte big-endian uint64s. */
function encodeUint64(value) {
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigUint64(0, value, false);
    return out;
}
/** Reads such a value; `what` names it in the error (e.g. `meta/consistent_index`). */
function decodeUint64(value, what) {
    if (value.length !== 8)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SnapshotError */ .JC(`${what} is ${value.length} bytes, expected 8`);
    return new DataView(value.buffer, value.byteOffset, 8).getBigUint64(0, false);
}


/***/ }),

/***/ 5329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ encodeBucketValue),
/* harmony export */   fW: () => (/* binding */ Bucket),
/* harmony export */   fw: () => (/* binding */ toKey),
/* harmony export */   iT: () => (/* binding */ inlinePageOf),
/* harmony export */   sb: () => (/* binding */ decodeBucketHeader)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _cursor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1765);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4468);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3574);
/**
 * A bucket: a B+tree rooted at a page, or inline (root 0) with its single leaf page stored in the
 * parent's value after the 16-byte header {root u64, sequence u64} (bbolt-format §3.5, §6.4).
 */




const textEncoder = new TextEncoder();
/** A bucket name or key given as text: its UTF-8 bytes. */
function toKey(name) {
    return typeof name === 'string' ? textEncoder.encode(name) : name;
}
/** The 16-byte header at the start of a bucket value. */
function decodeBucketHeader(value) {
    if (value.length < _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUCKET_HEADER_SIZE */ .pP) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`bucket value is ${value.length} bytes, shorter than its 16-byte header`);
    }
    const root = (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .readU64Number */ .tp)(value, 0);
    if (root < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb('bucket root page id is beyond 2^53');
    return { root, sequence: (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .viewOf */ .du)(value).getBigUint64(8, true) };
}
/** A bucket value: header, plus the inline page when root is 0. */
function encodeBucketValue(root, sequence, inlinePage) {
    const out = new Uint8Array(_types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUCKET_HEADER_SIZE */ .pP + (inlinePage?.length ?? 0));
    (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .writeU64Number */ .Sq)(out, 0, root);
    (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .viewOf */ .du)(out).setBigUint64(8, sequence, true);
    if (inlinePage)
        out.set(inlinePage, _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUCKET_HEADER_SIZE */ .pP);
    return out;
}
/**
 * The inline page inside a bucket value, checked the way bbolt would need it: a leaf page with
 * header id 0 (a non-zero id would be freed if the bucket ever spills, bbolt-format §3.5).
 */
function inlinePageOf(value, where) {
    const page = value.subarray(_types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUCKET_HEADER_SIZE */ .pP);
    if (page.length < _types_js__WEBPACK_IMPORTED_MODULE_3__/* .PAGE_HEADER_SIZE */ .ql) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`inline bucket page is ${page.length} bytes, shorter than a page header`, where);
    }
    const header = (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .decodePageHeader */ .pM)(page);
    if (header.id !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`inline bucket page has id ${header.id}, must be 0`, where);
    if (header.flags !== _types_js__WEBPACK_IMPORTED_MODULE_3__/* .PageFlag */ .MR.leaf) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`inline bucket page has flags 0x${header.flags.toString(16)}, must be a leaf`, where);
    }
    if (header.overflow !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`inline bucket page has overflow ${header.overflow}, must be 0`, where);
    }
    return page;
}
class Bucket {
    db;
    /** Root page id; 0 = inline. */
    rootPage;
    sequence;
    /** The inline page for an inline bucket, else null. */
    inlinePage;
    constructor(db, rootPage, sequence, inlinePage) {
        if (rootPage === 0 && inlinePage === null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb('bucket has root page 0 but no inline page');
        }
        this.db = db;
        this.rootPage = rootPage;
        this.sequence = sequence;
        this.inlinePage = rootPage === 0 ? inlinePage : null;
    }
    /** Opens a bucket from its raw value (as found in the parent's leaf). */
    static fromValue(db, value) {
        const header = decodeBucketHeader(value);
        if (header.root === 0)
            return new Bucket(db, 0, header.sequence, inlinePageOf(value));
        return new Bucket(db, header.root, header.sequence, null);
    }
    get inline() {
        return this.rootPage === 0;
    }
    cursor() {
        return new _cursor_js__WEBPACK_IMPORTED_MODULE_1__/* .Cursor */ .b(this.db, this.rootPage, this.inlinePage);
    }
    /** The value of `key`; undefined when absent or when the entry is a bucket. */
    get(key) {
        const k = toKey(key);
        const entry = this.cursor().seek(k);
        if (entry === null || entry.isBucket || (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .compareBytes */ .Xo)(entry.key, k) !== 0)
            return undefined;
        return entry.value;
    }
    /** A nested bucket, or null when absent or when the entry is a plain value. */
    bucket(name) {
        const k = toKey(name);
        const entry = this.cursor().seek(k);
        if (entry === null || !entry.isBucket || (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .compareBytes */ .Xo)(entry.key, k) !== 0)
            return null;
        return Bucket.fromValue(this.db, entry.value);
    }
    *entries() {
        yield* walk(this.cursor());
    }
    /**
     * entries() for one pass over a large bucket that keeps nothing it is given: each entry's
     * bytes are valid only until the next one is taken (pages are read without allocating).
     */
    *sweep() {
        yield* walk(new _cursor_js__WEBPACK_IMPORTED_MODULE_1__/* .Cursor */ .b(this.db, this.rootPage, this.inlinePage, true));
    }
}
function* walk(cursor) {
    for (let e = cursor.first(); e !== null; e = cursor.next()) {
        yield { key: e.key, value: e.value, isBucket: e.isBucket };
    }
}


/***/ }),

/***/ 4568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ TreeChecker),
  E: () => (/* binding */ bucketName)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/bolt/page.ts
var bolt_page = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(3574);
;// CONCATENATED MODULE: ./src/lib/bolt/check-inline.ts
/**
 * Inline buckets (bbolt-format §3.5): the bucket's only page lives in the parent's value. bbolt's
 * check and its free-page scan skip inline buckets entirely, so everything bbolt would later rely
 * on is checked here: page id 0, an exact leaf, no overflow, elements inside the value, keys
 * non-empty and increasing, and no sub-bucket (its pages would be counted free and overwritten).
 */



/**
 * Checks the inline page of the bucket entry at element `index` of leaf page `id`; `entries`
 * (checkDb's option) sees its entries on the way.
 */
function checkInlineBucket(id, index, page, report, entries) {
    const where = `inline bucket in element ${index}`;
    if (page.length < types/* PAGE_HEADER_SIZE */.ql)
        throw new errors/* BoltFormatError */.Tb(`${where} is shorter than a page header`, id);
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    if (view.getUint32(0, true) !== 0 || view.getUint32(4, true) !== 0) {
        throw new errors/* BoltFormatError */.Tb(`${where} has a non-zero page id`, id);
    }
    const flags = view.getUint16(8, true);
    if (flags !== types/* PageFlag */.MR.leaf) {
        throw new errors/* BoltFormatError */.Tb(`${where} has page flags 0x${flags.toString(16)}, not a leaf`, id);
    }
    if (view.getUint32(12, true) !== 0)
        throw new errors/* BoltFormatError */.Tb(`${where} has a non-zero overflow`, id);
    const count = view.getUint16(10, true);
    if (types/* PAGE_HEADER_SIZE */.ql + types/* ELEMENT_SIZE */.Tv * count > page.length) {
        throw new errors/* BoltFormatError */.Tb(`${where}: element count ${count} does not fit in ${page.length} bytes`, id);
    }
    report.depth = 1;
    let prevStart = 0;
    let prevLength = 0;
    for (let i = 0; i < count; i++) {
        const offset = types/* PAGE_HEADER_SIZE */.ql + types/* ELEMENT_SIZE */.Tv * i;
        const elementFlags = view.getUint32(offset, true);
        const start = offset + view.getUint32(offset + 4, true);
        const length = view.getUint32(offset + 8, true);
        const end = start + length + view.getUint32(offset + 12, true);
        if (end > page.length)
            throw new errors/* BoltFormatError */.Tb(`${where}: element ${i} lies outside the inline page`, id);
        if (length === 0)
            throw new errors/* BoltFormatError */.Tb(`${where}: element ${i} has an empty key`, id);
        if (i > 0 && (0,bolt_page/* compareRange */.NM)(page, prevStart, prevLength, page, start, length) >= 0) {
            throw new errors/* BoltFormatError */.Tb(`${where}: keys out of order at element ${i}`, id);
        }
        prevStart = start;
        prevLength = length;
        if (elementFlags === types/* BUCKET_LEAF_FLAG */.H2) {
            throw new errors/* BoltFormatError */.Tb(`${where}: element ${i} is a sub-bucket, which bbolt never checks or frees`, id);
        }
        if (elementFlags !== 0) {
            throw new errors/* BoltFormatError */.Tb(`${where}: element ${i} has flags 0x${elementFlags.toString(16)}`, id);
        }
        report.keys++;
        entries?.value(page.subarray(start, start + length), page.subarray(start + length, end));
    }
}

// EXTERNAL MODULE: ./src/lib/bolt/held-pages.ts
var held_pages = __webpack_require__(1761);
;// CONCATENATED MODULE: ./src/lib/bolt/check-tree.ts
/**
 * The tree part of checkDb: walks every paged bucket from the root bucket down (bbolt-format §9),
 * marking pages and checking, page by page: fastCheck, exact branch/leaf type, elements inside the
 * span, non-empty keys strictly increasing across the whole bucket, branch key == child's first
 * key, ≥ 2 children per branch, no empty non-root page. Elements are read through one DataView per
 * page and keys compared in place: no allocation per element. Pages come from transient reads
 * (reused memory, no allocation per page either); what the walk keeps beyond the next read — the
 * branch pages on its path, a leaf holding sub-buckets, the previous key — it copies into buffers
 * of its own.
 */





/** Pages on the recursion path over all nested buckets together: keeps the JS stack safe. */
const MAX_TOTAL_DEPTH = 256;
const TWO_32 = 0x1_0000_0000;
/** A u64 whose high word is at or above this is >= 2^53. */
const HIGH_WORD_LIMIT = 0x20_0000;
const textDecoder = new TextDecoder('utf-8', { fatal: true });
function bucketName(bytes) {
    try {
        const text = textDecoder.decode(bytes);
        // eslint-disable-next-line no-control-regex
        if (text.length > 0 && !/[\u0000-\u001f\u007f]/.test(text))
            return text;
    }
    catch {
        // not UTF-8: fall through to hex
    }
    return `hex:${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
/** A u64 as the bigint it is (a bucket's sequence). */
function readU64(bytes, offset) {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset, true);
}
function u64At(view, offset) {
    const hi = view.getUint32(offset + 4, true);
    return hi >= HIGH_WORD_LIMIT
        ? Number.MAX_SAFE_INTEGER
        : hi * TWO_32 + view.getUint32(offset, true);
}
class TreeChecker {
    buckets = [];
    db;
    marks;
    hwm;
    /** Page ids from the current bucket's root down to the page being checked. */
    path = [];
    totalDepth = 0;
    /** The parent's branch key for the next walkPage (page bytes + range), or null for a root. */
    expectedPage = null;
    expectedStart = 0;
    expectedLength = 0;
    /** Copies of the pages on the walk's path, by total depth. */
    held = new held_pages/* HeldPages */.Y();
    /** See CheckOptions.trustedBuckets: top-level trees not walked again. */
    trusted;
    /** See CheckOptions.entries. */
    entries;
    constructor(db, marks, trusted, entries) {
        this.db = db;
        this.marks = marks;
        this.hwm = db.hwm;
        this.trusted = trusted;
        this.entries = entries;
    }
    /** Checks the bucket tree rooted at `root`; `referrer` is the page holding its header. */
    walkBucket(root, report, referrer) {
        if (report.level >= types/* MAX_BUCKET_NESTING */.XF) {
            throw new errors/* BoltFormatError */.Tb(`buckets nested deeper than ${types/* MAX_BUCKET_NESTING */.XF} levels`, root);
        }
        const walk = {
            report,
            prevPage: null,
            prevStart: 0,
            prevLength: 0,
            keyCopy: new Uint8Array(64)
        };
        const outerPath = this.path;
        this.path = [];
        this.expectedPage = null;
        this.walkPage(root, 0, walk, referrer);
        this.path = outerPath;
    }
    walkPage(id, depth, walk, referrer) {
        const expected = this.expectedPage;
        const expectedStart = this.expectedStart;
        const expectedLength = this.expectedLength;
        if (id < 2 || id >= this.hwm) {
            throw new errors/* BoltFormatError */.Tb(`page ${referrer} refers to page ${id}, outside [2, ${this.hwm})`, referrer);
        }
        if (depth >= types/* MAX_TREE_DEPTH */.is)
            throw new errors/* BoltFormatError */.Tb(`bucket tree is deeper than ${types/* MAX_TREE_DEPTH */.is} levels`, id);
        if (this.totalDepth >= MAX_TOTAL_DEPTH) {
            throw new errors/* BoltFormatError */.Tb(`nested bucket trees are deeper than ${MAX_TOTAL_DEPTH} pages in total`, id);
        }
        // A second reference fails here, before the page is even read (cycle or duplicate).
        if (this.marks.has(id))
            this.marks.mark(id, 0, referrer, this.path);
        let page = this.db.transientPage(id);
        let view = new DataView(page.buffer, page.byteOffset, page.byteLength);
        const flags = view.getUint16(8, true);
        const count = view.getUint16(10, true);
        const overflow = view.getUint32(12, true);
        this.marks.mark(id, overflow, referrer, this.path);
        walk.report.pages += overflow + 1;
        if (depth + 1 > walk.report.depth)
            walk.report.depth = depth + 1;
        if (flags !== types/* PageFlag */.MR.branch && flags !== types/* PageFlag */.MR.leaf) {
            throw new errors/* BoltFormatError */.Tb(`invalid type: flags 0x${flags.toString(16)} where a branch or leaf page belongs`, id);
        }
        const elementsEnd = types/* PAGE_HEADER_SIZE */.ql + types/* ELEMENT_SIZE */.Tv * count;
        if (elementsEnd > page.length) {
            throw new errors/* BoltFormatError */.Tb(`element count ${count} needs ${elementsEnd} bytes, the page span has ${page.length}`, id);
        }
        const branch = flags === types/* PageFlag */.MR.branch;
        if (count === 0 && (depth > 0 || branch)) {
            throw new errors/* BoltFormatError */.Tb(`empty ${branch ? 'branch' : 'leaf'} page below a bucket root`, id);
        }
        if (branch && count < 2) {
            throw new errors/* BoltFormatError */.Tb('branch page has only one child (bbolt requires at least 2)', id);
        }
        if (expected !== null && count > 0) {
            // §3.4 rule 1: the parent's key must be exactly this page's first key.
            const start = types/* PAGE_HEADER_SIZE */.ql + view.getUint32(types/* PAGE_HEADER_SIZE */.ql + (branch ? 0 : 4), true);
            const length = view.getUint32(types/* PAGE_HEADER_SIZE */.ql + (branch ? 4 : 8), true);
            if (start + length <= page.length &&
                (0,bolt_page/* compareRange */.NM)(page, start, length, expected, expectedStart, expectedLength) !== 0) {
                throw new errors/* BoltFormatError */.Tb(`branch key does not equal the first key of its child page ${id}`, referrer);
            }
        }
        this.path.push(id);
        this.totalDepth++;
        if (branch) {
            // the children's reads reuse the memory of this read
            page = this.hold(page);
            view = new DataView(page.buffer, page.byteOffset, page.byteLength);
            this.walkBranch(id, page, view, count, depth, walk);
        }
        else
            this.walkLeaf(id, page, view, count, walk);
        this.totalDepth--;
        this.path.pop();
    }
    walkBranch(id, page, view, count, depth, walk) {
        // the children are read together where the source can (scattered live pages, read-ahead.ts)
        this.db.prefetchChildren(page);
        let prevStart = 0;
        let prevLength = 0;
        for (let i = 0; i < count; i++) {
            const offset = types/* PAGE_HEADER_SIZE */.ql + types/* ELEMENT_SIZE */.Tv * i;
            const start = offset + view.getUint32(offset, true);
            const length = view.getUint32(offset + 4, true);
            if (start + length > page.length || length === 0)
                elementProblem(id, page, i, start, start + length);
            if (i > 0 && (0,bolt_page/* compareRange */.NM)(page, prevStart, prevLength, page, start, length) >= 0) {
                throw new errors/* BoltFormatError */.Tb(`branch keys out of order at element ${i}`, id);
            }
            prevStart = start;
            prevLength = length;
            this.expectedPage = page;
            this.expectedStart = start;
            this.expectedLength = length;
            this.walkPage(u64At(view, offset + 8), depth + 1, walk, id);
        }
    }
    walkLeaf(id, page, view, count, walk) {
        const report = walk.report;
        // The previous key lives in locals in the hot loop and goes back to `walk` at the end.
        let prevPage = walk.prevPage;
        let prevStart = walk.prevStart;
        let prevLength = walk.prevLength;
        let keys = 0;
        let held = false;
        for (let i = 0; i < count; i++) {
            const offset = types/* PAGE_HEADER_SIZE */.ql + types/* ELEMENT_SIZE */.Tv * i;
            const flags = view.getUint32(offset, true);
            const start = offset + view.getUint32(offset + 4, true);
            const length = view.getUint32(offset + 8, true);
            const valueEnd = start + length + view.getUint32(offset + 12, true);
            if (valueEnd > page.length || length === 0)
                elementProblem(id, page, i, start, valueEnd);
            if (prevPage !== null &&
                (0,bolt_page/* compareRange */.NM)(prevPage, prevStart, prevLength, page, start, length) >= 0) {
                throw new errors/* BoltFormatError */.Tb(`keys out of order: leaf element ${i} is not greater than the key before it`, id);
            }
            prevPage = page;
            prevStart = start;
            prevLength = length;
            if (flags === 0) {
                // bbolt's Tx has no Put: the root bucket only ever holds bucket entries.
                if (report.level < 0) {
                    throw new errors/* BoltFormatError */.Tb(`root bucket element ${i} is a plain value; bbolt stores only buckets there`, id);
                }
                keys++;
                this.entries?.value(page.subarray(start, start + length), page.subarray(start + length, valueEnd));
            }
            else if (flags === types/* BUCKET_LEAF_FLAG */.H2) {
                if (!held) {
                    // a paged sub-bucket's walk reads other pages: keep this one
                    const copy = this.hold(page);
                    if (prevPage === page)
                        prevPage = copy;
                    page = copy;
                    view = new DataView(page.buffer, page.byteOffset, page.byteLength);
                    held = true;
                }
                report.buckets++;
                const name = page.subarray(start, start + length);
                this.checkBucketValue(id, i, name, page.subarray(start + length, valueEnd), report);
            }
            else {
                throw new errors/* BoltFormatError */.Tb(`leaf element ${i} has flags 0x${flags.toString(16)} (only 0 or 1 exist)`, id);
            }
        }
        report.keys += keys;
        if (prevPage !== null && prevPage !== walk.keyCopy) {
            // the next leaf compares its first key with this one: copy it out of the transient page
            if (walk.keyCopy.length < prevLength)
                walk.keyCopy = new Uint8Array(prevLength * 2);
            walk.keyCopy.set(prevPage.subarray(prevStart, prevStart + prevLength));
            prevPage = walk.keyCopy;
            prevStart = 0;
        }
        walk.prevPage = prevPage;
        walk.prevStart = prevStart;
        walk.prevLength = prevLength;
    }
    /** A copy of `page` that stays valid while the walk below the current page reads others. */
    hold(page) {
        return this.held.hold(this.totalDepth - 1, page);
    }
    /** A bucket entry at element `index` of leaf `id`: paged (recurse) or inline (check in place). */
    checkBucketValue(id, index, name, value, parent) {
        if (value.length < types/* BUCKET_HEADER_SIZE */.pP) {
            throw new errors/* BoltFormatError */.Tb(`bucket entry ${index} has a ${value.length}-byte value, shorter than its header`, id);
        }
        const root = u64At(new DataView(value.buffer, value.byteOffset, value.byteLength), 0);
        if (parent.level < 0 &&
            root !== 0 &&
            value.length === types/* BUCKET_HEADER_SIZE */.pP &&
            this.trusted?.get(bucketName(name)) === root) {
            return;
        }
        const report = {
            name: bucketName(name),
            parent: parent.level < 0 ? null : parent.name,
            level: parent.level + 1,
            keys: 0,
            buckets: 0,
            pages: 0,
            inline: root === 0,
            depth: 0
        };
        this.buckets.push(report);
        if (root !== 0 && value.length !== types/* BUCKET_HEADER_SIZE */.pP) {
            throw new errors/* BoltFormatError */.Tb(`paged bucket entry ${index} has a ${value.length}-byte value (want 16)`, id);
        }
        const entries = this.entries;
        entries?.enterBucket(name, readU64(value, 8));
        if (root === 0)
            checkInlineBucket(id, index, value.subarray(types/* BUCKET_HEADER_SIZE */.pP), report, entries);
        else
            this.walkBucket(root, report, id);
        entries?.leaveBucket();
    }
}
/** Throws the message for an element whose data leaves the page or whose key is empty. */
function elementProblem(id, page, index, start, end) {
    if (end > page.length) {
        throw new errors/* BoltFormatError */.Tb(`element ${index} data [${start}, ${end}) lies outside the ${page.length}-byte page`, id);
    }
    throw new errors/* BoltFormatError */.Tb(`element ${index} has an empty key`, id);
}


/***/ }),

/***/ 5727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ checkDb)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/bolt/check-marks.ts
/**
 * The reachability bitmap of a check: one bit per page in [0, hwm), so memory stays at hwm/8
 * bytes whatever the file claims. A page may be marked once; a second mark is the "multiple
 * references" (or, when the page is on the current path, "branch cycle") error of bbolt check.
 */

/** Progress is reported every this many pages. */
const PROGRESS_EVERY = 4096;
class PageMarks {
    hwm;
    bits;
    onProgress;
    /** Pages marked (overflow pages included). */
    reachable = 0;
    /** Page spans marked (one per page header). */
    visited = 0;
    constructor(hwm, onProgress) {
        this.hwm = hwm;
        this.bits = new Uint8Array(Math.ceil(hwm / 8));
        this.onProgress = onProgress;
    }
    has(id) {
        return (this.bits[id >>> 3] & (1 << (id & 7))) !== 0;
    }
    /**
     * Marks [id, id+overflow]. `path` is the chain of pages above the referrer, to tell a cycle
     * from a plain duplicate reference.
     */
    mark(id, overflow, referrer, path = []) {
        for (let j = 0; j <= overflow; j++) {
            const p = id + j;
            if (p >= this.hwm) {
                throw new errors/* BoltFormatError */.Tb(`page ${p} (overflow of page ${id}) is beyond the high-water mark ${this.hwm}`, id);
            }
            if (this.has(p)) {
                const what = j === 0 ? `page ${p}` : `page ${p} (overflow ${j} of page ${id})`;
                if (path.includes(p)) {
                    const chain = [...path, p].join(' → ');
                    throw new errors/* BoltFormatError */.Tb(`branch cycle: ${what} is referenced by its own descendant ${referrer} (${chain})`, p);
                }
                throw new errors/* BoltFormatError */.Tb(`multiple references: ${what} is reachable twice (again from page ${referrer})`, p);
            }
            this.bits[p >>> 3] |= 1 << (p & 7);
            this.reachable++;
        }
        this.visited++;
        if (this.onProgress !== undefined && this.visited % PROGRESS_EVERY === 0)
            this.onProgress(this.visited);
    }
    reportProgress() {
        this.onProgress?.(this.visited);
    }
    /** Free = in [2, hwm) and not marked. */
    isFree(id) {
        return id >= 2 && id < this.hwm && !this.has(id);
    }
    freePageIds() {
        const ids = [];
        for (let id = 2; id < this.hwm; id++)
            if (!this.has(id))
                ids.push(id);
        return ids;
    }
}

// EXTERNAL MODULE: ./src/lib/bolt/check-tree.ts + 1 modules
var check_tree = __webpack_require__(4568);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(3574);
;// CONCATENATED MODULE: ./src/lib/bolt/check.ts
/**
 * Full consistency check of a bbolt file, stricter than `bbolt check` (bbolt-format §3.4, §5.4,
 * §9): reachability (each page once, or free), fastCheck on every reachable page, element bounds,
 * key order within and across pages, branch key == child's first key, ≥ 2 children per branch,
 * no empty non-root page, inline buckets well formed and without sub-buckets, and a freelist page
 * (if any) equal to the unreachable set. The first problem throws a BoltFormatError naming its
 * page. Bounded on any input: a bitmap of hwm bits, limited recursion, every count checked against
 * its page before looping.
 */




const TWO_32 = 0x1_0000_0000;
const HIGH_WORD_LIMIT = 0x20_0000;
function checkDb(db, options = {}) {
    const { hwm, pageSize } = db;
    const dbSize = hwm * pageSize;
    if (db.source.size < dbSize) {
        throw new errors/* TruncatedSnapshotError */.rz(`bbolt file is truncated: it holds ${db.source.size} bytes, its meta needs ${dbSize} (${hwm} pages)`);
    }
    const marks = new PageMarks(hwm, options.onProgress);
    marks.mark(0, 0, 0);
    marks.mark(1, 0, 1);
    const freelistIds = db.meta.freelist === null ? null : readFreelist(db, db.meta.freelist, marks);
    const root = {
        name: '',
        parent: null,
        level: -1,
        keys: 0,
        buckets: 0,
        pages: 0,
        inline: false,
        depth: 0
    };
    if (options.trustedBuckets !== undefined && freelistIds !== null) {
        throw new errors/* InvariantError */.zU('checkDb: trustedBuckets needs a db without a freelist page');
    }
    if (options.trustedBuckets !== undefined && options.entries !== undefined) {
        throw new errors/* InvariantError */.zU('checkDb: entries would miss the trusted buckets');
    }
    const tree = new check_tree/* TreeChecker */.s(db, marks, options.trustedBuckets, options.entries);
    tree.walkBucket(db.meta.root, root, db.meta.pageId);
    marks.reportProgress();
    const freePages = hwm - marks.reachable;
    if (freelistIds !== null)
        compareFreelist(freelistIds, freePages, marks);
    return {
        pageSize,
        hwm,
        txid: db.meta.txid.toString(),
        dbSize,
        fileSize: db.source.size,
        reachablePages: marks.reachable,
        freePages,
        freelist: freelistIds === null ? 'none' : 'page',
        rootPages: root.pages,
        buckets: tree.buckets,
        warnings: [],
        freePageIds: () => marks.freePageIds(),
        isFree: (id) => marks.isFree(id)
    };
}
/**
 * The freelist page's ids (bbolt-format §4.1), validated: sorted, unique, in [2, hwm), count
 * (incl. the 0xFFFF escape) inside the span. Marks the freelist span reachable.
 */
function readFreelist(db, id, marks) {
    const page = db.page(id);
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const flags = view.getUint16(8, true);
    if (flags !== types/* PageFlag */.MR.freelist) {
        throw new errors/* BoltFormatError */.Tb(`meta freelist points at a page with flags 0x${flags.toString(16)}`, id);
    }
    marks.mark(id, page.length / db.pageSize - 1, db.meta.pageId);
    let count = view.getUint16(10, true);
    let start = types/* PAGE_HEADER_SIZE */.ql;
    if (count === types/* FREELIST_COUNT_ESCAPE */.Dy) {
        const hi = view.getUint32(20, true); // a page is ≥ 512 bytes: the count is inside
        count = hi >= HIGH_WORD_LIMIT ? Number.MAX_SAFE_INTEGER : hi * TWO_32 + view.getUint32(16, true);
        start += 8;
    }
    if (count > (page.length - start) / 8) {
        throw new errors/* BoltFormatError */.Tb(`freelist count ${count} does not fit in its ${page.length}-byte span`, id);
    }
    const ids = new Float64Array(count);
    let previous = 1;
    for (let i = 0; i < count; i++) {
        const offset = start + 8 * i;
        const hi = view.getUint32(offset + 4, true);
        const free = hi >= HIGH_WORD_LIMIT ? Number.MAX_SAFE_INTEGER : hi * TWO_32 + view.getUint32(offset, true);
        if (free < 2 || free >= db.hwm) {
            throw new errors/* BoltFormatError */.Tb(`freelist entry ${i} is page ${free}, outside [2, ${db.hwm})`, id);
        }
        if (free <= previous) {
            throw new errors/* BoltFormatError */.Tb(`freelist is not sorted and unique: page ${free} follows ${previous}`, id);
        }
        ids[i] = previous = free;
    }
    return ids;
}
/** The freelist must be exactly the unreachable set: no page in use, none missing. */
function compareFreelist(ids, freePages, marks) {
    for (const id of ids) {
        if (marks.has(id)) {
            throw new errors/* BoltFormatError */.Tb(`reachable freed: page ${id} is in use but listed in the freelist`, id);
        }
    }
    if (ids.length === freePages)
        return;
    let k = 0;
    for (let id = 2; id < marks.hwm; id++) {
        if (marks.has(id))
            continue;
        if (k < ids.length && ids[k] === id)
            k++;
        else
            throw new errors/* BoltFormatError */.Tb(`unreachable unfreed: page ${id} is neither in use nor in the freelist`, id);
    }
}


/***/ }),

/***/ 1765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ Cursor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4468);
/* harmony import */ var _held_pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1761);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3574);
/**
 * Ordered traversal of one bucket's B+tree (bbolt `cursor.go`, bbolt-format §6.2-6.3): a stack
 * of (page, index) from the root to a leaf. Empty leaves are skipped. A page that appears twice
 * on the stack (a cycle) or a stack deeper than MAX_TREE_DEPTH is a BoltFormatError, never a hang.
 */




class Cursor {
    db;
    rootPage;
    inlinePage;
    transient;
    stack = [];
    /** With `transient`: copies of the branch pages on the stack, by depth. */
    held = new _held_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .HeldPages */ .Y();
    /**
     * `rootPage` 0 means the bucket is inline and `inlinePage` holds its only page. A `transient`
     * cursor reads leaves through db.transientPage (no allocation per page, for a sweep over a
     * large bucket): the entries it returns are valid only until it moves again.
     */
    constructor(db, rootPage, inlinePage, transient = false) {
        this.db = db;
        this.rootPage = rootPage;
        this.inlinePage = inlinePage;
        this.transient = transient;
    }
    first() {
        this.stack = [];
        this.push(this.rootPage, 'first', true);
        this.descendFirst();
        if (this.top().count === 0)
            return this.next();
        return this.current();
    }
    last() {
        this.stack = [];
        this.push(this.rootPage, 'last');
        this.descendLast();
        if (this.top().count === 0)
            return this.prev();
        return this.current();
    }
    /** The entry after the current one, or null at the end (the position then stays put). */
    next() {
        if (this.stack.length === 0)
            return this.first();
        for (;;) {
            let i = this.stack.length - 1;
            for (; i >= 0; i--) {
                const frame = this.stack[i];
                if (frame.index < frame.count - 1) {
                    frame.index++;
                    break;
                }
            }
            if (i < 0)
                return null;
            this.stack.length = i + 1;
            this.descendFirst();
            if (this.top().count === 0)
                continue;
            return this.current();
        }
    }
    /** The entry before the current one, or null at the start. */
    prev() {
        if (this.stack.length === 0)
            return this.last();
        for (;;) {
            let i = this.stack.length - 1;
            for (; i >= 0; i--) {
                const frame = this.stack[i];
                if (frame.index > 0) {
                    frame.index--;
                    break;
                }
            }
            if (i < 0)
                return null;
            this.stack.length = i + 1;
            this.descendLast();
            if (this.top().count === 0)
                continue;
            return this.current();
        }
    }
    /** The first entry whose key is >= `key`, or null when there is none. */
    seek(key) {
        this.stack = [];
        let frame = this.push(this.rootPage, 'first');
        while (frame.branch) {
            let index = lowerBound(frame.count, (i) => (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .compareBytes */ .Xo)((0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .branchElement */ .Tu)(frame.page, i).key, key));
            const exact = index < frame.count && (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .compareBytes */ .Xo)((0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .branchElement */ .Tu)(frame.page, index).key, key) === 0;
            if (!exact && index > 0)
                index--;
            frame.index = Math.min(index, frame.count - 1);
            frame = this.push(this.childOf(frame), 'first');
        }
        frame.index = lowerBound(frame.count, (i) => (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .compareBytes */ .Xo)((0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .leafElement */ .DK)(frame.page, i).key, key));
        if (frame.index >= frame.count) {
            frame.index = frame.count - 1;
            return this.next();
        }
        return this.current();
    }
    top() {
        return this.stack[this.stack.length - 1];
    }
    current() {
        const frame = this.top();
        const e = (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .leafElement */ .DK)(frame.page, frame.index);
        return {
            key: e.key,
            value: e.value,
            flags: e.flags,
            isBucket: (e.flags & _types_js__WEBPACK_IMPORTED_MODULE_2__/* .BUCKET_LEAF_FLAG */ .H2) !== 0
        };
    }
    childOf(frame) {
        return (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .branchElement */ .Tu)(frame.page, frame.index).pgid;
    }
    descendFirst() {
        let frame = this.top();
        while (frame.branch)
            frame = this.push(this.childOf(frame), 'first', true);
    }
    descendLast() {
        let frame = this.top();
        while (frame.branch)
            frame = this.push(this.childOf(frame), 'last');
    }
    /**
     * Pushes page `id`, positioned at its first or last element. `forward`: a sweep in key order
     * goes on from here, so a transient cursor has the source read a branch's children ahead.
     */
    push(id, at, forward = false) {
        if (this.stack.length >= _types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TREE_DEPTH */ .is) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`bucket tree is deeper than ${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TREE_DEPTH */ .is} levels`, id);
        }
        if (this.stack.some((f) => f.id === id)) {
            const path = this.stack.map((f) => f.id).join(' → ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`branch cycle: page ${id} is its own ancestor (${path} → ${id})`, id);
        }
        const inline = id === 0 && this.inlinePage !== null;
        let page = inline
            ? this.inlinePage
            : this.transient
                ? this.db.transientPage(id)
                : this.db.page(id);
        const header = (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .decodePageHeader */ .pM)(page);
        if (header.flags !== _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PageFlag */ .MR.branch && header.flags !== _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PageFlag */ .MR.leaf) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`expected a branch or leaf page, found flags 0x${header.flags.toString(16)}`, id);
        }
        const branch = header.flags === _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PageFlag */ .MR.branch;
        if (branch && header.count === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb('branch page has no elements', id);
        // the descent below reads other pages: a transient branch page must be kept
        if (branch && this.transient && !inline) {
            page = this.held.hold(this.stack.length, page);
            if (forward)
                this.db.prefetchChildren(page);
        }
        const frame = {
            id,
            page,
            branch,
            count: header.count,
            index: at === 'first' ? 0 : header.count - 1
        };
        if (at === 'last' && header.count === 0)
            frame.index = 0;
        this.stack.push(frame);
        return frame;
    }
}
/** The first index in [0, count) for which compare(i) >= 0 (sort.Search). */
function lowerBound(count, compare) {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compare(mid) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}


/***/ }),

/***/ 5965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ BoltDb)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _bucket_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5329);
/* harmony import */ var _meta_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4908);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4468);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3574);





/** bbolt reads 4096 bytes first and scans for meta 1 at 1 KiB << i, i = 0..14 (v1.3.7+). */
const FIRST_READ = 4096;
const SCAN_STEPS = 15;
function isExactPageFlag(flags) {
    return (flags === _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PageFlag */ .MR.branch ||
        flags === _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PageFlag */ .MR.leaf ||
        flags === _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PageFlag */ .MR.meta ||
        flags === _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PageFlag */ .MR.freelist);
}
class BoltDb {
    source;
    pageSize;
    /** The active meta: the higher txid that validates. */
    meta;
    /** The other meta page, when it validates too. */
    otherMeta;
    constructor(source, pageSize, meta, otherMeta) {
        this.source = source;
        this.pageSize = pageSize;
        this.meta = meta;
        this.otherMeta = otherMeta;
    }
    static open(source) {
        if (source.size < _meta_js__WEBPACK_IMPORTED_MODULE_2__/* .META_SIZE */ .i6) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`not a bbolt database: only ${source.size} bytes`);
        }
        const pageSize = detectPageSize(source);
        if (source.size < 2 * pageSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`not a bbolt database: ${source.size} bytes is less than two ${pageSize}-byte meta pages`);
        }
        const metas = [0, 1].map((id) => readMeta(source, id, pageSize));
        const [m0, m1] = metas;
        const valid = metas.filter((m) => typeof m !== 'string');
        if (valid.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`not a bbolt database: meta 0: ${m0}; meta 1: ${m1}`, 0);
        }
        // bbolt db.meta(): the higher txid wins if it validates, else the other one.
        valid.sort((a, b) => (a.txid > b.txid ? -1 : a.txid < b.txid ? 1 : a.pageId - b.pageId));
        const meta = valid[0];
        // An older meta whose pages do not fit the file is as unusable as one with a bad checksum;
        // a writer guarding its pages would otherwise allocate past its bogus high-water mark.
        const older = valid[1];
        const other = older !== undefined && metaFits(older, pageSize, source.size) ? older : null;
        const db = new BoltDb(source, pageSize, meta, other);
        db.checkMetaRanges(meta);
        return db;
    }
    /** High-water mark of the active meta: pages [0, hwm) exist. */
    get hwm() {
        return this.meta.hwm;
    }
    /** Bytes of the database proper: hwm * pageSize (what `etcdctl snapshot save` copies). */
    get dbSize() {
        return this.meta.hwm * this.pageSize;
    }
    /**
     * The whole span of page `id` including overflow pages, after bbolt's fastCheck (header id
     * equals position, flags exactly one type) and bounds checks against hwm and the file.
     */
    page(id) {
        return this.span(id, false);
    }
    /**
     * page(), through the source's readTransient: valid only until the next transientPage() (a
     * sweep over every page copies what it keeps instead of allocating for each page).
     */
    transientPage(id) {
        return this.span(id, true);
    }
    span(id, transient) {
        const hwm = this.meta.hwm;
        if (!Number.isSafeInteger(id) || id < 0 || id >= hwm) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`page id ${id} is outside [0, ${hwm}) (high-water mark ${hwm})`, id);
        }
        const position = id * this.pageSize;
        const first = this.read(position, this.pageSize, transient);
        // Header fields read in place: this runs once per page on every tree walk.
        const view = new DataView(first.buffer, first.byteOffset, _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PAGE_HEADER_SIZE */ .ql);
        const headerId = view.getUint32(4, true) * 0x1_0000_0000 + view.getUint32(0, true);
        if (headerId !== id) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`page header says id ${decodePageHeaderId(first)}, expected ${id}`, id);
        }
        const flags = view.getUint16(8, true);
        if (!isExactPageFlag(flags)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`invalid page flags 0x${flags.toString(16)}`, id);
        }
        const overflow = view.getUint32(12, true);
        if (overflow === 0)
            return first;
        if (id + overflow >= hwm) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`overflow ${overflow} runs past the high-water mark ${hwm} (last page ${id + overflow})`, id);
        }
        return this.read(position, (overflow + 1) * this.pageSize, transient);
    }
    /**
     * Tells the source that the children of branch page `page` are about to be read, as a walk in
     * key order does (ByteSource.prefetch): transient pages read before are then no longer valid.
     * Ids outside [2, hwm) are left to the reads that check them (a span past the end is cut
     * short by the source).
     */
    prefetchChildren(page) {
        if (this.source.prefetch === undefined)
            return;
        const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
        const fits = Math.floor((page.length - _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PAGE_HEADER_SIZE */ .ql) / _types_js__WEBPACK_IMPORTED_MODULE_4__/* .ELEMENT_SIZE */ .Tv);
        const count = Math.min(view.getUint16(10, true), fits);
        const positions = this.prefetchScratch;
        positions.length = 0;
        for (let i = 0; i < count; i++) {
            const offset = _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PAGE_HEADER_SIZE */ .ql + _types_js__WEBPACK_IMPORTED_MODULE_4__/* .ELEMENT_SIZE */ .Tv * i + 8;
            if (view.getUint32(offset + 4, true) !== 0)
                continue; // far past any hwm
            const id = view.getUint32(offset, true);
            if (id >= 2 && id < this.meta.hwm)
                positions.push(id * this.pageSize);
        }
        // two pages each: a leaf of values past a page goes on into its overflow pages, and the
        // first of them read along costs less than another read when the walk gets there
        this.source.prefetch(positions, 2 * this.pageSize);
    }
    prefetchScratch = [];
    read(position, length, transient) {
        return transient && this.source.readTransient !== undefined
            ? this.source.readTransient(position, length)
            : this.source.read(position, length);
    }
    rootBucket() {
        return new _bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .Bucket */ .fW(this, this.meta.root, this.meta.sequence, null);
    }
    /** A top-level bucket, or null when absent (or when the entry is not a bucket). */
    bucket(name) {
        return this.rootBucket().bucket(name);
    }
    checkMetaRanges(meta) {
        const { hwm, root, freelist, pageId } = meta;
        if (hwm < 2)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`meta high-water mark ${hwm} is below 2`, pageId);
        if (root < 2 || root >= hwm) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`meta root page ${root} is outside [2, ${hwm})`, pageId);
        }
        if (freelist !== null && (freelist < 2 || freelist >= hwm)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`meta freelist page ${freelist} is outside [2, ${hwm})`, pageId);
        }
        const needed = hwm * this.pageSize;
        if (needed > this.source.size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TruncatedSnapshotError */ .rz(`bbolt file is truncated: it holds ${this.source.size} bytes, its meta (txid ${meta.txid}) ` +
                `needs ${needed} (${hwm} pages of ${this.pageSize})`);
        }
    }
}
/** The ranges checkMetaRanges requires, as a yes/no for the older meta. */
function metaFits(meta, pageSize, size) {
    const { hwm, root, freelist } = meta;
    if (hwm < 2 || root < 2 || root >= hwm || hwm * pageSize > size)
        return false;
    return freelist === null || (freelist >= 2 && freelist < hwm);
}
/** Meta of page `id`, or the reason it cannot be used. */
function readMeta(source, id, pageSize) {
    const page = source.read(id * pageSize, _meta_js__WEBPACK_IMPORTED_MODULE_2__/* .META_SIZE */ .i6);
    const problem = (0,_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .metaProblem */ .zo)(page);
    if (problem !== null)
        return problem;
    const meta = (0,_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeMeta */ .ks)(page);
    if (meta.pageId !== id)
        return `meta page header says id ${meta.pageId}, expected ${id}`;
    if (meta.pageSize !== pageSize)
        return `meta page size ${meta.pageSize} differs from ${pageSize}`;
    return meta;
}
function pageSizeOf(page) {
    return (0,_page_js__WEBPACK_IMPORTED_MODULE_3__/* .viewOf */ .du)(page).getUint32(_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .META_PAGE_SIZE_OFFSET */ .sN, true);
}
/** bbolt getPageSize (v1.3.7+): meta 0 if it validates, else the first valid meta 1 in the scan. */
function detectPageSize(source) {
    const first = source.read(0, Math.min(FIRST_READ, source.size));
    const problem0 = (0,_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .metaProblem */ .zo)(first);
    if (problem0 === null) {
        const size = pageSizeOf(first);
        if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidPageSize */ .xp)(size)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`not a bbolt database: invalid page size ${size} (power of two 512..16 MiB)`, 0);
        }
        return size;
    }
    for (let i = 0; i < SCAN_STEPS; i++) {
        const offset = 1024 * 2 ** i;
        if (offset >= source.size - 1024 || offset + _meta_js__WEBPACK_IMPORTED_MODULE_2__/* .META_SIZE */ .i6 > source.size)
            break;
        const page = source.read(offset, _meta_js__WEBPACK_IMPORTED_MODULE_2__/* .META_SIZE */ .i6);
        if ((0,_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .metaProblem */ .zo)(page) !== null)
            continue;
        const size = pageSizeOf(page);
        // Only a meta that sits where its own page size puts page 1 counts.
        if (size === offset && (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidPageSize */ .xp)(size))
            return size;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`not a bbolt database: meta 0: ${problem0}; no valid meta 1 found`, 0);
}
/** The header id as written, for messages (exact even beyond 2^53). */
function decodePageHeaderId(page) {
    return (0,_page_js__WEBPACK_IMPORTED_MODULE_3__/* .viewOf */ .du)(page).getBigUint64(0, true).toString();
}


/***/ }),

/***/ 1761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ HeldPages)
/* harmony export */ });
/**
 * Copies of the pages a walk keeps while it reads others transiently (db.transientPage): one
 * reused buffer per depth, since a depth-first walk holds at most one page per level at a time.
 */
class HeldPages {
    buffers = [];
    /** A copy of `page`, valid until `depth` is held again. */
    hold(depth, page) {
        let buffer = this.buffers[depth];
        if (buffer === undefined || buffer.length < page.length) {
            buffer = new Uint8Array(page.length);
            this.buffers[depth] = buffer;
        }
        const copy = buffer.subarray(0, page.length);
        copy.set(page);
        return copy;
    }
}


/***/ }),

/***/ 4908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sN: () => (/* binding */ META_PAGE_SIZE_OFFSET),
  i6: () => (/* binding */ META_SIZE),
  ks: () => (/* binding */ decodeMeta),
  TP: () => (/* binding */ encodeMetaPage),
  zo: () => (/* binding */ metaProblem)
});

// UNUSED EXPORTS: metaChecksum

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/bolt/fnv.ts
/**
 * FNV-1a 64, the bbolt meta checksum (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
 * Computed on two 32-bit halves: prime = 2^40 + 0x1b3, so h*prime = h*0x1b3 + (lo << 40),
 * and every partial product stays below 2^53, exact in a double. No bigint per byte.
 */
const PRIME_LOW = 0x1b3;
const TWO_32 = 0x1_0000_0000;
function fnv1a64(bytes) {
    let hi = 0xcbf29ce4;
    let lo = 0x84222325;
    for (let i = 0; i < bytes.length; i++) {
        lo = (lo ^ bytes[i]) >>> 0;
        const low = lo * PRIME_LOW; // < 2^41: exact
        const carry = Math.floor(low / TWO_32);
        hi = (Math.imul(hi, PRIME_LOW) + carry + (lo << 8)) >>> 0;
        lo = low >>> 0;
    }
    return (BigInt(hi) << 32n) | BigInt(lo);
}

// EXTERNAL MODULE: ./src/lib/bolt/page.ts
var bolt_page = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(3574);
;// CONCATENATED MODULE: ./src/lib/bolt/meta.ts
/**
 * Meta pages 0 and 1 (bbolt `db.go:meta`, bbolt-format §2). Layout after the 16-byte header:
 * magic u32, version u32, pageSize u32, flags u32, root u64, sequence u64, freelist u64,
 * pgid (high-water mark) u64, txid u64, checksum u64 = FNV-1a 64 of the 56 bytes before it.
 */




const META_END = types/* META_OFFSET */.Ei + types/* META_CHECKSUM_OFFSET */.SS + 8;
/** Page offsets of the meta fields. */
const Field = {
    magic: types/* META_OFFSET */.Ei,
    version: types/* META_OFFSET */.Ei + 4,
    pageSize: types/* META_OFFSET */.Ei + 8,
    flags: types/* META_OFFSET */.Ei + 12,
    root: types/* META_OFFSET */.Ei + 16,
    sequence: types/* META_OFFSET */.Ei + 24,
    freelist: types/* META_OFFSET */.Ei + 32,
    hwm: types/* META_OFFSET */.Ei + 40,
    txid: types/* META_OFFSET */.Ei + 48,
    checksum: types/* META_OFFSET */.Ei + types/* META_CHECKSUM_OFFSET */.SS
};
function requireLength(page) {
    if (page.length < META_END) {
        throw new errors/* BoltFormatError */.Tb(`meta page is ${page.length} bytes, shorter than the ${META_END}-byte meta`);
    }
}
function pgidField(page, offset, name, pageId) {
    const value = (0,bolt_page/* readU64Number */.tp)(page, offset);
    if (value < 0) {
        const raw = (0,bolt_page/* viewOf */.du)(page).getBigUint64(offset, true);
        throw new errors/* BoltFormatError */.Tb(`meta ${name} ${raw} is beyond 2^53`, pageId);
    }
    return value;
}
/** Decodes a meta page without validating it (see metaProblem). Ids beyond 2^53 throw. */
function decodeMeta(page) {
    requireLength(page);
    const header = (0,bolt_page/* decodePageHeader */.pM)(page);
    const view = (0,bolt_page/* viewOf */.du)(page);
    const rawFreelist = view.getBigUint64(Field.freelist, true);
    return {
        pageSize: view.getUint32(Field.pageSize, true),
        flags: view.getUint32(Field.flags, true),
        root: pgidField(page, Field.root, 'root', header.id),
        sequence: view.getBigUint64(Field.sequence, true),
        freelist: rawFreelist === types/* PGID_NO_FREELIST */.uG
            ? null
            : pgidField(page, Field.freelist, 'freelist', header.id),
        hwm: pgidField(page, Field.hwm, 'high-water mark', header.id),
        txid: view.getBigUint64(Field.txid, true),
        checksum: view.getBigUint64(Field.checksum, true),
        pageId: header.id
    };
}
/** The checksum bbolt computes: FNV-1a 64 over the meta struct before the checksum field. */
function metaChecksum(page) {
    return fnv1a64(page.subarray(types/* META_OFFSET */.Ei, Field.checksum));
}
/**
 * Why this meta page is unusable, or null. Order as bbolt's meta.validate (magic → version →
 * checksum, v1.3.7+ rule: the checksum is mandatory), then the header flags fastCheck needs and
 * the id ranges we need.
 */
function metaProblem(page) {
    if (page.length < META_END)
        return `meta page is only ${page.length} bytes`;
    const view = (0,bolt_page/* viewOf */.du)(page);
    const magic = view.getUint32(Field.magic, true);
    if (magic !== types/* MAGIC */.mS)
        return `bad magic 0x${magic.toString(16).padStart(8, '0')} (want 0xed0cdaed)`;
    const version = view.getUint32(Field.version, true);
    if (version !== types/* VERSION */.xv)
        return `unsupported version ${version} (want ${types/* VERSION */.xv})`;
    const stored = view.getBigUint64(Field.checksum, true);
    const computed = metaChecksum(page);
    if (stored !== computed) {
        return `meta checksum mismatch: stored 0x${stored.toString(16)}, computed 0x${computed.toString(16)}`;
    }
    const flags = view.getUint16(8, true);
    if (flags !== types/* PageFlag */.MR.meta)
        return `meta page header flags 0x${flags.toString(16)} (want 0x04)`;
    for (const [offset, name] of [
        [0, 'page header id'],
        [Field.root, 'root'],
        [Field.hwm, 'high-water mark']
    ]) {
        if ((0,bolt_page/* readU64Number */.tp)(page, offset) < 0)
            return `${name} is beyond 2^53`;
    }
    const freelist = view.getBigUint64(Field.freelist, true);
    if (freelist !== types/* PGID_NO_FREELIST */.uG && (0,bolt_page/* readU64Number */.tp)(page, Field.freelist) < 0) {
        return `freelist ${freelist} is beyond 2^53`;
    }
    return null;
}
/** A full zeroed meta page for txid T, written to page T % 2 (bbolt-format §2.6). */
function encodeMetaPage(meta) {
    if (!(meta.root < meta.hwm)) {
        throw new errors/* InvariantError */.zU(`meta root ${meta.root} is not below the high-water mark ${meta.hwm}`);
    }
    if (meta.freelist !== null && !(meta.freelist < meta.hwm)) {
        throw new errors/* InvariantError */.zU(`meta freelist ${meta.freelist} is not below the high-water mark ${meta.hwm}`);
    }
    if (meta.pageSize < META_END)
        throw new errors/* InvariantError */.zU(`page size ${meta.pageSize} too small`);
    const page = new Uint8Array(meta.pageSize);
    const view = (0,bolt_page/* viewOf */.du)(page);
    (0,bolt_page/* encodePageHeader */.xU)(page, {
        id: Number(meta.txid % 2n),
        flags: types/* PageFlag */.MR.meta,
        count: 0,
        overflow: 0
    });
    view.setUint32(Field.magic, types/* MAGIC */.mS, true);
    view.setUint32(Field.version, types/* VERSION */.xv, true);
    view.setUint32(Field.pageSize, meta.pageSize, true);
    view.setUint32(Field.flags, 0, true);
    (0,bolt_page/* writeU64Number */.Sq)(page, Field.root, meta.root);
    view.setBigUint64(Field.sequence, meta.sequence, true);
    if (meta.freelist === null)
        view.setBigUint64(Field.freelist, types/* PGID_NO_FREELIST */.uG, true);
    else
        (0,bolt_page/* writeU64Number */.Sq)(page, Field.freelist, meta.freelist);
    (0,bolt_page/* writeU64Number */.Sq)(page, Field.hwm, meta.hwm);
    view.setBigUint64(Field.txid, meta.txid, true);
    view.setBigUint64(Field.checksum, metaChecksum(page), true);
    return page;
}
/** Offset of the page-size field inside a page, for page-size detection. */
const META_PAGE_SIZE_OFFSET = Field.pageSize;
/** Bytes needed to read and validate a meta: header + meta struct. */
const META_SIZE = META_END;


/***/ }),

/***/ 4468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DK: () => (/* binding */ leafElement),
/* harmony export */   NM: () => (/* binding */ compareRange),
/* harmony export */   Sq: () => (/* binding */ writeU64Number),
/* harmony export */   Tu: () => (/* binding */ branchElement),
/* harmony export */   Xo: () => (/* binding */ compareBytes),
/* harmony export */   cJ: () => (/* binding */ encodeBranchPage),
/* harmony export */   du: () => (/* binding */ viewOf),
/* harmony export */   gt: () => (/* binding */ encodeLeafPage),
/* harmony export */   pM: () => (/* binding */ decodePageHeader),
/* harmony export */   tp: () => (/* binding */ readU64Number),
/* harmony export */   w0: () => (/* binding */ encodeInlineLeaf),
/* harmony export */   xU: () => (/* binding */ encodePageHeader)
/* harmony export */ });
/* unused harmony exports leafPageSize, branchPageSize */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3574);
/**
 * Page headers and branch/leaf elements (bbolt `page.go`, `node.go:write`; bbolt-format §1-3).
 * Decoders take the bytes of a page span starting at its header (or an inline page) and
 * bounds-check every element, key and value against that span. Little-endian throughout.
 */


const TWO_32 = 0x1_0000_0000;
/** A u64 whose high word is at or above this is >= 2^53. */
const HIGH_WORD_LIMIT = 0x20_0000;
/** A DataView over exactly these bytes: Buffers are slices of a shared pool. */
function viewOf(bytes) {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/**
 * Little-endian u16/u32 at `offset` (in bounds: the callers check). Plain byte reads: the element
 * accessors below run for every element of every walk, and a DataView per call was a visible
 * share of a compaction's time and garbage.
 */
function u16At(bytes, offset) {
    return bytes[offset] | (bytes[offset + 1] << 8);
}
function u32At(bytes, offset) {
    return ((bytes[offset] |
        (bytes[offset + 1] << 8) |
        (bytes[offset + 2] << 16) |
        (bytes[offset + 3] << 24)) >>>
        0);
}
/** Reads a u64 that must fit a JS number, or returns -1 when it does not. */
function readU64Number(bytes, offset) {
    if (offset < 0 || offset + 8 > bytes.length)
        throw new RangeError(`u64 at offset ${offset} lies outside the ${bytes.length}-byte buffer`);
    const lo = u32At(bytes, offset);
    const hi = u32At(bytes, offset + 4);
    if (hi >= HIGH_WORD_LIMIT)
        return -1;
    return hi * TWO_32 + lo;
}
function writeU64Number(bytes, offset, value) {
    const view = viewOf(bytes);
    view.setUint32(offset, value >>> 0, true);
    view.setUint32(offset + 4, Math.floor(value / TWO_32), true);
}
function decodePageHeader(bytes, offset = 0) {
    if (offset < 0 || offset + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql > bytes.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`page header at offset ${offset} lies outside ${bytes.length} bytes`);
    }
    const view = viewOf(bytes);
    const id = readU64Number(bytes, offset);
    if (id < 0) {
        const raw = view.getBigUint64(offset, true);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`page header id ${raw} is beyond 2^53`);
    }
    return {
        id,
        flags: view.getUint16(offset + 8, true),
        count: view.getUint16(offset + 10, true),
        overflow: view.getUint32(offset + 12, true)
    };
}
function encodePageHeader(bytes, header, offset = 0) {
    if (!Number.isSafeInteger(header.id) || header.id < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvariantError */ .zU(`page id ${header.id} is not a safe non-negative integer`);
    }
    const view = viewOf(bytes);
    writeU64Number(bytes, offset, header.id);
    view.setUint16(offset + 8, header.flags, true);
    view.setUint16(offset + 10, header.count, true);
    view.setUint32(offset + 12, header.overflow, true);
}
/** Page id from the header for error messages; undefined when even that is unreadable. */
function headerId(page) {
    if (page.length < _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql)
        return undefined;
    const id = readU64Number(page, 0);
    return id < 0 ? undefined : id;
}
/** Byte offset of element `index`, after checking it exists and lies inside the page. */
function elementOffset(page, index, kind) {
    const count = page.length >= _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql ? u16At(page, 10) : 0;
    const offset = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv * index;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`${kind} element ${index} does not exist (count ${count})`, headerId(page));
    }
    if (offset + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv > page.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`${kind} element ${index} at offset ${offset} lies outside the ${page.length}-byte page`, headerId(page));
    }
    return offset;
}
function slice(page, start, length, what, index) {
    const end = start + length;
    if (end > page.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`element ${index} ${what} [${start}, ${end}) lies outside the ${page.length}-byte page`, headerId(page));
    }
    return page.subarray(start, end);
}
function leafElement(page, index) {
    const offset = elementOffset(page, index, 'leaf');
    const flags = u32At(page, offset);
    const pos = u32At(page, offset + 4);
    const ksize = u32At(page, offset + 8);
    const vsize = u32At(page, offset + 12);
    const key = slice(page, offset + pos, ksize, 'key', index);
    const value = slice(page, offset + pos + ksize, vsize, 'value', index);
    return { flags, key, value };
}
function branchElement(page, index) {
    const offset = elementOffset(page, index, 'branch');
    const pos = u32At(page, offset);
    const ksize = u32At(page, offset + 4);
    const pgid = readU64Number(page, offset + 8);
    if (pgid < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`branch element ${index} child id is beyond 2^53`, headerId(page));
    }
    const key = slice(page, offset + pos, ksize, 'key', index);
    return { key, pgid };
}
/** Serialised size of a leaf node: 16 + Σ(16 + key + value) (bbolt node.size). */
function leafPageSize(elements) {
    let size = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql;
    for (const e of elements)
        size += _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv + e.key.length + e.value.length;
    return size;
}
function branchPageSize(elements) {
    let size = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql;
    for (const e of elements)
        size += _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv + e.key.length;
    return size;
}
function checkCount(count) {
    if (count > _types_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ELEMENT_COUNT */ .e1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvariantError */ .zU(`a node with ${count} elements cannot be written (bbolt limit 0xFFFF)`);
    }
}
function spanPages(size, pageSize) {
    return Math.max(1, Math.ceil(size / pageSize));
}
/** Writes leaf elements in node.write layout into `out`; the header is the caller's. */
function writeLeafElements(out, elements) {
    const view = viewOf(out);
    let data = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv * elements.length;
    for (let i = 0; i < elements.length; i++) {
        const e = elements[i];
        const offset = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv * i;
        view.setUint32(offset, e.flags, true);
        view.setUint32(offset + 4, data - offset, true);
        view.setUint32(offset + 8, e.key.length, true);
        view.setUint32(offset + 12, e.value.length, true);
        out.set(e.key, data);
        data += e.key.length;
        out.set(e.value, data);
        data += e.value.length;
    }
}
/** A leaf page span: ceil(size/pageSize) zero-filled pages with overflow set. */
/**
 * A node's page (span) of `pages` pages: a fresh one, or, given `scratch` (a streaming writer
 * whose sink copies what it is handed), its zeroed front when large enough.
 */
function spanBuffer(pages, pageSize, scratch) {
    const length = pages * pageSize;
    if (scratch === undefined || scratch.length < length)
        return new Uint8Array(length);
    return scratch.subarray(0, length).fill(0);
}
function encodeLeafPage(id, elements, pageSize, scratch) {
    checkCount(elements.length);
    const pages = spanPages(leafPageSize(elements), pageSize);
    const out = spanBuffer(pages, pageSize, scratch);
    encodePageHeader(out, { id, flags: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PageFlag */ .MR.leaf, count: elements.length, overflow: pages - 1 });
    writeLeafElements(out, elements);
    return out;
}
function encodeBranchPage(id, elements, pageSize, scratch) {
    checkCount(elements.length);
    const pages = spanPages(branchPageSize(elements), pageSize);
    const out = spanBuffer(pages, pageSize, scratch);
    encodePageHeader(out, { id, flags: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PageFlag */ .MR.branch, count: elements.length, overflow: pages - 1 });
    const view = viewOf(out);
    let data = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv * elements.length;
    for (let i = 0; i < elements.length; i++) {
        const e = elements[i];
        const offset = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv * i;
        view.setUint32(offset, data - offset, true);
        view.setUint32(offset + 4, e.key.length, true);
        writeU64Number(out, offset + 8, e.pgid);
        out.set(e.key, data);
        data += e.key.length;
    }
    return out;
}
/** The inline page of an inline bucket: header id 0, leaf, no padding (bbolt bucket.write). */
function encodeInlineLeaf(elements) {
    checkCount(elements.length);
    const out = new Uint8Array(leafPageSize(elements));
    encodePageHeader(out, { id: 0, flags: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PageFlag */ .MR.leaf, count: elements.length, overflow: 0 });
    writeLeafElements(out, elements);
    return out;
}
/** bytes.Compare on two byte ranges, without creating views: <0, 0 or >0. */
function compareRange(a, aStart, aLength, b, bStart, bLength) {
    const n = aLength < bLength ? aLength : bLength;
    for (let i = 0; i < n; i++) {
        const d = a[aStart + i] - b[bStart + i];
        if (d !== 0)
            return d;
    }
    return aLength - bLength;
}
/** bytes.Compare: unsigned lexicographic, a proper prefix sorts first. */
function compareBytes(a, b) {
    return compareRange(a, 0, a.length, b, 0, b.length);
}


/***/ }),

/***/ 2566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ly: () => (/* binding */ FileByteFile),
  FN: () => (/* binding */ limitByteSource)
});

// UNUSED EXPORTS: MemoryByteFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/io/chunk-lru.ts
/**
 * A least-recently-used set of file chunks by chunk index, O(1) per operation: a Map finds the
 * slot, a doubly-linked list over slot numbers keeps the order. (A Map alone, re-inserted on
 * every hit and evicted through `keys().next()`, is O(n) per eviction in V8: the deleted entries
 * it must skip pile up at the front until the table is rehashed. Measured on a churned snapshot
 * read in page-sized chunks: a third of the restore's time.)
 */
class ChunkLru {
    capacity;
    slotOf = new Map();
    indexOf = [];
    chunkOf = [];
    newer;
    older;
    free = [];
    /** Most and least recently used slots; -1 when empty. */
    newest = -1;
    oldest = -1;
    constructor(capacity) {
        this.capacity = capacity;
        if (!Number.isSafeInteger(capacity) || capacity < 1) {
            throw new RangeError(`chunk cache capacity ${capacity} is not a positive integer`);
        }
        this.newer = new Int32Array(capacity).fill(-1);
        this.older = new Int32Array(capacity).fill(-1);
    }
    get size() {
        return this.slotOf.size;
    }
    get full() {
        return this.slotOf.size >= this.capacity;
    }
    /** The chunk at `index`, now the most recently used; undefined when not held. */
    get(index) {
        const slot = this.slotOf.get(index);
        if (slot === undefined)
            return undefined;
        if (slot !== this.newest) {
            this.unlink(slot);
            this.linkNewest(slot);
        }
        return this.chunkOf[slot];
    }
    /** Holds `chunk` as `index` (most recently used). The cache must not be full: see evictOldest. */
    set(index, chunk) {
        const existing = this.slotOf.get(index);
        if (existing !== undefined) {
            this.chunkOf[existing] = chunk;
            this.get(index);
            return;
        }
        if (this.full)
            throw new RangeError('chunk cache is full: evict first');
        const slot = this.free.pop() ?? this.slotOf.size;
        this.slotOf.set(index, slot);
        this.indexOf[slot] = index;
        this.chunkOf[slot] = chunk;
        this.linkNewest(slot);
    }
    /** Drops the least recently used chunk and returns it (for its memory); undefined when empty. */
    evictOldest() {
        if (this.oldest === -1)
            return undefined;
        return this.delete(this.indexOf[this.oldest]);
    }
    /** Drops the chunk at `index`; returns it, or undefined when not held. */
    delete(index) {
        const slot = this.slotOf.get(index);
        if (slot === undefined)
            return undefined;
        this.slotOf.delete(index);
        this.unlink(slot);
        const chunk = this.chunkOf[slot];
        this.chunkOf[slot] = null;
        this.free.push(slot);
        return chunk;
    }
    /** The chunk indexes held, in no particular order. */
    indexes() {
        return [...this.slotOf.keys()];
    }
    clear() {
        this.slotOf.clear();
        this.indexOf.length = 0;
        this.chunkOf.length = 0;
        this.free.length = 0;
        this.newer.fill(-1);
        this.older.fill(-1);
        this.newest = -1;
        this.oldest = -1;
    }
    linkNewest(slot) {
        this.older[slot] = this.newest;
        this.newer[slot] = -1;
        if (this.newest !== -1)
            this.newer[this.newest] = slot;
        this.newest = slot;
        if (this.oldest === -1)
            this.oldest = slot;
    }
    unlink(slot) {
        const newer = this.newer[slot];
        const older = this.older[slot];
        if (newer !== -1)
            this.older[newer] = older;
        else
            this.newest = older;
        if (older !== -1)
            this.newer[older] = newer;
        else
            this.oldest = newer;
        this.newer[slot] = -1;
        this.older[slot] = -1;
    }
}

;// CONCATENATED MODULE: ./src/lib/io/read-ahead.ts
/**
 * Read-ahead of spans a reader names before it reads them (ByteSource.prefetch): a branch page's
 * children, say. A churned snapshot's live pages lie in long runs scattered through free ones
 * (the bench's 250 MB file: 5,716 live pages in 204 runs); read one page per call, the walk
 * spends more time entering the kernel than copying. The named spans are sorted, merged into
 * runs across small gaps, and read with one call per run into one reused arena.
 */
/** Gaps up to this many bytes are read through: copying a few free pages beats another call. */
const READ_AHEAD_MAX_GAP = 32 * 1024;
/** The arena's bound: spans past it are not read ahead (each is read when asked for). */
const READ_AHEAD_MAX_BYTES = 2 * 1024 * 1024;
class ReadAhead {
    maxGap;
    maxBytes;
    arena = new Uint8Array(0);
    /** Runs held, ascending by position: [runStart[i], runEnd[i]) lies at arena offset runAt[i]. */
    runStart = [];
    runEnd = [];
    runAt = [];
    sorted = new Float64Array(0);
    constructor(maxGap = READ_AHEAD_MAX_GAP, maxBytes = READ_AHEAD_MAX_BYTES) {
        this.maxGap = maxGap;
        this.maxBytes = maxBytes;
    }
    /**
     * Reads the spans [position, position + length) for `positions` (any order, duplicates
     * allowed), merged into runs, in place of what was read ahead before; spans past the bound
     * are left out. `limit` is the end of the readable bytes.
     */
    fill(positions, length, limit, read) {
        this.clear();
        const n = positions.length;
        if (n === 0 || length <= 0)
            return;
        if (this.sorted.length < n)
            this.sorted = new Float64Array(Math.max(n, 2 * this.sorted.length));
        const sorted = this.sorted.subarray(0, n);
        for (let i = 0; i < n; i++)
            sorted[i] = positions[i];
        sorted.sort();
        let bytes = 0;
        for (let i = 0; i < n; i++) {
            const start = sorted[i];
            const end = Math.min(start + length, limit);
            if (start < 0 || end <= start)
                continue;
            const last = this.runEnd.length - 1;
            if (last >= 0 && start <= this.runEnd[last] + this.maxGap) {
                if (end <= this.runEnd[last])
                    continue;
                if (bytes + end - this.runEnd[last] > this.maxBytes)
                    break;
                bytes += end - this.runEnd[last];
                this.runEnd[last] = end;
            }
            else {
                if (bytes + end - start > this.maxBytes)
                    break;
                this.runStart.push(start);
                this.runEnd.push(end);
                this.runAt.push(bytes);
                bytes += end - start;
            }
        }
        if (this.arena.length < bytes) {
            this.arena = new Uint8Array(Math.min(this.maxBytes, Math.max(bytes, 2 * this.arena.length)));
        }
        try {
            for (let i = 0; i < this.runStart.length; i++) {
                const at = this.runAt[i];
                read(this.arena.subarray(at, at + this.runEnd[i] - this.runStart[i]), this.runStart[i]);
            }
        }
        catch (error) {
            this.clear();
            throw error;
        }
    }
    /** The bytes [position, position + length) when one run holds them all, else undefined. */
    find(position, length) {
        const hi = this.runOf(position);
        if (hi < 0 || position + length > this.runEnd[hi])
            return undefined;
        const at = this.runAt[hi] + position - this.runStart[hi];
        return this.arena.subarray(at, at + length);
    }
    /**
     * The bytes from `position` to the end of the run that holds it (at most `length`), or
     * undefined: the start of a span that runs past what was read ahead (a leaf's overflow pages,
     * which the page size named in fill() does not cover).
     */
    prefix(position, length) {
        const i = this.runOf(position);
        if (i < 0 || position >= this.runEnd[i])
            return undefined;
        const at = this.runAt[i] + position - this.runStart[i];
        return this.arena.subarray(at, at + Math.min(length, this.runEnd[i] - position));
    }
    /** The last run starting at or before `position`, or -1. */
    runOf(position) {
        const starts = this.runStart;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            if (starts[mid] <= position)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return hi;
    }
    /** Forgets what was read ahead (the arena is kept for the next fill). */
    clear() {
        this.runStart.length = 0;
        this.runEnd.length = 0;
        this.runAt.length = 0;
    }
    /** Forgets everything, the arena too. */
    release() {
        this.clear();
        this.arena = new Uint8Array(0);
        this.sorted = new Float64Array(0);
    }
}

;// CONCATENATED MODULE: ./src/lib/io/page-file.ts
/**
 * ByteFile implementations: FileByteFile over a numeric fd with a bounded LRU cache of aligned
 * chunks (a tree walk touches pages in order, so one 1 MiB read serves 256 4-KiB pages), and
 * MemoryByteFile for tests. Cached chunks are immutable: write() replaces, never patches them,
 * so views handed out earlier keep the bytes they had.
 */




const DEFAULT_CHUNK = 1024 * 1024;
const DEFAULT_CACHE = 2 * 1024 * 1024;
/** A read over more chunks than this bypasses the cache (one read instead of many). */
const MAX_ASSEMBLED_CHUNKS = 8;
/** Ring buffers are allocated this many bytes at a time. */
const SLAB_BYTES = 1024 * 1024;
function checkRange(size, position, length) {
    if (!Number.isSafeInteger(position) ||
        !Number.isSafeInteger(length) ||
        position < 0 ||
        length < 0) {
        throw new RangeError(`invalid read range: position ${position}, length ${length}`);
    }
    if (position + length > size) {
        throw new RangeError(`read of ${length} bytes at ${position} goes past the end (${size} bytes)`);
    }
}
class FileByteFile {
    /** read()'s chunks: immutable, dropped (never reused) when evicted. */
    chunks;
    chunkSize;
    fileSize;
    fd;
    lastIndex = -1;
    lastChunk = null;
    /** readTransient's chunks: a fixed set of buffers, reused from the least recently used. */
    ring;
    spare = [];
    span = new Uint8Array(0);
    slab = new Uint8Array(0);
    slabUsed = 0;
    /** Spans read ahead by prefetch() (when options.readAhead). */
    ahead;
    constructor(fd, size, options) {
        this.fd = fd;
        this.fileSize = size;
        this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
        const maxChunks = Math.max(1, Math.floor((options.cacheBytes ?? DEFAULT_CACHE) / this.chunkSize));
        this.chunks = new ChunkLru(maxChunks);
        this.ring = new ChunkLru(maxChunks);
        this.ahead = options.readAhead === true ? new ReadAhead() : undefined;
    }
    static open(path, options = {}) {
        const fd = external_node_fs_.openSync(path, options.writable ? 'r+' : 'r');
        try {
            return new FileByteFile(fd, external_node_fs_.fstatSync(fd).size, options);
        }
        catch (error) {
            external_node_fs_.closeSync(fd);
            throw error;
        }
    }
    get size() {
        return this.fileSize;
    }
    read(position, length) {
        return this.view(position, length, false);
    }
    readTransient(position, length) {
        return this.view(position, length, true);
    }
    prefetch(positions, length) {
        if (this.ahead === undefined)
            return;
        this.ahead.fill(positions, length, this.fileSize, (out, position) => this.readFully(out, position));
    }
    write(position, data) {
        const fd = this.openFd();
        let done = 0;
        while (done < data.length) {
            const n = external_node_fs_.writeSync(fd, data, done, data.length - done, position + done);
            if (n <= 0)
                throw new errors/* TargetError */.I0(`write made no progress at byte ${position + done}`);
            done += n;
        }
        this.dropChunks(position, position + data.length);
        this.ahead?.clear();
        this.fileSize = Math.max(this.fileSize, position + data.length);
    }
    truncate(size) {
        external_node_fs_.ftruncateSync(this.openFd(), size);
        // The chunk holding the old or new end changes either way.
        this.dropChunks(Math.min(size, this.fileSize), Number.MAX_SAFE_INTEGER);
        this.ahead?.clear();
        this.fileSize = size;
    }
    sync() {
        external_node_fs_.fdatasyncSync(this.openFd());
    }
    close() {
        if (this.fd === null)
            return;
        const fd = this.fd;
        this.fd = null;
        this.chunks.clear();
        this.remember(-1, null);
        this.ring.clear();
        this.spare = [];
        this.span = new Uint8Array(0);
        this.slab = new Uint8Array(0);
        this.slabUsed = 0;
        this.ahead?.release();
        external_node_fs_.closeSync(fd);
    }
    /** Bytes from the cache (or, when `transient`, from the reused ring). */
    view(position, length, transient) {
        checkRange(this.fileSize, position, length);
        if (length === 0)
            return new Uint8Array(0);
        const ahead = this.ahead?.find(position, length);
        // read ahead: the next prefetch reuses that memory, so a lasting view gets its own copy
        if (ahead !== undefined)
            return transient ? ahead : ahead.slice();
        // a span that starts in what was read ahead and runs past it (a leaf's overflow pages): the
        // rest in one read, not one per chunk
        const head = this.ahead?.prefix(position, length);
        if (head !== undefined)
            return this.assemble(head, position, length, transient);
        const first = Math.floor(position / this.chunkSize);
        const last = Math.floor((position + length - 1) / this.chunkSize);
        if (first === last) {
            const chunk = transient ? this.ringChunk(first) : this.chunk(first);
            const start = position - first * this.chunkSize;
            return chunk.subarray(start, start + length);
        }
        // Spans chunks (an overflow page): assembled from the cache when it spans only a few, so a
        // walk that comes back to it reads no file; a larger one straight from the file.
        let out;
        if (transient) {
            if (this.span.length < length)
                this.span = new Uint8Array(length);
            out = this.span.subarray(0, length);
        }
        else
            out = new Uint8Array(length);
        if (last - first >= MAX_ASSEMBLED_CHUNKS) {
            this.readFully(out, position);
            return out;
        }
        for (let index = first; index <= last; index++) {
            const chunk = transient ? this.ringChunk(index) : this.chunk(index);
            const chunkStart = index * this.chunkSize;
            const from = Math.max(position, chunkStart);
            const to = Math.min(position + length, chunkStart + chunk.length);
            out.set(chunk.subarray(from - chunkStart, to - chunkStart), from - position);
        }
        return out;
    }
    /** `head` (the first bytes of the span at `position`) followed by the rest, read from the file. */
    assemble(head, position, length, transient) {
        let out;
        if (transient) {
            if (this.span.length < length)
                this.span = new Uint8Array(length);
            out = this.span.subarray(0, length);
        }
        else
            out = new Uint8Array(length);
        out.set(head);
        this.readFully(out.subarray(head.length), position + head.length);
        return out;
    }
    openFd() {
        if (this.fd === null)
            throw new errors/* InvariantError */.zU('file is closed');
        return this.fd;
    }
    chunk(index) {
        // Sequential walks hit the same chunk many times in a row: skip the LRU bookkeeping.
        if (index === this.lastIndex && this.lastChunk !== null)
            return this.lastChunk;
        const cached = this.chunks.get(index);
        if (cached !== undefined) {
            this.remember(index, cached);
            return cached;
        }
        const start = index * this.chunkSize;
        const chunk = new Uint8Array(Math.min(this.chunkSize, this.fileSize - start));
        this.readFully(chunk, start);
        if (this.chunks.full)
            this.chunks.evictOldest();
        this.chunks.set(index, chunk);
        this.remember(index, chunk);
        return chunk;
    }
    ringChunk(index) {
        const cached = this.ring.get(index);
        if (cached !== undefined)
            return cached;
        let buffer = this.spare.pop();
        if (buffer === undefined) {
            const oldest = this.ring.full ? this.ring.evictOldest() : undefined;
            buffer =
                oldest === undefined
                    ? this.newRingBuffer()
                    : new Uint8Array(oldest.buffer, oldest.byteOffset, this.chunkSize);
        }
        const start = index * this.chunkSize;
        // the file's last chunk may be short: only its bytes are read, and only they are viewed
        const chunk = buffer.subarray(0, Math.min(this.chunkSize, this.fileSize - start));
        this.readFully(chunk, start);
        this.ring.set(index, chunk);
        return chunk;
    }
    /**
     * A chunk-sized buffer carved from a slab: one allocation per slab instead of one per chunk
     * (measured: allocating 8,192 4-KiB buffers one by one cost 0.1 s in a cold restore).
     */
    newRingBuffer() {
        if (this.slabUsed + this.chunkSize > this.slab.length) {
            const chunks = Math.max(1, Math.min(this.ring.capacity - this.ring.size, SLAB_BYTES / this.chunkSize));
            this.slab = new Uint8Array(chunks * this.chunkSize);
            this.slabUsed = 0;
        }
        const buffer = this.slab.subarray(this.slabUsed, this.slabUsed + this.chunkSize);
        this.slabUsed += this.chunkSize;
        return buffer;
    }
    remember(index, chunk) {
        this.lastIndex = index;
        this.lastChunk = chunk;
    }
    readFully(out, position) {
        const fd = this.openFd();
        let done = 0;
        while (done < out.length) {
            const n = external_node_fs_.readSync(fd, out, done, out.length - done, position + done);
            if (n <= 0) {
                throw new RangeError(`file ended at ${position + done} while reading ${out.length} bytes at ${position}`);
            }
            done += n;
        }
    }
    dropChunks(from, to) {
        const first = Math.floor(from / this.chunkSize);
        const last = Math.floor(Math.max(from, to - 1) / this.chunkSize);
        for (const index of this.chunks.indexes()) {
            if (index >= first && index <= last)
                this.chunks.delete(index);
        }
        this.remember(-1, null);
        for (const index of this.ring.indexes()) {
            if (index >= first && index <= last) {
                const chunk = this.ring.delete(index);
                this.spare.push(new Uint8Array(chunk.buffer, chunk.byteOffset, this.chunkSize));
            }
        }
    }
}
/** A growable in-memory ByteFile. */
class MemoryByteFile {
    buffer;
    length;
    constructor(initial) {
        this.buffer = new Uint8Array(Math.max(initial?.length ?? 0, 4096));
        if (initial)
            this.buffer.set(initial);
        this.length = initial?.length ?? 0;
    }
    get size() {
        return this.length;
    }
    read(position, length) {
        checkRange(this.length, position, length);
        return this.buffer.subarray(position, position + length);
    }
    write(position, data) {
        const end = position + data.length;
        this.ensure(end);
        this.buffer.set(data, position);
        this.length = Math.max(this.length, end);
    }
    truncate(size) {
        this.ensure(size);
        if (size < this.length)
            this.buffer.fill(0, size, this.length);
        this.length = size;
    }
    sync() { }
    /** A copy of the contents. */
    bytes() {
        return this.buffer.slice(0, this.length);
    }
    ensure(capacity) {
        if (capacity <= this.buffer.length)
            return;
        const grown = new Uint8Array(Math.max(capacity, this.buffer.length * 2));
        grown.set(this.buffer.subarray(0, this.length));
        this.buffer = grown;
    }
}
/** The first `size` bytes of a source, e.g. a snapshot without its 32-byte sha256 trailer. */
function limitByteSource(source, size) {
    if (!Number.isSafeInteger(size) || size < 0 || size > source.size) {
        throw new RangeError(`cannot limit a ${source.size}-byte source to ${size} bytes`);
    }
    const limited = {
        size,
        read(position, length) {
            checkRange(size, position, length);
            return source.read(position, length);
        }
    };
    const transient = source.readTransient?.bind(source);
    if (transient !== undefined) {
        limited.readTransient = (position, length) => {
            checkRange(size, position, length);
            return transient(position, length);
        };
    }
    const prefetch = source.prefetch?.bind(source);
    if (prefetch !== undefined) {
        limited.prefetch = (positions, length) => {
            // a span that runs past `size` is read only as far as the source goes: what lies past
            // `size` is never handed out (read() checks every range)
            prefetch(positions.filter((position) => position >= 0 && position < size), length);
        };
    }
    return limited;
}


/***/ }),

/***/ 1821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ fsyncInPool),
/* harmony export */   t: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Makes a directory's entries (new files, renames) durable: fsync on the directory itself. */
function fsyncDir(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * fsync of a file or folder (`what`) as one job in libuv's thread pool: once it is queued,
 * nothing waits for the main thread, which may be busy with synchronous work meanwhile (a chain
 * of open → fsync → close promises would wait for it between steps).
 */
function fsyncInPool(path, what) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, what === 'file' ? 'r+' : 'r');
    }
    catch (error) {
        return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsync)(fd, (error) => {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
            catch (closeError) {
                error ??= closeError;
            }
            if (error)
                reject(error);
            else
                resolve();
        });
    });
}


/***/ }),

/***/ 140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ WAL_MODE),
/* harmony export */   Pl: () => (/* binding */ memberLayout),
/* harmony export */   _j: () => (/* binding */ DIR_MODE),
/* harmony export */   fd: () => (/* binding */ SNAP_MODE),
/* harmony export */   h9: () => (/* binding */ DB_MODE)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** etcd's data-dir layout (format doc §3): everything lives under `<data-dir>/member`. */
const DIR_MODE = 0o700;
const DB_MODE = 0o600;
const WAL_MODE = 0o600;
/** etcd writes the .snap with 0666 and lets the umask decide (usually 0644). */
const SNAP_MODE = 0o666;
function memberLayout(dataDir, walDir) {
    const snapDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dataDir, 'member', 'snap');
    return {
        dataDir,
        snapDir,
        dbPath: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(snapDir, 'db'),
        walDir: walDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dataDir, 'member', 'wal'),
        separateWal: walDir !== undefined
    };
}


/***/ }),

/***/ 8507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V_: () => (/* binding */ writeMemberFiles),
/* harmony export */   g6: () => (/* binding */ copyDb),
/* harmony export */   gD: () => (/* binding */ syncFile),
/* harmony export */   lY: () => (/* binding */ makeMemberDirs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(140);
/* harmony import */ var _fsync_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1821);





/**
 * Creates a member's data-dir, `member` and `member/snap` folders at `dataDir`, which must not
 * exist: the caller passes staging paths and renames them into place afterwards.
 */
function makeMemberDirs(dataDir, walDir) {
    const layout = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .memberLayout */ .Pl)(dataDir, walDir);
    makeDir(layout.dataDir);
    makeDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(layout.dataDir, 'member'));
    makeDir(layout.snapDir);
    return layout;
}
/**
 * Copies the db to `dest` (reflink, else copy_file_range: the bytes never pass through this
 * process) in libuv's thread pool, so several members' copies run side by side while the main
 * thread goes on, cuts it to `size` bytes when given, and makes it durable.
 */
async function copyDb(source, dest, size) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(source, dest, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.COPYFILE_FICLONE);
    // a copy of the snapshot file itself: its sha256 trailer goes
    await syncFile(dest, { mode: _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .DB_MODE */ .h9, ...(size === undefined ? {} : { size }) });
}
/** fsync in the thread pool, after setting `mode` and cutting the file to `size` when given. */
async function syncFile(path, change = {}) {
    // the mode first: a copy has its source's, which may not let its owner write (a 0400 snapshot)
    if (change.mode !== undefined)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(path, change.mode);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r+');
    try {
        if (change.size !== undefined)
            await handle.truncate(change.size);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/**
 * Completes a member made by makeMemberDirs: moves the db in when `moveDbFrom` is given (else it
 * was written or copied there), writes the .snap and the WAL (at `layout.walDir`), and queues
 * the fsync of every file and folder in the thread pool: it returns once the files are written,
 * with the promise that they are all durable.
 */
function writeMemberFiles(layout, files, moveDbFrom) {
    const syncFiles = [];
    if (moveDbFrom !== undefined) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(moveDbFrom, layout.dbPath);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(layout.dbPath, _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .DB_MODE */ .h9);
        syncFiles.push(layout.dbPath);
    }
    const snapPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(layout.snapDir, files.snapName);
    writeNewFile(snapPath, files.snapBytes, _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .SNAP_MODE */ .fd);
    syncFiles.push(snapPath);
    if (layout.separateWal)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(layout.walDir), { recursive: true, mode: _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .DIR_MODE */ ._j });
    makeDir(layout.walDir);
    const walPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(layout.walDir, files.walName);
    writeWal(walPath, files.walRecords, files.walSize);
    syncFiles.push(walPath);
    const syncDirs = [layout.snapDir, layout.walDir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(layout.dataDir, 'member'), layout.dataDir];
    // settles once every job has ended (none still running when a failure is handled)
    return Promise.allSettled([
        ...syncFiles.map((path) => (0,_fsync_js__WEBPACK_IMPORTED_MODULE_4__/* .fsyncInPool */ .B)(path, 'file')),
        ...syncDirs.map((path) => (0,_fsync_js__WEBPACK_IMPORTED_MODULE_4__/* .fsyncInPool */ .B)(path, 'dir'))
    ]).then((results) => {
        for (const r of results)
            if (r.status === 'rejected')
                throw r.reason;
    });
}
/** mkdir with exactly 0700, whatever the umask: etcd warns at start when a folder is wider. */
function makeDir(path) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(path, { mode: _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .DIR_MODE */ ._j });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(path, _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .DIR_MODE */ ._j);
}
function writeNewFile(path, bytes, mode) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'wx', mode);
    try {
        writeAll(fd, bytes, 0);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The WAL holds the records, then zeros up to the segment size. etcd preallocates them with
 * fallocate; a sparse file reads the same (readers stop at the first zero length field) and
 * costs no disk until etcd writes there.
 */
function writeWal(path, records, size) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'wx', _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .WAL_MODE */ .BR);
    try {
        writeAll(fd, records, 0);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.ftruncateSync)(fd, size);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function writeAll(fd, bytes, position) {
    let done = 0;
    while (done < bytes.length)
        done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, done, bytes.length - done, position + done);
}


/***/ }),

/***/ 2406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ protoType)
});

// EXTERNAL MODULE: ./node_modules/protobufjs/light.js
var light = __webpack_require__(6212);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/proto/descriptor.generated.ts
// GENERATED by scripts/gen-proto.mjs from src/lib/proto/*.proto. Do not edit.
/** The .proto files compiled into PROTO_DESCRIPTOR. */
const PROTO_FILES = (/* unused pure expression or super */ null && ([
    'auth.proto',
    'etcdserver.proto',
    'k8s-runtime.proto',
    'lease.proto',
    'mvcc.proto',
    'raft-v3.7.proto',
    'raft.proto',
    'snap.proto',
    'wal-v3.7.proto',
    'wal.proto'
]));
/** protobufjs's JSON descriptor of every message of those files (Root.fromJSON). */
const PROTO_DESCRIPTOR = {
    nested: {
        authpb: {
            nested: {
                UserAddOptions: { fields: { no_password: { type: 'bool', id: 1 } } },
                User: {
                    fields: {
                        name: { type: 'bytes', id: 1 },
                        password: { type: 'bytes', id: 2 },
                        roles: { rule: 'repeated', type: 'string', id: 3 },
                        options: { type: 'UserAddOptions', id: 4 }
                    }
                },
                Permission: {
                    fields: {
                        permType: { type: 'Type', id: 1 },
                        key: { type: 'bytes', id: 2 },
                        range_end: { type: 'bytes', id: 3 }
                    },
                    nested: { Type: { values: { READ: 0, WRITE: 1, READWRITE: 2 } } }
                },
                Role: {
                    fields: {
                        name: { type: 'bytes', id: 1 },
                        keyPermission: { rule: 'repeated', type: 'Permission', id: 2 }
                    }
                }
            }
        },
        etcdserverpb: {
            nested: {
                Metadata: {
                    edition: 'proto2',
                    fields: {
                        NodeID: { rule: 'required', type: 'uint64', id: 1 },
                        ClusterID: { rule: 'required', type: 'uint64', id: 2 }
                    }
                }
            }
        },
        k8s: {
            nested: {
                io: {
                    nested: {
                        apimachinery: {
                            nested: {
                                pkg: {
                                    nested: {
                                        runtime: {
                                            nested: {
                                                TypeMeta: {
                                                    edition: 'proto2',
                                                    fields: {
                                                        apiVersion: { type: 'string', id: 1 },
                                                        kind: { type: 'string', id: 2 }
                                                    }
                                                },
                                                Unknown: {
                                                    edition: 'proto2',
                                                    fields: {
                                                        typeMeta: { type: 'TypeMeta', id: 1 },
                                                        raw: { type: 'bytes', id: 2 },
                                                        contentEncoding: { type: 'string', id: 3 },
                                                        contentType: { type: 'string', id: 4 }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
        leasepb: {
            nested: {
                Lease: {
                    fields: {
                        ID: { type: 'int64', id: 1 },
                        TTL: { type: 'int64', id: 2 },
                        RemainingTTL: { type: 'int64', id: 3 }
                    }
                }
            }
        },
        mvccpb: {
            nested: {
                KeyValue: {
                    fields: {
                        key: { type: 'bytes', id: 1 },
                        create_revision: { type: 'int64', id: 2 },
                        mod_revision: { type: 'int64', id: 3 },
                        version: { type: 'int64', id: 4 },
                        value: { type: 'bytes', id: 5 },
                        lease: { type: 'int64', id: 6 }
                    }
                }
            }
        },
        raftpb: {
            nested: {
                v37: {
                    nested: {
                        SnapshotMetadata: {
                            edition: 'proto2',
                            fields: {
                                conf_state: { type: 'ConfState', id: 1 },
                                index: { type: 'uint64', id: 2 },
                                term: { type: 'uint64', id: 3 }
                            }
                        },
                        Snapshot: {
                            edition: 'proto2',
                            fields: {
                                data: { type: 'bytes', id: 1 },
                                metadata: { type: 'SnapshotMetadata', id: 2 }
                            }
                        },
                        ConfState: {
                            edition: 'proto2',
                            fields: {
                                voters: { rule: 'repeated', type: 'uint64', id: 1 },
                                learners: { rule: 'repeated', type: 'uint64', id: 2 },
                                voters_outgoing: { rule: 'repeated', type: 'uint64', id: 3 },
                                learners_next: { rule: 'repeated', type: 'uint64', id: 4 },
                                auto_leave: { type: 'bool', id: 5 }
                            }
                        },
                        ConfChangeType: {
                            edition: 'proto2',
                            values: {
                                ConfChangeAddNode: 0,
                                ConfChangeRemoveNode: 1,
                                ConfChangeUpdateNode: 2,
                                ConfChangeAddLearnerNode: 3
                            }
                        },
                        ConfChange: {
                            edition: 'proto2',
                            fields: {
                                id: { type: 'uint64', id: 1 },
                                type: { type: 'ConfChangeType', id: 2 },
                                node_id: { type: 'uint64', id: 3 },
                                context: { type: 'bytes', id: 4 }
                            }
                        }
                    }
                },
                EntryType: {
                    edition: 'proto2',
                    values: { EntryNormal: 0, EntryConfChange: 1, EntryConfChangeV2: 2 }
                },
                Entry: {
                    edition: 'proto2',
                    fields: {
                        Term: { rule: 'required', type: 'uint64', id: 2 },
                        Index: { rule: 'required', type: 'uint64', id: 3 },
                        Type: { rule: 'required', type: 'EntryType', id: 1 },
                        Data: { type: 'bytes', id: 4 }
                    }
                },
                SnapshotMetadata: {
                    edition: 'proto2',
                    fields: {
                        conf_state: { rule: 'required', type: 'ConfState', id: 1 },
                        index: { rule: 'required', type: 'uint64', id: 2 },
                        term: { rule: 'required', type: 'uint64', id: 3 }
                    }
                },
                Snapshot: {
                    edition: 'proto2',
                    fields: {
                        data: { type: 'bytes', id: 1 },
                        metadata: { rule: 'required', type: 'SnapshotMetadata', id: 2 }
                    }
                },
                HardState: {
                    edition: 'proto2',
                    fields: {
                        term: { rule: 'required', type: 'uint64', id: 1 },
                        vote: { rule: 'required', type: 'uint64', id: 2 },
                        commit: { rule: 'required', type: 'uint64', id: 3 }
                    }
                },
                ConfState: {
                    edition: 'proto2',
                    fields: {
                        voters: { rule: 'repeated', type: 'uint64', id: 1 },
                        learners: { rule: 'repeated', type: 'uint64', id: 2 },
                        voters_outgoing: { rule: 'repeated', type: 'uint64', id: 3 },
                        learners_next: { rule: 'repeated', type: 'uint64', id: 4 },
                        auto_leave: { rule: 'required', type: 'bool', id: 5 }
                    }
                },
                ConfChangeType: {
                    edition: 'proto2',
                    values: {
                        ConfChangeAddNode: 0,
                        ConfChangeRemoveNode: 1,
                        ConfChangeUpdateNode: 2,
                        ConfChangeAddLearnerNode: 3
                    }
                },
                ConfChange: {
                    edition: 'proto2',
                    fields: {
                        id: { rule: 'required', type: 'uint64', id: 1 },
                        type: { rule: 'required', type: 'ConfChangeType', id: 2 },
                        node_id: { rule: 'required', type: 'uint64', id: 3 },
                        context: { type: 'bytes', id: 4 }
                    }
                }
            }
        },
        snappb: {
            nested: {
                snapshot: {
                    edition: 'proto2',
                    fields: {
                        crc: { rule: 'required', type: 'uint32', id: 1 },
                        data: { type: 'bytes', id: 2 }
                    }
                }
            }
        },
        walpb: {
            nested: {
                v37: {
                    nested: {
                        Snapshot: {
                            edition: 'proto2',
                            fields: {
                                index: { type: 'uint64', id: 1 },
                                term: { type: 'uint64', id: 2 },
                                conf_state: { type: 'raftpb.v37.ConfState', id: 3 }
                            }
                        }
                    }
                },
                Record: {
                    edition: 'proto2',
                    fields: {
                        type: { rule: 'required', type: 'int64', id: 1 },
                        crc: { rule: 'required', type: 'uint32', id: 2 },
                        data: { type: 'bytes', id: 3 }
                    }
                },
                Snapshot: {
                    edition: 'proto2',
                    fields: {
                        index: { rule: 'required', type: 'uint64', id: 1 },
                        term: { rule: 'required', type: 'uint64', id: 2 },
                        conf_state: { type: 'raftpb.ConfState', id: 3 }
                    }
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/lib/proto/load.ts
/**
 * One protobufjs Root holding every message of the .proto files of this folder, built once on
 * first use from their JSON descriptor (descriptor.generated.ts: protobufjs compiles them at
 * build time, so only its light build, without the .proto parser, is bundled).
 * Field names are exactly as written in the .proto files (keepCase): `Term`, `conf_state`, `NodeID`.
 * proto2 `required` fields make decode throw when they are absent: stricter than Go, on purpose.
 */



let root;
function loadRoot() {
    // Decoding uint64 without long.js silently rounds to a double; IDs need all 64 bits.
    if (!(light_default()).util.Long)
        throw new errors/* InvariantError */.zU('protobufjs has no long.js support');
    const r = light_default().Root.fromJSON(PROTO_DESCRIPTOR);
    r.resolveAll();
    return r;
}
/** The message type `fullName` (e.g. `raftpb.Entry`); an unknown name is a bug. */
function protoType(fullName) {
    root ??= loadRoot();
    const type = root.lookup(fullName);
    if (!(type instanceof (light_default()).Type))
        throw new errors/* InvariantError */.zU(`no protobuf message ${fullName}`);
    return type;
}


/***/ }),

/***/ 4693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ decompressError),
/* harmony export */   IR: () => (/* binding */ detectCompression),
/* harmony export */   TO: () => (/* binding */ openDecompressed),
/* harmony export */   kP: () => (/* binding */ MAGIC_BYTES)
/* harmony export */ });
/* unused harmony exports zstdSupported, createDecompressor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
/**
 * Compressed snapshots: `.db.gz` / `.db.zst` are recognised by their magic bytes (never by the
 * file name) and decompressed as a stream, so an 8 GB snapshot never sits in memory.
 */


/** gzip member header (RFC 1952: ID1 ID2). */
const GZIP_MAGIC = [0x1f, 0x8b];
/** zstd frame magic 0xFD2FB528, little-endian (RFC 8878 §3.1.1). */
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
/** Bytes `detectCompression` needs to decide. */
const MAGIC_BYTES = 4;
const startsWith = (head, magic) => head.length >= magic.length && magic.every((b, i) => head[i] === b);
/** The compression of a file from its first bytes; `none` for anything unrecognised. */
function detectCompression(head) {
    if (startsWith(head, GZIP_MAGIC))
        return 'gzip';
    if (startsWith(head, ZSTD_MAGIC))
        return 'zstd';
    return 'none';
}
/** node:zlib, loaded on first use: a plain snapshot never needs it (~3–7 ms to load). */
const zlib = () => process.getBuiltinModule('node:zlib');
/** zlib.createZstdDecompress exists from Node 22.15 / 23.8; the action runs on Node 24. */
function zstdFactory() {
    const factory = zlib().createZstdDecompress;
    return typeof factory === 'function' ? factory : undefined;
}
/** True when this Node can decompress zstd. */
function zstdSupported() {
    return zstdFactory() !== undefined;
}
/**
 * A transform that decompresses `compression`; `chunkSize` sets its output chunk size.
 * Throws SnapshotError for zstd on a Node without zstd support.
 */
function createDecompressor(compression, path, chunkSize) {
    if (compression === 'gzip')
        return zlib().createGunzip({ chunkSize });
    const factory = zstdFactory();
    if (!factory) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SnapshotError */ .JC(`${path} is zstd-compressed, and zstd snapshots need Node 24 (the action's runtime) or ` +
            `Node ≥ 22.15; this is Node ${process.versions.node}. Decompress it first (zstd -d) or use Node 24.`);
    }
    return factory({ chunkSize });
}
/**
 * The decompressed bytes of `path` as a stream, reading the file in `chunkSize` pieces. Stream
 * errors (corrupt or truncated data) are turned into SnapshotError naming the file.
 */
function openDecompressed(path, compression, chunkSize) {
    const decompressor = createDecompressor(compression, path, chunkSize);
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: chunkSize });
    file.on('error', (error) => decompressor.destroy(error));
    decompressor.on('close', () => file.destroy());
    file.pipe(decompressor);
    return { stream: decompressor, bytesRead: () => file.bytesRead };
}
/** A stream error as a one-line SnapshotError about `path`. */
function decompressError(error, path, compression) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SnapshotError */ .JC)
        return error;
    const e = error;
    if (typeof e?.code === 'string' &&
        (e.code.startsWith('Z_') ||
            e.code.startsWith('ZSTD_') ||
            e.code === 'ERR_ZLIB_INITIALIZATION_FAILED')) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SnapshotError */ .JC(`${path}: ${compression} data is corrupt or truncated (${e.message})`, {
            cause: error
        });
    }
    return error instanceof Error ? error : new Error(String(error));
}


/***/ }),

/***/ 2250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XA: () => (/* binding */ SPARSE_READS),
  pi: () => (/* binding */ estimateFree),
  jI: () => (/* binding */ mostlyFree),
  o7: () => (/* binding */ readOptionsFor)
});

// UNUSED EXPORTS: SPARSE_FREE_SHARE

// EXTERNAL MODULE: ./src/lib/bolt/db.ts
var db = __webpack_require__(5965);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/bolt/page.ts
var bolt_page = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(3574);
;// CONCATENATED MODULE: ./src/lib/bolt/compact/estimate.ts
/**
 * How many of a db's pages are free, estimated without a walk over its leaves: what a restore's
 * `auto` decides from, and how it chooses to read the file. Costs a few milliseconds on a 1 GB
 * snapshot: never a compaction, never a full walk.
 *
 * With a persisted freelist, its count is the answer (bbolt lists every page no tree reaches).
 * Without one (what etcd writes), every bucket's branch pages are read, and the leaves of the
 * root bucket (they name the buckets), but not the other leaves: the lowest branches name them.
 * A leaf spans its page plus its header's `overflow` pages (a value larger than a page: many
 * Kubernetes objects). Sorted by id, the page after a leaf's span is either the next page some
 * tree reaches or a free one, so the gap to the next known page start bounds each leaf's span:
 * a gap of one page is the span, exactly. Only the leaves with a longer gap are in doubt; their
 * page headers (16 bytes each) are read, all of them up to `maxHeaderReads`; past that, those
 * with gaps far longer than most, and a sample spread evenly over the others in id order, which
 * stands for all of them by its span-to-gap ratio (a first small sample, when it finds every
 * gap filled, as in a dense db: its gaps are its spans). A churned db's leaves are few.
 *
 * Leaves are not read for nested buckets: a bucket inside a bucket other than the root one (none
 * in an etcd db) is counted as free.
 */



/**
 * Leaf headers read at most, by default: 15–30 ms from the page cache on the shared VMs measured
 * (a read is a system call, 13–30 µs there), whatever the db's size.
 */
const MAX_HEADER_READS = 1024;
/** Leaf headers a first sampling pass reads (see estimateFreePages). */
const FIRST_SAMPLES = 128;
function estimateFreePages(db, options = {}) {
    const hwm = db.hwm;
    const result = (freePages, basis, pagesRead) => {
        const free = Math.min(hwm, Math.max(0, Math.round(freePages)));
        const freeShare = hwm > 0 ? free / hwm : 0;
        return { hwm, pageSize: db.pageSize, freePages: free, freeShare, basis, pagesRead };
    };
    if (db.meta.freelist !== null)
        return result(persistedFreeCount(db), 'freelist', 1);
    const trees = treeStarts(db);
    const doubt = leavesInDoubt(trees, hwm);
    const reads = Math.max(2, options.maxHeaderReads ?? MAX_HEADER_READS);
    const spans = new LeafSpans(db, doubt);
    if (doubt.n <= reads) {
        let reached = doubt.reached;
        for (let i = 0; i < doubt.n; i++)
            reached += spans.of(i);
        return result(hwm - reached, 'exact', trees.pagesRead + doubt.n);
    }
    const reached = doubt.reached + sampledSpans(doubt, spans, reads);
    return result(hwm - reached, 'sampled', trees.pagesRead + spans.headersRead);
}
/** A page's header, checked to be the page it should be. */
function pageHeader(db, id) {
    if (id < 2 || id >= db.hwm)
        throw new errors/* BoltFormatError */.Tb(`page id ${id} is outside [2, ${db.hwm})`, id);
    const position = id * db.pageSize;
    const bytes = db.source.readTransient?.(position, types/* PAGE_HEADER_SIZE */.ql) ??
        db.source.read(position, types/* PAGE_HEADER_SIZE */.ql);
    const h = (0,bolt_page/* decodePageHeader */.pM)(bytes);
    if (h.id !== id)
        throw new errors/* BoltFormatError */.Tb(`page header says id ${h.id}, expected ${id}`, id);
    return h;
}
/** The persisted freelist's count of free pages. */
function persistedFreeCount(db) {
    const h = pageHeader(db, db.meta.freelist);
    if (h.flags !== types/* PageFlag */.MR.freelist)
        throw new errors/* BoltFormatError */.Tb('the meta names a freelist page that is not one', h.id);
    if (h.count !== types/* FREELIST_COUNT_ESCAPE */.Dy)
        return h.count;
    return (0,bolt_page/* readU64Number */.tp)(db.source.read(h.id * db.pageSize + types/* PAGE_HEADER_SIZE */.ql, 8), 0);
}
/** Walks every bucket's branch pages (and the root bucket's leaves): where each tree's pages start. */
function treeStarts(db) {
    const t = {
        starts: [0, 2],
        spans: new Map([
            [0, 1],
            [1, 1]
        ]),
        pagesRead: 0
    };
    const known = (id, overflow) => {
        t.starts.push(id * 2);
        t.spans.set(id, overflow + 1);
    };
    /** Every bucket's tree at `root`; every leaf of a B+tree lies at the same depth. */
    const bucket = (root, nesting) => {
        // nesting 0 is the root bucket, 1 a top-level bucket (the checker's level 0)
        if (nesting > types/* MAX_BUCKET_NESTING */.XF) {
            throw new errors/* BoltFormatError */.Tb(`buckets nested deeper than ${types/* MAX_BUCKET_NESTING */.XF} levels`, root);
        }
        let leafDepth = 0;
        for (let id = root;; leafDepth++) {
            if (leafDepth >= types/* MAX_TREE_DEPTH */.is) {
                throw new errors/* BoltFormatError */.Tb(`bucket tree is deeper than ${types/* MAX_TREE_DEPTH */.is} levels`, root);
            }
            const page = db.page(id);
            t.pagesRead++;
            if ((0,bolt_page/* decodePageHeader */.pM)(page).flags !== types/* PageFlag */.MR.branch)
                break;
            id = (0,bolt_page/* branchElement */.Tu)(page, 0).pgid;
        }
        const visit = (id, depth) => {
            if (depth > leafDepth)
                throw new errors/* BoltFormatError */.Tb('tree deeper than its leftmost path', id);
            const page = db.page(id);
            t.pagesRead++;
            const h = (0,bolt_page/* decodePageHeader */.pM)(page);
            known(id, h.overflow);
            if (h.flags === types/* PageFlag */.MR.leaf) {
                for (let i = 0; i < h.count; i++) {
                    const e = (0,bolt_page/* leafElement */.DK)(page, i);
                    if ((e.flags & types/* BUCKET_LEAF_FLAG */.H2) === 0 || e.value.length < 8)
                        continue;
                    const sub = (0,bolt_page/* readU64Number */.tp)(e.value, 0);
                    if (sub > 0)
                        bucket(sub, nesting + 1);
                }
                return;
            }
            if (h.flags !== types/* PageFlag */.MR.branch)
                return;
            // the level above the leaves: a bucket's leaves are named, not read (the root bucket's
            // name the other buckets: read)
            const named = depth + 1 >= leafDepth && nesting > 0;
            for (let i = 0; i < h.count; i++) {
                const child = (0,bolt_page/* branchElement */.Tu)(page, i).pgid;
                if (named)
                    t.starts.push(child * 2 + 1);
                else
                    visit(child, depth + 1);
            }
        };
        visit(root, 0);
    };
    bucket(db.meta.root, 0);
    return t;
}
function leavesInDoubt(trees, hwm) {
    const sorted = Float64Array.from(trees.starts).sort();
    trees.starts.length = 0;
    const d = {
        reached: 0,
        ids: new Float64Array(sorted.length),
        gaps: new Float64Array(sorted.length),
        n: 0,
        pages: 0
    };
    for (let i = 0; i < sorted.length; i++) {
        const id = Math.floor(sorted[i] / 2);
        const next = i + 1 < sorted.length ? Math.floor(sorted[i + 1] / 2) : hwm;
        if (next === id)
            continue; // named twice: a corrupt tree, counted once
        if (sorted[i] % 2 === 0) {
            d.reached += trees.spans.get(id);
            continue;
        }
        const gap = next - id;
        if (gap <= 1) {
            d.reached += 1;
            continue;
        }
        d.ids[d.n] = id;
        d.gaps[d.n++] = gap;
        d.pages += gap;
    }
    return d;
}
/** The span of a leaf in doubt, from its header (read once). */
class LeafSpans {
    db;
    doubt;
    read = new Map();
    headersRead = 0;
    constructor(db, doubt) {
        this.db = db;
        this.doubt = doubt;
    }
    of(i) {
        let s = this.read.get(i);
        if (s === undefined) {
            s = Math.min(pageHeader(this.db, this.doubt.ids[i]).overflow + 1, this.doubt.gaps[i]);
            this.read.set(i, s);
            this.headersRead++;
        }
        return s;
    }
}
/**
 * Gaps far longer than most (a free run after a leaf: no sample's to guess) are read exactly,
 * up to a quarter of the reads, the longest first; the others are sampled evenly in id order
 * and stand for all of them by their span-to-gap ratio. A first pass of FIRST_SAMPLES that
 * finds no free page behind any leaf (a dense db) ends there; else the whole budget is read.
 * (Most: the median of an even sample of the gaps.) Returns the pages the leaves in doubt reach.
 */
function sampledSpans(doubt, spans, reads) {
    const { n, gaps } = doubt;
    const some = Float64Array.from({ length: reads }, (_, k) => gaps[Math.floor(((k + 0.5) * n) / reads)]).sort();
    const outlier = 8 * some[Math.floor(reads / 2)];
    let outliers = [];
    for (let i = 0; i < n; i++)
        if (gaps[i] > outlier)
            outliers.push(i);
    outliers = outliers.sort((a, b) => gaps[b] - gaps[a] || a - b).slice(0, Math.floor(reads / 4));
    const exact = new Set(outliers);
    let reached = 0;
    let restPages = doubt.pages;
    for (const i of outliers) {
        reached += spans.of(i);
        restPages -= gaps[i];
    }
    const restCount = n - exact.size;
    const sample = (count) => {
        let spanSum = 0;
        let gapSum = 0;
        const step = n / count;
        for (let k = 0; k < count; k++) {
            // evenly over all the leaves in doubt, the next one along when that one was read exactly
            let i = Math.floor((k + 0.5) * step);
            while (exact.has(i))
                i = (i + 1) % n;
            spanSum += spans.of(i);
            gapSum += gaps[i];
        }
        return { spans: spanSum, gaps: gapSum };
    };
    const budget = Math.max(1, Math.min(restCount, reads - outliers.length));
    let drawn = sample(Math.min(budget, FIRST_SAMPLES));
    if (drawn.spans !== drawn.gaps)
        drawn = sample(budget);
    return reached + (restPages * drawn.spans) / drawn.gaps;
}

// EXTERNAL MODULE: ./src/lib/io/page-file.ts + 2 modules
var page_file = __webpack_require__(2566);
;// CONCATENATED MODULE: ./src/lib/snapshot/read-options.ts
/**
 * How to read a snapshot's database where it lies. A dense file is walked about in file order:
 * 1 MiB chunks (FileByteFile's default) serve hundreds of pages each. A churned file's live pages
 * lie scattered through free ones, in no file order: a chunk then serves one page and is read
 * again and again (the strict check of a 250 MB churned snapshot: 0.36 s in 1 MiB chunks, 0.10 s
 * a page at a time, measured with an older checker).
 */



/**
 * One page per chunk, through a few reused buffers: larger chunks copy mostly free pages, and
 * touching fresh memory costs ~3.5 ms per MB on the VMs measured, more than reading a page again
 * from the page cache. A walk names each branch's children before it reads them (prefetch):
 * they are read in runs (read-ahead.ts). Measured, restore's compacting sweep (Node 24): a 165 MB
 * snapshot half free, its live pages about in key order, 0.52 s a page at a time → 0.41 s (1 MiB
 * chunks: 0.45–0.49 s); the 250 MB churned one, 0.25–0.29 s either way (1 MiB chunks: 0.7–0.86 s).
 */
const SPARSE_READS = {
    chunkSize: 4096,
    cacheBytes: 256 * 1024,
    readAhead: true
};
/** Free share from which a db file counts as sparse (the restore's `auto` compaction share). */
const SPARSE_FREE_SHARE = 0.2;
/**
 * The estimated free pages of the db in the first `dbSize` bytes of `path` (estimate.ts: branch
 * pages and some leaf headers, or the persisted freelist), or undefined when the file cannot be
 * read that way (the strict check then says why).
 */
function estimateFree(path, dbSize) {
    let file;
    try {
        file = page_file/* FileByteFile */.Ly.open(path, SPARSE_READS);
        return estimateFreePages(db/* BoltDb */.k.open((0,page_file/* limitByteSource */.FN)(file, dbSize)));
    }
    catch {
        return undefined;
    }
    finally {
        file?.close();
    }
}
/** Whether `estimate` (undefined: unknown) says at least `share` of the pages are free. */
function mostlyFree(estimate, share) {
    return estimate === undefined || estimate.freeShare >= share;
}
/** The reads that suit the db in the first `dbSize` bytes of `path` (see above). */
function readOptionsFor(path, dbSize) {
    return mostlyFree(estimateFree(path, dbSize), SPARSE_FREE_SHARE) ? SPARSE_READS : {};
}


/***/ }),

/***/ 5216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ copyAndVerify),
  H8: () => (/* binding */ databaseBytes),
  Fo: () => (/* binding */ hashSnapshot),
  ot: () => (/* binding */ readTrailer),
  eZ: () => (/* binding */ verifyInPlace)
});

// UNUSED EXPORTS: TRAILER_BYTES, hasTrailer

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/bolt/db.ts
var db = __webpack_require__(5965);
// EXTERNAL MODULE: ./src/lib/bolt/meta.ts + 1 modules
var bolt_meta = __webpack_require__(4908);
// EXTERNAL MODULE: ./src/lib/io/page-file.ts + 2 modules
var page_file = __webpack_require__(2566);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(3574);
;// CONCATENATED MODULE: ./src/lib/snapshot/classify.ts
/**
 * Tells apart what can be wrong with a copied snapshot, from its size, the trailer verdict and
 * the bbolt meta pages of the copy: a raw `member/snap/db` (no trailer), a truncated file, a
 * corrupt one, or something that is not a bbolt file at all. Each gets its own error class and
 * one line that names the sizes involved.
 */






/**
 * The newest valid meta, the way bbolt's db.meta() picks it, read without BoltDb's size checks
 * (so a truncated file still tells its size), and whether any meta page carries the bbolt magic.
 */
async function readMetas(path, size) {
    const fh = await (0,promises_.open)(path, 'r');
    try {
        const readAt = async (offset) => {
            if (offset + bolt_meta/* META_SIZE */.i6 > size)
                return undefined;
            const buf = new Uint8Array(bolt_meta/* META_SIZE */.i6);
            const { bytesRead } = await fh.read(buf, 0, bolt_meta/* META_SIZE */.i6, offset);
            return bytesRead === bolt_meta/* META_SIZE */.i6 ? buf : undefined;
        };
        let magicSeen = false;
        const valid = [];
        const consider = (page) => {
            if (!page)
                return undefined;
            if (new DataView(page.buffer).getUint32(types/* META_OFFSET */.Ei, true) === types/* MAGIC */.mS)
                magicSeen = true;
            if ((0,bolt_meta/* metaProblem */.zo)(page) !== null)
                return undefined;
            const meta = (0,bolt_meta/* decodeMeta */.ks)(page);
            valid.push(meta);
            return meta;
        };
        const meta0 = consider(await readAt(0));
        // Meta 1 sits one page further; without a valid meta 0, try every page size bbolt allows.
        const sizes = [];
        if (meta0)
            sizes.push(meta0.pageSize);
        else
            for (let ps = types/* MIN_PAGE_SIZE */.RA; ps <= types/* MAX_PAGE_SIZE */.H4; ps *= 2)
                sizes.push(ps);
        for (const ps of sizes) {
            const meta1 = consider(await readAt(ps));
            if (meta1 && meta1.pageSize === ps)
                break;
            if (meta1)
                valid.pop();
        }
        valid.sort((a, b) => (a.txid > b.txid ? -1 : a.txid < b.txid ? 1 : 0));
        return { meta: valid[0], magicSeen };
    }
    finally {
        await fh.close();
    }
}
/** BoltDb.open on the copy: the same acceptance rules every later step applies. */
function openBolt(path) {
    const file = page_file/* FileByteFile */.Ly.open(path);
    try {
        return { db: db/* BoltDb */.k.open(file) };
    }
    catch (error) {
        return { error };
    }
    finally {
        file.close();
    }
}
/**
 * Checks a finished copy at `path` (already without trailer). Returns its geometry, or throws the
 * one error that best explains what is wrong.
 */
async function classifyCopy(path, facts) {
    const { what, total, dbSize } = facts;
    if (dbSize < bolt_meta/* META_SIZE */.i6) {
        throw new errors/* SnapshotError */.JC(`${what} is only ${total} bytes: too small to be an etcd snapshot (not a bbolt database)`);
    }
    const { db, error } = openBolt(path);
    if (!db && !(error instanceof errors/* TruncatedSnapshotError */.rz)) {
        if (!(error instanceof errors/* SnapshotError */.JC))
            throw error;
        const { magicSeen } = await readMetas(path, dbSize);
        if (magicSeen && facts.hashMatches === false)
            throw mismatch(facts);
        throw new errors/* SnapshotError */.JC(magicSeen
            ? `${what} is not a usable etcd snapshot: ${error.message}`
            : `${what} is not an etcd snapshot: ${error.message}`, { cause: error });
    }
    const meta = db?.meta ?? (await readMetas(path, dbSize)).meta;
    if (!meta)
        throw error;
    const boltSize = meta.hwm * meta.pageSize;
    if (dbSize < boltSize) {
        const trailerNote = facts.trailer ? ' after removing a 32-byte trailer' : '';
        throw new errors/* TruncatedSnapshotError */.rz(`${what} is truncated: the database is ${dbSize} bytes${trailerNote} but its meta (txid ` +
            `${meta.txid}) says ${meta.hwm} pages × ${meta.pageSize} = ${boltSize} bytes`);
    }
    if (facts.hashMatches === false)
        throw mismatch(facts);
    if (!facts.trailer && !facts.skipHashCheck) {
        const rest = total % 512;
        throw new errors/* MissingHashError */.td(rest === 0
            ? `${what} has no sha256 trailer (${total} bytes, a multiple of 512): it looks like a raw ` +
                `member/snap/db copy; restore it with --skip-hash-check`
            : `${what} has no sha256 trailer (${total} bytes, size % 512 = ${rest}, a snapshot has 32); ` +
                `restore it with --skip-hash-check only if you trust it`);
    }
    return { pageSize: meta.pageSize, boltSize, meta };
}
function mismatch(facts) {
    return new errors/* HashMismatchError */.VM(`${facts.what}: sha256 mismatch: trailer ${facts.trailerHex} file ${facts.sha256Hex} — the snapshot is corrupt`);
}

// EXTERNAL MODULE: ./src/lib/snapshot/hash-worker.ts
var hash_worker = __webpack_require__(3085);
// EXTERNAL MODULE: ./src/lib/member-dir/write.ts
var write = __webpack_require__(8507);
// EXTERNAL MODULE: ./src/lib/snapshot/decompress.ts
var decompress = __webpack_require__(4693);
;// CONCATENATED MODULE: ./src/lib/snapshot/verify.ts
/**
 * Copies a snapshot to a staging path in one streaming pass (decompressing if needed), computing
 * the sha256 of the database bytes on the way and never writing the 32-byte trailer. etcd's rule
 * (format doc §5.1, `hasChecksum`): the file has a trailer iff its (decompressed) size % 512 == 32.
 * Then the copy's bbolt meta tells a raw db copy, a truncated file and a corrupt one apart.
 */









/** sha256.Size: the trailer `etcdctl snapshot save` appends. */
const TRAILER_BYTES = 32;
/** A trailer is present iff size % 512 == 32 (a bbolt file is a whole number of ≥512-byte pages). */
const TRAILER_ALIGNMENT = 512;
/** Whether a snapshot file of `fileSize` bytes ends with a sha256 trailer (the rule above). */
function hasTrailer(fileSize) {
    return fileSize % TRAILER_ALIGNMENT === TRAILER_BYTES;
}
/** The database bytes of a snapshot file of `fileSize` bytes: all but its trailer, if any. */
function databaseBytes(fileSize) {
    return hasTrailer(fileSize) ? fileSize - TRAILER_BYTES : fileSize;
}
/**
 * 1 MiB reads and writes: large enough for disk throughput. The buffers stay allocated until a
 * full GC, beside the strict sweep that follows (4 MiB: 24 MB; a 4 M-key restore --inventory on
 * Node 24: 151 → 149 MB peak).
 */
const CHUNK_BYTES = 1024 * 1024;
/** zlib's output chunk: measured on Node 24, 1 MiB decompresses ~2× faster than 64 KiB or 4 MiB. */
const DECOMPRESS_CHUNK_BYTES = 1024 * 1024;
/**
 * The in-place hash worker's reads: measured on a 250 MB file, 256 KiB-1 MiB hash ~10% faster
 * than 4 MiB (the buffer stays in the core's cache, and a fresh thread touches less new memory);
 * 256 KiB by a few ms beside a restore's work.
 */
const HASH_CHUNK_BYTES = 256 * 1024;
/** An fs error on the source as a one-line SnapshotError naming the file. */
function sourceError(error, path) {
    const code = error?.code;
    if (code === 'ENOENT')
        return new errors/* SnapshotError */.JC(`snapshot ${path} does not exist`, { cause: error });
    if (code === 'EACCES' || code === 'EPERM') {
        return new errors/* SnapshotError */.JC(`snapshot ${path} is not readable (permission denied)`, {
            cause: error
        });
    }
    if (code === 'EISDIR')
        return new errors/* SnapshotError */.JC(`snapshot ${path} is a directory, not a file`);
    if (typeof code === 'string') {
        return new errors/* SnapshotError */.JC(`cannot read snapshot ${path}: ${error.message}`, {
            cause: error
        });
    }
    return error instanceof Error ? error : new Error(String(error));
}
/**
 * The source's stat, refusing what is not a non-empty regular file. Synchronous: one stat call,
 * and verifyInPlace must start its worker before it first waits.
 */
function statSource(path) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(path);
    }
    catch (error) {
        throw sourceError(error, path);
    }
    if (st.isDirectory())
        throw new errors/* SnapshotError */.JC(`snapshot ${path} is a directory, not a file`);
    if (!st.isFile())
        throw new errors/* SnapshotError */.JC(`snapshot ${path} is not a regular file`);
    if (st.size === 0)
        throw new errors/* SnapshotError */.JC(`snapshot ${path} is empty (0 bytes)`);
    return st;
}
/** Refuses a destination that is the source itself: opening it for writing would wipe the snapshot. */
async function assertDistinct(src, destPath) {
    const dest = await (0,promises_.stat)(destPath).catch(() => undefined);
    if (dest && dest.dev === src.dev && dest.ino === src.ino) {
        throw new errors/* TargetError */.I0(`staging file ${destPath} is the snapshot itself; refusing to overwrite it`);
    }
}
/** Positional writes in flight at once: reading, hashing and writing overlap. */
const MAX_IN_FLIGHT = 4;
/**
 * Writes everything it is given except the last 32 bytes seen so far, hashing what it writes;
 * the held-back bytes become the trailer or are written at the end. Up to MAX_IN_FLIGHT writes
 * run while the caller reads and hashes the next chunks.
 */
class HoldBackSink {
    out;
    path;
    writebackEvery;
    tail = new Uint8Array(0);
    position = 0;
    inflight = [];
    hash = (0,external_node_crypto_.createHash)('sha256');
    total = 0;
    /** The background fdatasync in flight (see VerifyOptions.writebackEvery), settling to its error. */
    writeback = null;
    sinceWriteback = 0;
    constructor(out, path, writebackEvery = 0) {
        this.out = out;
        this.path = path;
        this.writebackEvery = writebackEvery;
    }
    /** `chunk` must stay untouched until MAX_IN_FLIGHT further pushes have returned. */
    async push(chunk) {
        this.total += chunk.length;
        let pieces;
        if (chunk.length >= TRAILER_BYTES) {
            pieces = [this.tail, chunk.subarray(0, chunk.length - TRAILER_BYTES)];
            // A copy: the caller reuses `chunk` (Buffer#slice would only be a view).
            this.tail = new Uint8Array(chunk.subarray(chunk.length - TRAILER_BYTES));
        }
        else {
            const joined = new Uint8Array(this.tail.length + chunk.length);
            joined.set(this.tail);
            joined.set(chunk, this.tail.length);
            const keep = Math.min(TRAILER_BYTES, joined.length);
            pieces = [joined.subarray(0, joined.length - keep)];
            this.tail = joined.slice(joined.length - keep);
        }
        pieces = pieces.filter((p) => p.length > 0);
        for (const p of pieces)
            this.hash.update(p);
        const bytes = pieces.reduce((n, p) => n + p.length, 0);
        if (bytes === 0)
            return;
        if (this.inflight.length >= MAX_IN_FLIGHT)
            await this.inflight.shift();
        const at = this.position;
        this.startWriteback(bytes);
        const write = writeFully(this.out, pieces, at).catch((error) => {
            if ((0,errors/* isNoSpace */.YV)(error))
                throw (0,errors/* diskFull */.xg)(error, this.path);
            throw new errors/* TargetError */.I0(`cannot write ${this.path} at byte ${at}: ${error.message}`, {
                cause: error
            });
        });
        write.catch(() => undefined); // awaited later; this only marks it handled
        this.inflight.push(write);
        this.position += bytes;
    }
    startWriteback(bytes) {
        this.sinceWriteback += bytes;
        if (this.writebackEvery <= 0 || this.sinceWriteback < this.writebackEvery)
            return;
        if (this.writeback !== null)
            return;
        this.sinceWriteback = 0;
        const started = this.out.datasync().then(() => {
            if (this.writeback === started)
                this.writeback = null;
            return undefined;
        }, (error) => error // kept: finish() reports it
        );
        this.writeback = started;
    }
    /** Flushes; returns the trailer when the size rule says there is one. */
    async finish() {
        while (this.inflight.length > 0)
            await this.inflight.shift();
        const failed = await this.writeback;
        if (failed !== undefined && failed !== null)
            throw failed;
        if (hasTrailer(this.total))
            return this.tail;
        if (this.tail.length > 0) {
            this.hash.update(this.tail);
            await writeFully(this.out, [this.tail], this.position);
            this.position += this.tail.length;
        }
        return undefined;
    }
    /** Waits for the writes in flight, ignoring their outcome (error path). */
    async settle() {
        await Promise.allSettled(this.inflight);
        await this.writeback;
        this.inflight = [];
    }
    get written() {
        return this.position;
    }
}
/**
 * writev, then plain writes for whatever a short write left (a full disk returns a short count
 * first, and ENOSPC only on the next call): a silently short copy would be blamed on the snapshot.
 */
async function writeFully(out, pieces, at) {
    const { bytesWritten } = await out.writev(pieces, at);
    const total = pieces.reduce((n, p) => n + p.length, 0);
    if (bytesWritten === total)
        return;
    const rest = Buffer.concat(pieces).subarray(bytesWritten);
    for (let done = 0; done < rest.length;) {
        const { bytesWritten: n } = await out.write(rest, done, rest.length - done, at + bytesWritten + done);
        if (n <= 0)
            throw new Error(`short write: ${bytesWritten + done} of ${total} bytes`);
        done += n;
    }
}
/** Copies an uncompressed source with positional reads into rotating buffers. */
async function copyRaw(src, size, sink, path, onProgress) {
    // One buffer per write in flight, one being hashed, one being read.
    const buffers = Array.from({ length: MAX_IN_FLIGHT + 2 }, () => Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size)));
    let position = 0;
    for (let i = 0; position < size; i++) {
        const buffer = buffers[i % buffers.length];
        const want = Math.min(buffer.length, size - position);
        const { bytesRead } = await src.read(buffer, 0, want, position);
        if (bytesRead === 0)
            throw new errors/* SnapshotError */.JC(`snapshot ${path} shrank while it was being read`);
        position += bytesRead;
        await sink.push(buffer.subarray(0, bytesRead));
        onProgress?.(position);
    }
}
async function copyDecompressed(path, compression, sink, onProgress) {
    const { stream, bytesRead } = (0,decompress/* openDecompressed */.TO)(path, compression, DECOMPRESS_CHUNK_BYTES);
    const head = new Uint8Array(BOLT_MAGIC_END);
    let headBytes = 0;
    try {
        for await (const chunk of stream) {
            if (headBytes < BOLT_MAGIC_END) {
                // Look at the first page before writing more: a compressed file of zeros (a "bomb")
                // would otherwise fill the disk before the structural check could refuse it.
                const piece = chunk.subarray(0, BOLT_MAGIC_END - headBytes);
                head.set(piece, headBytes);
                headBytes += piece.length;
                if (headBytes === BOLT_MAGIC_END && !hasBoltMagic(head)) {
                    throw new errors/* SnapshotError */.JC(`${path}: ${compression} data is not an etcd snapshot: its first page has no bbolt magic (refused before decompressing further)`);
                }
            }
            await sink.push(chunk);
            onProgress?.(bytesRead());
        }
    }
    catch (error) {
        throw (0,decompress/* decompressError */.CG)(error, path, compression);
    }
    finally {
        stream.destroy();
    }
}
/** The meta's magic sits at bytes 16..19 of page 0 (bbolt-format §2.1). */
const BOLT_MAGIC_END = 20;
function hasBoltMagic(head) {
    return new DataView(head.buffer, head.byteOffset, 20).getUint32(16, true) === types/* MAGIC */.mS;
}
/** Runs a step on the staging file; an fs error there is the target's problem, not the snapshot's. */
async function destIo(destPath, step) {
    try {
        return await step();
    }
    catch (error) {
        if (error instanceof errors/* RestoreError */.DZ)
            throw error;
        if ((0,errors/* isNoSpace */.YV)(error))
            throw (0,errors/* diskFull */.xg)(error, destPath);
        throw new errors/* TargetError */.I0(`cannot write ${destPath}: ${error.message}`, { cause: error });
    }
}
function sameBytes(a, b) {
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}
/**
 * Copies the snapshot `srcPath` to `destPath` (created 0600, fsynced unless `opts.fsync` is false) without its trailer, and
 * checks it (format doc §5.1 plus the bbolt meta). Throws MissingHashError, TruncatedSnapshotError,
 * HashMismatchError or SnapshotError; on any error `destPath` is removed. `srcPath` is only read.
 */
async function copyAndVerify(srcPath, destPath, opts) {
    opts.digest?.catch(() => undefined); // awaited below (if used); this only marks it handled
    const srcStat = statSource(srcPath);
    await assertDistinct(srcStat, destPath);
    let src;
    let out;
    let sink;
    try {
        src = await (0,promises_.open)(srcPath, 'r').catch((error) => {
            throw sourceError(error, srcPath);
        });
        const head = Buffer.alloc(decompress/* MAGIC_BYTES */.kP);
        await src.read(head, 0, decompress/* MAGIC_BYTES */.kP, 0);
        const compression = (0,decompress/* detectCompression */.IR)(head);
        const digest = compression === 'none' ? opts.digest : undefined;
        if (digest !== undefined) {
            await src.close();
            src = undefined;
            return await copyPlainInKernel(srcPath, destPath, srcStat.size, digest, opts);
        }
        out = await (0,promises_.open)(destPath, 'w', 0o600).catch((error) => {
            if ((0,errors/* isNoSpace */.YV)(error))
                throw (0,errors/* diskFull */.xg)(error, destPath);
            throw new errors/* TargetError */.I0(`cannot create ${destPath}: ${error.message}`, {
                cause: error
            });
        });
        await out.chmod(0o600);
        sink = new HoldBackSink(out, destPath, opts.writebackEvery);
        try {
            if (compression === 'none')
                await copyRaw(src, srcStat.size, sink, srcPath, opts.onProgress);
            else
                await copyDecompressed(srcPath, compression, sink, opts.onProgress);
        }
        catch (error) {
            throw sourceError(error, srcPath);
        }
        const trailer = await destIo(destPath, async () => {
            const t = await sink.finish();
            if (opts.fsync !== false)
                await out.sync();
            await out.close();
            return t;
        });
        out = undefined;
        const total = sink.total;
        const dbSize = sink.written;
        const sha256 = sink.hash.digest();
        const what = compression === 'none' ? srcPath : `${srcPath} (${compression}, ${total} bytes decompressed)`;
        return await verdict(destPath, {
            what,
            fileSize: srcStat.size,
            compression,
            total,
            dbSize,
            trailer,
            sha256,
            skipHashCheck: opts.skipHashCheck
        });
    }
    catch (error) {
        await sink?.settle();
        await out?.close().catch(() => undefined);
        await (0,promises_.rm)(destPath, { force: true }).catch(() => undefined);
        throw error;
    }
    finally {
        await src?.close().catch(() => undefined);
    }
}
/**
 * copyAndVerify for a plain file whose hash comes from elsewhere (`digest`): nothing needs to pass
 * through this thread, so the kernel copies it (a reflink where the file system can, else
 * copy_file_range, in the thread pool, as the restore copies its other members), the copy is cut
 * to the database bytes and the trailer read from the source. A source that is not `total` bytes
 * long any more changed while it was read.
 */
async function copyPlainInKernel(srcPath, destPath, total, digest, opts) {
    const dbSize = databaseBytes(total);
    await destIo(destPath, () => (0,promises_.copyFile)(srcPath, destPath, external_node_fs_.constants.COPYFILE_FICLONE));
    const copied = (await (0,promises_.stat)(destPath)).size;
    if (copied !== total)
        throw new errors/* SnapshotError */.JC(`snapshot ${srcPath} changed while it was being read`);
    // 0600 (copyFile gives it the source's mode) and cut to the database bytes
    const change = { mode: 0o600, size: dbSize };
    await destIo(destPath, async () => {
        if (opts.fsync !== false)
            return await (0,write/* syncFile */.gD)(destPath, change);
        await (0,promises_.chmod)(destPath, change.mode);
        await (0,promises_.truncate)(destPath, change.size);
    });
    opts.onProgress?.(total);
    const trailer = hasTrailer(total) ? readTrailer(srcPath, total) : undefined;
    return await verdict(destPath, {
        what: srcPath,
        fileSize: total,
        compression: 'none',
        total,
        dbSize,
        trailer,
        sha256: await digest,
        skipHashCheck: opts.skipHashCheck
    });
}
/**
 * copyAndVerify's checks for a plain (uncompressed) snapshot read where it lies, without a copy:
 * the trailer rule and sha256 of the database bytes, then the file's bbolt meta (classifyCopy).
 * For a restore that writes a new database from the snapshot instead of copying it. The hash runs
 * in a worker thread that is started before this returns, so whatever the caller does next on
 * the main thread (synchronous checks, the compaction) overlaps it. `signal` stops the worker
 * (the promise then rejects with the signal's reason). `stamp`: the file's, as the caller saw it
 * (source-identity.ts), so a prewarmed worker's early digest of it can stand (hash-worker.ts).
 */
function verifyInPlace(srcPath, opts) {
    let total;
    let trailer;
    try {
        total = statSource(srcPath).size;
        // read now: once the hash arrives, the verdict is synchronous (no thread-pool round trips)
        if (hasTrailer(total))
            trailer = readTrailer(srcPath, total);
    }
    catch (error) {
        return Promise.reject(sourceError(error, srcPath));
    }
    const dbSize = trailer === undefined ? total : total - TRAILER_BYTES;
    const hashing = hashSnapshot(srcPath, dbSize, opts.signal, opts.stamp);
    return finishInPlace(srcPath, total, dbSize, trailer, hashing, opts.skipHashCheck);
}
/** The last TRAILER_BYTES of the snapshot file at `path`, `total` bytes long. */
function readTrailer(path, total) {
    const trailer = Buffer.alloc(TRAILER_BYTES);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        if ((0,external_node_fs_.readSync)(fd, trailer, 0, TRAILER_BYTES, total - TRAILER_BYTES) !== TRAILER_BYTES) {
            throw new errors/* SnapshotError */.JC(`snapshot ${path} shrank while it was being read`);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return trailer;
}
async function finishInPlace(srcPath, total, dbSize, trailer, hashing, skipHashCheck) {
    try {
        const sha256 = await hashing;
        return await verdict(srcPath, {
            what: srcPath,
            fileSize: total,
            compression: 'none',
            total,
            dbSize,
            trailer,
            sha256,
            skipHashCheck
        });
    }
    catch (error) {
        throw sourceError(error, srcPath);
    }
}
/**
 * The end of both verifying passes: the trailer rule and hash verdict, then the bbolt meta of the
 * database at `dbPath` (classifyCopy throws the one distinct error for a raw copy, a truncated or
 * a corrupt file), as a VerifiedCopy.
 */
async function verdict(dbPath, read) {
    const { trailer, sha256, skipHashCheck } = read;
    const meta = await classifyCopy(dbPath, {
        what: read.what,
        total: read.total,
        dbSize: read.dbSize,
        trailer: trailer !== undefined,
        hashMatches: trailer === undefined || skipHashCheck ? undefined : sameBytes(trailer, sha256),
        skipHashCheck,
        trailerHex: trailer ? Buffer.from(trailer).toString('hex') : undefined,
        sha256Hex: sha256.toString('hex')
    });
    return {
        fileSize: read.fileSize,
        compression: read.compression,
        dbSize: read.dbSize,
        sha256: sha256.toString('hex'),
        ...(trailer ? { trailer: Buffer.from(trailer).toString('hex') } : {}),
        hash: trailer === undefined ? 'absent' : skipHashCheck ? 'skipped' : 'verified',
        pageSize: meta.pageSize,
        boltSize: meta.boltSize
    };
}
/**
 * sha256 of the first `length` bytes of the snapshot at `path`, in a worker thread (hashInWorker),
 * its failures as the snapshot's (an abort passes through as it is).
 */
async function hashSnapshot(path, length, signal, stamp) {
    try {
        return await (0,hash_worker/* hashInWorker */.mC)(path, length, HASH_CHUNK_BYTES, signal, stamp);
    }
    catch (error) {
        if (signal?.aborted && error === signal.reason)
            throw error;
        throw new errors/* SnapshotError */.JC(`cannot read snapshot ${path}: ${error.message}`, {
            cause: error
        });
    }
}


/***/ }),

/***/ 4726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ crc32cUpdate),
/* harmony export */   Ey: () => (/* binding */ crc32cCombine),
/* harmony export */   dc: () => (/* binding */ crc32c)
/* harmony export */ });
/**
 * CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) in Go's `crc32.Update(prev, table, data)`
 * convention: `crc32cUpdate(crc32cUpdate(0, a), b) === crc32c(a ‖ b)`. etcd chains WAL record CRCs
 * and checks `.snap` payloads with it; HashKV hashes every key entry of a db, hence slicing-by-16.
 */
const POLY = 0x82f63b78;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/**
 * TABLE[256·k + b]: the CRC of byte b followed by k zero bytes, k < 16 (slicing-by-16, one flat
 * array: measured ~25% faster than slicing-by-8 over 1.5 kB values, warm and cold).
 */
const TABLE = buildTable();
function buildTable() {
    const table = new Uint32Array(16 * 256);
    for (let b = 0; b < 256; b++) {
        let c = b;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
        table[b] = c >>> 0;
    }
    for (let k = 1; k < 16; k++) {
        for (let b = 0; b < 256; b++) {
            const prev = table[256 * (k - 1) + b];
            table[256 * k + b] = ((prev >>> 8) ^ table[prev & 0xff]) >>> 0;
        }
    }
    return table;
}
/** Go `crc32.Update(prev, castagnoliTable, bytes)`; returns an unsigned 32-bit number. */
function crc32cUpdate(prev, bytes) {
    const t = TABLE;
    let crc = ~prev >>> 0;
    const n = bytes.length;
    let i = 0;
    // Align to 4 bytes, then read four little-endian words per step through a Uint32Array view.
    while (i < n && ((bytes.byteOffset + i) & 3) !== 0)
        crc = t[(crc ^ bytes[i++]) & 0xff] ^ (crc >>> 8);
    const words = LITTLE_ENDIAN ? Math.floor((n - i) / 16) * 4 : 0;
    if (words > 0) {
        const view = wordsOf(bytes.buffer);
        const first = (bytes.byteOffset + i) >>> 2;
        for (let w = first; w < first + words; w += 4) {
            const a = crc ^ view[w];
            const b = view[w + 1];
            const c = view[w + 2];
            const d = view[w + 3];
            crc =
                t[3840 + (a & 0xff)] ^
                    t[3584 + ((a >>> 8) & 0xff)] ^
                    t[3328 + ((a >>> 16) & 0xff)] ^
                    t[3072 + (a >>> 24)] ^
                    t[2816 + (b & 0xff)] ^
                    t[2560 + ((b >>> 8) & 0xff)] ^
                    t[2304 + ((b >>> 16) & 0xff)] ^
                    t[2048 + (b >>> 24)] ^
                    t[1792 + (c & 0xff)] ^
                    t[1536 + ((c >>> 8) & 0xff)] ^
                    t[1280 + ((c >>> 16) & 0xff)] ^
                    t[1024 + (c >>> 24)] ^
                    t[768 + (d & 0xff)] ^
                    t[512 + ((d >>> 8) & 0xff)] ^
                    t[256 + ((d >>> 16) & 0xff)] ^
                    t[d >>> 24];
        }
        i += words * 4;
    }
    while (i < n)
        crc = t[(crc ^ bytes[i++]) & 0xff] ^ (crc >>> 8);
    return ~crc >>> 0;
}
/**
 * A word view of the buffer hashed last: values come as views of a few reused page buffers, and
 * a view per call was ~4 MB of a churned restore's ~50 MB of allocation (one buffer stays
 * referenced here).
 */
let wordsBuffer = null;
let wordsView = new Uint32Array(0);
function wordsOf(buffer) {
    if (buffer !== wordsBuffer || wordsView.length !== buffer.byteLength >>> 2) {
        wordsBuffer = buffer;
        wordsView = new Uint32Array(buffer, 0, buffer.byteLength >>> 2);
    }
    return wordsView;
}
/** CRC-32C of `bytes` from a zero start (Go `crc32.Checksum(bytes, castagnoliTable)`). */
function crc32c(bytes) {
    return crc32cUpdate(0, bytes);
}
/**
 * Polynomial product a·b modulo the CRC polynomial, in the reflected bit order the CRC uses
 * (bit 31 is x^0). The building block of crc32cCombine.
 */
function multiplyModPoly(a, b) {
    let product = 0;
    for (let bit = 0x8000_0000; bit !== 0; bit >>>= 1) {
        if ((a & bit) !== 0) {
            product ^= b;
            if ((a & (bit - 1)) === 0)
                break;
        }
        b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
    }
    return product >>> 0;
}
/** X_POW_2N[k] = x^(2^k) modulo the polynomial (reflected): what 2^k zero bits multiply by. */
const X_POW_2N = (() => {
    const table = new Uint32Array(64);
    let p = 0x4000_0000; // x^1
    for (let k = 0; k < 64; k++) {
        table[k] = p;
        p = multiplyModPoly(p, p);
    }
    return table;
})();
/**
 * CRC-32C of `a ‖ b` from crc32c(a), crc32c(b) and b's length, without the bytes: appending b
 * multiplies a's register by x^(8·len) (mod the polynomial) and adds b's. HashKV uses it to
 * hash entries whose inclusion is only known after later ones were read.
 */
function crc32cCombine(crcA, crcB, lengthB) {
    if (!Number.isSafeInteger(lengthB) || lengthB < 0) {
        throw new RangeError(`crc32cCombine: length ${lengthB} is not a byte count`);
    }
    return (multiplyModPoly(shiftFor(lengthB), crcA) ^ crcB) >>> 0;
}
/** x^(8·length) by length, for the lengths seen last: entries of a db repeat their sizes. */
const SHIFTS = new Map();
const MAX_SHIFTS = 4096;
function shiftFor(length) {
    let shift = SHIFTS.get(length);
    if (shift !== undefined)
        return shift;
    // the set bits of length, each a power of two of bits (k + 3: 8 = 2^3)
    shift = 0x8000_0000; // x^0
    for (let n = length, k = 3; n > 0; n = Math.floor(n / 2), k++) {
        if (n % 2 === 1)
            shift = multiplyModPoly(X_POW_2N[k], shift);
    }
    if (SHIFTS.size >= MAX_SHIFTS)
        SHIFTS.clear();
    SHIFTS.set(length, shift);
    return shift;
}


/***/ })

};
