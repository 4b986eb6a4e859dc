export const id = 797;
export const ids = [797];
export const modules = {

/***/ 1797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   depthFlag: () => (/* binding */ depthFlag),
/* harmony export */   depthOf: () => (/* binding */ depthOf),
/* harmony export */   encryptionConfigFlag: () => (/* reexport safe */ _kubernetes_flags_js__WEBPACK_IMPORTED_MODULE_5__.aI),
/* harmony export */   inventoryCommand: () => (/* binding */ inventoryCommand),
/* harmony export */   kubernetesOptions: () => (/* reexport safe */ _kubernetes_flags_js__WEBPACK_IMPORTED_MODULE_5__.$R),
/* harmony export */   kubernetesPrefixFlag: () => (/* reexport safe */ _kubernetes_flags_js__WEBPACK_IMPORTED_MODULE_5__.VZ)
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
