export const id = 217;
export const ids = [217,85];
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
// EXTERNAL MODULE: ./src/cli/commands/kubernetes-flags.ts
var kubernetes_flags = __webpack_require__(4603);
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
    kubernetes_flags/* encryptionConfigFlag */.aI,
    kubernetes_flags/* kubernetesPrefixFlag */.VZ
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
        const [old, now] = await loadDiffSides(oldPath, newPath, (0,inventory.depthOf)(parsed), await (0,kubernetes_flags/* kubernetesOptions */.$R)(parsed));
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
/* harmony import */ var _lib_snapshot_inspect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6540);
/* harmony import */ var _lib_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8003);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5377);
/* harmony import */ var _inventory_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(159);
/* harmony import */ var _kubernetes_flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4603);






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
    depthFlag,
    _kubernetes_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .encryptionConfigFlag */ .aI,
    _kubernetes_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .kubernetesPrefixFlag */ .VZ
];
const help = `Counts what a snapshot holds at its latest revision: live keys and bytes by Kubernetes kind
(protobuf envelope or JSON apiVersion/kind), by prefix (/registry/<resource>/ and
/registry/<group>/<resource>/; other keys by their first --depth folders), by namespace, values
encrypted at rest by provider, and the 10 largest keys. One pass over the key history.

Every live key under the Kubernetes prefix is decoded: objects that do not decode, and objects
whose metadata.name/namespace disagree with their key, are counted (with the first keys, never
values). Encrypted values are counted by provider and key name; with --encryption-config each
aescbc, aesgcm and secretbox value is decrypted with the config's key (and decoded), kms ones
are named only. Exit code 7 when a value does not decrypt with the config: the restored
cluster could not read it. Nothing of the config or of a plaintext is ever printed.

Usage:
  etcd-restore snapshot inventory <filename> [-w simple|table|json] [--depth N]
      [--encryption-config encryption.yaml] [--kubernetes-prefix /registry]

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
        const k8s = await (0,_kubernetes_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .kubernetesOptions */ .$R)(parsed);
        const inventory = await (0,_lib_snapshot_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .inspectSnapshot */ .XA)(path, (db) => (0,_lib_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_2__.takeInventory)(db, { depth, ...k8s }));
        process.stdout.write(format === 'json'
            ? `${JSON.stringify(inventory)}\n`
            : format === 'table'
                ? (0,_inventory_render_js__WEBPACK_IMPORTED_MODULE_4__/* .inventoryTable */ .tG)(inventory)
                : (0,_inventory_render_js__WEBPACK_IMPORTED_MODULE_4__/* .inventorySimple */ .TJ)(inventory));
        const unreadable = (0,_lib_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_2__.undecryptableSummary)(inventory.kubernetes);
        if (unreadable)
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UndecryptableError */ .N3(`${path}: ${unreadable}`);
        return 0;
    }
};


/***/ }),

/***/ 4603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ kubernetesOptions),
/* harmony export */   VZ: () => (/* binding */ kubernetesPrefixFlag),
/* harmony export */   aI: () => (/* binding */ encryptionConfigFlag)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _lib_inventory_prefix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2782);
/**
 * --encryption-config and --kubernetes-prefix, shared by the commands that take an inventory
 * (inventory, restore, drill, diff). Kept apart from inventory.ts so a restore does not load the
 * inventory command's code (its renderer, the snapshot inspector) just for two flag specs; the
 * EncryptionConfiguration parser loads only when the flag is given.
 */


const encryptionConfigFlag = {
    name: 'encryption-config',
    kind: 'string',
    help: "kube-apiserver's EncryptionConfiguration: decrypt k8s:enc: values with its keys"
};
const kubernetesPrefixFlag = {
    name: 'kubernetes-prefix',
    kind: 'string',
    help: "where Kubernetes' objects are (kube-apiserver --etcd-prefix)",
    defaultText: '/registry'
};
/** --encryption-config and --kubernetes-prefix as inventory options. */
async function kubernetesOptions(parsed) {
    const path = parsed.strings.get('encryption-config');
    const prefix = parsed.strings.get('kubernetes-prefix');
    const root = prefix === undefined ? undefined : (0,_lib_inventory_prefix_js__WEBPACK_IMPORTED_MODULE_1__/* .kubernetesRoot */ .Bk)(prefix);
    if (prefix !== undefined && root === undefined)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid value "${prefix}" for --kubernetes-prefix: want a key prefix such as /registry`);
    const loadEncryptionConfig = path === undefined
        ? undefined
        : (await __webpack_require__.e(/* import() */ 474).then(__webpack_require__.bind(__webpack_require__, 9474))).loadEncryptionConfig;
    return {
        ...(path !== undefined && { encryptionConfig: await loadEncryptionConfig(path) }),
        ...(root !== undefined && { kubernetesPrefix: root })
    };
}


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
/* harmony import */ var _lib_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8003);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4984);




/** A prefix as printed: the empty prefix (keys without a `/`) needs a name. */
const prefixLabel = (prefix) => (prefix === '' ? '(no folder)' : prefix);
const providers = (inv) => Object.entries(inv.encrypted.providers)
    .map(([p, n]) => `${p} ${n}`)
    .join(', ');
const examples = (e) => e.examples.join(', ') + (e.count > e.examples.length ? ', …' : '');
/** The deep decode's lines: counts, the first keys of each problem, one verdict per key name. */
function kubernetesLines(k) {
    if (!k)
        return [];
    const undecryptable = k.encryption.config
        ? `, ${k.encryption.undecryptable.count} undecryptable`
        : '';
    return [
        `kubernetes ${k.prefix}: ${k.keys} keys, ${k.objects} objects, ${k.undecodable.count} undecodable, ${k.mismatched.count} mismatched${undecryptable}, ${k.notObjects} not objects`,
        ...(k.undecodable.count > 0 ? [`undecodable: ${examples(k.undecodable)}`] : []),
        ...(k.mismatched.count > 0
            ? [`mismatched (name/namespace vs key): ${examples(k.mismatched)}`]
            : []),
        ...(k.encryption.undecryptable.count > 0
            ? [`undecryptable: ${examples(k.encryption.undecryptable)}`]
            : []),
        ...k.encryption.keys.map((g) => `encryption ${g.provider} ${g.keyName}: ${g.verdict}`)
    ];
}
/** `snapshot inventory -w simple`: one line per group. */
function inventorySimple(inv) {
    const lines = [
        `revision ${inv.revision} (compacted at ${inv.compactRevision}), ${inv.liveKeys} live keys, ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(inv.bytes)}`,
        ...inv.kinds.map((k) => `kind ${(0,_lib_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__.kindName)(k)}: ${k.keys} keys, ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(k.bytes)}`),
        ...inv.prefixes.map((p) => `prefix ${prefixLabel(p.prefix)}: ${p.keys} keys, ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(p.bytes)}`),
        ...inv.namespaces.map((n) => `namespace ${n.namespace}: ${n.keys} keys`),
        `encrypted: ${inv.encrypted.keys} keys${inv.encrypted.keys > 0 ? ` (${providers(inv)})` : ''}`,
        `other: ${inv.other.keys} keys, ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(inv.other.bytes)}`,
        ...inv.largest.map((l) => `largest ${l.key}: ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(l.bytes)}`),
        ...kubernetesLines(inv.kubernetes)
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
        (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['KIND', 'KEYS', 'SIZE'], inv.kinds.map((k) => [(0,_lib_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__.kindName)(k), `${k.keys}`, (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(k.bytes)])),
        (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['PREFIX', 'KEYS', 'SIZE'], inv.prefixes.map((p) => [prefixLabel(p.prefix), `${p.keys}`, (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(p.bytes)])),
        (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['NAMESPACE', 'KEYS'], inv.namespaces.map((n) => [n.namespace, `${n.keys}`])),
        (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['LARGEST KEY', 'SIZE'], inv.largest.map((l) => [l.key, (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(l.bytes)])),
        ...kubernetesTables(inv.kubernetes)
    ].join('\n');
}
function kubernetesTables(k) {
    if (!k)
        return [];
    const problems = [
        ...k.undecodable.examples.map((key) => [key, 'undecodable']),
        ...k.mismatched.examples.map((key) => [key, 'name/namespace vs key']),
        ...k.encryption.undecryptable.examples.map((key) => [key, 'does not decrypt'])
    ];
    return [
        (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['KUBERNETES PREFIX', 'KEYS', 'OBJECTS', 'UNDECODABLE', 'MISMATCHED', 'UNDECRYPTABLE'], [
            [
                k.prefix,
                `${k.keys}`,
                `${k.objects}`,
                `${k.undecodable.count}`,
                `${k.mismatched.count}`,
                k.encryption.config ? `${k.encryption.undecryptable.count}` : 'no config'
            ]
        ]),
        ...(problems.length > 0 ? [(0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['KEY (FIRST FEW)', 'PROBLEM'], problems)] : []),
        ...(k.encryption.keys.length > 0
            ? [
                (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['PROVIDER', 'KEY NAME', 'VALUES', 'DECRYPT', 'VERDICT'], k.encryption.keys.map((g) => [
                    g.provider,
                    g.keyName,
                    `${g.values}`,
                    k.encryption.config && g.provider !== 'kms' ? `${g.decrypt}` : '-',
                    g.verdict
                ]))
            ]
            : [])
    ];
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
        ['ENCRYPTED', rows(diff.encrypted, all)],
        [
            'KUBERNETES',
            rows(diff.kubernetes
                ? [diff.kubernetes.undecodable, diff.kubernetes.mismatched, diff.kubernetes.undecryptable]
                : [], all)
        ]
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
    let kubernetes;
    if (old.kubernetes && now.kubernetes) {
        const [o, n] = [old.kubernetes, now.kubernetes];
        kubernetes = {
            undecodable: change('undecodable objects', o.undecodable.count, n.undecodable.count),
            mismatched: change('mismatched objects', o.mismatched.count, n.mismatched.count),
            undecryptable: change('undecryptable values', o.encryption.undecryptable.count, n.encryption.undecryptable.count)
        };
        const rose = (c, what) => {
            if (c.new > c.old)
                failures.push(`${changeLine(c)}: ${what}`);
        };
        rose(kubernetes.undecodable, 'more values do not decode');
        rose(kubernetes.undecryptable, 'more values do not decrypt with the encryption config');
    }
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
        encrypted,
        ...(kubernetes && { kubernetes })
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
