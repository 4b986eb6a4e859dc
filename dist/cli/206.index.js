export const id = 206;
export const ids = [206];
export const modules = {

/***/ 7206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  statusCommand: () => (/* binding */ statusCommand)
});

// EXTERNAL MODULE: ./src/lib/snapshot/inspect.ts
var inspect = __webpack_require__(6540);
// EXTERNAL MODULE: ./src/lib/backend/status.ts
var backend_status = __webpack_require__(1100);
// EXTERNAL MODULE: ./src/lib/backend/hashkv.ts
var hashkv = __webpack_require__(4339);
// EXTERNAL MODULE: ./src/lib/backend/hashkv-stream.ts + 1 modules
var hashkv_stream = __webpack_require__(1940);
// EXTERNAL MODULE: ./src/lib/inventory/inventory.ts + 6 modules
var inventory = __webpack_require__(8003);
// EXTERNAL MODULE: ./src/lib/bolt/compact/compact.ts
var compact = __webpack_require__(4088);
// EXTERNAL MODULE: ./src/lib/restore/db.ts
var restore_db = __webpack_require__(8866);
// EXTERNAL MODULE: ./src/lib/format.ts
var format = __webpack_require__(432);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/etcd-table.ts
var etcd_table = __webpack_require__(3563);
// EXTERNAL MODULE: ./src/cli/render.ts
var render = __webpack_require__(4984);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/backend/status-compat.ts

const ETCD_COMPATS = ['3.4', '3.5', '3.6', '3.7'];
/** True when the tool counts live user keys (status must then track every key). */
function countsUserKeys(compat) {
    return compat === '3.6' || compat === '3.7';
}
function compatStatus(status, compat) {
    const { hash, revision, totalKey, totalSize } = status;
    if (!countsUserKeys(compat))
        return { hash, revision, totalKey, totalSize };
    if (status.liveKeys === undefined) {
        throw new errors/* InvariantError */.zU('live keys were not tracked: call snapshotStatus with maxTrackedKeys Infinity');
    }
    return {
        hash,
        revision,
        totalKey: status.liveKeys,
        totalSize,
        version: semver(status.storageVersion)
    };
}
/** go-semver's `NewVersion(v).String()` for the versions etcd writes; "" where it would fail. */
function semver(value) {
    const match = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(value ?? '');
    return match ? match[0] : '';
}

;// CONCATENATED MODULE: ./src/cli/commands/status.ts













const status_flags = [
    {
        name: 'write-out',
        short: 'w',
        kind: 'string',
        help: 'output format: simple, table or json',
        defaultText: 'simple'
    },
    {
        name: 'etcd-compat',
        kind: 'string',
        help: `whose hash, revision, totalKey, totalSize (and version) to print: ${ETCD_COMPATS.join(', ')} (3.4/3.5: totalKey counts every bucket entry; 3.6/3.7: live user keys, plus the storage version)`,
        defaultText: '3.5'
    }
];
const help = `Gets the status of a snapshot file: etcdctl's hash, revision, total keys and total size,
plus compaction, leases, auth, versions, the sha256 trailer verdict and the offline hashkv.

Usage:
  etcd-restore snapshot status <filename> [-w simple|table|json] [--etcd-compat 3.4|3.5|3.6|3.7]

Flags:
${(0,flags/* flagHelp */.QR)(status_flags)}
`;
const statusCommand = {
    async run(argv) {
        const parsed = (0,flags/* parseFlags */.bQ)(argv, status_flags);
        if (parsed.help) {
            process.stdout.write(help);
            return 0;
        }
        const format = (0,flags/* writeOut */.sD)(parsed, ['simple', 'table', 'json']);
        const compat = etcdCompat(parsed.strings.get('etcd-compat'));
        const path = (0,flags/* snapshotArgument */.g2)(parsed, 'snapshot status');
        const read = await readStatus(path, format === 'json', compat);
        const etcdctl = compatStatus(read.status, compat);
        if (format === 'json') {
            process.stdout.write(`${JSON.stringify(statusJson(etcdctl, read))}\n`);
            return 0;
        }
        const cells = [
            read.status.hash.toString(16),
            `${etcdctl.revision}`,
            `${etcdctl.totalKey}`,
            (0,etcd_table/* humanizeBytes */.n)(etcdctl.totalSize)
        ];
        if (etcdctl.version !== undefined)
            cells.push(etcdctl.version);
        if (format === 'simple') {
            process.stdout.write(`${cells.join(', ')}\n`);
            return 0;
        }
        const header = ['HASH', 'REVISION', 'TOTAL KEYS', 'TOTAL SIZE'];
        if (etcdctl.version !== undefined)
            header.push('VERSION');
        // etcdutl 3.7 prints with tablewriter v1 (box drawing), the others with v0.0.5
        process.stdout.write((0,etcd_table/* etcdTable */.N)(header, [cells], compat === '3.7' ? 'light' : 'ascii'));
        process.stdout.write((0,render/* textTable */.e)(['DETAIL', 'VALUE'], detailRows(read)));
        return 0;
    }
};
/** One sweep over the snapshot: the status, HashKV, the restored db's size and (json) the inventory. */
async function readStatus(path, withInventory, compat) {
    const { value, file } = await (0,inspect/* inspectSnapshotFile */.Ht)(path, (db, check) => {
        // HashKV rides along the status sweep (one-pass rule, hashkv-stream.ts)
        const hashing = (0,hashkv_stream/* hashKVAlongside */.ww)(db);
        const status = (0,backend_status/* snapshotStatus */.x)(db, {
            // etcdutl 3.6+ count keys with a set of them, as this does
            ...(countsUserKeys(compat) ? { maxTrackedKeys: Infinity } : {}),
            keyEntries: hashing.entry
        });
        return {
            status,
            // past its memory bound, hashKV says why it cannot
            kv: hashing.result() ?? (0,hashkv/* hashKV */.u)(db),
            // what a restore's member db would be (before its small edit)
            db: {
                mode: (0,restore_db/* chooseDbPath */.te)('auto', check),
                sourceSize: check.dbSize,
                restoredSize: (0,compact/* compactedSize */.Cf)(db),
                pages: check.hwm,
                freePages: check.freePages,
                freePercent: Math.round((100 * check.freePages) / check.hwm)
            },
            // only -w json prints it: the other formats keep etcdctl's cost
            inventory: withInventory ? (0,inventory.inventoryWithinBound)(db) : undefined
        };
    });
    return { ...value, file };
}
/** `-w json`: etcdctl's fields (as `compat` has them), then the rest. */
function statusJson(etcdctl, read) {
    const { status, kv, db, file, inventory } = read;
    return {
        ...etcdctl,
        compactRevision: status.compactRevision,
        scheduledCompactRevision: status.scheduledCompactRevision,
        keyRevisions: status.keyRevisions,
        tombstones: status.tombstones,
        liveKeys: status.liveKeys ?? null,
        hashKV: {
            hash: kv.hash,
            hashRevision: kv.hashRevision,
            compactRevision: kv.compactRevision
        },
        leases: status.leases,
        auth: { enabled: status.auth.enabled, users: status.auth.users, roles: status.auth.roles },
        consistentIndex: status.consistentIndex?.toString() ?? null,
        term: status.term?.toString() ?? null,
        storageVersion: status.storageVersion ?? null,
        clusterVersion: status.clusterVersion ?? null,
        members: status.members,
        pageSize: status.pageSize,
        db: {
            size: db.sourceSize,
            pages: db.pages,
            freePages: db.freePages,
            freePercent: db.freePercent,
            compactedSize: db.restoredSize,
            defragAuto: db.mode
        },
        file: {
            size: file.fileSize,
            compression: file.compression,
            dbSize: file.dbSize,
            sha256: file.sha256,
            trailer: file.trailer
        },
        inventory: inventory ?? null
    };
}
/** The table format's second table: what etcdctl does not print. */
function detailRows(read) {
    const { status, kv, db, file } = read;
    const trailer = {
        valid: 'valid',
        mismatch: 'MISMATCH (corrupt)',
        absent: 'absent (raw db copy?)'
    }[file.trailer];
    return [
        ['compact revision', `${status.compactRevision}`],
        ['key revisions', `${status.keyRevisions} (${status.tombstones} tombstones)`],
        [
            'live keys',
            status.liveKeys === undefined ? 'unknown (too many to count)' : `${status.liveKeys}`
        ],
        ['hashkv', `${kv.hash} at revision ${kv.hashRevision}`],
        ['leases', `${status.leases.count}`],
        [
            'auth',
            `${status.auth.enabled ? 'enabled' : 'disabled'}; users: ${status.auth.users.join(', ') || '-'}; roles: ${status.auth.roles.join(', ') || '-'}`
        ],
        ['source members', status.members.join(', ') || '-'],
        ['cluster version', status.clusterVersion ?? '-'],
        ['storage version', status.storageVersion ?? '-'],
        ['sha256', `${file.sha256} (trailer ${trailer})`],
        [
            'restored db',
            `${(0,format/* describeDb */.S3)({ ...db, mode: 'compact' })}${db.mode === 'compact' ? '' : ' with --defrag always (auto copies it)'}`
        ]
    ];
}
function etcdCompat(value) {
    if (value === undefined)
        return '3.5';
    if (!ETCD_COMPATS.includes(value)) {
        throw new errors/* InputError */.dz(`invalid --etcd-compat "${value}": want one of ${ETCD_COMPATS.join(', ')}`);
    }
    return value;
}


/***/ }),

/***/ 3563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ etcdTable),
/* harmony export */   n: () => (/* binding */ humanizeBytes)
/* harmony export */ });
/**
 * etcdctl's output helpers, so `-w table` and `-w simple` read exactly like etcdctl's
 * (olekukonko/tablewriter borders, go-humanize sizes).
 */
/**
 * go-humanize Bytes(): SI units, "655 kB", "1.0 GB". Its `%.0f` rounds a tie to even, as Go's
 * strconv does: 20,480 bytes → 20.5 → "20 kB" (JavaScript's toFixed would say "21 kB").
 */
function humanizeBytes(size) {
    if (size < 10)
        return `${size} B`;
    const sizes = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
    const e = Math.floor(Math.log(size) / Math.log(1000));
    const value = Math.floor((size / 1000 ** e) * 10 + 0.5) / 10;
    if (value < 10)
        return `${value.toFixed(1)} ${sizes[e]}`; // one decimal already: no rounding
    const whole = Math.floor(value);
    const tie = value - whole === 0.5;
    const rounded = tie ? whole + (whole % 2) : Math.round(value);
    return `${rounded} ${sizes[e]}`;
}
/** Corners and crossings (left, cross, right) of the top, middle and bottom rules; bar; line. */
const BORDERS = {
    ascii: ['+++', '+++', '+++', '|', '-'],
    light: ['┌┬┐', '├┼┤', '└┴┘', '│', '─']
};
/** A bordered table: header centred, cells right-aligned, as etcdctl prints snapshot status. */
function etcdTable(header, rows, style = 'ascii') {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const [top, mid, bottom, bar, dash] = BORDERS[style];
    const rule = (corners) => `${corners[0]}${widths.map((w) => dash.repeat(w + 2)).join(corners[1])}${corners[2]}`;
    const centre = (text, width) => {
        const gap = width - text.length;
        const left = Math.floor(gap / 2);
        return ' '.repeat(left) + text + ' '.repeat(gap - left);
    };
    const line = (cells, align) => `${bar} ${cells.map((c, i) => align(c, widths[i] ?? 0)).join(` ${bar} `)} ${bar}`;
    return ([
        rule(top),
        line(header, centre),
        rule(mid),
        ...rows.map((r) => line(r, (c, w) => c.padStart(w))),
        rule(bottom)
    ].join('\n') + '\n');
}


/***/ }),

/***/ 1100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ snapshotStatus)
/* harmony export */ });
/* unused harmony export etcdctlStatusJson */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4726);
/* harmony import */ var _kv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8179);
/* harmony import */ var _key_fingerprints_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9161);
/* harmony import */ var _revision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9627);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3397);






const text = new TextDecoder();
/** A key's state in the live-key table: its latest revision deleted it, or put it. */
const DELETED = 1;
const LIVE = 2;
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function u64(value, what) {
    return value === undefined ? undefined : (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeUint64 */ .Xb)(value, what);
}
function compactMain(value, what) {
    return value === undefined ? 0 : (0,_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .revisionNumber */ .P7)((0,_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeRevision */ .ur)(value, what).main);
}
function hex(bytes) {
    return Buffer.from(bytes).toString('hex');
}
/**
 * The status of the database `db`: exactly etcdctl 3.4's four numbers plus the extras. One pass
 * over all buckets; memory is bounded by `maxTrackedKeys` and `maxListed`.
 */
function snapshotStatus(db, options = {}) {
    const maxTracked = options.maxTrackedKeys ?? 2_000_000;
    const maxListed = options.maxListed ?? 1000;
    const hashed = options.hash !== false;
    let crc = 0;
    let totalKey = 0;
    const keys = new KeyTally(maxTracked);
    const buckets = [];
    const listed = { lease: [], users: [], roles: [] };
    const counts = { lease: 0 };
    const members = [];
    const membersRemoved = [];
    let metaBucket = null;
    let clusterBucket = null;
    let authBucket = null;
    for (const top of db.rootBucket().entries()) {
        const name = top.key;
        if (!top.isBucket) {
            // etcdctl: tx.Bucket(name) == nil → "cannot get hash of bucket".
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SnapshotError */ .JC(`cannot get hash of bucket ${text.decode(name)}: it is a plain key`);
        }
        buckets.push(text.decode(name));
        if (hashed)
            crc = (0,_wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__/* .crc32cUpdate */ .EL)(crc, name);
        const bucket = db.bucket(name);
        const isKey = sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.key);
        const isLease = sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.lease);
        const nameList = sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.authUsers)
            ? listed.users
            : sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.authRoles)
                ? listed.roles
                : sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.members)
                    ? members
                    : sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.membersRemoved)
                        ? membersRemoved
                        : undefined;
        if (sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.meta))
            metaBucket = bucket;
        if (sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.cluster))
            clusterBucket = bucket;
        if (sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.auth))
            authBucket = bucket;
        for (const entry of bucket.sweep()) {
            if (hashed) {
                crc = (0,_wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__/* .crc32cUpdate */ .EL)(crc, entry.key);
                // A nested bucket is ForEach'd with a nil value: nothing more is hashed.
                if (!entry.isBucket)
                    crc = (0,_wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__/* .crc32cUpdate */ .EL)(crc, entry.value);
            }
            totalKey++;
            if (isKey) {
                const value = entry.isBucket ? undefined : entry.value;
                options.keyEntries?.(entry.key, value);
                keys.add(entry.key, value);
            }
            else if (isLease) {
                counts.lease++;
                if (listed.lease.length < maxListed)
                    listed.lease.push(hex(entry.key));
            }
            else if (nameList && nameList.length < maxListed) {
                nameList.push(text.decode(entry.key));
            }
        }
    }
    const small = pointReads(metaBucket, clusterBucket);
    // the JSON order of `snapshot status -w json`: keep it
    return {
        hash: crc >>> 0,
        revision: keys.revision,
        totalKey,
        totalSize: db.hwm * db.pageSize,
        pageSize: db.pageSize,
        buckets,
        compactRevision: small.compactRevision,
        scheduledCompactRevision: small.scheduledCompactRevision,
        keyRevisions: keys.keyRevisions,
        tombstones: keys.tombstones,
        liveKeys: keys.liveKeys,
        leases: { count: counts.lease, ids: listed.lease },
        auth: { ...authFields(authBucket), users: listed.users, roles: listed.roles },
        consistentIndex: small.consistentIndex,
        term: small.term,
        confState: small.confState,
        storageVersion: small.storageVersion,
        clusterVersion: small.clusterVersion,
        members,
        membersRemoved
    };
}
/** The key bucket's tallies, one revision at a time in key (= revision) order. */
class KeyTally {
    maxTracked;
    revision = 0;
    keyRevisions = 0;
    tombstones = 0;
    /** user key → whether its latest revision is a put (LIVE) or a tombstone (DELETED) */
    latest = new _key_fingerprints_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyFingerprints */ .L();
    liveCount = 0;
    constructor(maxTracked) {
        this.maxTracked = maxTracked;
    }
    add(key, value) {
        this.revision = (0,_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .revisionMain */ .py)(key);
        const tombstone = (0,_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .isTombstone */ .aK)(key);
        this.keyRevisions++;
        if (tombstone)
            this.tombstones++;
        const latest = this.latest;
        if (latest === undefined)
            return;
        const slot = latest.slotOf((0,_kv_js__WEBPACK_IMPORTED_MODULE_2__/* .userKey */ .Xh)(key, value));
        if (latest.get(slot) === LIVE)
            this.liveCount--;
        if (!tombstone)
            this.liveCount++;
        latest.set(slot, tombstone ? DELETED : LIVE);
        if (latest.size > this.maxTracked)
            this.latest = undefined;
    }
    /** Undefined once more keys were seen than `maxTracked`. */
    get liveKeys() {
        return this.latest === undefined ? undefined : this.liveCount;
    }
}
const optionalText = (v) => v === undefined ? undefined : text.decode(v);
/** What the small buckets hold (point reads). */
function pointReads(metaBucket, clusterBucket) {
    const meta = (key) => metaBucket?.get(key);
    return {
        compactRevision: compactMain(meta(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .MetaKeys */ .SK.finishedCompactRev), 'meta/finishedCompactRev'),
        scheduledCompactRevision: compactMain(meta(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .MetaKeys */ .SK.scheduledCompactRev), 'meta/scheduledCompactRev'),
        consistentIndex: u64(meta(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .MetaKeys */ .SK.consistentIndex), 'meta/consistent_index'),
        term: u64(meta(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .MetaKeys */ .SK.term), 'meta/term'),
        confState: optionalText(meta(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .MetaKeys */ .SK.confState)),
        storageVersion: optionalText(meta(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .MetaKeys */ .SK.storageVersion)),
        clusterVersion: optionalText(clusterBucket?.get(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .ClusterKeys */ .H9.clusterVersion))
    };
}
function authFields(authBucket) {
    const enabled = authBucket?.get(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .AuthKeys */ .fK.authEnabled);
    return {
        // etcd: enabled iff the flag is the single byte 1.
        enabled: enabled !== undefined && enabled.length === 1 && enabled[0] === 1,
        revision: u64(authBucket?.get(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .AuthKeys */ .fK.authRevision), 'auth/authRevision')
    };
}
/** The four etcdctl fields, in etcdctl's JSON order: `{"hash":…,"revision":…,"totalKey":…,"totalSize":…}`. */
function etcdctlStatusJson(status) {
    const { hash, revision, totalKey, totalSize } = status;
    return JSON.stringify({ hash, revision, totalKey, totalSize });
}


/***/ }),

/***/ 6540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ inspectSnapshotFile),
/* harmony export */   TU: () => (/* binding */ readSnapshotDb),
/* harmony export */   XA: () => (/* binding */ inspectSnapshot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _bolt_db_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5965);
/* harmony import */ var _bolt_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5727);
/* harmony import */ var _io_page_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2566);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5216);
/* harmony import */ var _read_options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2250);
/* harmony import */ var _decompress_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4693);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7268);
/**
 * The one way to open a snapshot read-only (everything but the restore, which verifies and copies
 * it): plain files are read in place, compressed ones decompressed to a temporary file first
 * (bbolt pages need positional reads). Bolt errors come out naming the file.
 */











/**
 * Opens a snapshot read-only for inspection (hashkv, inventory): checks its structure and hands
 * the database to `use`. Plain files are read in place and not hashed.
 */
async function inspectSnapshot(path, use) {
    const checked = (db) => use(db, (0,_bolt_check_js__WEBPACK_IMPORTED_MODULE_5__/* .checkDb */ .T)(db));
    return (await openSnapshot(path, checked, { check: true, hash: false })).value;
}
/**
 * A few point reads on a snapshot's database, unchecked (`etcd-version: auto`'s cluster
 * version): the full checks are the restore's job.
 */
async function readSnapshotDb(path, use) {
    return (await openSnapshot(path, use, { check: false, hash: false })).value;
}
/**
 * inspectSnapshot, and the file's sha256 and trailer verdict (status): a plain file is hashed in
 * a worker thread while `use` runs.
 */
async function inspectSnapshotFile(path, use) {
    const checked = (db) => use(db, (0,_bolt_check_js__WEBPACK_IMPORTED_MODULE_5__/* .checkDb */ .T)(db));
    const { value, file } = await openSnapshot(path, checked, { check: true, hash: true });
    return { value, file: file };
}
async function openSnapshot(path, use, options) {
    const compression = await sniff(path);
    let scratch;
    let dbPath = path;
    let dbSize;
    let file;
    const stopHashing = new AbortController();
    let hashing;
    try {
        if (compression === 'none') {
            const fileSize = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
            dbSize = (0,_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .databaseBytes */ .H8)(fileSize);
            if (options.hash)
                hashing = hashInPlace(path, fileSize, dbSize, stopHashing.signal);
        }
        else {
            scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'etcd-restore-inspect-'));
            dbPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'db');
            // a scratch copy removed below: no fsync
            const copy = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .copyAndVerify */ .C)(path, dbPath, { skipHashCheck: true, fsync: false });
            dbSize = copy.dbSize;
            file = {
                path,
                fileSize: copy.fileSize,
                compression,
                dbSize: copy.dbSize,
                sha256: copy.sha256,
                trailer: copy.trailer === undefined
                    ? 'absent'
                    : copy.trailer === copy.sha256
                        ? 'valid'
                        : 'mismatch'
            };
        }
        // a churned file's live pages lie scattered: read them a page (or a run) at a time
        const reads = options.check
            ? (0,_read_options_js__WEBPACK_IMPORTED_MODULE_8__/* .readOptionsFor */ .o7)(dbPath, dbSize)
            : { writable: false };
        const source = _io_page_file_js__WEBPACK_IMPORTED_MODULE_6__/* .FileByteFile */ .Ly.open(dbPath, reads);
        let value;
        try {
            value = use(_bolt_db_js__WEBPACK_IMPORTED_MODULE_4__/* .BoltDb */ .k.open((0,_io_page_file_js__WEBPACK_IMPORTED_MODULE_6__/* .limitByteSource */ .FN)(source, dbSize)));
        }
        catch (error) {
            throw naming(error, path);
        }
        finally {
            source.close();
        }
        if (hashing)
            file = await hashing;
        return { value, file };
    }
    catch (error) {
        stopHashing.abort();
        // the worker is stopped; its rejection is this error's echo
        await hashing?.catch(() => undefined);
        throw error;
    }
    finally {
        if (scratch)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** Bolt errors name the page, not the file: say which file (one line; same class, same exit code). */
function naming(error, path) {
    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .SnapshotError */ .JC) || error.message.includes(path))
        return error;
    const Class = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .TruncatedSnapshotError */ .rz ? _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .TruncatedSnapshotError */ .rz : _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .SnapshotError */ .JC;
    return new Class(`${path}: ${error.message}`, { cause: error });
}
async function sniff(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r').catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .SnapshotError */ .JC(error.code === 'ENOENT'
            ? `snapshot ${path} does not exist`
            : `cannot read snapshot ${path}: ${error.message}`);
    });
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .SnapshotError */ .JC(`snapshot ${path} is not a regular file`);
        const head = Buffer.alloc(_decompress_js__WEBPACK_IMPORTED_MODULE_9__/* .MAGIC_BYTES */ .kP);
        const { bytesRead } = await handle.read(head, 0, _decompress_js__WEBPACK_IMPORTED_MODULE_9__/* .MAGIC_BYTES */ .kP, 0);
        return (0,_decompress_js__WEBPACK_IMPORTED_MODULE_9__/* .detectCompression */ .IR)(head.subarray(0, bytesRead));
    }
    finally {
        await handle.close();
    }
}
/** sha256 of the database part and the trailer rule (format doc §5.1), in a worker thread. */
async function hashInPlace(path, fileSize, dbSize, signal) {
    const tail = dbSize === fileSize ? undefined : (0,_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .readTrailer */ .ot)(path, fileSize);
    const sha256 = (await (0,_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .hashSnapshot */ .Fo)(path, dbSize, signal)).toString('hex');
    const trailer = tail === undefined
        ? 'absent'
        : Buffer.from(tail).toString('hex') === sha256
            ? 'valid'
            : 'mismatch';
    return { path, fileSize, compression: 'none', dbSize, sha256, trailer };
}


/***/ })

};
