export const id = 105;
export const ids = [105];
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
var inventory_inventory = __webpack_require__(1855);
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
        const inventory = await (0,inspect/* inspectSnapshot */.XA)(path, (db) => (0,inventory_inventory/* takeInventory */.O1)(db, { ...options, depth: depth ?? reportDepth }));
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


/***/ })

};
