export const id = 105;
export const ids = [105,797];
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
// EXTERNAL MODULE: ./src/lib/inspect.ts
var inspect = __webpack_require__(935);
// EXTERNAL MODULE: ./src/lib/inventory/inventory.ts + 3 modules
var inventory_inventory = __webpack_require__(8074);
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
async function loadDiffSides(oldPath, newPath, depth) {
    const paths = [oldPath, newPath];
    const json = await Promise.all(paths.map(isJsonFile));
    const reports = await Promise.all(paths.map((p, i) => (json[i] ? readReportInventory(p) : undefined)));
    const reportDepth = reports.find((r) => r !== undefined)?.depth;
    const sides = await Promise.all(paths.map(async (path, i) => {
        const report = reports[i];
        if (report)
            return { path, kind: 'report', inventory: report };
        const inventory = await (0,inspect/* inspectSnapshot */.X)(path, (db) => (0,inventory_inventory/* takeInventory */.O1)(db, { depth: depth ?? reportDepth }));
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
    inventory.depthFlag
];
const help = `Compares what two backups hold, per Kubernetes kind, prefix and encryption provider, and fails
(exit code 6) when <new> lost content against <old>: the revision went backwards, the live keys
or a kind or prefix with at least --min-keys keys in <old> dropped by more than --max-drop, or a
kind (or all encryption at rest) vanished. Each side is a snapshot, or a JSON file written earlier
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
        const [old, now] = await loadDiffSides(oldPath, newPath, (0,inventory.depthOf)(parsed));
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

/***/ 1797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   depthFlag: () => (/* binding */ depthFlag),
/* harmony export */   depthOf: () => (/* binding */ depthOf),
/* harmony export */   inventoryCommand: () => (/* binding */ inventoryCommand)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _lib_inspect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(935);
/* harmony import */ var _lib_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8074);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5377);
/* harmony import */ var _inventory_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(159);





const depthFlag = {
    name: 'depth',
    kind: 'string',
    help: 'folders that group a key outside /registry',
    defaultText: '1'
};
/** --depth: 1-64 folders; undefined when not given. */
function depthOf(parsed) {
    const text = parsed.strings.get('depth');
    if (text === undefined)
        return undefined;
    if (!/^[0-9]{1,2}$/.test(text) || Number(text) < 1 || Number(text) > 64)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid value "${text}" for --depth: want 1 to 64 folders`);
    return Number(text);
}
const flags = [
    {
        name: 'write-out',
        short: 'w',
        kind: 'string',
        help: 'output format: simple, table or json',
        defaultText: 'simple'
    },
    depthFlag
];
const help = `Counts what a snapshot holds at its latest revision: live keys and bytes by Kubernetes kind
(protobuf envelope or JSON apiVersion/kind), by prefix (/registry/<resource>/ and
/registry/<group>/<resource>/; other keys by their first --depth folders), by namespace, values
encrypted at rest by provider, and the 10 largest keys. One pass over the key history.

Usage:
  etcd-restore snapshot inventory <filename> [-w simple|table|json] [--depth N]

Flags:
${(0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .flagHelp */ .QR)(flags)}
`;
const inventoryCommand = {
    async run(argv) {
        const parsed = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)(argv, flags);
        if (parsed.help) {
            process.stdout.write(help);
            return 0;
        }
        const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOut */ .sD)(parsed, ['simple', 'table', 'json']);
        const depth = depthOf(parsed);
        const path = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .snapshotArgument */ .g2)(parsed, 'snapshot inventory');
        const inventory = await (0,_lib_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .inspectSnapshot */ .X)(path, (db) => (0,_lib_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .takeInventory */ .O1)(db, { depth }));
        process.stdout.write(format === 'json'
            ? `${JSON.stringify(inventory)}\n`
            : format === 'table'
                ? (0,_inventory_render_js__WEBPACK_IMPORTED_MODULE_4__/* .inventoryTable */ .tG)(inventory)
                : (0,_inventory_render_js__WEBPACK_IMPORTED_MODULE_4__/* .inventorySimple */ .TJ)(inventory));
        return 0;
    }
};


/***/ }),

/***/ 159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NI: () => (/* binding */ diffText),
/* harmony export */   TJ: () => (/* binding */ inventorySimple),
/* harmony export */   tG: () => (/* binding */ inventoryTable)
/* harmony export */ });
/* unused harmony export prefixLabel */
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(432);
/* harmony import */ var _lib_inventory_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9825);
/* harmony import */ var _lib_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8074);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4984);




/** A prefix as printed: the empty prefix (keys without a `/`) needs a name. */
const prefixLabel = (prefix) => (prefix === '' ? '(no folder)' : prefix);
const providers = (inv) => Object.entries(inv.encrypted.providers)
    .map(([p, n]) => `${p} ${n}`)
    .join(', ');
/** `snapshot inventory -w simple`: one line per group. */
function inventorySimple(inv) {
    const lines = [
        `revision ${inv.revision} (compacted at ${inv.compactRevision}), ${inv.liveKeys} live keys, ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(inv.bytes)}`,
        ...inv.kinds.map((k) => `kind ${(0,_lib_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .kindName */ .Ep)(k)}: ${k.keys} keys, ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(k.bytes)}`),
        ...inv.prefixes.map((p) => `prefix ${prefixLabel(p.prefix)}: ${p.keys} keys, ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(p.bytes)}`),
        ...inv.namespaces.map((n) => `namespace ${n.namespace}: ${n.keys} keys`),
        `encrypted: ${inv.encrypted.keys} keys${inv.encrypted.keys > 0 ? ` (${providers(inv)})` : ''}`,
        `other: ${inv.other.keys} keys, ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(inv.other.bytes)}`,
        ...inv.largest.map((l) => `largest ${l.key}: ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(l.bytes)}`)
    ];
    return lines.join('\n') + '\n';
}
/** `snapshot inventory -w table`: one table per grouping. */
function inventoryTable(inv) {
    return [
        (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['REVISION', 'COMPACT REVISION', 'LIVE KEYS', 'SIZE', 'ENCRYPTED', 'OTHER'], [
            [
                `${inv.revision}`,
                `${inv.compactRevision}`,
                `${inv.liveKeys}`,
                (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(inv.bytes),
                inv.encrypted.keys > 0 ? `${inv.encrypted.keys} (${providers(inv)})` : '0',
                `${inv.other.keys}`
            ]
        ]),
        (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['KIND', 'KEYS', 'SIZE'], inv.kinds.map((k) => [(0,_lib_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .kindName */ .Ep)(k), `${k.keys}`, (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(k.bytes)])),
        (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['PREFIX', 'KEYS', 'SIZE'], inv.prefixes.map((p) => [prefixLabel(p.prefix), `${p.keys}`, (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(p.bytes)])),
        (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['NAMESPACE', 'KEYS'], inv.namespaces.map((n) => [n.namespace, `${n.keys}`])),
        (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['LARGEST KEY', 'SIZE'], inv.largest.map((l) => [l.key, (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(l.bytes)]))
    ].join('\n');
}
const rows = (changes, all, label = (n) => n) => changes
    .filter((c) => all || c.old !== c.new)
    .map((c) => [label(c.name), `${c.old}`, `${c.new}`, (0,_lib_inventory_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .formatChange */ .eD)(c)]);
function verdict(diff) {
    const rule = `max drop ${diff.maxDropPercent}%, min keys ${diff.minKeys}`;
    if (diff.passed)
        return `PASS (${rule})\n`;
    return `FAIL (${rule}):\n${diff.failures.map((f) => `  ${f}`).join('\n')}\n`;
}
/** `snapshot diff -w simple|table`: simple shows what changed, table every group. */
function diffText(diff, format) {
    const all = format === 'table';
    const head = [
        `revision ${diff.revision.old} → ${diff.revision.new}`,
        `live keys ${diff.liveKeys.old} → ${diff.liveKeys.new} (${(0,_lib_inventory_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .formatChange */ .eD)(diff.liveKeys)})`,
        `bytes ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(diff.bytes.old)} → ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(diff.bytes.new)} (${(0,_lib_inventory_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .formatChange */ .eD)(diff.bytes)})`,
        ''
    ].join('\n');
    const tables = [
        ['KIND', rows(diff.kinds, all)],
        ['PREFIX', rows(diff.prefixes, all, prefixLabel)],
        ['ENCRYPTED', rows(diff.encrypted, all)]
    ];
    const body = tables
        .filter(([, r]) => r.length > 0)
        .map(([title, r]) => (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)([title, 'OLD', 'NEW', 'CHANGE'], r))
        .join('\n');
    const unchanged = !all && body === '' ? 'no kind, prefix or encryption changed\n' : '';
    return `${head}${body}${unchanged}\n${verdict(diff)}`;
}


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

/***/ 935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ inspectSnapshotFile),
/* harmony export */   X: () => (/* binding */ inspectSnapshot)
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
/* harmony import */ var _snapshot_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5216);
/* harmony import */ var _snapshot_read_options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2250);
/* harmony import */ var _snapshot_decompress_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4693);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7268);











/**
 * Opens a snapshot read-only for inspection (hashkv, inventory): checks its structure and hands
 * the database to `use`. Plain files are read in place and not hashed; compressed ones are
 * decompressed to a temporary file first (bbolt pages need positional reads).
 */
async function inspectSnapshot(path, use) {
    return (await inspect(path, use, false)).value;
}
/**
 * inspectSnapshot, and the file's sha256 and trailer verdict (status): a plain file is hashed in
 * a worker thread while `use` runs.
 */
async function inspectSnapshotFile(path, use) {
    const { value, file } = await inspect(path, use, true);
    return { value, file: file };
}
async function inspect(path, use, hash) {
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
            dbSize = (0,_snapshot_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .databaseBytes */ .H8)(fileSize);
            if (hash)
                hashing = hashInPlace(path, fileSize, dbSize, stopHashing.signal);
        }
        else {
            scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'etcd-restore-inspect-'));
            dbPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'db');
            const copy = await (0,_snapshot_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .copyAndVerify */ .C)(path, dbPath, { skipHashCheck: true });
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
        const source = _io_page_file_js__WEBPACK_IMPORTED_MODULE_6__/* .FileByteFile */ .Ly.open(dbPath, (0,_snapshot_read_options_js__WEBPACK_IMPORTED_MODULE_8__/* .readOptionsFor */ .o7)(dbPath, dbSize));
        let value;
        try {
            const db = _bolt_db_js__WEBPACK_IMPORTED_MODULE_4__/* .BoltDb */ .k.open((0,_io_page_file_js__WEBPACK_IMPORTED_MODULE_6__/* .limitByteSource */ .FN)(source, dbSize));
            value = use(db, (0,_bolt_check_js__WEBPACK_IMPORTED_MODULE_5__/* .checkDb */ .T)(db));
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
        const head = Buffer.alloc(_snapshot_decompress_js__WEBPACK_IMPORTED_MODULE_9__/* .MAGIC_BYTES */ .kP);
        const { bytesRead } = await handle.read(head, 0, _snapshot_decompress_js__WEBPACK_IMPORTED_MODULE_9__/* .MAGIC_BYTES */ .kP, 0);
        return (0,_snapshot_decompress_js__WEBPACK_IMPORTED_MODULE_9__/* .detectCompression */ .IR)(head.subarray(0, bytesRead));
    }
    finally {
        await handle.close();
    }
}
/** sha256 of the database part and the trailer rule (format doc §5.1), in a worker thread. */
async function hashInPlace(path, fileSize, dbSize, signal) {
    const tail = dbSize === fileSize ? undefined : (0,_snapshot_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .readTrailer */ .ot)(path, fileSize);
    const sha256 = (await (0,_snapshot_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .hashSnapshot */ .Fo)(path, dbSize, signal)).toString('hex');
    const trailer = tail === undefined
        ? 'absent'
        : Buffer.from(tail).toString('hex') === sha256
            ? 'valid'
            : 'mismatch';
    return { path, fileSize, compression: 'none', dbSize, sha256, trailer };
}


/***/ }),

/***/ 9825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ DEFAULT_MIN_KEYS),
/* harmony export */   F3: () => (/* binding */ DEFAULT_MAX_DROP_PERCENT),
/* harmony export */   Q8: () => (/* binding */ diffInventories),
/* harmony export */   eD: () => (/* binding */ formatChange),
/* harmony export */   lo: () => (/* binding */ parsePercent)
/* harmony export */ });
/* unused harmony export changeLine */
const DEFAULT_MAX_DROP_PERCENT = 10;
const DEFAULT_MIN_KEYS = 50;
function change(name, old, now) {
    return { name, old, new: now, changePercent: old === 0 ? null : ((now - old) / old) * 100 };
}
/** `−40%`, `+2.5%`, `new`: one decimal at most, a real minus sign. */
function formatChange(c) {
    if (c.changePercent === null)
        return c.new === 0 ? '0%' : 'new';
    const rounded = Math.round(c.changePercent * 10) / 10;
    if (rounded === 0)
        return c.old === c.new ? '0%' : '±0%';
    return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}%`;
}
/** `v1/Pod 1000 → 600 (−40%)` */
function changeLine(c) {
    return `${c.name} ${c.old} → ${c.new} (${formatChange(c)})`;
}
/** Kinds keyed by group and kind; named by their apiVersion(s). */
function kindGroups(inv) {
    const groups = new Map();
    for (const k of inv.kinds) {
        const slash = k.apiVersion.lastIndexOf('/');
        const key = `${slash === -1 ? '' : k.apiVersion.slice(0, slash)}\0${k.kind}`;
        const group = groups.get(key) ?? { versions: new Set(), keys: 0 };
        group.versions.add(k.apiVersion);
        group.keys += k.keys;
        groups.set(key, group);
    }
    return groups;
}
function kindChanges(old, now) {
    const before = kindGroups(old);
    const after = kindGroups(now);
    return [...new Set([...before.keys(), ...after.keys()])].map((key) => {
        const kind = key.slice(key.indexOf('\0') + 1);
        const versions = [
            ...new Set([...(before.get(key)?.versions ?? []), ...(after.get(key)?.versions ?? [])])
        ];
        const name = versions.length === 1 && versions[0] !== ''
            ? `${versions[0]}/${kind}`
            : versions.length === 1
                ? kind
                : `${kind} (${versions.join(', ')})`;
        return change(name, before.get(key)?.keys ?? 0, after.get(key)?.keys ?? 0);
    });
}
function namedChanges(old, now) {
    return [...new Set([...old.keys(), ...now.keys()])].map((name) => change(name, old.get(name) ?? 0, now.get(name) ?? 0));
}
const byOldKeys = (a, b) => b.old - a.old || b.new - a.new || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
/** The diff of `old` → `now` and its verdict. */
function diffInventories(old, now, options = {}) {
    const maxDropPercent = options.maxDropPercent ?? DEFAULT_MAX_DROP_PERCENT;
    const minKeys = options.minKeys ?? DEFAULT_MIN_KEYS;
    const kinds = kindChanges(old, now).sort(byOldKeys);
    const prefixes = namedChanges(new Map(old.prefixes.map((p) => [p.prefix, p.keys])), new Map(now.prefixes.map((p) => [p.prefix, p.keys]))).sort(byOldKeys);
    const providers = (inv) => new Map(Object.entries(inv.encrypted.providers).map(([p, n]) => [`encrypted/${p}`, n]));
    const encrypted = [
        change('encrypted', old.encrypted.keys, now.encrypted.keys),
        ...namedChanges(providers(old), providers(now)).sort(byOldKeys)
    ];
    const liveKeys = change('live keys', old.liveKeys, now.liveKeys);
    const dropped = (c) => c.changePercent !== null && c.changePercent < 0 && -c.changePercent > maxDropPercent;
    const failures = [];
    if (now.revision < old.revision)
        failures.push(`revision went backwards: ${old.revision} → ${now.revision} (an older backup, or another cluster's)`);
    if (dropped(liveKeys))
        failures.push(changeLine(liveKeys));
    for (const c of kinds) {
        if (c.old > 0 && c.new === 0)
            failures.push(`${changeLine(c)}: the kind vanished`);
        else if (c.old >= minKeys && dropped(c))
            failures.push(changeLine(c));
    }
    for (const c of prefixes)
        if (c.old >= minKeys && dropped(c))
            failures.push(changeLine(c));
    const total = encrypted[0];
    if (total.old > 0 && total.new === 0)
        failures.push(`${changeLine(total)}: no value is encrypted at rest any more`);
    else if (total.old >= minKeys && dropped(total))
        failures.push(changeLine(total));
    return {
        passed: failures.length === 0,
        failures,
        maxDropPercent,
        minKeys,
        revision: { old: old.revision, new: now.revision },
        liveKeys,
        bytes: change('bytes', old.bytes, now.bytes),
        kinds,
        prefixes,
        encrypted
    };
}
/** Parses `10%`, `10` or `2.5%` into percent (0-100). */
function parsePercent(text) {
    const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*%?\s*$/.exec(text);
    if (!match)
        return undefined;
    const value = Number(match[1]);
    return value <= 100 ? value : undefined;
}


/***/ }),

/***/ 8074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O6: () => (/* binding */ inventoryWithinBound),
  Ep: () => (/* binding */ kindName),
  O1: () => (/* binding */ takeInventory)
});

// UNUSED EXPORTS: InventoryLimitError, readable

// EXTERNAL MODULE: ./src/lib/backend/kv.ts
var backend_kv = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/lib/backend/revision.ts
var backend_revision = __webpack_require__(9627);
// EXTERNAL MODULE: ./src/lib/backend/schema.ts
var schema = __webpack_require__(3397);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/proto/load.ts + 1 modules
var load = __webpack_require__(2406);
;// CONCATENATED MODULE: ./src/lib/inventory/classify.ts
/**
 * What a stored value is, from its first bytes: a Kubernetes object in the protobuf envelope
 * (`k8s\0` + runtime.Unknown, whose TypeMeta names apiVersion and kind), a JSON object with
 * apiVersion and kind (custom resources, older clusters), a value encrypted at rest
 * (`k8s:enc:<provider>:<version>:<key name>:` + ciphertext: aescbc, aesgcm, secretbox, kms), or
 * anything else. Pure: no I/O, never throws on bad input (an undecodable value is `other`).
 */

const ENVELOPE_MAGIC = [0x6b, 0x38, 0x73, 0x00]; // "k8s\0"
const ENCRYPTED_PREFIX = Buffer.from('k8s:enc:');
const OTHER = { type: 'other' };
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
/** Longest provider name read from an encrypted value's prefix. */
const MAX_PROVIDER = 64;
function startsWith(value, prefix) {
    if (value.length < prefix.length)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (value[i] !== prefix[i])
            return false;
    return true;
}
/** Classifies one value (the `value` field of an mvccpb.KeyValue). */
function classifyValue(value) {
    if (startsWith(value, ENVELOPE_MAGIC))
        return envelope(value.subarray(ENVELOPE_MAGIC.length));
    if (startsWith(value, ENCRYPTED_PREFIX))
        return encrypted(value);
    if (firstNonSpace(value) === OPEN_BRACE)
        return jsonObject(value);
    return OTHER;
}
function envelope(body) {
    try {
        const unknown = (0,load/* protoType */.J)('k8s.io.apimachinery.pkg.runtime.Unknown').decode(body);
        const kind = unknown.typeMeta?.kind ?? '';
        if (kind === '')
            return OTHER;
        return { type: 'object', apiVersion: unknown.typeMeta?.apiVersion ?? '', kind };
    }
    catch {
        return OTHER;
    }
}
function encrypted(value) {
    const start = ENCRYPTED_PREFIX.length;
    const end = Math.min(value.length, start + MAX_PROVIDER);
    for (let i = start; i < end; i++) {
        if (value[i] !== COLON)
            continue;
        if (i === start)
            break;
        return { type: 'encrypted', provider: Buffer.from(value.subarray(start, i)).toString('latin1') };
    }
    return { type: 'encrypted', provider: 'unknown' };
}
const decoder = new TextDecoder('utf-8', { fatal: true });
function jsonObject(value) {
    try {
        const parsed = JSON.parse(decoder.decode(value));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            return OTHER;
        const { apiVersion, kind } = parsed;
        if (typeof kind !== 'string' || kind === '')
            return OTHER;
        return { type: 'object', apiVersion: typeof apiVersion === 'string' ? apiVersion : '', kind };
    }
    catch {
        return OTHER;
    }
}
function firstNonSpace(value) {
    for (const byte of value)
        if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
            return byte;
    return undefined;
}

;// CONCATENATED MODULE: ./src/lib/inventory/largest.ts
/** The `size` biggest items seen, in a min-heap of at most `size` entries (memory O(size)). */
class Largest {
    size;
    heap = [];
    constructor(size) {
        this.size = size;
    }
    offer(weight, item) {
        const heap = this.heap;
        if (heap.length < this.size) {
            heap.push({ weight, item: item() });
            this.up(heap.length - 1);
        }
        else if (this.size > 0 && weight > heap[0].weight) {
            heap[0] = { weight, item: item() };
            this.down(0);
        }
    }
    /** Biggest first. */
    sorted() {
        return [...this.heap].sort((a, b) => b.weight - a.weight);
    }
    up(i) {
        const heap = this.heap;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (heap[parent].weight <= heap[i].weight)
                return;
            [heap[parent], heap[i]] = [heap[i], heap[parent]];
            i = parent;
        }
    }
    down(i) {
        const heap = this.heap;
        for (;;) {
            let least = i;
            for (const child of [2 * i + 1, 2 * i + 2])
                if (child < heap.length && heap[child].weight < heap[least].weight)
                    least = child;
            if (least === i)
                return;
            [heap[least], heap[i]] = [heap[i], heap[least]];
            i = least;
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/inventory/prefix.ts
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

;// CONCATENATED MODULE: ./src/lib/inventory/inventory.ts







/** Too many live keys to count within the bound. */
class InventoryLimitError extends errors/* SnapshotError */.JC {
}
const CLASS_UNIT = 2 ** 32;
const MAX_BYTES = CLASS_UNIT - 1;
/** Distinct classes kept apart; past this, new ones count as `other` (keeps packing within 2^53). */
const MAX_CLASSES = 2 ** 20;
/** Interns value classes: one id per distinct kind, provider, or other. */
class ClassTable {
    classes = [{ type: 'other' }];
    ids = new Map([['x', 0]]);
    idOf(c) {
        const name = c.type === 'object'
            ? `o${c.apiVersion}\0${c.kind}`
            : c.type === 'encrypted'
                ? `e${c.provider}`
                : 'x';
        let id = this.ids.get(name);
        if (id === undefined) {
            if (this.classes.length >= MAX_CLASSES)
                return 0;
            id = this.classes.length;
            this.classes.push(c);
            this.ids.set(name, id);
        }
        return id;
    }
}
/** Latin1 key string (bytes) → text as people read it (UTF-8; invalid bytes become U+FFFD). */
function readable(latin1) {
    return Buffer.from(latin1, 'latin1').toString('utf8');
}
/** The inventory of `db` at its latest revision. */
function takeInventory(db, options = {}) {
    const depth = options.depth ?? 1;
    const maxLiveKeys = options.maxLiveKeys ?? 5_000_000;
    const table = new ClassTable();
    // user key (latin1) → class id × 2^32 + bytes of its latest put
    const latest = new Map();
    let revision = 0;
    const keyBucket = db.bucket(schema/* Buckets */.cR.key);
    if (keyBucket) {
        const keyEntries = options.keyEntries;
        for (const e of keyBucket.sweep()) {
            keyEntries?.(e.key, e.isBucket ? undefined : e.value);
            if (e.isBucket)
                continue;
            const label = () => (0,backend_revision/* revisionLabel */.wc)(e.key);
            revision = (0,backend_revision/* revisionMain */.py)(e.key);
            if ((0,backend_revision/* isTombstone */.aK)(e.key)) {
                latest.delete((0,backend_kv/* byteString */.iP)((0,backend_kv/* keyValueKey */.Mv)(e.value, label)));
                continue;
            }
            const kv = decodePut(e.value, label);
            const bytes = Math.min(kv.key.length + kv.value.length, MAX_BYTES);
            latest.set((0,backend_kv/* byteString */.iP)(kv.key), table.idOf(classifyValue(kv.value)) * CLASS_UNIT + bytes);
            if (latest.size > maxLiveKeys)
                throw new InventoryLimitError(`inventory: more than ${maxLiveKeys} live keys (counting needs one map entry per live key)`);
        }
    }
    return tally(latest, table.classes, {
        revision,
        compactRevision: compactRevisionOf(db),
        depth,
        largest: options.largest ?? 10
    });
}
/** decodeKeyValue, naming the revision only when it fails (hot loop). */
function decodePut(value, label) {
    try {
        return (0,backend_kv/* decodeKeyValue */.F5)(value);
    }
    catch (error) {
        throw new errors/* SnapshotError */.JC(`${label()}: ${error.message}`, { cause: error });
    }
}
function compactRevisionOf(db) {
    const value = db.bucket(schema/* Buckets */.cR.meta)?.get(schema/* MetaKeys */.SK.finishedCompactRev);
    return value === undefined
        ? 0
        : (0,backend_revision/* revisionNumber */.P7)((0,backend_revision/* decodeRevision */.ur)(value, 'meta/finishedCompactRev').main);
}
/** Groups the live keys: one counter per kind, prefix and namespace; the biggest in a heap. */
function tally(latest, classes, at) {
    const byClass = classes.map(() => ({ keys: 0, bytes: 0 }));
    const byPrefix = new Map();
    const byNamespace = new Map();
    const largest = new Largest(at.largest);
    let bytes = 0;
    for (const [key, packed] of latest) {
        const size = packed % CLASS_UNIT;
        const counter = byClass[Math.floor(packed / CLASS_UNIT)];
        counter.keys++;
        counter.bytes += size;
        bytes += size;
        const place = placeKey(key, at.depth);
        const group = byPrefix.get(place.prefix);
        if (group) {
            group.keys++;
            group.bytes += size;
        }
        else
            byPrefix.set(place.prefix, { keys: 1, bytes: size });
        if (place.namespace !== undefined)
            byNamespace.set(place.namespace, (byNamespace.get(place.namespace) ?? 0) + 1);
        largest.offer(size, () => key);
    }
    const kinds = [];
    const encrypted = { keys: 0, bytes: 0, providers: {} };
    classes.forEach((c, i) => {
        const { keys, bytes: classBytes } = byClass[i];
        if (keys === 0)
            return;
        if (c.type === 'object')
            kinds.push({ apiVersion: c.apiVersion, kind: c.kind, keys, bytes: classBytes });
        else if (c.type === 'encrypted') {
            encrypted.keys += keys;
            encrypted.bytes += classBytes;
            encrypted.providers[c.provider] = (encrypted.providers[c.provider] ?? 0) + keys;
        }
    });
    const byKeys = (name) => (a, b) => b.keys - a.keys || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
    return {
        revision: at.revision,
        compactRevision: at.compactRevision,
        liveKeys: latest.size,
        bytes,
        kinds: kinds.sort(byKeys((k) => kindName(k))),
        prefixes: [...byPrefix]
            .map(([prefix, c]) => ({ prefix: readable(prefix), keys: c.keys, bytes: c.bytes }))
            .sort(byKeys((p) => p.prefix)),
        namespaces: [...byNamespace]
            .map(([namespace, keys]) => ({ namespace: readable(namespace), keys }))
            .sort(byKeys((n) => n.namespace)),
        encrypted,
        other: { keys: byClass[0].keys, bytes: byClass[0].bytes },
        largest: largest
            .sorted()
            .map(({ weight, item }) => ({ key: readable(item), bytes: weight }))
            .sort((a, b) => b.bytes - a.bytes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
        depth: at.depth
    };
}
/** `v1/Pod`, `example.com/v1/Widget`; just the kind when apiVersion is empty. */
function kindName(k) {
    return k.apiVersion ? `${k.apiVersion}/${k.kind}` : k.kind;
}
/** The inventory, or undefined when the snapshot has more live keys than the bound. */
function inventoryWithinBound(db, options = {}) {
    try {
        return takeInventory(db, options);
    }
    catch (error) {
        if (error instanceof InventoryLimitError)
            return undefined;
        throw error;
    }
}


/***/ })

};
