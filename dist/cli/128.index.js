export const id = 128;
export const ids = [128];
export const modules = {

/***/ 4984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ renderRestoreReport),
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(432);


/** Lays rows out as an aligned text table with a header row. */
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)].join('\n') + '\n';
}
/** The human form of a restore report, printed on stdout. */
function renderRestoreReport(report) {
    const s = report.snapshot;
    const hash = {
        verified: 'sha256 verified',
        skipped: 'sha256 trailer not checked',
        absent: 'no sha256 trailer'
    }[s.hash];
    const lines = [
        `snapshot   ${s.path} (${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(s.fileSize)}${s.compression === 'none' ? '' : `, ${s.compression}`}), ${hash}`,
        `database   ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(s.dbSize)}, revision ${s.revision}, compacted at ${s.compactRevision}, ${s.totalKeys} keys`,
        `cluster    ${report.cluster.id} (token ${report.cluster.token}), target format ${report.targetVersion}` +
            (report.restoredRevision !== s.revision
                ? `, starts at revision ${report.restoredRevision}`
                : ''),
        ''
    ];
    if (report.db !== undefined)
        lines.splice(2, 0, `member db  ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDb */ .S3)(report.db)}`);
    const rows = report.cluster.members.map((m) => [m.name, m.id, m.peerURLs.join(','), m.dataDir]);
    lines.push(textTable(['NAME', 'ID', 'PEER URLS', 'DATA DIR'], rows));
    for (const warning of report.warnings)
        lines.push(`warning: ${warning}`);
    return lines.join('\n').replace(/\n*$/, '\n');
}


/***/ }),

/***/ 1940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C6: () => (/* binding */ HashKVStream),
  ww: () => (/* binding */ hashKVAlongside),
  QB: () => (/* binding */ keyBucketObserver)
});

// EXTERNAL MODULE: ./src/lib/wal/crc32c.ts
var crc32c = __webpack_require__(4726);
// EXTERNAL MODULE: ./src/lib/bolt/page.ts
var page = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/lib/backend/hashkv.ts
var hashkv = __webpack_require__(4339);
// EXTERNAL MODULE: ./src/lib/backend/kv.ts
var kv = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/lib/backend/key-fingerprints.ts
var key_fingerprints = __webpack_require__(9161);
;// CONCATENATED MODULE: ./src/lib/backend/candidates.ts
/**
 * HashKV's candidates (hashkv-stream.ts): entries at or below the compact revision whose fate
 * is decided by later entries of the same user key. Each candidate keeps its CRC and length, in
 * the order added; the latest one of each user key is found by the key's fingerprint
 * (key-fingerprints.ts), not by the key itself: ~41 B per key in all (a Map of key strings cost
 * ~500 B per key; a 412,000-key snapshot: ~210 MB and 3 s of garbage collection).
 */

const INITIAL_CANDIDATES = 1024;
class CandidateSet {
    /** Candidates added (superseded ones included). */
    count = 0;
    /** Candidates not superseded. */
    live = 0;
    /** user key → its latest candidate's index + 1 */
    latest = new key_fingerprints/* KeyFingerprints */.L();
    // per candidate, in the order added
    crcs = new Uint32Array(INITIAL_CANDIDATES);
    lengths = new Uint32Array(INITIAL_CANDIDATES);
    alive = new Uint8Array(INITIAL_CANDIDATES);
    /** Marks the latest candidate of `key`, if any, superseded; returns the key's slot. */
    supersede(key) {
        const slot = this.latest.slotOf(key);
        const index = this.latest.get(slot);
        if (index !== 0 && this.alive[index - 1] === 1) {
            this.alive[index - 1] = 0;
            this.live--;
        }
        return slot;
    }
    /** Adds the latest candidate of the key supersede() just returned `slot` for. */
    add(slot, crc, length) {
        if (this.count === this.crcs.length)
            this.growCandidates();
        const index = this.count++;
        this.crcs[index] = crc;
        this.lengths[index] = length;
        this.alive[index] = 1;
        this.live++;
        this.latest.set(slot, index + 1);
    }
    /** The live candidates' CRC and length, in the order added. */
    forEachLive(visit) {
        for (let i = 0; i < this.count; i++)
            if (this.alive[i] === 1)
                visit(this.crcs[i], this.lengths[i]);
    }
    /**
     * Empties the set and keeps its memory, for the next sweep of a db like the last one (the
     * compacting restore's output after its source; see KeyFingerprints.reset).
     */
    reset() {
        this.count = this.live = 0;
        this.latest.reset();
    }
    /** Gives the memory back; the set is empty. */
    clear() {
        this.count = this.live = 0;
        this.latest.clear();
        this.crcs = new Uint32Array(INITIAL_CANDIDATES);
        this.lengths = new Uint32Array(INITIAL_CANDIDATES);
        this.alive = new Uint8Array(INITIAL_CANDIDATES);
    }
    growCandidates() {
        const size = this.crcs.length * 2;
        const crcs = new Uint32Array(size);
        const lengths = new Uint32Array(size);
        const alive = new Uint8Array(size);
        crcs.set(this.crcs);
        lengths.set(this.lengths);
        alive.set(this.alive);
        this.crcs = crcs;
        this.lengths = lengths;
        this.alive = alive;
    }
}

// EXTERNAL MODULE: ./src/lib/backend/revision.ts
var revision = __webpack_require__(9627);
// EXTERNAL MODULE: ./src/lib/backend/schema.ts
var schema = __webpack_require__(3397);
;// CONCATENATED MODULE: ./src/lib/backend/hashkv-stream.ts
/**
 * HashKV at the current revision in ONE pass over the `key` bucket, for a walk that reads every
 * entry anyway (the compacting restore's): hashKV() needs two, because whether an entry at or
 * below the compact revision is hashed depends on entries that come after it.
 *
 * The bucket is in revision order, so those undecided entries (≤ compactRev, "candidates") all
 * come first. Each candidate's CRC and length are kept while it may still count, found again by
 * a 96-bit fingerprint of its user key (candidates.ts: ~41 B per key, where a Map of key strings
 * took ~500); the entries above compactRev are always hashed, as one running CRC. At the end the
 * live candidates' CRCs are joined in bucket order with crc32cCombine, which needs only CRCs and
 * lengths. Same rules as hashKV (see there), and the same bound (`maxTrackedKeys` candidates).
 * Left undecided (undefined, for hashKV's two passes to decide): when no candidate is kept and
 * the newest entry is a deletion (see result()), and for entries no etcd writes (a nested
 * bucket in `key`, a candidate over 2 MiB).
 */







const join = (a, b) => ({
    crc: (0,crc32c/* crc32cCombine */.Ey)(a.crc, b.crc, b.length),
    length: a.length + b.length
});
/**
 * Longest candidate the one pass takes (2 MiB; etcd's default request limit is 1.5 MiB); a
 * longer one leaves the hash to hashKV.
 */
const MAX_CANDIDATE_LENGTH = 2 ** 21 - 1;
class HashKVStream {
    compactRev;
    currentRev;
    maxTracked;
    /**
     * the puts ≤ compactRev (CRC and length) in bucket order, each live while no later entry of
     * its user key supersedes it
     */
    candidates;
    anyBelow = false;
    lastWasPut = false;
    /** The entries above compactRev: always hashed. */
    aboveCrc = 0;
    aboveLength = 0;
    /** Left to hashKV: a nested bucket in `key`, or a candidate too long to pack. */
    undecided = false;
    /**
     * More distinct keys at or below the compact revision than the bound: no result (hashKV,
     * bounded alike, would refuse too).
     */
    overBound = false;
    /** `candidates`: a set to reuse (emptied first), else a new one. */
    constructor(revisions, options = {}) {
        this.candidates = options.candidates ?? new CandidateSet();
        this.candidates.reset();
        this.compactRev = revisions.compactRev;
        this.currentRev = revisions.currentRev;
        this.maxTracked = options.maxTrackedKeys ?? 5_000_000;
    }
    /** The next `key` bucket entry, in bucket order (a nested bucket: `value` undefined). */
    entry(key, value) {
        if (this.overBound)
            return;
        const main = (0,revision/* revisionMain */.py)(key);
        if (main > this.currentRev)
            return;
        if (value === undefined) {
            // never in an etcd db; hashKV hashes its key alone: left to it
            this.undecided = true;
            return;
        }
        this.lastWasPut = !(0,revision/* isTombstone */.aK)(key);
        if (main <= this.compactRev) {
            this.anyBelow = true;
            const slot = this.candidates.supersede((0,kv/* userKey */.Xh)(key, value));
            if (!this.lastWasPut)
                return;
            const length = key.length + value.length;
            if (length > MAX_CANDIDATE_LENGTH)
                this.undecided = true;
            this.candidates.add(slot, (0,crc32c/* crc32cUpdate */.EL)((0,crc32c/* crc32cUpdate */.EL)(0, key), value), length);
            if (this.candidates.count > this.maxTracked) {
                // past the bound: give the memory back and leave the hash undecided (see overBound)
                this.overBound = true;
                this.candidates.clear();
            }
            return;
        }
        if (this.candidates.live > 0)
            this.candidates.supersede((0,kv/* userKey */.Xh)(key, value));
        this.aboveCrc = (0,crc32c/* crc32cUpdate */.EL)((0,crc32c/* crc32cUpdate */.EL)(this.aboveCrc, key), value);
        this.aboveLength += key.length + value.length;
    }
    /** HashKV at the current revision; undefined when this pass cannot decide it (see above). */
    result() {
        if (this.undecided || this.overBound)
            return undefined;
        // No candidate kept: whether any key is kept at all (then no candidate counts) or none is
        // (then every candidate counts, and those were not kept) takes hashKV's extra pass. Rare:
        // every key alive at the compaction was written again or deleted since, the last one deleted.
        if (this.anyBelow && this.candidates.live === 0 && !this.lastWasPut)
            return undefined;
        let belowCrc = 0;
        let belowLength = 0;
        this.candidates.forEachLive((crc, length) => {
            belowCrc = (0,crc32c/* crc32cCombine */.Ey)(belowCrc, crc, length);
            belowLength += length;
        });
        const below = { crc: belowCrc, length: belowLength };
        const name = { crc: (0,crc32c/* crc32cUpdate */.EL)(0, schema/* Buckets */.cR.key), length: schema/* Buckets */.cR.key.length };
        const all = join(join(name, below), { crc: this.aboveCrc, length: this.aboveLength });
        return {
            hash: all.crc >>> 0,
            hashRevision: this.currentRev,
            compactRevision: this.compactRev,
            currentRevision: this.currentRev
        };
    }
}
/** Feeds the `key` bucket's entries, out of a walk over the whole db, into `entry`. */
function keyBucketObserver(entry) {
    let depth = 0;
    let inKeyBucket = false;
    return {
        enterBucket(key) {
            depth++;
            if (depth === 1)
                inKeyBucket = (0,page/* compareBytes */.Xo)(key, schema/* Buckets */.cR.key) === 0;
            else if (depth === 2 && inKeyBucket)
                entry(key, undefined);
        },
        leaveBucket() {
            if (--depth === 0)
                inKeyBucket = false;
        },
        value(key, value) {
            if (depth === 1 && inKeyBucket)
                entry(key, value);
        }
    };
}
/**
 * HashKV of `db` at its current revision, computed alongside a sweep that is made anyway: feed
 * it `entry` or `observer`, then ask `result()`. Undefined past the memory bound (more distinct
 * keys at or below the compact revision than `maxTrackedKeys`, default 5,000,000), where hashKV
 * itself refuses.
 */
function hashKVAlongside(db, options = {}) {
    const stream = new HashKVStream((0,hashkv/* bootRevisions */.b)(db, db.bucket(schema/* Buckets */.cR.key)), options);
    const entry = (key, value) => stream.entry(key, value);
    return {
        entry,
        observer: keyBucketObserver(entry),
        result: () => (stream.overBound ? undefined : (stream.result() ?? (0,hashkv/* hashKV */.u)(db, 0, options)))
    };
}


/***/ }),

/***/ 4339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ bootRevisions),
/* harmony export */   u: () => (/* binding */ hashKV)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4726);
/* harmony import */ var _kv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8179);
/* harmony import */ var _revision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9627);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3397);





/**
 * current and compact revision the way mvcc `store.restore` sets them at boot: compactMainRev
 * starts at -1 (what `endpoint hashkv` prints for a never-compacted store) and takes
 * finishedCompactRev; current = last revision in `key` (1 when empty), raised to the compact
 * revision; an unfinished scheduled compaction is resumed (`compactLockfree`) and moves the
 * compact revision, unless it is not above it or ahead of current (ErrCompacted/ErrFutureRev).
 */
function bootRevisions(db, keyBucket) {
    const meta = db.bucket(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .Buckets */ .cR.meta);
    const mainOf = (key, absent) => {
        const value = meta?.get(key);
        return value === undefined
            ? absent
            : (0,_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionNumber */ .P7)((0,_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeRevision */ .ur)(value, `meta/${(0,_kv_js__WEBPACK_IMPORTED_MODULE_2__/* .byteString */ .iP)(key)}`).main);
    };
    const finished = mainOf(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .MetaKeys */ .SK.finishedCompactRev, -1);
    const scheduled = mainOf(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .MetaKeys */ .SK.scheduledCompactRev, 0);
    const last = keyBucket?.cursor().last();
    const currentRev = (0,_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .servedRevision */ .pq)(last ? (0,_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionNumber */ .P7)((0,_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeRevision */ .ur)(last.key).main) : 1, finished);
    const resume = scheduled !== 0 && scheduled > finished && scheduled <= currentRev;
    return { currentRev, compactRev: resume ? scheduled : finished };
}
/** The user key of a revision, as a latin1 string (one char per byte: a faithful map key). */
function userKeyOf(e) {
    return (0,_kv_js__WEBPACK_IMPORTED_MODULE_2__/* .userKeyString */ .cp)(e.key, e.isBucket ? undefined : e.value);
}
/**
 * HashKV of the `key` bucket at `rev` (0 or omitted = current revision), as etcd 3.4.23 reports
 * it after booting from this database. Throws InputError for a compacted or future `rev`.
 */
function hashKV(db, rev = 0, options = {}) {
    const maxTracked = options.maxTrackedKeys ?? 5_000_000;
    const keyBucket = db.bucket(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .Buckets */ .cR.key);
    const { currentRev, compactRev } = bootRevisions(db, keyBucket);
    if (!Number.isSafeInteger(rev) || rev < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`hashkv revision ${rev} is not a revision`);
    const compacted = options.server === '3.5' ? rev < compactRev : rev <= compactRev;
    if (rev > 0 && compacted) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`hashkv revision ${rev} is compacted (compact revision ${compactRev})`);
    }
    if (rev > currentRev) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`hashkv revision ${rev} is in the future (current revision ${currentRev})`);
    }
    const atRev = rev === 0 ? currentRev : rev;
    // Pass 1: for keys with a revision ≤ compactRev, is that revision still their latest at atRev?
    // user key → position in the bucket of its latest put ≤ compactRev (both passes count alike)
    const latestBelow = new Map();
    let anyBelow = false;
    let lastWasPut = false;
    if (keyBucket && compactRev > 0) {
        let position = 0;
        for (const e of keyBucket.sweep()) {
            const main = (0,_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionMain */ .py)(e.key);
            if (main > atRev)
                break;
            lastWasPut = !(0,_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .isTombstone */ .aK)(e.key);
            if (main <= compactRev) {
                anyBelow = true;
                // a deletion is never kept: its key leaves the set until a later put
                if (lastWasPut)
                    latestBelow.set(userKeyOf(e), position);
                else
                    latestBelow.delete(userKeyOf(e));
                if (latestBelow.size > maxTracked)
                    throw tooMany(maxTracked, compactRev);
            }
            else if (latestBelow.size > 0) {
                latestBelow.delete(userKeyOf(e));
            }
            position++;
        }
    }
    // The keep set only matters when something lies ≤ compactRev; decide cheaply when we can.
    const keepNonEmpty = !anyBelow ||
        latestBelow.size > 0 ||
        lastWasPut ||
        anyKeyAlive(keyBucket, compactRev, atRev, maxTracked);
    // Pass 2: the hash.
    let crc = (0,_wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__/* .crc32cUpdate */ .EL)(0, _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .Buckets */ .cR.key);
    if (keyBucket) {
        let position = 0;
        for (const e of keyBucket.sweep()) {
            const main = (0,_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionMain */ .py)(e.key);
            if (main > atRev)
                break;
            const at = position++;
            if (keepNonEmpty && main <= compactRev && latestBelow.get(userKeyOf(e)) !== at)
                continue;
            crc = (0,_wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__/* .crc32cUpdate */ .EL)(crc, e.key);
            if (!e.isBucket)
                crc = (0,_wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__/* .crc32cUpdate */ .EL)(crc, e.value);
        }
    }
    return {
        hash: crc >>> 0,
        hashRevision: atRev,
        compactRevision: compactRev,
        currentRevision: currentRev
    };
}
/**
 * Whether any key is alive at atRev, needed only when every revision ≤ compactRev is superseded
 * and the newest revision is a deletion (rare): tracks alive keys above compactRev.
 */
function anyKeyAlive(keyBucket, compactRev, atRev, maxTracked) {
    const alive = new Set();
    for (const e of keyBucket.sweep()) {
        const main = (0,_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionMain */ .py)(e.key);
        if (main > atRev)
            break;
        if (main <= compactRev)
            continue;
        const userKey = userKeyOf(e);
        if ((0,_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .isTombstone */ .aK)(e.key))
            alive.delete(userKey);
        else
            alive.add(userKey);
        if (alive.size > maxTracked)
            throw tooMany(maxTracked, compactRev);
    }
    return alive.size > 0;
}
function tooMany(maxTracked, compactRev) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SnapshotError */ .JC(`hashkv: more than ${maxTracked} distinct keys at or below compact revision ${compactRev}; ` +
        `raise maxTrackedKeys to compute the hash`);
}


/***/ }),

/***/ 9161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ KeyHash),
/* harmony export */   L: () => (/* binding */ KeyFingerprints)
/* harmony export */ });
/* harmony import */ var _wal_crc32c_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4726);
/**
 * A table from user keys to one 32-bit number each, keyed by a 96-bit fingerprint of the key
 * (FNV-1a, a multiply-xorshift hash and CRC-32C: three unrelated 32-bit hashes), not by the key
 * itself: 16 bytes per slot, at most half the slots used, in a typed array the garbage collector
 * never scans. Keys held as strings in a Map cost ~500 B each in V8. Two distinct keys share a
 * fingerprint with probability 2^-96 per pair (5 million keys: ~10^-16).
 *
 * Used by HashKV's candidates (candidates.ts) and `snapshot status`'s live keys (status.ts); the
 * inventory keeps KeyHash's 64 bits in sorted runs instead (inventory/live-keys.ts).
 */

const INITIAL_SLOTS = 1024;
/**
 * Two unrelated 32-bit hashes of a key (FNV-1a and a multiply-xorshift), computed in one loop:
 * KeyFingerprints adds CRC-32C for 96 bits; the inventory's live-key runs keep these 64.
 */
class KeyHash {
    a = 0;
    b = 0;
    /** Sets `a` and `b` to the hashes of `key` (unsigned). */
    of(key) {
        let a = 0x811c9dc5; // FNV-1a
        let b = 0x9747b28c ^ key.length; // multiply-xorshift
        for (let i = 0; i < key.length; i++) {
            const byte = key[i];
            a = Math.imul(a ^ byte, 0x01000193);
            b = Math.imul(b ^ byte, 0x5bd1e995);
            b ^= b >>> 15;
        }
        this.a = a >>> 0;
        this.b = b >>> 0;
    }
}
class KeyFingerprints {
    /** Keys in the table. */
    size = 0;
    // open addressing, linear probing: slot i is slots[4i..4i+3], a key's fingerprint (3 words)
    // and its value (0 = empty slot)
    mask = INITIAL_SLOTS - 1;
    slots = new Uint32Array(4 * INITIAL_SLOTS);
    hash = new KeyHash();
    // the fingerprint slotOf() computed last
    a = 0;
    b = 0;
    c = 0;
    /** The slot of `key`: its own, or the empty one where it goes (valid until the next set). */
    slotOf(key) {
        const hash = this.hash;
        hash.of(key);
        this.a = hash.a;
        this.b = hash.b;
        this.c = (0,_wal_crc32c_js__WEBPACK_IMPORTED_MODULE_0__/* .crc32cUpdate */ .EL)(0, key);
        return this.probe(this.a, this.b, this.c);
    }
    /** The value at `slot`; 0 when the key is not in the table. */
    get(slot) {
        return this.slots[4 * slot + 3];
    }
    /**
     * Sets the value (not 0) of the key slotOf() just returned `slot` for, adding the key when it
     * is new.
     */
    set(slot, value) {
        const at = 4 * slot;
        if (this.slots[at + 3] === 0) {
            this.slots[at] = this.a;
            this.slots[at + 1] = this.b;
            this.slots[at + 2] = this.c;
            this.size++;
        }
        this.slots[at + 3] = value;
        if (this.size * 2 > this.mask + 1)
            this.grow();
    }
    /** Calls `visit` with every value in the table, in no particular order. */
    forEachValue(visit) {
        const slots = this.slots;
        for (let at = 3; at < slots.length; at += 4)
            if (slots[at] !== 0)
                visit(slots[at]);
    }
    /**
     * Empties the table and keeps its memory, for the next sweep of a db like the last one: on
     * the VMs measured, touching fresh memory costs ~3.5 ms per MB, more than clearing used memory.
     */
    reset() {
        this.size = 0;
        this.slots.fill(0);
    }
    /** Gives the memory back; the table is empty. */
    clear() {
        this.size = 0;
        this.mask = INITIAL_SLOTS - 1;
        this.slots = new Uint32Array(4 * INITIAL_SLOTS);
    }
    probe(a, b, c) {
        const mask = this.mask;
        const slots = this.slots;
        let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
        for (;;) {
            const at = 4 * slot;
            if (slots[at + 3] === 0)
                return slot;
            if (slots[at] === a && slots[at + 1] === b && slots[at + 2] === c)
                return slot;
            slot = (slot + 1) & mask;
        }
    }
    grow() {
        const old = this.slots;
        this.mask = (this.mask + 1) * 2 - 1;
        this.slots = new Uint32Array(4 * (this.mask + 1));
        for (let at = 0; at < old.length; at += 4) {
            if (old[at + 3] === 0)
                continue;
            const to = 4 * this.probe(old[at], old[at + 1], old[at + 2]);
            this.slots[to] = old[at];
            this.slots[to + 1] = old[at + 1];
            this.slots[to + 2] = old[at + 2];
            this.slots[to + 3] = old[at + 3];
        }
    }
}


/***/ }),

/***/ 4088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ CompactWriter),
/* harmony export */   Cf: () => (/* binding */ compactedSize)
/* harmony export */ });
/* unused harmony exports compactFinish, compactDb */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _bucket_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5329);
/* harmony import */ var _freelist_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5085);
/* harmony import */ var _meta_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4908);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4468);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3574);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6949);
/* harmony import */ var _tree_builder_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7115);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9110);
/**
 * Writes a fresh, compact copy of a bbolt db in one streaming pass (bbolt-format §7.3, what
 * `bbolt compact` and etcd's defrag produce): every bucket in key order, bulk-loaded bottom-up
 * (TreeBuilder), nested buckets included; a bucket is inlined exactly when bbolt would inline
 * it at commit (a single leaf, no sub-bucket, ≤ pageSize/4 bytes); page ids run from 2 with no
 * gap, so nothing is free. Then a freelist page (empty) when the source stored one, else none,
 * and both metas, last, pointing at the same tree (txid T on page T % 2, T-1 on the other).
 *
 * The writer is pushed the db's entries (an EntryObserver): by a walk over the db (compactDb),
 * or by the strict check's own sweep (check-and-compact.ts), so one walk can do both.
 *
 * Memory: the open nodes of the trees being built (a few per level and nesting depth) and at most
 * pageSize/4 bytes of a bucket not yet known to be too large to inline: never the key space.
 */









/** One bucket being built: held back while it may still be inlined, else a tree. */
class BucketFrame {
    sink;
    fill;
    key;
    sequence;
    inlineLimit;
    tree = null;
    held = [];
    heldSize = _types_js__WEBPACK_IMPORTED_MODULE_5__/* .PAGE_HEADER_SIZE */ .ql;
    constructor(sink, fill, 
    /** The bucket's key in its parent and its sequence (the root bucket: empty, its own). */
    key, sequence, inlineLimit) {
        this.sink = sink;
        this.fill = fill;
        this.key = key;
        this.sequence = sequence;
        this.inlineLimit = inlineLimit;
        if (inlineLimit === 0)
            this.tree = new _tree_builder_js__WEBPACK_IMPORTED_MODULE_7__/* .TreeBuilder */ .G(sink, fill);
    }
    value(key, value) {
        const size = this.heldSize + _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ELEMENT_SIZE */ .Tv + key.length + value.length;
        if (this.tree === null && size <= this.inlineLimit) {
            this.held.push({ flags: 0, key: key.slice(), value: value.slice() });
            this.heldSize = size;
        }
        else
            this.paged().addCopy(0, key, value);
    }
    /** The tree, started from what was held back (a bucket too large, or holding a sub-bucket). */
    paged() {
        if (this.tree === null) {
            this.tree = new _tree_builder_js__WEBPACK_IMPORTED_MODULE_7__/* .TreeBuilder */ .G(this.sink, this.fill);
            for (const e of this.held)
                this.tree.add(e);
            this.held = [];
        }
        return this.tree;
    }
    /** The bucket's value in its parent: header and root page, or header and inline page. */
    finish() {
        if (this.tree === null)
            return { inline: (0,_page_js__WEBPACK_IMPORTED_MODULE_4__/* .encodeInlineLeaf */ .w0)(this.held) };
        return { root: this.tree.finish() };
    }
}
/**
 * The compaction as an EntryObserver: given a db's entries in order (enterBucket … leaveBucket
 * around each nested bucket's), it writes the new file's data pages to `sink`; finish() then
 * writes the freelist page (if any) and both metas.
 */
class CompactWriter {
    sink;
    rootSequence;
    frames;
    fill;
    inlineLimit;
    digest = new _digest_js__WEBPACK_IMPORTED_MODULE_6__/* .DigestCollector */ .uk();
    observe;
    constructor(sink, 
    /** The root bucket's sequence (the source meta's). */
    rootSequence, options = {}) {
        this.sink = sink;
        this.rootSequence = rootSequence;
        this.fill = options.fillPercent ?? _tree_builder_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_FILL_PERCENT */ .g;
        this.inlineLimit = Math.floor(sink.pageSize / 4);
        this.frames = [new BucketFrame(sink, this.fill, new Uint8Array(0), rootSequence, 0)];
        this.observe = (0,_walk_js__WEBPACK_IMPORTED_MODULE_8__/* .fanOut */ .YO)([this.digest, ...(options.observers ?? [])]);
    }
    value(key, value) {
        this.observe.value(key, value);
        this.current().value(key, value);
    }
    enterBucket(key, sequence) {
        this.observe.enterBucket(key, sequence);
        // a bucket holding a sub-bucket is never inline (bbolt inlineable)
        this.current().paged();
        this.frames.push(new BucketFrame(this.sink, this.fill, key.slice(), sequence, this.inlineLimit));
    }
    leaveBucket() {
        this.observe.leaveBucket();
        const frame = this.frames.pop();
        const built = frame.finish();
        const value = 'root' in built
            ? (0,_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeBucketValue */ .A_)(built.root, frame.sequence)
            : (0,_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeBucketValue */ .A_)(0, frame.sequence, built.inline);
        this.current().paged().add({ flags: _types_js__WEBPACK_IMPORTED_MODULE_5__/* .BUCKET_LEAF_FLAG */ .H2, key: frame.key, value });
    }
    /** Ends the copy: the root bucket's tree, the freelist page when asked, both metas. */
    finish(options) {
        if (this.frames.length !== 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvariantError */ .zU(`compaction ended inside ${this.frames.length - 1} open buckets`);
        }
        const built = this.frames[0].finish();
        const root = 'root' in built ? built.root : 0;
        const pageSize = this.sink.pageSize;
        let freelist = null;
        if (options.freelist === 'page') {
            freelist = this.sink.nextId;
            this.sink.append((0,_freelist_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeFreelistPage */ .wG)(freelist, [], 1, pageSize));
        }
        const hwm = this.sink.nextId;
        const txid = options.txid > 0n ? options.txid : 1n;
        const meta = (t) => (0,_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeMetaPage */ .TP)({ pageSize, root, sequence: this.rootSequence, freelist, hwm, txid: t });
        const newer = meta(txid);
        const older = meta(txid - 1n);
        this.sink.finish(hwm, txid % 2n === 0n ? [newer, older] : [older, newer]);
        return { hwm, root, freelist: options.freelist, txid, digests: this.digest.digests };
    }
    current() {
        return this.frames[this.frames.length - 1];
    }
}
/** The sink's freelist mode and txid a compaction of `db` uses, from `options` or the source. */
function compactFinish(db, options) {
    return {
        freelist: options.freelist ?? (db.meta.freelist === null ? 'none' : 'page'),
        txid: options.txid ?? db.meta.txid
    };
}
function compactDb(db, sink, options = {}) {
    const writer = new CompactWriter(sink, db.meta.sequence, options);
    (0,_walk_js__WEBPACK_IMPORTED_MODULE_8__/* .walkEntries */ .Y1)(db, writer);
    return writer.finish(compactFinish(db, options));
}
/** The bytes a compaction of `db` writes, found without writing (a sink that only counts). */
function compactedSize(db, options = {}) {
    const pageSize = db.pageSize;
    let next = 2;
    const sink = {
        pageSize,
        get nextId() {
            return next;
        },
        append(span) {
            next += span.length / pageSize;
        },
        finish() { }
    };
    return compactDb(db, sink, options).hwm * pageSize;
}


/***/ }),

/***/ 6949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uk: () => (/* binding */ DigestCollector)
/* harmony export */ });
/* unused harmony exports DigestWriter, digestDb */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4568);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9110);
/**
 * A digest per top-level bucket of what a db holds, whatever its page layout: sha256 over every
 * entry in key order (flag, key, value; nested buckets as name, sequence, their entries and an
 * end mark). Two dbs with equal digests hold the same buckets, keys, values and sequences.
 */



const VALUE = 0;
const BUCKET = 1;
const END = 2;
/**
 * Bytes gathered before each hash update: a db's entries are mostly small, and an update per
 * frame, key and value cost more than the hashing (measured: ~18 ms of a 250 MB churned
 * restore's 35 ms of sha256).
 */
const GATHER_BYTES = 64 * 1024;
/** Feeds one bucket's entries (nested ones included) into a sha256. */
class DigestWriter {
    gathered;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    used = 0;
    /** `gathered`: GATHER_BYTES of scratch, reused by the writers that follow this one. */
    constructor(gathered = Buffer.allocUnsafe(GATHER_BYTES)) {
        this.gathered = gathered;
    }
    value(key, value) {
        this.frame(VALUE, key.length);
        this.put(key);
        this.frame(VALUE, value.length);
        this.put(value);
    }
    enterBucket(key, sequence) {
        this.frame(BUCKET, key.length);
        this.put(key);
        this.sequence(sequence);
    }
    leaveBucket() {
        this.frame(END, 0);
    }
    /** The bucket's sequence, 8 bytes little-endian. */
    sequence(sequence) {
        this.room(8);
        this.gathered.writeBigUInt64LE(sequence, this.used);
        this.used += 8;
    }
    /** The digest, hex; the writer is spent. */
    digest() {
        this.flush();
        return this.hash.digest('hex');
    }
    /** kind, then length as 4 bytes little-endian (bolt keys and values stay under 2^32). */
    frame(kind, length) {
        this.room(5);
        const at = this.used;
        const out = this.gathered;
        out[at] = kind;
        out[at + 1] = length & 0xff;
        out[at + 2] = (length >>> 8) & 0xff;
        out[at + 3] = (length >>> 16) & 0xff;
        out[at + 4] = (length >>> 24) & 0xff;
        this.used = at + 5;
    }
    put(bytes) {
        if (bytes.length > GATHER_BYTES / 4) {
            this.flush();
            this.hash.update(bytes);
            return;
        }
        this.room(bytes.length);
        this.gathered.set(bytes, this.used);
        this.used += bytes.length;
    }
    room(length) {
        if (this.used + length > GATHER_BYTES)
            this.flush();
    }
    flush() {
        if (this.used === 0)
            return;
        this.hash.update(this.gathered.subarray(0, this.used));
        this.used = 0;
    }
}
/** Collects digests while something else walks the buckets (the compaction does). */
class DigestCollector {
    digests = new Map();
    writer = null;
    gathered = Buffer.allocUnsafe(GATHER_BYTES);
    depth = 0;
    value(key, value) {
        this.writer?.value(key, value);
    }
    enterBucket(key, sequence) {
        if (this.depth++ === 0) {
            this.writer = new DigestWriter(this.gathered);
            this.writer.sequence(sequence);
            this.name = (0,_check_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .bucketName */ .E)(key);
            return;
        }
        this.writer.enterBucket(key, sequence);
    }
    leaveBucket() {
        if (--this.depth === 0) {
            this.digests.set(this.name, this.writer.digest());
            this.writer = null;
            return;
        }
        this.writer.leaveBucket();
    }
    name = '';
}
/**
 * The digests of `db`, read in one sweep; `observers` see the same entries on the way (e.g. a
 * one-pass HashKV).
 */
function digestDb(db, observers = []) {
    const collector = new DigestCollector();
    walkEntries(db, fanOut([collector, ...observers]));
    return collector.digests;
}


/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ TreeBuilder),
/* harmony export */   g: () => (/* binding */ DEFAULT_FILL_PERCENT)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4468);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3574);
/**
 * Bottom-up bulk load of one bucket's B+tree from entries given in key order (bbolt-format §7.3):
 * leaves are filled up to the fill threshold and written as soon as the next one starts, then
 * each finished node's (first key, page id) goes into the level above, and so on. Only the open
 * nodes of each level stay in memory (two per level: the last one is held back so that the end
 * of the stream can even out a branch that would otherwise have a single child).
 *
 * The shape keeps what bbolt relies on (§3.4, §11): branch key == child's first key exactly
 * (it is copied from the child's first element), ≥ 2 children per branch, no empty non-root page,
 * at most 0xFFFE elements per node, a node larger than a page spans contiguous overflow pages.
 */



/** etcd's defrag and its writes to `key` use 0.9 (bbolt-format §0). */
const DEFAULT_FILL_PERCENT = 0.9;
/**
 * Memory for the element bytes of one open leaf, reused leaf after leaf: a compaction copies
 * every value of the db, and fresh memory is slow to touch (~3.5 ms per MB measured on VMs).
 */
class ByteArena {
    buffer;
    used = 0;
    constructor(size) {
        this.buffer = new Uint8Array(size);
    }
    /** A copy of `bytes` in the arena (a fresh one when it is full: a large value). */
    copy(bytes) {
        const end = this.used + bytes.length;
        if (end > this.buffer.length)
            return bytes.slice();
        const out = this.buffer.subarray(this.used, end);
        out.set(bytes);
        this.used = end;
        return out;
    }
    reset() {
        this.used = 0;
        return this;
    }
}
class TreeBuilder {
    sink;
    levels = [];
    threshold;
    finished = false;
    spareArenas = [];
    /** Where pages are encoded before the sink copies them (grown for a large overflow span). */
    scratch;
    constructor(sink, fillPercent = DEFAULT_FILL_PERCENT) {
        this.sink = sink;
        const fill = Math.min(Math.max(fillPercent, 0.1), 1.0);
        this.threshold = Math.floor(sink.pageSize * fill);
        this.scratch = new Uint8Array(4 * sink.pageSize);
    }
    /** Adds the next leaf element; keys must be strictly increasing. Keeps the element's bytes. */
    add(element) {
        if (this.finished)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvariantError */ .zU('tree builder: add after finish');
        this.push(0, element, _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ELEMENT_SIZE */ .Tv + element.key.length + element.value.length);
    }
    /** add() of a copy of key and value: what it is given may be reused once this returns. */
    addCopy(flags, key, value) {
        if (this.finished)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvariantError */ .zU('tree builder: add after finish');
        const node = this.push(0, null, _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ELEMENT_SIZE */ .Tv + key.length + value.length);
        node.arena ??= this.spareArenas.pop()?.reset() ?? new ByteArena(2 * this.sink.pageSize);
        node.elements.push({ flags, key: node.arena.copy(key), value: node.arena.copy(value) });
    }
    /** Writes what is still open and returns the root page id. */
    finish() {
        if (this.finished)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvariantError */ .zU('tree builder: finished twice');
        this.finished = true;
        if (this.levels.length === 0)
            return this.write(0, { elements: [], size: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PAGE_HEADER_SIZE */ .ql, arena: null });
        for (let depth = 0;; depth++) {
            const level = this.levels[depth];
            const cur = level.cur;
            if (level.prev !== null && depth > 0 && cur.elements.length < 2)
                this.evenOut(level);
            // a single node on the top level is the root
            if (level.prev === null && depth === this.levels.length - 1)
                return this.write(depth, cur);
            if (level.prev !== null)
                this.emit(depth, level.prev);
            this.emit(depth, cur);
            level.prev = level.cur = null;
        }
    }
    /** Adds `element` (null: the caller adds it) to the open node of `depth`; returns that node. */
    push(depth, element, size) {
        let level = this.levels[depth];
        if (level === undefined) {
            level = { prev: null, cur: null };
            this.levels.push(level);
        }
        if (level.cur !== null && this.full(level.cur, size, depth === 0)) {
            if (level.prev !== null)
                this.emit(depth, level.prev);
            level.prev = level.cur;
            level.cur = null;
        }
        level.cur ??= { elements: [], size: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PAGE_HEADER_SIZE */ .ql, arena: null };
        if (element !== null)
            level.cur.elements.push(element);
        level.cur.size += size;
        return level.cur;
    }
    /**
     * bbolt's split rule (node.splitIndex): a node takes elements up to the threshold, but at
     * least two; a leaf's second element may also start a new leaf when the two would not share
     * one page (a lone large value then gets its own overflow span instead of two half pages).
     */
    full(node, adding, leaf) {
        const count = node.elements.length;
        if (count >= _types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ELEMENT_COUNT */ .e1)
            return true;
        const size = node.size + adding;
        if (size <= this.threshold)
            return false;
        return count >= 2 || (leaf && size > this.sink.pageSize);
    }
    /** The last branch of a level got one child: merge it into the one before, or borrow one. */
    evenOut(level) {
        const prev = level.prev;
        const cur = level.cur;
        if (prev.size + cur.size - _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PAGE_HEADER_SIZE */ .ql <= this.sink.pageSize || prev.elements.length < 3) {
            cur.elements = [...prev.elements, ...cur.elements];
            cur.size += prev.size - _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PAGE_HEADER_SIZE */ .ql;
            level.prev = null;
            return;
        }
        const moved = prev.elements.pop();
        const bytes = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ELEMENT_SIZE */ .Tv + moved.key.length;
        prev.size -= bytes;
        cur.elements.unshift(moved);
        cur.size += bytes;
    }
    emit(depth, node) {
        // the branch keeps the first key: out of the leaf's arena, which the next leaf reuses
        const first = node.elements[0].key;
        const key = node.arena === null ? first : first.slice();
        const id = this.write(depth, node);
        this.push(depth + 1, { key, pgid: id }, _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ELEMENT_SIZE */ .Tv + key.length);
    }
    write(depth, node) {
        const id = this.sink.nextId;
        const pageSize = this.sink.pageSize;
        const size = node.size;
        if (this.scratch.length < size)
            this.scratch = new Uint8Array(Math.ceil(size / pageSize) * pageSize);
        this.sink.append(depth === 0
            ? (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeLeafPage */ .gt)(id, node.elements, pageSize, this.scratch)
            : (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeBranchPage */ .cJ)(id, node.elements, pageSize, this.scratch));
        if (node.arena !== null) {
            this.spareArenas.push(node.arena);
            node.arena = null;
        }
        return id;
    }
}


/***/ }),

/***/ 5085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ freelistPageCount),
/* harmony export */   mI: () => (/* binding */ reachablePages),
/* harmony export */   wG: () => (/* binding */ encodeFreelistPage),
/* harmony export */   zg: () => (/* binding */ PageAllocator)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4468);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3574);
/**
 * Free pages for a write transaction (bbolt `freelist.go`, `tx_check.go`; bbolt-format §4, §7.1).
 * The free set is always computed by walking what a meta can reach, never trusted from a
 * freelist page: a reachable page listed as free would be overwritten live.
 */



/**
 * Marks every page reachable from `roots` (meta pages, freelist span, every page of every paged
 * bucket with its overflow) in a bitmap of `size` entries. `readPage` returns a page's full span.
 */
function reachablePages(roots, size, readPage) {
    const seen = new Uint8Array(size);
    const mark = (id, overflow, what) => {
        if (id < 2 || id + overflow >= roots.hwm) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`${what} span [${id}, ${id + overflow}] is outside [2, ${roots.hwm})`, id);
        }
        for (let p = id; p <= id + overflow; p++) {
            if (seen[p])
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`${what} page ${p} has multiple references`, id);
            seen[p] = 1;
        }
    };
    seen[0] = 1;
    seen[1] = 1;
    if (roots.freelist !== null) {
        mark(roots.freelist, (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .decodePageHeader */ .pM)(readPage(roots.freelist)).overflow, 'freelist');
    }
    const stack = [roots.root];
    while (stack.length > 0) {
        const id = stack.pop();
        if (id < 2 || id >= roots.hwm)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`page ${id} is outside [2, ${roots.hwm})`);
        const page = readPage(id);
        const header = (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .decodePageHeader */ .pM)(page);
        mark(id, header.overflow, 'tree');
        if (header.flags === _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PageFlag */ .MR.branch) {
            for (let i = 0; i < header.count; i++)
                stack.push((0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .branchElement */ .Tu)(page, i).pgid);
        }
        else if (header.flags === _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PageFlag */ .MR.leaf) {
            for (let i = 0; i < header.count; i++) {
                const element = (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .leafElement */ .DK)(page, i);
                if ((element.flags & _types_js__WEBPACK_IMPORTED_MODULE_2__/* .BUCKET_LEAF_FLAG */ .H2) === 0)
                    continue;
                const root = element.value.length >= 8 ? (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .readU64Number */ .tp)(element.value, 0) : -1;
                if (root < 0)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`bucket entry ${i} has a bad header`, id);
                if (root !== 0)
                    stack.push(root);
            }
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`expected a branch or leaf page, found flags 0x${header.flags.toString(16)}`, id);
        }
    }
    return seen;
}
/**
 * Hands out contiguous runs of pages that were free before the transaction, lowest ids first
 * (bbolt's array freelist), and never a page freed by the transaction itself.
 */
class PageAllocator {
    /** Sorted ascending. */
    free;
    constructor(free) {
        this.free = free;
    }
    /** First id of `count` consecutive free pages, or null when there is no such run. */
    take(count) {
        const free = this.free;
        let runStart = 0;
        for (let i = 0; i < free.length; i++) {
            if (i > runStart && free[i] !== free[i - 1] + 1)
                runStart = i;
            if (i - runStart + 1 === count) {
                const id = free[runStart];
                free.splice(runStart, count);
                return id;
            }
        }
        return null;
    }
}
/** Pages a freelist of n ids needs, computed as bbolt does before allocating it (overestimates). */
function freelistPageCount(n, pageSize) {
    const escape = n >= _types_js__WEBPACK_IMPORTED_MODULE_2__/* .FREELIST_COUNT_ESCAPE */ .Dy ? 1 : 0;
    return Math.floor((_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PAGE_HEADER_SIZE */ .ql + 8 * (n + escape)) / pageSize) + 1;
}
/** A freelist page span listing `ids` (sorted, unique), with the 0xFFFF count escape (§4.1). */
function encodeFreelistPage(id, ids, pages, pageSize) {
    const escape = ids.length >= _types_js__WEBPACK_IMPORTED_MODULE_2__/* .FREELIST_COUNT_ESCAPE */ .Dy;
    const needed = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PAGE_HEADER_SIZE */ .ql + 8 * (ids.length + (escape ? 1 : 0));
    if (needed > pages * pageSize) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvariantError */ .zU(`freelist of ${ids.length} ids does not fit ${pages} pages`);
    }
    const out = new Uint8Array(pages * pageSize);
    (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .encodePageHeader */ .xU)(out, {
        id,
        flags: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PageFlag */ .MR.freelist,
        count: escape ? _types_js__WEBPACK_IMPORTED_MODULE_2__/* .FREELIST_COUNT_ESCAPE */ .Dy : ids.length,
        overflow: pages - 1
    });
    let offset = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PAGE_HEADER_SIZE */ .ql;
    if (escape) {
        (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .writeU64Number */ .Sq)(out, offset, ids.length);
        offset += 8;
    }
    for (let i = 0; i < ids.length; i++) {
        if (i > 0 && ids[i] <= ids[i - 1])
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvariantError */ .zU('freelist ids must be sorted and unique');
        (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .writeU64Number */ .Sq)(out, offset, ids[i]);
        offset += 8;
    }
    return out;
}


/***/ }),

/***/ 9110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ walkBucketEntries),
/* harmony export */   SI: () => (/* binding */ rootBucketRef),
/* harmony export */   U0: () => (/* binding */ visitBucket),
/* harmony export */   Y1: () => (/* binding */ walkEntries),
/* harmony export */   YO: () => (/* binding */ fanOut)
/* harmony export */ });
/* unused harmony export bucketRefOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _bucket_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5329);
/* harmony import */ var _cursor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1765);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4468);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3574);
/**
 * A streaming walk over a bucket's entries in key order, nested buckets included, reading pages
 * transiently (no allocation per page). What the callbacks are given is valid only during the
 * call. After a nested bucket has been visited (its own reads reuse the memory of the parent's
 * leaf), the parent's cursor is re-positioned on that bucket's key before it moves on.
 */





/** One observer that tells each of `observers`, in order. */
function fanOut(observers) {
    return {
        value(key, value) {
            for (const observer of observers)
                observer.value(key, value);
        },
        enterBucket(key, sequence) {
            for (const observer of observers)
                observer.enterBucket(key, sequence);
        },
        leaveBucket() {
            for (const observer of observers)
                observer.leaveBucket();
        }
    };
}
/** The root bucket of a db (the one that holds the top-level bucket names). */
function rootBucketRef(db) {
    return { root: db.meta.root, sequence: db.meta.sequence, inlinePage: null };
}
/** A nested bucket's ref from its raw value in the parent's leaf. */
function bucketRefOf(value) {
    const { root, sequence } = (0,_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeBucketHeader */ .sb)(value);
    return { root, sequence, inlinePage: root === 0 ? (0,_bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .inlinePageOf */ .iT)(value).slice() : null };
}
/**
 * Tells `observer` every entry of `db` in order, nested buckets included (enterBucket, their
 * entries, leaveBucket): what a compaction copies and a digest reads.
 */
function walkEntries(db, observer) {
    walkBucketEntries(db, rootBucketRef(db), observer, -1);
}
/**
 * walkEntries for the bucket at `ref`: its entries, and its nested buckets' between marks.
 * `level` is the bucket's nesting level as checkDb counts it (0 top-level, -1 the root bucket):
 * nesting is bounded as the checker bounds it (MAX_BUCKET_NESTING).
 */
function walkBucketEntries(db, ref, observer, level = 0) {
    visitBucket(db, ref, {
        value: (key, value) => observer.value(key, value),
        bucket: (key, child) => {
            if (level + 1 >= _types_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_BUCKET_NESTING */ .XF) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`buckets nested deeper than ${_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_BUCKET_NESTING */ .XF} levels`, ref.root);
            }
            observer.enterBucket(key, child.sequence);
            walkBucketEntries(db, child, observer, level + 1);
            observer.leaveBucket();
        }
    });
}
function visitBucket(db, ref, visitor) {
    const cursor = new _cursor_js__WEBPACK_IMPORTED_MODULE_2__/* .Cursor */ .b(db, ref.root, ref.inlinePage, true);
    for (let e = cursor.first(); e !== null; e = cursor.next()) {
        if (!e.isBucket) {
            visitor.value(e.key, e.value);
            continue;
        }
        const key = e.key.slice();
        visitor.bucket(key, bucketRefOf(e.value));
        if (ref.inlinePage !== null)
            continue; // an inline page is private memory: nothing moved
        const again = cursor.seek(key);
        if (again === null || (0,_page_js__WEBPACK_IMPORTED_MODULE_3__/* .compareBytes */ .Xo)(again.key, key) !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb('bucket entry vanished while its bucket was read', ref.root);
        }
    }
}


/***/ }),

/***/ 432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3: () => (/* binding */ describeDb),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports formatRate, formatDuration */
/** Human sizes for logs and the summary: binary units, one decimal. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
/** `12.3 MiB/s`; a zero duration counts as 1 ms so tiny transfers still show a rate. */
function formatRate(bytes, ms) {
    return `${formatBytes(Math.round((bytes * 1000) / Math.max(ms, 1)))}/s`;
}
function formatDuration(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/**
 * `db size → restored size (N% free pages dropped)`, the line the report, the job summary and
 * `snapshot status` show; a copied db says its free pages were kept.
 */
function describeDb(db) {
    const sizes = `${formatBytes(db.sourceSize)} → ${formatBytes(db.restoredSize)}`;
    return db.mode === 'compact'
        ? `${sizes} (${db.freePercent}% free pages dropped)`
        : `${sizes} (copied; its ${db.freePercent}% free pages kept)`;
}


/***/ }),

/***/ 2782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ kubernetesRoot),
/* harmony export */   FT: () => (/* binding */ REGISTRY_ROOT),
/* harmony export */   r4: () => (/* binding */ placeKey)
/* harmony export */ });
/**
 * Where a key belongs: its prefix group and, for a namespaced Kubernetes object, its namespace.
 *
 * kube-apiserver (default `--etcd-prefix /registry`) stores an object at
 * `/registry/<resource>/[<namespace>/]<name>`. The resource path is:
 * - `/registry/<group>/<resource>/` when the first segment holds a dot: custom resources
 *   (`/registry/example.com/widgets/`) and the few built-ins stored the same way
 *   (`/registry/apiregistration.k8s.io/apiservices/`,
 *   `/registry/apiextensions.k8s.io/customresourcedefinitions/`);
 * - `/registry/services/specs/` and `/registry/services/endpoints/`: services are split in two;
 * - `/registry/<resource>/` otherwise (`/registry/pods/`, `/registry/deployments/`, and
 *   singletons such as `/registry/ranges/serviceips`).
 * After the resource path, two segments mean `<namespace>/<name>`, one means a cluster-scoped
 * name. A key with nothing after the resource path is grouped by its own folder.
 * Any other key is grouped by its first `depth` folders (`/app/config/x` at depth 1: `/app/`).
 * Keys are latin1 strings here (one char per byte), so any bytes work.
 */
const REGISTRY_ROOT = '/registry/';
/**
 * kube-apiserver's `--etcd-prefix` as the inventory's Kubernetes root, with its trailing `/`;
 * undefined when `prefix` is not a key prefix (`/` then printable ASCII).
 */
function kubernetesRoot(prefix) {
    if (!/^\/[\x21-\x7e]*$/.test(prefix))
        return undefined;
    return prefix.endsWith('/') ? prefix : `${prefix}/`;
}
/** `/registry/services/<these>/` are resources of their own. */
const SPLIT_RESOURCES = {
    services: ['specs', 'endpoints']
};
/** The prefix group and namespace of `key`. */
function placeKey(key, depth) {
    if (!key.startsWith(REGISTRY_ROOT))
        return { prefix: folders(key, depth) };
    const segments = key.slice(REGISTRY_ROOT.length).split('/');
    const first = segments[0];
    const second = segments[1];
    const twoLevel = second !== undefined && (first.includes('.') || SPLIT_RESOURCES[first]?.includes(second));
    const resourceDepth = twoLevel ? 2 : 1;
    const rest = segments.length - resourceDepth;
    if (rest < 1)
        return { prefix: folderOf(key) };
    const prefix = REGISTRY_ROOT + segments.slice(0, resourceDepth).join('/') + '/';
    return rest >= 2 ? { prefix, namespace: segments[resourceDepth] } : { prefix };
}
/** The key cut after its first `depth` folders (a leading `/` is the root, not a folder). */
function folders(key, depth) {
    let seen = 0;
    for (let i = key.startsWith('/') ? 1 : 0; i < key.length; i++) {
        if (key.charCodeAt(i) === 0x2f && ++seen === depth)
            return key.slice(0, i + 1);
    }
    return folderOf(key);
}
/** Everything up to and including the last `/` ('' for a key without one). */
function folderOf(key) {
    return key.slice(0, key.lastIndexOf('/') + 1);
}


/***/ }),

/***/ 8866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ dbReport),
/* harmony export */   jh: () => (/* binding */ AUTO_FREE_SHARE),
/* harmony export */   te: () => (/* binding */ chooseDbPath)
/* harmony export */ });
/* unused harmony export dbsKnownSame */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Step 3 of a restore, the choice: the member dbs are the snapshot's db copied and edited
 * (db-copy.ts), or written afresh without its free pages (db-compact.ts).
 */

/** `auto` compacts when at least this share of the db's pages is free (freelist + unreachable). */
const AUTO_FREE_SHARE = 0.2;
function chooseDbPath(defrag, check) {
    if (defrag === 'never')
        return 'copy';
    if (defrag === 'always')
        return 'compact';
    return check.freePages >= AUTO_FREE_SHARE * check.hwm ? 'compact' : 'copy';
}
function dbReport(mode, defrag, check, restoredSize) {
    return {
        mode,
        defrag,
        sourceSize: check.dbSize,
        restoredSize,
        sourcePages: check.hwm,
        freePages: check.freePages,
        freePercent: Math.round((100 * check.freePages) / check.hwm),
        sameInEveryMember: true
    };
}
/**
 * Whether the dbs at `paths` are known to be the same bytes without reading them: the restore
 * that made them says so (`db.sameInEveryMember`) and each is still a regular file of the size
 * it wrote. Anything else (an older report, dirs from elsewhere, a size changed since) is
 * unknown: compare them.
 */
async function dbsKnownSame(db, paths) {
    if (db?.sameInEveryMember !== true)
        return false;
    const sizes = await Promise.all(paths.map((path) => lstat(path).then((st) => (st.isFile() ? st.size : -1), () => -1)));
    return sizes.every((size) => size === db.restoredSize);
}


/***/ })

};
