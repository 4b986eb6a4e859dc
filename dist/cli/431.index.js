export const id = 431;
export const ids = [431];
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


/***/ })

};
