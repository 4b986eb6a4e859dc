export const id = 897;
export const ids = [897];
export const modules = {

/***/ 897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CACHE_FORMAT: () => (/* binding */ CACHE_FORMAT),
/* harmony export */   cacheKey: () => (/* binding */ cacheKey),
/* harmony export */   cachePaths: () => (/* binding */ cachePaths),
/* harmony export */   describeEntry: () => (/* binding */ describeEntry),
/* harmony export */   restoreFromCache: () => (/* binding */ restoreFromCache),
/* harmony export */   saveToCache: () => (/* binding */ saveToCache)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18091);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97268);
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(50432);
/* harmony import */ var _lib_member_dir_layout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(50140);
/* harmony import */ var _lib_restore_db_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(68866);
/* harmony import */ var _lib_version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87471);











/**
 * The layout of a cache entry, part of its key: an entry of another layout is never read. 1 was
 * the data-dirs as they are (every member's db in full); 2 is a staged folder per root holding
 * the members' db once (see stageEntry).
 */
const CACHE_FORMAT = 2;
/** Beside each cached root (the out-dir, a separate wal-dir): the folder the entry is made of. */
const STAGE_SUFFIX = '.etcd-restore-cache';
/** In the out-dir's stage: what the entry holds, and the shared db. */
const MANIFEST = 'entry.json';
const SHARED_DB = 'db';
/** In every stage: the root's files, the shared dbs left out. */
const TREE = 'tree';
/**
 * The cache key: the layout format, the tool version, the target format, sha256 of the snapshot
 * file and a digest of the cluster spec. Any difference gives another key; only exact hits are
 * used (a prefix match would hand back another cluster's data-dirs). The format comes first, so
 * no key of another format starts with a key of this one.
 */
async function cacheKey(snapshotPath, spec) {
    const file = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(snapshotPath), file);
    const clusterSpec = JSON.stringify({
        initialCluster: spec.initialCluster,
        token: spec.initialClusterToken,
        members: spec.memberNames,
        skipHashCheck: spec.skipHashCheck,
        bumpRevision: spec.bumpRevision.toString(),
        markCompacted: spec.markCompacted,
        // the same data, but a compacted db is another file
        defrag: spec.defrag
    });
    const specDigest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(clusterSpec).digest('hex').slice(0, 16);
    const version = `${_lib_version_js__WEBPACK_IMPORTED_MODULE_9__/* .TOOL_VERSION */ .w}-v${spec.targetVersion}`;
    return `etcd-restore-f${CACHE_FORMAT}-${version}-${file.digest('hex')}-${specDigest}`;
}
/** The out-dir, and the wal-dir when it lies outside it (inside, the out-dir's tree holds it). */
function rootsOf(spec) {
    const dirs = [spec.outDir];
    if (spec.walDir !== undefined && !inside(spec.outDir, spec.walDir))
        dirs.push(spec.walDir);
    return dirs.map((dir) => ({ dir, stage: `${dir}${STAGE_SUFFIX}` }));
}
function inside(parent, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.relative)(parent, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_4__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_4__.isAbsolute)(rel));
}
/** The folders the entry is saved from and restored to: one stage per root. */
function cachePaths(spec) {
    return rootsOf(spec).map((r) => r.stage);
}
/**
 * Restores the data-dirs and their report on an exact key hit. Returns the cached report and the
 * entry's size, or undefined on a miss, when the service is unavailable, or when the hit is
 * unusable (the target is then left as it was, so a fresh restore has a clean one).
 */
async function restoreFromCache(key, spec, reportPath, logger) {
    if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3()) {
        logger.warn('cache: true, but the runner offers no cache service; restoring without it');
        return undefined;
    }
    const roots = rootsOf(spec);
    await removeStages(roots);
    try {
        const hit = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3(cachePaths(spec), key);
        if (hit !== key) {
            logger.info(`No cache entry for ${key}`);
            return undefined;
        }
        let checked;
        try {
            checked = await checkEntry(roots, spec, reportPath);
        }
        catch (error) {
            logger.warn(`Ignoring cache entry ${key}: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
            return undefined;
        }
        try {
            await unstage(roots, checked.manifest, spec.outDir);
        }
        catch (error) {
            logger.warn(`Ignoring cache entry ${key}: its data-dirs could not be laid out (${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)})`);
            const dirs = spec.memberNames.flatMap((n) => roots.map((root) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root.dir, n)));
            await Promise.all(dirs.map((dir) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(dir, { recursive: true, force: true })));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(reportPath, { force: true });
            return undefined;
        }
        return { report: sameDbAsLaidOut(checked.report, checked.manifest), size: checked.size };
    }
    finally {
        await removeStages(roots);
    }
}
/**
 * A hit's report says its members' dbs are the same bytes only when the entry laid one db out
 * for every member of the report (an entry that kept a db of its own says otherwise).
 */
function sameDbAsLaidOut(report, manifest) {
    const db = report.db;
    if (db?.sameInEveryMember !== true)
        return report;
    if ((manifest.db?.paths.length ?? 0) === report.cluster.members.length)
        return report;
    const { sameInEveryMember: _dropped, ...rest } = db;
    return { ...report, db: rest };
}
/**
 * Saves the data-dirs, their db once. Best effort: a cache failure is a warning, never a failed
 * restore. Returns the saved entry's size, or undefined when nothing was saved.
 */
async function saveToCache(key, spec, logger, db) {
    if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3())
        return undefined;
    const roots = rootsOf(spec);
    try {
        await removeStages(roots);
        const size = await stageEntry(roots, spec.memberNames, db);
        const id = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io(cachePaths(spec), key);
        if (id === -1)
            return undefined;
        logger.info(`Saved cache entry ${key} (id ${id}): ${describeEntry(size)} before compression`);
        return size;
    }
    catch (error) {
        logger.warn(`Could not save the cache entry ${key}: ${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
        return undefined;
    }
    finally {
        await removeStages(roots).catch(() => { });
    }
}
/** "12.3 MiB (the db once for 3 members; the data-dirs hold 30.1 MiB)". */
function describeEntry(size) {
    const shared = size.sharedDbMembers > 1 ? `the db once for ${size.sharedDbMembers} members; ` : '';
    return `${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z3)(size.entryBytes)} (${shared}the data-dirs hold ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_10__/* .formatBytes */ .z3)(size.dataDirBytes)})`;
}
async function removeStages(roots) {
    await Promise.all(roots.map((r) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(r.stage, { recursive: true, force: true })));
}
/**
 * Stages the entry: beside each root a folder whose `tree` mirrors the root with hard links (a
 * copy where the file system refuses one), modes kept. Members' dbs that are byte for byte the
 * first member's are left out of the tree: the out-dir's stage holds that db once (`db`) and a
 * manifest naming where it goes. A db that differs is kept in the tree as it is. When the
 * restore says every db is the same bytes (dbsKnownSame), none is read to compare.
 */
async function stageEntry(roots, memberNames, dbReport) {
    const out = roots[0];
    const dbs = memberNames.map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.relative)(out.dir, (0,_lib_member_dir_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .memberLayout */ .Pl)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.dir, name)).dbPath));
    const known = await (0,_lib_restore_db_js__WEBPACK_IMPORTED_MODULE_8__/* .dbsKnownSame */ .B8)(dbReport, dbs.map((db) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.dir, db)));
    const shared = [];
    for (const db of dbs) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.dir, db);
        if (!(await isFile(path)))
            continue;
        if (shared.length === 0 || known || (await sameBytes((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.dir, shared[0]), path)))
            shared.push(db);
    }
    const first = shared[0];
    const leftOut = new Set(shared.map((db) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.dir, db)));
    const stages = new Set(roots.map((r) => r.stage));
    let bytes = 0;
    let dataDirBytes = 0;
    for (const root of roots) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)(root.stage, { mode: 0o700 });
        const sizes = await mirror(root.dir, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root.stage, TREE), (path) => stages.has(path), leftOut);
        bytes += sizes.staged;
        dataDirBytes += sizes.all;
    }
    const manifest = { format: CACHE_FORMAT };
    if (first !== undefined) {
        const dbBytes = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.dir, first))).size;
        await linkOrCopy((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.dir, first), (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.stage, SHARED_DB));
        manifest.db = { paths: shared, bytes: dbBytes };
        bytes += dbBytes;
    }
    const text = `${JSON.stringify(manifest)}\n`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.stage, MANIFEST), text, { mode: 0o600 });
    bytes += Buffer.byteLength(text);
    return { entryBytes: bytes, dataDirBytes, sharedDbMembers: shared.length };
}
/**
 * Mirrors `from` at `to` (which must not exist): folders made with their modes, files hard-linked,
 * symbolic links made again. Paths in `leftOut` are counted, not staged; `skip` ones are ignored.
 */
async function mirror(from, to, skip, leftOut) {
    const sizes = { staged: 0, all: 0 };
    const walk = async (src, dest) => {
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(src);
        if (stats.isDirectory()) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)(dest, { mode: 0o700 });
            for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(src)) {
                const child = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(src, name);
                if (!skip(child))
                    await walk(child, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dest, name));
            }
            // last: a folder without write permission still gets its children
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.chmod)(dest, stats.mode & 0o7777);
        }
        else if (stats.isSymbolicLink()) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.symlink)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readlink)(src), dest);
        }
        else if (stats.isFile()) {
            sizes.all += stats.size;
            if (leftOut.has(src))
                return;
            await linkOrCopy(src, dest);
            sizes.staged += stats.size;
        }
    };
    await walk(from, to);
    return sizes;
}
/** A hard link, or a copy (a reflink where it can) when the file system will not link. */
async function linkOrCopy(src, dest) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.link)(src, dest);
    }
    catch (error) {
        const code = error.code;
        if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK')
            throw error;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.copyFile)(src, dest, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.COPYFILE_FICLONE);
    }
}
async function isFile(path) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(path)).isFile();
    }
    catch {
        return false;
    }
}
/** Whether two files hold the same bytes (the sizes first, then the contents, 1 MiB at a time). */
async function sameBytes(a, b) {
    const [sa, sb] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(a), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(b)]);
    if (sa.size !== sb.size)
        return false;
    if (sa.dev === sb.dev && sa.ino === sb.ino)
        return true;
    const [fa, fb] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.open)(a, 'r'), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.open)(b, 'r')]);
    try {
        const chunk = 1 << 20;
        const ba = Buffer.allocUnsafe(chunk);
        const bb = Buffer.allocUnsafe(chunk);
        for (let at = 0; at < sa.size; at += chunk) {
            const [ra, rb] = await Promise.all([fa.read(ba, 0, chunk, at), fb.read(bb, 0, chunk, at)]);
            if (ra.bytesRead !== rb.bytesRead)
                return false;
            if (!ba.subarray(0, ra.bytesRead).equals(bb.subarray(0, rb.bytesRead)))
                return false;
            if (ra.bytesRead === 0)
                return false;
        }
        return true;
    }
    finally {
        await Promise.all([fa.close(), fb.close()]);
    }
}
/** Reads and checks an extracted entry before anything of it is laid out. */
async function checkEntry(roots, spec, reportPath) {
    const out = roots[0];
    let manifest;
    try {
        manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.stage, MANIFEST), 'utf8'));
    }
    catch (error) {
        throw new Error(`its manifest is unusable (${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)})`);
    }
    if (manifest.format !== CACHE_FORMAT)
        throw new Error(`its format is ${String(manifest.format)}`);
    let report;
    try {
        const cachedReport = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.stage, TREE, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.relative)(out.dir, reportPath));
        report = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(cachedReport, 'utf8'));
        const names = report.cluster.members.map((m) => m.name);
        if (spec.memberNames.some((n) => !names.includes(n)))
            throw new Error('members differ');
    }
    catch (error) {
        throw new Error(`its report is unusable (${(0,_lib_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)})`);
    }
    let entryBytes = 0;
    for (const root of roots)
        entryBytes += await treeBytes(root.stage);
    const db = manifest.db;
    const paths = db?.paths ?? [];
    for (const path of paths) {
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_4__.isAbsolute)(path) || !inside(out.dir, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.dir, path)))
            throw new Error(`its manifest names ${path}, outside the out-dir`);
    }
    if (db !== undefined && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.stage, SHARED_DB))).size !== db.bytes)
        throw new Error('its shared db has another size than its manifest says');
    const dataDirBytes = entryBytes -
        (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(out.stage, MANIFEST))).size +
        (db?.bytes ?? 0) * (paths.length - 1);
    return { report, manifest, size: { entryBytes, dataDirBytes, sharedDbMembers: paths.length } };
}
/** Bytes of the regular files under `dir`. */
async function treeBytes(dir) {
    let bytes = 0;
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(dir, { withFileTypes: true, recursive: true })) {
        if (entry.isFile())
            bytes += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(entry.parentPath, entry.name))).size;
    }
    return bytes;
}
/**
 * Lays an extracted entry out: each stage's tree becomes its root (renamed in when the root is
 * absent or empty, else entry by entry), then every member named by the manifest gets its own
 * copy of the shared db (a reflink where the file system can; the last takes the staged file
 * itself), never a link another member shares: members write their dbs.
 */
async function unstage(roots, manifest, outDir) {
    for (const root of roots)
        await moveTree((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root.stage, TREE), root.dir);
    const paths = manifest.db?.paths ?? [];
    const staged = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(roots[0].stage, SHARED_DB);
    const { atime, mtime } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(staged).catch(() => ({ atime: 0, mtime: 0 }));
    for (const [i, path] of paths.entries()) {
        const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(dest, { force: true });
        if (i === paths.length - 1) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(staged, dest);
        }
        else {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.copyFile)(staged, dest, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.COPYFILE_FICLONE);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.utimes)(dest, atime, mtime);
        }
    }
}
async function moveTree(tree, root) {
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(root).catch(() => undefined);
    if (existing === undefined || existing.length === 0) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(root, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(root), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(tree, root);
        return;
    }
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readdir)(tree)) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, name), { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(tree, name), (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, name));
    }
}


/***/ })

};
