export const id = 887;
export const ids = [887,431];
export const modules = {

/***/ 7105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffCommand: () => (/* binding */ diffCommand)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/inventory/diff.ts
var inventory_diff = __webpack_require__(9825);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/lib/snapshot/inspect.ts
var inspect = __webpack_require__(6540);
// EXTERNAL MODULE: ./src/lib/inventory/inventory.ts + 6 modules
var inventory_inventory = __webpack_require__(8003);
;// CONCATENATED MODULE: ./src/lib/inventory/source.ts
/**
 * One side of a diff: a snapshot (inventoried now) or a JSON file written earlier that holds an
 * inventory: `snapshot inventory -w json`, `snapshot status -w json`, a restore or action report
 * (`snapshot.inventory`), so a nightly job can keep reports instead of snapshots.
 */




/** Largest JSON report read whole (reports are kilobytes; a snapshot never starts with `{`). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** Whether `path` holds JSON (its first non-blank byte is `{`). */
async function isJsonFile(path) {
    const handle = await (0,promises_.open)(path, 'r').catch((error) => {
        throw new errors/* SnapshotError */.JC(error.code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path}: ${error.message}`);
    });
    try {
        const head = Buffer.alloc(64);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        const text = head.subarray(0, bytesRead).toString('latin1').trimStart();
        return text.startsWith('{');
    }
    finally {
        await handle.close();
    }
}
/** The inventory inside a parsed report, status or inventory JSON; undefined when none. */
function inventoryIn(json) {
    const candidates = [
        json,
        json?.inventory,
        json?.snapshot?.inventory
    ];
    return candidates.find(isInventory);
}
function isInventory(value) {
    const v = value;
    return (typeof v === 'object' &&
        v !== null &&
        typeof v.revision === 'number' &&
        typeof v.liveKeys === 'number' &&
        Array.isArray(v.kinds) &&
        Array.isArray(v.prefixes) &&
        typeof v.encrypted === 'object');
}
/** Reads a JSON report's inventory; one clear error when the file has none. */
async function readReportInventory(path) {
    const text = await (0,promises_.readFile)(path);
    if (text.length > MAX_REPORT_BYTES)
        throw new errors/* InputError */.dz(`${path}: ${text.length} bytes is too big for a report`);
    let json;
    try {
        json = JSON.parse(text.toString('utf8'));
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${path}: not valid JSON (${error.message})`);
    }
    const inventory = inventoryIn(json);
    if (!inventory)
        throw new errors/* InputError */.dz(`${path}: JSON without an inventory (want 'snapshot inventory -w json', 'snapshot status -w json' or a restore report)`);
    return inventory;
}
/**
 * Both sides of a diff. A snapshot is inventoried at `depth`, or at the depth of a report on the
 * other side, so prefixes outside /registry group alike.
 */
async function loadDiffSides(oldPath, newPath, depth, options = {}) {
    const paths = [oldPath, newPath];
    const json = await Promise.all(paths.map(isJsonFile));
    const reports = await Promise.all(paths.map((p, i) => (json[i] ? readReportInventory(p) : undefined)));
    const reportDepth = reports.find((r) => r !== undefined)?.depth;
    const sides = await Promise.all(paths.map(async (path, i) => {
        const report = reports[i];
        if (report)
            return { path, kind: 'report', inventory: report };
        const inventory = await (0,inspect/* inspectSnapshot */.XA)(path, (db) => (0,inventory_inventory.takeInventory)(db, { ...options, depth: depth ?? reportDepth }));
        return { path, kind: 'snapshot', inventory };
    }));
    return [sides[0], sides[1]];
}

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/inventory-render.ts
var inventory_render = __webpack_require__(159);
// EXTERNAL MODULE: ./src/cli/commands/inventory.ts
var inventory = __webpack_require__(1797);
;// CONCATENATED MODULE: ./src/cli/commands/diff.ts






const diff_flags = [
    {
        name: 'max-drop',
        kind: 'string',
        help: 'largest accepted drop of the live keys, or of a kind or prefix with --min-keys keys',
        defaultText: `${inventory_diff/* DEFAULT_MAX_DROP_PERCENT */.F3}%`
    },
    {
        name: 'min-keys',
        kind: 'string',
        help: 'kinds and prefixes with fewer keys in <old> are not held to --max-drop',
        defaultText: `${inventory_diff/* DEFAULT_MIN_KEYS */.ES}`
    },
    {
        name: 'write-out',
        short: 'w',
        kind: 'string',
        help: 'output format: simple, table or json',
        defaultText: 'simple'
    },
    inventory.depthFlag,
    inventory.encryptionConfigFlag,
    inventory.kubernetesPrefixFlag
];
const help = `Compares what two backups hold, per Kubernetes kind, prefix and encryption provider, and fails
(exit code 6) when <new> lost content against <old>: the revision went backwards, the live keys
or a kind or prefix with at least --min-keys keys in <old> dropped by more than --max-drop, or a
kind (or all encryption at rest) vanished, or more values do not decode, or more do not decrypt
with --encryption-config (snapshot sides; a report keeps what its own run found). Each side is a snapshot, or a JSON file written earlier
that holds an inventory ('snapshot inventory -w json', 'snapshot status -w json', a restore report).

Usage:
  etcd-restore snapshot diff <old> <new> [--max-drop 10%] [--min-keys 50] [-w simple|table|json]

Flags:
${(0,flags/* flagHelp */.QR)(diff_flags)}
`;
const diffCommand = {
    async run(argv) {
        const parsed = (0,flags/* parseFlags */.bQ)(argv, diff_flags);
        if (parsed.help) {
            process.stdout.write(help);
            return 0;
        }
        const format = (0,flags/* writeOut */.sD)(parsed, ['simple', 'table', 'json']);
        const maxDropText = parsed.strings.get('max-drop');
        const maxDropPercent = maxDropText === undefined ? undefined : (0,inventory_diff/* parsePercent */.lo)(maxDropText);
        if (maxDropText !== undefined && maxDropPercent === undefined)
            throw new errors/* InputError */.dz(`invalid value "${maxDropText}" for --max-drop: want a percentage such as 10%`);
        const minKeysText = parsed.strings.get('min-keys');
        if (minKeysText !== undefined && !/^[0-9]{1,12}$/.test(minKeysText))
            throw new errors/* InputError */.dz(`invalid value "${minKeysText}" for --min-keys: want a whole number`);
        if (parsed.positionals.length !== 2)
            throw new errors/* InputError */.dz(`snapshot diff needs two arguments, <old> and <new>, got ${parsed.positionals.length}`);
        const [oldPath, newPath] = parsed.positionals;
        const [old, now] = await loadDiffSides(oldPath, newPath, (0,inventory.depthOf)(parsed), await (0,inventory.kubernetesOptions)(parsed));
        const diff = (0,inventory_diff/* diffInventories */.Q8)(old.inventory, now.inventory, {
            maxDropPercent,
            minKeys: minKeysText === undefined ? undefined : Number(minKeysText)
        });
        process.stdout.write(format === 'json'
            ? `${JSON.stringify({ old: { path: old.path, kind: old.kind }, new: { path: now.path, kind: now.kind }, ...diff })}\n`
            : (0,inventory_render/* diffText */.NI)(diff, format));
        if (!diff.passed)
            throw new errors/* RegressionError */.mj(`${newPath} lost content against ${oldPath}: ${diff.failures.join('; ')}`);
        return 0;
    }
};


/***/ }),

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
