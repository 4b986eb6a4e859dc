export const id = 392;
export const ids = [392];
export const modules = {

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

/***/ 1392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreCommand: () => (/* binding */ restoreCommand),
  restoreFlags: () => (/* binding */ restoreFlags),
  restoreOptionsFromFlags: () => (/* binding */ restoreOptionsFromFlags)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/options.ts
const TARGET_VERSIONS = ['3.4', '3.5', '3.6', '3.7'];
const DEFRAG_MODES = ['auto', 'always', 'never'];
/** etcdutl's defaults. */
const DEFAULTS = {
    name: 'default',
    initialCluster: 'default=http://localhost:2380',
    initialClusterToken: 'etcd-cluster',
    initialAdvertisePeerUrls: 'http://localhost:2380',
    targetVersion: '3.5'
};

// EXTERNAL MODULE: ./src/lib/restore/index.ts + 28 modules
var restore = __webpack_require__(1166);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/logger.ts
var logger = __webpack_require__(2280);
// EXTERNAL MODULE: ./src/cli/render.ts
var render = __webpack_require__(4984);
// EXTERNAL MODULE: ./src/lib/report-file.ts
var report_file = __webpack_require__(5312);
// EXTERNAL MODULE: ./src/cli/commands/kubernetes-flags.ts
var kubernetes_flags = __webpack_require__(4603);
;// CONCATENATED MODULE: ./src/cli/commands/restore.ts








/** Flags of every command that restores: the target cluster and what the restore changes. */
const restoreFlags = [
    {
        name: 'initial-cluster',
        kind: 'string',
        help: 'initial cluster configuration for restore bootstrap',
        defaultText: DEFAULTS.initialCluster
    },
    {
        name: 'initial-cluster-token',
        kind: 'string',
        help: 'initial cluster token for the etcd cluster during restore bootstrap',
        defaultText: DEFAULTS.initialClusterToken
    },
    {
        name: 'skip-hash-check',
        kind: 'boolean',
        help: 'ignore the snapshot integrity hash (needed for a db copied from a data directory)'
    },
    {
        name: 'bump-revision',
        kind: 'string',
        help: 'how much to increase the latest revision after restore',
        defaultText: '0'
    },
    {
        name: 'mark-compacted',
        kind: 'boolean',
        help: 'mark the latest revision after restore as the point of scheduled compaction (required with --bump-revision > 0)'
    },
    {
        name: 'target-version',
        kind: 'string',
        help: `data-dir format: ${TARGET_VERSIONS.join(', ')} (3.4 = byte-identical to etcdctl 3.4; 3.5 boots 3.4, 3.5 and 3.6; 3.6/3.7 = etcdutl 3.6.14/3.7.1)`,
        defaultText: DEFAULTS.targetVersion
    },
    {
        name: 'defrag',
        kind: 'string',
        help: 'write the member dbs without the free pages: auto (when >= 20% of the pages are free), always or never',
        defaultText: 'auto'
    }
];
const restore_flags = [
    {
        name: 'name',
        kind: 'string',
        help: 'human-readable name of the member to restore',
        defaultText: DEFAULTS.name
    },
    {
        name: 'data-dir',
        kind: 'string',
        help: 'path to the data directory',
        defaultText: '<name>.etcd'
    },
    {
        name: 'wal-dir',
        kind: 'string',
        help: 'path to the WAL directory (with --out-dir: one folder per member under it)',
        defaultText: '<data-dir>/member/wal'
    },
    {
        name: 'out-dir',
        kind: 'string',
        help: 'restore every member of --initial-cluster, each into <out-dir>/<name>, from one verified read'
    },
    {
        name: 'members',
        kind: 'string',
        help: 'with --out-dir: comma-separated names to produce',
        defaultText: 'all'
    },
    {
        name: 'initial-advertise-peer-urls',
        kind: 'string',
        help: "list of this member's peer URLs to advertise",
        defaultText: DEFAULTS.initialAdvertisePeerUrls
    },
    { name: 'report', kind: 'string', help: 'also write the JSON report to this file' },
    {
        name: 'inventory',
        kind: 'boolean',
        help: "add the snapshot's inventory (kinds, prefixes, namespaces) to the report"
    },
    { ...kubernetes_flags/* encryptionConfigFlag */.aI, help: `with --inventory: ${kubernetes_flags/* encryptionConfigFlag */.aI.help}` },
    { ...kubernetes_flags/* kubernetesPrefixFlag */.VZ, help: `with --inventory: ${kubernetes_flags/* kubernetesPrefixFlag */.VZ.help}` },
    {
        name: 'write-out',
        short: 'w',
        kind: 'string',
        help: 'output format: simple or json',
        defaultText: 'simple'
    },
    {
        name: 'initial-memory-map-size',
        kind: 'string',
        help: 'accepted for etcdutl compatibility; has no effect'
    },
    ...restoreFlags
];
const help = `Restores an etcd member snapshot to an etcd directory (etcdutl-compatible), or with --out-dir
every member of the cluster from one verified read.

Usage:
  etcd-restore snapshot restore <filename> [--name N] [--data-dir D] [--wal-dir W] [flags]
  etcd-restore snapshot restore <filename> --out-dir D --initial-cluster IC --initial-cluster-token T [flags]

<filename> may be gzip- or zstd-compressed (detected from its first bytes); it is never modified.

Flags:
${(0,flags/* flagHelp */.QR)(restore_flags)}
`;
const restoreCommand = {
    async run(argv) {
        const parsed = (0,flags/* parseFlags */.bQ)(argv, restore_flags);
        if (parsed.help) {
            process.stdout.write(help);
            return 0;
        }
        const options = restoreOptionsFromFlags(parsed.positionals, parsed.strings, parsed.booleans);
        const format = (0,flags/* writeOut */.sD)(parsed, ['simple', 'json']);
        const computeInventory = parsed.booleans.get('inventory') === true;
        const kubernetes = await (0,kubernetes_flags/* kubernetesOptions */.$R)(parsed);
        if (!computeInventory && Object.keys(kubernetes).length > 0)
            throw new errors/* InputError */.dz('--encryption-config and --kubernetes-prefix need --inventory');
        const report = await (0,restore/* restore */.P)({
            ...options,
            computeInventory,
            ...kubernetes,
            logger: (0,logger/* stderrLogger */.D)()
        });
        const reportPath = parsed.strings.get('report');
        if (reportPath)
            await (0,report_file/* writeReportFile */.a)(reportPath, report);
        process.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : (0,render/* renderRestoreReport */.J)(report));
        return 0;
    }
};
/** Builds RestoreOptions from parsed flags, with etcdutl's defaults and cross-checks. */
function restoreOptionsFromFlags(positionals, strings, booleans) {
    if (positionals.length !== 1) {
        throw new errors/* InputError */.dz(`snapshot restore needs exactly one snapshot path argument, got ${positionals.length}`);
    }
    const bumpRevision = (0,flags/* parseUint64 */.CX)('bump-revision', strings.get('bump-revision') ?? '0');
    const markCompacted = booleans.get('mark-compacted') ?? false;
    const targetVersion = (strings.get('target-version') ?? DEFAULTS.targetVersion);
    if (!TARGET_VERSIONS.includes(targetVersion)) {
        throw new errors/* InputError */.dz(`invalid --target-version "${targetVersion}": want one of ${TARGET_VERSIONS.join(', ')}`);
    }
    const defrag = (strings.get('defrag') ?? 'auto');
    if (!DEFRAG_MODES.includes(defrag)) {
        throw new errors/* InputError */.dz(`invalid --defrag "${defrag}": want one of ${DEFRAG_MODES.join(', ')}`);
    }
    const outDir = strings.get('out-dir');
    const name = strings.get('name');
    let target;
    if (outDir !== undefined) {
        for (const single of ['name', 'data-dir', 'initial-advertise-peer-urls']) {
            if (strings.has(single))
                throw new errors/* InputError */.dz(`--${single} cannot be combined with --out-dir (every member is restored under it)`);
        }
        const members = strings.get('members');
        target = {
            kind: 'all',
            outDir,
            members: members === undefined || members === 'all'
                ? undefined
                : members.split(',').filter((m) => m !== ''),
            walDir: strings.get('wal-dir')
        };
    }
    else {
        if (strings.has('members'))
            throw new errors/* InputError */.dz('--members needs --out-dir');
        const memberName = name ?? DEFAULTS.name;
        target = {
            kind: 'single',
            name: memberName,
            dataDir: strings.get('data-dir') ?? `${memberName}.etcd`,
            walDir: strings.get('wal-dir'),
            initialAdvertisePeerUrls: strings.get('initial-advertise-peer-urls') ?? DEFAULTS.initialAdvertisePeerUrls
        };
    }
    return {
        snapshotPath: positionals[0],
        skipHashCheck: booleans.get('skip-hash-check') ?? false,
        initialCluster: strings.get('initial-cluster') ?? DEFAULTS.initialCluster,
        initialClusterToken: strings.get('initial-cluster-token') ?? DEFAULTS.initialClusterToken,
        target,
        bumpRevision,
        markCompacted,
        targetVersion,
        defrag
    };
}


/***/ }),

/***/ 2280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stderrLogger)
/* harmony export */ });
/** Progress and warnings go to stderr, so stdout carries only the result (text or JSON). */
function stderrLogger(options = {}) {
    const write = (line) => process.stderr.write(`${line}\n`);
    return {
        info: write,
        warn: (message) => write(`warning: ${message}`),
        debug: (message) => {
            if (options.debug || process.env.ETCD_RESTORE_DEBUG)
                write(`debug: ${message}`);
        },
        group: async (name, fn) => {
            write(`== ${name}`);
            return fn();
        }
    };
}


/***/ }),

/***/ 1332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ WriteTx)
});

// UNUSED EXPORTS: WriteBucket

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/bolt/freelist.ts
var bolt_freelist = __webpack_require__(5085);
// EXTERNAL MODULE: ./src/lib/bolt/db.ts
var bolt_db = __webpack_require__(5965);
// EXTERNAL MODULE: ./src/lib/bolt/meta.ts + 1 modules
var bolt_meta = __webpack_require__(4908);
// EXTERNAL MODULE: ./src/lib/bolt/page.ts
var bolt_page = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/lib/bolt/bucket.ts
var bucket = __webpack_require__(5329);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(3574);
;// CONCATENATED MODULE: ./src/lib/bolt/inode.ts
/**
 * Node elements in memory (bbolt `internal/common/inode.go`): decoding a page into inodes and
 * the key order every search uses.
 */



const EMPTY = new Uint8Array(0);
/** Index of the first inode whose key is >= key (inodes.length when none). */
function searchInodes(inodes, key) {
    let hi = inodes.length;
    // Ascending appends (bulk loads, etcd revisions) land past the last key: one comparison.
    if (hi === 0 || (0,bolt_page/* compareBytes */.Xo)(inodes[hi - 1].key, key) < 0)
        return hi;
    let lo = 0;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((0,bolt_page/* compareBytes */.Xo)(inodes[mid].key, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Decodes a branch or leaf page (or inline page) into inodes; keys/values are views of `page`. */
function readInodes(page) {
    const header = (0,bolt_page/* decodePageHeader */.pM)(page);
    if (header.flags !== types/* PageFlag */.MR.leaf && header.flags !== types/* PageFlag */.MR.branch) {
        throw new errors/* BoltFormatError */.Tb(`expected a branch or leaf page, found flags 0x${header.flags.toString(16)}`, header.id);
    }
    const isLeaf = header.flags === types/* PageFlag */.MR.leaf;
    const inodes = new Array(header.count);
    for (let i = 0; i < header.count; i++) {
        if (isLeaf) {
            const e = (0,bolt_page/* leafElement */.DK)(page, i);
            inodes[i] = { flags: e.flags, key: e.key, value: e.value, pgid: 0 };
        }
        else {
            const e = (0,bolt_page/* branchElement */.Tu)(page, i);
            inodes[i] = { flags: 0, key: e.key, value: EMPTY, pgid: e.pgid };
        }
        if (inodes[i].key.length === 0)
            throw new errors/* BoltFormatError */.Tb(`element ${i} has an empty key`, header.id);
    }
    return { isLeaf, inodes, overflow: header.overflow };
}
/** Child index a branch search takes for key (bbolt cursor.searchPage/searchNode). */
function branchIndex(inodes, key, pgid) {
    if (inodes.length === 0)
        throw new errors/* BoltFormatError */.Tb('empty branch page', pgid);
    const index = searchInodes(inodes, key);
    const exact = index < inodes.length && (0,bolt_page/* compareBytes */.Xo)(inodes[index].key, key) === 0;
    return !exact && index > 0 ? index - 1 : index;
}

;// CONCATENATED MODULE: ./src/lib/bolt/node.ts
/**
 * The in-memory form of a branch or leaf page during a write transaction (bbolt `node.go`).
 * Only nodes on paths a transaction touched are materialised; everything else stays on disk.
 * At commit a node is rebalanced (merged when under-filled) and spilled (split at the fill
 * threshold and written to freshly allocated pages), exactly as bbolt 1.3.x does.
 */




const node_EMPTY = new Uint8Array(0);
/** bbolt's minKeysPerPage. */
const MIN_KEYS_PER_PAGE = 2;
function elementSize(inode) {
    return types/* ELEMENT_SIZE */.Tv + inode.key.length + inode.value.length;
}
class Node {
    bucket;
    isLeaf;
    inodes = [];
    /** Page this node was read from (0: new or inline); freed when the node is spilled. */
    pgid = 0;
    overflow = 0;
    /** First key when read: the key of this node's element in its parent (§3.4 rule 1). */
    key = null;
    parent;
    children = [];
    unbalanced = false;
    spilled = false;
    constructor(bucket, isLeaf, parent) {
        this.bucket = bucket;
        this.isLeaf = isLeaf;
        this.parent = parent;
    }
    /** Fills the node from a page span (a private copy: the node keeps views into it). */
    read(page) {
        const decoded = readInodes(page);
        this.pgid = (0,bolt_page/* decodePageHeader */.pM)(page).id;
        this.isLeaf = decoded.isLeaf;
        this.inodes = decoded.inodes;
        this.overflow = decoded.overflow;
        this.key = this.inodes.length > 0 ? this.inodes[0].key : null;
    }
    root() {
        return this.parent ? this.parent.root() : this;
    }
    size() {
        let size = types/* PAGE_HEADER_SIZE */.ql;
        for (const inode of this.inodes)
            size += elementSize(inode);
        return size;
    }
    minKeys() {
        return this.isLeaf ? 1 : 2;
    }
    childAt(index) {
        if (this.isLeaf)
            throw new errors/* InvariantError */.zU(`childAt(${index}) on a leaf node`);
        return this.bucket.node(this.inodes[index].pgid, this);
    }
    childIndex(child) {
        return searchInodes(this.inodes, child.key ?? node_EMPTY);
    }
    /** Inserts or replaces the element whose key is exactly oldKey (bbolt node.put). */
    put(oldKey, newKey, value, pgid, flags) {
        if (pgid >= this.bucket.tx.hwm) {
            throw new errors/* InvariantError */.zU(`pgid ${pgid} above high water mark ${this.bucket.tx.hwm}`);
        }
        if (oldKey.length === 0 || newKey.length === 0)
            throw new errors/* InvariantError */.zU('node.put: zero-length key');
        const index = searchInodes(this.inodes, oldKey);
        const inode = { flags, key: newKey, value, pgid };
        const exact = index < this.inodes.length && (0,bolt_page/* compareBytes */.Xo)(this.inodes[index].key, oldKey) === 0;
        if (exact)
            this.inodes[index] = inode;
        else if (index === this.inodes.length)
            this.inodes.push(inode);
        else
            this.inodes.splice(index, 0, inode);
    }
    del(key) {
        const index = searchInodes(this.inodes, key);
        if (index >= this.inodes.length || (0,bolt_page/* compareBytes */.Xo)(this.inodes[index].key, key) !== 0)
            return;
        this.inodes.splice(index, 1);
        this.unbalanced = true;
    }
    removeChild(target) {
        const index = this.children.indexOf(target);
        if (index >= 0)
            this.children.splice(index, 1);
    }
    /** Gives this node's page (and overflow) back to the transaction's pending list. */
    free() {
        if (this.pgid !== 0) {
            this.bucket.tx.free(this.pgid, this.overflow);
            this.pgid = 0;
        }
    }
    /** A page span with id `id` holding this node (bbolt node.write). */
    write(id) {
        const pageSize = this.bucket.tx.pageSize;
        return this.isLeaf
            ? (0,bolt_page/* encodeLeafPage */.gt)(id, this.inodes, pageSize)
            : (0,bolt_page/* encodeBranchPage */.cJ)(id, this.inodes, pageSize);
    }
    /** This leaf as an inline bucket page (id 0, no padding). */
    writeInline() {
        return (0,bolt_page/* encodeInlineLeaf */.w0)(this.inodes);
    }
    /**
     * Splits into nodes that fit the fill threshold (bbolt node.split/splitTwo/splitIndex), in
     * one pass: cutting the remainder again and again would copy it quadratically.
     */
    split(pageSize) {
        const all = this.inodes;
        const fill = Math.min(Math.max(this.bucket.fillPercent, 0.1), 1.0);
        const threshold = Math.floor(pageSize * fill);
        const cuts = [];
        let start = 0;
        let remainingSize = this.size();
        while (true) {
            const count = all.length - start;
            if (count <= MIN_KEYS_PER_PAGE * 2 || remainingSize < pageSize)
                break;
            let size = types/* PAGE_HEADER_SIZE */.ql;
            let index = 0;
            let broke = false;
            for (let i = 0; i < count - MIN_KEYS_PER_PAGE; i++) {
                index = i;
                const el = elementSize(all[start + i]);
                if (i >= MIN_KEYS_PER_PAGE && size + el > threshold) {
                    broke = true;
                    break;
                }
                size += el;
            }
            // Elements [start, start+index) form the node; without a break `size` also counted `index`.
            const chunk = size - types/* PAGE_HEADER_SIZE */.ql - (broke ? 0 : elementSize(all[start + index]));
            start += index;
            remainingSize -= chunk;
            cuts.push(start);
        }
        if (cuts.length === 0)
            return [this];
        if (!this.parent) {
            this.parent = new Node(this.bucket, false, null);
            this.parent.children.push(this);
        }
        const nodes = [this];
        const bounds = [0, ...cuts, all.length];
        this.inodes = all.slice(0, bounds[1]);
        for (let i = 1; i < bounds.length - 1; i++) {
            const next = new Node(this.bucket, this.isLeaf, this.parent);
            next.inodes = all.slice(bounds[i], bounds[i + 1]);
            this.parent.children.push(next);
            nodes.push(next);
        }
        return nodes;
    }
    /** Writes this subtree to new pages, children first (bbolt node.spill). */
    spill() {
        if (this.spilled)
            return;
        const tx = this.bucket.tx;
        this.children.sort((a, b) => (0,bolt_page/* compareBytes */.Xo)(a.inodes[0]?.key ?? node_EMPTY, b.inodes[0]?.key ?? node_EMPTY));
        for (let i = 0; i < this.children.length; i++)
            this.children[i].spill();
        this.children = [];
        for (const node of this.split(tx.pageSize)) {
            node.free();
            const pages = Math.max(1, Math.ceil(node.size() / tx.pageSize));
            const id = tx.allocate(pages);
            node.pgid = id;
            node.overflow = pages - 1;
            tx.writePage(id, node.write(id));
            node.spilled = true;
            if (node.parent) {
                const first = node.inodes[0];
                if (!first)
                    throw new errors/* InvariantError */.zU(`spilling an empty non-root node (page ${id})`);
                node.parent.put(node.key ?? first.key, first.key, node_EMPTY, id, 0);
                node.key = first.key;
            }
        }
        // A root that split has a new parent that still needs pages.
        if (this.parent && this.parent.pgid === 0) {
            this.children = [];
            this.parent.spill();
        }
    }
    /** Merges an under-filled node into a sibling, removes empty ones (bbolt 1.3.x node.rebalance). */
    rebalance() {
        if (!this.unbalanced)
            return;
        this.unbalanced = false;
        const bucket = this.bucket;
        const threshold = Math.floor(bucket.tx.pageSize / 4);
        if (this.size() > threshold && this.inodes.length > this.minKeys())
            return;
        const parent = this.parent;
        if (!parent) {
            // A root branch with one child is replaced by that child.
            if (!this.isLeaf && this.inodes.length === 1) {
                const child = bucket.node(this.inodes[0].pgid, this);
                this.isLeaf = child.isLeaf;
                this.inodes = child.inodes;
                this.children = child.children;
                if (!this.isLeaf) {
                    for (const inode of this.inodes) {
                        const grandchild = bucket.nodes.get(inode.pgid);
                        if (grandchild)
                            grandchild.parent = this;
                    }
                }
                child.parent = null;
                bucket.nodes.delete(child.pgid);
                child.free();
            }
            return;
        }
        if (this.inodes.length === 0) {
            parent.del(this.key ?? node_EMPTY);
            parent.removeChild(this);
            bucket.nodes.delete(this.pgid);
            this.free();
            parent.rebalance();
            return;
        }
        if (parent.inodes.length < 2) {
            throw new errors/* InvariantError */.zU(`parent of page ${this.pgid} must have at least 2 children`);
        }
        const index = parent.childIndex(this);
        if (index === 0) {
            const target = parent.childAt(1);
            this.adopt(target);
            this.inodes = this.inodes.concat(target.inodes);
            parent.del(target.key ?? node_EMPTY);
            parent.removeChild(target);
            bucket.nodes.delete(target.pgid);
            target.free();
        }
        else {
            const target = parent.childAt(index - 1);
            target.adopt(this);
            target.inodes = target.inodes.concat(this.inodes);
            parent.del(this.key ?? node_EMPTY);
            parent.removeChild(this);
            bucket.nodes.delete(this.pgid);
            this.free();
        }
        parent.rebalance();
    }
    /** Re-parents the materialised children of `from` to this node before a merge. */
    adopt(from) {
        if (from.isLeaf)
            return;
        for (const inode of from.inodes) {
            const child = this.bucket.nodes.get(inode.pgid);
            if (!child)
                continue;
            child.parent?.removeChild(child);
            child.parent = this;
            this.children.push(child);
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/write-bucket.ts
/**
 * A bucket inside a write transaction (bbolt `bucket.go`, write side). Reads fall through to
 * disk pages unless a node was materialised; puts and deletes materialise the path from the
 * bucket's root to the target leaf. Sub-bucket handles are cached so that commit can inline
 * or spill them (bbolt-format §3.5, §5.2).
 */






const MAX_SEQUENCE = 0xffffffffffffffffn;
function cacheKey(key) {
    return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('hex');
}
/** A key for messages: quoted when printable ASCII, else hex. */
function nameOf(key) {
    const head = key.subarray(0, 64);
    const more = key.length > head.length ? `… (${key.length} bytes)` : '';
    const printable = head.every((b) => b >= 0x20 && b < 0x7f);
    return ((printable ? JSON.stringify(Buffer.from(head).toString('latin1')) : `hex:${cacheKey(head)}`) +
        more);
}
function checkKey(key) {
    if (key.length === 0)
        throw new errors/* InvariantError */.zU('bolt: key required');
    if (key.length > types/* MAX_KEY_SIZE */.xN) {
        throw new errors/* InvariantError */.zU(`bolt: key is ${key.length} bytes, more than ${types/* MAX_KEY_SIZE */.xN}`);
    }
}
function isBucketInode(inode) {
    return (inode.flags & types/* BUCKET_LEAF_FLAG */.H2) !== 0;
}
/** The value of a bucket just created: header {0, 0} and an empty inline leaf. */
const emptyBucketValue = () => (0,bucket/* encodeBucketValue */.A_)(0, 0n, (0,bolt_page/* encodeInlineLeaf */.w0)([]));
class WriteBucket {
    tx;
    name;
    /** Split threshold at commit (not stored on disk); etcd uses 0.9 for `key`. */
    fillPercent = 0.5;
    nodes = new Map();
    rootNode = null;
    buckets = new Map();
    /** Root page id, 0 while the bucket is inline. */
    root;
    seq;
    inlinePage;
    deleted = false;
    constructor(tx, name, root, sequence, inlinePage) {
        this.tx = tx;
        this.name = name;
        this.root = root;
        this.seq = sequence;
        this.inlinePage = inlinePage;
    }
    /** Opens a sub-bucket from its leaf value (bbolt openBucket). */
    static open(tx, name, value) {
        const { root, sequence } = (0,bucket/* decodeBucketHeader */.sb)(value);
        if (root === 1 || (root !== 0 && root >= tx.hwm)) {
            throw new errors/* BoltFormatError */.Tb(`bucket ${nameOf(name)} has root page ${root} outside the file`);
        }
        const inline = root === 0 ? (0,bucket/* inlinePageOf */.iT)(value).slice() : null;
        return new WriteBucket(tx, name.slice(), root, sequence, inline);
    }
    get sequence() {
        return this.seq;
    }
    setSequence(sequence) {
        this.assertUsable();
        if (sequence < 0n || sequence > MAX_SEQUENCE)
            throw new errors/* InvariantError */.zU(`bolt: sequence ${sequence} out of range`);
        // Materialise the root so that commit rewrites the header (bbolt SetSequence).
        if (!this.rootNode)
            this.node(this.root, null);
        this.seq = sequence;
    }
    nextSequence() {
        this.setSequence(this.seq + 1n);
        return this.seq;
    }
    get(key) {
        this.assertUsable();
        const inode = this.find((0,bucket/* toKey */.fw)(key));
        return inode && !isBucketInode(inode) ? inode.value : undefined;
    }
    put(key, value) {
        this.assertUsable();
        const k = (0,bucket/* toKey */.fw)(key);
        checkKey(k);
        if (value.length > types/* MAX_VALUE_SIZE */.bf) {
            throw new errors/* InvariantError */.zU(`bolt: value is ${value.length} bytes, more than ${types/* MAX_VALUE_SIZE */.bf}`);
        }
        const leaf = this.leafFor(k);
        const existing = this.exactIn(leaf, k);
        if (existing && isBucketInode(existing))
            throw new errors/* InvariantError */.zU(`bolt: key ${nameOf(k)} is a bucket`);
        const copy = k.slice();
        leaf.put(copy, copy, value.slice(), 0, 0);
    }
    delete(key) {
        this.assertUsable();
        const k = (0,bucket/* toKey */.fw)(key);
        const inode = this.find(k);
        if (!inode)
            return;
        if (isBucketInode(inode))
            throw new errors/* InvariantError */.zU(`bolt: key ${nameOf(k)} is a bucket; use deleteBucket`);
        this.leafFor(k).del(k);
    }
    /** Current entries in key order, pending changes included. Do not modify during iteration. */
    *entries() {
        this.assertUsable();
        yield* this.walk(this.pageNode(this.root));
    }
    bucket(name) {
        this.assertUsable();
        const key = (0,bucket/* toKey */.fw)(name);
        const cached = this.buckets.get(cacheKey(key));
        if (cached)
            return cached;
        const inode = this.find(key);
        if (!inode || !isBucketInode(inode))
            return null;
        const child = WriteBucket.open(this.tx, key, inode.value);
        this.buckets.set(cacheKey(key), child);
        return child;
    }
    createBucket(name) {
        this.assertUsable();
        const key = (0,bucket/* toKey */.fw)(name);
        checkKey(key);
        const leaf = this.leafFor(key);
        const existing = this.exactIn(leaf, key);
        if (existing) {
            throw new errors/* InvariantError */.zU(isBucketInode(existing)
                ? `bolt: bucket ${nameOf(key)} already exists`
                : `bolt: key ${nameOf(key)} is a value`);
        }
        leaf.put(key.slice(), key.slice(), emptyBucketValue(), 0, types/* BUCKET_LEAF_FLAG */.H2);
        // A bucket holding a sub-bucket can never stay inline: read it through its nodes from now on.
        this.inlinePage = null;
        return this.bucket(key);
    }
    createBucketIfNotExists(name) {
        return this.bucket(name) ?? this.createBucket(name);
    }
    deleteBucket(name) {
        this.assertUsable();
        const key = (0,bucket/* toKey */.fw)(name);
        const child = this.bucket(key);
        if (!child) {
            throw new errors/* InvariantError */.zU(this.find(key)
                ? `bolt: key ${nameOf(key)} is not a bucket`
                : `bolt: bucket ${nameOf(key)} not found`);
        }
        for (const entry of [...child.entries()])
            if (entry.isBucket)
                child.deleteBucket(entry.key);
        this.buckets.delete(cacheKey(key));
        child.nodes.clear();
        child.rootNode = null;
        child.free();
        child.deleted = true;
        this.leafFor(key).del(key);
    }
    // ---- node access (NodeBucket) ----
    node(pgid, parent) {
        const cached = this.nodes.get(pgid);
        if (cached)
            return cached;
        const node = new Node(this, false, parent);
        if (parent)
            parent.children.push(node);
        else
            this.rootNode = node;
        node.read(this.inlinePage ?? this.tx.readPage(pgid));
        if (this.inlinePage) {
            if (!node.isLeaf)
                throw new errors/* BoltFormatError */.Tb(`inline bucket ${nameOf(this.name)} is not a leaf page`);
            node.pgid = 0;
        }
        this.nodes.set(pgid, node);
        return node;
    }
    // ---- commit (called by WriteTx) ----
    rebalance() {
        for (const node of this.nodes.values())
            node.rebalance();
        for (const child of this.buckets.values())
            child.rebalance();
    }
    /** Writes changed sub-buckets and then this bucket's changed nodes (bbolt Bucket.spill). */
    spill() {
        for (const child of this.buckets.values()) {
            let value;
            if (child.inlineable()) {
                child.free();
                value = child.inlineValue();
            }
            else {
                child.spill();
                value = (0,bucket/* encodeBucketValue */.A_)(child.root, child.seq);
            }
            if (!child.rootNode)
                continue;
            const leaf = this.leafFor(child.name);
            const inode = this.exactIn(leaf, child.name);
            if (!inode || !isBucketInode(inode)) {
                throw new errors/* InvariantError */.zU(`bucket ${nameOf(child.name)} vanished from its parent before commit`);
            }
            leaf.put(child.name, child.name, value, 0, types/* BUCKET_LEAF_FLAG */.H2);
        }
        if (!this.rootNode)
            return;
        this.rootNode.spill();
        this.rootNode = this.rootNode.root();
        if (this.rootNode.pgid >= this.tx.hwm || this.rootNode.pgid < 2) {
            throw new errors/* InvariantError */.zU(`bucket root page ${this.rootNode.pgid} outside [2, ${this.tx.hwm})`);
        }
        this.root = this.rootNode.pgid;
    }
    /** bbolt inlineable: a materialised leaf root, no sub-buckets, size <= pageSize/4. */
    inlineable() {
        const node = this.rootNode;
        if (!node || !node.isLeaf)
            return false;
        let size = types/* PAGE_HEADER_SIZE */.ql;
        for (const inode of node.inodes) {
            if (isBucketInode(inode))
                return false;
            size += 16 + inode.key.length + inode.value.length;
            if (size > Math.floor(this.tx.pageSize / 4))
                return false;
        }
        return true;
    }
    inlineValue() {
        return (0,bucket/* encodeBucketValue */.A_)(0, this.seq, this.rootNode.writeInline());
    }
    /** Frees every page of this bucket's current tree (bbolt Bucket.free). */
    free() {
        if (this.root === 0)
            return;
        const visit = (view) => {
            if (view instanceof Node)
                view.free();
            else
                this.tx.free(view.pgid, view.overflow);
            if (!view.isLeaf)
                for (const inode of view.inodes)
                    visit(this.pageNode(inode.pgid));
        };
        visit(this.pageNode(this.root));
        this.root = 0;
    }
    // ---- lookup helpers ----
    assertUsable() {
        this.tx.assertOpen();
        if (this.deleted)
            throw new errors/* InvariantError */.zU(`bolt: bucket ${nameOf(this.name)} was deleted`);
    }
    /** A materialised node when there is one, else the disk page (bbolt pageNode). */
    pageNode(pgid) {
        if (this.root === 0) {
            if (pgid !== 0)
                throw new errors/* InvariantError */.zU(`inline bucket asked for page ${pgid}`);
            if (this.rootNode)
                return this.rootNode;
            const view = readInodes(this.inlinePage);
            if (!view.isLeaf)
                throw new errors/* BoltFormatError */.Tb(`inline bucket ${nameOf(this.name)} is not a leaf page`);
            return { ...view, pgid: 0 };
        }
        const node = this.nodes.get(pgid);
        if (node)
            return node;
        return { ...readInodes(this.tx.readPage(pgid)), pgid };
    }
    find(key) {
        let view = this.pageNode(this.root);
        while (!view.isLeaf)
            view = this.pageNode(view.inodes[branchIndex(view.inodes, key, view.pgid)].pgid);
        const index = searchInodes(view.inodes, key);
        const inode = view.inodes[index];
        return inode && (0,bolt_page/* compareBytes */.Xo)(inode.key, key) === 0 ? inode : undefined;
    }
    /** The leaf where key belongs, materialising the path to it (bbolt cursor.node). */
    leafFor(key) {
        let node = this.rootNode ?? this.node(this.root, null);
        while (!node.isLeaf)
            node = node.childAt(branchIndex(node.inodes, key, node.pgid));
        return node;
    }
    exactIn(leaf, key) {
        const inode = leaf.inodes[searchInodes(leaf.inodes, key)];
        return inode && (0,bolt_page/* compareBytes */.Xo)(inode.key, key) === 0 ? inode : undefined;
    }
    *walk(view) {
        if (view.isLeaf) {
            for (const inode of view.inodes) {
                const isBucket = isBucketInode(inode);
                yield { key: inode.key, value: isBucket ? null : inode.value, isBucket };
            }
            return;
        }
        for (const inode of view.inodes)
            yield* this.walk(this.pageNode(inode.pgid));
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/tx.ts








/** Buffered page bytes above which pages are written out before commit ends (all go to free space). */
const FLUSH_BYTES = 32 * 1024 * 1024;
/** Largest single write when coalescing contiguous pages. */
const MAX_WRITE_BYTES = 8 * 1024 * 1024;
class WriteTx {
    pageSize;
    /** The txid this transaction commits. */
    txid;
    file;
    meta;
    other;
    root;
    nextPgid;
    state = 'open';
    reuse;
    allocator = null;
    /** Ids in [2, startHwm) not reachable from the active meta; null until scanned. */
    freeBefore = null;
    allocatedFromFree = new Set();
    freed = new Set();
    pending = new Map();
    pendingBytes = 0;
    pagesWritten = 0;
    constructor(file, options) {
        const db = bolt_db/* BoltDb */.k.open(file);
        const pageSize = db.pageSize;
        const active = db.meta;
        const other = db.otherMeta;
        this.file = file;
        this.pageSize = pageSize;
        this.meta = active;
        this.other = other;
        this.txid = active.txid + 1n;
        this.reuse = options.reuseFreePages ?? false;
        // If the new meta overwrites the active one, the other meta is the fallback after a torn
        // write: its pages must survive too (§7.1.5, files written by WriteTo).
        this.nextPgid = this.guardOther() ? Math.max(active.hwm, other.hwm) : active.hwm;
        this.root = new WriteBucket(this, new Uint8Array(0), active.root, active.sequence, null);
        if (this.reuse)
            this.scanFree();
    }
    static begin(file, options = {}) {
        return new WriteTx(file, options);
    }
    /** High-water mark including the pages allocated so far. */
    get hwm() {
        return this.nextPgid;
    }
    bucket(name) {
        return this.root.bucket(name);
    }
    createBucket(name) {
        return this.root.createBucket(name);
    }
    createBucketIfNotExists(name) {
        return this.root.createBucketIfNotExists(name);
    }
    deleteBucket(name) {
        this.root.deleteBucket((0,bucket/* toKey */.fw)(name));
    }
    /** Names of the top-level buckets, in key order. */
    bucketNames() {
        return [...this.root.entries()].filter((e) => e.isBucket).map((e) => e.key);
    }
    commit(options = {}) {
        this.assertOpen();
        this.state = 'failed';
        const mode = options.freelist ?? 'none';
        if (mode === 'page' && !this.freeBefore)
            this.scanFree();
        this.root.rebalance();
        this.root.spill();
        if (this.meta.freelist !== null) {
            this.free(this.meta.freelist, (0,bolt_page/* decodePageHeader */.pM)(this.readSpan(this.meta.freelist, false)).overflow);
        }
        let freelist = null;
        if (mode === 'page') {
            const pages = (0,bolt_freelist/* freelistPageCount */.ND)(this.freeIds().length, this.pageSize);
            freelist = this.allocate(pages);
            this.writePage(freelist, (0,bolt_freelist/* encodeFreelistPage */.wG)(freelist, this.freeIds(), pages, this.pageSize));
        }
        const hwm = this.nextPgid;
        const meta = (0,bolt_meta/* encodeMetaPage */.TP)({
            pageSize: this.pageSize,
            root: this.root.root,
            sequence: this.meta.sequence,
            freelist,
            hwm,
            txid: this.txid
        });
        // Durability order (§7.1.8): size → data → sync → meta → sync. Bytes past the last whole
        // page (a snapshot's sha256 trailer) are dropped so the size stays a multiple of pageSize.
        const size = Math.max(hwm * this.pageSize, Math.floor(this.file.size / this.pageSize) * this.pageSize);
        if (size !== this.file.size)
            this.file.truncate(size);
        this.flush();
        this.file.sync();
        this.file.write(Number(this.txid % 2n) * this.pageSize, meta);
        this.file.sync();
        this.state = 'committed';
        return {
            txid: this.txid,
            hwm,
            pagesWritten: this.pagesWritten,
            pagesFreed: this.freed.size,
            pagesReused: this.allocatedFromFree.size
        };
    }
    /** Drops every change. Pages already flushed lie in free space and are harmless. */
    rollback() {
        if (this.state === 'open')
            this.state = 'rolled back';
    }
    // ---- BucketTx / NodeTx ----
    assertOpen() {
        if (this.state !== 'open')
            throw new errors/* InvariantError */.zU(`bolt: transaction is ${this.state}`);
    }
    readPage(pgid) {
        return this.readSpan(pgid, true);
    }
    allocate(pages) {
        const fromFree = this.allocator?.take(pages) ?? null;
        if (fromFree !== null) {
            for (let i = 0; i < pages; i++)
                this.allocatedFromFree.add(fromFree + i);
            return fromFree;
        }
        const id = this.nextPgid;
        this.nextPgid += pages;
        return id;
    }
    free(pgid, overflow) {
        if (pgid < 2 || pgid + overflow >= this.meta.hwm) {
            throw new errors/* InvariantError */.zU(`freeing page ${pgid}+${overflow} that the transaction did not read`);
        }
        for (let id = pgid; id <= pgid + overflow; id++) {
            if (this.freed.has(id))
                throw new errors/* InvariantError */.zU(`page ${id} already freed`);
            this.freed.add(id);
        }
    }
    writePage(id, span) {
        if (this.pending.has(id))
            throw new errors/* InvariantError */.zU(`page ${id} written twice`);
        this.pending.set(id, span);
        this.pendingBytes += span.length;
        this.pagesWritten += span.length / this.pageSize;
        if (this.pendingBytes >= FLUSH_BYTES)
            this.flush();
    }
    // ---- internals ----
    guardOther() {
        return this.other !== null && this.meta.pageId === Number(this.txid % 2n);
    }
    /** A page span of the database as it was at begin, bounds-checked and copied. */
    readSpan(pgid, full) {
        const limit = Math.max(this.meta.hwm, this.guardOther() ? this.other.hwm : 0);
        if (!Number.isSafeInteger(pgid) || pgid < 2 || pgid >= limit) {
            throw new errors/* BoltFormatError */.Tb(`page ${pgid} is outside [2, ${limit})`);
        }
        const position = pgid * this.pageSize;
        const header = (0,bolt_page/* decodePageHeader */.pM)(this.file.read(position, this.pageSize));
        if (header.id !== pgid)
            throw new errors/* BoltFormatError */.Tb(`header says page ${header.id}`, pgid);
        if (pgid + header.overflow >= limit ||
            (pgid + header.overflow + 1) * this.pageSize > this.file.size) {
            throw new errors/* BoltFormatError */.Tb(`overflow ${header.overflow} runs past the end of the database`, pgid);
        }
        const length = full ? (header.overflow + 1) * this.pageSize : this.pageSize;
        return this.file.read(position, length).slice();
    }
    /** Computes the pages free before this transaction and, for reuse, the allocatable ones. */
    scanFree() {
        const size = this.nextPgid;
        const read = (pgid) => this.readSpan(pgid, true);
        const roots = (m) => ({ root: m.root, freelist: m.freelist, hwm: m.hwm });
        const active = (0,bolt_freelist/* reachablePages */.mI)(roots(this.meta), size, read);
        const guard = this.guardOther() ? (0,bolt_freelist/* reachablePages */.mI)(roots(this.other), size, read) : null;
        const free = [];
        const allocatable = [];
        for (let id = 2; id < size; id++) {
            if (active[id])
                continue;
            free.push(id);
            if (!guard?.[id])
                allocatable.push(id);
        }
        this.freeBefore = free;
        if (this.reuse)
            this.allocator = new bolt_freelist/* PageAllocator */.zg(allocatable);
    }
    /** Free list after this commit: (free before − allocated) ∪ freed (§4.1, §7.1.6). */
    freeIds() {
        const ids = this.freeBefore.filter((id) => !this.allocatedFromFree.has(id));
        for (const id of this.freed)
            ids.push(id);
        return ids.sort((a, b) => a - b);
    }
    /** Writes buffered pages in id order, coalescing contiguous spans; grows the file first. */
    flush() {
        if (this.pending.size === 0)
            return;
        const ids = [...this.pending.keys()].sort((a, b) => a - b);
        const last = ids[ids.length - 1];
        const end = last * this.pageSize + this.pending.get(last).length;
        if (this.file.size < end)
            this.file.truncate(Math.ceil(end / this.pageSize) * this.pageSize);
        let run = [];
        let runStart = 0;
        let runBytes = 0;
        const writeRun = () => {
            if (run.length === 0)
                return;
            const bytes = run.length === 1 ? run[0] : Buffer.concat(run, runBytes);
            this.file.write(runStart, bytes);
            run = [];
            runBytes = 0;
        };
        for (const id of ids) {
            const span = this.pending.get(id);
            const position = id * this.pageSize;
            if (run.length > 0 &&
                (runStart + runBytes !== position || runBytes + span.length > MAX_WRITE_BYTES))
                writeRun();
            if (run.length === 0)
                runStart = position;
            run.push(span);
            runBytes += span.length;
        }
        writeRun();
        this.pending.clear();
        this.pendingBytes = 0;
    }
}


/***/ }),

/***/ 8004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ memberId),
/* harmony export */   kL: () => (/* binding */ clusterId),
/* harmony export */   p0: () => (/* binding */ idHex)
/* harmony export */ });
/* unused harmony export idPadded */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7666);
/**
 * Member and cluster IDs, computed the way etcd's membership package does (format doc §2).
 * Restore never adds the "now" suffix that `member add` uses, so the IDs are deterministic.
 */


/** First 8 bytes of SHA-1(concat(sorted peer URLs) + token), big-endian. `peerURLs` must be normalized. */
function memberId(peerURLs, token) {
    const sorted = [...peerURLs].sort();
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1');
    for (const url of sorted)
        hash.update(url, 'utf8');
    hash.update(token, 'utf8');
    return hash.digest().readBigUInt64BE(0);
}
/** First 8 bytes of SHA-1(member IDs ascending, each as 8 big-endian bytes). */
function clusterId(memberIds) {
    const sorted = [...memberIds].sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareBigints */ .s);
    const bytes = Buffer.alloc(8 * sorted.length);
    sorted.forEach((id, i) => bytes.writeBigUInt64BE(id, 8 * i));
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(bytes).digest().readBigUInt64BE(0);
}
/** `types.ID.String()`: lowercase hex without padding (v2 store paths, `members` bucket keys). */
function idHex(id) {
    return id.toString(16);
}
/** `%016x`: the zero-padded form used in file names. */
function idPadded(id) {
    return id.toString(16).padStart(16, '0');
}


/***/ }),

/***/ 9794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JL: () => (/* binding */ buildCluster),
  ed: () => (/* binding */ parseInitialCluster),
  bm: () => (/* binding */ verifyAdvertisePeerUrls)
});

// UNUSED EXPORTS: MAX_MEMBERS, MAX_NAME_BYTES, findMember

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/cluster/ids.ts
var ids = __webpack_require__(8004);
// EXTERNAL MODULE: ./src/lib/cluster/order.ts
var order = __webpack_require__(7666);
;// CONCATENATED MODULE: ./src/lib/cluster/urls.ts
/**
 * Peer URLs as etcd's `types.NewURLs` accepts them, in the string form Go's `url.URL.String()`
 * gives (that string is hashed into member IDs and written into the WAL and `.snap`).
 *
 * We reproduce Go's normalization only for plain `scheme://host:port` URLs, where it just
 * lowercases the scheme. Anything Go would re-encode or that etcd handles differently across
 * versions (user info, query, fragment, percent-encoding, IPv6 zones, paths, non-ASCII) is
 * rejected with an InputError naming the URL and the rule, rather than risk a different member ID.
 *
 * A query is refused for what etcd does with it, not for its ID: etcdutl restores such URLs
 * and every server here (3.4.23 to 3.7.4) boots and replicates over them, but a follower appends
 * its lease paths after the query when it forwards to the leader, so lease keep-alives and
 * time-to-live sent to a follower fail (test/e2e/target-boot-matrix.test.ts).
 */

/** Longer URLs are certainly mistakes; the bound keeps error messages and IDs sane. */
const MAX_URL_LENGTH = 1024;
const SCHEMES = new Set(['http', 'https', 'unix', 'unixs']);
const GO_ASCII_SPACE = /^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s;
const REG_NAME = /^[A-Za-z0-9._~-]+$/;
const IPV6 = /^\[[0-9A-Fa-f:.]+\]$/;
/** Normalizes one peer URL (TrimSpace, Go parse, String()); throws InputError if etcd or we reject it. */
function normalizePeerUrl(raw) {
    const bad = (rule) => new errors/* InputError */.dz(`invalid peer URL ${quote(raw)}: ${rule}`);
    const text = raw.replace(GO_ASCII_SPACE, '');
    if (text === '')
        throw bad('it is empty');
    if (text.length > MAX_URL_LENGTH)
        throw bad(`it is longer than ${MAX_URL_LENGTH} characters`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(text))
        throw bad('it contains a control character');
    if (/[^\u0020-\u007e]/.test(text))
        throw bad('it contains a non-ASCII character');
    if (/\s/.test(text))
        throw bad('it contains whitespace');
    const m = SCHEME.exec(text);
    if (!m)
        throw bad('it must look like scheme://host:port');
    const scheme = m[1].toLowerCase();
    const rest = m[2];
    if (!SCHEMES.has(scheme))
        throw bad('URL scheme must be http, https, unix, or unixs');
    if (rest.includes('@'))
        throw bad('user info (user@) is not supported');
    if (rest.includes('?'))
        throw bad('a query (?) is not supported: etcd appends its peer paths after it, so lease keep-alives sent to a follower fail ("etcdserver: requested lease not found" from etcd 3.7.4)');
    if (rest.includes('#'))
        throw bad('a fragment (#) is not supported');
    if (rest.includes('%'))
        throw bad('percent-encoding and IPv6 zones (%) are not supported');
    if (rest.includes('/') || rest.includes('\\'))
        throw bad('URL must not contain a path');
    // A bracketed IPv6 host ends at `]`; otherwise the port follows the last colon.
    const bracketEnd = rest.startsWith('[') ? rest.indexOf(']') : -1;
    const colon = bracketEnd >= 0 ? bracketEnd + 1 : rest.lastIndexOf(':');
    if (colon === 0)
        throw bad('the host is empty');
    if (colon < 0 || rest[colon] !== ':')
        throw bad('URL address does not have the form "host:port"');
    const host = rest.slice(0, colon);
    const port = rest.slice(colon + 1);
    if (host === '')
        throw bad('the host is empty');
    if (!REG_NAME.test(host) && !IPV6.test(host)) {
        throw bad('the host must be a name, an IPv4 address or a [bracketed] IPv6 address');
    }
    if (!/^[0-9]{1,5}$/.test(port) || Number(port) > 65535) {
        throw bad('URL address does not have the form "host:port" (port must be 0-65535)');
    }
    return `${scheme}://${host}:${port}`;
}
/** `types.NewURLs`: normalizes every URL and sorts by the normalized string (byte order). */
function normalizePeerUrls(raws) {
    return raws.map(normalizePeerUrl).sort(compareStrings);
}
/** A comma-separated URL list (`--initial-advertise-peer-urls`), normalized and sorted. */
function parsePeerUrlList(csv) {
    return normalizePeerUrls(csv.split(','));
}
/** Byte-order comparison; equal to Go's for the ASCII strings this module produces. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Go's %q is close enough to JSON quoting for messages. */
function quote(text) {
    return JSON.stringify(text);
}

;// CONCATENATED MODULE: ./src/lib/cluster/initial-cluster.ts
/**
 * `--initial-cluster` parsing and bootstrap validation (format doc §1.2, §1.3): etcd's
 * `types.NewURLsMap` + `ServerConfig.VerifyBootstrap` + `NewClusterFromURLsMap`, plus guards of
 * our own, because member names also become directory and artifact names.
 */




/** etcd has no limit. Ours keeps the v2 store's 1000-slot event queue from wrapping (§7.5). */
const MAX_MEMBERS = 1000;
/** A file name component is at most 255 bytes on common file systems. */
const MAX_NAME_BYTES = 255;
/**
 * `types.NewURLsMap`: split on `,`, skip empty pieces, the first `=` separates name from URL,
 * names are not trimmed, a repeated name collects URLs. Returns name → normalized sorted URLs,
 * in order of first appearance.
 */
function parseInitialCluster(initialCluster) {
    const raw = new Map();
    for (const piece of initialCluster.split(',')) {
        if (piece === '')
            continue;
        const eq = piece.indexOf('=');
        if (eq < 0)
            throw new errors/* InputError */.dz(`--initial-cluster entry ${quote(piece)} is not name=url`);
        const name = piece.slice(0, eq);
        checkName(name);
        const urls = raw.get(name) ?? [];
        urls.push(piece.slice(eq + 1));
        raw.set(name, urls);
        if (raw.size > MAX_MEMBERS) {
            throw new errors/* InputError */.dz(`--initial-cluster has more than ${MAX_MEMBERS} members`);
        }
    }
    const parsed = new Map();
    for (const [name, urls] of raw)
        parsed.set(name, normalizePeerUrls(urls));
    return parsed;
}
/** Builds the restored cluster: IDs, validation, members in ascending ID order. */
function buildCluster(initialCluster, token) {
    const urlsMap = parseInitialCluster(initialCluster);
    if (urlsMap.size === 0)
        throw new errors/* InputError */.dz('--initial-cluster is empty');
    const seen = new Map();
    for (const [name, urls] of urlsMap) {
        for (const url of urls) {
            const other = seen.get(url);
            if (other !== undefined) {
                throw new errors/* InputError */.dz(`initial cluster ${urlsMapString(urlsMap)} has duplicate url ${url} (members ${quote(other)} and ${quote(name)})`);
            }
            seen.set(url, name);
        }
    }
    const byId = new Map();
    for (const [name, peerURLs] of urlsMap) {
        const id = (0,ids/* memberId */.IK)(peerURLs, token);
        if (id === 0n)
            throw new errors/* InputError */.dz(`cannot use 0 as member id (member ${quote(name)})`);
        const other = byId.get(id);
        if (other) {
            throw new errors/* InputError */.dz(`member exists with identical ID ${(0,ids/* idHex */.p0)(id)}: ${quote(other.name)} and ${quote(name)}`);
        }
        byId.set(id, { name, id, peerURLs });
    }
    const writtenOrder = [...byId.keys()];
    const members = [...byId.values()].sort((a, b) => (0,order/* compareBigints */.s)(a.id, b.id));
    return { token, id: (0,ids/* clusterId */.kL)(members.map((m) => m.id)), members, writtenOrder };
}
/** The member called `name`; InputError with etcd's message when there is none. */
function findMember(cluster, name) {
    const member = cluster.members.find((m) => m.name === name);
    if (!member) {
        throw new errors/* InputError */.dz(`couldn't find local name ${quote(name)} in the initial cluster configuration`);
    }
    return member;
}
/**
 * etcd's `advertiseMatchesCluster`, without its DNS resolution: the member's URLs must equal
 * `--initial-advertise-peer-urls` as sorted lists of normalized strings.
 */
function verifyAdvertisePeerUrls(cluster, name, advertise) {
    const member = findMember(cluster, name);
    const advertised = parsePeerUrlList(advertise);
    const expected = member.peerURLs;
    if (advertised.length === expected.length && advertised.every((u, i) => u === expected[i])) {
        return;
    }
    const missing = expected.filter((u) => !advertised.includes(u));
    if (missing.length > 0) {
        throw new errors/* InputError */.dz(`--initial-cluster has ${missing.map((u) => `${name}=${u}`).join(',')} but missing from --initial-advertise-peer-urls=${advertised.join(',')}`);
    }
    const extra = advertised.filter((u) => !expected.includes(u));
    if (extra.length > 0) {
        throw new errors/* InputError */.dz(`--initial-advertise-peer-urls has ${extra.join(',')} but missing from --initial-cluster=${expected.map((u) => `${name}=${u}`).join(',')}`);
    }
    throw new errors/* InputError */.dz(`--initial-advertise-peer-urls=${advertised.join(',')} does not match --initial-cluster=${expected.map((u) => `${name}=${u}`).join(',')} (a URL is repeated)`);
}
/** Names become directory and artifact names, so we refuse more than etcd does. */
function checkName(name) {
    const bad = (rule) => new errors/* InputError */.dz(`--initial-cluster member name ${quote(name)} ${rule} (names become directory and artifact names)`);
    if (name === '')
        throw bad('is empty');
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f-\u009f]/.test(name))
        throw bad('contains a control character');
    if (name.includes('/') || name.includes('\\'))
        throw bad('contains a path separator');
    if (name.includes('..') || name === '.')
        throw bad('contains ".." or is "."');
    if (/[\uD800-\uDFFF]/.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) {
        throw bad('is not valid Unicode');
    }
    if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES)
        throw bad(`is longer than ${MAX_NAME_BYTES} bytes`);
}
/** Go's `URLsMap.String()`: `name=url` pairs sorted as strings, joined by commas. */
function urlsMapString(urlsMap) {
    const pairs = [];
    for (const [name, urls] of urlsMap)
        for (const url of urls)
            pairs.push(`${name}=${url}`);
    return pairs.sort(compareStrings).join(',');
}


/***/ }),

/***/ 7666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ compareBigints)
/* harmony export */ });
/** Ascending unsigned order for bigint IDs (Array.prototype.sort compares as strings otherwise). */
function compareBigints(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/** A logger that drops everything; the default for library calls and tests. */
const silentLogger = {
    info: () => { },
    warn: () => { },
    debug: () => { },
    group: (_name, fn) => fn()
};


/***/ }),

/***/ 6957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ Staging),
/* harmony export */   IJ: () => (/* binding */ clearStaleStaging),
/* harmony export */   fJ: () => (/* binding */ targetState)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7268);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4068);
/* harmony import */ var _fsync_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1821);






/** Every staging entry starts with this, so a later run can recognise (and clear) what a killed run left. */
const STAGE_PREFIX = '.etcd-restore-';
/**
 * Checks a restore target the way etcd does, with clearer words: a data-dir may be absent or an
 * empty folder (3.5 rule); a symlink, a file or a non-empty folder is refused and left untouched.
 */
function targetState(path, what) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return 'absent';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TargetError */ .I0(`cannot inspect ${what} "${path}": ${error.message}`);
    }
    if (stat.isSymbolicLink())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TargetError */ .I0(`${what} "${path}" is a symbolic link; give the real path`);
    if (!stat.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TargetError */ .I0(`${what} "${path}" exists and is not a directory`);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path).length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TargetError */ .I0(`${what} "${path}" is not empty`);
    return 'empty-dir';
}
/**
 * Builds output beside its final place and moves it there with rename(2), so a reader (or a run
 * killed half-way) sees a target either complete or absent. Staging paths are siblings of their
 * targets: same filesystem, so the rename is atomic.
 */
class Staging {
    entries = [];
    tag = `${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}`;
    /** While anything is staged: a signal removes what is not committed (interrupt.ts). */
    untrack;
    track() {
        this.untrack ??= (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_4__/* .trackUndo */ .Mm)({
            paths: () => this.entries
                .filter((e) => !e.committed && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(e.stagePath))
                .map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(e.stagePath)),
            undo: () => this.abort()
        });
    }
    /** A fresh staging path for `finalPath` (not created). `state` comes from targetState(). */
    stage(finalPath, state) {
        const stagePath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(finalPath), `${STAGE_PREFIX}${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(finalPath)}-${this.tag}`);
        this.track();
        this.entries.push({
            finalPath,
            stagePath,
            replaceEmptyDir: state === 'empty-dir',
            committed: false
        });
        return stagePath;
    }
    /** A scratch path beside the targets, removed by commit() and abort(). */
    scratch(nearPath, name) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(nearPath), `${STAGE_PREFIX}${name}-${this.tag}`);
        this.track();
        this.entries.push({ finalPath: '', stagePath: path, replaceEmptyDir: false, committed: false });
        return path;
    }
    /** Moves every staged tree into place; if one move fails, the ones already made are undone. */
    commit() {
        const moves = this.entries.filter((e) => e.finalPath !== '');
        try {
            for (const entry of moves) {
                if (entry.replaceEmptyDir)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)(entry.finalPath); // fails (safely) if someone filled it meanwhile
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(entry.stagePath, entry.finalPath);
                entry.committed = true;
            }
            // Parents are synced after all renames: a kill between the renames of a data-dir and its
            // separate wal-dir leaves one without the other, so that window stays a few syscalls wide.
            for (const parent of new Set(moves.map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(e.finalPath))))
                (0,_fsync_js__WEBPACK_IMPORTED_MODULE_5__/* .fsyncDir */ .t)(parent);
        }
        catch (error) {
            this.rollback();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TargetError */ .I0(`could not move the restored files into place: ${error.message}`, { cause: error });
        }
        this.removeScratch();
        this.untrack?.();
    }
    /** Removes everything staged; committed targets are left alone. */
    abort() {
        for (const entry of this.entries)
            if (!entry.committed)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(entry.stagePath, { recursive: true, force: true });
        this.untrack?.();
    }
    rollback() {
        for (const entry of this.entries.filter((e) => e.committed).reverse()) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(entry.finalPath, entry.stagePath);
                entry.committed = false;
            }
            catch {
                // Best effort: the target stays complete, which is still a valid state.
            }
        }
        this.abort();
    }
    removeScratch() {
        for (const entry of this.entries)
            if (entry.finalPath === '')
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(entry.stagePath, { recursive: true, force: true });
    }
}
/**
 * Removes staging entries in `dir` left by runs that no longer exist (killed with SIGKILL, say),
 * so a rerun starts clean. Entries of live processes are left alone.
 */
function clearStaleStaging(dir) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return [];
    }
    const removed = [];
    for (const name of names) {
        const match = /^\.etcd-restore-.*-(\d+)-[0-9a-f]{8}$/.exec(name);
        if (!match || processAlive(Number(match[1])))
            continue;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), { recursive: true, force: true });
        removed.push(name);
    }
    return removed;
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}


/***/ }),

/***/ 5312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);



/**
 * Writes a JSON report (restore, action or drill report) atomically (temp file + rename), so a
 * reader never sees half of it; a failed write leaves no temp file (`disk full: <path>` when
 * for want of space).
 */
async function writeReportFile(path, report) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const tmp = `${path}.tmp-${process.pid}`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o644 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .diskFull */ .xg)(error, path);
    }
}


/***/ }),

/***/ 1150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q0: () => (/* binding */ CLI_ADVICE),
/* harmony export */   Z8: () => (/* binding */ DRILL_MEMBER_BYTES),
/* harmony export */   _X: () => (/* binding */ restoreNeeds),
/* harmony export */   kx: () => (/* binding */ assertRoom),
/* harmony export */   of: () => (/* binding */ memberDbBytes)
/* harmony export */ });
/* unused harmony exports MEMBER_FILES_BYTES, compactedBytes, shortfalls, shortfallMessage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _bolt_compact_tree_builder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7115);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(432);
/**
 * What a run will write, and where, before it writes anything: the restore's members (db, WAL,
 * .snap; the compacted size when it compacts), its staging, the drill's copies, the action's
 * archives. Pure: the file systems and their free bytes come from disk-space.ts. A file system's
 * need is its peak: what stays (the outputs) plus the largest of the passing phases (a drill's
 * copies are gone before the archives are packed).
 */



const CLI_ADVICE = {
    outDir: 'choose another --out-dir',
    dataDir: 'choose another --data-dir',
    walDir: 'choose another --wal-dir',
    defrag: '--defrag always',
    temp: 'set TMPDIR to a larger disk',
    archives: 'pack no archive' // the CLI packs none: never named
};
/**
 * Per member, besides its db: the .snap, the WAL's records (the 64 MB segment is sparse: etcd
 * preallocates it on its first boot), four folders, each rounded up to whole blocks.
 */
const MEMBER_FILES_BYTES = 64 * 1024;
/**
 * Per member a drill boots, besides its db: etcd preallocates the WAL segment it writes (64 MB)
 * and the next one (its file pipeline), and writes its key and the restart's entries.
 */
const DRILL_MEMBER_BYTES = 2 * 64 * 1000 * 1000 + 4 * 1024 * 1024;
/**
 * The db a compaction writes for `estimate`: its live pages, at the compaction's fill (a source
 * fuller than that takes more pages), plus the metas and freelist.
 */
function compactedBytes(estimate) {
    const live = estimate.hwm - estimate.freePages;
    return Math.ceil(live / _bolt_compact_tree_builder_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_FILL_PERCENT */ .g + 4) * estimate.pageSize;
}
/** The member db a restore with `defrag` writes: compacted or copied. */
function memberDbBytes(sizes, compacts) {
    return compacts && sizes.estimate !== undefined ? compactedBytes(sizes.estimate) : sizes.dbBytes;
}
/**
 * What a restore writes into `target`: `members` data-dirs (the WAL's part beside a separate
 * --wal-dir), and, for a compressed snapshot that is compacted, its decompressed db staged until
 * the commit. `compacts`: the restore will compact (from defrag and the estimate).
 */
function restoreNeeds(target, members, sizes, compacts) {
    const single = target.kind === 'single';
    const output = single ? target.dataDir : target.outDir;
    const knob = single ? 'dataDir' : 'outDir';
    const db = memberDbBytes(sizes, compacts);
    const walApart = target.walDir !== undefined;
    const needs = [
        {
            path: output,
            bytes: members * (db + (walApart ? MEMBER_FILES_BYTES / 2 : MEMBER_FILES_BYTES)),
            what: members === 1 ? "the member's data-dir" : `${members} members' data-dirs`,
            knob
        }
    ];
    if (target.walDir !== undefined) {
        needs.push({
            path: target.walDir,
            bytes: (members * MEMBER_FILES_BYTES) / 2,
            what: 'WAL',
            knob: 'walDir'
        });
    }
    // a copy takes the staged db as its last member's; a compaction writes every member afresh
    if (sizes.compressed && compacts) {
        needs.push({
            path: output,
            bytes: sizes.dbBytes,
            what: 'the decompressed snapshot, staged',
            phase: 'restore',
            knob
        });
    }
    return needs;
}
/**
 * Peak bytes per file system (`dev`): what is kept, plus the largest phase. Returns those that
 * do not fit, in the order their first need was given.
 */
function shortfalls(needs, roomOf) {
    const byDev = new Map();
    for (const need of needs) {
        if (need.bytes <= 0)
            continue;
        const room = roomOf(need.path);
        const entry = byDev.get(room.dev) ?? { room, needs: [] };
        entry.needs.push(need);
        byDev.set(room.dev, entry);
    }
    const short = [];
    for (const { room, needs: here } of byDev.values()) {
        const need = peak(here);
        if (need > room.free)
            short.push({ path: here[0].path, need, free: room.free, needs: here });
    }
    return short;
}
function peak(needs) {
    let kept = 0;
    const phases = new Map();
    for (const n of needs) {
        if (n.phase === undefined)
            kept += n.bytes;
        else
            phases.set(n.phase, (phases.get(n.phase) ?? 0) + n.bytes);
    }
    return kept + Math.max(0, ...phases.values());
}
/**
 * The one line of a refusal: `needs 6.2 GiB on /runner/_temp/etcd-restore, 4.1 GiB free; set
 * path: or defrag: always`. `defragFits`: compacting would make it fit (then it is offered).
 */
function shortfallMessage(s, advice, defragFits) {
    const knobs = [...new Set(s.needs.map((n) => n.knob))];
    if (defragFits)
        knobs.push('defrag');
    const remedies = knobs.map((k) => advice[k]);
    return (`needs ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(s.need)} on ${s.path}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(s.free)} free` +
        (remedies.length > 0 ? `; ${remedies.join(' or ')}` : ''));
}
/**
 * Throws DiskSpaceError for the first file system short of room. `ifCompacted`: the same needs
 * with the members compacted (when the run would not compact), to offer `defrag` where it helps.
 */
function assertRoom(needs, roomOf, advice, ifCompacted) {
    const [first] = shortfalls(needs, roomOf);
    if (first === undefined)
        return;
    const dev = roomOf(first.path).dev;
    const defragFits = ifCompacted !== undefined &&
        !shortfalls(ifCompacted, roomOf).some((s) => roomOf(s.path).dev === dev);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DiskSpaceError */ .O6(shortfallMessage(first, advice, defragFits));
}


/***/ }),

/***/ 1942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OZ: () => (/* binding */ willCompact),
/* harmony export */   Pb: () => (/* binding */ snapshotSizes),
/* harmony export */   dT: () => (/* binding */ roomOf),
/* harmony export */   ek: () => (/* binding */ checkDiskSpace)
/* harmony export */ });
/* unused harmony export diskCheckEnabled */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(432);
/* harmony import */ var _snapshot_source_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1694);
/* harmony import */ var _snapshot_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5216);
/* harmony import */ var _snapshot_decompress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4693);
/* harmony import */ var _snapshot_read_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2250);
/* harmony import */ var _db_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8866);
/* harmony import */ var _disk_need_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1150);
/**
 * The disk check before the first byte (disk-need.ts says what is needed): each folder's file
 * system is the one of its nearest existing ancestor (stat().dev), its room statfs's bavail ×
 * bsize; the snapshot's sizes are read from the file (a plain one's db size and free-page
 * estimate, a compressed one's header). `ETCD_RESTORE_DISK_CHECK=off` skips the check (for a
 * file system that reports its room wrongly); a write that then fails says `disk full: <path>`.
 */









/** Whether the check runs at all (ETCD_RESTORE_DISK_CHECK=off skips it). */
function diskCheckEnabled() {
    return !/^(off|0|false|no)$/i.test(process.env.ETCD_RESTORE_DISK_CHECK ?? '');
}
/** The file system of `path` (or of its nearest existing ancestor) and its free bytes. */
function roomOf(path) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    for (;;) {
        try {
            const dev = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).dev;
            const fs = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statfsSync)(dir);
            return { dev, free: Number(fs.bavail) * Number(fs.bsize) };
        }
        catch (error) {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
            if (parent === dir)
                throw error;
            dir = parent;
        }
    }
}
/** roomOf, asked once per folder for one check. */
function cachedRooms() {
    const seen = new Map();
    return (path) => {
        let room = seen.get(path);
        if (room === undefined)
            seen.set(path, (room = roomOf(path)));
        return room;
    };
}
/**
 * Throws DiskSpaceError when a file system cannot hold its needs (disk-need.ts assertRoom);
 * logs each need first. Skipped with ETCD_RESTORE_DISK_CHECK=off.
 */
function checkDiskSpace(needs, advice, options = {}) {
    if (!diskCheckEnabled())
        return;
    for (const n of needs) {
        options.logger?.debug(`disk: ${n.what}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBytes */ .z3)(n.bytes)} in ${n.path}${n.phase ? ` (during ${n.phase})` : ''}`);
    }
    (0,_disk_need_js__WEBPACK_IMPORTED_MODULE_7__/* .assertRoom */ .kx)(needs, cachedRooms(), advice, options.ifCompacted);
}
/**
 * The snapshot's sizes before anything is read in full: a plain file's database bytes and its
 * free-page estimate (estimate.ts); a gzip or zstd file's decompressed size from its header
 * (gzip's ISIZE, modulo 4 GiB; zstd's frame content size) or, failing that, its own size.
 * Anything but a regular file is not read (0 bytes: the verification says what it is).
 */
function snapshotSizes(path) {
    const plain = (0,_snapshot_source_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .plainSnapshot */ .b)(path);
    if (plain !== undefined) {
        const estimate = (0,_snapshot_read_options_js__WEBPACK_IMPORTED_MODULE_5__/* .estimateFree */ .pi)(plain.path, plain.dbSize);
        return { dbBytes: plain.dbSize, exact: true, compressed: false, estimate };
    }
    const unknown = { dbBytes: 0, exact: false, compressed: false, estimate: undefined };
    let fd;
    try {
        // only a regular file is read: a FIFO would wait for a writer, and lose what is read here
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile())
            return unknown;
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        const head = Buffer.alloc(18);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, head.length, 0);
        const compression = (0,_snapshot_decompress_js__WEBPACK_IMPORTED_MODULE_4__/* .detectCompression */ .IR)(head.subarray(0, _snapshot_decompress_js__WEBPACK_IMPORTED_MODULE_4__/* .MAGIC_BYTES */ .kP));
        if (compression === 'none') {
            return { dbBytes: size, exact: false, compressed: false, estimate: undefined };
        }
        let content;
        if (compression === 'gzip' && size >= 18) {
            const tail = Buffer.alloc(4);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, tail, 0, 4, size - 4);
            content = tail.readUInt32LE(0);
            // ISIZE is the size modulo 2^32; a database is larger than its compressed file
            while (content < size)
                content += 2 ** 32;
        }
        else if (compression === 'zstd') {
            content = zstdContentSize(head);
        }
        const dbBytes = content === undefined ? size : (0,_snapshot_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .databaseBytes */ .H8)(content);
        return { dbBytes, exact: false, compressed: true, estimate: undefined };
    }
    catch {
        return unknown; // the verification says what is wrong with the file
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The Frame_Content_Size of a zstd frame header (RFC 8878 §3.1.1.1), when it has one. */
function zstdContentSize(head) {
    const descriptor = head[4];
    const fcsFlag = descriptor >> 6;
    const singleSegment = (descriptor & 0x20) !== 0;
    const dictBytes = [0, 1, 2, 4][descriptor & 0x03];
    const fcsBytes = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag];
    if (fcsBytes === 0)
        return undefined;
    const at = 5 + (singleSegment ? 0 : 1) + dictBytes;
    if (fcsBytes === 1)
        return head.readUInt8(at);
    if (fcsBytes === 2)
        return head.readUInt16LE(at) + 256;
    if (fcsBytes === 4)
        return head.readUInt32LE(at);
    return Number(head.readBigUInt64LE(at));
}
/** Whether a restore with `defrag` of a db so estimated compacts (as verify.ts decides). */
function willCompact(defrag, sizes) {
    if (defrag === 'never')
        return false;
    if (defrag === 'always')
        return true;
    // auto: from the estimate; unknown (compressed, unreadable): counted as a copy, the larger
    return sizes.estimate !== undefined && sizes.estimate.freeShare >= _db_js__WEBPACK_IMPORTED_MODULE_6__/* .AUTO_FREE_SHARE */ .jh;
}


/***/ }),

/***/ 1166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ restore)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/logger.ts
var logger = __webpack_require__(2415);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/member-dir/write.ts
var write = __webpack_require__(8507);
;// CONCATENATED MODULE: ./src/lib/json/go-json.ts
const HEX = '0123456789abcdef';
/**
 * A Go-encoded JSON string literal, quotes included. Go 1.19 (etcd 3.4.23) writes \b and \f as
 * \u0008 and \u000c; Go 1.22+ uses the short forms. Member names and URLs never hold control
 * characters (they are rejected on input), so the difference cannot reach our output.
 */
function goJsonString(text) {
    let out = '"';
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) {
            // A valid pair is copied; a lone surrogate is what Go writes for invalid UTF-8.
            const next = text.charCodeAt(i + 1);
            if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
                out += text[i] + text[i + 1];
                i++;
            }
            else {
                out += '\\ufffd';
            }
            continue;
        }
        switch (c) {
            case 0x22:
                out += '\\"';
                continue;
            case 0x5c:
                out += '\\\\';
                continue;
            case 0x0a:
                out += '\\n';
                continue;
            case 0x0d:
                out += '\\r';
                continue;
            case 0x09:
                out += '\\t';
                continue;
            case 0x3c:
            case 0x3e:
            case 0x26:
                out += '\\u00' + HEX[c >> 4] + HEX[c & 15];
                continue;
            case 0x2028:
                out += '\\u2028';
                continue;
            case 0x2029:
                out += '\\u2029';
                continue;
        }
        out += c < 0x20 ? '\\u00' + HEX[c >> 4] + HEX[c & 15] : text[i];
    }
    return out + '"';
}
/** `{"peerURLs":[…]}`: membership.RaftAttributes (isLearner false is omitted). */
function raftAttributesJson(peerURLs) {
    return `{"peerURLs":${stringArray(peerURLs)}}`;
}
/** `{"id":…,"peerURLs":[…],"name":"…"}`: membership.Member as restore writes it (no clientURLs). */
function memberJson(member) {
    const name = member.name === '' ? '' : `,"name":${goJsonString(member.name)}`;
    return `{"id":${member.id.toString()},"peerURLs":${stringArray(member.peerURLs)}${name}}`;
}
function stringArray(items) {
    return `[${items.map(goJsonString).join(',')}]`;
}

// EXTERNAL MODULE: ./node_modules/protobufjs/minimal.js
var minimal = __webpack_require__(7823);
var minimal_default = /*#__PURE__*/__webpack_require__.n(minimal);
;// CONCATENATED MODULE: ./src/lib/proto/encoders.generated.ts
// GENERATED by scripts/gen-proto.mjs from src/lib/proto/*.proto. Do not edit.
/* eslint-disable */

const { Writer, util } = (minimal_default());
/** Every message type of the .proto files, by full name (`raftpb.Entry`). */
const ENCODERS = {
    'authpb.UserAddOptions': function UserAddOptions$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.no_password != null && Object.hasOwnProperty.call(m, 'no_password'))
            w.uint32(8).bool(m.no_password);
        return w;
    },
    'authpb.User': function User$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.name != null && Object.hasOwnProperty.call(m, 'name'))
            w.uint32(10).bytes(m.name);
        if (m.password != null && Object.hasOwnProperty.call(m, 'password'))
            w.uint32(18).bytes(m.password);
        if (m.roles != null && m.roles.length) {
            for (var i = 0; i < m.roles.length; ++i)
                w.uint32(26).string(m.roles[i]);
        }
        if (m.options != null && Object.hasOwnProperty.call(m, 'options'))
            ENCODERS['authpb.UserAddOptions'](m.options, w.uint32(34).fork(), q + 1).ldelim();
        return w;
    },
    'authpb.Permission': function Permission$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.permType != null && Object.hasOwnProperty.call(m, 'permType'))
            w.uint32(8).int32(m.permType);
        if (m.key != null && Object.hasOwnProperty.call(m, 'key'))
            w.uint32(18).bytes(m.key);
        if (m.range_end != null && Object.hasOwnProperty.call(m, 'range_end'))
            w.uint32(26).bytes(m.range_end);
        return w;
    },
    'authpb.Role': function Role$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.name != null && Object.hasOwnProperty.call(m, 'name'))
            w.uint32(10).bytes(m.name);
        if (m.keyPermission != null && m.keyPermission.length) {
            for (var i = 0; i < m.keyPermission.length; ++i)
                ENCODERS['authpb.Permission'](m.keyPermission[i], w.uint32(18).fork(), q + 1).ldelim();
        }
        return w;
    },
    'etcdserverpb.Metadata': function Metadata$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        w.uint32(8).uint64(m.NodeID);
        w.uint32(16).uint64(m.ClusterID);
        return w;
    },
    'k8s.io.apimachinery.pkg.runtime.TypeMeta': function TypeMeta$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.apiVersion != null && Object.hasOwnProperty.call(m, 'apiVersion'))
            w.uint32(10).string(m.apiVersion);
        if (m.kind != null && Object.hasOwnProperty.call(m, 'kind'))
            w.uint32(18).string(m.kind);
        return w;
    },
    'k8s.io.apimachinery.pkg.runtime.Unknown': function Unknown$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.typeMeta != null && Object.hasOwnProperty.call(m, 'typeMeta'))
            ENCODERS['k8s.io.apimachinery.pkg.runtime.TypeMeta'](m.typeMeta, w.uint32(10).fork(), q + 1).ldelim();
        if (m.raw != null && Object.hasOwnProperty.call(m, 'raw'))
            w.uint32(18).bytes(m.raw);
        if (m.contentEncoding != null && Object.hasOwnProperty.call(m, 'contentEncoding'))
            w.uint32(26).string(m.contentEncoding);
        if (m.contentType != null && Object.hasOwnProperty.call(m, 'contentType'))
            w.uint32(34).string(m.contentType);
        return w;
    },
    'leasepb.Lease': function Lease$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.ID != null && Object.hasOwnProperty.call(m, 'ID'))
            w.uint32(8).int64(m.ID);
        if (m.TTL != null && Object.hasOwnProperty.call(m, 'TTL'))
            w.uint32(16).int64(m.TTL);
        if (m.RemainingTTL != null && Object.hasOwnProperty.call(m, 'RemainingTTL'))
            w.uint32(24).int64(m.RemainingTTL);
        return w;
    },
    'mvccpb.KeyValue': function KeyValue$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.key != null && Object.hasOwnProperty.call(m, 'key'))
            w.uint32(10).bytes(m.key);
        if (m.create_revision != null && Object.hasOwnProperty.call(m, 'create_revision'))
            w.uint32(16).int64(m.create_revision);
        if (m.mod_revision != null && Object.hasOwnProperty.call(m, 'mod_revision'))
            w.uint32(24).int64(m.mod_revision);
        if (m.version != null && Object.hasOwnProperty.call(m, 'version'))
            w.uint32(32).int64(m.version);
        if (m.value != null && Object.hasOwnProperty.call(m, 'value'))
            w.uint32(42).bytes(m.value);
        if (m.lease != null && Object.hasOwnProperty.call(m, 'lease'))
            w.uint32(48).int64(m.lease);
        return w;
    },
    'raftpb.v37.SnapshotMetadata': function SnapshotMetadata$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.conf_state != null && Object.hasOwnProperty.call(m, 'conf_state'))
            ENCODERS['raftpb.v37.ConfState'](m.conf_state, w.uint32(10).fork(), q + 1).ldelim();
        if (m.index != null && Object.hasOwnProperty.call(m, 'index'))
            w.uint32(16).uint64(m.index);
        if (m.term != null && Object.hasOwnProperty.call(m, 'term'))
            w.uint32(24).uint64(m.term);
        return w;
    },
    'raftpb.v37.Snapshot': function Snapshot$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.data != null && Object.hasOwnProperty.call(m, 'data'))
            w.uint32(10).bytes(m.data);
        if (m.metadata != null && Object.hasOwnProperty.call(m, 'metadata'))
            ENCODERS['raftpb.v37.SnapshotMetadata'](m.metadata, w.uint32(18).fork(), q + 1).ldelim();
        return w;
    },
    'raftpb.v37.ConfState': function ConfState$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.voters != null && m.voters.length) {
            for (var i = 0; i < m.voters.length; ++i)
                w.uint32(8).uint64(m.voters[i]);
        }
        if (m.learners != null && m.learners.length) {
            for (var i = 0; i < m.learners.length; ++i)
                w.uint32(16).uint64(m.learners[i]);
        }
        if (m.voters_outgoing != null && m.voters_outgoing.length) {
            for (var i = 0; i < m.voters_outgoing.length; ++i)
                w.uint32(24).uint64(m.voters_outgoing[i]);
        }
        if (m.learners_next != null && m.learners_next.length) {
            for (var i = 0; i < m.learners_next.length; ++i)
                w.uint32(32).uint64(m.learners_next[i]);
        }
        if (m.auto_leave != null && Object.hasOwnProperty.call(m, 'auto_leave'))
            w.uint32(40).bool(m.auto_leave);
        return w;
    },
    'raftpb.v37.ConfChange': function ConfChange$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.id != null && Object.hasOwnProperty.call(m, 'id'))
            w.uint32(8).uint64(m.id);
        if (m.type != null && Object.hasOwnProperty.call(m, 'type'))
            w.uint32(16).int32(m.type);
        if (m.node_id != null && Object.hasOwnProperty.call(m, 'node_id'))
            w.uint32(24).uint64(m.node_id);
        if (m.context != null && Object.hasOwnProperty.call(m, 'context'))
            w.uint32(34).bytes(m.context);
        return w;
    },
    'raftpb.Entry': function Entry$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        w.uint32(8).int32(m.Type);
        w.uint32(16).uint64(m.Term);
        w.uint32(24).uint64(m.Index);
        if (m.Data != null && Object.hasOwnProperty.call(m, 'Data'))
            w.uint32(34).bytes(m.Data);
        return w;
    },
    'raftpb.SnapshotMetadata': function SnapshotMetadata$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        ENCODERS['raftpb.ConfState'](m.conf_state, w.uint32(10).fork(), q + 1).ldelim();
        w.uint32(16).uint64(m.index);
        w.uint32(24).uint64(m.term);
        return w;
    },
    'raftpb.Snapshot': function Snapshot$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.data != null && Object.hasOwnProperty.call(m, 'data'))
            w.uint32(10).bytes(m.data);
        ENCODERS['raftpb.SnapshotMetadata'](m.metadata, w.uint32(18).fork(), q + 1).ldelim();
        return w;
    },
    'raftpb.HardState': function HardState$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        w.uint32(8).uint64(m.term);
        w.uint32(16).uint64(m.vote);
        w.uint32(24).uint64(m.commit);
        return w;
    },
    'raftpb.ConfState': function ConfState$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.voters != null && m.voters.length) {
            for (var i = 0; i < m.voters.length; ++i)
                w.uint32(8).uint64(m.voters[i]);
        }
        if (m.learners != null && m.learners.length) {
            for (var i = 0; i < m.learners.length; ++i)
                w.uint32(16).uint64(m.learners[i]);
        }
        if (m.voters_outgoing != null && m.voters_outgoing.length) {
            for (var i = 0; i < m.voters_outgoing.length; ++i)
                w.uint32(24).uint64(m.voters_outgoing[i]);
        }
        if (m.learners_next != null && m.learners_next.length) {
            for (var i = 0; i < m.learners_next.length; ++i)
                w.uint32(32).uint64(m.learners_next[i]);
        }
        w.uint32(40).bool(m.auto_leave);
        return w;
    },
    'raftpb.ConfChange': function ConfChange$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        w.uint32(8).uint64(m.id);
        w.uint32(16).int32(m.type);
        w.uint32(24).uint64(m.node_id);
        if (m.context != null && Object.hasOwnProperty.call(m, 'context'))
            w.uint32(34).bytes(m.context);
        return w;
    },
    'snappb.snapshot': function snapshot$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        w.uint32(8).uint32(m.crc);
        if (m.data != null && Object.hasOwnProperty.call(m, 'data'))
            w.uint32(18).bytes(m.data);
        return w;
    },
    'walpb.v37.Snapshot': function Snapshot$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        if (m.index != null && Object.hasOwnProperty.call(m, 'index'))
            w.uint32(8).uint64(m.index);
        if (m.term != null && Object.hasOwnProperty.call(m, 'term'))
            w.uint32(16).uint64(m.term);
        if (m.conf_state != null && Object.hasOwnProperty.call(m, 'conf_state'))
            ENCODERS['raftpb.v37.ConfState'](m.conf_state, w.uint32(26).fork(), q + 1).ldelim();
        return w;
    },
    'walpb.Record': function Record$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        w.uint32(8).int64(m.type);
        w.uint32(16).uint32(m.crc);
        if (m.data != null && Object.hasOwnProperty.call(m, 'data'))
            w.uint32(26).bytes(m.data);
        return w;
    },
    'walpb.Snapshot': function Snapshot$encode(m, w, q) {
        if (!w)
            w = Writer.create();
        if (q === undefined)
            q = 0;
        if (q > util.recursionLimit)
            throw Error('max depth exceeded');
        w.uint32(8).uint64(m.index);
        w.uint32(16).uint64(m.term);
        if (m.conf_state != null && Object.hasOwnProperty.call(m, 'conf_state'))
            ENCODERS['raftpb.ConfState'](m.conf_state, w.uint32(26).fork(), q + 1).ldelim();
        return w;
    }
};

;// CONCATENATED MODULE: ./src/lib/proto/encode.ts
/**
 * Encoding with the encoders generated at build time (encoders.generated.ts, protobufjs's own
 * code for each message): a run that writes WAL and .snap files builds no protobufjs types.
 */


/** The wire bytes of `message` as the protobuf message `fullName` (e.g. `raftpb.Entry`). */
function encodeMessage(fullName, message) {
    const encoder = ENCODERS[fullName];
    if (encoder === undefined)
        throw new errors/* InvariantError */.zU(`no protobuf message ${fullName}`);
    // A plain copy: protobufjs returns a Node Buffer, often a slice of a shared pool, whose
    // slice() is a view, not a copy.
    return new Uint8Array(encoder(message).finish());
}

;// CONCATENATED MODULE: ./src/lib/proto/u64.ts
/**
 * bigint ↔ protobufjs 64-bit values. protobufjs writes any `{low, high}` object and reads
 * uint64 back as a long.js `Long`; going through the bit halves keeps all 64 bits exact.
 */

const MAX_U64 = (1n << 64n) - 1n;
/** `value` (0 ≤ value < 2^64) as something protobufjs writes as a uint64/int64 varint. */
function u64(value) {
    if (value < 0n || value > MAX_U64)
        throw new errors/* InvariantError */.zU(`${value} is not a uint64`);
    return { low: Number(value & 0xffffffffn) | 0, high: Number(value >> 32n) | 0, unsigned: true };
}
/** A decoded protobufjs 64-bit field (Long, number or undefined) as an unsigned bigint. */
function u64_fromU64(value) {
    if (value === undefined || value === null)
        return 0n;
    if (typeof value === 'number') {
        if (!Number.isSafeInteger(value))
            throw new InvariantError(`lossy 64-bit value ${value}`);
        return BigInt.asUintN(64, BigInt(value));
    }
    if (typeof value === 'object' && 'low' in value && 'high' in value) {
        const { low, high } = value;
        return (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0);
    }
    throw new InvariantError(`not a 64-bit protobuf value: ${String(value)}`);
}

;// CONCATENATED MODULE: ./src/lib/proto/messages.ts
/**
 * Typed encoders for the etcd messages restore writes. All 64-bit values are bigint; every
 * "always" field is passed, because protobufjs writes `required` fields unconditionally.
 */


/** The message type name for the wire: the 3.7 declarations live in `<package>.v37`. */
function typeFor(typeName, wire) {
    if (wire === 'gogo')
        return typeName;
    const dot = typeName.indexOf('.');
    return `${typeName.slice(0, dot)}.v37${typeName.slice(dot)}`;
}
function confState(cs, wire) {
    const voters = cs.voters.map(u64);
    return wire === 'gogo' ? { voters, auto_leave: false } : { voters };
}
/** etcdserverpb.Metadata: the WAL metadata record. */
function encodeMetadata(nodeId, clusterId) {
    return encodeMessage('etcdserverpb.Metadata', { NodeID: u64(nodeId), ClusterID: u64(clusterId) });
}
/** walpb.Snapshot; `confState` only in the 3.5+ final record. */
function encodeWalSnapshot(index, term, cs, wire = 'gogo') {
    const message = { index: u64(index), term: u64(term) };
    if (cs)
        message.conf_state = confState(cs, wire);
    return encodeMessage(typeFor('walpb.Snapshot', wire), message);
}
/** raftpb.HardState. */
function encodeHardState(term, vote, commit) {
    return encodeMessage('raftpb.HardState', {
        term: u64(term),
        vote: u64(vote),
        commit: u64(commit)
    });
}
/** raftpb.ConfChange{AddNode, nodeId, context}, plus ID 0 where gogoproto always writes it. */
function encodeAddNode(nodeId, context, wire = 'gogo') {
    const change = { type: 0, node_id: u64(nodeId), context };
    if (wire === 'protobuf-go')
        return encodeMessage(typeFor('raftpb.ConfChange', wire), change);
    return encodeMessage('raftpb.ConfChange', { id: u64(0n), ...change });
}
/** raftpb.Entry of type EntryConfChange (1). */
function encodeConfChangeEntry(term, index, data) {
    return encodeMessage('raftpb.Entry', { Term: u64(term), Index: u64(index), Type: 1, Data: data });
}
/** raftpb.Snapshot{data, metadata{conf_state, index, term}}. */
function encodeRaftSnapshot(data, cs, index, term, wire = 'gogo') {
    return encodeMessage(typeFor('raftpb.Snapshot', wire), {
        data,
        metadata: { conf_state: confState(cs, wire), index: u64(index), term: u64(term) }
    });
}
/** snappb.snapshot{crc, data}: the `.snap` file envelope. */
function encodeSnapEnvelope(crc, data) {
    return encodeMessage('snappb.snapshot', { crc, data });
}

// EXTERNAL MODULE: ./src/lib/wal/crc32c.ts
var wal_crc32c = __webpack_require__(4726);
;// CONCATENATED MODULE: ./src/lib/wal/record-type.ts
/** walpb.Record.type values (etcd wal/wal.go); any other value fails etcd's ReadAll. */
const RecordType = {
    metadata: 1,
    entry: 2,
    state: 3,
    crc: 4,
    snapshot: 5
};
function isRecordType(value) {
    return Number.isInteger(value) && value >= 1 && value <= 5;
}
function recordTypeName(value) {
    const entry = Object.entries(RecordType).find(([, v]) => v === value);
    return entry ? entry[0] : `unknown(${value})`;
}

;// CONCATENATED MODULE: ./src/lib/wal/encoder.ts
/**
 * WAL frames (format doc §6.1, §6.2): 8-byte little-endian length (bit 63 + pad count in the top
 * byte when padded), the marshalled walpb.Record, zero padding to 8 bytes. Each non-crc record
 * carries the running CRC-32C of all record data so far; a crc record carries the running value.
 */




/** The 8-byte length field for a record of `n` bytes. */
function frameLengthField(n) {
    const pad = (8 - (n % 8)) % 8;
    const field = new Uint8Array(8);
    const view = new DataView(field.buffer);
    view.setUint32(0, n >>> 0, true);
    view.setUint32(4, Math.floor(n / 2 ** 32), true);
    if (pad > 0)
        field[7] = 0x80 | pad;
    return field;
}
/** Appends framed records to a growable in-memory buffer; no I/O. */
class WalEncoder {
    buf = new Uint8Array(4096);
    used = 0;
    crc;
    /** `prevCrc`: the running CRC to continue from (0 for a new WAL). */
    constructor(prevCrc = 0) {
        this.crc = prevCrc >>> 0;
    }
    /** The running CRC after the records written so far. */
    get runningCrc() {
        return this.crc;
    }
    /** Appends a crc record carrying the running CRC (the first record of every segment). */
    writeCrcRecord() {
        this.writeRecord({ type: u64(BigInt(RecordType.crc)), crc: this.crc });
    }
    /** Appends a record of `type` with `data` and chains the CRC. */
    write(type, data) {
        this.crc = (0,wal_crc32c/* crc32cUpdate */.EL)(this.crc, data);
        this.writeRecord({ type: u64(BigInt(type)), crc: this.crc, data });
    }
    /** The bytes written so far (a copy). */
    bytes() {
        return this.buf.slice(0, this.used);
    }
    writeRecord(record) {
        const body = encodeMessage('walpb.Record', record);
        const pad = (8 - (body.length % 8)) % 8;
        this.reserve(8 + body.length + pad);
        this.buf.set(frameLengthField(body.length), this.used);
        this.buf.set(body, this.used + 8);
        // The buffer is zero-filled on growth and never reused, so the padding is already zero.
        this.used += 8 + body.length + pad;
    }
    reserve(extra) {
        if (this.used + extra <= this.buf.length)
            return;
        let size = this.buf.length * 2;
        while (size < this.used + extra)
            size *= 2;
        const next = new Uint8Array(size);
        next.set(this.buf.subarray(0, this.used));
        this.buf = next;
    }
}

;// CONCATENATED MODULE: ./src/lib/wal/segment.ts





/** `SegmentSizeBytes`: 64 * 1000 * 1000 (decimal), the same in 3.4, 3.5 and 3.6. */
const WAL_SEGMENT_SIZE = 64_000_000;
/** Exactly the used bytes of `0000000000000000-0000000000000000.wal` for one member. */
function restoreWalRecords(opts) {
    const { cluster, nodeId, format } = opts;
    const members = cluster.members;
    if (members.length === 0)
        throw new errors/* InvariantError */.zU('restore WAL for an empty cluster');
    if (!members.some((m) => m.id === nodeId)) {
        throw new errors/* InvariantError */.zU(`node ${nodeId.toString(16)} is not a member of the cluster`);
    }
    for (let i = 1; i < members.length; i++) {
        if (members[i - 1].id >= members[i].id) {
            throw new errors/* InvariantError */.zU('cluster members are not in ascending ID order');
        }
    }
    const n = BigInt(members.length);
    const wire = format === '3.7' ? 'protobuf-go' : 'gogo';
    const enc = new WalEncoder(0);
    enc.writeCrcRecord();
    enc.write(RecordType.metadata, encodeMetadata(nodeId, cluster.id));
    enc.write(RecordType.snapshot, encodeWalSnapshot(0n, 0n));
    const text = new TextEncoder();
    members.forEach((member, i) => {
        const change = encodeAddNode(member.id, text.encode(memberJson(member)), wire);
        enc.write(RecordType.entry, encodeConfChangeEntry(1n, BigInt(i + 1), change));
    });
    enc.write(RecordType.state, encodeHardState(1n, members[0].id, n));
    const voters = format === '3.4' ? undefined : { voters: members.map((m) => m.id) };
    enc.write(RecordType.snapshot, encodeWalSnapshot(n, 1n, voters, wire));
    return enc.bytes();
}

;// CONCATENATED MODULE: ./src/lib/wal/names.ts
/** WAL segment names `%016x-%016x.wal` from (sequence, first raft index) (etcd wal/util.go). */

const names_MAX_U64 = (1n << 64n) - 1n;
const WAL_NAME = /^([0-9a-fA-F]{16})-([0-9a-fA-F]{16})\.wal$/;
function walName(seq, index) {
    for (const v of [seq, index]) {
        if (v < 0n || v > names_MAX_U64)
            throw new errors/* InvariantError */.zU(`${v} is not a uint64`);
    }
    return `${seq.toString(16).padStart(16, '0')}-${index.toString(16).padStart(16, '0')}.wal`;
}
/** `{seq, index}` of a WAL file name, or undefined when the name is not one etcd would read. */
function parseWalName(name) {
    const m = WAL_NAME.exec(name);
    if (!m)
        return undefined;
    return { seq: BigInt(`0x${m[1]}`), index: BigInt(`0x${m[2]}`) };
}

// EXTERNAL MODULE: ./src/lib/proto/load.ts + 1 modules
var load = __webpack_require__(2406);
// EXTERNAL MODULE: ./src/lib/cluster/ids.ts
var ids = __webpack_require__(8004);
;// CONCATENATED MODULE: ./src/lib/snap/v2store.ts



/** `eventQueue.Capacity` (etcd `newEventHistory(1000)`); a server reading 0 would divide by zero. */
const EVENT_QUEUE_CAPACITY = 1000;
const ZERO_TIME = '"0001-01-01T00:00:00Z"';
function nodeJson(node) {
    let children = 'null';
    if (node.children) {
        // Go's encoding/json sorts map keys as byte strings; hex IDs of different lengths interleave.
        const keys = [...node.children.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const parts = keys.map((k) => `${goJsonString(k)}:${nodeJson(node.children.get(k))}`);
        children = `{${parts.join(',')}}`;
    }
    return (`{"Path":${goJsonString(node.path)},"CreatedIndex":${node.index},"ModifiedIndex":${node.index},` +
        `"ExpireTime":${ZERO_TIME},"Value":${goJsonString(node.value)},"Children":${children}}`);
}
function statsJson(creates, getsFail) {
    const stats = [
        ['getsSuccess', 0],
        ['getsFail', getsFail],
        ['setsSuccess', 0],
        ['setsFail', 0],
        ['deleteSuccess', 0],
        ['deleteFail', 0],
        ['updateSuccess', 0],
        ['updateFail', 0],
        ['createSuccess', creates],
        ['createFail', 0],
        ['compareAndSwapSuccess', 0],
        ['compareAndSwapFail', 0],
        ['compareAndDeleteSuccess', 0],
        ['compareAndDeleteFail', 0],
        ['expireCount', 0],
        ['watchers', 0]
    ];
    return `{${stats.map(([k, v]) => `"${k}":${v}`).join(',')}}`;
}
/** `raftpb.Snapshot.data` of the restore `.snap`, byte-exact with etcdctl 3.4 / etcdutl 3.5. */
function v2StoreJson(cluster) {
    // 3.4/3.5 add the members to the store in ascending ID order (`Members()` sorts them)
    return membersStoreJson(cluster.members, { getsFail: 0 });
}
/**
 * `json.Marshal` of a fresh v2 store (`/0`, `/1`) after `Create(/0/members/<hex>/raftAttributes)`
 * for each of `created`, in that order: member k gets index k and event slot k-1. `getsFail`
 * counts the failed `Get`s made before (3.6+ makes one).
 */
function membersStoreJson(created, stats) {
    const n = created.length;
    if (n === 0 || n > EVENT_QUEUE_CAPACITY) {
        throw new errors/* InvariantError */.zU(`v2 store for ${n} members (1..${EVENT_QUEUE_CAPACITY} supported)`);
    }
    // `/0/members` is created together with the first member, so it gets index 1.
    const members = { path: '/0/members', index: 1, value: '', children: new Map() };
    const events = [];
    created.forEach((member, i) => {
        const k = i + 1;
        const hex = (0,ids/* idHex */.p0)(member.id);
        const key = `/0/members/${hex}/raftAttributes`;
        const value = raftAttributesJson(member.peerURLs);
        const attrs = { path: key, index: k, value };
        const dir = { path: `/0/members/${hex}`, index: k, value: '', children: new Map() };
        dir.children.set('raftAttributes', attrs);
        members.children.set(hex, dir);
        events.push(`{"action":"create","node":{"key":${goJsonString(key)},"value":${goJsonString(value)},` +
            `"modifiedIndex":${k},"createdIndex":${k}}}`);
    });
    const zero = {
        path: '/0',
        index: 0,
        value: '',
        children: new Map([['members', members]])
    };
    const one = { path: '/1', index: 0, value: '', children: new Map() };
    const root = {
        path: '/',
        index: 0,
        value: '',
        children: new Map([
            ['0', zero],
            ['1', one]
        ])
    };
    const slots = [...events, ...Array(EVENT_QUEUE_CAPACITY - n).fill('null')];
    // eventQueue.insert: Back wraps modulo Capacity; with n ≤ Capacity nothing is dequeued.
    const queue = `{"Events":[${slots.join(',')}],"Size":${n},"Front":0,"Back":${n % EVENT_QUEUE_CAPACITY},` +
        `"Capacity":${EVENT_QUEUE_CAPACITY}}`;
    return (`{"Root":${nodeJson(root)},` +
        `"WatcherHub":{"EventHistory":{"Queue":${queue},"StartIndex":1,"LastIndex":${n}}},` +
        `"CurrentIndex":${n},"Stats":${statsJson(n, stats.getsFail)},"CurrentVersion":2}`);
}

;// CONCATENATED MODULE: ./src/lib/snap/membership-v2.ts


/** The failed `Get("/0/members")` of `verifyNoMembersInStore`. */
const GETS_FAIL = 1;
/** `GetMembershipInfoInV2Format` for a restored cluster, members in --initial-cluster order. */
function membershipV2Json(cluster) {
    return membersStoreJson(creationOrder(cluster), { getsFail: GETS_FAIL });
}
/** The members in the order etcd would create them: `writtenOrder` when known, else by ID. */
function creationOrder(cluster) {
    if (cluster.writtenOrder === undefined)
        return cluster.members;
    const byId = new Map(cluster.members.map((m) => [m.id, m]));
    const ordered = cluster.writtenOrder.map((id) => byId.get(id));
    if (ordered.length !== byId.size || ordered.some((m) => m === undefined)) {
        throw new errors/* InvariantError */.zU('writtenOrder does not list the cluster members');
    }
    return ordered;
}

;// CONCATENATED MODULE: ./src/lib/snap/snap-file.ts







/** A `.snap` file etcd would refuse (it renames such files to `*.broken`). */
class SnapFileError extends (/* unused pure expression or super */ null && (SnapshotError)) {
}
/** `%016x-%016x.snap` from (term, index). */
function snapFileName(term, index) {
    return `${term.toString(16).padStart(16, '0')}-${index.toString(16).padStart(16, '0')}.snap`;
}
/** The restore `.snap` contents for `cluster`: term 1, index N, all members voters. */
function encodeSnapFile(cluster, format = '3.5') {
    const payload = format === '3.5' ? v2StoreJson(cluster) : membershipV2Json(cluster);
    const json = new TextEncoder().encode(payload);
    const voters = cluster.members.map((m) => m.id);
    const wire = format === '3.7' ? 'protobuf-go' : 'gogo';
    const body = encodeRaftSnapshot(json, { voters }, BigInt(voters.length), 1n, wire);
    return encodeSnapEnvelope((0,wal_crc32c/* crc32c */.dc)(body), body);
}
/** Decodes and checks a `.snap` file as etcd's snapshotter.Read does (empty, crc 0, mismatch). */
function decodeSnapFile(bytes, name = '.snap file') {
    const fail = (what, cause) => new SnapFileError(`${name}: ${what}`, { cause });
    if (bytes.length === 0)
        throw fail('file is empty');
    let envelope;
    try {
        envelope = protoType('snappb.snapshot').decode(bytes);
    }
    catch (e) {
        throw fail(`not a snappb.snapshot: ${e.message}`, e);
    }
    const body = envelope.data;
    if (!body || body.length === 0 || !envelope.crc)
        throw fail('empty snapshot (no data or crc 0)');
    const actual = crc32c(body);
    if (actual !== envelope.crc) {
        throw fail(`crc mismatch: stored ${hex32(envelope.crc)}, computed ${hex32(actual)}`);
    }
    let snap;
    try {
        // the protobuf-go declaration reads gogoproto's files too (etcd 3.7 reads both)
        snap = protoType('raftpb.v37.Snapshot').decode(body);
    }
    catch (e) {
        throw fail(`not a raftpb.Snapshot: ${e.message}`, e);
    }
    const metadata = snap.metadata;
    if (!metadata)
        throw fail('not a raftpb.Snapshot: no metadata');
    const cs = metadata.conf_state ?? {};
    return {
        crc: envelope.crc,
        data: snap.data ?? new Uint8Array(0),
        voters: (cs.voters ?? []).map(fromU64),
        learners: (cs.learners ?? []).map(fromU64),
        index: fromU64(metadata.index),
        term: fromU64(metadata.term)
    };
}
function hex32(n) {
    return n.toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./src/lib/member-dir/member-files.ts



/**
 * The WAL and `.snap` each etcd restore writes (format doc §6, §7; the 3.6 and 3.7 derivations
 * are in test/fixtures/target-3.6/ and target-3.7/DERIVATION.md). The db edit is the same from
 * 3.5 on (backend/edit.ts).
 */
const FILE_FORMATS = {
    '3.4': { wal: '3.4', snap: '3.5' },
    '3.5': { wal: '3.5', snap: '3.5' },
    '3.6': { wal: '3.5', snap: '3.6' },
    '3.7': { wal: '3.7', snap: '3.7' }
};
/**
 * The WAL and .snap of one member: the raft log holds one AddNode entry per member at term 1, so
 * the snapshot index N is the member count.
 */
function memberFiles(cluster, nodeId, targetVersion) {
    const index = BigInt(cluster.members.length);
    const format = FILE_FORMATS[targetVersion];
    return {
        walName: walName(0n, 0n),
        walRecords: restoreWalRecords({ cluster, nodeId, format: format.wal }),
        walSize: WAL_SEGMENT_SIZE,
        snapName: snapFileName(1n, index),
        snapBytes: encodeSnapFile(cluster, format.snap)
    };
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/lib/member-dir/copy-worker.ts
/**
 * Kernel copies of one file to several places, one after the other in a worker thread: off
 * libuv's thread pool, whose four threads a restore's own reads, writes, copies and fsyncs need
 * meanwhile. For throwaway copies (the drill's boot copies, RestoreRunOptions.mirrors): no fsync.
 */

/**
 * The worker's code (inline, so the bundles need no second file): copies `source` to each of
 * `dests` in turn (a reflink where the file system can, else copy_file_range/sendfile), sets
 * `mode`, cuts it to `size` when given, and reports each one done or failed.
 */
const COPY_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { chmodSync, constants, copyFileSync, truncateSync } = require('node:fs')
const { source, dests, size, mode } = workerData
dests.forEach((dest, i) => {
  try {
    copyFileSync(source, dest, constants.COPYFILE_FICLONE)
    chmodSync(dest, mode)
    if (size !== undefined) truncateSync(dest, size)
    parentPort.postMessage({ i })
  } catch (error) {
    const { message, code, errno, syscall, path } = error
    parentPort.postMessage({ i, error: { message, code, errno, syscall, path } })
  }
})
`;
/**
 * Copies `source` to every one of `dests`, in order, in one worker thread; returns, per dest, the
 * promise that its copy is complete (a failed one rejects with the fs error, its `code` kept). The
 * last promise settles only once the worker has nothing left to write.
 */
function copyInWorker(source, dests, options) {
    if (dests.length === 0)
        return [];
    const pending = dests.map(() => {
        let settle;
        const promise = new Promise((resolve, reject) => (settle = { resolve, reject }));
        return { promise, ...settle, done: false };
    });
    const worker = new external_node_worker_threads_.Worker(COPY_WORKER, {
        eval: true,
        workerData: { source, dests: [...dests], mode: options.mode, size: options.size }
    });
    const fail = (error) => {
        for (const p of pending)
            if (!p.done)
                p.reject(error);
    };
    worker.on('message', (m) => {
        const p = pending[m.i];
        p.done = true;
        if (m.error === undefined)
            p.resolve();
        else
            p.reject(Object.assign(new Error(m.error.message), m.error));
    });
    worker.on('error', fail);
    worker.once('exit', (code) => fail(new Error(`copy worker exited (code ${code})`)));
    return pending.map((p) => p.promise);
}

// EXTERNAL MODULE: ./src/lib/member-dir/layout.ts
var layout = __webpack_require__(140);
// EXTERNAL MODULE: ./src/lib/member-dir/staging.ts
var staging = __webpack_require__(6957);
// EXTERNAL MODULE: ./src/lib/member-dir/fsync.ts
var fsync = __webpack_require__(1821);
// EXTERNAL MODULE: ./src/lib/snapshot/source-identity.ts
var source_identity = __webpack_require__(1694);
// EXTERNAL MODULE: ./src/lib/io/page-file.ts + 2 modules
var page_file = __webpack_require__(2566);
// EXTERNAL MODULE: ./src/lib/bolt/db.ts
var bolt_db = __webpack_require__(5965);
// EXTERNAL MODULE: ./src/lib/bolt/check.ts + 1 modules
var bolt_check = __webpack_require__(5727);
// EXTERNAL MODULE: ./src/lib/backend/revision.ts
var revision = __webpack_require__(9627);
// EXTERNAL MODULE: ./src/lib/format.ts
var format = __webpack_require__(432);
;// CONCATENATED MODULE: ./src/lib/stopwatch.ts
/** Times the phases of a run: each lap() records the milliseconds since the previous one. */
class Stopwatch {
    last = performance.now();
    recorded = {};
    lap(name) {
        const now = performance.now();
        const ms = Math.round(now - this.last);
        this.recorded[name] = (this.recorded[name] ?? 0) + ms;
        this.last = now;
        return ms;
    }
    laps() {
        return { ...this.recorded };
    }
}

// EXTERNAL MODULE: ./src/lib/interrupt.ts
var interrupt = __webpack_require__(4068);
// EXTERNAL MODULE: ./src/lib/restore/plan.ts
var plan = __webpack_require__(9587);
// EXTERNAL MODULE: ./src/lib/backend/schema.ts
var schema = __webpack_require__(3397);
;// CONCATENATED MODULE: ./src/lib/backend/facts.ts


const facts_text = new TextDecoder();
/**
 * Reads the facts a restore needs without scanning `key`, which can be gigabytes: counts come
 * from the check that already visited every page, the rest from point reads.
 */
function readFacts(db, check) {
    const top = check.buckets.filter((b) => b.level === 0);
    const meta = db.bucket(schema/* Buckets */.cR.meta);
    const cluster = db.bucket(schema/* Buckets */.cR.cluster);
    const members = db.bucket(schema/* Buckets */.cR.members);
    const auth = db.bucket(schema/* Buckets */.cR.auth);
    const consistentIndex = meta?.get(schema/* MetaKeys */.SK.consistentIndex);
    const compacted = meta?.get(schema/* MetaKeys */.SK.finishedCompactRev);
    const storageVersion = meta?.get(schema/* MetaKeys */.SK.storageVersion);
    const clusterVersion = cluster?.get(schema/* ClusterKeys */.H9.clusterVersion);
    const enabled = auth?.get(schema/* AuthKeys */.fK.authEnabled);
    return {
        revision: latestRevision(db),
        compactRevision: compacted === undefined
            ? 0
            : (0,revision/* revisionNumber */.P7)((0,revision/* decodeRevision */.ur)(compacted, 'meta/finishedCompactRev').main),
        totalKeys: top.reduce((sum, b) => sum + b.keys + b.buckets, 0),
        keyRevisions: top.find((b) => b.name === 'key')?.keys ?? 0,
        sourceConsistentIndex: consistentIndex === undefined
            ? '0'
            : (0,schema/* decodeUint64 */.Xb)(consistentIndex, 'meta/consistent_index').toString(),
        sourceMembers: members ? [...members.entries()].map((e) => facts_text.decode(e.key)) : [],
        authEnabled: enabled !== undefined && enabled.length === 1 && enabled[0] === 1,
        ...(storageVersion ? { storageVersion: facts_text.decode(storageVersion) } : {}),
        ...(clusterVersion ? { clusterVersion: facts_text.decode(clusterVersion) } : {})
    };
}
/** The main revision of the db's newest key-bucket entry (0 when it has none). */
function latestRevision(db) {
    const last = db.bucket(schema/* Buckets */.cR.key)?.cursor().last() ?? null;
    return last === null ? 0 : (0,revision/* revisionNumber */.P7)((0,revision/* decodeRevision */.ur)(last.key).main);
}

// EXTERNAL MODULE: ./src/lib/backend/hashkv.ts
var hashkv = __webpack_require__(4339);
// EXTERNAL MODULE: ./src/lib/backend/hashkv-stream.ts + 1 modules
var hashkv_stream = __webpack_require__(1940);
;// CONCATENATED MODULE: ./src/lib/backend/storage-version.ts

/** The newest storage version the target's servers open (minor of 3.x). */
const NEWEST_STORAGE = { '3.4': 5, '3.5': 5, '3.6': 6, '3.7': 7 };
/**
 * Why the target's servers cannot take a newer backend (measured here where a server of that line
 * runs: etcd 3.6.17 on a 3.7 backend restored by its own etcdutl; 3.4.23 and 3.5 servers do boot
 * a 3.6/3.7 backend, ignoring its stamp, but that is the downgrade etcd only does through
 * `etcdutl migrate`).
 */
const REFUSAL = {
    '3.4': () => 'a downgrade etcd does not support; etcd 3.4.31+ exits on such a backend',
    '3.5': () => 'a downgrade etcd does only through etcdutl migrate; etcd 3.4.31+ exits on such a backend',
    '3.6': (v) => `etcd 3.6.17 exits at startup: "Failed to validate schema", version "${v}" is not supported`,
    '3.7': (v) => `etcd 3.7 has no schema for version "${v}"`
};
/**
 * Throws when no server of `target`'s line would open a backend with this `meta/storageVersion`
 * and `cluster/clusterVersion` (undefined: absent), with one line that says which target to use.
 */
function assertStorageVersionFits(target, storageVersion, clusterVersion) {
    const storage = minorOf(storageVersion);
    // only 3.6+ servers read the cluster version from the backend (3.4/3.5 take it from the .snap)
    const cluster = NEWEST_STORAGE[target] >= 6 ? minorOf(clusterVersion) : undefined;
    const newest = Math.max(storage ?? 0, cluster ?? 0);
    if (newest <= NEWEST_STORAGE[target])
        return;
    const fitting = Object.keys(NEWEST_STORAGE).filter((t) => NEWEST_STORAGE[t] >= newest);
    const what = storage === newest
        ? `meta/storageVersion ${storageVersion}`
        : `cluster/clusterVersion ${clusterVersion}`;
    const why = storage === newest
        ? REFUSAL[target](storageVersion)
        : `etcd ${target} exits on a cluster version newer than itself`;
    const hint = fitting.length > 0
        ? `use --target-version ${fitting.join(' or ')} instead`
        : 'no --target-version of this tool opens it';
    throw new errors/* InputError */.dz(`the snapshot was taken from etcd 3.${newest} (${what}), too new for --target-version ${target} (${why}): ${hint}`);
}
/** 6 for "3.6.0"; undefined for anything that is not 3.<minor>[...]. */
function minorOf(version) {
    const match = /^3\.(\d{1,4})(?:\.|$)/.exec(version ?? '');
    return match ? Number(match[1]) : undefined;
}

// EXTERNAL MODULE: ./src/lib/snapshot/verify.ts + 1 modules
var verify = __webpack_require__(5216);
// EXTERNAL MODULE: ./src/lib/snapshot/read-options.ts + 1 modules
var read_options = __webpack_require__(2250);
// EXTERNAL MODULE: ./src/lib/restore/db.ts
var restore_db = __webpack_require__(8866);
;// CONCATENATED MODULE: ./src/lib/restore/verify.ts










/**
 * The staging db goes to disk in the background every 128 MiB while the snapshot is still being
 * read (measured at 1 GB: 0.1-0.2 s off a 2.1 s restore; 64 and 256 MiB did no better).
 */
const WRITEBACK_BYTES = 128 * 1024 * 1024;
/**
 * The free pages of a snapshot's db (a plain snapshot file, or the verified staging copy) as
 * `auto` sees them: estimated from its branch pages and some leaf headers (estimate.ts), never
 * from a compaction. Undefined when the file cannot be read that way.
 */
function estimateDbFree(db) {
    return (0,read_options/* estimateFree */.pi)(db.path, db.dbSize);
}
/**
 * Whether `auto` compacts a db of this estimate: at least AUTO_FREE_SHARE of its pages free, or
 * unknown (the compacting sweep's strict check, or the verifying pass, then says why).
 */
function worthCompacting(estimate) {
    return (0,read_options/* mostlyFree */.jI)(estimate, restore_db/* AUTO_FREE_SHARE */.jh);
}
/**
 * Starts verifying a plain snapshot file where it lies (a restore that compacts reads it there):
 * the hash runs in a worker thread from now on, and verifySnapshot awaits it. `signal` stops it.
 */
function startVerifyInPlace(options, signal, stamp) {
    const verifying = (0,verify/* verifyInPlace */.eZ)(options.snapshotPath, {
        skipHashCheck: options.skipHashCheck,
        signal,
        ...(stamp !== undefined && { stamp })
    });
    verifying.catch(() => undefined); // awaited by verifySnapshot; this only marks it handled
    return verifying;
}
/**
 * Verifies the snapshot: copied to `stagingDb` on the way (decompressed if needed; hashed on the
 * way unless `digest` brings the hash of the same plain file from a worker), or, given
 * the promise of startVerifyInPlace (a plain file the restore reads where it lies), awaited.
 */
async function verifySnapshot(options, from, log) {
    return log.group('Verify snapshot', async () => {
        const result = 'inPlace' in from
            ? await from.inPlace
            : await (0,verify/* copyAndVerify */.C)(options.snapshotPath, from.stagingDb, {
                skipHashCheck: options.skipHashCheck,
                fsync: false,
                writebackEvery: WRITEBACK_BYTES,
                ...(from.digest && { digest: from.digest })
            });
        log.info(`read ${options.snapshotPath}: ${result.dbSize} database bytes, sha256 ${result.sha256} (${result.hash})`);
        return result;
    });
}
let inventoryCode;
/**
 * Loads the inventory's code when `options` asks for an inventory (before sourceSweep and
 * readSourceFacts need it): a restore without one does not load, compile and run it (in the
 * CLI, a third of the code a restore would load at start; in a bundle that already holds the
 * module it is only run, once).
 */
async function loadInventoryCode(options) {
    if (options.computeInventory === true)
        inventoryCode ??= await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(3)]).then(__webpack_require__.bind(__webpack_require__, 8003));
}
function inventoryModule() {
    if (inventoryCode === undefined)
        throw new errors/* InvariantError */.zU('the inventory was asked for before loadInventoryCode');
    return inventoryCode;
}
/**
 * The sweep for what `options` asks of `db`; undefined when it asks for neither, or (`lenient`)
 * when `db` cannot even be read for it (readSourceFacts then reads it after the check, which
 * says why).
 */
function sourceSweep(db, options, lenient = true) {
    if (options.computeHashKV !== true && options.computeInventory !== true)
        return undefined;
    let hashing;
    let inventory;
    try {
        if (options.computeHashKV === true)
            hashing = new hashkv_stream/* HashKVStream */.C6((0,hashkv/* bootRevisions */.b)(db, db.bucket(schema/* Buckets */.cR.key)));
        if (options.computeInventory === true)
            inventory = new (inventoryModule().InventorySweep)(db, {
                ...(options.encryptionConfig && { encryptionConfig: options.encryptionConfig }),
                ...(options.kubernetesPrefix !== undefined && {
                    kubernetesPrefix: options.kubernetesPrefix
                })
            });
    }
    catch (error) {
        if (lenient)
            return undefined;
        throw error;
    }
    let failure;
    const observer = (0,hashkv_stream/* keyBucketObserver */.QB)((key, value) => {
        if (failure !== undefined)
            return;
        try {
            hashing?.entry(key, value);
            inventory?.entry(key, value);
        }
        catch (error) {
            failure = { error };
        }
    });
    return {
        observer,
        hashing,
        inventory,
        get failure() {
            return failure;
        }
    };
}
/**
 * What the report says about the source database, from the check that visited every page plus
 * point reads; the snapshot's own HashKV when asked (before the edit: a bump adds a revision and
 * a compaction) and its inventory when asked, from `swept` (the check's sweep fed it), else
 * from one sweep of their own. Refuses a backend newer than the target (a 3.6+ storageVersion)
 * and a bump past etcd's largest revision.
 */
function readSourceFacts(db, check, options, log, warn, swept) {
    let facts = readFacts(db, check);
    const sweep = swept ?? sweepOnce(db, options);
    if (sweep?.failure !== undefined)
        throw sweep.failure.error;
    let inventory;
    try {
        inventory = sweep?.inventory?.result();
    }
    catch (error) {
        if (!(error instanceof inventoryModule().InventoryLimitError))
            throw error;
    }
    if (options.computeHashKV === true) {
        // undecided by the one pass: hashKV's two; past its memory bound, hashKV says why it cannot
        const stream = sweep?.hashing;
        const { hash, hashRevision, compactRevision } = (stream !== undefined && !stream.overBound ? stream.result() : undefined) ?? (0,hashkv/* hashKV */.u)(db, 0);
        facts = { ...facts, hashKV: { hash, hashRevision, compactRevision } };
    }
    if (inventory)
        facts = { ...facts, inventory };
    else if (options.computeInventory === true)
        warn('the snapshot has too many live keys for an inventory: the report has none');
    log.info(`database ok: ${check.hwm} pages of ${check.pageSize} bytes, revision ${facts.revision}, ${facts.totalKeys} keys`);
    assertStorageVersionFits(options.targetVersion, facts.storageVersion, facts.clusterVersion);
    if (BigInt(facts.revision) + options.bumpRevision > revision/* MAX_REVISION */.Dw) {
        throw new errors/* InputError */.dz(`--bump-revision ${options.bumpRevision} would take revision ${facts.revision} past the largest revision etcd accepts (2^63-1)`);
    }
    return facts;
}
/** A sweep of the `key` bucket for `options` alone (no check fed one). */
function sweepOnce(db, options) {
    const sweep = sourceSweep(db, options, false);
    if (sweep === undefined)
        return undefined;
    sweep.observer.enterBucket(schema/* Buckets */.cR.key, 0n);
    for (const e of db.bucket(schema/* Buckets */.cR.key)?.sweep() ?? []) {
        if (e.isBucket) {
            sweep.observer.enterBucket(e.key, 0n);
            sweep.observer.leaveBucket();
        }
        else
            sweep.observer.value(e.key, e.value);
    }
    sweep.observer.leaveBucket();
    return sweep;
}

// EXTERNAL MODULE: ./src/lib/snapshot/hash-worker.ts
var hash_worker = __webpack_require__(3085);
// EXTERNAL MODULE: ./src/lib/bolt/tx.ts + 3 modules
var bolt_tx = __webpack_require__(1332);
;// CONCATENATED MODULE: ./src/lib/backend/edit.ts






/** Buckets a restored backend must have; etcd's mvcc store and lessor create the first three. */
const REQUIRED_BUCKETS = [
    schema/* Buckets */.cR.key,
    schema/* Buckets */.cR.meta,
    schema/* Buckets */.cR.lease,
    schema/* Buckets */.cR.members,
    schema/* Buckets */.cR.membersRemoved,
    schema/* Buckets */.cR.cluster
];
/**
 * Edits the database in one copy-on-write commit. Membership is always trimmed and rewritten, as
 * etcd 3.5+ does: etcdctl 3.4's loop that deletes user keys named like old member IDs is a bug
 * (format doc §11) and is never copied, whatever the target version. `term` is written only for
 * 3.5+ targets, which is the one db difference between the 3.4 and 3.5 formats. etcdutl 3.6 and
 * 3.7 edit the db exactly as 3.5 does (`UpdateConsistentIndexForce` writes the same two keys;
 * test/fixtures/target-3.6/DERIVATION.md), so 3.6 and 3.7 share the 3.5 edit.
 */
function editBackend(file, edit) {
    if (edit.bumpRevision > 0n !== edit.markCompacted) {
        throw new errors/* InputError */.dz('--mark-compacted required if --bump-revision > 0, and --bump-revision > 0 required with --mark-compacted');
    }
    const tx = bolt_tx/* WriteTx */.Q.begin(file);
    try {
        for (const name of REQUIRED_BUCKETS)
            tx.createBucketIfNotExists(name);
        const removedMembers = [
            ...trim(bucket(tx, schema/* Buckets */.cR.members)),
            ...trim(bucket(tx, schema/* Buckets */.cR.membersRemoved))
        ];
        const members = bucket(tx, schema/* Buckets */.cR.members);
        for (const member of edit.cluster.members)
            members.put(ascii((0,ids/* idHex */.p0)(member.id)), ascii(memberJson(member)));
        const meta = bucket(tx, schema/* Buckets */.cR.meta);
        const consistentIndex = BigInt(edit.cluster.members.length);
        meta.put(schema/* MetaKeys */.SK.consistentIndex, (0,schema/* encodeUint64 */.zb)(consistentIndex));
        if (edit.targetVersion !== '3.4')
            meta.put(schema/* MetaKeys */.SK.term, (0,schema/* encodeUint64 */.zb)(1n));
        const latestRevision = edit.latestRevision;
        let restoredRevision = latestRevision;
        if (edit.bumpRevision > 0n) {
            // Format doc §5.4: an empty-valued marker at (latest + bump, 0), scheduled for compaction,
            // so clients' old revisions look compacted instead of silently rewinding.
            restoredRevision = latestRevision + edit.bumpRevision;
            const marker = (0,revision/* encodeRevision */.c4)({ main: restoredRevision, sub: 0n });
            const keys = bucket(tx, schema/* Buckets */.cR.key);
            keys.fillPercent = 0.9; // etcd writes the key bucket with UnsafeSeqPut
            keys.put(marker, new Uint8Array(0));
            meta.put(schema/* MetaKeys */.SK.scheduledCompactRev, marker);
        }
        tx.commit({ freelist: 'none' });
        return { consistentIndex, latestRevision, restoredRevision, removedMembers };
    }
    catch (error) {
        tx.rollback();
        throw error;
    }
}
function bucket(tx, name) {
    const b = tx.bucket(name);
    if (!b)
        throw new errors/* InvariantError */.zU(`bucket ${new TextDecoder().decode(name)} was just created`);
    return b;
}
/** Deletes every key of a bucket and returns them as text (they are hex member IDs). */
function trim(b) {
    const keys = [...b.entries()].filter((e) => !e.isBucket).map((e) => e.key);
    for (const key of keys)
        b.delete(key);
    return keys.map((k) => new TextDecoder().decode(k));
}
function ascii(text) {
    return new TextEncoder().encode(text);
}

;// CONCATENATED MODULE: ./src/lib/io/write-journal.ts
/**
 * Records the writes made through a ByteFile so the same edit can be applied to byte-identical
 * copies of the file without computing it again: restore edits one db and replays the few
 * pages it wrote onto each member's copy, which the kernel made while the edit's input was
 * still being checked.
 */


class WriteJournal {
    entries = [];
    /** `file` with every write, truncate and sync also recorded here, in order. */
    record(file) {
        const entries = this.entries;
        return {
            get size() {
                return file.size;
            },
            read: (position, length) => file.read(position, length),
            write(position, data) {
                file.write(position, data);
                // a copy: writers may reuse their buffers
                entries.push({ op: 'write', position, data: data.slice() });
            },
            truncate(size) {
                file.truncate(size);
                entries.push({ op: 'truncate', size });
            },
            sync() {
                file.sync();
                entries.push({ op: 'sync' });
            }
        };
    }
    /** Bytes the recorded writes hold. */
    get bytes() {
        return this.entries.reduce((n, e) => n + (e.op === 'write' ? e.data.length : 0), 0);
    }
    /**
     * Applies the recorded operations, in order, to the file at `path`, which must hold what the
     * recorded file held before them. Syncs stay where they were: the commit's order (data, sync,
     * meta, sync) is what keeps a crash from leaving a meta that points at unwritten pages.
     */
    replay(path) {
        const fd = (0,external_node_fs_.openSync)(path, 'r+');
        try {
            for (const entry of this.entries) {
                if (entry.op === 'write')
                    writeAllAt(fd, entry.data, entry.position);
                else if (entry.op === 'truncate')
                    (0,external_node_fs_.ftruncateSync)(fd, entry.size);
                else
                    (0,external_node_fs_.fdatasyncSync)(fd);
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
}
function writeAllAt(fd, data, position) {
    for (let done = 0; done < data.length;) {
        const n = (0,external_node_fs_.writeSync)(fd, data, done, data.length - done, position + done);
        if (n <= 0)
            throw new errors/* TargetError */.I0(`write made no progress at byte ${position + done}`);
        done += n;
    }
}

;// CONCATENATED MODULE: ./src/lib/restore/db-copy.ts






/** Root pages of the schema's paged top-level buckets, for the re-check after the edit. */
function bucketRoots(db) {
    const roots = new Map();
    for (const name of Object.values(schema/* Buckets */.cR)) {
        const root = db.bucket(name)?.rootPage ?? 0;
        if (root !== 0)
            roots.set(new TextDecoder().decode(name), root);
    }
    return roots;
}
/**
 * Edits the checked db in `file` (whose top-level bucket roots were `trustedBuckets` when it was
 * checked) and replays the edit onto each copy; `onCopyError` names the member of a failed copy.
 */
function editAndReplay(file, trustedBuckets, copies, edit, onCopyError) {
    const journal = new WriteJournal();
    const edited = editBackend(journal.record(file), edit);
    const recheck = edit.fullRecheck ? {} : { trustedBuckets };
    (0,bolt_check/* checkDb */.T)(bolt_db/* BoltDb */.k.open(file), recheck);
    copies.forEach((path, i) => {
        try {
            journal.replay(path);
        }
        catch (error) {
            throw onCopyError(error, i);
        }
        // what the edit left, checked again on the copy: it costs what the edit touched
        recheckCopy(path, recheck);
    });
    return edited;
}
/** Structural re-check of a member's copy after the replayed edit (its bytes equal the checked db's). */
function recheckCopy(path, options) {
    const file = page_file/* FileByteFile */.Ly.open(path);
    try {
        (0,bolt_check/* checkDb */.T)(bolt_db/* BoltDb */.k.open(file), options);
    }
    finally {
        file.close();
    }
}

// EXTERNAL MODULE: ./src/lib/bolt/compact/compact.ts
var compact = __webpack_require__(4088);
// EXTERNAL MODULE: ./src/lib/bolt/page.ts
var page = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/lib/bolt/walk.ts
var walk = __webpack_require__(9110);
;// CONCATENATED MODULE: ./src/lib/bolt/compact/check-and-compact.ts
/**
 * The strict check of a db and the compaction of its edited copy in one sweep. `edited` is
 * `source` after a copy-on-write commit (the restore's edit, on an overlay): it shares every
 * tree the commit did not touch, page for page. The checker walks every page of `source`; a
 * top-level bucket the edit left alone (the same bucket value in both root buckets: the same
 * root page and sequence, or the same inline bytes) reaches `writer` from that walk. A bucket the
 * edit changed or added is read from `edited` at its place in key order, while the checker walks
 * the source's version unobserved; one the edit removed is only checked.
 */



/** A db's top-level buckets, in key order (the root bucket holds nothing else). */
function topBuckets(db) {
    const out = [];
    (0,walk/* visitBucket */.U0)(db, (0,walk/* rootBucketRef */.SI)(db), {
        value() { },
        bucket(key, ref) {
            out.push({ key, ref });
        }
    });
    return out;
}
function sameBytes(a, b) {
    return a.length === b.length && (0,page/* compareBytes */.Xo)(a, b) === 0;
}
/** The same tree: one root page (copy-on-write never rewrites it), or equal inline pages. */
function sameBucket(a, b) {
    if (a.root !== b.root || a.sequence !== b.sequence)
        return false;
    if (a.inlinePage === null || b.inlinePage === null)
        return a.inlinePage === b.inlinePage;
    return sameBytes(a.inlinePage, b.inlinePage);
}
/**
 * Runs checkDb on `source` (with `options`) and tells `writer` the entries of `edited`, in
 * order; returns the source's check report. Throws what checkDb throws for a bad source.
 * `sourceEntries` sees every entry of `source` as the check meets it (what a caller gathers
 * from the source in the same sweep).
 */
function checkAndCompact(source, edited, writer, options = {}, sourceEntries) {
    const sourceTop = topBuckets(source);
    const editedTop = topBuckets(edited);
    let next = 0; // editedTop[next] is the first not yet given to the writer
    /** Tells the writer one of edited's top-level buckets, read from edited itself. */
    const fromEdited = (top) => {
        writer.enterBucket(top.key, top.ref.sequence);
        (0,walk/* walkBucketEntries */.Ec)(edited, top.ref, writer);
        writer.leaveBucket();
    };
    const unchanged = new Set(); // indexes into editedTop
    for (const [i, top] of editedTop.entries()) {
        const before = sourceTop.find((s) => sameBytes(s.key, top.key));
        if (before !== undefined && sameBucket(before.ref, top.ref))
            unchanged.add(i);
    }
    let depth = 0;
    /** Whether the checker's current top-level bucket goes on to the writer. */
    let passing = false;
    const merge = {
        value(key, value) {
            if (passing)
                writer.value(key, value);
        },
        enterBucket(key, sequence) {
            if (depth++ > 0) {
                if (passing)
                    writer.enterBucket(key, sequence);
                return;
            }
            // the edited buckets that sort before this one come first
            while (next < editedTop.length && (0,page/* compareBytes */.Xo)(editedTop[next].key, key) < 0) {
                fromEdited(editedTop[next++]);
            }
            const same = next < editedTop.length && (0,page/* compareBytes */.Xo)(editedTop[next].key, key) === 0;
            passing = same && unchanged.has(next);
            if (passing)
                writer.enterBucket(key, sequence);
            else if (same)
                fromEdited(editedTop[next]);
            if (same)
                next++;
        },
        leaveBucket() {
            if (--depth > 0) {
                if (passing)
                    writer.leaveBucket();
                return;
            }
            if (passing)
                writer.leaveBucket();
            passing = false;
        }
    };
    const entries = sourceEntries === undefined ? merge : (0,walk/* fanOut */.YO)([merge, sourceEntries]);
    const check = (0,bolt_check/* checkDb */.T)(source, { ...options, entries });
    while (next < editedTop.length)
        fromEdited(editedTop[next++]);
    return check;
}

// EXTERNAL MODULE: ./src/lib/bolt/compact/digest.ts
var digest = __webpack_require__(6949);
;// CONCATENATED MODULE: ./src/lib/io/overlay-file.ts
/**
 * A ByteFile whose writes stay in memory on top of a read-only source: the copy-on-write edit of
 * a restore runs against it, and what it reads back is the edited db (the same bytes the copy
 * path writes into each member's file) without a copy of the snapshot ever being made. A commit
 * writes whole pages: a handful for an etcd restore's edit.
 */

class OverlayByteFile {
    base;
    pageSize;
    pages = new Map();
    length;
    constructor(base, pageSize) {
        this.base = base;
        this.pageSize = pageSize;
        this.length = base.size;
    }
    get size() {
        return this.length;
    }
    /** Bytes written over the source (pages held in memory). */
    get overlayBytes() {
        return this.pages.size * this.pageSize;
    }
    read(position, length) {
        return this.view(position, length, false);
    }
    readTransient(position, length) {
        return this.view(position, length, true);
    }
    /**
     * Passed on to the source, which ignores positions past its end: the overlay's own pages are
     * in memory, the rest are read there.
     */
    prefetch(positions, length) {
        this.base.prefetch?.(positions, length);
    }
    write(position, data) {
        if (position % this.pageSize !== 0 || data.length % this.pageSize !== 0) {
            throw new errors/* InvariantError */.zU(`overlay write of ${data.length} bytes at ${position} is not whole pages`);
        }
        for (let off = 0; off < data.length; off += this.pageSize) {
            this.pages.set((position + off) / this.pageSize, data.slice(off, off + this.pageSize));
        }
        this.length = Math.max(this.length, position + data.length);
    }
    truncate(size) {
        for (const id of this.pages.keys())
            if (id * this.pageSize >= size)
                this.pages.delete(id);
        this.length = size;
    }
    sync() {
        // nothing is durable here: the overlay is only read back
    }
    view(position, length, transient) {
        if (position < 0 || length < 0 || position + length > this.length) {
            throw new RangeError(`read of ${length} bytes at ${position} goes past the end (${this.length} bytes)`);
        }
        const first = Math.floor(position / this.pageSize);
        const last = Math.floor((position + length - 1) / this.pageSize);
        let touched = false;
        for (const id of this.pages.keys()) {
            if (id >= first && id <= last) {
                touched = true;
                break;
            }
        }
        if (!touched && position + length <= this.base.size) {
            return transient && this.base.readTransient !== undefined
                ? this.base.readTransient(position, length)
                : this.base.read(position, length);
        }
        const out = new Uint8Array(length);
        for (let id = first; id <= last; id++) {
            const start = Math.max(position, id * this.pageSize);
            const end = Math.min(position + length, (id + 1) * this.pageSize);
            const page = this.pages.get(id);
            if (page !== undefined) {
                out.set(page.subarray(start - id * this.pageSize, end - id * this.pageSize), start - position);
            }
            else if (start < this.base.size) {
                out.set(this.base.read(start, Math.min(end, this.base.size) - start), start - position);
            }
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/page-writer.ts
/**
 * A new bbolt file written front to back: data pages appended from page 2 in id order through
 * one reused buffer, then (finish) size set to hwm pages, fdatasync, both meta pages, fdatasync.
 * Pages 0 and 1 stay zero until then, so a file cut short by a crash opens as nothing at all.
 * Mirrors get every write too: byte-identical files made in the same pass (a restore's other
 * members), with no copy after it.
 */



/** Bytes gathered before each write (sequential writes at disk speed, small fixed memory). */
const BUFFER_BYTES = 1024 * 1024;
/**
 * Early writeback (see PageFileWriter's `writeback`): the first after this many bytes, then
 * whenever an eighth more of the file has been written since the last (a bounded number of
 * requests however large the file: ~50 for 8 GB).
 */
const WRITEBACK_FIRST_BYTES = 4 * 1024 * 1024;
/** One file written: its descriptor, and the one its background fdatasyncs use. */
class Target {
    path;
    fd;
    /** A second descriptor of the file that the background fdatasyncs use (see `writeback`). */
    writebackFd = null;
    writebacksPending = 0;
    constructor(path, mode) {
        this.path = path;
        try {
            this.fd = (0,external_node_fs_.openSync)(path, 'wx', mode);
        }
        catch (error) {
            throw (0,errors/* diskFull */.xg)(error, path);
        }
        try {
            (0,external_node_fs_.fchmodSync)(this.fd, mode);
        }
        catch (error) {
            this.close();
            throw error;
        }
    }
    /** A failed write for want of space is `disk full: <path>` (DiskFullError). */
    writeAt(bytes, position) {
        const fd = this.openFd();
        for (let done = 0; done < bytes.length;) {
            let n;
            try {
                n = (0,external_node_fs_.writeSync)(fd, bytes, done, bytes.length - done, position + done);
            }
            catch (error) {
                throw (0,errors/* diskFull */.xg)(error, this.path);
            }
            if (n <= 0)
                throw new errors/* InvariantError */.zU(`write made no progress at byte ${position + done}`);
            done += n;
        }
    }
    openFd() {
        if (this.fd === null)
            throw new errors/* InvariantError */.zU('page writer is closed');
        return this.fd;
    }
    /**
     * Queues an fdatasync in the thread pool at once (its own descriptor: closing the writer
     * must not pull the one it works on from under it). Best effort: a failure here shows again
     * in the fsync before the rename, which the restore does wait for.
     */
    startWriteback() {
        try {
            this.writebackFd ??= (0,external_node_fs_.openSync)(this.path, 'r');
        }
        catch {
            return;
        }
        this.writebacksPending++;
        (0,external_node_fs_.fdatasync)(this.writebackFd, () => {
            this.writebacksPending--;
            this.releaseWritebackFd();
        });
    }
    close() {
        if (this.fd !== null)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = null;
        this.releaseWritebackFd();
    }
    /** Closes the writeback descriptor once the writer is closed and no fdatasync uses it. */
    releaseWritebackFd() {
        if (this.fd !== null || this.writebacksPending > 0 || this.writebackFd === null)
            return;
        (0,external_node_fs_.close)(this.writebackFd, () => undefined);
        this.writebackFd = null;
    }
}
class PageFileWriter {
    pageSize;
    targets = [];
    durable;
    writeback;
    next = 2;
    buffer;
    used = 0;
    /** File position of buffer[0]. */
    bufferStart;
    nextWriteback = WRITEBACK_FIRST_BYTES;
    /** Creates `path` (and every mirror), which must not exist; removes them again on failure. */
    constructor(path, pageSize, options = {}) {
        this.pageSize = pageSize;
        this.durable = options.durable ?? true;
        this.writeback = options.writeback ?? false;
        const mode = options.mode ?? 0o600;
        try {
            for (const file of [path, ...(options.mirrors ?? [])])
                this.targets.push(new Target(file, mode));
        }
        catch (error) {
            this.close();
            this.remove();
            throw error;
        }
        this.buffer = new Uint8Array(Math.max(BUFFER_BYTES, pageSize));
        this.bufferStart = 2 * pageSize;
    }
    get nextId() {
        return this.next;
    }
    /** Every file written: the first, then the mirrors. */
    get paths() {
        return this.targets.map((t) => t.path);
    }
    append(span) {
        if (span.length === 0 || span.length % this.pageSize !== 0) {
            throw new errors/* InvariantError */.zU(`page span of ${span.length} bytes is not whole pages`);
        }
        const id = (0,page/* decodePageHeader */.pM)(span).id;
        if (id !== this.next)
            throw new errors/* InvariantError */.zU(`appending page ${id}, expected ${this.next}`);
        this.next += span.length / this.pageSize;
        if (this.used + span.length > this.buffer.length)
            this.flush();
        if (span.length > this.buffer.length) {
            this.writeAt(span, this.bufferStart);
            this.bufferStart += span.length;
            return;
        }
        this.buffer.set(span, this.used);
        this.used += span.length;
    }
    finish(hwm, metas) {
        if (hwm !== this.next)
            throw new errors/* InvariantError */.zU(`hwm ${hwm} but ${this.next} pages written`);
        this.flush();
        for (const target of this.targets)
            (0,external_node_fs_.ftruncateSync)(target.openFd(), hwm * this.pageSize);
        if (this.durable)
            this.datasync();
        this.writeAt(metas[0], 0);
        this.writeAt(metas[1], this.pageSize);
        if (this.durable)
            this.datasync();
        this.close();
    }
    close() {
        for (const target of this.targets)
            target.close();
    }
    /** Removes every file this writer made (after close; a failed write leaves nothing). */
    remove() {
        for (const target of this.targets)
            (0,external_node_fs_.rmSync)(target.path, { force: true });
    }
    datasync() {
        for (const target of this.targets)
            (0,external_node_fs_.fdatasyncSync)(target.openFd());
    }
    flush() {
        if (this.used === 0)
            return;
        this.writeAt(this.buffer.subarray(0, this.used), this.bufferStart);
        this.bufferStart += this.used;
        this.used = 0;
        if (this.writeback && this.bufferStart >= this.nextWriteback) {
            this.nextWriteback = this.bufferStart + Math.max(WRITEBACK_FIRST_BYTES, this.bufferStart / 8);
            for (const target of this.targets)
                target.startWriteback();
        }
    }
    writeAt(bytes, position) {
        for (const target of this.targets)
            target.writeAt(bytes, position);
    }
}

;// CONCATENATED MODULE: ./src/lib/restore/db-compact.ts
/**
 * Step 3, compact: the member db is written afresh from the verified snapshot without its free
 * pages, in one streaming pass, with the restore's edit applied. The edit is the copy path's own
 * (editBackend), committed onto an in-memory overlay of the snapshot's db: what the compaction
 * reads is byte for byte the db the copy path would have written, and the few pages the edit
 * rewrote are all it holds in memory. Nothing lands before the new file passes the strict
 * checker and holds every bucket exactly as that edited db does (a sha256 digest per bucket,
 * taken while it was read, over every entry and sequence). Its HashKV is then the edited db's
 * too: HashKV is a function of the `key` and `meta` buckets, whose digests matched (computing
 * it on both sides compared the same entries twice over: ~0.1 s of a 250 MB churned restore's
 * CPU, and a table that grew with the keys).
 *
 * A plain snapshot file is compacted where it lies in the same sweep as its strict check
 * (compactInPlace, check-and-compact.ts): the source is walked once, not twice.
 */














/** The new db is dense and read in order: a few chunks, reused (see FileByteFile). */
const OUTPUT_READS = { chunkSize: 256 * 1024, cacheBytes: 512 * 1024 };
/**
 * Writes the compacted, edited db of `source` (the snapshot's checked db) to `out`; its checks
 * are the caller's to run (verify), when it suits.
 */
function compactWithEdit(source, pageSize, out, edit) {
    return compactEdited(source, pageSize, out, edit, false).compacted;
}
/**
 * The in-place restore's one sweep of a plain snapshot file, read with `reads`: the strict
 * check of its db (what a restore checks before anything lands) and, in the same walk, the
 * compaction of it with `edit` applied, to `out`. Undefined when the db does not pass or
 * cannot be read so (nothing is left at `out`'s paths): the verifying pass then reports, in its own
 * order (trailer and hash first). A write that fails for want of space throws (DiskFullError). The edit reads the db before the check has finished: what it read is
 * checked by the same sweep, and nothing it made is used unless the check passes.
 */
function compactInPlace(plain, out, edit, reads, observe) {
    let file;
    try {
        file = page_file/* FileByteFile */.Ly.open(plain.path, reads);
        const source = (0,page_file/* limitByteSource */.FN)(file, plain.dbSize);
        const db = bolt_db/* BoltDb */.k.open(source);
        const latest = BigInt(latestRevision(db));
        // past etcd's largest revision the restore refuses the bump: its own message, later
        if (latest + edit.bumpRevision > revision/* MAX_REVISION */.Dw)
            return undefined;
        const made = compactEdited(source, db.pageSize, out, { ...edit, latestRevision: latest }, true, observe?.(db));
        return { ...made.compacted, check: made.check };
    }
    catch (error) {
        // a full disk is no reason to try another way: the copy needs more room, not less
        if ((0,errors/* isNoSpace */.YV)(error) || error instanceof errors/* DiskSpaceError */.O6)
            throw error;
        return undefined; // compactEdited removed what it wrote
    }
    finally {
        file?.close();
    }
}
/**
 * compactWithEdit, with the strict check of `source` in the same sweep when `checkSource`
 * (`sourceEntries` seeing its entries).
 */
function compactEdited(source, pageSize, out, edit, checkSource, sourceEntries) {
    const sourceDb = bolt_db/* BoltDb */.k.open(source);
    // the edit commits without a freelist page (etcd's format); the new file keeps the source's
    const freelist = sourceDb.meta.freelist === null ? 'none' : 'page';
    const overlay = new OverlayByteFile(source, pageSize);
    const edited = editBackend(overlay, edit);
    const editedDb = bolt_db/* BoltDb */.k.open(overlay);
    // staged: made durable with the member's other files, before the rename (member-files.ts);
    // written back to disk meanwhile
    const pages = new PageFileWriter(out.path, pageSize, {
        durable: false,
        mode: layout/* DB_MODE */.h9,
        writeback: !process.env.NOWB,
        mirrors: out.mirrors
    });
    let result;
    let check;
    try {
        const writer = new compact/* CompactWriter */.$5(pages, editedDb.meta.sequence);
        if (checkSource)
            check = checkAndCompact(sourceDb, editedDb, writer, {}, sourceEntries);
        else
            (0,walk/* walkEntries */.Y1)(editedDb, writer);
        result = writer.finish({ freelist, txid: editedDb.meta.txid });
    }
    catch (error) {
        pages.close();
        pages.remove();
        throw error;
    }
    return {
        compacted: {
            edited,
            restoredSize: result.hwm * pageSize,
            verify: () => verifyCompacted(out.path, result)
        },
        check
    };
}
/**
 * The checks before anything lands: strict check, nothing free, equal buckets; the digests are
 * taken along the strict check's own sweep.
 */
function verifyCompacted(path, result) {
    const file = page_file/* FileByteFile */.Ly.open(path, OUTPUT_READS);
    try {
        const db = bolt_db/* BoltDb */.k.open(file);
        const collector = new digest/* DigestCollector */.uk();
        const check = (0,bolt_check/* checkDb */.T)(db, { entries: collector });
        if (check.freePages !== 0 || check.hwm !== result.hwm) {
            throw new errors/* InvariantError */.zU(`compacted db has ${check.freePages} free pages of ${check.hwm} (wrote ${result.hwm})`);
        }
        const digests = collector.digests;
        const names = new Set([...digests.keys(), ...result.digests.keys()]);
        for (const name of names) {
            if (digests.get(name) !== result.digests.get(name)) {
                throw new errors/* InvariantError */.zU(`compacted db: bucket ${name} differs from the snapshot's`);
            }
        }
    }
    finally {
        file.close();
    }
}

;// CONCATENATED MODULE: ./src/lib/restore/member-files.ts




/**
 * Writes every member's files; returns, per member, the promise that they are durable, which
 * settles to undefined or to the member's error (it never rejects). `moveDbFrom`: the db the
 * last member takes, when it is not already in place.
 */
async function writeMembers(cluster, planned, layouts, moveDbFrom, targetVersion, log) {
    return log.group('Write member data-dirs', async () => {
        const durable = [];
        for (const [i, p] of planned.entries()) {
            const files = memberFiles(cluster, p.member.id, targetVersion);
            const last = i === planned.length - 1;
            try {
                const synced = (0,write/* writeMemberFiles */.V_)(layouts[i], files, last ? moveDbFrom : undefined);
                durable.push(synced.then(() => undefined, (error) => (0,plan/* targetWriteError */.jI)(error, p.dataDir)));
            }
            catch (error) {
                await Promise.all(durable); // the members before are being synced: let that end first
                throw (0,plan/* targetWriteError */.jI)(error, p.dataDir);
            }
            log.info(`${p.member.name}: ${(0,ids/* idHex */.p0)(p.member.id)} → ${p.dataDir}`);
        }
        return durable;
    });
}

// EXTERNAL MODULE: ./src/lib/restore/disk-need.ts
var disk_need = __webpack_require__(1150);
// EXTERNAL MODULE: ./src/lib/restore/disk-space.ts
var disk_space = __webpack_require__(1942);
;// CONCATENATED MODULE: ./src/lib/member-dir/describe.ts


/** Lists a restored member's folders and files with sizes and modes, for the report. */
function describeFiles(dataDir, walDir) {
    const out = [];
    describe_walk(dataDir, dataDir, out);
    if (walDir !== undefined) {
        const inside = (0,external_node_path_.relative)((0,external_node_path_.resolve)(dataDir), (0,external_node_path_.resolve)(walDir));
        // A WAL folder inside the data-dir was listed by the walk above.
        if (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
            describe_walk((0,external_node_path_.resolve)(walDir), undefined, out);
    }
    return out;
}
/** `base` undefined: absolute paths (a --wal-dir outside the data-dir). */
function describe_walk(dir, base, out) {
    const show = (path) => (base === undefined ? path : (0,external_node_path_.relative)(base, path));
    const stat = (0,external_node_fs_.lstatSync)(dir);
    out.push({ path: `${show(dir) || '.'}/`, bytes: 0, mode: octal(stat.mode) });
    for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
        const path = (0,external_node_path_.join)(dir, name);
        const entry = (0,external_node_fs_.lstatSync)(path);
        if (entry.isDirectory())
            describe_walk(path, base, out);
        else
            out.push({ path: show(path), bytes: entry.size, mode: octal(entry.mode) });
    }
}
function octal(mode) {
    return `0${(mode & 0o777).toString(8)}`;
}

// EXTERNAL MODULE: ./src/lib/version.ts
var version = __webpack_require__(7471);
;// CONCATENATED MODULE: ./src/lib/restore/commit.ts
/**
 * Step 5 of a restore: the staged members appear at their targets (one rename each, or one for
 * the whole --out-dir), and the report says what was made.
 */




function commitMembers(staging, planned) {
    staging.commit();
    return planned.map((p) => ({
        name: p.member.name,
        id: (0,ids/* idHex */.p0)(p.member.id),
        peerURLs: p.member.peerURLs,
        dataDir: (0,external_node_path_.resolve)(p.dataDir),
        walDir: (0,external_node_path_.resolve)(p.walDir ?? (0,external_node_path_.join)(p.dataDir, 'member', 'wal')),
        files: describeFiles(p.dataDir, p.walDir)
    }));
}
function restoreReport(parts) {
    const { options, cluster } = parts;
    return {
        tool: { name: 'etcd-restore', version: version/* TOOL_VERSION */.w },
        snapshot: parts.snapshot,
        cluster: { id: (0,ids/* idHex */.p0)(cluster.id), token: cluster.token, members: parts.members },
        targetVersion: options.targetVersion,
        bumpRevision: options.bumpRevision.toString(),
        markCompacted: options.markCompacted,
        restoredRevision: Number(parts.restoredRevision),
        durationsMs: parts.durationsMs,
        warnings: parts.warnings,
        db: parts.db
    };
}

;// CONCATENATED MODULE: ./src/lib/restore/index.ts
/**
 * A restore, step by step: plan (members, targets, staging) → verify (the snapshot, its whole
 * database) → db (copy the snapshot's db and edit it, or compact it with the edit applied) →
 * member files (WAL, .snap; a compacting restore writes them while its new db is checked) →
 * commit (rename into place, report). Every member is staged beside its target: on failure
 * nothing is left behind, and the snapshot is never modified.
 */






























function logEstimate(log, estimate) {
    const from = estimate.basis === 'freelist'
        ? 'its freelist'
        : `${estimate.pagesRead} pages and headers${estimate.basis === 'sampled' ? ', sampled' : ''}`;
    log.info(`free pages: about ${estimate.freePages} of ${estimate.hwm} (${Math.round(100 * estimate.freeShare)}%, estimated from ${from})`);
}
/**
 * Verifies the snapshot once, checks its database once, makes every requested member's db from
 * it (copied and edited, or compacted with the edit applied: `options.defrag`) and writes each
 * member's data-dir (db, WAL, .snap). Throws a RestoreError subclass on any user problem.
 */
async function restore(options) {
    const run = new RestoreRun(options);
    try {
        return await run.run();
    }
    catch (error) {
        const full = run.diskFull(error); // before abort() frees the staging's space again
        await run.abort();
        throw full;
    }
}
/** One restore's state: the steps below share it, in the order restore() runs them. */
class RestoreRun {
    options;
    log;
    clock = new Stopwatch();
    warnings = [];
    defrag;
    cluster;
    selected;
    staging = new staging/* Staging */.CP();
    /** Parent folders this run creates: removed again (when still empty) if the restore fails. */
    createdParents = [];
    /** Member db copies and fsyncs in flight; each settles to its error, or undefined. */
    inFlight = [];
    /** Stops the in-place hash's worker thread (not needed after all, or the restore failed). */
    stopHashing = new AbortController();
    /** Stops the copy's hash worker (the CLI's prewarmed one), when the restore fails. */
    stopCopyHash = new AbortController();
    // set by plan()
    planned = [];
    layouts = [];
    dbPath = '';
    /** Copying, every member but the last gets a kernel copy of the db (reflink or
     * copy_file_range, in the thread pool); the last one takes the staging db itself. Every
     * mirror (options.mirrors) gets one too. */
    copyTargets = [];
    /** The throwaway mirrors of the members (options.mirrors), in the members' order. */
    mirrorLayouts = [];
    /** A compaction writes every member's db in its one pass (the last member's is the one its
     * checks read back), so no copy follows it and their fsyncs are single thread-pool jobs. */
    compactOut = { path: '', mirrors: [] };
    editBase;
    /** The snapshot's sizes and free-page estimate, read before anything is written. */
    sizes;
    constructor(options) {
        this.options = options;
        this.log = options.logger ?? logger/* silentLogger */.q;
        this.defrag = options.defrag ?? 'auto';
        const { cluster, selected } = (0,plan/* planCluster */.Ci)(options);
        this.cluster = cluster;
        this.selected = selected;
    }
    warn = (message) => {
        this.warnings.push(message);
        this.log.warn(message);
    };
    async run() {
        await (0,interrupt/* enterPhase */.aO)('restore');
        // registered before the staging, so a signal removes the staging first, then these parents
        const untrack = (0,interrupt/* trackUndo */.Mm)({
            paths: () => this.createdParents.filter((p) => (0,external_node_fs_.existsSync)(p)),
            undo: () => (0,plan/* removeEmptyDirs */.YI)(this.createdParents)
        });
        try {
            return await this.stages();
        }
        finally {
            untrack();
        }
    }
    async stages() {
        await loadInventoryCode(this.options);
        this.checkDisk();
        this.plan();
        const verify = await this.verify();
        const made = await this.makeDb(verify);
        if (made.path === 'copy') {
            // 4. member files (the compaction wrote them above): the last member takes the staging db
            this.inFlight = await writeMembers(this.cluster, this.planned, this.layouts, this.dbPath, this.options.targetVersion, this.log);
            this.inFlight.push(...this.writeMirrors());
            await this.settleInFlight();
            this.clock.lap('write');
        }
        const snapshotFile = verify.verified ?? (await this.verifyInPlace(verify));
        await (0,interrupt/* pausePoint */.tK)('restore'); // a test hook: everything staged, nothing committed
        // 5. commit
        const members = commitMembers(this.staging, this.planned);
        this.clock.lap('commit');
        return restoreReport({
            options: this.options,
            snapshot: { ...snapshotFile, ...made.facts, path: this.options.snapshotPath },
            cluster: this.cluster,
            members,
            restoredRevision: (0,revision/* servedRevision */.pq)(made.edited.restoredRevision, BigInt(made.facts.compactRevision)),
            durationsMs: this.clock.laps(),
            warnings: this.warnings,
            db: made.dbMade
        });
    }
    /**
     * A write that failed for want of space, wherever in the run (a member's copy, the compaction,
     * the edit, the WAL): `disk full: <output>`, naming the target the user gave (a separate
     * --wal-dir when that is the fuller file system). Other errors as they are.
     */
    diskFull(error) {
        const cause = error instanceof Error ? error.cause : undefined;
        if (!(error instanceof errors/* DiskFullError */.Vu) && !(0,errors/* isNoSpace */.YV)(error) && !(0,errors/* isNoSpace */.YV)(cause))
            return error;
        const target = this.options.target;
        let path = target.kind === 'single' ? target.dataDir : target.outDir;
        try {
            if (target.walDir !== undefined) {
                const [out, wal] = [(0,disk_space/* roomOf */.dT)(path), (0,disk_space/* roomOf */.dT)(target.walDir)];
                if (wal.dev !== out.dev && wal.free < out.free)
                    path = target.walDir;
            }
        }
        catch {
            // the output's name will do
        }
        return new errors/* DiskFullError */.Vu(path, { cause: error });
    }
    async abort() {
        this.stopHashing.abort();
        this.stopCopyHash.abort();
        // copies still running would write into folders abort() is removing
        await Promise.all(this.inFlight);
        this.staging.abort();
        (0,plan/* removeEmptyDirs */.YI)(this.createdParents);
    }
    /**
     * 0. room: before the first write, what the members need (the compacted size when compacting)
     * on each file system against its free bytes; a compressed snapshot is checked again once its
     * database is staged and its size known (checkDiskAfterStaging).
     */
    checkDisk() {
        this.sizes = (0,disk_space/* snapshotSizes */.Pb)(this.options.snapshotPath);
        if (this.options.checkDisk === false)
            return;
        this.assertRoom(this.sizes, this.defrag, (needs) => needs);
    }
    assertRoom(sizes, defrag, left) {
        const { target } = this.options;
        const members = this.selected.length;
        const compacts = (0,disk_space/* willCompact */.OZ)(defrag, sizes);
        const needs = left((0,disk_need/* restoreNeeds */._X)(target, members, sizes, compacts), compacts);
        const ifCompacted = !compacts && sizes.estimate !== undefined
            ? left((0,disk_need/* restoreNeeds */._X)(target, members, sizes, true), true)
            : undefined;
        (0,disk_space/* checkDiskSpace */.ek)(needs, this.options.diskAdvice ?? disk_need/* CLI_ADVICE */.Q0, {
            ...(ifCompacted && { ifCompacted }),
            logger: this.log
        });
    }
    /**
     * A compressed snapshot's database, now staged: its exact size and estimate. What is left to
     * write: a copy takes the staged db as its last member's, a compaction writes every member
     * afresh (the staged db is already on disk either way).
     */
    checkDiskAfterStaging(sizes, defrag) {
        if (this.options.checkDisk === false)
            return;
        this.assertRoom(sizes, defrag, (needs, compacts) => needs
            .filter((n) => n.phase !== 'restore')
            .map((n, i) => (i === 0 && !compacts ? { ...n, bytes: n.bytes - sizes.dbBytes } : n)));
    }
    /** 1. plan: every member's staging folders, and the scratch folder of the staging db. */
    plan() {
        const options = this.options;
        const { planned, scratchNear } = (0,plan/* planTargets */.iS)(this.selected, options, this.staging, this.createdParents);
        this.planned = planned;
        const scratchDir = this.staging.scratch(scratchNear, 'work');
        (0,external_node_fs_.mkdirSync)(scratchDir, { mode: 0o700 });
        this.dbPath = (0,external_node_path_.join)(scratchDir, 'db');
        this.layouts = planned.map((p) => {
            try {
                return (0,write/* makeMemberDirs */.lY)(p.stageDataDir, p.stageWalDir);
            }
            catch (error) {
                throw (0,plan/* targetWriteError */.jI)(error, p.dataDir);
            }
        });
        this.mirrorLayouts = this.planMirrors();
        this.copyTargets = [...this.layouts.slice(0, -1), ...this.mirrorLayouts];
        this.compactOut = {
            path: this.layouts[this.layouts.length - 1].dbPath,
            mirrors: this.copyTargets.map((layout) => layout.dbPath)
        };
        this.editBase = {
            cluster: this.cluster,
            targetVersion: options.targetVersion,
            bumpRevision: options.bumpRevision,
            markCompacted: options.markCompacted
        };
    }
    memberError(error, i) {
        return (0,plan/* targetWriteError */.jI)(error, this.planned[i].dataDir);
    }
    /** The error of copy target `i` (copyTargets: the members but the last, then the mirrors). */
    copyError(error, i) {
        const mirror = i - (this.copyTargets.length - this.mirrorLayouts.length);
        if (mirror < 0)
            return this.memberError(error, i);
        return (0,plan/* targetWriteError */.jI)(error, this.mirrorLayouts[mirror].dataDir);
    }
    /** options.mirrors' folders, made like the members' (but not staged: they are throwaway). */
    planMirrors() {
        const mirrorOf = this.options.mirrors;
        if (mirrorOf === undefined)
            return [];
        return this.planned.map((p, index) => {
            const m = mirrorOf({ index, name: p.member.name, separateWal: p.walDir !== undefined });
            try {
                return (0,write/* makeMemberDirs */.lY)(m.dataDir, m.walDir);
            }
            catch (error) {
                throw (0,plan/* targetWriteError */.jI)(error, m.dataDir);
            }
        });
    }
    /** Each mirror's WAL and .snap (its db is a copy target); settle like writeMembers' promises. */
    writeMirrors() {
        return this.mirrorLayouts.map((layout, i) => {
            const files = memberFiles(this.cluster, this.planned[i].member.id, this.options.targetVersion);
            try {
                return (0,write/* writeMemberFiles */.V_)(layout, files).then(() => undefined, (error) => (0,plan/* targetWriteError */.jI)(error, layout.dataDir));
            }
            catch (error) {
                return Promise.resolve((0,plan/* targetWriteError */.jI)(error, layout.dataDir));
            }
        });
    }
    /**
     * Every copy target's copy of `source`: the members' side by side in the thread pool, the
     * mirrors' one after the other in a worker thread (the verifying pass's reads and writes, and
     * the members' fsyncs, need the pool meanwhile; throwaway copies have no fsync to wait for).
     */
    startCopies(source, size) {
        const members = this.copyTargets.length - this.mirrorLayouts.length;
        const mirrored = copyInWorker(source, this.mirrorLayouts.map((layout) => layout.dbPath), { mode: layout/* DB_MODE */.h9, ...(size === undefined ? {} : { size }) });
        return this.copyTargets.map((layout, i) => (i < members ? (0,write/* copyDb */.g6)(source, layout.dbPath, size) : mirrored[i - members]).then(() => undefined, (error) => this.copyError(error, i)));
    }
    async settleInFlight() {
        for (const failure of await Promise.all(this.inFlight))
            if (failure !== undefined)
                throw failure;
    }
    removeCompacted() {
        for (const path of [this.compactOut.path, ...this.compactOut.mirrors])
            (0,external_node_fs_.rmSync)(path, { force: true });
    }
    /** The staging db's copies (unless they came from the snapshot file) and its fsync. */
    startStagingCopies(copyFrom) {
        if (copyFrom === undefined)
            this.inFlight = this.startCopies(this.dbPath);
        // the verified db goes to disk meanwhile too (the edit's own syncs then cost what it wrote)
        this.inFlight.push((0,write/* syncFile */.gD)(this.dbPath).then(() => undefined, (error) => (0,plan/* targetWriteError */.jI)(error, this.planned[this.planned.length - 1].dataDir)));
    }
    /**
     * 2. verify. A plain snapshot file that may be compacted is read where it lies, never
     * copied: one sweep checks its db strictly and, the edit applied, compacts it into the
     * staging db. `auto` decides before, from an estimate of its free pages that reads its
     * branch pages and a few leaf headers (estimate.ts): never a compaction to throw away. Its
     * hash starts first, in a worker thread: it overlaps the sweep and everything after, and is
     * awaited before anything lands (stopped when the restore copies).
     */
    async verify() {
        const { options, defrag } = this;
        const plain = (0,source_identity/* plainSnapshot */.b)(options.snapshotPath);
        // read before the first write (checkDisk), of this same file unless it changed since
        const known = plain?.dbSize === this.sizes?.dbBytes ? this.sizes?.estimate : undefined;
        const estimate = plain !== undefined && defrag !== 'never' ? (known ?? estimateDbFree(plain)) : undefined;
        if (estimate !== undefined)
            logEstimate(this.log, estimate);
        // A file that may be mostly free has its live pages scattered: they are read a page or a run
        // of pages at a time (SPARSE_READS); a dense one (`always`) in 1 MiB chunks, about in order.
        const mayBeSparse = plain !== undefined && defrag !== 'never' && worthCompacting(estimate);
        const mayCompact = plain !== undefined && (defrag === 'always' || mayBeSparse);
        const reads = mayBeSparse ? read_options/* SPARSE_READS */.XA : {};
        // plain's stamp lets a worker the CLI booted at start with this file (already hashing it) hand
        // over its digest: the file was the same all along (hash-worker.ts)
        const hashing = mayCompact
            ? startVerifyInPlace(options, this.stopHashing.signal, plain?.stamp)
            : undefined;
        // the report's HashKV and inventory ride along the strict check's sweep (one pass over `key`)
        let sourceFeed;
        const swept = mayCompact
            ? compactInPlace(plain, this.compactOut, this.editBase, reads, (db) => (sourceFeed = sourceSweep(db, options))?.observer)
            : undefined;
        const precheck = swept?.check;
        // a compaction made is kept: the choice was made before it
        let path = precheck
            ? 'compact'
            : plain !== undefined && defrag !== 'always'
                ? 'copy'
                : undefined;
        if (precheck)
            this.clock.lap('compact');
        const inPlace = path === 'compact';
        if (!inPlace) {
            this.stopHashing.abort();
            if (swept)
                this.removeCompacted(); // the copy path puts its copies there
        }
        // Copying a plain file, with a worker the CLI booted at start in case it compacted: that
        // worker has been hashing this file since (hash-worker.ts), so its digest stands for the
        // copy's and the copy does not hash on this thread; its early pass is taken only if the file
        // kept plain's stamp. Without one (the action, --defrag never) the copy hashes as it goes.
        const digest = !inPlace && plain !== undefined && (0,hash_worker/* hasSpareHashWorker */.qS)()
            ? (0,verify/* hashSnapshot */.Fo)(plain.path, plain.dbSize, this.stopCopyHash.signal, plain.stamp)
            : undefined;
        digest?.catch(() => undefined); // awaited by the copy's verdict; this only marks it handled
        (0,hash_worker/* releaseSpareHashWorker */.T6)(); // a compressed snapshot's, unused
        // Copying: the members' copies come from the snapshot file itself, side by side with the
        // verifying pass, when it is a plain bbolt file; else from the verified staging db.
        const copyFrom = !inPlace && this.copyTargets.length > 0 ? plain : undefined;
        if (copyFrom !== undefined)
            this.inFlight = this.startCopies(copyFrom.path, copyFrom.dbSize);
        // in place, the hash is awaited once the compaction is written (verifyInPlace)
        const verified = inPlace
            ? undefined
            : await verifySnapshot(options, { stagingDb: this.dbPath, ...(digest && { digest }) }, this.log);
        if (!inPlace)
            this.clock.lap('verify');
        // the pre-check stands for the verified bytes only if the file did not change since
        if (precheck !== undefined && !inPlace)
            (0,source_identity/* assertUnchanged */.W)(plain);
        if (copyFrom !== undefined && copyFrom.dbSize !== verified?.dbSize) {
            throw new errors/* InvariantError */.zU(`copied ${copyFrom.dbSize} database bytes, verified ${verified?.dbSize}`);
        }
        // a compressed snapshot's staging db: copy it at once when it cannot be worth compacting;
        // one that may be is read like a sparse plain file (its live pages scattered, see reads)
        const stagingEstimate = path === undefined && defrag !== 'never' && verified !== undefined
            ? estimateDbFree({ path: this.dbPath, dbSize: verified.dbSize })
            : undefined;
        if (stagingEstimate !== undefined)
            logEstimate(this.log, stagingEstimate);
        const stagingMayBeSparse = path === undefined &&
            defrag !== 'never' &&
            verified !== undefined &&
            worthCompacting(stagingEstimate);
        if (path === undefined && (defrag === 'never' || (defrag === 'auto' && !stagingMayBeSparse)))
            path = 'copy';
        if (plain === undefined && verified !== undefined) {
            const staged = { dbBytes: verified.dbSize, exact: true, compressed: true };
            this.checkDiskAfterStaging({ ...staged, estimate: stagingEstimate }, path === 'copy' ? 'never' : defrag);
        }
        if (path === 'copy')
            this.startStagingCopies(copyFrom);
        return {
            ...{ plain, reads, hashing, swept, path, copyFrom, verified, stagingMayBeSparse },
            sourceFeed
        };
    }
    /** 3. db: the members' dbs, copied and edited or compacted with the edit applied. */
    async makeDb(v) {
        const inPlace = v.path === 'compact';
        const file = inPlace
            ? page_file/* FileByteFile */.Ly.open(this.options.snapshotPath, v.reads)
            : page_file/* FileByteFile */.Ly.open(this.dbPath, {
                writable: true,
                ...(v.stagingMayBeSparse ? read_options/* SPARSE_READS */.XA : {})
            });
        try {
            const source = inPlace ? (0,page_file/* limitByteSource */.FN)(file, v.plain.dbSize) : file;
            const db = bolt_db/* BoltDb */.k.open(source);
            const precheck = v.swept?.check;
            const sourceFeed = precheck ? v.sourceFeed : sourceSweep(db, this.options);
            const check = precheck ?? (0,bolt_check/* checkDb */.T)(db, sourceFeed === undefined ? {} : { entries: sourceFeed.observer });
            if (!precheck)
                this.clock.lap('check');
            const facts = readSourceFacts(db, check, this.options, this.log, this.warn, sourceFeed);
            const edit = { ...this.editBase, latestRevision: BigInt(facts.revision) };
            let path = v.path;
            if (path === undefined) {
                path = (0,restore_db/* chooseDbPath */.te)(this.defrag, check);
                if (path === 'copy')
                    this.startStagingCopies(v.copyFrom);
            }
            const { edited, restoredSize } = path === 'copy'
                ? await this.copyAndEdit(file, db, edit, v.copyFrom)
                : await this.compact(source, check, edit, v.swept);
            return { path, facts, edited, dbMade: (0,restore_db/* dbReport */.$J)(path, this.defrag, check, restoredSize) };
        }
        finally {
            file.close();
        }
    }
    /** The copy path: every copy made, then the edit applied to each (editAndReplay). */
    async copyAndEdit(file, db, edit, copyFrom) {
        const trustedBuckets = bucketRoots(db);
        // The copies read the db: it is edited only once they are all done.
        await this.settleInFlight();
        // copied from the snapshot file: only valid if that file still holds what was verified
        if (copyFrom !== undefined)
            (0,source_identity/* assertUnchanged */.W)(copyFrom);
        this.clock.lap('copy');
        const copyPaths = this.copyTargets.map((layout) => layout.dbPath);
        const edited = editAndReplay(file, trustedBuckets, copyPaths, { ...edit, fullRecheck: this.options.fullRecheck === true }, (error, i) => this.copyError(error, i));
        this.clock.lap('edit');
        return { edited, restoredSize: file.size };
    }
    /**
     * The compaction path (the in-place sweep's, or one now over the staging db): every member's
     * db is written; their fsyncs, and (4.) the member files with theirs, run in the thread pool
     * while the new db is checked; a failed check removes them all with the rest of the staging.
     */
    async compact(source, check, edit, swept) {
        const compacted = swept ?? compactWithEdit(source, check.pageSize, this.compactOut, edit);
        if (!swept)
            this.clock.lap('compact');
        const { edited, restoredSize } = compacted;
        this.log.info(`compacted: ${(0,format/* formatBytes */.z3)(check.dbSize)} → ${(0,format/* formatBytes */.z3)(restoredSize)} (${check.freePages} of ${check.hwm} pages were free)`);
        this.inFlight = this.layouts.map((layout, i) => (0,fsync/* fsyncInPool */.B)(layout.dbPath, 'file').then(() => undefined, (error) => this.memberError(error, i)));
        this.inFlight.push(...(await writeMembers(this.cluster, this.planned, this.layouts, undefined, this.options.targetVersion, this.log)), ...this.writeMirrors());
        this.clock.lap('write');
        compacted.verify();
        this.clock.lap('check');
        await this.settleInFlight();
        this.clock.lap('sync');
        return { edited, restoredSize };
    }
    /**
     * The member files are staged, so a restore that compacts in place wrote them while the
     * snapshot's hash was still being computed; nothing lands before it is verified.
     */
    async verifyInPlace(v) {
        if (v.hashing === undefined)
            throw new errors/* InvariantError */.zU('the snapshot was never verified');
        const hashed = await verifySnapshot(this.options, { inPlace: v.hashing }, this.log);
        this.clock.lap('verify');
        if (hashed.dbSize !== v.plain.dbSize) {
            throw new errors/* InvariantError */.zU(`read ${v.plain.dbSize} database bytes, verified ${hashed.dbSize}`);
        }
        // read where it lies: only valid if the file still holds what was verified
        (0,source_identity/* assertUnchanged */.W)(v.plain);
        return hashed;
    }
}


/***/ }),

/***/ 9587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ planCluster),
/* harmony export */   YI: () => (/* binding */ removeEmptyDirs),
/* harmony export */   iS: () => (/* binding */ planTargets),
/* harmony export */   jI: () => (/* binding */ targetWriteError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);
/* harmony import */ var _cluster_initial_cluster_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9794);
/* harmony import */ var _member_dir_staging_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6957);
/**
 * Step 1 of a restore: which members, where each goes, and where each is staged beside its
 * target (created parents are recorded so a failed restore can remove them again).
 */





/** The target cluster and the members to produce, in the order the user wrote them. */
function planCluster(options) {
    if (options.bumpRevision > 0n !== options.markCompacted) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--mark-compacted required if --bump-revision > 0, and --bump-revision > 0 required with --mark-compacted');
    }
    const cluster = (0,_cluster_initial_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .buildCluster */ .JL)(options.initialCluster, options.initialClusterToken);
    // People read members in the order they wrote them; the raft log keeps etcd's ID order.
    const written = [...(0,_cluster_initial_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInitialCluster */ .ed)(options.initialCluster).keys()];
    const selected = [...selectMembers(cluster, options)].sort((a, b) => written.indexOf(a.name) - written.indexOf(b.name));
    return { cluster, selected };
}
function selectMembers(cluster, options) {
    const target = options.target;
    if (target.kind === 'single') {
        (0,_cluster_initial_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyAdvertisePeerUrls */ .bm)(cluster, target.name, target.initialAdvertisePeerUrls);
        return cluster.members.filter((m) => m.name === target.name);
    }
    if (!target.members)
        return cluster.members;
    if (target.members.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--members names no member: give comma-separated names, or leave it out for all');
    }
    const wanted = new Set(target.members);
    for (const name of wanted) {
        if (!cluster.members.some((m) => m.name === name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`member "${name}" is not in --initial-cluster (${cluster.members.map((m) => m.name).join(', ')})`);
        }
    }
    return cluster.members.filter((m) => wanted.has(m.name));
}
/**
 * Decides where each member goes and where it is staged. With --out-dir absent or empty, the
 * whole cluster is staged as one folder and appears with a single rename.
 */
function planTargets(selected, options, staging, created) {
    const target = options.target;
    if (target.kind === 'single') {
        const dataState = (0,_member_dir_staging_js__WEBPACK_IMPORTED_MODULE_4__/* .targetState */ .fJ)(target.dataDir, 'data-dir');
        if (target.walDir !== undefined && (0,_member_dir_staging_js__WEBPACK_IMPORTED_MODULE_4__/* .targetState */ .fJ)(target.walDir, 'wal-dir') !== 'absent') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I0(`wal-dir "${target.walDir}" exists`);
        }
        prepareParent(target.dataDir, created);
        const member = selected[0];
        const plan = {
            member,
            dataDir: target.dataDir,
            stageDataDir: staging.stage(target.dataDir, dataState)
        };
        if (target.walDir !== undefined) {
            plan.walDir = target.walDir;
            const inside = nestedWalDir(target.dataDir, target.walDir, {
                exact: ['member'],
                tree: [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)('member', 'snap')]
            });
            if (inside !== undefined) {
                // etcd accepts a --wal-dir inside the data-dir: it is staged (and renamed) with it
                plan.stageWalDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(plan.stageDataDir, inside);
            }
            else {
                prepareParent(target.walDir, created);
                plan.stageWalDir = staging.stage(target.walDir, 'absent');
            }
        }
        return { planned: [plan], scratchNear: plan.stageDataDir };
    }
    const outState = (0,_member_dir_staging_js__WEBPACK_IMPORTED_MODULE_4__/* .targetState */ .fJ)(target.outDir, 'out-dir');
    prepareParent(target.outDir, created);
    const outStage = staging.stage(target.outDir, outState);
    let walStage;
    const inside = target.walDir === undefined
        ? undefined
        : nestedWalDir(target.outDir, target.walDir, { tree: selected.map((m) => m.name) });
    if (target.walDir !== undefined && inside === undefined) {
        const walState = (0,_member_dir_staging_js__WEBPACK_IMPORTED_MODULE_4__/* .targetState */ .fJ)(target.walDir, 'wal-dir');
        prepareParent(target.walDir, created);
        walStage = staging.stage(target.walDir, walState);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(walStage, { mode: 0o700 });
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(outStage, { mode: 0o700 });
    if (inside !== undefined) {
        walStage = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outStage, inside);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(walStage, { recursive: true, mode: 0o700 });
    }
    const planned = selected.map((member) => ({
        member,
        dataDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target.outDir, member.name),
        stageDataDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outStage, member.name),
        ...(target.walDir !== undefined && walStage !== undefined
            ? { walDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target.walDir, member.name), stageWalDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(walStage, member.name) }
            : {})
    }));
    return { planned, scratchNear: outStage };
}
/**
 * The path of `walDir` relative to `dir` when it lies inside it (staged together then), else
 * undefined. Refuses the same folder, and folders restore itself writes: `exact` ones (e.g.
 * member) and anything at or under a `tree` (member/snap, another member's data-dir).
 */
function nestedWalDir(dir, walDir, reserved) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(walDir));
    if (inside === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--wal-dir "${walDir}" must differ from "${dir}"`);
    if (inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside))
        return undefined;
    const clash = reserved.exact?.find((r) => inside === r) ??
        reserved.tree?.find((r) => inside === r || inside.startsWith(`${r}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`));
    if (clash !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--wal-dir "${walDir}" cannot be ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, clash)}, which restore writes itself`);
    }
    return inside;
}
/** Creates the target's parent (as etcd's MkdirAll would) and clears what killed runs left there. */
function prepareParent(path, created) {
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path));
    const first = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(parent, { recursive: true, mode: 0o700 });
    // mkdirSync returns the top-most folder it made: record it and every one below it
    if (first !== undefined) {
        for (let dir = parent; dir.length >= first.length; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir))
            created.push(dir);
    }
    (0,_member_dir_staging_js__WEBPACK_IMPORTED_MODULE_4__/* .clearStaleStaging */ .IJ)(parent);
}
/** Deepest first; a folder someone filled meanwhile stays. */
function removeEmptyDirs(dirs) {
    for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)(dir);
        }
        catch {
            // not empty, or already gone
        }
    }
}
/**
 * A file-system failure while writing a member (read-only, permissions) is the target's; one for
 * want of space is `disk full: <data-dir>` (DiskFullError).
 */
function targetWriteError(error, dataDir) {
    const code = error?.code;
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code))
        return error;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNoSpace */ .YV)(error))
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .diskFull */ .xg)(error, dataDir);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I0(`cannot write data-dir "${dataDir}": ${error.message}`, {
        cause: error
    });
}


/***/ }),

/***/ 1694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ assertUnchanged),
/* harmony export */   b: () => (/* binding */ plainSnapshot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bolt_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3574);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7268);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5216);
/**
 * What restore needs to copy the members' dbs straight from the snapshot file, in the kernel,
 * while the one streaming pass is still verifying it: the file must be a plain (uncompressed)
 * bbolt snapshot, and it must not change between the start of the copies and the end of the
 * verification, or the copies could hold bytes the hash never saw.
 */




/** The meta's magic sits at bytes 16..19 of page 0. */
const HEAD_BYTES = 20;
/**
 * The snapshot as a plain bbolt file (regular, not compressed, bbolt magic on page 0), or
 * undefined when it is anything else: then the members are copied from the verified staging db.
 * Never throws; the verification reports what is wrong with the file.
 */
function plainSnapshot(path) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer (no effect on files)
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd, { bigint: true });
        if (!stats.isFile() || stats.size < BigInt(HEAD_BYTES))
            return undefined;
        const head = Buffer.alloc(HEAD_BYTES);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, HEAD_BYTES, 0) !== HEAD_BYTES)
            return undefined;
        if (head.readUInt32LE(16) !== _bolt_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MAGIC */ .mS)
            return undefined;
        const size = Number(stats.size);
        const dbSize = (0,_verify_js__WEBPACK_IMPORTED_MODULE_3__/* .databaseBytes */ .H8)(size);
        return { path, dbSize, stamp: stampOf(stats) };
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Throws when the file is no longer what plainSnapshot() saw (any write moves its ctime). */
function assertUnchanged(snapshot) {
    let now;
    try {
        now = stampOf((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(snapshot.path, { bigint: true }));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SnapshotError */ .JC(`snapshot ${snapshot.path} went away while it was being restored`, {
            cause: error
        });
    }
    if (now !== snapshot.stamp) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SnapshotError */ .JC(`snapshot ${snapshot.path} changed while it was being restored; restore it again once nothing writes to it`);
    }
}
function stampOf(stats) {
    return [stats.dev, stats.ino, stats.size, stats.mtimeNs, stats.ctimeNs].join(':');
}


/***/ })

};
