export const id = 124;
export const ids = [124];
export const modules = {

/***/ 90915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CLUSTER_TOKEN),
/* harmony export */   Cg: () => (/* binding */ DEFAULT_CLUSTER_ARTIFACT_NAME),
/* harmony export */   FD: () => (/* binding */ CLUSTER_ARTIFACT_MEMBER),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   N0: () => (/* binding */ DEFAULT_ARTIFACT_NAME),
/* harmony export */   Oz: () => (/* binding */ ARCHIVE_FORMATS),
/* harmony export */   UH: () => (/* binding */ DRILL_LOGS_DIR),
/* harmony export */   Uq: () => (/* binding */ REPORT_FILE),
/* harmony export */   WY: () => (/* binding */ DEFAULT_REPORT_ARTIFACT),
/* harmony export */   dU: () => (/* binding */ DEFAULT_CLUSTER_REPORT_ARTIFACT),
/* harmony export */   mE: () => (/* binding */ DRILL_REPORT_FILE),
/* harmony export */   my: () => (/* binding */ LAYOUTS),
/* harmony export */   tY: () => (/* binding */ Outputs),
/* harmony export */   v4: () => (/* binding */ VERIFY_MODES)
/* harmony export */ });
/** Input names, spelled exactly as in action.yml. */
var Inputs;
(function (Inputs) {
    Inputs["SnapshotArtifact"] = "snapshot-artifact";
    Inputs["SnapshotPath"] = "snapshot-path";
    Inputs["SnapshotFile"] = "snapshot-file";
    Inputs["GitHubToken"] = "github-token";
    Inputs["Repository"] = "repository";
    Inputs["RunId"] = "run-id";
    Inputs["InitialCluster"] = "initial-cluster";
    Inputs["InitialClusterToken"] = "initial-cluster-token";
    Inputs["Members"] = "members";
    Inputs["SkipHashCheck"] = "skip-hash-check";
    Inputs["BumpRevision"] = "bump-revision";
    Inputs["MarkCompacted"] = "mark-compacted";
    Inputs["TargetVersion"] = "target-version";
    Inputs["WalDir"] = "wal-dir";
    Inputs["Path"] = "path";
    Inputs["Upload"] = "upload";
    Inputs["ArtifactName"] = "artifact-name";
    Inputs["Archive"] = "archive";
    Inputs["Layout"] = "layout";
    Inputs["RetentionDays"] = "retention-days";
    Inputs["CompressionLevel"] = "compression-level";
    Inputs["Cache"] = "cache";
    Inputs["Verify"] = "verify";
    Inputs["EtcdPath"] = "etcd-path";
    Inputs["MaxAge"] = "max-age";
    Inputs["DrillTimeout"] = "drill-timeout";
    Inputs["DrillReportArtifact"] = "drill-report-artifact";
    Inputs["DrillUser"] = "drill-user";
    Inputs["DrillPassword"] = "drill-password";
    Inputs["EtcdVersion"] = "etcd-version";
    Inputs["EtcdMirror"] = "etcd-mirror";
    Inputs["EtcdSha256"] = "etcd-sha256";
    Inputs["ClusterName"] = "cluster-name";
    Inputs["ReportArtifact"] = "report-artifact";
    Inputs["BaselineArtifact"] = "baseline-artifact";
    Inputs["BaselineRunId"] = "baseline-run-id";
    Inputs["MaxDrop"] = "max-drop";
    Inputs["MinKeys"] = "min-keys";
    Inputs["Defrag"] = "defrag";
    Inputs["EncryptionConfig"] = "encryption-config";
    Inputs["KubernetesPrefix"] = "kubernetes-prefix";
})(Inputs || (Inputs = {}));
/** Output names, spelled exactly as in action.yml. */
var Outputs;
(function (Outputs) {
    Outputs["ClusterId"] = "cluster-id";
    Outputs["Members"] = "members";
    Outputs["MemberNames"] = "member-names";
    Outputs["SnapshotSha256"] = "snapshot-sha256";
    Outputs["Revision"] = "revision";
    Outputs["CompactRevision"] = "compact-revision";
    Outputs["TotalKeys"] = "total-keys";
    Outputs["Report"] = "report";
    Outputs["CacheHit"] = "cache-hit";
    Outputs["DrillPassed"] = "drill-passed";
    Outputs["DrillReport"] = "drill-report";
    Outputs["SnapshotAgeSeconds"] = "snapshot-age-seconds";
    Outputs["EtcdVersion"] = "etcd-version";
    Outputs["LiveKeys"] = "live-keys";
    Outputs["Kinds"] = "kinds";
    Outputs["BaselinePassed"] = "baseline-passed";
    Outputs["UndecodableObjects"] = "undecodable-objects";
    Outputs["UndecryptableSecrets"] = "undecryptable-secrets";
})(Outputs || (Outputs = {}));
const ARCHIVE_FORMATS = ['tar', 'tar.gz', 'tar.zst', 'zip'];
const LAYOUTS = ['member', 'cluster'];
/** Stands for {name} in artifact-name with layout cluster: `etcd-data-cluster.tar.zst`. */
const CLUSTER_ARTIFACT_MEMBER = 'cluster';
const VERIFY_MODES = ['none', 'boot'];
const DEFAULT_ARTIFACT_NAME = 'etcd-data-{name}';
/** report-artifact's default; tomorrow's run finds it as its baseline. */
const DEFAULT_REPORT_ARTIFACT = 'etcd-restore-report';
/**
 * The defaults when `cluster-name` is set: a matrix over clusters (one job per cluster, same
 * member names) then never uploads two artifacts of one name in a run (409 Conflict).
 */
const DEFAULT_CLUSTER_ARTIFACT_NAME = 'etcd-data-{cluster}-{name}';
const DEFAULT_CLUSTER_REPORT_ARTIFACT = 'etcd-restore-report-{cluster}';
/** etcd's own default token: a restored cluster should get its own so it never joins the old one. */
const DEFAULT_CLUSTER_TOKEN = 'etcd-cluster';
/** The report file, written next to the members' data-dirs. */
const REPORT_FILE = 'etcd-restore-report.json';
/** The drill report (docs/drill-report.schema.json), next to REPORT_FILE. */
const DRILL_REPORT_FILE = 'etcd-restore-drill.json';
/** The drill members' full etcd logs (`<member>.log`), next to DRILL_REPORT_FILE, uploaded with it. */
const DRILL_LOGS_DIR = 'etcd-restore-drill-logs';


/***/ }),

/***/ 55073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ publishInputs),
/* harmony export */   y: () => (/* binding */ checkArchiveSupport)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90915);
/* harmony import */ var _publish_tar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48789);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21732);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86697);





/** upload, artifact-name, archive, layout, retention-days, compression-level, cluster-name, report-artifact. */
function publishInputs(restore) {
    const namedCluster = (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ClusterName);
    const clusterName = namedCluster || restore.initialClusterToken;
    (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .checkArtifactName */ .CN)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ClusterName, clusterName, ` (got '${clusterName}')`);
    // A set cluster-name goes into the default names; names set explicitly are kept as written.
    const defaults = namedCluster
        ? { artifact: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CLUSTER_ARTIFACT_NAME */ .Cg, report: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CLUSTER_REPORT_ARTIFACT */ .dU }
        : { artifact: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ARTIFACT_NAME */ .N0, report: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_REPORT_ARTIFACT */ .WY };
    const reportArtifact = (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .withCluster */ .Bq)((0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ReportArtifact) || defaults.report, clusterName);
    (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .checkArtifactName */ .CN)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ReportArtifact, reportArtifact, ` (got '${reportArtifact}')`);
    const template = (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .withCluster */ .Bq)((0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ArtifactName) || defaults.artifact, clusterName);
    const artifactName = (member) => template.replaceAll('{name}', member);
    const layout = (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Layout, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .LAYOUTS */ .my, 'member');
    const archive = (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Archive, _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVE_FORMATS */ .Oz, 'tar.zst');
    if (layout === 'cluster' && archive === 'zip')
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Layout}: cluster' needs a tar archive (tar, tar.gz, tar.zst): zip cannot hold the hard links that store the db once`);
    if (layout === 'member' && restore.memberNames.length > 1 && !template.includes('{name}'))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ArtifactName}' must contain {name}: one artifact per member, names must differ`);
    (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .checkArtifactName */ .CN)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ArtifactName, artifactName(restore.memberNames[0] ?? ''), ' (forbidden: " : < > | * ? \\ / and line breaks)');
    return {
        upload: (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Upload, true),
        ...{ artifactName, archive, layout },
        retentionDays: (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Wh)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.RetentionDays, 0, 90, 0) || undefined,
        compressionLevel: (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Wh)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.CompressionLevel, 0, 9, 6),
        ...{ clusterName, reportArtifact }
    };
}
/**
 * Fails before any work if nothing here can write the chosen format: tar.zst takes zlib's zstd
 * (Node.js >= 22.15, the runner's Node 24) or, on older Node, the `zstd` binary.
 */
function checkArchiveSupport(archive) {
    if (archive === 'tar.zst' && !(0,_publish_tar_js__WEBPACK_IMPORTED_MODULE_2__/* .zstdEngine */ .GG)())
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`archive 'tar.zst' needs Node.js >= 22.15 (zlib zstd) or zstd on PATH; this is ${process.version} without zstd`);
}


/***/ }),

/***/ 21732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ targetVersion),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   V8: () => (/* binding */ bigUint),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_drill_age_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75358);
/* harmony import */ var _lib_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74853);




/** Typed readers of single inputs; each throws one InputError naming the input. */
function text(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
}
function list(name) {
    const items = text(name)
        .split(/[\s,]+/)
        .filter((s) => s !== '');
    return items.length > 0 ? [...new Set(items)] : undefined;
}
/** YAML 1.2 core-schema booleans, as core.getBooleanInput accepts. */
function bool(name, fallback) {
    const value = text(name);
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`input '${name}' must be true or false, got '${value}'`);
}
function int(name, min, max, fallback) {
    const value = text(name);
    if (value === '')
        return fallback;
    if (!/^[0-9]+$/.test(value) || Number(value) < min || Number(value) > max)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`input '${name}' must be an integer from ${min} to ${max}, got '${value}'`);
    return Number(value);
}
function bigUint(name) {
    const value = text(name);
    if (value === '')
        return 0n;
    if (!/^[0-9]{1,20}$/.test(value) || BigInt(value) > 0xffffffffffffffffn)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`input '${name}' must be an unsigned 64-bit integer, got '${value}'`);
    return BigInt(value);
}
function oneOf(name, allowed, fallback) {
    const value = text(name);
    if (value === '')
        return fallback;
    if (!allowed.includes(value))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`input '${name}' must be one of ${allowed.join(', ')}, got '${value}'`);
    return value;
}
function targetVersion(name) {
    return oneOf(name, _lib_options_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_VERSIONS */ .ag, '3.5');
}
/** A duration such as `26h`, `90m`, `1h30m`, `7d`, in milliseconds; undefined when empty. */
function duration(name) {
    const value = text(name);
    return value === '' ? undefined : (0,_lib_drill_age_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(value, `input '${name}'`);
}


/***/ }),

/***/ 86697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ ignoredWithoutBoot),
/* harmony export */   Bq: () => (/* binding */ withCluster),
/* harmony export */   CN: () => (/* binding */ checkArtifactName),
/* harmony export */   Vz: () => (/* binding */ runId),
/* harmony export */   XM: () => (/* binding */ clusterNames)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90915);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21732);




/** The rules several inputs share, each written once. */
/** Characters @actions/artifact rejects in artifact names (NTFS and URL reasons). */
const BAD_NAME_CHARS = /[":<>|*?\r\n\\/]/;
const MEMBER_NAME = /^[A-Za-z0-9._-]{1,63}$/;
const RUN_ID = /^[1-9][0-9]{0,15}$/;
/**
 * The artifact-name rule: throws naming `input` and the first forbidden character. `detail` ends
 * the message (each input has always said it its own way; the messages are kept as they were).
 */
function checkArtifactName(input, name, detail = '') {
    const bad = BAD_NAME_CHARS.exec(name);
    if (bad)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`input '${input}': artifact names may not contain ${JSON.stringify(bad[0])}${detail}`);
}
/** The run-id rule: a workflow run id, as digits. */
function runId(input, value) {
    if (!RUN_ID.test(value))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`input '${input}' must be a workflow run id (digits), got '${value}'`);
    return Number(value);
}
/** Replaces `{cluster}` in an artifact name template. */
function withCluster(template, clusterName) {
    return template.replaceAll('{cluster}', clusterName);
}
/** Member names of `name=url,name=url` (a name may repeat, one entry per peer URL). */
function clusterNames(initialCluster) {
    const names = [];
    for (const entry of initialCluster.split(',')) {
        const eq = entry.indexOf('=');
        const name = entry.slice(0, Math.max(eq, 0)).trim();
        if (eq <= 0 || entry.slice(eq + 1).trim() === '')
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`input '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.InitialCluster}': '${entry.trim()}' is not name=peer-url`);
        if (!MEMBER_NAME.test(name))
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`input '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.InitialCluster}': member name '${name}' must be 1-63 of A-Z a-z 0-9 . _ - ` +
                `(it names a folder and an artifact)`);
        if (name === '.' || name === '..')
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`input '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.InitialCluster}': member name '${name}' is not allowed`);
        if (!names.includes(name))
            names.push(name);
    }
    return names;
}
/**
 * Warns about drill-only inputs set without `verify: boot`. Tolerated, so a workflow can switch
 * verify with an expression and keep the rest.
 */
function ignoredWithoutBoot(verify, inputs) {
    for (const input of inputs)
        if (verify === 'none' && (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(input))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`input '${input}' is ignored: it needs '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Verify}: boot'`);
}


/***/ }),

/***/ 48789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: () => (/* binding */ zstdEngine),
/* harmony export */   Y0: () => (/* binding */ writeParts),
/* harmony export */   uk: () => (/* binding */ codecFor)
/* harmony export */ });
/* unused harmony exports FIXED_MTIME, entryHeader, tarBytes */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98697);
/**
 * A tar writer that can put one entry's bytes in several archives while compressing them once.
 *
 * Headers are node-tar's own (its `Header` and, when ustar cannot hold an entry, `Pax`), built
 * exactly as node-tar's `create` does with the action's pinned times, so a plain `tar` is the
 * same bytes node-tar writes. An archive is written as parts, each its own compressed stream
 * (zstd frame, gzip member): the part that holds the db's contents can be compressed once into a
 * file and copied into every member's archive, since zstd and gzip readers decompress
 * concatenated frames/members as one stream. The end-of-archive (two zero blocks) is written
 * once, by the last part.
 */







/** Every entry gets this mtime (and atime/ctime), so a data-dir always packs to the same bytes. */
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');
const BLOCK = 512;
const END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK);
const MY_UID = process.getuid?.() ?? 0;
const MY_USER = process.env.USER ?? '';
/** The header block(s) node-tar's create writes for this entry (non-portable, times pinned). */
function entryHeader(item) {
    const isDir = item.type === 'Directory';
    const path = isDir ? `${item.path}/` : item.path;
    const size = item.type === 'File' ? item.stat.size : 0;
    const uname = item.stat.uid === MY_UID ? MY_USER : '';
    const fields = {
        path,
        ...(item.linkpath !== undefined && { linkpath: item.linkpath }),
        mode: modeFix(item.stat.mode, isDir),
        uid: item.stat.uid,
        gid: item.stat.gid,
        size,
        mtime: FIXED_MTIME,
        type: item.type,
        uname,
        atime: FIXED_MTIME,
        ctime: FIXED_MTIME
    };
    const header = new tar__WEBPACK_IMPORTED_MODULE_6__/* .Header */ .Y9(fields);
    const needPax = header.encode();
    if (!header.block)
        throw new Error(`tar: no header for ${path}`);
    if (!needPax)
        return header.block;
    const pax = new tar__WEBPACK_IMPORTED_MODULE_6__/* .Pax */ .un({
        ...{ atime: FIXED_MTIME, ctime: FIXED_MTIME, mtime: FIXED_MTIME },
        ...{ gid: header.gid, uid: header.uid, uname: header.uname, size: header.size },
        path,
        ...(item.linkpath !== undefined && { linkpath: item.linkpath }),
        ...{ dev: 0, ino: 0, nlink: 1 }
    });
    return Buffer.concat([pax.encode(), header.block]);
}
/** node-tar's mode-fix, non-portable: permission bits; a readable folder is listable. */
function modeFix(mode, isDir) {
    let m = mode & 0o7777;
    if (isDir) {
        if (m & 0o400)
            m |= 0o100;
        if (m & 0o40)
            m |= 0o10;
        if (m & 0o4)
            m |= 0o1;
    }
    return m;
}
/** The bytes of `items` (headers, contents, padding), then the end-of-archive when `end`. */
async function* tarBytes(root, items, end) {
    for (const item of items) {
        if (item.header)
            yield entryHeader(item);
        if (item.type !== 'File' || !item.body || item.stat.size === 0)
            continue;
        let read = 0;
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(root, item.path), {
            highWaterMark: 1 << 20
        })) {
            read += chunk.length;
            if (read > item.stat.size)
                break;
            yield chunk;
        }
        if (read !== item.stat.size)
            throw new Error(`tar: ${item.path} changed while packed (${read} ≠ ${item.stat.size} bytes)`);
        const pad = (BLOCK - (read % BLOCK)) % BLOCK;
        if (pad > 0)
            yield Buffer.alloc(pad);
    }
    if (end)
        yield END_OF_ARCHIVE;
}
/**
 * The output buffer of zlib's compressors. Each one filled is a round trip to libuv's thread
 * pool: with the default 16 KiB, a 1.1 GB db of values that do not compress took 4.4 s through
 * zstd level 3, with 1 MiB 2.5 s (`zstd -3` 1.4 s); the bytes are the same.
 */
const CODEC_CHUNK = 1 << 20;
/** zlib's zstd (Node ≥ 22.15), else the `zstd` binary when it is on PATH. */
function zstdEngine() {
    if (typeof node_zlib__WEBPACK_IMPORTED_MODULE_4__.createZstdCompress === 'function')
        return 'zlib';
    const probe = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('zstd', ['--version'], { stdio: 'ignore' });
    return probe.status === 0 ? 'binary' : undefined;
}
function codecFor(archive, level) {
    if (archive === 'tar.gz')
        return {
            engine: 'zlib',
            stream: () => ({
                transform: node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGzip({ level, chunkSize: CODEC_CHUNK }),
                done: Promise.resolve()
            })
        };
    if (archive !== 'tar.zst')
        return undefined;
    // Level 0 is zstd's default (3).
    const zstdLevel = Math.max(level, 1);
    const engine = zstdEngine();
    if (engine === 'zlib')
        return {
            engine,
            stream: () => ({
                transform: node_zlib__WEBPACK_IMPORTED_MODULE_4__.createZstdCompress({
                    chunkSize: CODEC_CHUNK,
                    params: { [node_zlib__WEBPACK_IMPORTED_MODULE_4__.constants.ZSTD_c_compressionLevel]: zstdLevel }
                }),
                done: Promise.resolve()
            })
        };
    if (engine === 'binary')
        return { engine: 'zstd binary', stream: () => zstdProcess(zstdLevel) };
    throw new Error(`archive 'tar.zst' needs Node.js >= 22.15 (zlib zstd) or zstd on PATH`);
}
/** `zstd -<level> -c` as a transform; `done` rejects when it exits non-zero. */
function zstdProcess(level) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('zstd', ['-q', `-${level}`, '-c'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d.toString()));
    const done = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => code === 0 ? resolve() : reject(new Error(`zstd exited ${code}: ${stderr.trim()}`)));
    });
    return { transform: node_stream__WEBPACK_IMPORTED_MODULE_2__.Duplex.from({ writable: child.stdin, readable: child.stdout }), done };
}
/**
 * Writes `parts` one after another into `file` (mode 0600; `append`: after what it holds): entry
 * parts through `codec` (each its own frame), compressed parts copied. `counter` sees every
 * byte written.
 */
async function writeParts(root, parts, file, codec, counter, append = false) {
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(file, { mode: 0o600, flags: append ? 'a' : 'w' });
    counter.pipe(out);
    try {
        for (const part of parts)
            await writePart(root, part, codec, counter);
        counter.end();
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.finished)(out);
    }
    catch (error) {
        counter.destroy();
        out.destroy();
        throw error;
    }
}
async function writePart(root, part, codec, sink) {
    if ('compressed' in part) {
        const { start, length } = part;
        const range = length === undefined ? {} : { start: start ?? 0, end: (start ?? 0) + length - 1 };
        if (length !== 0)
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(part.compressed, range), sink, { end: false });
        return;
    }
    if (!codec) {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(tarBytes(root, part.items, part.end)), sink, { end: false });
        return;
    }
    const { transform, done } = codec.stream();
    await Promise.all([
        feed(tarBytes(root, part.items, part.end), transform),
        (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(transform, sink, { end: false }),
        done
    ]);
}
/**
 * Writes every chunk into `transform`, each once the previous one is compressed, then ends it.
 * Streamed by a pipeline, the last chunk would be compressed with the end flag whenever the
 * source ended before it was processed, and zstd then writes another frame (a content size in
 * its header, other blocks): the same data-dir would pack to different bytes from run to run.
 * Fed this way every chunk is compressed with ZSTD_e_continue and the end is its own empty
 * flush, so the bytes depend on the data alone.
 */
async function feed(source, transform) {
    try {
        for await (const chunk of source)
            await new Promise((resolve, reject) => transform.write(chunk, (error) => (error ? reject(error) : resolve())));
        transform.end();
    }
    catch (error) {
        transform.destroy(error);
        throw error;
    }
}


/***/ }),

/***/ 26398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KG: () => (/* binding */ UPLOAD_CONCURRENCY),
  Ft: () => (/* binding */ publishMembers),
  lX: () => (/* binding */ uploadDrillReport),
  a3: () => (/* binding */ uploadReport)
});

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 107 modules
var lib_artifact = __webpack_require__(67458);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/heap.ts + 2 modules
var heap = __webpack_require__(46497);
// EXTERNAL MODULE: ./src/lib/interrupt.ts
var interrupt = __webpack_require__(84068);
// EXTERNAL MODULE: ./src/lib/format.ts
var format = __webpack_require__(50432);
// EXTERNAL MODULE: ./src/lib/restore/db.ts
var db = __webpack_require__(68866);
// EXTERNAL MODULE: ./src/action/constants.ts
var constants = __webpack_require__(90915);
// EXTERNAL MODULE: ./src/action/inputs/publish.ts
var publish = __webpack_require__(55073);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/action/publish/tar.ts
var tar = __webpack_require__(48789);
;// CONCATENATED MODULE: ./src/action/publish/archive.ts









const PROGRESS_EVERY_MS = 5000;
/** Writes a tar (optionally gzip/zstd) of `paths` under `root`, logging progress every few seconds. */
async function pack(root, paths, file, options, logger) {
    const items = await tarItems(root, paths);
    await packParts(root, [{ items, end: true }], file, options, logger);
}
/**
 * Writes an archive made of `parts` (see tar.ts), logging progress every few seconds; with
 * `append`, after what `file` holds (a failure then leaves the file as it was written so far).
 */
async function packParts(root, parts, file, options, logger, append = false) {
    const codec = (0,tar/* codecFor */.uk)(options.archive, options.compressionLevel);
    const started = Date.now();
    let bytes = 0;
    let lastLog = started;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            bytes += chunk.length;
            const now = Date.now();
            if (now - lastLog >= PROGRESS_EVERY_MS) {
                lastLog = now;
                logger.info(`packing: ${(0,format/* formatBytes */.z3)(bytes)} written (${(0,format/* formatRate */.CE)(bytes, now - started)})`);
            }
            done(null, chunk);
        }
    });
    // a failed pack leaves no partial archive; a full disk says where
    await (0,tar/* writeParts */.Y0)(root, parts, file, codec, counter, append).catch(async (error) => {
        if (!append)
            await (0,promises_.rm)(file, { force: true });
        throw (0,errors/* diskFull */.xg)(error, file);
    });
    const ms = Date.now() - started;
    const entries = parts.reduce((n, p) => n + ('items' in p ? p.items.filter((i) => i.header).length : 0), 0);
    logger.info(`Packed ${entries} entries into ${(0,format/* formatBytes */.z3)(bytes)} in ${(0,format/* formatDuration */.a3)(ms)} (${(0,format/* formatRate */.CE)(bytes, ms)})`);
}
/** A tar item (header and contents) for each of `paths` under `root`, from lstat. */
async function tarItems(root, paths) {
    return Promise.all(paths.map(async (path) => {
        const st = await (0,promises_.lstat)((0,external_node_path_.join)(root, path));
        if (!st.isDirectory() && !st.isFile())
            throw new Error(`cannot pack ${path}: neither a file nor a folder`);
        const type = st.isDirectory() ? 'Directory' : 'File';
        return { path, type, stat: st, header: true, body: true };
    }));
}
/**
 * Compresses `db`'s contents (padded to a tar block) into `file`, once; with `hash`, its sha256
 * tells which members' dbs are the same bytes.
 */
async function compressDbOnce(db, file, options, logger, hash = true) {
    const started = Date.now();
    const st = await (0,promises_.stat)(db);
    const item = { path: (0,external_node_path_.basename)(db), type: 'File', stat: st, header: false, body: true };
    const [sha256] = await Promise.all([
        hash ? sha256File(db) : undefined,
        packParts((0,external_node_path_.dirname)(db), [{ items: [item], end: false }], file, options, silent)
    ]);
    const compressedBytes = (await (0,promises_.stat)(file)).size;
    const ms = Date.now() - started;
    logger.info(`Compressed the db once for every member: ${(0,format/* formatBytes */.z3)(st.size)} → ` +
        `${(0,format/* formatBytes */.z3)(compressedBytes)} in ${(0,format/* formatDuration */.a3)(ms)} (${(0,format/* formatRate */.CE)(st.size, ms)})`);
    return { file, ...(sha256 !== undefined && { sha256 }), size: st.size, compressedBytes };
}
/**
 * A member's archive around a shared db: its entries up to and with the db's header (one stream),
 * the shared compressed contents, then its remaining entries and the end-of-archive (another).
 * Undefined when `items` has no regular file at `dbPath`.
 */
function partsAroundDb(items, dbPath, shared) {
    const at = items.findIndex((i) => i.path === dbPath && i.type === 'File');
    const db = items[at];
    if (!db || db.stat.size !== shared.size)
        return undefined;
    return [
        { items: [...items.slice(0, at), { ...db, body: false }], end: false },
        { compressed: shared.file },
        { items: items.slice(at + 1), end: true }
    ];
}
const silent = { info: () => { }, warn: () => { }, debug: () => { }, group: (_n, fn) => fn() };
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 }), hash);
    return hash.digest('hex');
}
/** `dir` and everything below it, relative to `root`, parents before children, sorted. */
async function walk(root, dir) {
    const below = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    const entries = await Promise.all(below.map(async (e) => {
        const full = (0,external_node_path_.join)(e.parentPath, e.name);
        const bytes = e.isFile() ? (await (0,promises_.stat)(full)).size : 0;
        return { path: toPosix((0,external_node_path_.relative)(root, full)), dir: e.isDirectory(), bytes };
    }));
    entries.push({ path: toPosix((0,external_node_path_.relative)(root, dir)), dir: true, bytes: 0 });
    return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function toPosix(path) {
    return path.split(external_node_path_.sep).join('/');
}
function isInside(path, dir) {
    const rel = (0,external_node_path_.relative)(dir, path);
    return rel === '' || (!rel.startsWith('..') && !rel.startsWith(external_node_path_.sep));
}
/** The deepest folder containing every dir's parent, so each dir appears by its own name. */
function commonParent(dirs) {
    let root = (0,external_node_path_.dirname)(dirs[0]);
    while (!dirs.every((d) => isInside(d, root)) && (0,external_node_path_.dirname)(root) !== root)
        root = (0,external_node_path_.dirname)(root);
    return root;
}
/**
 * Layout member's archives, one after another, in ONE file, so the disk holds the db compressed
 * once at any time: the first member's archive is written whole (its head: the entries up to the
 * db's header; the db's frames; its tail: the rest and the end-of-archive), and each next
 * member's rewrites the head and the tail around the db's frames in the same file (renamed),
 * moving the frames when the head's compressed length differs (a member name of another length,
 * or just other bytes). Every archive is the bytes packParts writes for its [head, db, tail]:
 * each part its own frame.
 */
class CarriedDb {
    workDir;
    options;
    logger;
    file;
    /** Where the db's compressed frames are in `file`. */
    db = { start: 0, length: 0 };
    constructor(workDir, options, logger) {
        this.workDir = workDir;
        this.options = options;
        this.logger = logger;
    }
    /** The archive of [head, `db`'s contents, tail] at `path` (the file moves there). */
    async write(root, head, db, tail, path) {
        const headPart = { items: [...head, { ...db, body: false }], end: false };
        const tailPart = { items: tail, end: true };
        try {
            if (this.file === undefined)
                await this.writeFirst(root, headPart, db, tailPart, path);
            else
                await this.rewrite(root, headPart, tailPart, path);
        }
        catch (error) {
            await this.remove();
            await (0,promises_.rm)(path, { force: true });
            throw error;
        }
    }
    async writeFirst(root, head, db, tail, path) {
        const started = Date.now();
        await packParts(root, [head], path, this.options, silent);
        const start = (await (0,promises_.stat)(path)).size;
        const body = { items: [{ ...db, header: false, body: true }], end: false };
        await packParts(root, [body], path, this.options, silent, true);
        const length = (await (0,promises_.stat)(path)).size - start;
        await packParts(root, [tail], path, this.options, silent, true);
        this.file = path;
        this.db = { start, length };
        const ms = Date.now() - started;
        this.logger.info(`Compressed the db once for every member: ${(0,format/* formatBytes */.z3)(db.stat.size)} → ` +
            `${(0,format/* formatBytes */.z3)(length)} in ${(0,format/* formatDuration */.a3)(ms)} (${(0,format/* formatRate */.CE)(db.stat.size, ms)})`);
    }
    async rewrite(root, head, tail, path) {
        const headFile = (0,external_node_path_.join)(this.workDir, 'next-head.part');
        const tailFile = (0,external_node_path_.join)(this.workDir, 'next-tail.part');
        try {
            await packParts(root, [head], headFile, this.options, silent);
            await packParts(root, [tail], tailFile, this.options, silent);
            const headBytes = await (0,promises_.readFile)(headFile);
            const { start, length } = this.db;
            await (0,promises_.rename)(this.file, path);
            this.file = path;
            const handle = await (0,promises_.open)(path, 'r+');
            try {
                await handle.truncate(start + length); // the last member's tail goes
                // a head of another length moves the db's frames in the file (no second copy on disk)
                await moveRange(handle, start, length, headBytes.length - start);
                await handle.write(headBytes, 0, headBytes.length, 0);
                await handle.truncate(headBytes.length + length);
            }
            finally {
                await handle.close();
            }
            this.db = { start: headBytes.length, length };
            await packParts(root, [{ compressed: tailFile }], path, this.options, silent, true);
        }
        finally {
            await Promise.all([(0,promises_.rm)(headFile, { force: true }), (0,promises_.rm)(tailFile, { force: true })]);
        }
    }
    /** Removes the file (after the last upload, or a failure). */
    async remove() {
        if (this.file !== undefined)
            await (0,promises_.rm)(this.file, { force: true });
        this.file = undefined;
    }
}
/**
 * Moves `length` bytes at `start` of an open file by `delta` bytes (a memmove within the file),
 * 1 MiB at a time, from the end first when moving up, so no byte is overwritten before it moved.
 */
async function moveRange(handle, start, length, delta) {
    if (delta === 0 || length === 0)
        return;
    const chunk = Buffer.allocUnsafe(Math.min(length, MOVE_CHUNK));
    for (let done = 0; done < length;) {
        const n = Math.min(chunk.length, length - done);
        const from = delta > 0 ? start + length - done - n : start + done;
        const { bytesRead } = await handle.read(chunk, 0, n, from);
        if (bytesRead !== n)
            throw new Error(`moving the db's frames: read ${bytesRead} of ${n} bytes`);
        await handle.write(chunk, 0, n, from + delta);
        done += n;
    }
}
const MOVE_CHUNK = 1 << 20;

;// CONCATENATED MODULE: ./src/action/publish/pool.ts
/**
 * Runs `fn` over `items` with at most `limit` calls in flight; the results keep the items' order,
 * whatever order the calls finish in. After a failure no new call starts; the ones in flight are
 * awaited (so none is left writing or uploading), then the first error is thrown.
 */
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure)
        throw failure.error;
    return results;
}

;// CONCATENATED MODULE: ./src/action/publish/upload.ts
/**
 * Every artifact the action uploads: the members' data-dirs, the drill report and the report.
 * Only the members' upload can fail the step; the two reports are on disk whatever happens.
 */












/**
 * Members' artifacts packed and uploaded at once: one. What fills the link is the blocks in
 * flight (BLOCKS_PER_UPLOAD), and they cost less memory in one upload than spread over several:
 * each upload of the artifact client holds ~50 MB of its own besides its blocks (an 8 MiB read,
 * an 8 MiB-high-water-mark transform, a pass-through, the block being filled: measured, issue
 * 26), so 3 uploads × 2 blocks peaked at ~300 MB RSS and 1 upload × 4 blocks at ~215 MB, in the
 * same wall time against the emulator. One archive on disk at a time, too.
 */
const UPLOAD_CONCURRENCY = 1;
/**
 * The artifact client's ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY (its default 5): the 8 MiB buffers
 * its block scheduler pools per upload (@azure/storage-blob's uploadStream), of which
 * ceil(3/4 of it) are PUT at once. 3 keeps 3 PUTs in flight, as 4 did, with one 8 MiB buffer
 * less: with 4 the fourth was only filled ahead of a free slot, and the next block's bytes are
 * already waiting in the scheduler when a PUT ends, so no PUT waits for it (issue 26: ~5-10 MB
 * less peak RSS; 2 saves another 8 MiB but leaves 2 PUTs in flight, which a real service's
 * latency would feel). The runner's own ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY wins.
 */
const BLOCKS_PER_UPLOAD = '3';
const EXTENSION = {
    tar: '.tar',
    'tar.gz': '.tar.gz',
    'tar.zst': '.tar.zst',
    zip: ''
};
/**
 * Uploads each member's data-dir as one artifact, UPLOAD_CONCURRENCY at once (`concurrency`
 * sets it); the result is in the members' order whatever order the uploads finish in. Tar
 * formats keep the 0700/0600 modes etcd checks and are uploaded as a single file (skipArchive),
 * so the service's zip never wraps them. Each member logs one line when it starts and one when
 * it is uploaded (no log groups: with `concurrency`, uploads overlap).
 */
async function publishMembers(members, options, logger) {
    (0,publish/* checkArchiveSupport */.y)(options.archive);
    if (options.archive === 'zip')
        logger.warn('archive: zip loses file modes (etcd wants 0700 dirs): chmod -R go-rwx the data-dir after download');
    process.env.ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY ??= BLOCKS_PER_UPLOAD;
    const stopReclaiming = (0,heap/* reclaimDroppedBuffers */.jb)();
    // a signal mid-upload removes the archives (lib/interrupt.ts); a failure removes them itself
    const untrack = (0,interrupt/* trackFolder */.MZ)(options.workDir);
    try {
        return await publishAll(members, options, logger);
    }
    finally {
        untrack();
        stopReclaiming();
    }
}
async function publishAll(members, options, logger) {
    const client = new lib_artifact/* DefaultArtifactClient */.t9();
    if (options.layout === 'cluster') {
        if (options.archive === 'zip')
            throw new Error("layout 'cluster' needs a tar archive (tar, tar.gz, tar.zst), not zip");
        return [await publishCluster(client, members, options, logger)];
    }
    const limit = options.concurrency ?? UPLOAD_CONCURRENCY;
    const started = Date.now();
    // one at a time, a compressed archive carries the db from member to member (one file);
    // uploads at once share a file of the db's frames, each member's archive a copy of them
    const carried = limit === 1 && compressed(options.archive) && members.length > 1;
    const carrier = carried ? new CarriedDb(options.workDir, options, logger) : undefined;
    (0,heap/* memoryPhase */.Hn)('upload: compress the db once');
    const shared = carried ? undefined : await shareDb(members, options, logger);
    const pack = carrier
        ? packCarried(carrier, await (0,db/* dbsKnownSame */.B8)(options.db, dbPaths(members)), options)
        : packAroundShared(shared, options);
    (0,heap/* memoryPhase */.Hn)('upload: members');
    try {
        await (0,promises_.mkdir)(options.workDir, { recursive: true });
        const published = await mapBounded(members, limit, (member) => {
            const name = options.artifactName(member.name) + EXTENSION[options.archive];
            return publishOne(client, member, name, options, pack, prefixed(logger, `${member.name}: `));
        });
        const raw = published.reduce((sum, p) => sum + p.rawBytes, 0);
        const stored = published.reduce((sum, p) => sum + p.size, 0);
        const ms = Date.now() - started;
        logger.info(`Uploaded ${published.length} artifacts (${Math.min(limit, members.length)} at once): ` +
            `${(0,format/* formatBytes */.z3)(raw)} → ${(0,format/* formatBytes */.z3)(stored)} stored in ${(0,format/* formatDuration */.a3)(ms)}`);
        return published;
    }
    finally {
        if (shared)
            await (0,promises_.rm)(shared.file, { force: true });
        await carrier?.remove();
    }
}
function compressed(archive) {
    return archive === 'tar.gz' || archive === 'tar.zst';
}
/** The db's place in a data-dir. */
const DB = 'member/snap/db';
function dbPaths(members) {
    return members.map((m) => (0,external_node_path_.join)(m.dataDir, DB));
}
/**
 * For a compressed archive of several members: the first member's db compressed once, for every
 * member whose db is the same bytes (all of them, after a restore) to copy into its archive.
 * Their sha256 tells which are, unless the restore says they all are (then none is hashed).
 */
async function shareDb(members, options, logger) {
    if (!compressed(options.archive) || members.length < 2)
        return undefined;
    await (0,promises_.mkdir)(options.workDir, { recursive: true });
    const file = (0,external_node_path_.join)(options.workDir, `shared-db${EXTENSION[options.archive]}`);
    const known = await (0,db/* dbsKnownSame */.B8)(options.db, dbPaths(members));
    try {
        return await compressDbOnce((0,external_node_path_.join)(members[0].dataDir, DB), file, options, logger, !known);
    }
    catch (error) {
        await (0,promises_.rm)(file, { force: true });
        throw error;
    }
}
/**
 * Layout cluster: one archive of every member's folders, the db stored once (the first member's
 * as a file, each other member's, when the same bytes, as a hard link to it).
 */
async function publishCluster(client, members, options, logger) {
    const name = options.artifactName(constants/* CLUSTER_ARTIFACT_MEMBER */.FD) + EXTENSION[options.archive];
    const dirsOf = (m) => isInside(m.walDir, m.dataDir) ? [m.dataDir] : [m.dataDir, m.walDir];
    const root = commonParent(members.flatMap(dirsOf));
    const items = [];
    let rawBytes = 0;
    // the restore's word that every db is the same bytes spares reading each to compare
    const known = await (0,db/* dbsKnownSame */.B8)(options.db, dbPaths(members));
    let first;
    let linked = 0;
    for (const member of members) {
        const entries = (await Promise.all(dirsOf(member).map((d) => walk(root, d)))).flat();
        rawBytes += entries.reduce((sum, e) => sum + e.bytes, 0);
        const dbPath = toPosixRelative(root, (0,external_node_path_.join)(member.dataDir, DB));
        for (const item of await tarItems(root, entries.map((e) => e.path))) {
            if (item.path !== dbPath) {
                items.push(item);
                continue;
            }
            const sha256 = known ? undefined : await sha256File((0,external_node_path_.join)(root, dbPath));
            if (!first)
                first = { path: dbPath, ...(sha256 !== undefined && { sha256 }) };
            else if (sha256 === first.sha256) {
                items.push({ ...item, type: 'Link', linkpath: first.path, body: false });
                linked++;
                continue;
            }
            else
                logger.warn(`${member.name}: its db differs from ${first.path}: stored again`);
            items.push(item);
        }
    }
    logger.info(`uploading as ${name}: ${members.length} members, ${(0,format/* formatBytes */.z3)(rawBytes)} in ` +
        `${items.length} entries (the db stored once, ${linked} hard links to it)`);
    const started = Date.now();
    const pack = (path) => packParts(root, [{ items, end: true }], path, options, logger);
    const result = await uploadArchive(client, name, options, async (path) => (await pack(path), false));
    const dirs = members.map((m) => toPosixRelative(root, m.dataDir));
    return published(result, members, dirs, name, rawBytes, options, Date.now() - started, logger);
}
function toPosixRelative(root, path) {
    return (0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join('/');
}
/** A logger whose lines start with `prefix`, so overlapping members' lines stay apart. */
function prefixed(logger, prefix) {
    return {
        info: (m) => logger.info(prefix + m),
        warn: (m) => logger.warn(prefix + m),
        debug: (m) => logger.debug(prefix + m),
        group: (name, fn) => logger.group(prefix + name, fn)
    };
}
/** The members' archives around the db compressed once into a shared file (or none). */
function packAroundShared(shared, options) {
    return async (root, member, entries, path, logger) => {
        const parts = await memberParts(root, member, entries, shared, logger);
        await packParts(root, parts, path, options, logger);
        return false;
    };
}
/**
 * The members' archives, one at a time, in one file that carries the db's frames from one to
 * the next (CarriedDb). A member whose db is not the first's bytes (its sha256, unless the
 * restore says they all are) gets an archive of its own.
 */
function packCarried(carrier, known, options) {
    let first;
    return async (root, member, entries, path, logger) => {
        const { items, dbPath } = await memberItems(root, member, entries);
        const at = items.findIndex((i) => i.path === dbPath && i.type === 'File');
        const db = items[at];
        const own = async () => (await packParts(root, [{ items, end: true }], path, options, logger),
            false);
        if (!db)
            return own();
        const sha256 = known ? undefined : await sha256File((0,external_node_path_.join)(root, dbPath));
        if (first && (first.size !== db.stat.size || first.sha256 !== sha256)) {
            logger.warn(`its db differs from the first member's: compressed on its own`);
            return own();
        }
        first ??= { size: db.stat.size, ...(sha256 !== undefined && { sha256 }) };
        await carrier.write(root, items.slice(0, at), db, items.slice(at + 1), path);
        return true;
    };
}
async function publishOne(client, member, name, options, pack, logger) {
    const dirs = [member.dataDir];
    if (!isInside(member.walDir, member.dataDir))
        dirs.push(member.walDir);
    const root = commonParent(dirs);
    const entries = (await Promise.all(dirs.map((d) => walk(root, d)))).flat();
    const rawBytes = entries.reduce((sum, e) => sum + e.bytes, 0);
    logger.info(`uploading as ${name}: ${(0,format/* formatBytes */.z3)(rawBytes)} in ${entries.length} entries`);
    const started = Date.now();
    const result = options.archive === 'zip'
        ? await uploadZip(client, root, entries, name, options)
        : await uploadArchive(client, name, options, (path) => pack(root, member, entries, path, logger));
    const memberDir = [toPosixRelative(root, member.dataDir)];
    return published(result, [member], memberDir, name, rawBytes, options, Date.now() - started, logger);
}
/**
 * A member's archive: its entries up to the db's header, then the shared compressed db when its
 * db is the same bytes, then its remaining entries and the end-of-archive; else one part.
 */
async function memberParts(root, member, entries, shared, logger) {
    const { items, dbPath } = await memberItems(root, member, entries);
    const parts = shared && partsAroundDb(items, dbPath, shared);
    if (!shared || !parts)
        return [{ items, end: true }];
    // no sha256: the restore said every member's db is the shared one's bytes (dbsKnownSame)
    if (shared.sha256 !== undefined && (await sha256File((0,external_node_path_.join)(root, dbPath))) !== shared.sha256) {
        logger.warn(`its db differs from the first member's: compressed on its own`);
        return [{ items, end: true }];
    }
    return parts;
}
/** A member's tar items, and its db's path among them. */
async function memberItems(root, member, entries) {
    const items = await tarItems(root, entries.map((e) => e.path));
    return { items, dbPath: toPosixRelative(root, (0,external_node_path_.join)(member.dataDir, DB)) };
}
/** The artifact's record, and the line saying it is uploaded. */
function published(result, members, dirs, name, rawBytes, options, ms, logger) {
    const size = result.size ?? 0;
    const { id, digest } = result;
    if (id === undefined || !digest)
        throw new Error(`upload of artifact ${name} returned no id or digest`);
    logger.info(`uploaded ${name}: ${(0,format/* formatBytes */.z3)(rawBytes)} → ${(0,format/* formatBytes */.z3)(size)} stored in ` +
        `${(0,format/* formatDuration */.a3)(ms)} (${(0,format/* formatRate */.CE)(size, ms)}), id ${id}, sha256 ${digest}`);
    const { archive } = options;
    const layout = options.layout ?? 'member';
    const names = members.map((m) => m.name);
    return { members: names, dirs, name, id, size, rawBytes, digest, archive, layout, ms };
}
/** zip: the service zips the member's files (modes lost). */
async function uploadZip(client, root, entries, name, options) {
    const files = entries.filter((e) => !e.dir).map((e) => (0,external_node_path_.join)(root, e.path));
    const { retentionDays, compressionLevel } = options;
    return client.uploadArtifact(name, files, root, { retentionDays, compressionLevel });
}
/**
 * Uploads the tar archive `write` puts at `<workDir>/<name>` as a single file (no zip around
 * it); the file is removed after, unless `write` says it stays.
 */
async function uploadArchive(client, name, options, write) {
    await (0,promises_.mkdir)(options.workDir, { recursive: true });
    const archivePath = (0,external_node_path_.join)(options.workDir, name);
    let keep = false;
    try {
        (0,heap/* memoryPhase */.Hn)(`upload: pack ${name}`);
        keep = await write(archivePath);
        (0,heap/* memoryPhase */.Hn)(`upload: send ${name}`);
        (0,heap/* reclaimNow */.AR)(); // the packing's Buffers, before the artifact client's
        return await client.uploadArtifact(name, [archivePath], options.workDir, {
            retentionDays: options.retentionDays,
            skipArchive: true
        });
    }
    finally {
        (0,heap/* reclaimNow */.AR)(); // the artifact client's Buffers, before the next member's packing
        if (!keep)
            await (0,promises_.rm)(archivePath, { force: true });
    }
}
/**
 * Uploads the drill report, with the members' full etcd logs, as `drill-report-artifact`; every
 * file is under `root`. A failure is returned, to fail the step last.
 */
async function uploadDrillReport(files, root, name, { retentionDays }, logger) {
    try {
        const result = await new lib_artifact/* DefaultArtifactClient */.t9().uploadArtifact(name, files, root, {
            retentionDays
        });
        if (result.id === undefined || !result.digest)
            throw new Error('no id or digest returned');
        const artifact = { name, id: result.id, digest: result.digest, size: result.size ?? 0 };
        logger.info(`Uploaded the drill report${files.length > 1 ? ` and ${files.length - 1} etcd logs` : ''} as ${name}: id ${artifact.id}, sha256 ${artifact.digest}`);
        return { artifact };
    }
    catch (error) {
        // Kept for the end: the verdict, outputs and summary come first.
        return { uploadError: `upload of drill report artifact ${name}: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
}
/** Uploads the report JSON as `report-artifact`; an upload failure is a warning (the report is on disk). */
async function uploadReport(reportPath, reportArtifact, retentionDays, logger) {
    try {
        const { id } = await new lib_artifact/* DefaultArtifactClient */.t9().uploadArtifact(reportArtifact, [reportPath], (0,external_node_path_.dirname)(reportPath), { retentionDays });
        logger.info(`Uploaded the report as artifact '${reportArtifact}' (id ${id})`);
    }
    catch (error) {
        logger.warn(`upload of report artifact '${reportArtifact}' failed: ${(0,errors/* errorMessage */.gJ)(error)} ` +
            '(in a matrix over clusters, set cluster-name per job, or put {cluster} in report-artifact)');
    }
}


/***/ }),

/***/ 70124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  start: () => (/* binding */ start)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/interrupt.ts
var interrupt = __webpack_require__(84068);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/action/core-logger.ts

/**
 * The library's Logger on top of @actions/core. Groups do not nest in the runner's UI, so a group
 * opened inside another one is logged as a plain line instead of breaking the outer group.
 */
function coreLogger() {
    let depth = 0;
    return {
        info: (message) => core/* info */.pq(message),
        warn: (message) => core/* warning */.$e(message),
        debug: (message) => core/* debug */.Yz(message),
        async group(name, fn) {
            if (depth > 0) {
                core/* info */.pq(`-- ${name}`);
                return fn();
            }
            depth++;
            try {
                return await core/* group */.Os(name, fn);
            }
            finally {
                depth--;
            }
        }
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 107 modules
var lib_artifact = __webpack_require__(67458);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/lib/retry.ts
var lib_retry = __webpack_require__(61737);
;// CONCATENATED MODULE: ./src/action/download/artifact.ts




/** @actions/artifact's words when its own blob retries ran out (download-artifact.js). */
const CLIENT_GAVE_UP = /Artifact download failed after (\d+) retries/;
/** Downloads `artifact` into `dir`, its digest checked; throws one SnapshotError line. */
async function downloadArtifactSafely(d) {
    const { artifact, dir } = d;
    const what = `download of ${d.label}`;
    if (!artifact.digest)
        d.logger.warn(`${d.label} has no digest: its bytes cannot be checked against the service ` +
            '(the snapshot is still checked against its own sha256 trailer)');
    // a signal mid-download removes the partial download (lib/interrupt.ts)
    const untrack = (0,interrupt/* trackFolder */.MZ)(dir);
    try {
        await (0,lib_retry/* withRetries */.LH)(async () => {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            await (0,promises_.mkdir)(dir, { recursive: true });
            const result = await d.client
                .downloadArtifact(artifact.id, {
                ...(d.findBy && { findBy: d.findBy }),
                ...{ path: dir, expectedHash: artifact.digest }
            })
                .catch((error) => {
                throw classify(error);
            });
            await d.afterDownload?.();
            if (result.digestMismatch)
                throw new Error(`the downloaded bytes do not match its digest ${artifact.digest}`);
        }, {
            policy: d.retry,
            logger: d.logger,
            what,
            cleanup: () => (0,promises_.rm)(dir, { recursive: true, force: true })
        });
    }
    catch (error) {
        if (!(error instanceof lib_retry/* RetriesFailed */.I3))
            throw error;
        throw new errors/* SnapshotError */.JC((0,lib_retry/* retriedMessage */.vO)(what, error), { cause: error.last });
    }
    finally {
        untrack();
    }
}
/** Whether another call may pass: see the module comment. */
function classify(error) {
    const message = error instanceof Error ? error.message : String(error);
    const gaveUp = CLIENT_GAVE_UP.exec(message);
    if (gaveUp) {
        const tries = Number(gaveUp[1]);
        return new lib_retry/* PermanentFailure */.RC(`blob storage failed ${tries} times in a row (@actions/artifact retries it itself, 5 s apart; ` +
            "each try's error is in the step's debug log)", error, tries);
    }
    // the REST call of a cross-run download (octokit's RequestError carries the HTTP status)
    const status = error.status;
    const code = error.code;
    const retryable = (typeof status === 'number' && (status >= 500 || status === 408 || status === 429)) ||
        (typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN)$/.test(code));
    const reason = typeof status === 'number' ? `${message} (HTTP ${status})` : message;
    return retryable ? new Error(reason, { cause: error }) : new lib_retry/* PermanentFailure */.RC(reason, error);
}

;// CONCATENATED MODULE: ./src/action/download/snapshot.ts







/** Files with these names are snapshots when an artifact holds more than one file. */
const SNAPSHOT_NAME = /\.db(\.gz|\.zst)?$/;
/**
 * Finds the snapshot: a file on the runner, or an artifact of this run (or of another run or
 * repository via `findBy`) downloaded into `workDir` and checked against its digest, retried
 * with back-off (`retry`; download/artifact.ts); a failed download leaves no folder behind.
 */
async function resolveSnapshot(input, workDir, logger, retry = (0,lib_retry/* downloadRetryPolicy */.Jh)()) {
    if (input.kind === 'path') {
        const info = await (0,promises_.stat)(input.path).catch(() => undefined);
        if (!info?.isFile())
            throw new errors/* SnapshotError */.JC(`snapshot-path ${input.path}: no such file`);
        return { path: input.path, origin: { kind: 'path' } };
    }
    const where = describe(input.findBy);
    const options = input.findBy ? { findBy: input.findBy } : undefined;
    const client = new lib_artifact/* DefaultArtifactClient */.t9();
    const artifact = await client.getArtifact(input.name, options).then((found) => found.artifact, (error) => {
        if (error instanceof lib_artifact/* ArtifactNotFoundError */.CL)
            throw new errors/* SnapshotError */.JC(`snapshot artifact '${input.name}' not found in ${where}`);
        throw error;
    });
    const dir = (0,external_node_path_.join)(workDir, `snapshot-artifact-${artifact.id}`);
    logger.info(`Downloading snapshot artifact '${artifact.name}' (id ${artifact.id}) from ${where}`);
    await downloadArtifactSafely({
        ...{ client, artifact, findBy: input.findBy, dir, logger, retry },
        label: `snapshot artifact '${artifact.name}' (id ${artifact.id})`,
        afterDownload: () => (0,interrupt/* pausePoint */.tK)('download') // a test hook: the bytes on disk, not yet checked
    });
    const file = await pickFile(dir, input.file, artifact.name);
    const origin = {
        ...{ kind: 'artifact', name: artifact.name, id: artifact.id, file, size: artifact.size },
        ...{ digest: artifact.digest, createdAt: artifact.createdAt?.toISOString() },
        ...(input.findBy && {
            repository: `${input.findBy.repositoryOwner}/${input.findBy.repositoryName}`,
            runId: input.findBy.workflowRunId
        })
    };
    return { path: (0,external_node_path_.join)(dir, file), origin };
}
function describe(findBy) {
    if (!findBy)
        return 'this workflow run';
    return `${findBy.repositoryOwner}/${findBy.repositoryName} run ${findBy.workflowRunId}`;
}
/** The requested file, else the only file, else the only `*.db` (`.db.gz`, `.db.zst`). */
async function pickFile(dir, wanted, artifact) {
    const files = await listFiles(dir);
    const shown = files.slice(0, 10).join(', ') + (files.length > 10 ? ', …' : '');
    if (wanted !== undefined) {
        const normalized = wanted.replaceAll('\\', '/').replace(/^\.\//, '');
        if (files.includes(normalized))
            return normalized;
        throw new errors/* SnapshotError */.JC(`snapshot-file '${wanted}' is not in artifact '${artifact}' (it holds: ${shown || 'nothing'})`);
    }
    if (files.length === 1)
        return files[0];
    const snapshots = files.filter((f) => SNAPSHOT_NAME.test(f));
    if (snapshots.length === 1)
        return snapshots[0];
    throw new errors/* SnapshotError */.JC(files.length === 0
        ? `snapshot artifact '${artifact}' is empty`
        : `snapshot artifact '${artifact}' holds ${files.length} files and ${snapshots.length} ` +
            `named *.db; say which with snapshot-file (it holds: ${shown})`);
}
/** Regular files under `dir`, as sorted `/`-separated relative paths. */
async function listFiles(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile())
        .map((e) => (0,external_node_path_.relative)(dir, (0,external_node_path_.join)(e.parentPath, e.name)).split(external_node_path_.sep).join('/'))
        .sort();
}

// EXTERNAL MODULE: ./src/lib/drill/age.ts
var age = __webpack_require__(75358);
// EXTERNAL MODULE: ./src/action/constants.ts
var constants = __webpack_require__(90915);
;// CONCATENATED MODULE: ./src/action/drill/age.ts




/**
 * When the snapshot was taken: the artifact's creation time, or the file's mtime for
 * snapshot-path. Undefined when an artifact has none; then max-age cannot be checked.
 */
async function snapshotCreatedAt(snapshot, maxAgeMs) {
    const origin = snapshot.origin;
    if (origin.kind === 'path')
        return (await (0,promises_.stat)(snapshot.path)).mtime;
    if (origin.createdAt)
        return new Date(origin.createdAt);
    if (maxAgeMs === undefined)
        return undefined;
    throw new errors/* SnapshotError */.JC(`snapshot artifact '${origin.name}' (id ${origin.id}) has no creation time: cannot check '${constants/* Inputs */.G0.MaxAge}'`);
}
/** The age check: the drill's when it ran, else computed here (max-age applies with any verify). */
function snapshotAge(createdAt, maxAgeMs, drill) {
    if (createdAt === undefined)
        return undefined;
    return drill?.age ?? (0,age/* checkAge */.UA)(createdAt, maxAgeMs);
}

;// CONCATENATED MODULE: ./src/lib/inventory/diff.ts
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

// EXTERNAL MODULE: ./src/action/inputs/read.ts
var read = __webpack_require__(21732);
// EXTERNAL MODULE: ./src/action/inputs/rules.ts
var rules = __webpack_require__(86697);
;// CONCATENATED MODULE: ./src/action/inputs/baseline.ts





/** baseline-artifact, baseline-run-id, max-drop, min-keys. `token` is the (masked) github-token. */
function baselineInputs(token, clusterName) {
    const maxDropText = (0,read/* text */.Qq)(constants/* Inputs */.G0.MaxDrop);
    const maxDropPercent = maxDropText === '' ? 10 : parsePercent(maxDropText);
    if (maxDropPercent === undefined)
        throw new errors/* InputError */.dz(`input '${constants/* Inputs */.G0.MaxDrop}' must be a percentage from 0 to 100 such as 10%, got '${maxDropText}'`);
    const minKeys = (0,read/* int */.Wh)(constants/* Inputs */.G0.MinKeys, 0, Number.MAX_SAFE_INTEGER, 50);
    const baselineName = (0,read/* text */.Qq)(constants/* Inputs */.G0.BaselineArtifact);
    const runText = (0,read/* text */.Qq)(constants/* Inputs */.G0.BaselineRunId);
    if (!baselineName) {
        if (runText)
            throw new errors/* InputError */.dz(`input '${constants/* Inputs */.G0.BaselineRunId}' needs '${constants/* Inputs */.G0.BaselineArtifact}'`);
        return { maxDropPercent, minKeys };
    }
    if (!token)
        throw new errors/* InputError */.dz(`input '${constants/* Inputs */.G0.BaselineArtifact}' needs '${constants/* Inputs */.G0.GitHubToken}' (actions:read) to find an earlier run`);
    const run = runText ? (0,rules/* runId */.Vz)(constants/* Inputs */.G0.BaselineRunId, runText) : undefined;
    const [owner, repoName] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repoName)
        throw new errors/* InputError */.dz('GITHUB_REPOSITORY is not set: cannot find a baseline');
    const name = (0,rules/* withCluster */.Bq)(baselineName, clusterName);
    (0,rules/* checkArtifactName */.CN)(constants/* Inputs */.G0.BaselineArtifact, name, ` (got '${name}')`);
    const from = {
        ...{ name, token, repositoryOwner: owner, repositoryName: repoName },
        ...(run !== undefined && { runId: run })
    };
    return { from, maxDropPercent, minKeys };
}

;// CONCATENATED MODULE: ./src/action/inputs/drill.ts




/** verify, max-age, drill-timeout, drill-report-artifact, drill-user and drill-password. */
function drillInputs(verify, password) {
    const reportArtifact = (0,read/* text */.Qq)(constants/* Inputs */.G0.DrillReportArtifact);
    (0,rules/* checkArtifactName */.CN)(constants/* Inputs */.G0.DrillReportArtifact, reportArtifact);
    const user = (0,read/* text */.Qq)(constants/* Inputs */.G0.DrillUser);
    if (Boolean(user) !== Boolean(password))
        throw new errors/* InputError */.dz(`inputs '${constants/* Inputs */.G0.DrillUser}' and '${constants/* Inputs */.G0.DrillPassword}' go together: set both or neither`);
    (0,rules/* ignoredWithoutBoot */.Bl)(verify, [
        constants/* Inputs */.G0.EtcdPath,
        constants/* Inputs */.G0.DrillReportArtifact,
        constants/* Inputs */.G0.DrillUser,
        constants/* Inputs */.G0.DrillTimeout
    ]);
    const drillTimeoutMs = (0,read/* duration */.p0)(constants/* Inputs */.G0.DrillTimeout);
    return {
        verify,
        maxAgeMs: (0,read/* duration */.p0)(constants/* Inputs */.G0.MaxAge),
        ...(drillTimeoutMs === undefined ? {} : { drillTimeoutMs }),
        reportArtifact: reportArtifact || undefined,
        ...(user ? { credentials: { user, password } } : {})
    };
}

// EXTERNAL MODULE: ./src/lib/inventory/encryption-config.ts
var encryption_config = __webpack_require__(29474);
// EXTERNAL MODULE: ./src/lib/inventory/prefix.ts
var prefix = __webpack_require__(92782);
;// CONCATENATED MODULE: ./src/action/inputs/encryption.ts






/**
 * encryption-config: kube-apiserver's EncryptionConfiguration YAML, the content (from a secret).
 * Masked before anything can log it: the whole text, and each key's secret as written and as
 * decoded-then-encoded (the runner masks a multi-line secret line by line, which would miss a
 * key quoted differently). Parse errors name a line number, never its text.
 */
function encryptionConfigInput() {
    const content = (0,read/* text */.Qq)(constants/* Inputs */.G0.EncryptionConfig);
    if (!content)
        return undefined;
    core/* setSecret */.Pq(content);
    for (const m of content.matchAll(/secret\s*:\s*["']?([^\s"'#]+)/g))
        core/* setSecret */.Pq(m[1]);
    let config;
    try {
        config = (0,encryption_config/* parseEncryptionConfig */.j_)(content);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw new errors/* InputError */.dz(`input '${constants/* Inputs */.G0.EncryptionConfig}': ${error.message}`);
        throw error;
    }
    for (const r of config.resources)
        for (const p of r.providers)
            if ('keys' in p)
                for (const k of p.keys)
                    core/* setSecret */.Pq(k.secret.toString('base64'));
    return config;
}
/** kubernetes-prefix: kube-apiserver's `--etcd-prefix` (default /registry). */
function kubernetesPrefixInput() {
    const value = (0,read/* text */.Qq)(constants/* Inputs */.G0.KubernetesPrefix) || '/registry';
    const root = (0,prefix/* kubernetesRoot */.Bk)(value);
    if (root === undefined)
        throw new errors/* InputError */.dz(`input '${constants/* Inputs */.G0.KubernetesPrefix}' must be a key prefix such as /registry, got '${value}'`);
    return root;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/lib/etcd-release/etcd-binary.ts
var etcd_binary = __webpack_require__(12298);
// EXTERNAL MODULE: ./src/lib/etcd-release/releases.ts
var releases = __webpack_require__(20974);
;// CONCATENATED MODULE: ./src/action/inputs/etcd.ts








/** etcd-path, or etcd-version with etcd-mirror and etcd-sha256: which etcd a drill boots. */
function etcdInputs(verify) {
    const etcdPath = (0,read/* text */.Qq)(constants/* Inputs */.G0.EtcdPath);
    const path = etcdPath ? (0,external_node_path_.resolve)(etcdPath) : undefined;
    const version = (0,read/* text */.Qq)(constants/* Inputs */.G0.EtcdVersion);
    const pin = (0,read/* text */.Qq)(constants/* Inputs */.G0.EtcdSha256);
    const given = (0,read/* text */.Qq)(constants/* Inputs */.G0.EtcdMirror);
    (0,rules/* ignoredWithoutBoot */.Bl)(verify, [constants/* Inputs */.G0.EtcdVersion, constants/* Inputs */.G0.EtcdMirror, constants/* Inputs */.G0.EtcdSha256]);
    const mirror = given ? (0,releases/* parseMirror */.v0)(given, `input '${constants/* Inputs */.G0.EtcdMirror}'`) : releases/* DEFAULT_ETCD_MIRROR */.Fo;
    if (!version) {
        if (pin)
            throw new errors/* InputError */.dz(`input '${constants/* Inputs */.G0.EtcdSha256}' needs '${constants/* Inputs */.G0.EtcdVersion}'`);
        return { path, mirror };
    }
    if (etcdPath)
        throw new errors/* InputError */.dz(`set at most one of '${constants/* Inputs */.G0.EtcdPath}' and '${constants/* Inputs */.G0.EtcdVersion}'`);
    const spec = (0,releases/* parseEtcdVersion */.Cr)(version, `input '${constants/* Inputs */.G0.EtcdVersion}'`);
    if (pin && spec === 'auto')
        throw new errors/* InputError */.dz(`input '${constants/* Inputs */.G0.EtcdSha256}' pins one tarball: set '${constants/* Inputs */.G0.EtcdVersion}' to its release, not auto`);
    const sha256 = pin ? (0,releases/* parseSha256 */.tz)(pin, `input '${constants/* Inputs */.G0.EtcdSha256}'`) : undefined;
    return { path, mirror, release: { spec, mirror, ...(sha256 && { sha256 }) } };
}
/**
 * The etcd binary for `verify: boot`, checked before any download (it runs `etcd --version`, so it
 * is kept out of getInputs); errors name `etcd-path`. Undefined: an official release is fetched
 * once the snapshot is known (etcd-version, or `auto` when neither etcd-path nor PATH has an etcd).
 */
function checkEtcd(etcdPath, release) {
    if (release !== undefined)
        return undefined;
    if (!etcdPath && !etcdOnPath())
        return undefined;
    try {
        return (0,etcd_binary/* findEtcd */.m)(etcdPath).path;
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        throw new errors/* InputError */.dz(etcdPath
            ? `input '${constants/* Inputs */.G0.EtcdPath}': ${error.message}`
            : `${constants/* Inputs */.G0.Verify}: boot needs etcd: none on PATH; set the '${constants/* Inputs */.G0.EtcdPath}' input to an etcd binary`);
    }
}
/** Whether PATH names an executable `etcd` at all (findEtcd then says if it is a usable one). */
function etcdOnPath() {
    return (process.env.PATH ?? '').split(external_node_path_.delimiter).some((dir) => {
        try {
            (0,external_node_fs_.accessSync)((0,external_node_path_.join)(dir, 'etcd'), external_node_fs_.constants.X_OK);
            return dir !== '';
        }
        catch {
            return false;
        }
    });
}

// EXTERNAL MODULE: ./src/action/inputs/publish.ts
var inputs_publish = __webpack_require__(55073);
// EXTERNAL MODULE: ./src/lib/options.ts
var options = __webpack_require__(74853);
;// CONCATENATED MODULE: ./src/action/inputs/restore.ts








/** initial-cluster, members, the revision and format choices, and where the data-dirs go. */
function restoreInputs() {
    const initialCluster = (0,read/* text */.Qq)(constants/* Inputs */.G0.InitialCluster);
    if (!initialCluster)
        throw new errors/* InputError */.dz(`input '${constants/* Inputs */.G0.InitialCluster}' is required`);
    const all = (0,rules/* clusterNames */.XM)(initialCluster);
    const members = (0,read/* list */.p_)(constants/* Inputs */.G0.Members);
    for (const name of members ?? []) {
        if (!all.includes(name))
            throw new errors/* InputError */.dz(`input '${constants/* Inputs */.G0.Members}': '${name}' is not in '${constants/* Inputs */.G0.InitialCluster}' (${all.join(', ')})`);
    }
    const bumpRevision = (0,read/* bigUint */.V8)(constants/* Inputs */.G0.BumpRevision);
    // Fully determined by bump-revision, but kept as an input that must agree (etcdutl's flags).
    const markCompacted = (0,read/* bool */.lc)(constants/* Inputs */.G0.MarkCompacted, false);
    if (markCompacted !== bumpRevision > 0n)
        throw new errors/* InputError */.dz(`inputs '${constants/* Inputs */.G0.MarkCompacted}' and '${constants/* Inputs */.G0.BumpRevision}' go together: ` +
            `set mark-compacted: true exactly when bump-revision > 0 (as etcdutl requires)`);
    const walDir = (0,read/* text */.Qq)(constants/* Inputs */.G0.WalDir);
    const outDir = (0,read/* text */.Qq)(constants/* Inputs */.G0.Path) || (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'etcd-restore');
    return {
        ...{ initialCluster, memberNames: members ?? all, members },
        initialClusterToken: (0,read/* text */.Qq)(constants/* Inputs */.G0.InitialClusterToken) || constants/* DEFAULT_CLUSTER_TOKEN */.Bi,
        skipHashCheck: (0,read/* bool */.lc)(constants/* Inputs */.G0.SkipHashCheck, false),
        ...{ bumpRevision, markCompacted, targetVersion: (0,read/* targetVersion */.I$)(constants/* Inputs */.G0.TargetVersion) },
        walDir: walDir ? (0,external_node_path_.resolve)(walDir) : undefined,
        outDir: (0,external_node_path_.resolve)(outDir),
        cache: (0,read/* bool */.lc)(constants/* Inputs */.G0.Cache, false),
        defrag: (0,read/* oneOf */.yL)(constants/* Inputs */.G0.Defrag, options/* DEFRAG_MODES */.ZK, 'auto'),
        kubernetesPrefix: kubernetesPrefixInput()
    };
}

;// CONCATENATED MODULE: ./src/action/inputs/snapshot.ts





/** snapshot-path, or snapshot-artifact with snapshot-file, github-token, repository and run-id. */
function snapshotInput(token) {
    const name = (0,read/* text */.Qq)(constants/* Inputs */.G0.SnapshotArtifact);
    const path = (0,read/* text */.Qq)(constants/* Inputs */.G0.SnapshotPath);
    const file = (0,read/* text */.Qq)(constants/* Inputs */.G0.SnapshotFile) || undefined;
    if (Boolean(name) === Boolean(path))
        throw new errors/* InputError */.dz(`set exactly one of '${constants/* Inputs */.G0.SnapshotArtifact}' and '${constants/* Inputs */.G0.SnapshotPath}'`);
    if (path) {
        for (const input of [constants/* Inputs */.G0.SnapshotFile, constants/* Inputs */.G0.Repository, constants/* Inputs */.G0.RunId, constants/* Inputs */.G0.GitHubToken])
            if ((0,read/* text */.Qq)(input) && !(input === constants/* Inputs */.G0.GitHubToken && (0,read/* text */.Qq)(constants/* Inputs */.G0.BaselineArtifact)))
                throw new errors/* InputError */.dz(`input '${input}' needs '${constants/* Inputs */.G0.SnapshotArtifact}'`);
        return { kind: 'path', path: (0,external_node_path_.resolve)(path) };
    }
    if (file && (file.split(/[\\/]/).includes('..') || file.startsWith('/')))
        throw new errors/* InputError */.dz(`input '${constants/* Inputs */.G0.SnapshotFile}' must be a relative path inside the artifact`);
    if (!token) {
        if ((0,read/* text */.Qq)(constants/* Inputs */.G0.Repository) || (0,read/* text */.Qq)(constants/* Inputs */.G0.RunId))
            throw new errors/* InputError */.dz(`inputs '${constants/* Inputs */.G0.Repository}'/'${constants/* Inputs */.G0.RunId}' need '${constants/* Inputs */.G0.GitHubToken}' (actions:read)`);
        return { kind: 'artifact', name, file };
    }
    return { kind: 'artifact', name, file, findBy: findBy(token) };
}
/** repository (default this one) and run-id (default this run). */
function findBy(token) {
    const repo = (0,read/* text */.Qq)(constants/* Inputs */.G0.Repository) || process.env.GITHUB_REPOSITORY || '';
    const [owner, repoName, extra] = repo.split('/');
    if (!owner || !repoName || extra !== undefined)
        throw new errors/* InputError */.dz(`input '${constants/* Inputs */.G0.Repository}' must look like owner/name, got '${repo}'`);
    const run = (0,rules/* runId */.Vz)(constants/* Inputs */.G0.RunId, (0,read/* text */.Qq)(constants/* Inputs */.G0.RunId) || process.env.GITHUB_RUN_ID || '');
    return { token, repositoryOwner: owner, repositoryName: repoName, workflowRunId: run };
}

;// CONCATENATED MODULE: ./src/action/inputs/index.ts











/**
 * Reads and checks every input, before any I/O. Throws one InputError naming the input and the
 * allowed values; warns about inputs that have no effect.
 */
function getInputs() {
    // Mask first: nothing may log the token before this line.
    const token = (0,read/* text */.Qq)(constants/* Inputs */.G0.GitHubToken);
    if (token)
        core/* setSecret */.Pq(token);
    const drillPassword = (0,read/* text */.Qq)(constants/* Inputs */.G0.DrillPassword);
    if (drillPassword)
        core/* setSecret */.Pq(drillPassword);
    const encryptionConfig = encryptionConfigInput();
    const snapshot = snapshotInput(token);
    const restore = { ...restoreInputs(), ...(encryptionConfig && { encryptionConfig }) };
    const publish = (0,inputs_publish/* publishInputs */.v)(restore);
    const verify = (0,read/* oneOf */.yL)(constants/* Inputs */.G0.Verify, constants/* VERIFY_MODES */.v4, 'none');
    const inputs = {
        ...{ snapshot, restore, publish },
        drill: drillInputs(verify, drillPassword),
        etcd: etcdInputs(verify),
        baseline: baselineInputs(token, publish.clusterName)
    };
    if (publish.upload)
        (0,inputs_publish/* checkArchiveSupport */.y)(publish.archive);
    if (restore.initialClusterToken === constants/* DEFAULT_CLUSTER_TOKEN */.Bi)
        core/* warning */.$e(`${constants/* Inputs */.G0.InitialClusterToken} is etcd's default '${constants/* DEFAULT_CLUSTER_TOKEN */.Bi}': give the restored ` +
            'cluster its own token so its members can never talk to the original cluster');
    return inputs;
}

// EXTERNAL MODULE: ./src/lib/snapshot/inspect.ts
var inspect = __webpack_require__(96540);
// EXTERNAL MODULE: ./src/lib/inventory/inventory.ts + 6 modules
var inventory_inventory = __webpack_require__(58003);
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
    const handle = await open(path, 'r').catch((error) => {
        throw new SnapshotError(error.code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path}: ${error.message}`);
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
        const inventory = await inspectSnapshot(path, (db) => takeInventory(db, { ...options, depth: depth ?? reportDepth }));
        return { path, kind: 'snapshot', inventory };
    }));
    return [sides[0], sides[1]];
}

;// CONCATENATED MODULE: ./src/action/download/baseline.ts
/**
 * The baseline: an earlier run's restore report artifact (`report-artifact` of that run), found
 * with the same @actions/artifact `findBy` as a cross-run snapshot. Without `baseline-run-id` the
 * newest successful runs of this workflow are searched, newest first (GitHub REST
 * `GET /repos/{owner}/{repo}/actions/workflows/{file}/runs?status=success`). A run that failed
 * (a gate that tripped, a broken drill) never becomes the baseline. No baseline found (the first
 * night) is not an error: the gate is skipped and says so.
 */







/** Successful runs looked at, newest first, for the artifact. */
const RUNS_SEARCHED = 10;
/** The workflow file of this run (`nightly.yml`), from GITHUB_WORKFLOW_REF. */
function workflowFile(ref = process.env.GITHUB_WORKFLOW_REF ?? '') {
    const path = ref.split('@')[0] ?? '';
    const match = /\/\.github\/workflows\/([^/]+)$/.exec(path);
    return match?.[1];
}
/** Newest successful runs of this workflow, excluding this run. */
async function successfulRuns(input) {
    const file = workflowFile();
    if (!file)
        throw new errors/* SnapshotError */.JC('cannot tell which workflow this is (GITHUB_WORKFLOW_REF): set baseline-run-id');
    const api = process.env.GITHUB_API_URL || 'https://api.github.com';
    const url = `${api}/repos/${input.repositoryOwner}/${input.repositoryName}/actions/workflows/` +
        `${encodeURIComponent(file)}/runs?status=success&per_page=${RUNS_SEARCHED + 1}`;
    const response = await fetch(url, {
        headers: {
            authorization: `token ${input.token}`,
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28'
        }
    });
    if (!response.ok)
        throw new errors/* SnapshotError */.JC(`listing runs of workflow ${file} for the baseline: HTTP ${response.status} ${response.statusText}`);
    const body = (await response.json());
    const current = Number(process.env.GITHUB_RUN_ID);
    return (body.workflow_runs ?? [])
        .map((r) => r.id)
        .filter((id) => id !== current)
        .slice(0, RUNS_SEARCHED);
}
/** Finds, downloads and reads the baseline report. */
async function findBaseline(input, workDir, logger, retry = (0,lib_retry/* downloadRetryPolicy */.Jh)()) {
    const runs = input.runId !== undefined ? [input.runId] : await successfulRuns(input);
    const client = new lib_artifact/* DefaultArtifactClient */.t9();
    for (const runId of runs) {
        const findBy = {
            token: input.token,
            workflowRunId: runId,
            repositoryOwner: input.repositoryOwner,
            repositoryName: input.repositoryName
        };
        const artifact = await client.getArtifact(input.name, { findBy }).then((found) => found.artifact, (error) => {
            if (error instanceof lib_artifact/* ArtifactNotFoundError */.CL)
                return undefined;
            throw error;
        });
        if (!artifact)
            continue;
        const dir = (0,external_node_path_.join)(workDir, `baseline-${artifact.id}`);
        logger.info(`Downloading baseline report '${artifact.name}' (id ${artifact.id}) of run ${runId}`);
        await downloadArtifactSafely({
            ...{ client, artifact, findBy, dir, logger, retry },
            label: `baseline artifact '${artifact.name}' (id ${artifact.id})`
        });
        const files = (await (0,promises_.readdir)(dir)).filter((f) => f.endsWith('.json'));
        if (files.length !== 1)
            throw new errors/* SnapshotError */.JC(`baseline artifact '${artifact.name}' of run ${runId} holds ${files.length} JSON files, want one report`);
        const inventory = await readReportInventory((0,external_node_path_.join)(dir, files[0]));
        const origin = {
            ...{ artifact: artifact.name, artifactId: artifact.id, runId },
            ...(artifact.createdAt && { createdAt: artifact.createdAt.toISOString() })
        };
        return { found: true, origin, inventory };
    }
    const where = input.runId !== undefined
        ? `run ${input.runId}`
        : `the last ${RUNS_SEARCHED} successful runs of this workflow (${runs.length} found)`;
    return { found: false, searched: where };
}

;// CONCATENATED MODULE: ./src/action/inventory/baseline-gate.ts
/**
 * The inventory gate: the snapshot's inventory against the baseline (an earlier run's report).
 * The report artifact that becomes tomorrow's baseline is uploaded by publish/upload.ts.
 */


/** Compares the inventory with the baseline; undefined when no baseline was asked for. */
async function checkBaseline(inventory, inputs, workDir, logger) {
    const baseline = inputs.from;
    if (!baseline || !inventory)
        return undefined;
    const result = await findBaseline(baseline, workDir, logger);
    if (!result.found) {
        logger.warn(`no baseline: artifact '${baseline.name}' is not in ${result.searched}; this run's report can be the next baseline`);
        return { artifact: baseline.name, found: false, searched: result.searched };
    }
    const diff = diffInventories(result.inventory, inventory, {
        maxDropPercent: inputs.maxDropPercent,
        minKeys: inputs.minKeys
    });
    logger.info(`baseline run ${result.origin.runId}: ${diff.passed ? 'passed' : `FAILED: ${diff.failures.join('; ')}`}`);
    return { artifact: baseline.name, found: true, origin: result.origin, diff };
}
/** The failure line of a tripped gate, or undefined. */
function baselineFailure(check) {
    if (!check?.found || check.diff.passed)
        return undefined;
    return `the backup lost content against baseline '${check.artifact}' of run ${check.origin.runId}: ${check.diff.failures.join('; ')}`;
}

// EXTERNAL MODULE: ./src/action/publish/upload.ts + 2 modules
var upload = __webpack_require__(26398);
// EXTERNAL MODULE: ./src/lib/report-file.ts
var report_file = __webpack_require__(35312);
;// CONCATENATED MODULE: ./src/action/report/action-report.ts

/** Rewrites the report file with the action's part; nothing when the drill's restore failed. */
async function writeActionReport(result) {
    const { restored, cost, age, drillSaved, etcd, baseline } = result;
    if (!restored)
        return false;
    const full = {
        ...restored,
        action: {
            ...{ snapshot: result.origin, artifacts: result.artifacts },
            ...(cost && { upload: cost }),
            cacheHit: result.cacheHit,
            ...(result.cache && { cache: result.cache }),
            timingsMs: result.timings,
            ...(age && { snapshotAge: age }),
            ...(drillSaved && { drill: drillSaved.summary }),
            ...(etcd && { etcd }),
            ...(baseline && { baseline })
        }
    };
    await (0,report_file/* writeReportFile */.a)(result.reportPath, full);
    return true;
}

// EXTERNAL MODULE: ./src/lib/format.ts
var format = __webpack_require__(50432);
;// CONCATENATED MODULE: ./src/action/report/cost.ts
/**
 * What the members' artifacts cost: bytes uploaded (raw → stored), the retention in force and,
 * for a scheduled run, the storage a nightly run keeps once its oldest artifacts start expiring.
 */


/** GitHub's artifact retention when a repository sets none (and the most `retention-days` allows). */
const REPOSITORY_DEFAULT_RETENTION_DAYS = 90;
/** Steady-state storage of a nightly run above which the run warns. */
const STEADY_STATE_WARN_BYTES = 10 * 1024 ** 3;
/** The cost of `artifacts`; undefined when nothing was uploaded. */
function uploadCost(artifacts, retentionDays, eventName) {
    if (artifacts.length === 0)
        return undefined;
    const rawBytes = artifacts.reduce((sum, a) => sum + a.rawBytes, 0);
    const storedBytes = artifacts.reduce((sum, a) => sum + a.size, 0);
    const storedRatio = rawBytes > 0 ? Math.round((storedBytes / rawBytes) * 1000) / 1000 : 1;
    const cost = {
        ...{
            artifacts: artifacts.length,
            layout: artifacts[0].layout,
            archive: artifacts[0].archive
        },
        ...{ rawBytes, storedBytes, storedRatio },
        ...(retentionDays !== undefined && { retentionDays }),
        retention: retentionDays !== undefined ? `${retentionDays} days` : 'repository default'
    };
    if (eventName === 'schedule') {
        const days = retentionDays ?? REPOSITORY_DEFAULT_RETENTION_DAYS;
        const assumedDefault = retentionDays === undefined;
        cost.nightly = { steadyStateBytes: storedBytes * days, days, assumedDefault };
    }
    return cost;
}
/** "3 artifacts: 1.0 GiB → 300 MiB stored (29.3% of raw), retention 7 days". */
function costLine(cost) {
    const what = cost.layout === 'cluster'
        ? `1 artifact for the cluster (${cost.archive}, the db stored once)`
        : `${cost.artifacts} artifacts (${cost.archive})`;
    return (`${what}: ${(0,format/* formatBytes */.z3)(cost.rawBytes)} → ${(0,format/* formatBytes */.z3)(cost.storedBytes)} ` +
        `stored (${(cost.storedRatio * 100).toFixed(1)}% of raw), retention ${cost.retention}`);
}
/** "a nightly run keeps 54 GiB at steady state (600 MiB × 90 days, …)"; undefined unless scheduled. */
function nightlyLine(cost) {
    const n = cost.nightly;
    if (!n)
        return undefined;
    const days = n.assumedDefault
        ? `${n.days} days: the repository default, assumed to be GitHub's 90`
        : `${n.days} days`;
    return (`a nightly run keeps ${(0,format/* formatBytes */.z3)(n.steadyStateBytes)} of artifacts at steady state ` +
        `(${(0,format/* formatBytes */.z3)(cost.storedBytes)} a run × ${days})`);
}
/** The warning for a scheduled run that keeps more than STEADY_STATE_WARN_BYTES; else undefined. */
function costWarning(cost) {
    if (!cost?.nightly || cost.nightly.steadyStateBytes <= STEADY_STATE_WARN_BYTES)
        return undefined;
    const remedies = [`a shorter '${constants/* Inputs */.G0.RetentionDays}'`];
    if (cost.layout === 'member' && cost.artifacts > 1)
        remedies.push(`'${constants/* Inputs */.G0.Layout}: cluster' (one artifact, the db stored once, not per member)`);
    if (cost.archive === 'tar' || cost.archive === 'zip')
        remedies.push(`'${constants/* Inputs */.G0.Archive}: tar.zst' (the db compresses several times over)`);
    remedies.push(`'${constants/* Inputs */.G0.Upload}: false' when the run only proves the backup`);
    const last = remedies.pop();
    return (`${nightlyLine(cost)}, over ${(0,format/* formatBytes */.z3)(STEADY_STATE_WARN_BYTES)}. To keep less: ` +
        `${remedies.join(', ')}, or ${last}`);
}

;// CONCATENATED MODULE: ./src/action/report/outputs.ts


/** Sets every output; '' (or `[]` for kinds) for what did not run. */
function setOutputs(result) {
    const { restored, drill, drillSaved, age, etcd, baseline } = result;
    if (restored)
        setRestoreOutputs(restored, result.artifacts, result.reportPath, result.cacheHit);
    setInventoryOutputs(restored?.snapshot.inventory, baseline);
    setDrillOutputs(drillSaved?.summary, age);
    // etcd-version: the release the drill booted ('' when no drill ran).
    core/* setOutput */.uH(constants/* Outputs */.tY.EtcdVersion, (drill && etcd?.version) ?? '');
}
function memberOutputs(report, artifacts) {
    return report.cluster.members.map((m) => {
        const a = artifacts.find((p) => p.members.includes(m.name));
        const dir = a?.dirs[a.members.indexOf(m.name)] ?? m.name;
        return {
            ...{ name: m.name, id: m.id, peerURLs: m.peerURLs, dataDir: m.dataDir, walDir: m.walDir },
            ...(a && { artifact: { name: a.name, id: a.id, digest: a.digest, size: a.size, dir } })
        };
    });
}
/** The compaction point the restored cluster starts with. */
function compactRevision(report) {
    const bumped = report.markCompacted && BigInt(report.bumpRevision) > 0n;
    return bumped ? report.restoredRevision : report.snapshot.compactRevision;
}
function setRestoreOutputs(report, artifacts, reportPath, cacheHit) {
    core/* setOutput */.uH(constants/* Outputs */.tY.ClusterId, report.cluster.id);
    core/* setOutput */.uH(constants/* Outputs */.tY.Members, JSON.stringify(memberOutputs(report, artifacts)));
    core/* setOutput */.uH(constants/* Outputs */.tY.MemberNames, JSON.stringify(report.cluster.members.map((m) => m.name)));
    core/* setOutput */.uH(constants/* Outputs */.tY.SnapshotSha256, report.snapshot.sha256);
    core/* setOutput */.uH(constants/* Outputs */.tY.Revision, String(report.restoredRevision));
    core/* setOutput */.uH(constants/* Outputs */.tY.CompactRevision, String(compactRevision(report)));
    core/* setOutput */.uH(constants/* Outputs */.tY.TotalKeys, String(report.snapshot.totalKeys));
    core/* setOutput */.uH(constants/* Outputs */.tY.Report, reportPath);
    core/* setOutput */.uH(constants/* Outputs */.tY.CacheHit, String(cacheHit));
}
/** live-keys, kinds, baseline-passed, undecodable-objects, undecryptable-secrets. */
function setInventoryOutputs(inventory, check) {
    core/* setOutput */.uH(constants/* Outputs */.tY.LiveKeys, inventory ? String(inventory.liveKeys) : '');
    core/* setOutput */.uH(constants/* Outputs */.tY.Kinds, inventory ? JSON.stringify(inventory.kinds) : '[]');
    core/* setOutput */.uH(constants/* Outputs */.tY.BaselinePassed, check?.found ? String(check.diff.passed) : '');
    // counts of keys, never values; '' when the inventory has no deep decode
    const k8s = inventory?.kubernetes;
    core/* setOutput */.uH(constants/* Outputs */.tY.UndecodableObjects, k8s ? String(k8s.undecodable.count) : '');
    const checked = k8s?.encryption.config === true;
    core/* setOutput */.uH(constants/* Outputs */.tY.UndecryptableSecrets, checked ? String(k8s.encryption.undecryptable.count) : '');
}
/** drill-passed, drill-report and snapshot-age-seconds. */
function setDrillOutputs(drill, age) {
    core/* setOutput */.uH(constants/* Outputs */.tY.DrillPassed, drill ? String(drill.passed) : '');
    core/* setOutput */.uH(constants/* Outputs */.tY.DrillReport, drill?.report ?? '');
    core/* setOutput */.uH(constants/* Outputs */.tY.SnapshotAgeSeconds, age ? String(age.ageSeconds) : '');
}

// EXTERNAL MODULE: ./src/lib/drill/report.ts
var report = __webpack_require__(98703);
;// CONCATENATED MODULE: ./src/action/report/chart.ts
/** Bars in the chart, the "other" bar included. */
const MAX_CHART_BARS = 15;
/** Characters of a label; a longer one is cut in the middle with "…". */
const MAX_LABEL = 28;
/** The characters a label keeps; anything else (quotes, `%`, `#`, `;`, `:`, `<`, `[`...) is `?`. */
const UNSAFE = /[^A-Za-z0-9 ._()/-]/gu;
/**
 * `text` as the inside of a Mermaid quoted string: safe characters only, one line, at most `max`
 * characters (a longer one keeps its start and end around a "…").
 */
function chartLabel(text, max = MAX_LABEL) {
    const safe = [...text.replace(/\s+/g, ' ').trim()].map((c) => c.replace(UNSAFE, '?')).join('');
    if (safe === '')
        return '?';
    if (safe.length <= max)
        return safe;
    // cut in the middle: generated kinds differ at the end as often as at the start
    const head = Math.ceil((max - 1) / 2);
    return `${safe.slice(0, head)}…${safe.slice(safe.length - (max - 1 - head))}`;
}
/** The bars: the top kinds, then "other (N kinds)" when there are more than MAX_CHART_BARS. */
function kindBars(kinds) {
    const shown = kinds.length > MAX_CHART_BARS ? kinds.slice(0, MAX_CHART_BARS - 1) : kinds;
    const rest = kinds.slice(shown.length);
    const short = shown.map((k) => chartLabel(k.kind));
    const clash = (label) => short.filter((s) => s === label).length > 1;
    // the same kind in two groups (Event in v1 and events.k8s.io/v1): the group/version says which
    const bars = shown.map((k, i) => ({
        label: clash(short[i])
            ? chartLabel(`${k.kind} (${k.apiVersion || 'no apiVersion'})`)
            : short[i],
        keys: k.keys
    }));
    if (rest.length > 0)
        bars.push({
            label: `other (${rest.length} kinds)`,
            keys: rest.reduce((n, k) => n + k.keys, 0)
        });
    const seen = new Set();
    for (const bar of bars) {
        let label = bar.label;
        for (let n = 2; seen.has(label); n++)
            label = `${bar.label.slice(0, MAX_LABEL - ` (${n})`.length).trimEnd()} (${n})`;
        seen.add(label);
        bar.label = label;
    }
    return bars;
}
/** Units of the value axis, so its tick labels stay short (Mermaid writes 1000000000 in full). */
const UNITS = [
    [1, 'keys'],
    [1e3, 'thousand keys'],
    [1e6, 'million keys'],
    [1e9, 'billion keys']
];
/** The smallest unit in which the largest bar, `max` keys, is below 10,000: four digits a tick. */
function chartUnit(max) {
    const [per, name] = UNITS.find(([per]) => max / per < 10_000) ?? UNITS.at(-1);
    return { per, name };
}
/** The Mermaid source of the keys-per-kind bar chart. */
function kindsChart(inventory) {
    const bars = kindBars(inventory.kinds);
    const title = bars.length < inventory.kinds.length
        ? `Keys per kind (top ${bars.length - 1} of ${inventory.kinds.length})`
        : 'Keys per kind';
    const max = Math.max(1, ...bars.map((b) => b.keys));
    const unit = chartUnit(max);
    const value = (keys) => String(Number((keys / unit.per).toFixed(3)));
    return [
        'xychart-beta horizontal',
        `  title "${title}"`,
        `  x-axis [${bars.map((b) => `"${b.label}"`).join(', ')}]`,
        `  y-axis "${unit.name}" 0 --> ${value(max)}`,
        `  bar [${bars.map((b) => value(b.keys)).join(', ')}]`
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/action/report/markup.ts
function markup_escape(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
const header = (...cells) => cells.map((data) => ({ data, header: true }));
const code = (text) => `<code>${markup_escape(text)}</code>`;

;// CONCATENATED MODULE: ./src/action/report/summary.ts
/**
 * The job summary, written once at the end: the cluster's name, the Kubernetes verdicts (secrets
 * that do not decrypt, objects that do not decode or sit under another key, first), the restore
 * (snapshot facts, the cluster, artifacts, timings), what the backup holds (a table of kinds and
 * a Mermaid bar chart of keys per kind, chart.ts), the baseline verdict, and the drill's Markdown
 * or the snapshot's age.
 */










/** Kinds in the table; the rest are summed up in one line (the chart keeps fewer: chart.ts). */
const MAX_KINDS = 20;
const MAX_CHANGES = 30;
/** Encryption keys named at the top and in the Kubernetes table (a snapshot may hold any number). */
const MAX_KEY_VERDICTS = 10;
/** A verdict is cut here, an example key there (key names and keys come from the snapshot). */
const MAX_VERDICT = 1000;
const MAX_EXAMPLE = 200;
/** Writes the whole job summary. Well under 1 MiB. */
async function writeJobSummary(facts) {
    const { restored } = facts;
    core/* summary */.z.addHeading(markup_escape(facts.clusterName), 1);
    addKubernetesVerdicts(restored?.snapshot.inventory?.kubernetes);
    if (restored) {
        addRestore(restored, facts.origin, facts.artifacts, facts.timings, cacheRow(facts));
        addCost(facts.cost);
        addInventory(restored.snapshot.inventory, facts.baseline);
    }
    addDrill(facts.drill, facts.age, facts.etcd);
    await core/* summary */.z.write();
}
/** Snapshot facts, the cluster, artifacts, timings. */
function addRestore(report, origin, artifacts, timings, cacheRow) {
    const s = report.snapshot;
    const source = origin.kind === 'path'
        ? code(s.path)
        : `artifact ${code(origin.name)} (id ${origin.id}${origin.repository ? `, ${markup_escape(origin.repository)} run ${origin.runId}` : ''}), file ${code(origin.file)}${origin.createdAt ? `, created ${origin.createdAt}` : ''}`;
    const packed = s.compression === 'none' ? '' : ` (${s.compression})`;
    const facts = [
        header('Snapshot', 'Value'),
        ['Source', source],
        ['Size', `${(0,format/* formatBytes */.z3)(s.fileSize)}${packed}, database ${(0,format/* formatBytes */.z3)(s.dbSize)}`],
        ['sha256', code(s.sha256)],
        ['Hash check', s.hash],
        ['Revision', `${s.revision} → restored at ${report.restoredRevision}`],
        ['Compact revision', String(compactRevision(report))],
        ['Keys', `${s.totalKeys} (${s.keyRevisions} revisions)`],
        ['Auth', s.authEnabled ? 'enabled: users need their passwords' : 'disabled'],
        ['Target version', report.targetVersion],
        ['Cache', cacheRow]
    ];
    if (report.db !== undefined)
        facts.splice(3, 0, ['Member db', (0,format/* describeDb */.S3)(report.db)]);
    const cluster = [
        header('Member', 'ID', 'Peer URLs', 'Data dir'),
        ...report.cluster.members.map((m) => [
            markup_escape(m.name),
            code(m.id),
            markup_escape(m.peerURLs.join(', ')),
            code(m.dataDir)
        ])
    ];
    const summary = core/* summary */.z
        .addHeading('etcd restore', 2)
        .addTable(facts)
        .addHeading(`Cluster ${report.cluster.id}`, 3)
        .addTable(cluster);
    if (artifacts.length > 0) {
        summary
            .addHeading('Artifacts', 3)
            .addTable([
            header(artifacts[0]?.layout === 'cluster' ? 'Members' : 'Member', 'Artifact', 'ID', 'Size', 'sha256'),
            ...artifacts.map((a) => [
                markup_escape(a.members.join(', ')),
                code(a.name),
                String(a.id),
                (0,format/* formatBytes */.z3)(a.size),
                code(a.digest)
            ])
        ]);
    }
    const steps = Object.entries(timings).map(([step, ms]) => `${markup_escape(step)}: ${(0,format/* formatDuration */.a3)(ms)}`);
    summary.addHeading('Timings', 3).addList(steps);
    if (report.warnings.length > 0)
        summary.addHeading('Warnings', 3).addList(report.warnings.map(markup_escape));
}
/** The cache: hit or miss, and how big the entry is (before the cache client's compression). */
function cacheRow(facts) {
    const { cache } = facts;
    const e = cache?.entry;
    const shared = e && e.sharedDbMembers > 1 ? `, the db once for ${e.sharedDbMembers} members` : '';
    const entry = e
        ? `; entry ${(0,format/* formatBytes */.z3)(e.entryBytes)} before compression${shared} (data-dirs ${(0,format/* formatBytes */.z3)(e.dataDirBytes)})`
        : '';
    if (facts.cacheHit)
        return `hit: restore skipped${entry}`;
    if (cache === undefined)
        return 'off';
    return cache.saved ? `miss: saved${entry}` : 'miss, not saved';
}
/** Bytes uploaded, the retention, and a scheduled run's steady-state storage. */
function addCost(cost) {
    if (!cost)
        return;
    const lines = [costLine(cost), nightlyLine(cost)].filter((l) => l !== undefined);
    const warning = costWarning(cost);
    if (warning)
        lines.push(`⚠️ ${warning}`);
    core/* summary */.z.addHeading('Storage', 3).addList(lines.map(markup_escape));
}
function changeRows(group, changes) {
    return changes
        .filter((c) => c.old !== c.new)
        .map((c) => [group, markup_escape(c.name), String(c.old), String(c.new), formatChange(c)]);
}
/** What the backup holds: kinds, a chart, and the verdict against the baseline. */
function addInventory(inventory, check) {
    if (!inventory)
        return;
    const summary = core/* summary */.z.addHeading('What the backup holds', 3);
    const providers = Object.entries(inventory.encrypted.providers)
        .map(([p, n]) => `${markup_escape(p)} ${n}`)
        .join(', ');
    summary.addRaw(`<p>revision ${inventory.revision}, ${inventory.liveKeys} live keys, ${(0,format/* formatBytes */.z3)(inventory.bytes)}; ` +
        `${inventory.kinds.length} kinds; ${inventory.encrypted.keys} values encrypted at rest` +
        `${providers ? ` (${providers})` : ''}; ${inventory.other.keys} other values</p>`, true);
    const rest = inventory.kinds.slice(MAX_KINDS);
    summary.addTable([
        header('Kind', 'Group/version', 'Keys', 'Size'),
        ...inventory.kinds
            .slice(0, MAX_KINDS)
            .map((k) => [
            markup_escape(k.kind),
            k.apiVersion ? markup_escape(k.apiVersion) : '—',
            String(k.keys),
            (0,format/* formatBytes */.z3)(k.bytes)
        ]),
        ...(rest.length > 0
            ? [
                [
                    `${rest.length} more kinds`,
                    '',
                    String(rest.reduce((n, k) => n + k.keys, 0)),
                    (0,format/* formatBytes */.z3)(rest.reduce((n, k) => n + k.bytes, 0))
                ]
            ]
            : [])
    ]);
    if (inventory.kinds.length > 0)
        summary.addRaw(`\n\n\`\`\`mermaid\n${kindsChart(inventory)}\n\`\`\`\n\n`);
    if (inventory.kubernetes)
        addKubernetes(inventory.kubernetes);
    if (check)
        addVerdict(check);
}
/** Escaped, with the verdicts' `key1` as code. */
function verdictHtml(text) {
    return markup_escape(text).replace(/`([^`]*)`/g, '<code>$1</code>');
}
/** `text`, cut at `max` characters (key names and keys come from the snapshot: any length). */
function cut(text, max) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
/** Example keys as code, each cut at MAX_EXAMPLE; "…" when there are more than the examples. */
function examples(k) {
    const more = k.count > k.examples.length ? ', …' : '';
    return k.examples.map((key) => code(cut(key, MAX_EXAMPLE))).join(', ') + more;
}
/** `count (first, second...)`: a count with its example keys. */
function withExamples(k) {
    return `${k.count}${k.examples.length > 0 ? ` (${examples(k)})` : ''}`;
}
/** The icon of an encryption key's verdict: readable, not checkable, or not readable. */
function keyIcon(g, config) {
    return g.readable ? '✅' : g.provider === 'kms' || !config ? '➖' : '❌';
}
/**
 * The Kubernetes verdicts, right under the heading where a reader looks first: secrets the
 * restored cluster cannot read, values that do not decode, objects under another key (each ❌ in
 * bold, with example keys); else ✅ for sound objects and each encryption key whose values all
 * decrypt, and ➖ for what could not be checked (kms, or no encryption config). One line each.
 */
function addKubernetesVerdicts(k8s) {
    if (!k8s)
        return;
    const { config } = k8s.encryption;
    const lines = [];
    const bad = (html) => lines.push(`❌ <strong>${html}</strong>`);
    const undecryptable = (0,inventory_inventory.undecryptableSummary)(k8s);
    if (undecryptable)
        bad(verdictHtml(cut(undecryptable, MAX_VERDICT)));
    const { undecodable: broken, mismatched: moved } = k8s;
    if (broken.count > 0)
        bad(`${broken.count} ${broken.count === 1 ? 'value' : 'values'} under ${code(k8s.prefix)} do${broken.count === 1 ? 'es' : ''} not decode: ${examples(broken)}`);
    if (moved.count > 0)
        bad(`${moved.count} ${moved.count === 1 ? 'object disagrees' : 'objects disagree'} with ${moved.count === 1 ? 'its' : 'their'} key on name/namespace: ${examples(moved)}`);
    if (broken.count + moved.count === 0 && k8s.keys > 0)
        lines.push(`✅ ${k8s.objects} objects under ${code(k8s.prefix)} decode and sit under their own keys`);
    const rest = k8s.encryption.keys.filter((g) => keyIcon(g, config) !== '❌');
    for (const g of rest.slice(0, MAX_KEY_VERDICTS))
        lines.push(`${keyIcon(g, config)} ${verdictHtml(cut(g.verdict, MAX_VERDICT))}`);
    if (rest.length > MAX_KEY_VERDICTS)
        lines.push(`➖ ${rest.length - MAX_KEY_VERDICTS} more encryption keys: see the Kubernetes table`);
    for (const line of lines)
        core/* summary */.z.addRaw(`<p>${line}</p>`, true);
}
/** The deep decode: objects, undecodable, mismatched, and a verdict per encryption key. */
function addKubernetes(k8s) {
    const { config, keys } = k8s.encryption;
    const rows = [
        header('Kubernetes', 'Value'),
        ['Objects', `${k8s.objects} of ${k8s.keys} keys under ${code(k8s.prefix)}`],
        ['Undecodable', withExamples(k8s.undecodable)],
        ['Name/namespace not their key', withExamples(k8s.mismatched)],
        [
            'Encryption config',
            config ? 'given: encrypted values decrypted' : 'not given: not decrypted'
        ],
        ...(config ? [['Undecryptable', withExamples(k8s.encryption.undecryptable)]] : []),
        ...keys
            .slice(0, MAX_KEY_VERDICTS)
            .map((g) => [
            `${keyIcon(g, config)} ${markup_escape(cut(g.provider, MAX_EXAMPLE))} ${code(cut(g.keyName, MAX_EXAMPLE))}`,
            verdictHtml(cut(g.verdict, MAX_VERDICT))
        ]),
        ...(keys.length > MAX_KEY_VERDICTS
            ? [
                [
                    `${keys.length - MAX_KEY_VERDICTS} more keys`,
                    `${keys.slice(MAX_KEY_VERDICTS).reduce((n, g) => n + g.values, 0)} values`
                ]
            ]
            : [])
    ];
    core/* summary */.z.addTable(rows);
}
function addVerdict(check) {
    const summary = core/* summary */.z;
    if (!check.found) {
        summary
            .addHeading('Baseline', 3)
            .addRaw(`<p>No baseline: artifact <code>${markup_escape(check.artifact)}</code> is not in ${markup_escape(check.searched)}. ` +
            'Nothing was compared; this run’s report can be the next baseline.</p>', true);
        return;
    }
    const { diff, origin } = check;
    const rule = `max drop ${diff.maxDropPercent}%, min keys ${diff.minKeys}`;
    summary.addHeading(diff.passed ? '✅ Baseline check passed' : '❌ Baseline check failed: the backup lost content', 3);
    summary.addRaw(`<p>Against <code>${markup_escape(origin.artifact)}</code> of run ${origin.runId}` +
        `${origin.createdAt ? ` (${origin.createdAt})` : ''} (${rule}): revision ${diff.revision.old} → ${diff.revision.new}, ` +
        `${markup_escape(changeLine(diff.liveKeys))}.</p>`, true);
    if (!diff.passed)
        summary.addList(diff.failures.map(markup_escape));
    const rows = [
        ...changeRows('kind', diff.kinds),
        ...changeRows('prefix', diff.prefixes),
        ...changeRows('encrypted', diff.encrypted)
    ];
    if (rows.length === 0)
        summary.addRaw('<p>No kind, prefix or encryption changed.</p>', true);
    else
        summary.addTable([
            header('Group', 'Name', 'Baseline', 'Now', 'Change'),
            ...rows.slice(0, MAX_CHANGES)
        ]);
}
/** The drill's Markdown, or the age line when only max-age was checked. */
function addDrill(drill, age, etcd) {
    if (drill)
        core/* summary */.z.addRaw(`\n${(0,report/* renderDrillMarkdown */.dP)(drill)}`, true);
    if (drill && etcd)
        core/* summary */.z.addRaw(`${etcdLine(etcd)}\n`, true);
    else if (age)
        core/* summary */.z.addRaw(`\n**Snapshot age**: ${age.ok ? '' : '❌ '}${age.message}\n`);
}
/** Which etcd the drill booted, and how it was obtained. */
function etcdLine(etcd) {
    const how = etcd.source === 'download'
        ? `the official release, downloaded from ${etcd.url}, sha256 \`${etcd.sha256}\` matched ${etcd.verifiedBy}`
        : etcd.source === 'tool-cache'
            ? 'the official release, from the tool cache (verified when it was downloaded)'
            : `\`${etcd.path}\` (${etcd.source === 'PATH' ? 'etcd on PATH' : constants/* Inputs */.G0.EtcdPath})`;
    return `**etcd**: ${etcd.version}, ${how}`;
}

;// CONCATENATED MODULE: ./src/action/report/verdict.ts




const MAX_LINE = 2000;
/**
 * Fails the step when a check failed, once the reports, outputs, summary and artifacts exist:
 * secrets encryption-config does not decrypt, the drill (whose kubernetes check says the same),
 * max-age or the drill report's upload (VerificationError), else the baseline gate.
 */
function throwIfFailed(result) {
    const { drill, drillSaved, age } = result;
    const drilled = failureLine(drill, drillSaved?.summary.report, age, drillSaved?.uploadError);
    // the library's sentence, first; a failed drill repeats it in its kubernetes check
    const undecryptable = (0,inventory_inventory.undecryptableSummary)(result.restored?.snapshot.inventory?.kubernetes);
    const failed = undecryptable === undefined || drilled?.includes(undecryptable)
        ? drilled
        : [undecryptable, drilled].filter((l) => l !== undefined).join('; ');
    if (failed !== undefined)
        throw new errors/* VerificationError */.mk(failed);
    const regression = baselineFailure(result.baseline);
    if (regression !== undefined)
        throw new errors/* RegressionError */.mj(regression);
}
/** One line for setFailed naming every failed check, or undefined when all passed. */
function failureLine(drill, drillPath, age, uploadError) {
    const parts = [];
    if (drill && !drill.passed) {
        const failed = drill.checks.filter((c) => !c.ok);
        const each = failed.map((c) => `${c.name}: ${c.actual} (expected ${c.expected})`);
        parts.push(`restore drill failed (${failed.length} of ${drill.checks.length} checks): ${each.join('; ') || drill.verdict}` +
            ` (report ${drillPath})`);
    }
    else if (!drill && age && !age.ok)
        parts.push(`${constants/* Inputs */.G0.MaxAge}: ${age.message}`);
    if (uploadError)
        parts.push(uploadError);
    if (parts.length === 0)
        return undefined;
    const line = parts.join('; ').replace(/\s+/g, ' ');
    return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
}

// EXTERNAL MODULE: ./src/lib/drill/disk.ts
var disk = __webpack_require__(80352);
// EXTERNAL MODULE: ./src/lib/restore/disk-need.ts
var disk_need = __webpack_require__(21150);
// EXTERNAL MODULE: ./src/lib/restore/disk-space.ts
var disk_space = __webpack_require__(11942);
// EXTERNAL MODULE: ./src/lib/cluster/initial-cluster.ts + 1 modules
var initial_cluster = __webpack_require__(29794);
;// CONCATENATED MODULE: ./src/action/restore/disk.ts
/**
 * The action's disk check, once the snapshot is on the runner and before anything else is
 * written: the data-dirs in `path` (and `wal-dir`), the drill's booted members in the temp folder
 * (verify: boot), and the members' tar archives packed for upload (UPLOAD_CONCURRENCY at a time, in
 * the work folder). A compressed archive's size (tar.gz, tar.zst) and the cache's are not known
 * before they are packed: not counted; a disk that fills then says `disk full: <path>` and leaves
 * no partial archive.
 */






/** The action's inputs that move or shrink what it writes. */
const ACTION_ADVICE = {
    outDir: 'set path:',
    dataDir: 'set path:',
    walDir: 'set wal-dir:',
    defrag: 'defrag: always',
    temp: 'set TMPDIR (the drill boots its members there)',
    archives: 'archive: tar.zst or upload: false'
};
/** Throws DiskSpaceError when a file system cannot hold what the run will write there. */
function checkActionDisk(inputs, snapshotPath, workDir, logger) {
    const sizes = (0,disk_space/* snapshotSizes */.Pb)(snapshotPath);
    const { restore: spec, publish } = inputs;
    const members = spec.memberNames.length;
    const target = { kind: 'all', outDir: spec.outDir, walDir: spec.walDir };
    const build = (compacts) => {
        const db = (0,disk_need/* memberDbBytes */.of)(sizes, compacts);
        const needs = (0,disk_need/* restoreNeeds */._X)(target, members, sizes, compacts);
        if (inputs.drill.verify === 'boot') {
            const cluster = (0,initial_cluster/* buildCluster */.JL)(spec.initialCluster, spec.initialClusterToken);
            needs.push((0,disk/* drillNeed */.M)(cluster.members.length, db));
        }
        if (publish.upload && publish.archive === 'tar') {
            needs.push({
                path: (0,external_node_path_.join)(workDir, 'archives'),
                bytes: Math.min(upload/* UPLOAD_CONCURRENCY */.KG, members) * (db + disk_need/* MEMBER_FILES_BYTES */.jk),
                what: 'the members’ tar archives, packed for upload',
                phase: 'upload',
                knob: 'archives'
            });
        }
        return needs;
    };
    const compacts = (0,disk_space/* willCompact */.OZ)(spec.defrag, sizes);
    const ifCompacted = !compacts && sizes.estimate !== undefined ? build(true) : undefined;
    (0,disk_space/* checkDiskSpace */.ek)(build(compacts), ACTION_ADVICE, { ...(ifCompacted && { ifCompacted }), logger });
}

// EXTERNAL MODULE: ./src/lib/restore/index.ts + 33 modules
var restore = __webpack_require__(57565);
;// CONCATENATED MODULE: ./src/action/restore/restore.ts








/**
 * cache → restore, or restore through the drill (verify: boot, `etcdPath` set): the restore is
 * done once, and a drill of a cache hit boots its data-dirs as they are. A fresh restore's report
 * is written at once, so the cache entry carries it.
 */
async function restoreOrDrill(inputs, snapshotPath, drillWith, timings, logger) {
    const spec = inputs.restore;
    const reportPath = (0,external_node_path_.join)(spec.outDir, constants/* REPORT_FILE */.Uq);
    // @actions/cache and the drill are loaded only by the runs that use them
    const cacheModule = spec.cache ? await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(91), __webpack_require__.e(897)]).then(__webpack_require__.bind(__webpack_require__, 897)) : undefined;
    const key = cacheModule ? await cacheModule.cacheKey(snapshotPath, spec) : undefined;
    const hit = key && cacheModule
        ? await timings.time('cache restore', () => cacheModule.restoreFromCache(key, spec, reportPath, logger))
        : undefined;
    const cached = hit && (await withConfigInventory(hit.report, snapshotPath, spec, timings));
    let cache = key === undefined
        ? undefined
        : { key, hit: hit !== undefined, saved: false, ...(hit && { entry: hit.size }) };
    const options = restoreOptions(spec, snapshotPath, logger);
    let report = cached;
    let drilled;
    if (drillWith !== undefined) {
        const { etcdPath, createdAt } = drillWith;
        const { drill } = await __webpack_require__.e(/* import() */ 432).then(__webpack_require__.bind(__webpack_require__, 68432));
        const result = await timings.time('drill', () => drill(options, etcdPath, inputs.drill, cached, createdAt));
        drilled = result.report;
        report = result.output;
    }
    else if (!cached) {
        report = await timings.time('restore', () => (0,restore/* restore */.P)(options));
    }
    if (report && !cached) {
        timings.add('restore', report.durationsMs);
        await (0,report_file/* writeReportFile */.a)(reportPath, report);
        if (key && cacheModule) {
            const saved = await timings.time('cache save', () => cacheModule.saveToCache(key, spec, logger, report.db));
            if (saved)
                cache = { key, hit: false, saved: true, entry: saved };
        }
    }
    const ordered = report && inClusterOrder(report, spec.memberNames);
    const cacheHit = cached !== undefined;
    return { report: ordered, drill: drilled, cacheHit, ...(cache && { cache }), reportPath };
}
/**
 * A cache hit's report holds the inventory of the run that saved it, taken with whatever
 * encryption-config and kubernetes-prefix that run had (neither is part of the key): with a
 * config given, or another prefix, the inventory is taken again from the snapshot.
 */
async function withConfigInventory(hit, snapshotPath, spec, timings) {
    const { encryptionConfig, kubernetesPrefix } = spec;
    const takenWith = hit.snapshot.inventory?.kubernetes?.prefix ?? prefix/* REGISTRY_ROOT */.FT;
    if (!encryptionConfig && kubernetesPrefix === takenWith)
        return hit;
    const inventory = await timings.time('inventory', () => (0,inspect/* inspectSnapshot */.XA)(snapshotPath, (db) => (0,inventory_inventory.takeInventory)(db, { ...(encryptionConfig && { encryptionConfig }), kubernetesPrefix })));
    return { ...hit, snapshot: { ...hit.snapshot, inventory } };
}
/** Outputs, uploads and the summary follow initial-cluster order (the report's is by member ID). */
function inClusterOrder(report, names) {
    const rank = (name) => names.indexOf(name);
    const members = [...report.cluster.members].sort((a, b) => rank(a.name) - rank(b.name));
    return { ...report, cluster: { ...report.cluster, members } };
}
function restoreOptions(spec, snapshotPath, logger) {
    return {
        snapshotPath,
        skipHashCheck: spec.skipHashCheck,
        initialCluster: spec.initialCluster,
        initialClusterToken: spec.initialClusterToken,
        target: { kind: 'all', outDir: spec.outDir, members: spec.members, walDir: spec.walDir },
        bumpRevision: spec.bumpRevision,
        markCompacted: spec.markCompacted,
        targetVersion: spec.targetVersion,
        computeInventory: true,
        ...(spec.encryptionConfig && { encryptionConfig: spec.encryptionConfig }),
        kubernetesPrefix: spec.kubernetesPrefix,
        defrag: spec.defrag,
        diskAdvice: ACTION_ADVICE,
        logger
    };
}

// EXTERNAL MODULE: ./src/lib/heap.ts + 2 modules
var heap = __webpack_require__(46497);
;// CONCATENATED MODULE: ./src/action/timings.ts


/** How long each step took, in the order the steps ran (the report and the summary list them so). */
class Timings {
    ms = {};
    /** Runs `fn` as `step` (the phase a signal names); its time is kept even when it throws. */
    async time(step, fn) {
        const started = Date.now();
        await (0,interrupt/* enterPhase */.aO)(step);
        (0,heap/* memoryPhase */.Hn)(step);
        try {
            return await fn();
        }
        finally {
            this.ms[step] = Date.now() - started;
            (0,heap/* memoryPhase */.Hn)(`after ${step}`);
        }
    }
    /** Adds the library's own step times under `prefix: `. */
    add(prefix, durations) {
        for (const [step, ms] of Object.entries(durations))
            this.ms[`${prefix}: ${step}`] = ms;
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts
















/**
 * inputs → snapshot → disk (room for all it writes) → (cache | restore | drill) → uploads → report, outputs, summary → fail when
 * a check failed. verify: boot restores through the drill (or drills a cache hit's data-dirs as
 * they are), so the restore is done once and its failure is a failed drill with a report.
 */
async function run() {
    const inputs = getInputs();
    const etcdFound = checkDrillEtcd(inputs);
    const r = { inputs, logger: coreLogger(), timings: new Timings(), workDir: workDir() };
    const snapshot = await r.timings.time('snapshot', () => resolveSnapshot(inputs.snapshot, r.workDir, r.logger));
    // before anything more is written: room for the data-dirs, the drill, the archives
    checkActionDisk(inputs, snapshot.path, r.workDir, r.logger);
    const createdAt = await snapshotCreatedAt(snapshot, inputs.drill.maxAgeMs);
    const etcd = await prepareEtcd(r, etcdFound, snapshot.path);
    const drillWith = etcd && { etcdPath: etcd.path, createdAt };
    const restored = await restoreOrDrill(inputs, snapshot.path, drillWith, r.timings, r.logger);
    const artifacts = await uploadMembers(r, restored.report);
    const drillSaved = restored.drill && (await saveDrill(r, restored.drill));
    const baseline = await checkAgainstBaseline(r, restored.report);
    const result = {
        ...{ clusterName: inputs.publish.clusterName, origin: snapshot.origin },
        ...{ reportPath: restored.reportPath, restored: restored.report, cacheHit: restored.cacheHit },
        ...(restored.cache && { cache: restored.cache }),
        ...{ timings: r.timings.ms, artifacts, drill: restored.drill, drillSaved, etcd, baseline },
        cost: uploadCost(artifacts, inputs.publish.retentionDays, process.env.GITHUB_EVENT_NAME),
        age: snapshotAge(createdAt, inputs.drill.maxAgeMs, restored.drill)
    };
    await main_report(r, result);
    throwIfFailed(result);
}
function workDir() {
    return (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'etcd-restore-work');
}
/** verify: boot's etcd binary, checked before any download. */
function checkDrillEtcd(inputs) {
    if (inputs.drill.verify !== 'boot')
        return undefined;
    return checkEtcd(inputs.etcd.path, inputs.etcd.release);
}
async function prepareEtcd(r, found, snapshotPath) {
    if (r.inputs.drill.verify !== 'boot')
        return undefined;
    // loaded only for a drill: the tool cache and the release download stay out of other runs
    const { drillEtcd } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 41502));
    return r.timings.time('etcd', () => drillEtcd(found, r.inputs.etcd, snapshotPath, r.logger));
}
async function uploadMembers(r, restored) {
    const publish = r.inputs.publish;
    if (!restored || !publish.upload)
        return [];
    const options = {
        ...publish,
        workDir: (0,external_node_path_.join)(r.workDir, 'archives'),
        ...(restored.db && { db: restored.db })
    };
    return r.timings.time('upload', () => (0,upload/* publishMembers */.Ft)(restored.cluster.members, options, r.logger));
}
async function saveDrill(r, drill) {
    const { outDir } = r.inputs.restore;
    const { reportArtifact } = r.inputs.drill;
    const { retentionDays } = r.inputs.publish;
    const { saveDrillReport } = await __webpack_require__.e(/* import() */ 447).then(__webpack_require__.bind(__webpack_require__, 8447));
    return saveDrillReport(drill, outDir, { reportArtifact, retentionDays }, r.logger);
}
async function checkAgainstBaseline(r, restored) {
    if (!r.inputs.baseline.from)
        return undefined;
    const inventory = restored?.snapshot.inventory;
    const dir = (0,external_node_path_.join)(r.workDir, 'baseline');
    return r.timings.time('baseline', () => checkBaseline(inventory, r.inputs.baseline, dir, r.logger));
}
/** The JSON report (and its artifact), the outputs, the job summary. */
async function main_report(r, result) {
    const { reportArtifact, retentionDays } = r.inputs.publish;
    const warning = costWarning(result.cost);
    if (warning)
        r.logger.warn(warning);
    if (await writeActionReport(result))
        await (0,upload/* uploadReport */.a3)(result.reportPath, reportArtifact, retentionDays, r.logger);
    setOutputs(result);
    await writeJobSummary(result);
}

;// CONCATENATED MODULE: ./src/action/start.ts




/** The action's run, once index.ts has set the heap up. */
function start() {
    // A cancelled job (SIGINT, then SIGTERM 7.5 s later) stops every etcd and removes the staging.
    (0,interrupt/* installInterruptHandlers */.cE)();
    run().catch((error) => core/* setFailed */.C1((0,errors/* errorMessage */.gJ)(error)));
}


/***/ }),

/***/ 14339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ bootRevisions),
/* harmony export */   u: () => (/* binding */ hashKV)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44726);
/* harmony import */ var _kv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38179);
/* harmony import */ var _revision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29627);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13397);





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

/***/ 59161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ KeyHash),
/* harmony export */   L: () => (/* binding */ KeyFingerprints)
/* harmony export */ });
/* harmony import */ var _wal_crc32c_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44726);
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

/***/ 38179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ decodeKeyValue),
/* harmony export */   Mv: () => (/* binding */ keyValueKey),
/* harmony export */   Xh: () => (/* binding */ userKey),
/* harmony export */   cp: () => (/* binding */ userKeyString),
/* harmony export */   iP: () => (/* binding */ byteString)
/* harmony export */ });
/* unused harmony exports decodeLease, decodeUser, decodeRole */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _proto_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2406);
/* harmony import */ var _revision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29627);
/**
 * Values of etcd's buckets: `mvccpb.KeyValue` (every `key`-bucket revision), `leasepb.Lease`,
 * `authpb.User` and `authpb.Role`. KeyValue is decoded by hand because status and hashKV decode
 * one per revision (millions on a large snapshot) and need only a few fields; the rest go through
 * protobufjs (src/lib/proto/{mvcc,lease,auth}.proto).
 */



const EMPTY = new Uint8Array(0);
/** Reads protobuf wire format with every length checked against the buffer. */
class WireReader {
    bytes;
    what;
    pos = 0;
    constructor(bytes, what) {
        this.bytes = bytes;
        this.what = what;
    }
    get done() {
        return this.pos >= this.bytes.length;
    }
    fail(reason) {
        const what = typeof this.what === 'string' ? this.what : this.what();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SnapshotError */ .JC(`${what}: bad mvccpb.KeyValue at byte ${this.pos}: ${reason}`);
    }
    varint() {
        let result = 0n;
        for (let shift = 0n; shift < 70n; shift += 7n) {
            if (this.pos >= this.bytes.length)
                this.fail('truncated varint');
            const b = this.bytes[this.pos++];
            result |= BigInt(b & 0x7f) << shift;
            if ((b & 0x80) === 0)
                return BigInt.asIntN(64, result);
        }
        return this.fail('varint longer than 10 bytes');
    }
    /** A varint known to be small (tags, lengths): plain number arithmetic, fast path. */
    smallVarint() {
        let result = 0;
        for (let shift = 0; shift < 35; shift += 7) {
            if (this.pos >= this.bytes.length)
                this.fail('truncated varint');
            const b = this.bytes[this.pos++];
            result += (b & 0x7f) * 2 ** shift;
            if ((b & 0x80) === 0)
                return result;
        }
        return this.fail('length or tag too large');
    }
    /** Steps over a varint without building its value (the hot path of keyValueKey). */
    skipVarint() {
        for (let i = 0; i < 10; i++) {
            if (this.pos >= this.bytes.length)
                this.fail('truncated varint');
            if ((this.bytes[this.pos++] & 0x80) === 0)
                return;
        }
        this.fail('varint longer than 10 bytes');
    }
    lengthDelimited() {
        const length = this.smallVarint();
        if (length > this.bytes.length - this.pos) {
            this.fail(`length ${length} runs past the end (${this.bytes.length} bytes)`);
        }
        const out = this.bytes.subarray(this.pos, this.pos + length);
        this.pos += length;
        return out;
    }
    /** lengthDelimited() without the view (a skipped value is most of a `key` entry). */
    skipLengthDelimited() {
        const length = this.smallVarint();
        if (length > this.bytes.length - this.pos) {
            this.fail(`length ${length} runs past the end (${this.bytes.length} bytes)`);
        }
        this.pos += length;
    }
    skip(wireType) {
        if (wireType === 0)
            this.skipVarint();
        else if (wireType === 2)
            this.skipLengthDelimited();
        else if (wireType === 1 || wireType === 5) {
            const n = wireType === 1 ? 8 : 4;
            if (n > this.bytes.length - this.pos)
                this.fail('truncated fixed field');
            this.pos += n;
        }
        else
            this.fail(`unsupported wire type ${wireType}`);
    }
}
/**
 * Decodes a `key`-bucket value. The returned byte arrays are views of `bytes` (copy them to keep
 * them past the next bolt read). `what` names the revision in error messages.
 */
function decodeKeyValue(bytes, what = 'key bucket value') {
    const r = new WireReader(bytes, what);
    const kv = {
        key: EMPTY,
        createRevision: 0n,
        modRevision: 0n,
        version: 0n,
        value: EMPTY,
        lease: 0n
    };
    while (!r.done) {
        const tag = r.smallVarint();
        const field = Math.floor(tag / 8);
        const wireType = tag & 7;
        if ((field === 1 || field === 5) && wireType === 2) {
            if (field === 1)
                kv.key = r.lengthDelimited();
            else
                kv.value = r.lengthDelimited();
        }
        else if (field >= 2 && field <= 6 && field !== 5 && wireType === 0) {
            const n = r.varint();
            if (field === 2)
                kv.createRevision = n;
            else if (field === 3)
                kv.modRevision = n;
            else if (field === 4)
                kv.version = n;
            else
                kv.lease = n;
        }
        else
            r.skip(wireType);
    }
    return kv;
}
/**
 * Only the user key of a `key`-bucket value (a view of `bytes`); steps over the other fields.
 * `what` may be a function so hot loops build the error context only on failure.
 */
function keyValueKey(bytes, what = 'key bucket value') {
    const r = new WireReader(bytes, what);
    let key = EMPTY;
    while (!r.done) {
        const tag = r.smallVarint();
        if (tag === 0x0a)
            key = r.lengthDelimited();
        else
            r.skip(tag & 7);
    }
    return key;
}
/**
 * Bytes as a string with one char per byte (ISO-8859-1), to use byte strings as Map keys.
 * Node's native latin1 slice; TextDecoder('latin1') is windows-1252 and much slower.
 */
function byteString(bytes) {
    return latin1Slice.call(bytes, 0, bytes.length);
}
/** Buffer's own latin1 slice, applied to a plain Uint8Array view: no Buffer object per call. */
const latin1Slice = Buffer.prototype.latin1Slice;
/**
 * The user key of a `key`-bucket entry (`value` undefined for a nested bucket: no key) as a byte
 * string, the Map key the sweeps that track keys use; errors name the revision.
 */
function userKeyString(revisionKey, value) {
    return byteString(userKey(revisionKey, value));
}
/** userKeyString's bytes: a view of `value`. */
function userKey(revisionKey, value) {
    return keyValueKey(value ?? EMPTY, () => (0,_revision_js__WEBPACK_IMPORTED_MODULE_2__/* .revisionLabel */ .wc)(revisionKey));
}
function int64(value) {
    if (value === undefined || value === null)
        return 0n;
    if (typeof value === 'number')
        return BigInt(value);
    const { low, high } = value;
    return BigInt.asIntN(64, (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0));
}
function decodeWith(typeName, bytes, what) {
    try {
        return protoType(typeName).decode(bytes);
    }
    catch (error) {
        throw new SnapshotError(`${what}: cannot decode ${typeName}: ${error.message}`, {
            cause: error
        });
    }
}
/** Decodes a `lease` bucket value (leasepb.Lease). */
function decodeLease(bytes, what = 'lease bucket value') {
    const m = decodeWith('leasepb.Lease', bytes, what);
    return { id: int64(m.ID), ttl: int64(m.TTL) };
}
/** Decodes an `authUsers` value (authpb.User). */
function decodeUser(bytes, what = 'authUsers value') {
    const m = decodeWith('authpb.User', bytes, what);
    return { name: utf8(m.name), roles: m.roles ?? [] };
}
/** Decodes an `authRoles` value (authpb.Role). */
function decodeRole(bytes, what = 'authRoles value') {
    const m = decodeWith('authpb.Role', bytes, what);
    return { name: utf8(m.name), permissions: m.keyPermission?.length ?? 0 };
}
function utf8(bytes) {
    return bytes ? new TextDecoder().decode(bytes) : '';
}


/***/ }),

/***/ 29627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ MAX_REVISION),
/* harmony export */   P7: () => (/* binding */ revisionNumber),
/* harmony export */   aK: () => (/* binding */ isTombstone),
/* harmony export */   c4: () => (/* binding */ encodeRevision),
/* harmony export */   pq: () => (/* binding */ servedRevision),
/* harmony export */   py: () => (/* binding */ revisionMain),
/* harmony export */   ur: () => (/* binding */ decodeRevision),
/* harmony export */   wc: () => (/* binding */ revisionLabel)
/* harmony export */ });
/* unused harmony exports REVISION_BYTES, TOMBSTONE_REVISION_BYTES, compareRevisions */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * Keys of the `key` bucket: an MVCC revision (etcd `revToBytes` / `bytesToRev`, v3.4
 * `mvcc/revision.go`). 8-byte big-endian main, ASCII `_`, 8-byte big-endian sub = 17 bytes;
 * a deletion ("tombstone") appends ASCII `t` (18 bytes). Because both numbers are big-endian and
 * non-negative, bbolt's byte order is revision order. Format doc §5.4.
 */

/** Length of an encoded revision. */
const REVISION_BYTES = 17;
/** Length of an encoded tombstone revision. */
const TOMBSTONE_REVISION_BYTES = 18;
const SEPARATOR = 0x5f; // '_'
const TOMBSTONE_MARK = 0x74; // 't'
const MAX_INT64 = (1n << 63n) - 1n;
function checkInt64(name, value) {
    if (value < 0n || value > MAX_INT64)
        throw new RangeError(`revision ${name} ${value} is not in 0..2^63-1`);
}
/** The 17-byte key of `rev` (18 bytes with the tombstone mark when `tombstone`). */
function encodeRevision(rev, tombstone = false) {
    checkInt64('main', rev.main);
    checkInt64('sub', rev.sub);
    const out = new Uint8Array(tombstone ? TOMBSTONE_REVISION_BYTES : REVISION_BYTES);
    const view = new DataView(out.buffer);
    view.setBigUint64(0, rev.main, false);
    out[8] = SEPARATOR;
    view.setBigUint64(9, rev.sub, false);
    if (tombstone)
        out[17] = TOMBSTONE_MARK;
    return out;
}
/**
 * Decodes a `key`-bucket key. Throws SnapshotError when it is not 17 bytes, or 18 ending in `t`,
 * with `_` at byte 8 and both numbers below 2^63 (`what` names the key's place in the message).
 */
function decodeRevision(key, what = 'key bucket') {
    const length = key.length;
    const tombstone = length === TOMBSTONE_REVISION_BYTES && key[17] === TOMBSTONE_MARK;
    if ((length !== REVISION_BYTES && !tombstone) ||
        key[8] !== SEPARATOR ||
        (key[0] & 0x80) !== 0 ||
        (key[9] & 0x80) !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SnapshotError */ .JC(`${what}: malformed revision key ${hexPreview(key)} (${length} bytes)`);
    }
    const view = new DataView(key.buffer, key.byteOffset, length);
    return { main: view.getBigUint64(0, false), sub: view.getBigUint64(9, false), tombstone };
}
/**
 * Only the main revision of a `key`-bucket key, as a number, for loops over millions of keys:
 * the same checks as decodeRevision without allocating. Throws SnapshotError like it.
 */
function revisionMain(key, what = 'key bucket') {
    const length = key.length;
    if (!(length === REVISION_BYTES ||
        (length === TOMBSTONE_REVISION_BYTES && key[17] === TOMBSTONE_MARK)) ||
        key[8] !== SEPARATOR ||
        (key[9] & 0x80) !== 0) {
        return revisionNumber(decodeRevision(key, what).main); // throws the detailed error
    }
    const high = ((key[0] << 24) | (key[1] << 16) | (key[2] << 8) | key[3]) >>> 0;
    const low = ((key[4] << 24) | (key[5] << 16) | (key[6] << 8) | key[7]) >>> 0;
    if (high > 0x1fffff)
        return revisionNumber(decodeRevision(key, what).main); // beyond 2^53
    return high * 2 ** 32 + low;
}
/** `key bucket revision <main>_<sub>` for error messages (`_<sub>t` for a tombstone). */
function revisionLabel(key) {
    const r = decodeRevision(key);
    return `key bucket revision ${r.main}_${r.sub}${r.tombstone ? 't' : ''}`;
}
/** True when `key` is a tombstone revision (etcd `isTombstone`: 18 bytes ending in `t`). */
function isTombstone(key) {
    return key.length === TOMBSTONE_REVISION_BYTES && key[17] === TOMBSTONE_MARK;
}
/** Orders revisions like etcd's `revision.GreaterThan` (main, then sub). */
function compareRevisions(a, b) {
    if (a.main !== b.main)
        return a.main < b.main ? -1 : 1;
    if (a.sub !== b.sub)
        return a.sub < b.sub ? -1 : 1;
    return 0;
}
/** `main` as a number, for reports; revisions above 2^53 do not occur in practice but are refused. */
function revisionNumber(main) {
    if (main > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SnapshotError */ .JC(`revision ${main} is too large to report (above 2^53)`);
    }
    return Number(main);
}
function hexPreview(bytes) {
    const hex = Buffer.from(bytes.subarray(0, 24)).toString('hex');
    return bytes.length > 24 ? `${hex}…` : hex || '(empty)';
}
/**
 * The revision etcd serves after booting a restored db: its newest key's, or the finished
 * compaction's when that is newer (mvcc's restore: a compaction at the head, after deletions, can
 * leave no key at its revision, and etcd then starts at the compaction revision).
 */
function servedRevision(newestKeyRevision, finishedCompactRevision) {
    return newestKeyRevision > finishedCompactRevision ? newestKeyRevision : finishedCompactRevision;
}
/** etcd revisions are int64: the largest one it accepts. */
const MAX_REVISION = (1n << 63n) - 1n;


/***/ }),

/***/ 13397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ ClusterKeys),
/* harmony export */   SK: () => (/* binding */ MetaKeys),
/* harmony export */   Xb: () => (/* binding */ decodeUint64),
/* harmony export */   cR: () => (/* binding */ Buckets),
/* harmony export */   fK: () => (/* binding */ AuthKeys),
/* harmony export */   zb: () => (/* binding */ encodeUint64)
/* harmony export */ });
/* unused harmony export REMOVED_MEMBER_VALUE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * The names etcd gives its bbolt buckets and well-known keys (etcd v3.4 `mvcc/kvstore.go`,
 * `auth/store.go`, `etcdserver/api/membership/store.go`, `lease/lessor.go`; v3.5
 * `server/mvcc/buckets/bucket.go`; v3.6 `server/storage/schema/bucket.go`). Spelled once here;
 * everything else compares against these bytes. Format doc §5.2.
 */

const ascii = (text) => new TextEncoder().encode(text);
/** Bucket names, as raw bytes (bbolt compares bytes). */
const Buckets = {
    /** MVCC history: key = revision (17 bytes, 18 for a tombstone), value = mvccpb.KeyValue. */
    key: ascii('key'),
    /** Backend bookkeeping: consistent index, term, compaction marks, versions (MetaKeys). */
    meta: ascii('meta'),
    /** Leases: key = 8-byte big-endian lease ID, value = leasepb.Lease. */
    lease: ascii('lease'),
    /** Raised alarms (NOSPACE, CORRUPT): key = marshalled AlarmMember, value empty. */
    alarm: ascii('alarm'),
    /** Cluster-wide facts: cluster version and the 3.5+ downgrade state (ClusterKeys). */
    cluster: ascii('cluster'),
    /** Members: key = member ID in unpadded lower-case hex, value = member JSON (format doc §7.4). */
    members: ascii('members'),
    /** Removed members: key = unpadded hex ID, value = the text `removed`. */
    membersRemoved: ascii('members_removed'),
    /** Auth switches: enabled flag and auth revision (AuthKeys). */
    auth: ascii('auth'),
    /** Users: key = user name, value = authpb.User. */
    authUsers: ascii('authUsers'),
    /** Roles: key = role name, value = authpb.Role. */
    authRoles: ascii('authRoles')
};
/** Keys of the `meta` bucket. */
const MetaKeys = {
    /** Raft index of the last entry applied to this backend: 8-byte big-endian uint64. */
    consistentIndex: ascii('consistent_index'),
    /** Raft term of that entry, 8-byte big-endian uint64; written by 3.5+ servers only. */
    term: ascii('term'),
    /** JSON raftpb.ConfState; written by 3.5+ servers on membership changes. */
    confState: ascii('confState'),
    /** Storage schema version as ASCII `major.minor.0`; written by 3.6+ servers. */
    storageVersion: ascii('storageVersion'),
    /** Compaction requested at this revision (17-byte revision); resumed at startup if unfinished. */
    scheduledCompactRev: ascii('scheduledCompactRev'),
    /** Last compaction that completed (17-byte revision): revisions below it are gone. */
    finishedCompactRev: ascii('finishedCompactRev')
};
/** Keys of the `cluster` bucket. */
const ClusterKeys = {
    /** Cluster version as ASCII `major.minor.0`. */
    clusterVersion: ascii('clusterVersion'),
    /** JSON downgrade state `{"target-version":…,"enabled":…}`; 3.5+ only. */
    downgrade: ascii('downgrade')
};
/** Keys of the `auth` bucket. */
const AuthKeys = {
    /** One byte: 1 = auth enabled, 0 = disabled. */
    authEnabled: ascii('authEnabled'),
    /** Auth store revision: 8-byte big-endian uint64, bumped by every auth change. */
    authRevision: ascii('authRevision')
};
/** The value etcd stores under every `members_removed` key. */
const REMOVED_MEMBER_VALUE = ascii('removed');
/** meta/consistent_index, meta/term and auth/authRevision are 8-byte big-endian uint64s. */
function encodeUint64(value) {
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigUint64(0, value, false);
    return out;
}
/** Reads such a value; `what` names it in the error (e.g. `meta/consistent_index`). */
function decodeUint64(value, what) {
    if (value.length !== 8)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SnapshotError */ .JC(`${what} is ${value.length} bytes, expected 8`);
    return new DataView(value.buffer, value.byteOffset, 8).getBigUint64(0, false);
}


/***/ }),

/***/ 25329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ encodeBucketValue),
/* harmony export */   fW: () => (/* binding */ Bucket),
/* harmony export */   fw: () => (/* binding */ toKey),
/* harmony export */   iT: () => (/* binding */ inlinePageOf),
/* harmony export */   sb: () => (/* binding */ decodeBucketHeader)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _cursor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21765);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34468);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23574);
/**
 * A bucket: a B+tree rooted at a page, or inline (root 0) with its single leaf page stored in the
 * parent's value after the 16-byte header {root u64, sequence u64} (bbolt-format §3.5, §6.4).
 */




const textEncoder = new TextEncoder();
/** A bucket name or key given as text: its UTF-8 bytes. */
function toKey(name) {
    return typeof name === 'string' ? textEncoder.encode(name) : name;
}
/** The 16-byte header at the start of a bucket value. */
function decodeBucketHeader(value) {
    if (value.length < _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUCKET_HEADER_SIZE */ .pP) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`bucket value is ${value.length} bytes, shorter than its 16-byte header`);
    }
    const root = (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .readU64Number */ .tp)(value, 0);
    if (root < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb('bucket root page id is beyond 2^53');
    return { root, sequence: (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .viewOf */ .du)(value).getBigUint64(8, true) };
}
/** A bucket value: header, plus the inline page when root is 0. */
function encodeBucketValue(root, sequence, inlinePage) {
    const out = new Uint8Array(_types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUCKET_HEADER_SIZE */ .pP + (inlinePage?.length ?? 0));
    (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .writeU64Number */ .Sq)(out, 0, root);
    (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .viewOf */ .du)(out).setBigUint64(8, sequence, true);
    if (inlinePage)
        out.set(inlinePage, _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUCKET_HEADER_SIZE */ .pP);
    return out;
}
/**
 * The inline page inside a bucket value, checked the way bbolt would need it: a leaf page with
 * header id 0 (a non-zero id would be freed if the bucket ever spills, bbolt-format §3.5).
 */
function inlinePageOf(value, where) {
    const page = value.subarray(_types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUCKET_HEADER_SIZE */ .pP);
    if (page.length < _types_js__WEBPACK_IMPORTED_MODULE_3__/* .PAGE_HEADER_SIZE */ .ql) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`inline bucket page is ${page.length} bytes, shorter than a page header`, where);
    }
    const header = (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .decodePageHeader */ .pM)(page);
    if (header.id !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`inline bucket page has id ${header.id}, must be 0`, where);
    if (header.flags !== _types_js__WEBPACK_IMPORTED_MODULE_3__/* .PageFlag */ .MR.leaf) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`inline bucket page has flags 0x${header.flags.toString(16)}, must be a leaf`, where);
    }
    if (header.overflow !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`inline bucket page has overflow ${header.overflow}, must be 0`, where);
    }
    return page;
}
class Bucket {
    db;
    /** Root page id; 0 = inline. */
    rootPage;
    sequence;
    /** The inline page for an inline bucket, else null. */
    inlinePage;
    constructor(db, rootPage, sequence, inlinePage) {
        if (rootPage === 0 && inlinePage === null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb('bucket has root page 0 but no inline page');
        }
        this.db = db;
        this.rootPage = rootPage;
        this.sequence = sequence;
        this.inlinePage = rootPage === 0 ? inlinePage : null;
    }
    /** Opens a bucket from its raw value (as found in the parent's leaf). */
    static fromValue(db, value) {
        const header = decodeBucketHeader(value);
        if (header.root === 0)
            return new Bucket(db, 0, header.sequence, inlinePageOf(value));
        return new Bucket(db, header.root, header.sequence, null);
    }
    get inline() {
        return this.rootPage === 0;
    }
    cursor() {
        return new _cursor_js__WEBPACK_IMPORTED_MODULE_1__/* .Cursor */ .b(this.db, this.rootPage, this.inlinePage);
    }
    /** The value of `key`; undefined when absent or when the entry is a bucket. */
    get(key) {
        const k = toKey(key);
        const entry = this.cursor().seek(k);
        if (entry === null || entry.isBucket || (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .compareBytes */ .Xo)(entry.key, k) !== 0)
            return undefined;
        return entry.value;
    }
    /** A nested bucket, or null when absent or when the entry is a plain value. */
    bucket(name) {
        const k = toKey(name);
        const entry = this.cursor().seek(k);
        if (entry === null || !entry.isBucket || (0,_page_js__WEBPACK_IMPORTED_MODULE_2__/* .compareBytes */ .Xo)(entry.key, k) !== 0)
            return null;
        return Bucket.fromValue(this.db, entry.value);
    }
    *entries() {
        yield* walk(this.cursor());
    }
    /**
     * entries() for one pass over a large bucket that keeps nothing it is given: each entry's
     * bytes are valid only until the next one is taken (pages are read without allocating).
     */
    *sweep() {
        yield* walk(new _cursor_js__WEBPACK_IMPORTED_MODULE_1__/* .Cursor */ .b(this.db, this.rootPage, this.inlinePage, true));
    }
}
function* walk(cursor) {
    for (let e = cursor.first(); e !== null; e = cursor.next()) {
        yield { key: e.key, value: e.value, isBucket: e.isBucket };
    }
}


/***/ }),

/***/ 94568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ TreeChecker),
  E: () => (/* binding */ bucketName)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/bolt/page.ts
var bolt_page = __webpack_require__(34468);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(23574);
;// CONCATENATED MODULE: ./src/lib/bolt/check-inline.ts
/**
 * Inline buckets (bbolt-format §3.5): the bucket's only page lives in the parent's value. bbolt's
 * check and its free-page scan skip inline buckets entirely, so everything bbolt would later rely
 * on is checked here: page id 0, an exact leaf, no overflow, elements inside the value, keys
 * non-empty and increasing, and no sub-bucket (its pages would be counted free and overwritten).
 */



/**
 * Checks the inline page of the bucket entry at element `index` of leaf page `id`; `entries`
 * (checkDb's option) sees its entries on the way.
 */
function checkInlineBucket(id, index, page, report, entries) {
    const where = `inline bucket in element ${index}`;
    if (page.length < types/* PAGE_HEADER_SIZE */.ql)
        throw new errors/* BoltFormatError */.Tb(`${where} is shorter than a page header`, id);
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    if (view.getUint32(0, true) !== 0 || view.getUint32(4, true) !== 0) {
        throw new errors/* BoltFormatError */.Tb(`${where} has a non-zero page id`, id);
    }
    const flags = view.getUint16(8, true);
    if (flags !== types/* PageFlag */.MR.leaf) {
        throw new errors/* BoltFormatError */.Tb(`${where} has page flags 0x${flags.toString(16)}, not a leaf`, id);
    }
    if (view.getUint32(12, true) !== 0)
        throw new errors/* BoltFormatError */.Tb(`${where} has a non-zero overflow`, id);
    const count = view.getUint16(10, true);
    if (types/* PAGE_HEADER_SIZE */.ql + types/* ELEMENT_SIZE */.Tv * count > page.length) {
        throw new errors/* BoltFormatError */.Tb(`${where}: element count ${count} does not fit in ${page.length} bytes`, id);
    }
    report.depth = 1;
    let prevStart = 0;
    let prevLength = 0;
    for (let i = 0; i < count; i++) {
        const offset = types/* PAGE_HEADER_SIZE */.ql + types/* ELEMENT_SIZE */.Tv * i;
        const elementFlags = view.getUint32(offset, true);
        const start = offset + view.getUint32(offset + 4, true);
        const length = view.getUint32(offset + 8, true);
        const end = start + length + view.getUint32(offset + 12, true);
        if (end > page.length)
            throw new errors/* BoltFormatError */.Tb(`${where}: element ${i} lies outside the inline page`, id);
        if (length === 0)
            throw new errors/* BoltFormatError */.Tb(`${where}: element ${i} has an empty key`, id);
        if (i > 0 && (0,bolt_page/* compareRange */.NM)(page, prevStart, prevLength, page, start, length) >= 0) {
            throw new errors/* BoltFormatError */.Tb(`${where}: keys out of order at element ${i}`, id);
        }
        prevStart = start;
        prevLength = length;
        if (elementFlags === types/* BUCKET_LEAF_FLAG */.H2) {
            throw new errors/* BoltFormatError */.Tb(`${where}: element ${i} is a sub-bucket, which bbolt never checks or frees`, id);
        }
        if (elementFlags !== 0) {
            throw new errors/* BoltFormatError */.Tb(`${where}: element ${i} has flags 0x${elementFlags.toString(16)}`, id);
        }
        report.keys++;
        entries?.value(page.subarray(start, start + length), page.subarray(start + length, end));
    }
}

// EXTERNAL MODULE: ./src/lib/bolt/held-pages.ts
var held_pages = __webpack_require__(41761);
;// CONCATENATED MODULE: ./src/lib/bolt/check-tree.ts
/**
 * The tree part of checkDb: walks every paged bucket from the root bucket down (bbolt-format §9),
 * marking pages and checking, page by page: fastCheck, exact branch/leaf type, elements inside the
 * span, non-empty keys strictly increasing across the whole bucket, branch key == child's first
 * key, ≥ 2 children per branch, no empty non-root page. Elements are read through one DataView per
 * page and keys compared in place: no allocation per element. Pages come from transient reads
 * (reused memory, no allocation per page either); what the walk keeps beyond the next read — the
 * branch pages on its path, a leaf holding sub-buckets, the previous key — it copies into buffers
 * of its own.
 */





/** Pages on the recursion path over all nested buckets together: keeps the JS stack safe. */
const MAX_TOTAL_DEPTH = 256;
const TWO_32 = 0x1_0000_0000;
/** A u64 whose high word is at or above this is >= 2^53. */
const HIGH_WORD_LIMIT = 0x20_0000;
const textDecoder = new TextDecoder('utf-8', { fatal: true });
function bucketName(bytes) {
    try {
        const text = textDecoder.decode(bytes);
        // eslint-disable-next-line no-control-regex
        if (text.length > 0 && !/[\u0000-\u001f\u007f]/.test(text))
            return text;
    }
    catch {
        // not UTF-8: fall through to hex
    }
    return `hex:${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
/** A u64 as the bigint it is (a bucket's sequence). */
function readU64(bytes, offset) {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset, true);
}
function u64At(view, offset) {
    const hi = view.getUint32(offset + 4, true);
    return hi >= HIGH_WORD_LIMIT
        ? Number.MAX_SAFE_INTEGER
        : hi * TWO_32 + view.getUint32(offset, true);
}
class TreeChecker {
    buckets = [];
    db;
    marks;
    hwm;
    /** Page ids from the current bucket's root down to the page being checked. */
    path = [];
    totalDepth = 0;
    /** The parent's branch key for the next walkPage (page bytes + range), or null for a root. */
    expectedPage = null;
    expectedStart = 0;
    expectedLength = 0;
    /** Copies of the pages on the walk's path, by total depth. */
    held = new held_pages/* HeldPages */.Y();
    /** See CheckOptions.trustedBuckets: top-level trees not walked again. */
    trusted;
    /** See CheckOptions.entries. */
    entries;
    constructor(db, marks, trusted, entries) {
        this.db = db;
        this.marks = marks;
        this.hwm = db.hwm;
        this.trusted = trusted;
        this.entries = entries;
    }
    /** Checks the bucket tree rooted at `root`; `referrer` is the page holding its header. */
    walkBucket(root, report, referrer) {
        if (report.level >= types/* MAX_BUCKET_NESTING */.XF) {
            throw new errors/* BoltFormatError */.Tb(`buckets nested deeper than ${types/* MAX_BUCKET_NESTING */.XF} levels`, root);
        }
        const walk = {
            report,
            prevPage: null,
            prevStart: 0,
            prevLength: 0,
            keyCopy: new Uint8Array(64)
        };
        const outerPath = this.path;
        this.path = [];
        this.expectedPage = null;
        this.walkPage(root, 0, walk, referrer);
        this.path = outerPath;
    }
    walkPage(id, depth, walk, referrer) {
        const expected = this.expectedPage;
        const expectedStart = this.expectedStart;
        const expectedLength = this.expectedLength;
        if (id < 2 || id >= this.hwm) {
            throw new errors/* BoltFormatError */.Tb(`page ${referrer} refers to page ${id}, outside [2, ${this.hwm})`, referrer);
        }
        if (depth >= types/* MAX_TREE_DEPTH */.is)
            throw new errors/* BoltFormatError */.Tb(`bucket tree is deeper than ${types/* MAX_TREE_DEPTH */.is} levels`, id);
        if (this.totalDepth >= MAX_TOTAL_DEPTH) {
            throw new errors/* BoltFormatError */.Tb(`nested bucket trees are deeper than ${MAX_TOTAL_DEPTH} pages in total`, id);
        }
        // A second reference fails here, before the page is even read (cycle or duplicate).
        if (this.marks.has(id))
            this.marks.mark(id, 0, referrer, this.path);
        let page = this.db.transientPage(id);
        let view = new DataView(page.buffer, page.byteOffset, page.byteLength);
        const flags = view.getUint16(8, true);
        const count = view.getUint16(10, true);
        const overflow = view.getUint32(12, true);
        this.marks.mark(id, overflow, referrer, this.path);
        walk.report.pages += overflow + 1;
        if (depth + 1 > walk.report.depth)
            walk.report.depth = depth + 1;
        if (flags !== types/* PageFlag */.MR.branch && flags !== types/* PageFlag */.MR.leaf) {
            throw new errors/* BoltFormatError */.Tb(`invalid type: flags 0x${flags.toString(16)} where a branch or leaf page belongs`, id);
        }
        const elementsEnd = types/* PAGE_HEADER_SIZE */.ql + types/* ELEMENT_SIZE */.Tv * count;
        if (elementsEnd > page.length) {
            throw new errors/* BoltFormatError */.Tb(`element count ${count} needs ${elementsEnd} bytes, the page span has ${page.length}`, id);
        }
        const branch = flags === types/* PageFlag */.MR.branch;
        if (count === 0 && (depth > 0 || branch)) {
            throw new errors/* BoltFormatError */.Tb(`empty ${branch ? 'branch' : 'leaf'} page below a bucket root`, id);
        }
        if (branch && count < 2) {
            throw new errors/* BoltFormatError */.Tb('branch page has only one child (bbolt requires at least 2)', id);
        }
        if (expected !== null && count > 0) {
            // §3.4 rule 1: the parent's key must be exactly this page's first key.
            const start = types/* PAGE_HEADER_SIZE */.ql + view.getUint32(types/* PAGE_HEADER_SIZE */.ql + (branch ? 0 : 4), true);
            const length = view.getUint32(types/* PAGE_HEADER_SIZE */.ql + (branch ? 4 : 8), true);
            if (start + length <= page.length &&
                (0,bolt_page/* compareRange */.NM)(page, start, length, expected, expectedStart, expectedLength) !== 0) {
                throw new errors/* BoltFormatError */.Tb(`branch key does not equal the first key of its child page ${id}`, referrer);
            }
        }
        this.path.push(id);
        this.totalDepth++;
        if (branch) {
            // the children's reads reuse the memory of this read
            page = this.hold(page);
            view = new DataView(page.buffer, page.byteOffset, page.byteLength);
            this.walkBranch(id, page, view, count, depth, walk);
        }
        else
            this.walkLeaf(id, page, view, count, walk);
        this.totalDepth--;
        this.path.pop();
    }
    walkBranch(id, page, view, count, depth, walk) {
        // the children are read together where the source can (scattered live pages, read-ahead.ts)
        this.db.prefetchChildren(page);
        let prevStart = 0;
        let prevLength = 0;
        for (let i = 0; i < count; i++) {
            const offset = types/* PAGE_HEADER_SIZE */.ql + types/* ELEMENT_SIZE */.Tv * i;
            const start = offset + view.getUint32(offset, true);
            const length = view.getUint32(offset + 4, true);
            if (start + length > page.length || length === 0)
                elementProblem(id, page, i, start, start + length);
            if (i > 0 && (0,bolt_page/* compareRange */.NM)(page, prevStart, prevLength, page, start, length) >= 0) {
                throw new errors/* BoltFormatError */.Tb(`branch keys out of order at element ${i}`, id);
            }
            prevStart = start;
            prevLength = length;
            this.expectedPage = page;
            this.expectedStart = start;
            this.expectedLength = length;
            this.walkPage(u64At(view, offset + 8), depth + 1, walk, id);
        }
    }
    walkLeaf(id, page, view, count, walk) {
        const report = walk.report;
        // The previous key lives in locals in the hot loop and goes back to `walk` at the end.
        let prevPage = walk.prevPage;
        let prevStart = walk.prevStart;
        let prevLength = walk.prevLength;
        let keys = 0;
        let held = false;
        for (let i = 0; i < count; i++) {
            const offset = types/* PAGE_HEADER_SIZE */.ql + types/* ELEMENT_SIZE */.Tv * i;
            const flags = view.getUint32(offset, true);
            const start = offset + view.getUint32(offset + 4, true);
            const length = view.getUint32(offset + 8, true);
            const valueEnd = start + length + view.getUint32(offset + 12, true);
            if (valueEnd > page.length || length === 0)
                elementProblem(id, page, i, start, valueEnd);
            if (prevPage !== null &&
                (0,bolt_page/* compareRange */.NM)(prevPage, prevStart, prevLength, page, start, length) >= 0) {
                throw new errors/* BoltFormatError */.Tb(`keys out of order: leaf element ${i} is not greater than the key before it`, id);
            }
            prevPage = page;
            prevStart = start;
            prevLength = length;
            if (flags === 0) {
                // bbolt's Tx has no Put: the root bucket only ever holds bucket entries.
                if (report.level < 0) {
                    throw new errors/* BoltFormatError */.Tb(`root bucket element ${i} is a plain value; bbolt stores only buckets there`, id);
                }
                keys++;
                this.entries?.value(page.subarray(start, start + length), page.subarray(start + length, valueEnd));
            }
            else if (flags === types/* BUCKET_LEAF_FLAG */.H2) {
                if (!held) {
                    // a paged sub-bucket's walk reads other pages: keep this one
                    const copy = this.hold(page);
                    if (prevPage === page)
                        prevPage = copy;
                    page = copy;
                    view = new DataView(page.buffer, page.byteOffset, page.byteLength);
                    held = true;
                }
                report.buckets++;
                const name = page.subarray(start, start + length);
                this.checkBucketValue(id, i, name, page.subarray(start + length, valueEnd), report);
            }
            else {
                throw new errors/* BoltFormatError */.Tb(`leaf element ${i} has flags 0x${flags.toString(16)} (only 0 or 1 exist)`, id);
            }
        }
        report.keys += keys;
        if (prevPage !== null && prevPage !== walk.keyCopy) {
            // the next leaf compares its first key with this one: copy it out of the transient page
            if (walk.keyCopy.length < prevLength)
                walk.keyCopy = new Uint8Array(prevLength * 2);
            walk.keyCopy.set(prevPage.subarray(prevStart, prevStart + prevLength));
            prevPage = walk.keyCopy;
            prevStart = 0;
        }
        walk.prevPage = prevPage;
        walk.prevStart = prevStart;
        walk.prevLength = prevLength;
    }
    /** A copy of `page` that stays valid while the walk below the current page reads others. */
    hold(page) {
        return this.held.hold(this.totalDepth - 1, page);
    }
    /** A bucket entry at element `index` of leaf `id`: paged (recurse) or inline (check in place). */
    checkBucketValue(id, index, name, value, parent) {
        if (value.length < types/* BUCKET_HEADER_SIZE */.pP) {
            throw new errors/* BoltFormatError */.Tb(`bucket entry ${index} has a ${value.length}-byte value, shorter than its header`, id);
        }
        const root = u64At(new DataView(value.buffer, value.byteOffset, value.byteLength), 0);
        if (parent.level < 0 &&
            root !== 0 &&
            value.length === types/* BUCKET_HEADER_SIZE */.pP &&
            this.trusted?.get(bucketName(name)) === root) {
            return;
        }
        const report = {
            name: bucketName(name),
            parent: parent.level < 0 ? null : parent.name,
            level: parent.level + 1,
            keys: 0,
            buckets: 0,
            pages: 0,
            inline: root === 0,
            depth: 0
        };
        this.buckets.push(report);
        if (root !== 0 && value.length !== types/* BUCKET_HEADER_SIZE */.pP) {
            throw new errors/* BoltFormatError */.Tb(`paged bucket entry ${index} has a ${value.length}-byte value (want 16)`, id);
        }
        const entries = this.entries;
        entries?.enterBucket(name, readU64(value, 8));
        if (root === 0)
            checkInlineBucket(id, index, value.subarray(types/* BUCKET_HEADER_SIZE */.pP), report, entries);
        else
            this.walkBucket(root, report, id);
        entries?.leaveBucket();
    }
}
/** Throws the message for an element whose data leaves the page or whose key is empty. */
function elementProblem(id, page, index, start, end) {
    if (end > page.length) {
        throw new errors/* BoltFormatError */.Tb(`element ${index} data [${start}, ${end}) lies outside the ${page.length}-byte page`, id);
    }
    throw new errors/* BoltFormatError */.Tb(`element ${index} has an empty key`, id);
}


/***/ }),

/***/ 85727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ checkDb)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/bolt/check-marks.ts
/**
 * The reachability bitmap of a check: one bit per page in [0, hwm), so memory stays at hwm/8
 * bytes whatever the file claims. A page may be marked once; a second mark is the "multiple
 * references" (or, when the page is on the current path, "branch cycle") error of bbolt check.
 */

/** Progress is reported every this many pages. */
const PROGRESS_EVERY = 4096;
class PageMarks {
    hwm;
    bits;
    onProgress;
    /** Pages marked (overflow pages included). */
    reachable = 0;
    /** Page spans marked (one per page header). */
    visited = 0;
    constructor(hwm, onProgress) {
        this.hwm = hwm;
        this.bits = new Uint8Array(Math.ceil(hwm / 8));
        this.onProgress = onProgress;
    }
    has(id) {
        return (this.bits[id >>> 3] & (1 << (id & 7))) !== 0;
    }
    /**
     * Marks [id, id+overflow]. `path` is the chain of pages above the referrer, to tell a cycle
     * from a plain duplicate reference.
     */
    mark(id, overflow, referrer, path = []) {
        for (let j = 0; j <= overflow; j++) {
            const p = id + j;
            if (p >= this.hwm) {
                throw new errors/* BoltFormatError */.Tb(`page ${p} (overflow of page ${id}) is beyond the high-water mark ${this.hwm}`, id);
            }
            if (this.has(p)) {
                const what = j === 0 ? `page ${p}` : `page ${p} (overflow ${j} of page ${id})`;
                if (path.includes(p)) {
                    const chain = [...path, p].join(' → ');
                    throw new errors/* BoltFormatError */.Tb(`branch cycle: ${what} is referenced by its own descendant ${referrer} (${chain})`, p);
                }
                throw new errors/* BoltFormatError */.Tb(`multiple references: ${what} is reachable twice (again from page ${referrer})`, p);
            }
            this.bits[p >>> 3] |= 1 << (p & 7);
            this.reachable++;
        }
        this.visited++;
        if (this.onProgress !== undefined && this.visited % PROGRESS_EVERY === 0)
            this.onProgress(this.visited);
    }
    reportProgress() {
        this.onProgress?.(this.visited);
    }
    /** Free = in [2, hwm) and not marked. */
    isFree(id) {
        return id >= 2 && id < this.hwm && !this.has(id);
    }
    freePageIds() {
        const ids = [];
        for (let id = 2; id < this.hwm; id++)
            if (!this.has(id))
                ids.push(id);
        return ids;
    }
}

// EXTERNAL MODULE: ./src/lib/bolt/check-tree.ts + 1 modules
var check_tree = __webpack_require__(94568);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(23574);
;// CONCATENATED MODULE: ./src/lib/bolt/check.ts
/**
 * Full consistency check of a bbolt file, stricter than `bbolt check` (bbolt-format §3.4, §5.4,
 * §9): reachability (each page once, or free), fastCheck on every reachable page, element bounds,
 * key order within and across pages, branch key == child's first key, ≥ 2 children per branch,
 * no empty non-root page, inline buckets well formed and without sub-buckets, and a freelist page
 * (if any) equal to the unreachable set. The first problem throws a BoltFormatError naming its
 * page. Bounded on any input: a bitmap of hwm bits, limited recursion, every count checked against
 * its page before looping.
 */




const TWO_32 = 0x1_0000_0000;
const HIGH_WORD_LIMIT = 0x20_0000;
function checkDb(db, options = {}) {
    const { hwm, pageSize } = db;
    const dbSize = hwm * pageSize;
    if (db.source.size < dbSize) {
        throw new errors/* TruncatedSnapshotError */.rz(`bbolt file is truncated: it holds ${db.source.size} bytes, its meta needs ${dbSize} (${hwm} pages)`);
    }
    const marks = new PageMarks(hwm, options.onProgress);
    marks.mark(0, 0, 0);
    marks.mark(1, 0, 1);
    const freelistIds = db.meta.freelist === null ? null : readFreelist(db, db.meta.freelist, marks);
    const root = {
        name: '',
        parent: null,
        level: -1,
        keys: 0,
        buckets: 0,
        pages: 0,
        inline: false,
        depth: 0
    };
    if (options.trustedBuckets !== undefined && freelistIds !== null) {
        throw new errors/* InvariantError */.zU('checkDb: trustedBuckets needs a db without a freelist page');
    }
    if (options.trustedBuckets !== undefined && options.entries !== undefined) {
        throw new errors/* InvariantError */.zU('checkDb: entries would miss the trusted buckets');
    }
    const tree = new check_tree/* TreeChecker */.s(db, marks, options.trustedBuckets, options.entries);
    tree.walkBucket(db.meta.root, root, db.meta.pageId);
    marks.reportProgress();
    const freePages = hwm - marks.reachable;
    if (freelistIds !== null)
        compareFreelist(freelistIds, freePages, marks);
    return {
        pageSize,
        hwm,
        txid: db.meta.txid.toString(),
        dbSize,
        fileSize: db.source.size,
        reachablePages: marks.reachable,
        freePages,
        freelist: freelistIds === null ? 'none' : 'page',
        rootPages: root.pages,
        buckets: tree.buckets,
        warnings: [],
        freePageIds: () => marks.freePageIds(),
        isFree: (id) => marks.isFree(id)
    };
}
/**
 * The freelist page's ids (bbolt-format §4.1), validated: sorted, unique, in [2, hwm), count
 * (incl. the 0xFFFF escape) inside the span. Marks the freelist span reachable.
 */
function readFreelist(db, id, marks) {
    const page = db.page(id);
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const flags = view.getUint16(8, true);
    if (flags !== types/* PageFlag */.MR.freelist) {
        throw new errors/* BoltFormatError */.Tb(`meta freelist points at a page with flags 0x${flags.toString(16)}`, id);
    }
    marks.mark(id, page.length / db.pageSize - 1, db.meta.pageId);
    let count = view.getUint16(10, true);
    let start = types/* PAGE_HEADER_SIZE */.ql;
    if (count === types/* FREELIST_COUNT_ESCAPE */.Dy) {
        const hi = view.getUint32(20, true); // a page is ≥ 512 bytes: the count is inside
        count = hi >= HIGH_WORD_LIMIT ? Number.MAX_SAFE_INTEGER : hi * TWO_32 + view.getUint32(16, true);
        start += 8;
    }
    if (count > (page.length - start) / 8) {
        throw new errors/* BoltFormatError */.Tb(`freelist count ${count} does not fit in its ${page.length}-byte span`, id);
    }
    const ids = new Float64Array(count);
    let previous = 1;
    for (let i = 0; i < count; i++) {
        const offset = start + 8 * i;
        const hi = view.getUint32(offset + 4, true);
        const free = hi >= HIGH_WORD_LIMIT ? Number.MAX_SAFE_INTEGER : hi * TWO_32 + view.getUint32(offset, true);
        if (free < 2 || free >= db.hwm) {
            throw new errors/* BoltFormatError */.Tb(`freelist entry ${i} is page ${free}, outside [2, ${db.hwm})`, id);
        }
        if (free <= previous) {
            throw new errors/* BoltFormatError */.Tb(`freelist is not sorted and unique: page ${free} follows ${previous}`, id);
        }
        ids[i] = previous = free;
    }
    return ids;
}
/** The freelist must be exactly the unreachable set: no page in use, none missing. */
function compareFreelist(ids, freePages, marks) {
    for (const id of ids) {
        if (marks.has(id)) {
            throw new errors/* BoltFormatError */.Tb(`reachable freed: page ${id} is in use but listed in the freelist`, id);
        }
    }
    if (ids.length === freePages)
        return;
    let k = 0;
    for (let id = 2; id < marks.hwm; id++) {
        if (marks.has(id))
            continue;
        if (k < ids.length && ids[k] === id)
            k++;
        else
            throw new errors/* BoltFormatError */.Tb(`unreachable unfreed: page ${id} is neither in use nor in the freelist`, id);
    }
}


/***/ }),

/***/ 67115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ TreeBuilder),
/* harmony export */   g: () => (/* binding */ DEFAULT_FILL_PERCENT)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34468);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23574);
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

/***/ 21765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ Cursor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34468);
/* harmony import */ var _held_pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41761);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23574);
/**
 * Ordered traversal of one bucket's B+tree (bbolt `cursor.go`, bbolt-format §6.2-6.3): a stack
 * of (page, index) from the root to a leaf. Empty leaves are skipped. A page that appears twice
 * on the stack (a cycle) or a stack deeper than MAX_TREE_DEPTH is a BoltFormatError, never a hang.
 */




class Cursor {
    db;
    rootPage;
    inlinePage;
    transient;
    stack = [];
    /** With `transient`: copies of the branch pages on the stack, by depth. */
    held = new _held_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .HeldPages */ .Y();
    /**
     * `rootPage` 0 means the bucket is inline and `inlinePage` holds its only page. A `transient`
     * cursor reads leaves through db.transientPage (no allocation per page, for a sweep over a
     * large bucket): the entries it returns are valid only until it moves again.
     */
    constructor(db, rootPage, inlinePage, transient = false) {
        this.db = db;
        this.rootPage = rootPage;
        this.inlinePage = inlinePage;
        this.transient = transient;
    }
    first() {
        this.stack = [];
        this.push(this.rootPage, 'first', true);
        this.descendFirst();
        if (this.top().count === 0)
            return this.next();
        return this.current();
    }
    last() {
        this.stack = [];
        this.push(this.rootPage, 'last');
        this.descendLast();
        if (this.top().count === 0)
            return this.prev();
        return this.current();
    }
    /** The entry after the current one, or null at the end (the position then stays put). */
    next() {
        if (this.stack.length === 0)
            return this.first();
        for (;;) {
            let i = this.stack.length - 1;
            for (; i >= 0; i--) {
                const frame = this.stack[i];
                if (frame.index < frame.count - 1) {
                    frame.index++;
                    break;
                }
            }
            if (i < 0)
                return null;
            this.stack.length = i + 1;
            this.descendFirst();
            if (this.top().count === 0)
                continue;
            return this.current();
        }
    }
    /** The entry before the current one, or null at the start. */
    prev() {
        if (this.stack.length === 0)
            return this.last();
        for (;;) {
            let i = this.stack.length - 1;
            for (; i >= 0; i--) {
                const frame = this.stack[i];
                if (frame.index > 0) {
                    frame.index--;
                    break;
                }
            }
            if (i < 0)
                return null;
            this.stack.length = i + 1;
            this.descendLast();
            if (this.top().count === 0)
                continue;
            return this.current();
        }
    }
    /** The first entry whose key is >= `key`, or null when there is none. */
    seek(key) {
        this.stack = [];
        let frame = this.push(this.rootPage, 'first');
        while (frame.branch) {
            let index = lowerBound(frame.count, (i) => (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .compareBytes */ .Xo)((0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .branchElement */ .Tu)(frame.page, i).key, key));
            const exact = index < frame.count && (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .compareBytes */ .Xo)((0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .branchElement */ .Tu)(frame.page, index).key, key) === 0;
            if (!exact && index > 0)
                index--;
            frame.index = Math.min(index, frame.count - 1);
            frame = this.push(this.childOf(frame), 'first');
        }
        frame.index = lowerBound(frame.count, (i) => (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .compareBytes */ .Xo)((0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .leafElement */ .DK)(frame.page, i).key, key));
        if (frame.index >= frame.count) {
            frame.index = frame.count - 1;
            return this.next();
        }
        return this.current();
    }
    top() {
        return this.stack[this.stack.length - 1];
    }
    current() {
        const frame = this.top();
        const e = (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .leafElement */ .DK)(frame.page, frame.index);
        return {
            key: e.key,
            value: e.value,
            flags: e.flags,
            isBucket: (e.flags & _types_js__WEBPACK_IMPORTED_MODULE_2__/* .BUCKET_LEAF_FLAG */ .H2) !== 0
        };
    }
    childOf(frame) {
        return (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .branchElement */ .Tu)(frame.page, frame.index).pgid;
    }
    descendFirst() {
        let frame = this.top();
        while (frame.branch)
            frame = this.push(this.childOf(frame), 'first', true);
    }
    descendLast() {
        let frame = this.top();
        while (frame.branch)
            frame = this.push(this.childOf(frame), 'last');
    }
    /**
     * Pushes page `id`, positioned at its first or last element. `forward`: a sweep in key order
     * goes on from here, so a transient cursor has the source read a branch's children ahead.
     */
    push(id, at, forward = false) {
        if (this.stack.length >= _types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TREE_DEPTH */ .is) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`bucket tree is deeper than ${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TREE_DEPTH */ .is} levels`, id);
        }
        if (this.stack.some((f) => f.id === id)) {
            const path = this.stack.map((f) => f.id).join(' → ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`branch cycle: page ${id} is its own ancestor (${path} → ${id})`, id);
        }
        const inline = id === 0 && this.inlinePage !== null;
        let page = inline
            ? this.inlinePage
            : this.transient
                ? this.db.transientPage(id)
                : this.db.page(id);
        const header = (0,_page_js__WEBPACK_IMPORTED_MODULE_1__/* .decodePageHeader */ .pM)(page);
        if (header.flags !== _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PageFlag */ .MR.branch && header.flags !== _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PageFlag */ .MR.leaf) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`expected a branch or leaf page, found flags 0x${header.flags.toString(16)}`, id);
        }
        const branch = header.flags === _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PageFlag */ .MR.branch;
        if (branch && header.count === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb('branch page has no elements', id);
        // the descent below reads other pages: a transient branch page must be kept
        if (branch && this.transient && !inline) {
            page = this.held.hold(this.stack.length, page);
            if (forward)
                this.db.prefetchChildren(page);
        }
        const frame = {
            id,
            page,
            branch,
            count: header.count,
            index: at === 'first' ? 0 : header.count - 1
        };
        if (at === 'last' && header.count === 0)
            frame.index = 0;
        this.stack.push(frame);
        return frame;
    }
}
/** The first index in [0, count) for which compare(i) >= 0 (sort.Search). */
function lowerBound(count, compare) {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compare(mid) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}


/***/ }),

/***/ 45965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ BoltDb)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _bucket_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25329);
/* harmony import */ var _meta_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64908);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34468);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23574);





/** bbolt reads 4096 bytes first and scans for meta 1 at 1 KiB << i, i = 0..14 (v1.3.7+). */
const FIRST_READ = 4096;
const SCAN_STEPS = 15;
function isExactPageFlag(flags) {
    return (flags === _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PageFlag */ .MR.branch ||
        flags === _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PageFlag */ .MR.leaf ||
        flags === _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PageFlag */ .MR.meta ||
        flags === _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PageFlag */ .MR.freelist);
}
class BoltDb {
    source;
    pageSize;
    /** The active meta: the higher txid that validates. */
    meta;
    /** The other meta page, when it validates too. */
    otherMeta;
    constructor(source, pageSize, meta, otherMeta) {
        this.source = source;
        this.pageSize = pageSize;
        this.meta = meta;
        this.otherMeta = otherMeta;
    }
    static open(source) {
        if (source.size < _meta_js__WEBPACK_IMPORTED_MODULE_2__/* .META_SIZE */ .i6) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`not a bbolt database: only ${source.size} bytes`);
        }
        const pageSize = detectPageSize(source);
        if (source.size < 2 * pageSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`not a bbolt database: ${source.size} bytes is less than two ${pageSize}-byte meta pages`);
        }
        const metas = [0, 1].map((id) => readMeta(source, id, pageSize));
        const [m0, m1] = metas;
        const valid = metas.filter((m) => typeof m !== 'string');
        if (valid.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`not a bbolt database: meta 0: ${m0}; meta 1: ${m1}`, 0);
        }
        // bbolt db.meta(): the higher txid wins if it validates, else the other one.
        valid.sort((a, b) => (a.txid > b.txid ? -1 : a.txid < b.txid ? 1 : a.pageId - b.pageId));
        const meta = valid[0];
        // An older meta whose pages do not fit the file is as unusable as one with a bad checksum;
        // a writer guarding its pages would otherwise allocate past its bogus high-water mark.
        const older = valid[1];
        const other = older !== undefined && metaFits(older, pageSize, source.size) ? older : null;
        const db = new BoltDb(source, pageSize, meta, other);
        db.checkMetaRanges(meta);
        return db;
    }
    /** High-water mark of the active meta: pages [0, hwm) exist. */
    get hwm() {
        return this.meta.hwm;
    }
    /** Bytes of the database proper: hwm * pageSize (what `etcdctl snapshot save` copies). */
    get dbSize() {
        return this.meta.hwm * this.pageSize;
    }
    /**
     * The whole span of page `id` including overflow pages, after bbolt's fastCheck (header id
     * equals position, flags exactly one type) and bounds checks against hwm and the file.
     */
    page(id) {
        return this.span(id, false);
    }
    /**
     * page(), through the source's readTransient: valid only until the next transientPage() (a
     * sweep over every page copies what it keeps instead of allocating for each page).
     */
    transientPage(id) {
        return this.span(id, true);
    }
    span(id, transient) {
        const hwm = this.meta.hwm;
        if (!Number.isSafeInteger(id) || id < 0 || id >= hwm) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`page id ${id} is outside [0, ${hwm}) (high-water mark ${hwm})`, id);
        }
        const position = id * this.pageSize;
        const first = this.read(position, this.pageSize, transient);
        // Header fields read in place: this runs once per page on every tree walk.
        const view = new DataView(first.buffer, first.byteOffset, _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PAGE_HEADER_SIZE */ .ql);
        const headerId = view.getUint32(4, true) * 0x1_0000_0000 + view.getUint32(0, true);
        if (headerId !== id) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`page header says id ${decodePageHeaderId(first)}, expected ${id}`, id);
        }
        const flags = view.getUint16(8, true);
        if (!isExactPageFlag(flags)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`invalid page flags 0x${flags.toString(16)}`, id);
        }
        const overflow = view.getUint32(12, true);
        if (overflow === 0)
            return first;
        if (id + overflow >= hwm) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`overflow ${overflow} runs past the high-water mark ${hwm} (last page ${id + overflow})`, id);
        }
        return this.read(position, (overflow + 1) * this.pageSize, transient);
    }
    /**
     * Tells the source that the children of branch page `page` are about to be read, as a walk in
     * key order does (ByteSource.prefetch): transient pages read before are then no longer valid.
     * Ids outside [2, hwm) are left to the reads that check them (a span past the end is cut
     * short by the source).
     */
    prefetchChildren(page) {
        if (this.source.prefetch === undefined)
            return;
        const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
        const fits = Math.floor((page.length - _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PAGE_HEADER_SIZE */ .ql) / _types_js__WEBPACK_IMPORTED_MODULE_4__/* .ELEMENT_SIZE */ .Tv);
        const count = Math.min(view.getUint16(10, true), fits);
        const positions = this.prefetchScratch;
        positions.length = 0;
        for (let i = 0; i < count; i++) {
            const offset = _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PAGE_HEADER_SIZE */ .ql + _types_js__WEBPACK_IMPORTED_MODULE_4__/* .ELEMENT_SIZE */ .Tv * i + 8;
            if (view.getUint32(offset + 4, true) !== 0)
                continue; // far past any hwm
            const id = view.getUint32(offset, true);
            if (id >= 2 && id < this.meta.hwm)
                positions.push(id * this.pageSize);
        }
        // two pages each: a leaf of values past a page goes on into its overflow pages, and the
        // first of them read along costs less than another read when the walk gets there
        this.source.prefetch(positions, 2 * this.pageSize);
    }
    prefetchScratch = [];
    read(position, length, transient) {
        return transient && this.source.readTransient !== undefined
            ? this.source.readTransient(position, length)
            : this.source.read(position, length);
    }
    rootBucket() {
        return new _bucket_js__WEBPACK_IMPORTED_MODULE_1__/* .Bucket */ .fW(this, this.meta.root, this.meta.sequence, null);
    }
    /** A top-level bucket, or null when absent (or when the entry is not a bucket). */
    bucket(name) {
        return this.rootBucket().bucket(name);
    }
    checkMetaRanges(meta) {
        const { hwm, root, freelist, pageId } = meta;
        if (hwm < 2)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`meta high-water mark ${hwm} is below 2`, pageId);
        if (root < 2 || root >= hwm) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`meta root page ${root} is outside [2, ${hwm})`, pageId);
        }
        if (freelist !== null && (freelist < 2 || freelist >= hwm)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`meta freelist page ${freelist} is outside [2, ${hwm})`, pageId);
        }
        const needed = hwm * this.pageSize;
        if (needed > this.source.size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TruncatedSnapshotError */ .rz(`bbolt file is truncated: it holds ${this.source.size} bytes, its meta (txid ${meta.txid}) ` +
                `needs ${needed} (${hwm} pages of ${this.pageSize})`);
        }
    }
}
/** The ranges checkMetaRanges requires, as a yes/no for the older meta. */
function metaFits(meta, pageSize, size) {
    const { hwm, root, freelist } = meta;
    if (hwm < 2 || root < 2 || root >= hwm || hwm * pageSize > size)
        return false;
    return freelist === null || (freelist >= 2 && freelist < hwm);
}
/** Meta of page `id`, or the reason it cannot be used. */
function readMeta(source, id, pageSize) {
    const page = source.read(id * pageSize, _meta_js__WEBPACK_IMPORTED_MODULE_2__/* .META_SIZE */ .i6);
    const problem = (0,_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .metaProblem */ .zo)(page);
    if (problem !== null)
        return problem;
    const meta = (0,_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeMeta */ .ks)(page);
    if (meta.pageId !== id)
        return `meta page header says id ${meta.pageId}, expected ${id}`;
    if (meta.pageSize !== pageSize)
        return `meta page size ${meta.pageSize} differs from ${pageSize}`;
    return meta;
}
function pageSizeOf(page) {
    return (0,_page_js__WEBPACK_IMPORTED_MODULE_3__/* .viewOf */ .du)(page).getUint32(_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .META_PAGE_SIZE_OFFSET */ .sN, true);
}
/** bbolt getPageSize (v1.3.7+): meta 0 if it validates, else the first valid meta 1 in the scan. */
function detectPageSize(source) {
    const first = source.read(0, Math.min(FIRST_READ, source.size));
    const problem0 = (0,_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .metaProblem */ .zo)(first);
    if (problem0 === null) {
        const size = pageSizeOf(first);
        if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidPageSize */ .xp)(size)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`not a bbolt database: invalid page size ${size} (power of two 512..16 MiB)`, 0);
        }
        return size;
    }
    for (let i = 0; i < SCAN_STEPS; i++) {
        const offset = 1024 * 2 ** i;
        if (offset >= source.size - 1024 || offset + _meta_js__WEBPACK_IMPORTED_MODULE_2__/* .META_SIZE */ .i6 > source.size)
            break;
        const page = source.read(offset, _meta_js__WEBPACK_IMPORTED_MODULE_2__/* .META_SIZE */ .i6);
        if ((0,_meta_js__WEBPACK_IMPORTED_MODULE_2__/* .metaProblem */ .zo)(page) !== null)
            continue;
        const size = pageSizeOf(page);
        // Only a meta that sits where its own page size puts page 1 counts.
        if (size === offset && (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidPageSize */ .xp)(size))
            return size;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`not a bbolt database: meta 0: ${problem0}; no valid meta 1 found`, 0);
}
/** The header id as written, for messages (exact even beyond 2^53). */
function decodePageHeaderId(page) {
    return (0,_page_js__WEBPACK_IMPORTED_MODULE_3__/* .viewOf */ .du)(page).getBigUint64(0, true).toString();
}


/***/ }),

/***/ 55085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ freelistPageCount),
/* harmony export */   mI: () => (/* binding */ reachablePages),
/* harmony export */   wG: () => (/* binding */ encodeFreelistPage),
/* harmony export */   zg: () => (/* binding */ PageAllocator)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _page_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34468);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23574);
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

/***/ 41761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ HeldPages)
/* harmony export */ });
/**
 * Copies of the pages a walk keeps while it reads others transiently (db.transientPage): one
 * reused buffer per depth, since a depth-first walk holds at most one page per level at a time.
 */
class HeldPages {
    buffers = [];
    /** A copy of `page`, valid until `depth` is held again. */
    hold(depth, page) {
        let buffer = this.buffers[depth];
        if (buffer === undefined || buffer.length < page.length) {
            buffer = new Uint8Array(page.length);
            this.buffers[depth] = buffer;
        }
        const copy = buffer.subarray(0, page.length);
        copy.set(page);
        return copy;
    }
}


/***/ }),

/***/ 64908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sN: () => (/* binding */ META_PAGE_SIZE_OFFSET),
  i6: () => (/* binding */ META_SIZE),
  ks: () => (/* binding */ decodeMeta),
  TP: () => (/* binding */ encodeMetaPage),
  zo: () => (/* binding */ metaProblem)
});

// UNUSED EXPORTS: metaChecksum

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/bolt/fnv.ts
/**
 * FNV-1a 64, the bbolt meta checksum (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
 * Computed on two 32-bit halves: prime = 2^40 + 0x1b3, so h*prime = h*0x1b3 + (lo << 40),
 * and every partial product stays below 2^53, exact in a double. No bigint per byte.
 */
const PRIME_LOW = 0x1b3;
const TWO_32 = 0x1_0000_0000;
function fnv1a64(bytes) {
    let hi = 0xcbf29ce4;
    let lo = 0x84222325;
    for (let i = 0; i < bytes.length; i++) {
        lo = (lo ^ bytes[i]) >>> 0;
        const low = lo * PRIME_LOW; // < 2^41: exact
        const carry = Math.floor(low / TWO_32);
        hi = (Math.imul(hi, PRIME_LOW) + carry + (lo << 8)) >>> 0;
        lo = low >>> 0;
    }
    return (BigInt(hi) << 32n) | BigInt(lo);
}

// EXTERNAL MODULE: ./src/lib/bolt/page.ts
var bolt_page = __webpack_require__(34468);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(23574);
;// CONCATENATED MODULE: ./src/lib/bolt/meta.ts
/**
 * Meta pages 0 and 1 (bbolt `db.go:meta`, bbolt-format §2). Layout after the 16-byte header:
 * magic u32, version u32, pageSize u32, flags u32, root u64, sequence u64, freelist u64,
 * pgid (high-water mark) u64, txid u64, checksum u64 = FNV-1a 64 of the 56 bytes before it.
 */




const META_END = types/* META_OFFSET */.Ei + types/* META_CHECKSUM_OFFSET */.SS + 8;
/** Page offsets of the meta fields. */
const Field = {
    magic: types/* META_OFFSET */.Ei,
    version: types/* META_OFFSET */.Ei + 4,
    pageSize: types/* META_OFFSET */.Ei + 8,
    flags: types/* META_OFFSET */.Ei + 12,
    root: types/* META_OFFSET */.Ei + 16,
    sequence: types/* META_OFFSET */.Ei + 24,
    freelist: types/* META_OFFSET */.Ei + 32,
    hwm: types/* META_OFFSET */.Ei + 40,
    txid: types/* META_OFFSET */.Ei + 48,
    checksum: types/* META_OFFSET */.Ei + types/* META_CHECKSUM_OFFSET */.SS
};
function requireLength(page) {
    if (page.length < META_END) {
        throw new errors/* BoltFormatError */.Tb(`meta page is ${page.length} bytes, shorter than the ${META_END}-byte meta`);
    }
}
function pgidField(page, offset, name, pageId) {
    const value = (0,bolt_page/* readU64Number */.tp)(page, offset);
    if (value < 0) {
        const raw = (0,bolt_page/* viewOf */.du)(page).getBigUint64(offset, true);
        throw new errors/* BoltFormatError */.Tb(`meta ${name} ${raw} is beyond 2^53`, pageId);
    }
    return value;
}
/** Decodes a meta page without validating it (see metaProblem). Ids beyond 2^53 throw. */
function decodeMeta(page) {
    requireLength(page);
    const header = (0,bolt_page/* decodePageHeader */.pM)(page);
    const view = (0,bolt_page/* viewOf */.du)(page);
    const rawFreelist = view.getBigUint64(Field.freelist, true);
    return {
        pageSize: view.getUint32(Field.pageSize, true),
        flags: view.getUint32(Field.flags, true),
        root: pgidField(page, Field.root, 'root', header.id),
        sequence: view.getBigUint64(Field.sequence, true),
        freelist: rawFreelist === types/* PGID_NO_FREELIST */.uG
            ? null
            : pgidField(page, Field.freelist, 'freelist', header.id),
        hwm: pgidField(page, Field.hwm, 'high-water mark', header.id),
        txid: view.getBigUint64(Field.txid, true),
        checksum: view.getBigUint64(Field.checksum, true),
        pageId: header.id
    };
}
/** The checksum bbolt computes: FNV-1a 64 over the meta struct before the checksum field. */
function metaChecksum(page) {
    return fnv1a64(page.subarray(types/* META_OFFSET */.Ei, Field.checksum));
}
/**
 * Why this meta page is unusable, or null. Order as bbolt's meta.validate (magic → version →
 * checksum, v1.3.7+ rule: the checksum is mandatory), then the header flags fastCheck needs and
 * the id ranges we need.
 */
function metaProblem(page) {
    if (page.length < META_END)
        return `meta page is only ${page.length} bytes`;
    const view = (0,bolt_page/* viewOf */.du)(page);
    const magic = view.getUint32(Field.magic, true);
    if (magic !== types/* MAGIC */.mS)
        return `bad magic 0x${magic.toString(16).padStart(8, '0')} (want 0xed0cdaed)`;
    const version = view.getUint32(Field.version, true);
    if (version !== types/* VERSION */.xv)
        return `unsupported version ${version} (want ${types/* VERSION */.xv})`;
    const stored = view.getBigUint64(Field.checksum, true);
    const computed = metaChecksum(page);
    if (stored !== computed) {
        return `meta checksum mismatch: stored 0x${stored.toString(16)}, computed 0x${computed.toString(16)}`;
    }
    const flags = view.getUint16(8, true);
    if (flags !== types/* PageFlag */.MR.meta)
        return `meta page header flags 0x${flags.toString(16)} (want 0x04)`;
    for (const [offset, name] of [
        [0, 'page header id'],
        [Field.root, 'root'],
        [Field.hwm, 'high-water mark']
    ]) {
        if ((0,bolt_page/* readU64Number */.tp)(page, offset) < 0)
            return `${name} is beyond 2^53`;
    }
    const freelist = view.getBigUint64(Field.freelist, true);
    if (freelist !== types/* PGID_NO_FREELIST */.uG && (0,bolt_page/* readU64Number */.tp)(page, Field.freelist) < 0) {
        return `freelist ${freelist} is beyond 2^53`;
    }
    return null;
}
/** A full zeroed meta page for txid T, written to page T % 2 (bbolt-format §2.6). */
function encodeMetaPage(meta) {
    if (!(meta.root < meta.hwm)) {
        throw new errors/* InvariantError */.zU(`meta root ${meta.root} is not below the high-water mark ${meta.hwm}`);
    }
    if (meta.freelist !== null && !(meta.freelist < meta.hwm)) {
        throw new errors/* InvariantError */.zU(`meta freelist ${meta.freelist} is not below the high-water mark ${meta.hwm}`);
    }
    if (meta.pageSize < META_END)
        throw new errors/* InvariantError */.zU(`page size ${meta.pageSize} too small`);
    const page = new Uint8Array(meta.pageSize);
    const view = (0,bolt_page/* viewOf */.du)(page);
    (0,bolt_page/* encodePageHeader */.xU)(page, {
        id: Number(meta.txid % 2n),
        flags: types/* PageFlag */.MR.meta,
        count: 0,
        overflow: 0
    });
    view.setUint32(Field.magic, types/* MAGIC */.mS, true);
    view.setUint32(Field.version, types/* VERSION */.xv, true);
    view.setUint32(Field.pageSize, meta.pageSize, true);
    view.setUint32(Field.flags, 0, true);
    (0,bolt_page/* writeU64Number */.Sq)(page, Field.root, meta.root);
    view.setBigUint64(Field.sequence, meta.sequence, true);
    if (meta.freelist === null)
        view.setBigUint64(Field.freelist, types/* PGID_NO_FREELIST */.uG, true);
    else
        (0,bolt_page/* writeU64Number */.Sq)(page, Field.freelist, meta.freelist);
    (0,bolt_page/* writeU64Number */.Sq)(page, Field.hwm, meta.hwm);
    view.setBigUint64(Field.txid, meta.txid, true);
    view.setBigUint64(Field.checksum, metaChecksum(page), true);
    return page;
}
/** Offset of the page-size field inside a page, for page-size detection. */
const META_PAGE_SIZE_OFFSET = Field.pageSize;
/** Bytes needed to read and validate a meta: header + meta struct. */
const META_SIZE = META_END;


/***/ }),

/***/ 34468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DK: () => (/* binding */ leafElement),
/* harmony export */   NM: () => (/* binding */ compareRange),
/* harmony export */   Sq: () => (/* binding */ writeU64Number),
/* harmony export */   Tu: () => (/* binding */ branchElement),
/* harmony export */   Xo: () => (/* binding */ compareBytes),
/* harmony export */   cJ: () => (/* binding */ encodeBranchPage),
/* harmony export */   du: () => (/* binding */ viewOf),
/* harmony export */   gt: () => (/* binding */ encodeLeafPage),
/* harmony export */   pM: () => (/* binding */ decodePageHeader),
/* harmony export */   tp: () => (/* binding */ readU64Number),
/* harmony export */   w0: () => (/* binding */ encodeInlineLeaf),
/* harmony export */   xU: () => (/* binding */ encodePageHeader)
/* harmony export */ });
/* unused harmony exports leafPageSize, branchPageSize */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23574);
/**
 * Page headers and branch/leaf elements (bbolt `page.go`, `node.go:write`; bbolt-format §1-3).
 * Decoders take the bytes of a page span starting at its header (or an inline page) and
 * bounds-check every element, key and value against that span. Little-endian throughout.
 */


const TWO_32 = 0x1_0000_0000;
/** A u64 whose high word is at or above this is >= 2^53. */
const HIGH_WORD_LIMIT = 0x20_0000;
/** A DataView over exactly these bytes: Buffers are slices of a shared pool. */
function viewOf(bytes) {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/**
 * Little-endian u16/u32 at `offset` (in bounds: the callers check). Plain byte reads: the element
 * accessors below run for every element of every walk, and a DataView per call was a visible
 * share of a compaction's time and garbage.
 */
function u16At(bytes, offset) {
    return bytes[offset] | (bytes[offset + 1] << 8);
}
function u32At(bytes, offset) {
    return ((bytes[offset] |
        (bytes[offset + 1] << 8) |
        (bytes[offset + 2] << 16) |
        (bytes[offset + 3] << 24)) >>>
        0);
}
/** Reads a u64 that must fit a JS number, or returns -1 when it does not. */
function readU64Number(bytes, offset) {
    if (offset < 0 || offset + 8 > bytes.length)
        throw new RangeError(`u64 at offset ${offset} lies outside the ${bytes.length}-byte buffer`);
    const lo = u32At(bytes, offset);
    const hi = u32At(bytes, offset + 4);
    if (hi >= HIGH_WORD_LIMIT)
        return -1;
    return hi * TWO_32 + lo;
}
function writeU64Number(bytes, offset, value) {
    const view = viewOf(bytes);
    view.setUint32(offset, value >>> 0, true);
    view.setUint32(offset + 4, Math.floor(value / TWO_32), true);
}
function decodePageHeader(bytes, offset = 0) {
    if (offset < 0 || offset + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql > bytes.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`page header at offset ${offset} lies outside ${bytes.length} bytes`);
    }
    const view = viewOf(bytes);
    const id = readU64Number(bytes, offset);
    if (id < 0) {
        const raw = view.getBigUint64(offset, true);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`page header id ${raw} is beyond 2^53`);
    }
    return {
        id,
        flags: view.getUint16(offset + 8, true),
        count: view.getUint16(offset + 10, true),
        overflow: view.getUint32(offset + 12, true)
    };
}
function encodePageHeader(bytes, header, offset = 0) {
    if (!Number.isSafeInteger(header.id) || header.id < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvariantError */ .zU(`page id ${header.id} is not a safe non-negative integer`);
    }
    const view = viewOf(bytes);
    writeU64Number(bytes, offset, header.id);
    view.setUint16(offset + 8, header.flags, true);
    view.setUint16(offset + 10, header.count, true);
    view.setUint32(offset + 12, header.overflow, true);
}
/** Page id from the header for error messages; undefined when even that is unreadable. */
function headerId(page) {
    if (page.length < _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql)
        return undefined;
    const id = readU64Number(page, 0);
    return id < 0 ? undefined : id;
}
/** Byte offset of element `index`, after checking it exists and lies inside the page. */
function elementOffset(page, index, kind) {
    const count = page.length >= _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql ? u16At(page, 10) : 0;
    const offset = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv * index;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`${kind} element ${index} does not exist (count ${count})`, headerId(page));
    }
    if (offset + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv > page.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`${kind} element ${index} at offset ${offset} lies outside the ${page.length}-byte page`, headerId(page));
    }
    return offset;
}
function slice(page, start, length, what, index) {
    const end = start + length;
    if (end > page.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`element ${index} ${what} [${start}, ${end}) lies outside the ${page.length}-byte page`, headerId(page));
    }
    return page.subarray(start, end);
}
function leafElement(page, index) {
    const offset = elementOffset(page, index, 'leaf');
    const flags = u32At(page, offset);
    const pos = u32At(page, offset + 4);
    const ksize = u32At(page, offset + 8);
    const vsize = u32At(page, offset + 12);
    const key = slice(page, offset + pos, ksize, 'key', index);
    const value = slice(page, offset + pos + ksize, vsize, 'value', index);
    return { flags, key, value };
}
function branchElement(page, index) {
    const offset = elementOffset(page, index, 'branch');
    const pos = u32At(page, offset);
    const ksize = u32At(page, offset + 4);
    const pgid = readU64Number(page, offset + 8);
    if (pgid < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BoltFormatError */ .Tb(`branch element ${index} child id is beyond 2^53`, headerId(page));
    }
    const key = slice(page, offset + pos, ksize, 'key', index);
    return { key, pgid };
}
/** Serialised size of a leaf node: 16 + Σ(16 + key + value) (bbolt node.size). */
function leafPageSize(elements) {
    let size = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql;
    for (const e of elements)
        size += _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv + e.key.length + e.value.length;
    return size;
}
function branchPageSize(elements) {
    let size = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql;
    for (const e of elements)
        size += _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv + e.key.length;
    return size;
}
function checkCount(count) {
    if (count > _types_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ELEMENT_COUNT */ .e1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InvariantError */ .zU(`a node with ${count} elements cannot be written (bbolt limit 0xFFFF)`);
    }
}
function spanPages(size, pageSize) {
    return Math.max(1, Math.ceil(size / pageSize));
}
/** Writes leaf elements in node.write layout into `out`; the header is the caller's. */
function writeLeafElements(out, elements) {
    const view = viewOf(out);
    let data = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv * elements.length;
    for (let i = 0; i < elements.length; i++) {
        const e = elements[i];
        const offset = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv * i;
        view.setUint32(offset, e.flags, true);
        view.setUint32(offset + 4, data - offset, true);
        view.setUint32(offset + 8, e.key.length, true);
        view.setUint32(offset + 12, e.value.length, true);
        out.set(e.key, data);
        data += e.key.length;
        out.set(e.value, data);
        data += e.value.length;
    }
}
/** A leaf page span: ceil(size/pageSize) zero-filled pages with overflow set. */
/**
 * A node's page (span) of `pages` pages: a fresh one, or, given `scratch` (a streaming writer
 * whose sink copies what it is handed), its zeroed front when large enough.
 */
function spanBuffer(pages, pageSize, scratch) {
    const length = pages * pageSize;
    if (scratch === undefined || scratch.length < length)
        return new Uint8Array(length);
    return scratch.subarray(0, length).fill(0);
}
function encodeLeafPage(id, elements, pageSize, scratch) {
    checkCount(elements.length);
    const pages = spanPages(leafPageSize(elements), pageSize);
    const out = spanBuffer(pages, pageSize, scratch);
    encodePageHeader(out, { id, flags: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PageFlag */ .MR.leaf, count: elements.length, overflow: pages - 1 });
    writeLeafElements(out, elements);
    return out;
}
function encodeBranchPage(id, elements, pageSize, scratch) {
    checkCount(elements.length);
    const pages = spanPages(branchPageSize(elements), pageSize);
    const out = spanBuffer(pages, pageSize, scratch);
    encodePageHeader(out, { id, flags: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PageFlag */ .MR.branch, count: elements.length, overflow: pages - 1 });
    const view = viewOf(out);
    let data = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv * elements.length;
    for (let i = 0; i < elements.length; i++) {
        const e = elements[i];
        const offset = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PAGE_HEADER_SIZE */ .ql + _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ELEMENT_SIZE */ .Tv * i;
        view.setUint32(offset, data - offset, true);
        view.setUint32(offset + 4, e.key.length, true);
        writeU64Number(out, offset + 8, e.pgid);
        out.set(e.key, data);
        data += e.key.length;
    }
    return out;
}
/** The inline page of an inline bucket: header id 0, leaf, no padding (bbolt bucket.write). */
function encodeInlineLeaf(elements) {
    checkCount(elements.length);
    const out = new Uint8Array(leafPageSize(elements));
    encodePageHeader(out, { id: 0, flags: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PageFlag */ .MR.leaf, count: elements.length, overflow: 0 });
    writeLeafElements(out, elements);
    return out;
}
/** bytes.Compare on two byte ranges, without creating views: <0, 0 or >0. */
function compareRange(a, aStart, aLength, b, bStart, bLength) {
    const n = aLength < bLength ? aLength : bLength;
    for (let i = 0; i < n; i++) {
        const d = a[aStart + i] - b[bStart + i];
        if (d !== 0)
            return d;
    }
    return aLength - bLength;
}
/** bytes.Compare: unsigned lexicographic, a proper prefix sorts first. */
function compareBytes(a, b) {
    return compareRange(a, 0, a.length, b, 0, b.length);
}


/***/ }),

/***/ 71332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ WriteTx)
});

// UNUSED EXPORTS: WriteBucket

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/bolt/freelist.ts
var bolt_freelist = __webpack_require__(55085);
// EXTERNAL MODULE: ./src/lib/bolt/db.ts
var bolt_db = __webpack_require__(45965);
// EXTERNAL MODULE: ./src/lib/bolt/meta.ts + 1 modules
var bolt_meta = __webpack_require__(64908);
// EXTERNAL MODULE: ./src/lib/bolt/page.ts
var bolt_page = __webpack_require__(34468);
// EXTERNAL MODULE: ./src/lib/bolt/bucket.ts
var bucket = __webpack_require__(25329);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(23574);
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

/***/ 23574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ FREELIST_COUNT_ESCAPE),
/* harmony export */   Ei: () => (/* binding */ META_OFFSET),
/* harmony export */   H2: () => (/* binding */ BUCKET_LEAF_FLAG),
/* harmony export */   H4: () => (/* binding */ MAX_PAGE_SIZE),
/* harmony export */   MR: () => (/* binding */ PageFlag),
/* harmony export */   RA: () => (/* binding */ MIN_PAGE_SIZE),
/* harmony export */   SS: () => (/* binding */ META_CHECKSUM_OFFSET),
/* harmony export */   Tv: () => (/* binding */ ELEMENT_SIZE),
/* harmony export */   XF: () => (/* binding */ MAX_BUCKET_NESTING),
/* harmony export */   bf: () => (/* binding */ MAX_VALUE_SIZE),
/* harmony export */   e1: () => (/* binding */ MAX_ELEMENT_COUNT),
/* harmony export */   is: () => (/* binding */ MAX_TREE_DEPTH),
/* harmony export */   mS: () => (/* binding */ MAGIC),
/* harmony export */   pP: () => (/* binding */ BUCKET_HEADER_SIZE),
/* harmony export */   ql: () => (/* binding */ PAGE_HEADER_SIZE),
/* harmony export */   uG: () => (/* binding */ PGID_NO_FREELIST),
/* harmony export */   xN: () => (/* binding */ MAX_KEY_SIZE),
/* harmony export */   xp: () => (/* binding */ isValidPageSize),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/* unused harmony export MAX_SAFE_PGID */
/**
 * bbolt on-disk constants (etcd-io/bbolt `internal/common/types.go`, `page.go`, `bucket.go`).
 * The format is identical from bbolt v1.3.3 to v1.4.x; every value here is a fact of the file,
 * not a tuning knob.
 */
/** Meta magic: a file whose meta does not start with it is not a bbolt database. */
const MAGIC = 0xed0cdaed;
/** Data file format version; bbolt refuses any other value (ErrVersionMismatch). */
const VERSION = 2;
/** Every page, including an inline bucket page, starts with id u64, flags u16, count u16, overflow u32. */
const PAGE_HEADER_SIZE = 16;
/** Branch and leaf elements are both 16 bytes, so offsets of element i are 16 + 16*i either way. */
const ELEMENT_SIZE = 16;
/** A bucket value starts with {root u64, sequence u64}; an inline page follows when root is 0. */
const BUCKET_HEADER_SIZE = 16;
/** Offset of the checksum inside the meta struct: FNV-1a 64 covers meta bytes [0, 56). */
const META_CHECKSUM_OFFSET = 56;
/** The meta struct starts right after the page header. */
const META_OFFSET = PAGE_HEADER_SIZE;
/** Page types. A header must carry exactly one of these values (bbolt >= 1.3.7 fastCheck panics otherwise). */
const PageFlag = {
    branch: 0x01,
    leaf: 0x02,
    meta: 0x04,
    freelist: 0x10
};
/** Leaf element flag: the value is a bucket header (plus an inline page), not user data. */
const BUCKET_LEAF_FLAG = 0x01;
/** meta.freelist when no freelist page is stored (NoFreelistSync, what etcd always writes on Linux). */
const PGID_NO_FREELIST = 0xffffffffffffffffn;
/** Largest key bbolt's Put accepts; reading larger keys works, writing them would not be bbolt's. */
const MAX_KEY_SIZE = 32768;
/** Largest value bbolt's Put accepts (2^31 - 2). */
const MAX_VALUE_SIZE = 2 ** 31 - 2;
/** Smallest page size we accept: below it a meta page plus header would not leave room for data. */
const MIN_PAGE_SIZE = 512;
/** bbolt scans for the second meta up to 16 MiB; nothing larger exists in practice. Must be a power of two. */
const MAX_PAGE_SIZE = 16 * 1024 * 1024;
/** Branch/leaf counts are u16 and bbolt's node.write panics at 0xFFFF; freelists use it as an escape. */
const MAX_ELEMENT_COUNT = 0xfffe;
/** Freelist count value meaning "the real count is the first u64 after the header". */
const FREELIST_COUNT_ESCAPE = 0xffff;
/** Largest page id we handle as a JS number: ids are u64 on disk, but a file never reaches 2^53 bytes. */
const MAX_SAFE_PGID = Number.MAX_SAFE_INTEGER;
/**
 * The two limits every walk over a db's trees shares (checkDb, the cursor, the walk and the
 * compaction's estimate), so that what the checker accepts every other walk reads to the end.
 * bbolt itself has none (Go recursion); a real tree never comes near either.
 *
 * Levels of one bucket's B+tree: far above any real tree (a 2^53-page tree of 2-key branches is
 * 53 deep); deeper is a cycle or garbage.
 */
const MAX_TREE_DEPTH = 64;
/**
 * Nested buckets deeper than this are refused: etcd uses one level (top-level buckets only), and
 * nesting multiplies the recursion (up to 32 × 64 pages on the stack).
 */
const MAX_BUCKET_NESTING = 32;
/** True for a power of two in [MIN_PAGE_SIZE, MAX_PAGE_SIZE]. */
function isValidPageSize(pageSize) {
    return (Number.isInteger(pageSize) &&
        pageSize >= MIN_PAGE_SIZE &&
        pageSize <= MAX_PAGE_SIZE &&
        (pageSize & (pageSize - 1)) === 0);
}


/***/ }),

/***/ 28004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ memberId),
/* harmony export */   kL: () => (/* binding */ clusterId),
/* harmony export */   p0: () => (/* binding */ idHex)
/* harmony export */ });
/* unused harmony export idPadded */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17666);
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

/***/ 29794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JL: () => (/* binding */ buildCluster),
  ed: () => (/* binding */ parseInitialCluster),
  bm: () => (/* binding */ verifyAdvertisePeerUrls)
});

// UNUSED EXPORTS: MAX_MEMBERS, MAX_NAME_BYTES, findMember

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/cluster/ids.ts
var ids = __webpack_require__(28004);
// EXTERNAL MODULE: ./src/lib/cluster/order.ts
var order = __webpack_require__(17666);
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

/***/ 17666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ compareBigints)
/* harmony export */ });
/** Ascending unsigned order for bigint IDs (Array.prototype.sort compares as strings otherwise). */
function compareBigints(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 75358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   KX: () => (/* binding */ formatDhms),
/* harmony export */   UA: () => (/* binding */ checkAge),
/* harmony export */   cp: () => (/* binding */ ageCheck),
/* harmony export */   iw: () => (/* binding */ snapshotAge)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);


/** Backup age (RPO): how old the snapshot is, and whether that is within the allowed maximum. */
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000
};
/** Longest accepted duration: 10 years keeps every millisecond count exact in a double. */
const MAX_MS = 10 * 366 * UNIT_MS.d;
/**
 * Go-style durations (`time.ParseDuration`) plus days: `26h`, `90m`, `1h30m`, `1.5h`, `7d`,
 * `500ms`. Returns milliseconds (> 0). A bare number is refused: its unit would be a guess.
 */
function parseDuration(text, what = '--max-age') {
    const trimmed = text.trim();
    if (trimmed.length === 0 ||
        trimmed.length > 64 ||
        !/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(trimmed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`invalid duration ${JSON.stringify(text)} for ${what}: want e.g. 26h, 90m, 1h30m, 7d (units ms, s, m, h, d)`);
    }
    let ms = 0;
    for (const part of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
        ms += Number(part[1]) * UNIT_MS[part[2]];
    }
    ms = Math.round(ms);
    if (ms <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} must be longer than 0, got ${JSON.stringify(text)}`);
    if (ms > MAX_MS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} ${JSON.stringify(text)} is longer than 10 years`);
    return ms;
}
/**
 * 93784000 → "1d2h3m4s", the form parseDuration reads; sub-second remainders are dropped (ages
 * are shown to the second). Not lib/format.ts's formatDuration ("1.2 s"), which times steps.
 */
function formatDhms(ms) {
    let rest = Math.max(0, Math.floor(ms / 1000));
    if (rest === 0)
        return '0s';
    const parts = [];
    for (const [unit, seconds] of [
        ['d', 86_400],
        ['h', 3600],
        ['m', 60],
        ['s', 1]
    ]) {
        const n = Math.floor(rest / seconds);
        rest -= n * seconds;
        if (n > 0)
            parts.push(`${n}${unit}`);
    }
    return parts.join('');
}
/** Whether a snapshot taken at `createdAt` is at most `maxAgeMs` old at `now`. Pure. */
function checkAge(createdAt, maxAgeMs, now = new Date()) {
    if (Number.isNaN(createdAt.getTime()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('snapshot creation time is not a valid date');
    const ageMs = Math.max(0, now.getTime() - createdAt.getTime());
    const age = formatDhms(ageMs);
    const base = {
        createdAt: createdAt.toISOString(),
        ageSeconds: Math.floor(ageMs / 1000)
    };
    if (maxAgeMs === undefined) {
        return { ...base, ok: true, message: `snapshot is ${age} old (taken ${base.createdAt})` };
    }
    const ok = ageMs <= maxAgeMs;
    const max = formatDhms(maxAgeMs);
    return {
        ...base,
        maxAgeSeconds: Math.floor(maxAgeMs / 1000),
        ok,
        message: ok
            ? `snapshot is ${age} old (taken ${base.createdAt}), within max age ${max}`
            : `snapshot is ${age} old (taken ${base.createdAt}), older than max age ${max}`
    };
}
/** The age of the snapshot at `now`: taken at `createdAt` when given, else at the file's mtime. */
function snapshotAge(snapshot, now) {
    let createdAt = snapshot.snapshotCreatedAt;
    if (createdAt === undefined) {
        try {
            createdAt = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(snapshot.snapshotPath).mtime;
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SnapshotError */ .JC(`cannot read snapshot ${snapshot.snapshotPath}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    return checkAge(createdAt, snapshot.maxAgeMs, now);
}
/** The drill's first check, `age`: reported, and failed when older than the maximum. */
function ageCheck(age, ms) {
    return {
        name: 'age',
        ok: age.ok,
        expected: age.maxAgeSeconds === undefined
            ? 'reported'
            : `at most ${formatDhms(age.maxAgeSeconds * 1000)}`,
        actual: `${formatDhms(age.ageSeconds * 1000)} (taken ${age.createdAt})`,
        ms
    };
}


/***/ }),

/***/ 80352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ drillNeed),
/* harmony export */   O: () => (/* binding */ drillDiskNeeds)
/* harmony export */ });
/* harmony import */ var _cluster_initial_cluster_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29794);
/* harmony import */ var _restore_disk_need_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21150);
/* harmony import */ var _restore_disk_space_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11942);
/* harmony import */ var _restore_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89587);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51944);
/**
 * What a drill writes, before it writes anything: the restore's members (unless handed a restore),
 * and in the temp folder the members it boots: copies of the output, or a loopback twin booted
 * in place, each with the WAL segments etcd preallocates (DRILL_MEMBER_BYTES).
 */





/** The restore's needs (none when `options.restored`) and the boot's, where it will boot. */
function drillDiskNeeds(options) {
    const sizes = (0,_restore_disk_space_js__WEBPACK_IMPORTED_MODULE_2__/* .snapshotSizes */ .Pb)(options.snapshotPath);
    const defrag = options.defrag ?? 'auto';
    const compacts = (0,_restore_disk_space_js__WEBPACK_IMPORTED_MODULE_2__/* .willCompact */ .OZ)(defrag, sizes);
    const build = (compacted) => {
        const restored = options.restored === undefined
            ? (0,_restore_disk_need_js__WEBPACK_IMPORTED_MODULE_1__/* .restoreNeeds */ ._X)(options.target, (0,_restore_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .planCluster */ .Ci)(options).selected.length, sizes, compacted)
            : [];
        const booted = (0,_cluster_initial_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .buildCluster */ .JL)(options.initialCluster, options.initialClusterToken).members;
        const db = (0,_restore_disk_need_js__WEBPACK_IMPORTED_MODULE_1__/* .memberDbBytes */ .of)(sizes, compacted);
        return [...restored, drillNeed(booted.length, db)];
    };
    const needs = build(compacts);
    const bootDir = needs[needs.length - 1].path; // the booted members' need, last
    return !compacts && sizes.estimate !== undefined
        ? { needs, ifCompacted: build(true), sizes, compacts, bootDir }
        : { needs, sizes, compacts, bootDir };
}
/** The members a drill boots (copies, or a twin) while it runs: on memory or in the temp folder (copiesParent). */
function drillNeed(members, dbBytes) {
    const bytes = members * (dbBytes + _restore_disk_need_js__WEBPACK_IMPORTED_MODULE_1__/* .DRILL_MEMBER_BYTES */ .Z8);
    return {
        path: (0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .copiesParent */ .v9)(bytes),
        bytes,
        what: "the drill's booted members",
        phase: 'drill',
        knob: 'temp'
    };
}


/***/ }),

/***/ 98703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KP: () => (/* binding */ buildDrillReport),
/* harmony export */   dP: () => (/* binding */ renderDrillMarkdown)
/* harmony export */ });
/* unused harmony export DRILL_REPORT_VERSION */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87471);
/* harmony import */ var _age_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75358);


/**
 * The drill report: a versioned JSON document (docs/drill-report.schema.json) and its Markdown
 * form for a job summary. Bump DRILL_REPORT_VERSION on any incompatible change.
 */
const DRILL_REPORT_VERSION = 1;
function buildDrillReport(parts) {
    const passed = parts.checks.length > 0 && parts.checks.every((c) => c.ok);
    const failed = parts.checks.filter((c) => !c.ok).map((c) => c.name);
    const r = parts.restored;
    const report = {
        version: DRILL_REPORT_VERSION,
        tool: { name: 'etcd-restore', version: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .w },
        startedAt: parts.startedAt.toISOString(),
        finishedAt: parts.finishedAt.toISOString(),
        passed,
        verdict: passed
            ? `PASSED: ${parts.checks.length} checks passed` +
                (r === undefined
                    ? ''
                    : ` (revision ${r.restoredRevision}, ${r.cluster.members.length} members)`)
            : `FAILED: ${failed.length} of ${parts.checks.length} checks failed: ${failed.slice(0, 10).join(', ') || 'no checks ran'}${failed.length > 10 ? ', …' : ''}`,
        snapshot: r?.snapshot ?? null,
        age: parts.age,
        restore: r === undefined
            ? null
            : {
                clusterId: r.cluster.id,
                token: r.cluster.token,
                targetVersion: r.targetVersion,
                restoredRevision: r.restoredRevision,
                bumpRevision: r.bumpRevision,
                markCompacted: r.markCompacted,
                members: r.cluster.members.map((m) => ({
                    name: m.name,
                    id: m.id,
                    peerURLs: m.peerURLs,
                    dataDir: m.dataDir,
                    walDir: m.walDir
                })),
                warnings: r.warnings
            },
        expected: parts.expected === undefined ? null : reported(parts.expected),
        checks: parts.checks,
        etcd: parts.etcd ?? null,
        notes: parts.notes ?? [],
        durationsMs: parts.durationsMs
    };
    if (parts.twin !== undefined)
        report.twin = parts.twin;
    if (parts.memberLogs !== undefined && !passed)
        report.memberLogs = parts.memberLogs;
    return report;
}
/** The report's part of the expectations, in the schema's order. */
function reported(e) {
    const { revision, compactRevision, memberIds, clusterId } = e;
    const out = { revision, compactRevision, memberIds, clusterId };
    if (e.hashKV !== undefined)
        out.hashKV = e.hashKV;
    if (e.keyCount !== undefined)
        out.keyCount = e.keyCount;
    return out;
}
const MAX_CELL = 400;
const MAX_ROWS = 200;
/** A table cell: one line, no pipes, bounded (a failed check can carry a long etcd error). */
function cell(text) {
    const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
    return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL)}…` : flat;
}
/** The job-summary form: verdict, facts, checks table, age, timings. Bounded well under 100 KB. */
function renderDrillMarkdown(report) {
    const lines = [];
    lines.push(`### ${report.passed ? '✅ Restore drill passed' : '❌ Restore drill failed'}`, '');
    lines.push(cell(report.verdict), '');
    const s = report.snapshot;
    if (s !== null) {
        lines.push(`- **Snapshot**: \`${cell(s.path)}\`, revision ${s.revision}, compacted at ${s.compactRevision}, ` +
            `${s.totalKeys} keys, sha256 ${s.hash}`);
    }
    lines.push(`- **Age**: ${cell(report.age.message)} ${report.age.ok ? '' : '⚠️'}`.trimEnd());
    if (report.restore !== null) {
        lines.push(`- **Restored**: cluster ${report.restore.clusterId}, ${report.restore.members.length} members ` +
            `(${report.restore.members.map((m) => cell(m.name)).join(', ')}), format ${report.restore.targetVersion}, ` +
            `starts at revision ${report.restore.restoredRevision}`);
    }
    if (report.etcd !== null)
        lines.push(`- **Booted with**: etcd ${report.etcd.version}`);
    if (report.twin !== undefined)
        lines.push(`- **Loopback twin**: ${cell(report.twin.note)} (${cell(report.twin.reason)})`);
    for (const note of report.notes.slice(0, 20))
        lines.push(`- ${cell(note)}`);
    lines.push('', '| | Check | Expected | Actual | ms |', '|---|---|---|---|---:|');
    for (const c of report.checks.slice(0, MAX_ROWS)) {
        lines.push(`| ${c.ok ? '✅' : '❌'} | ${cell(c.name)} | ${cell(c.expected)} | ${cell(c.actual)} | ${c.ms} |`);
    }
    if (report.checks.length > MAX_ROWS) {
        lines.push('', `(${report.checks.length - MAX_ROWS} more checks in the JSON report)`);
    }
    const timings = Object.entries(report.durationsMs)
        .map(([phase, ms]) => `${cell(phase)} ${ms < 10_000 ? `${ms} ms` : (0,_age_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDhms */ .KX)(ms)}`)
        .join(' · ');
    lines.push('', `**Timings**: ${timings}`, '');
    lines.push(...memberLogLines(report.memberLogs ?? []));
    return lines.join('\n');
}
const MAX_LOG_CHARS = 4000;
/** Each member's log tail, folded (a failed drill only). */
function memberLogLines(logs) {
    return logs
        .slice(0, 20)
        .flatMap((l) => [
        `<details><summary>Last log lines of ${cell(l.name)}</summary>`,
        '',
        '```',
        l.logTail.slice(-MAX_LOG_CHARS).replace(/```/g, "'''"),
        '```',
        '</details>',
        ''
    ]);
}


/***/ }),

/***/ 51944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nb: () => (/* binding */ copyMembers),
/* harmony export */   Ou: () => (/* binding */ copiedMembers),
/* harmony export */   cp: () => (/* binding */ copiesFolder),
/* harmony export */   v9: () => (/* binding */ copiesParent)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84068);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97268);






/** Linux's memory-backed file system for shared memory, on every GitHub-hosted Linux runner. */
const SHM = '/dev/shm';
/** Memory left for the etcd processes, their page cache and everything else on the runner. */
const MEMORY_RESERVE = 2 * 2 ** 30;
/**
 * Where the booted members (`bytes`: their files and what etcd adds, DRILL_MEMBER_BYTES each) go: the temp folder when TMPDIR names one (the user chose
 * it); else /dev/shm when they fit there and in free memory with room to spare, the temp folder
 * otherwise. On memory etcd's fsyncs cost nothing and the copies are never written back to disk:
 * a copy made only to be booted and removed needs no durability.
 */
function copiesParent(bytes, shm = SHM) {
    if (process.env.TMPDIR)
        return (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    try {
        const fs = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statfsSync)(shm);
        const free = Number(fs.bavail) * Number(fs.bsize);
        if (bytes <= free / 2 && bytes + MEMORY_RESERVE <= (0,node_os__WEBPACK_IMPORTED_MODULE_2__.freemem)())
            return shm;
    }
    catch {
        // no /dev/shm here (not Linux, or a container without it)
    }
    return (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
}
/** A new, empty folder for booted copies under `parent`, tracked for removal on a signal. */
function copiesFolder(parent = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, 'etcd-drill-data-'));
    const untrack = (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_4__/* .trackFolder */ .MZ)(root);
    let removed = false;
    return {
        root,
        member(index, name, separateWal) {
            // index prefix: member names are free text and may repeat characters unsafe in paths
            const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, `${index}-${name.replace(/[^A-Za-z0-9._-]/g, '_')}`);
            const dataDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'data');
            return separateWal ? { dataDir, walDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'wal') } : { dataDir };
        },
        remove() {
            if (removed)
                return;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(root, { recursive: true, force: true });
            untrack();
            removed = true;
        }
    };
}
/**
 * The members as copied into `folder` (by the restore, as its mirrors, or by copyMembers): same
 * names and peer URLs, their files at folder.member(i).
 */
function copiedMembers(members, folder) {
    return {
        members: members.map((m, i) => ({
            ...folder.member(i, m.name, m.walDir !== undefined),
            name: m.name,
            peerURLs: [...m.peerURLs]
        })),
        root: folder.root,
        remove: () => folder.remove()
    };
}
/**
 * Booting a member rewrites its data-dir (WAL entries, db pages, the drill key), so the drill
 * boots copies unless told to use the restored folders in place. The members are copied side
 * by side, as reflinks where the file system allows (FICLONE), plain copies elsewhere, under
 * `parent` (the drill's: copiesParent, chosen once with its disk check). A fresh restore's
 * copies need none of this: the restore writes them as its mirrors (run.ts).
 */
async function copyMembers(members, parent = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) {
    const folder = copiesFolder(parent);
    const copies = copiedMembers(members, folder);
    const copy = (from, to) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)(from, to, { recursive: true, mode: node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.COPYFILE_FICLONE });
    // settled, not all: on a failure no copy may still be writing while the folder is removed
    const settled = await Promise.allSettled(members.map(async (m, i) => {
        const member = copies.members[i];
        await copy(m.dataDir, member.dataDir);
        if (m.walDir !== undefined && member.walDir !== undefined)
            await copy(m.walDir, member.walDir);
    }));
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) {
        folder.remove();
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .diskFull */ .xg)(failed.reason, folder.root); // `disk full: …/etcd-drill-data-…` (already removed)
    }
    return copies;
}


/***/ }),

/***/ 97268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ RestoreError),
/* harmony export */   I0: () => (/* binding */ TargetError),
/* harmony export */   JC: () => (/* binding */ SnapshotError),
/* harmony export */   O6: () => (/* binding */ DiskSpaceError),
/* harmony export */   Tb: () => (/* binding */ BoltFormatError),
/* harmony export */   VM: () => (/* binding */ HashMismatchError),
/* harmony export */   Vu: () => (/* binding */ DiskFullError),
/* harmony export */   YV: () => (/* binding */ isNoSpace),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   mj: () => (/* binding */ RegressionError),
/* harmony export */   mk: () => (/* binding */ VerificationError),
/* harmony export */   rz: () => (/* binding */ TruncatedSnapshotError),
/* harmony export */   td: () => (/* binding */ MissingHashError),
/* harmony export */   xg: () => (/* binding */ diskFull),
/* harmony export */   zU: () => (/* binding */ InvariantError)
/* harmony export */ });
/* unused harmony exports ExitCode, UndecryptableError, exitCodeOf */
/**
 * Every error a user can meet. Each class owns an exit code, so the CLI and the action
 * report one clear line and the right status without matching on message text.
 * Anything thrown that is not a RestoreError is a bug (exit code 1).
 */
/** Exit codes of `etcd-restore`, documented in the README. */
const ExitCode = {
    ok: 0,
    internal: 1,
    usage: 2,
    snapshot: 3,
    target: 4,
    verification: 5,
    regression: 6,
    undecryptable: 7,
    disk: 8
};
/** Base class of the errors that are the user's to fix. */
class RestoreError extends Error {
    exitCode = ExitCode.internal;
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** A flag, input or cluster description is wrong. Nothing was read or written. */
class InputError extends RestoreError {
    exitCode = ExitCode.usage;
}
/** The snapshot cannot be trusted: it is missing, unreadable, truncated, corrupt or not etcd's. */
class SnapshotError extends RestoreError {
    exitCode = ExitCode.snapshot;
}
/** The file has no sha256 trailer (size % 512 != 32): most likely a raw `member/snap/db` copy. */
class MissingHashError extends SnapshotError {
}
/** The file is shorter than the database it describes. */
class TruncatedSnapshotError extends SnapshotError {
}
/** The sha256 trailer does not match the contents. */
class HashMismatchError extends SnapshotError {
}
/**
 * The bbolt structure is broken. `pageId` names the page where the first problem was found,
 * when there is one.
 */
class BoltFormatError extends SnapshotError {
    pageId;
    constructor(message, pageId) {
        super(pageId === undefined ? message : `page ${pageId}: ${message}`);
        this.pageId = pageId;
    }
}
/** The restore target is in the way (data-dir not empty, wal-dir exists) or cannot be written. */
class TargetError extends RestoreError {
    exitCode = ExitCode.target;
}
/** A restore drill check failed: the restored cluster does not serve what the snapshot holds. */
class VerificationError extends RestoreError {
    exitCode = ExitCode.verification;
}
/** The backup holds less than its baseline (snapshot diff gate): revision back, keys or kinds lost. */
class RegressionError extends RestoreError {
    exitCode = ExitCode.regression;
}
/**
 * `snapshot inventory --encryption-config`: values encrypted at rest that the given
 * EncryptionConfiguration does not decrypt (a key it lacks, or a key of that name that does not
 * open them): the restored cluster cannot read them.
 */
class UndecryptableError extends (/* unused pure expression or super */ null && (RestoreError)) {
    exitCode = ExitCode.undecryptable;
}
/**
 * Not enough disk: found before the first byte is written (`needs 6.2 GiB on /runner/_temp,
 * 4.1 GiB free; …`), or a write that failed with ENOSPC or EDQUOT (DiskFullError). Nothing
 * half-written is left either way.
 */
class DiskSpaceError extends RestoreError {
    exitCode = ExitCode.disk;
}
/** A write failed for want of space (ENOSPC, or EDQUOT: the user's quota): `disk full: <path>`. */
class DiskFullError extends DiskSpaceError {
    path;
    constructor(path, options) {
        super(`disk full: ${path}`, options);
        this.path = path;
    }
}
/** The file-system error codes that mean "no space left" (for the writer, or on the device). */
const NO_SPACE = new Set(['ENOSPC', 'EDQUOT']);
/** Whether `error` is a failed write for want of space (ENOSPC or EDQUOT). */
function isNoSpace(error) {
    const code = error?.code;
    return typeof code === 'string' && NO_SPACE.has(code);
}
/**
 * `error` as a DiskFullError naming `path` when it is a no-space error (or already one: kept),
 * else `error` itself: for every catch around a write.
 */
function diskFull(error, path) {
    if (error instanceof DiskFullError)
        return error;
    return isNoSpace(error) ? new DiskFullError(path, { cause: error }) : error;
}
/** A broken internal invariant: a bug in this tool, never the user's input. */
class InvariantError extends Error {
    constructor(message) {
        super(`assertion failed: ${message}`);
        this.name = 'InvariantError';
    }
}
/** One line for a person: the message of a RestoreError, or of anything else thrown. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** The exit code for anything thrown. */
function exitCodeOf(error) {
    return error instanceof RestoreError ? error.exitCode : ExitCode.internal;
}


/***/ }),

/***/ 12298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ findEtcd),
/* harmony export */   o: () => (/* binding */ etcdEnv)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97268);




const NOT_FOUND = 'no etcd binary found: set the `etcd-path` input / --etcd-path, or put etcd on PATH';
/**
 * The etcd binary to boot: `explicitPath` when given, else the first `etcd` on PATH.
 * Runs `etcd --version` so a wrong file fails here, not halfway through a drill.
 */
function findEtcd(explicitPath) {
    const path = explicitPath === undefined || explicitPath === '' ? searchPath('etcd') : explicitPath;
    if (path === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(NOT_FOUND);
    if (!isExecutableFile(path)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`etcd binary ${path} does not exist or is not executable`);
    }
    return { path, version: etcdVersion(path) };
}
function searchPath(command) {
    for (const dir of (process.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
        if (dir === '')
            continue;
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, command);
        if (isExecutableFile(candidate))
            return candidate;
    }
    return undefined;
}
function isExecutableFile(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function etcdVersion(path) {
    const run = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(path, ['--version'], {
        encoding: 'utf8',
        timeout: 10_000,
        // ETCD_* variables would be read by `etcd --version` too; keep the probe clean.
        env: etcdEnv(),
        maxBuffer: 64 * 1024
    });
    if (run.error !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot run ${path} --version: ${run.error.message}`);
    }
    const match = /etcd Version:\s*v?(\d+\.\d+\.\d+\S*)/.exec(run.stdout ?? '');
    if (run.status !== 0 || match === null) {
        const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().slice(0, 300);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${path} is not an etcd server binary: \`--version\` exited ${run.status ?? run.signal} and printed ${JSON.stringify(output)}`);
    }
    return match[1];
}
/** The environment for etcd children: ours minus every ETCD_* variable (etcd reads them as flags). */
function etcdEnv() {
    const env = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (!name.toUpperCase().startsWith('ETCD'))
            env[name] = value;
    }
    return env;
}


/***/ }),

/***/ 20974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ parseEtcdVersion),
/* harmony export */   D: () => (/* binding */ autoRelease),
/* harmony export */   Fo: () => (/* binding */ DEFAULT_ETCD_MIRROR),
/* harmony export */   UU: () => (/* binding */ releaseArch),
/* harmony export */   dy: () => (/* binding */ releaseFiles),
/* harmony export */   sK: () => (/* binding */ EtcdReleaseError),
/* harmony export */   tz: () => (/* binding */ parseSha256),
/* harmony export */   v0: () => (/* binding */ parseMirror)
/* harmony export */ });
/* unused harmony export NEWEST_PATCH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * Official etcd releases: which one `auto` means for a cluster version line, and where a release
 * lives on a mirror laid out like https://github.com/etcd-io/etcd/releases/download.
 */

/**
 * The newest patch of each line this version of etcd-restore knows; bump when etcd releases.
 * 3.5–3.7: the newest `go list -m -versions go.etcd.io/etcd/server/v3` lists (2026-12-05); 3.4
 * (not on the Go module proxy): 3.4.45. No sha256 here: a tarball is checked against its line in
 * the release's SHA256SUMS (or the etcd-sha256 pin).
 */
const NEWEST_PATCH = {
    '3.4': '3.4.45',
    '3.5': '3.5.36',
    '3.6': '3.6.17',
    '3.7': '3.7.4'
};
const DEFAULT_ETCD_MIRROR = 'https://github.com/etcd-io/etcd/releases/download';
/** The failure to get a verified etcd release; one line, like the missing `etcd-path`. */
class EtcdReleaseError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
}
/** `3.5.30`, `v3.5.30`, `3.6.0-rc.1` or `auto`; throws naming `what` (the input or flag). */
function parseEtcdVersion(value, what) {
    const trimmed = value.trim();
    if (trimmed === 'auto')
        return 'auto';
    const match = /^v?(\d{1,4}\.\d{1,4}\.\d{1,4}(?:-[0-9A-Za-z.]{1,40})?)$/.exec(trimmed);
    if (match === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} must be an etcd release such as 3.5.30 (or v3.5.30) or auto, got '${value}'`);
    return { version: match[1] };
}
/** A tarball's expected sha256 (64 hex digits), lower-cased; throws naming `what`. */
function parseSha256(value, what) {
    const trimmed = value.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(trimmed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} must be a sha256 of 64 hex digits, got '${value}'`);
    return trimmed;
}
/** A mirror base URL (http or https), without a trailing slash; throws naming `what`. */
function parseMirror(value, what) {
    const trimmed = value.trim().replace(/\/+$/, '');
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} must be an http(s) URL, got '${value}'`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} must be an http(s) URL, got '${value}'`);
    if (url.username || url.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} must not carry credentials in the URL`);
    return trimmed;
}
/** The release `auto` means for a snapshot whose `cluster` bucket says `clusterVersion`. */
function autoRelease(clusterVersion, snapshotPath) {
    const known = Object.keys(NEWEST_PATCH).join(', ');
    if (clusterVersion === undefined)
        throw new EtcdReleaseError(`etcd-version auto: snapshot ${snapshotPath} records no cluster version; set etcd-version to a release (known lines: ${known})`);
    const line = /^(\d+\.\d+)\./.exec(clusterVersion)?.[1];
    const version = line === undefined ? undefined : NEWEST_PATCH[line];
    if (version === undefined)
        throw new EtcdReleaseError(`etcd-version auto: no etcd release known for cluster version ${clusterVersion} of snapshot ${snapshotPath} (known lines: ${known}); set etcd-version to a release`);
    return version;
}
/** etcd's name for this machine's architecture in release file names. */
function releaseArch(platform = process.platform, arch = process.arch) {
    const name = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined;
    if (platform !== 'linux' || name === undefined)
        throw new EtcdReleaseError(`no official etcd release tarball for ${platform}/${arch} (linux amd64 and arm64 only); set etcd-path instead`);
    return name;
}
function releaseFiles(mirror, version, arch) {
    const topDir = `etcd-v${version}-linux-${arch}`;
    const base = `${mirror.replace(/\/+$/, '')}/v${version}`;
    const tarball = `${topDir}.tar.gz`;
    return {
        ...{ version, arch, tarball, topDir },
        tarballUrl: `${base}/${tarball}`,
        sumsUrl: `${base}/SHA256SUMS`
    };
}


/***/ }),

/***/ 50432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   S3: () => (/* binding */ describeDb),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
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

/***/ 84068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ trackFolder),
/* harmony export */   Mm: () => (/* binding */ trackUndo),
/* harmony export */   SB: () => (/* binding */ inScope),
/* harmony export */   aO: () => (/* binding */ enterPhase),
/* harmony export */   cE: () => (/* binding */ installInterruptHandlers),
/* harmony export */   hk: () => (/* binding */ currentPhase),
/* harmony export */   tK: () => (/* binding */ pausePoint),
/* harmony export */   yH: () => (/* binding */ trackChild)
/* harmony export */ });
/* unused harmony exports INTERRUPT_GRACE_MS, interrupted, cleanupAll, cleanupNow */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The process-wide registry of what a signal must undo: the etcd children this process started
 * and the folders it is writing (drill copies, logs, twins, restore staging). Code that starts a
 * child or makes a folder registers it here and unregisters it when it has stopped or removed it
 * itself. The entry points (src/cli/index.ts, src/action/index.ts) install the signal handlers:
 * on SIGINT, SIGTERM or SIGHUP every child gets SIGTERM, then SIGKILL after a grace that fits in
 * GitHub's 7.5 s between a cancel's SIGINT and its SIGTERM; every folder is removed; the process
 * prints one line and exits 128 + the signal's number. A second signal exits at once, after
 * SIGKILL on every recorded pid.
 */

const INTERRUPT_GRACE_MS = 3_000;
const SIGNAL_CODES = {
    SIGHUP: 129,
    SIGINT: 130,
    SIGTERM: 143
};
const HANDLED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const children = new Set();
const folders = new Set();
let phase = 'startup';
let scope;
let interruptedBy;
/** Records a started child until the returned function is called (when it has exited). */
function trackChild(child) {
    if (interruptedBy !== undefined)
        killNow(child);
    children.add(child);
    return () => children.delete(child);
}
/** Records a folder to remove on a signal until the returned function is called. */
function trackFolder(path) {
    return trackUndo({
        paths: () => [path],
        undo: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { recursive: true, force: true })
    });
}
/** Records any on-disk undo (a restore's staging) until the returned function is called. */
function trackUndo(entry) {
    folders.add(entry);
    return () => folders.delete(entry);
}
/** The current phase, for the interrupt line ("drill boot", "restore", "download"). */
function currentPhase() {
    return phase;
}
/** Whether a signal has come; work in progress then stops at its next `enterPhase`. */
function interrupted() {
    return interruptedBy !== undefined;
}
/** Runs `work` with its phases named `<name> <phase>` ("drill boot"). */
async function inScope(name, work) {
    const outer = scope;
    scope = outer === undefined ? name : `${outer} ${name}`;
    try {
        return await work();
    }
    finally {
        scope = outer;
    }
}
/** Names the phase now running. After a signal it never resolves: the work stops there. */
async function enterPhase(name) {
    phase = scope === undefined ? name : `${scope} ${name}`;
    if (interruptedBy !== undefined)
        return never();
}
/**
 * A test hook: with `ETCD_RESTORE_PAUSE_AT=<name>`, prints `etcd-restore: paused at <name>` on
 * stderr and waits (for a signal). After a signal it never resolves either.
 */
async function pausePoint(name) {
    if (interruptedBy !== undefined)
        return never();
    if (process.env.ETCD_RESTORE_PAUSE_AT !== name)
        return;
    process.stderr.write(`etcd-restore: paused at ${name}\n`);
    setInterval(() => undefined, 60_000); // nothing else may keep the loop alive meanwhile
    return never();
}
/** Children first (they hold the folders open), then every folder; returns what was undone. */
async function cleanupAll(graceMs = INTERRUPT_GRACE_MS) {
    const stopping = [...children];
    await Promise.all(stopping.map((c) => c.stop(graceMs).catch(() => undefined)));
    return { stopped: stopping.length, removed: undoFolders() };
}
/** Synchronous last resort: SIGKILL on every recorded pid, then every folder removed. */
function cleanupNow() {
    const stopped = children.size;
    for (const child of children)
        killNow(child);
    return { stopped, removed: undoFolders() };
}
/**
 * Installs the SIGINT/SIGTERM/SIGHUP handlers (once per process). `write` prints the one line;
 * the process then exits 128 + the signal number.
 */
function installInterruptHandlers(write = (line) => process.stderr.write(`${line}\n`)) {
    if (installed)
        return;
    installed = true;
    for (const signal of HANDLED)
        process.on(signal, () => onSignal(signal, write));
    // also when a run exits without awaiting its stops: never leave servers behind
    process.once('exit', () => {
        for (const child of children)
            killNow(child);
    });
}
let installed = false;
function onSignal(signal, write) {
    const first = interruptedBy;
    if (first !== undefined) {
        const done = cleanupNow();
        write(interruptLine(`${first}, then ${signal}`, done, 'killed'));
        process.exit(SIGNAL_CODES[first] ?? 1);
    }
    interruptedBy = signal;
    // keeps the loop alive (and the exit code ours) while the children stop
    const keepAlive = setInterval(() => undefined, 1_000);
    void cleanupAll().then((done) => {
        clearInterval(keepAlive);
        write(interruptLine(signal, done, 'stopped'));
        process.exit(SIGNAL_CODES[signal] ?? 1);
    }, () => process.exit(SIGNAL_CODES[signal] ?? 1));
}
function interruptLine(signals, done, verb) {
    const parts = [`${verb} ${done.stopped} etcd`];
    parts.push(done.removed.length === 0 ? 'no folder to remove' : `removed ${done.removed.join(', ')}`);
    return `interrupted (${signals}) during ${phase}: ${parts.join(', ')}`;
}
function undoFolders() {
    const removed = [];
    for (const entry of [...folders].reverse()) {
        folders.delete(entry);
        try {
            const paths = entry.paths();
            entry.undo();
            removed.push(...paths);
        }
        catch {
            // best effort: the next run clears stale staging
        }
    }
    return removed;
}
function killNow(child) {
    try {
        if (child.pid !== undefined)
            process.kill(child.pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}
function never() {
    return new Promise(() => undefined);
}


/***/ }),

/***/ 29474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cy: () => (/* binding */ entryFor),
/* harmony export */   j_: () => (/* binding */ parseEncryptionConfig)
/* harmony export */ });
/* unused harmony exports parseYamlSubset, loadEncryptionConfig */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/**
 * kube-apiserver's EncryptionConfiguration (`--encryption-provider-config`), read for offline
 * decryption of `k8s:enc:…` values: which keys each resource's providers hold.
 *
 * The file is YAML or JSON. No YAML library: this reads the subset such files are written in —
 * block mappings and sequences by indentation, `- key: value` items, plain and quoted scalars,
 * `#` comments, and flow `{}` / `[]` / `[a, b]`. Anchors, tags, multi-line scalars and multiple
 * documents are refused (InputError). Error messages name a line number, never its text: the file
 * holds key material.
 */


const fail = (line, what) => {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`encryption config${line === undefined ? '' : ` line ${line}`}: ${what} (kube-apiserver EncryptionConfiguration YAML or JSON expected)`);
};
/** Strips a comment that is not inside quotes. */
function stripComment(text) {
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t'))
            return text.slice(0, i);
    }
    return text;
}
function scalar(text, line) {
    const t = text.trim();
    if (t.startsWith('"')) {
        if (!t.endsWith('"') || t.length < 2)
            fail(line, 'unterminated quoted string');
        try {
            return JSON.parse(t);
        }
        catch {
            return fail(line, 'bad quoted string');
        }
    }
    if (t.startsWith("'")) {
        if (!t.endsWith("'") || t.length < 2)
            fail(line, 'unterminated quoted string');
        return t.slice(1, -1).replace(/''/g, "'");
    }
    if (t === '{}')
        return {};
    if (t === '[]')
        return [];
    if (t.startsWith('[') && t.endsWith(']'))
        return t
            .slice(1, -1)
            .split(',')
            .map((s) => scalar(s, line));
    if (/^[&*!|>{[]/.test(t))
        fail(line, 'unsupported YAML (anchor, tag, block scalar or flow)');
    return t;
}
/** `key: value` → [key, value text]; undefined when the text is no mapping entry. */
function entry(text) {
    const m = /^("[^"]*"|'[^']*'|[^\s:'"][^:]*?)\s*:(?:\s+(.*))?$/.exec(text);
    if (!m)
        return undefined;
    const key = m[1].startsWith('"') || m[1].startsWith("'") ? m[1].slice(1, -1) : m[1];
    return [key, m[2] ?? ''];
}
class Parser {
    lines;
    i = 0;
    constructor(lines) {
        this.lines = lines;
    }
    parse() {
        if (this.lines.length === 0)
            fail(undefined, 'empty file');
        const value = this.block(this.lines[0].indent);
        if (this.i < this.lines.length)
            fail(this.lines[this.i].number, 'unexpected indentation');
        return value;
    }
    block(indent) {
        const line = this.lines[this.i];
        if (line.text.startsWith('- ') || line.text === '-')
            return this.sequence(indent);
        return this.mapping(indent);
    }
    sequence(indent) {
        const items = [];
        while (this.i < this.lines.length) {
            const line = this.lines[this.i];
            if (line.indent < indent)
                break;
            if (line.indent > indent)
                fail(line.number, 'unexpected indentation');
            if (!(line.text.startsWith('- ') || line.text === '-'))
                break;
            const rest = line.text.slice(1).trimStart();
            if (rest === '') {
                this.i++;
                const next = this.lines[this.i];
                items.push(next && next.indent > indent ? this.block(next.indent) : '');
                continue;
            }
            // `- key: value`: a mapping whose first entry sits after the dash
            const inner = indent + (line.text.length - rest.length);
            if (entry(rest) && !rest.startsWith('"') && !rest.startsWith("'")) {
                this.lines[this.i] = { indent: inner, text: rest, number: line.number };
                items.push(this.mapping(inner));
            }
            else if (rest.startsWith('- ')) {
                this.lines[this.i] = { indent: inner, text: rest, number: line.number };
                items.push(this.sequence(inner));
            }
            else {
                items.push(scalar(rest, line.number));
                this.i++;
            }
        }
        return items;
    }
    mapping(indent) {
        const map = {};
        while (this.i < this.lines.length) {
            const line = this.lines[this.i];
            if (line.indent < indent)
                break;
            if (line.indent > indent)
                fail(line.number, 'unexpected indentation');
            const kv = entry(line.text);
            if (!kv) {
                if (line.text.startsWith('- '))
                    break;
                fail(line.number, 'expected `key: value`');
            }
            const [key, rest] = kv;
            if (Object.hasOwn(map, key))
                fail(line.number, `duplicate key ${JSON.stringify(key)}`);
            this.i++;
            if (rest !== '') {
                map[key] = scalar(rest, line.number);
                continue;
            }
            const next = this.lines[this.i];
            if (next && next.indent > indent)
                map[key] = this.block(next.indent);
            else if (next && next.indent === indent && next.text.startsWith('- '))
                map[key] = this.sequence(indent); // a sequence may sit at its key's indentation
            else
                map[key] = '';
        }
        return map;
    }
}
/** Parses the YAML subset above (or JSON) into plain values. */
function parseYamlSubset(text) {
    const trimmed = text.trim();
    if (trimmed.startsWith('{')) {
        try {
            return JSON.parse(trimmed);
        }
        catch {
            fail(undefined, 'not valid JSON');
        }
    }
    const lines = [];
    text.split(/\r?\n/).forEach((raw, n) => {
        if (raw.includes('\t') && /^\s*\t/.test(raw))
            fail(n + 1, 'tab indentation');
        const body = stripComment(raw).trimEnd();
        if (body.trim() === '')
            return;
        if (body.trim() === '---' && lines.length === 0)
            return;
        if (body.trim() === '---' || body.trim() === '...')
            fail(n + 1, 'more than one document');
        const indent = body.length - body.trimStart().length;
        lines.push({ indent, text: body.trim(), number: n + 1 });
    });
    return new Parser(lines).parse();
}
const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const KEY_SIZES = {
    aescbc: [16, 24, 32],
    aesgcm: [16, 24, 32],
    secretbox: [32]
};
/** The EncryptionConfiguration in `text` (validated as kube-apiserver would, in the parts used). */
function parseEncryptionConfig(text) {
    const doc = parseYamlSubset(text);
    if (!isMap(doc))
        return fail(undefined, 'not a mapping');
    if (doc.kind !== 'EncryptionConfiguration')
        fail(undefined, `kind is ${JSON.stringify(doc.kind ?? '')}, not EncryptionConfiguration`);
    if (!Array.isArray(doc.resources) || doc.resources.length === 0)
        fail(undefined, 'no `resources` list');
    const resources = doc.resources.map((r, i) => {
        const where = `resources[${i}]`;
        if (!isMap(r))
            return fail(undefined, `${where} is not a mapping`);
        const names = r.resources;
        if (!Array.isArray(names) || names.length === 0 || names.some((n) => typeof n !== 'string'))
            fail(undefined, `${where}.resources is not a list of names`);
        if (!Array.isArray(r.providers) || r.providers.length === 0)
            fail(undefined, `${where}.providers is not a list`);
        const providers = r.providers.map((p, j) => {
            const at = `${where}.providers[${j}]`;
            if (!isMap(p) || Object.keys(p).length !== 1)
                return fail(undefined, `${at} must name exactly one provider`);
            const [type, body] = Object.entries(p)[0];
            if (type === 'identity')
                return { type: 'identity' };
            if (type === 'kms') {
                if (!isMap(body) || typeof body.name !== 'string' || body.name === '')
                    return fail(undefined, `${at}: kms needs a name`);
                return {
                    type: 'kms',
                    name: body.name,
                    apiVersion: typeof body.apiVersion === 'string' ? body.apiVersion : 'v1'
                };
            }
            if (type !== 'aescbc' && type !== 'aesgcm' && type !== 'secretbox')
                return fail(undefined, `${at}: unknown provider ${JSON.stringify(type)}`);
            if (!isMap(body) || !Array.isArray(body.keys) || body.keys.length === 0)
                return fail(undefined, `${at}: ${type} needs a list of keys`);
            const keys = body.keys.map((k, n) => {
                if (!isMap(k) || typeof k.name !== 'string' || k.name === '')
                    return fail(undefined, `${at}.keys[${n}] needs a name`);
                const name = k.name;
                const secret = typeof k.secret === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(k.secret)
                    ? Buffer.from(k.secret, 'base64')
                    : undefined;
                // the message never holds the secret itself
                if (!secret || !KEY_SIZES[type].includes(secret.length))
                    return fail(undefined, `${type} key ${JSON.stringify(name)}: secret is not base64 of ${KEY_SIZES[type].join(', ')} bytes`);
                return { name, secret };
            });
            return { type, keys };
        });
        return { resources: names, providers };
    });
    return { resources };
}
/**
 * The entry kube-apiserver would use for a resource (`secrets`, or `widgets` of group
 * `example.com`): the first whose names hold it exactly, else `*.<group>` (`*.` for the core
 * group), else `*.*`. Keys under /registry/<resource>/ are taken as the core group unless the
 * key names a dotted group (/registry/<group>/<resource>/), as the key shape says.
 */
function entryFor(config, resource, group) {
    const full = group === '' ? resource : `${resource}.${group}`;
    return (config.resources.find((r) => r.resources.includes(full)) ??
        config.resources.find((r) => r.resources.includes(`*.${group}`)) ??
        config.resources.find((r) => r.resources.includes('*.*')));
}
/** Reads and parses the EncryptionConfiguration at `path` (InputError when unreadable or bad). */
async function loadEncryptionConfig(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        throw new InputError(`cannot read --encryption-config ${path}: ${error.code ?? 'error'}`);
    }
    try {
        return parseEncryptionConfig(text);
    }
    catch (error) {
        if (error instanceof InputError)
            throw new InputError(`${path}: ${error.message}`);
        throw error;
    }
}


/***/ }),

/***/ 58003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  InventoryLimitError: () => (/* binding */ InventoryLimitError),
  InventorySweep: () => (/* binding */ InventorySweep),
  MAX_EXAMPLES: () => (/* binding */ MAX_EXAMPLES),
  encryptionVerdict: () => (/* binding */ encryptionVerdict),
  inventoryWithinBound: () => (/* binding */ inventoryWithinBound),
  kindName: () => (/* binding */ kindName),
  readable: () => (/* binding */ readable),
  takeInventory: () => (/* binding */ takeInventory),
  undecryptableSummary: () => (/* binding */ undecryptableSummary)
});

// EXTERNAL MODULE: ./src/lib/backend/kv.ts
var backend_kv = __webpack_require__(38179);
// EXTERNAL MODULE: ./src/lib/backend/key-fingerprints.ts
var key_fingerprints = __webpack_require__(59161);
// EXTERNAL MODULE: ./src/lib/backend/revision.ts
var revision = __webpack_require__(29627);
// EXTERNAL MODULE: ./src/lib/backend/schema.ts
var schema = __webpack_require__(13397);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
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

// EXTERNAL MODULE: ./node_modules/protobufjs/index.js
var protobufjs = __webpack_require__(23928);
var protobufjs_default = /*#__PURE__*/__webpack_require__.n(protobufjs);
// EXTERNAL MODULE: ./src/lib/inventory/prefix.ts
var prefix = __webpack_require__(92782);
;// CONCATENATED MODULE: ./src/lib/inventory/k8s-object.ts
/**
 * Deep decode of a Kubernetes value (issue 28): does the object decode, and do its
 * `metadata.name` / `metadata.namespace` agree with the key it is stored under?
 *
 * - Protobuf: `k8s\0` + runtime.Unknown {1 typeMeta {1 apiVersion, 2 kind}, 2 raw, 3
 *   contentEncoding, 4 contentType}; raw is the object's own message, whose field 1 is ObjectMeta
 *   {1 name, 3 namespace, 5 uid, 6 resourceVersion, 8 creationTimestamp}. Every field of the
 *   envelope and of raw is walked with protobufjs's Reader (a value cut short or with a bad wire
 *   type does not decode); the spec is not decoded (what kube-apiserver's typed decode would also
 *   reject, such as a wrong field type inside a PodSpec, is not seen here).
 * - JSON (custom resources, APIServices, older clusters): one object with a non-empty `kind`.
 *
 * The key's shape says where the object should be (prefix.ts): after the resource path, one
 * segment is a cluster-scoped name, two are `<namespace>/<name>`. Keys kube-apiserver keeps that
 * are not objects under their own name (masterleases, range allocations) are listed in
 * NOT_OBJECTS. Pure; never throws on bad input; never returns any part of the value but
 * apiVersion, kind, name and namespace.
 */


const MAGIC = [0x6b, 0x38, 0x73, 0x00];
const k8s_object_OPEN_BRACE = 0x7b;
/** Under the Kubernetes prefix, folders kube-apiserver keeps that hold no object of that name. */
const NOT_OBJECTS = [
    'masterleases/', // Endpoints named after each apiserver's IP (endpoint reconciler "lease")
    'ranges/', // RangeAllocation of service IPs / node ports, without a name
    'apiserverleases/'
];
function startsWithMagic(value) {
    if (value.length < MAGIC.length)
        return false;
    for (let i = 0; i < MAGIC.length; i++)
        if (value[i] !== MAGIC[i])
            return false;
    return true;
}
/**
 * Walks the fields of the message between the reader's position and `end` (one Reader for the
 * whole value: a nested message is read by narrowing `len`, so nothing is allocated per level).
 * `field` gets each length-delimited field's number and the position after its length; it reads
 * what it wants and returns true, or false to have the field skipped. A bad wire type, a length
 * past the end or a field number 0 throws.
 */
function walk(r, end, field) {
    const outer = r.len;
    if (end > outer)
        throw new Error('message cut short');
    r.len = end;
    while (r.pos < end) {
        const key = r.uint32();
        const tag = key >>> 3;
        const wire = key & 7;
        if (tag === 0)
            throw new Error('field number 0');
        if (wire === 2) {
            const length = r.uint32();
            const fieldEnd = r.pos + length;
            if (fieldEnd > end)
                throw new Error('field cut short');
            if (!field(tag, fieldEnd))
                r.pos = fieldEnd;
            else if (r.pos !== fieldEnd)
                throw new Error('field misread');
        }
        else
            r.skipType(wire);
    }
    r.len = outer;
}
/** The bytes from the reader's position to `end`, as a string (a view, no copy). */
function k8s_object_text(r, end, encoding) {
    const s = Buffer.from(r.buf.buffer, r.buf.byteOffset + r.pos, end - r.pos).toString(encoding);
    r.pos = end;
    return s;
}
/** The object in a protobuf envelope (`k8s\0` + runtime.Unknown), or undefined. */
function fromProtobuf(value) {
    let apiVersion = '';
    let kind = '';
    let rawStart = -1;
    let rawEnd = -1;
    const r = protobufjs_default().Reader.create(value);
    r.pos = MAGIC.length;
    walk(r, value.length, (tag, end) => {
        if (tag === 1)
            walk(r, end, (t, e) => {
                if (t === 1)
                    apiVersion = k8s_object_text(r, e, 'utf8');
                else if (t === 2)
                    kind = k8s_object_text(r, e, 'utf8');
                else
                    return false;
                return true;
            });
        else if (tag === 2) {
            rawStart = r.pos;
            rawEnd = end;
            r.pos = end;
        }
        else
            return false;
        return true;
    });
    if (kind === '' || rawStart < 0)
        return undefined;
    let name = '';
    let namespace = '';
    r.pos = rawStart;
    walk(r, rawEnd, (tag, end) => {
        if (tag !== 1)
            return false;
        walk(r, end, (t, e) => {
            if (t === 1)
                name = k8s_object_text(r, e, 'latin1');
            else if (t === 3)
                namespace = k8s_object_text(r, e, 'latin1');
            else
                return false;
            return true;
        });
        return true;
    });
    return { apiVersion, kind, name, namespace };
}
const k8s_object_decoder = new TextDecoder('utf-8', { fatal: true });
function fromJson(value) {
    const parsed = JSON.parse(k8s_object_decoder.decode(value));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return undefined;
    const { apiVersion, kind, metadata } = parsed;
    if (typeof kind !== 'string' || kind === '')
        return undefined;
    const meta = (typeof metadata === 'object' && metadata !== null ? metadata : {});
    const text = (v) => (typeof v === 'string' ? Buffer.from(v).toString('latin1') : '');
    return {
        apiVersion: typeof apiVersion === 'string' ? apiVersion : '',
        kind,
        name: text(meta.name),
        namespace: text(meta.namespace)
    };
}
function k8s_object_firstNonSpace(value) {
    for (const byte of value)
        if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
            return byte;
    return undefined;
}
/** The object a plaintext value holds, or undefined when it does not decode. */
function decodeObject(value) {
    try {
        if (startsWithMagic(value))
            return fromProtobuf(value);
        if (k8s_object_firstNonSpace(value) === k8s_object_OPEN_BRACE)
            return fromJson(value);
    }
    catch {
        return undefined;
    }
    return undefined;
}
/** Where `key` (latin1) says its object belongs; undefined when it has no object shape. */
function keyShape(key, root = prefix/* REGISTRY_ROOT */.FT) {
    if (!key.startsWith(root))
        return undefined;
    const segments = key.slice(root.length).split('/');
    const first = segments[0];
    const second = segments[1];
    const twoLevel = second !== undefined &&
        (first.includes('.') ||
            (first === 'services' && (second === 'specs' || second === 'endpoints')));
    const depth = twoLevel ? 2 : 1;
    const rest = segments.slice(depth);
    const resource = segments.slice(0, depth).join('/');
    if (rest.length === 1)
        return { resource, namespace: '', name: rest[0] };
    if (rest.length === 2)
        return { resource, namespace: rest[0], name: rest[1] };
    return undefined;
}
/** A key under the prefix that kube-apiserver keeps but that is not an object of its name. */
function isNotObject(key, root = prefix/* REGISTRY_ROOT */.FT) {
    if (!key.startsWith(root))
        return false;
    const rest = key.slice(root.length);
    return NOT_OBJECTS.some((p) => rest.startsWith(p));
}
/** Do the object's name and namespace agree with its key? */
function matchesKey(object, key, root) {
    const shape = keyShape(key, root);
    return shape !== undefined && shape.name === object.name && shape.namespace === object.namespace;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@noble/ciphers/salsa.js + 3 modules
var salsa = __webpack_require__(46382);
// EXTERNAL MODULE: ./src/lib/inventory/encryption-config.ts
var encryption_config = __webpack_require__(29474);
;// CONCATENATED MODULE: ./src/lib/inventory/decrypt.ts
/**
 * Offline decryption of values encrypted at rest by kube-apiserver, as its value transformers do
 * (k8s.io/apiserver pkg/storage/value/encrypt):
 * - `k8s:enc:aescbc:v1:<key>:` + IV (16) + AES-CBC ciphertext, PKCS#7 padding checked as Go does;
 * - `k8s:enc:aesgcm:v1:<key>:` + nonce (12) + AES-GCM ciphertext and tag; the additional
 *   authenticated data is the etcd key, so a value copied under another key does not decrypt;
 * - `k8s:enc:secretbox:v1:<key>:` + nonce (24) + XSalsa20-Poly1305 box;
 * - `k8s:enc:kms:v1|v2:<provider>:` — needs the KMS: not decryptable offline; v2 carries an
 *   EncryptedObject whose keyID (field 2) is read.
 * The plaintext is returned to the caller only (deep decode), never kept or logged.
 */




const PREFIX = 'k8s:enc:';
const MAX_PREFIX = 512;
/** Parses `k8s:enc:<provider>:<version>:<key>:`; undefined when the value has no such prefix. */
function encryptedPrefix(value) {
    if (value.length < PREFIX.length)
        return undefined;
    for (let i = 0; i < PREFIX.length; i++)
        if (value[i] !== PREFIX.charCodeAt(i))
            return undefined; // hot path: most values are objects
    const head = Buffer.from(value.buffer, value.byteOffset, Math.min(value.length, MAX_PREFIX)).toString('latin1');
    const parts = [];
    let at = PREFIX.length;
    for (let n = 0; n < 3; n++) {
        const colon = head.indexOf(':', at);
        if (colon < 0)
            return undefined;
        parts.push(head.slice(at, colon));
        at = colon + 1;
    }
    const [provider, version, keyName] = parts;
    const found = { provider, version, keyName, payload: at };
    if (provider === 'kms' && version === 'v2') {
        const id = kmsKeyId(value.subarray(at));
        if (id !== undefined)
            found.kmsKeyID = id;
    }
    return found;
}
function kmsKeyId(body) {
    try {
        const reader = protobufjs_default().Reader.create(body);
        let id;
        while (reader.pos < reader.len) {
            const key = reader.uint32();
            if (key >>> 3 === 2 && (key & 7) === 2)
                id = reader.string();
            else
                reader.skipType(key & 7);
        }
        return id;
    }
    catch {
        return undefined;
    }
}
/** Go's PKCS#7 check in aes.go: pad 1..len(plaintext), every pad byte equal. */
function unpad(data) {
    if (data.length === 0)
        return undefined;
    const pad = data[data.length - 1];
    if (pad === 0 || pad > data.length)
        return undefined;
    for (let i = data.length - pad; i < data.length; i++)
        if (data[i] !== pad)
            return undefined;
    return data.subarray(0, data.length - pad);
}
function decrypt_open(type, secret, payload, key) {
    try {
        const bits = secret.length * 8;
        if (type === 'aescbc') {
            if (payload.length < 16)
                return undefined;
            const body = payload.subarray(16);
            if (body.length === 0 || body.length % 16 !== 0)
                return undefined;
            const d = (0,external_node_crypto_.createDecipheriv)(`aes-${bits}-cbc`, secret, payload.subarray(0, 16));
            d.setAutoPadding(false);
            return unpad(Buffer.concat([d.update(body), d.final()]));
        }
        if (type === 'aesgcm') {
            if (payload.length < 12 + 16)
                return undefined;
            const d = (0,external_node_crypto_.createDecipheriv)(`aes-${bits}-gcm`, secret, payload.subarray(0, 12));
            d.setAAD(key);
            d.setAuthTag(payload.subarray(payload.length - 16));
            return Buffer.concat([d.update(payload.subarray(12, payload.length - 16)), d.final()]);
        }
        if (payload.length < 24 + 16)
            return undefined;
        const plain = (0,salsa/* xsalsa20poly1305 */.uT)(secret, payload.subarray(0, 24)).decrypt(payload.subarray(24));
        return Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength);
    }
    catch {
        return undefined;
    }
}
/**
 * Decrypts `value` (stored under etcd key `key`, bytes) with the config's entry for `resource`
 * of `group`, as kube-apiserver would when reading it.
 */
function decryptValue(config, resource, group, key, value, prefix) {
    const { provider, version, keyName } = prefix;
    if (provider === 'kms')
        return { result: 'kms' };
    if (version !== 'v1' ||
        (provider !== 'aescbc' && provider !== 'aesgcm' && provider !== 'secretbox'))
        return { result: 'no-key' };
    const entry = (0,encryption_config/* entryFor */.cy)(config, resource, group);
    const found = entry?.providers
        .filter((p) => p.type === provider)
        .flatMap((p) => ('keys' in p ? p.keys : []))
        .find((k) => k.name === keyName);
    if (!found)
        return { result: 'no-key' };
    const payload = Buffer.from(value.buffer, value.byteOffset + prefix.payload, value.length - prefix.payload);
    const plaintext = decrypt_open(provider, found.secret, payload, Buffer.from(key));
    return plaintext ? { result: 'decrypts', plaintext } : { result: 'fails' };
}

;// CONCATENATED MODULE: ./src/lib/inventory/k8s-check.ts
/**
 * What one stored value under the Kubernetes prefix is, checked as kube-apiserver would read it
 * (issue 28): an object that decodes and sits under its own key, one that does not decode, one
 * whose name/namespace disagree with its key, a well-known key that is no object, or a value
 * encrypted at rest — decrypted with the EncryptionConfiguration when one is given, then checked
 * the same way. A Finding holds no part of the value beyond what it names, and is interned per
 * distinct finding by the inventory (a few dozen per snapshot), not kept per key.
 */


/** A distinct string per distinct finding (the inventory's class table key). */
function findingName(f) {
    switch (f.value) {
        case 'outside':
            return '';
        case 'not-object':
            return 'n';
        case 'undecodable':
            return 'u';
        case 'object':
            return f.match ? 'o' : 'm';
        case 'encrypted':
            return `e\0${f.provider}\0${f.keyName}\0${f.kmsKeyID ?? ''}\0${f.decrypt}\0${f.plaintext ?? ''}\0${f.match ?? ''}`;
    }
}
/** `secrets` → ['secrets', '']; `example.com/widgets` → ['widgets', 'example.com']. */
function resourceOf(resource) {
    const slash = resource.indexOf('/');
    if (slash >= 0 && resource.slice(0, slash).includes('.'))
        return [resource.slice(slash + 1), resource.slice(0, slash)];
    return [resource, ''];
}
/**
 * Checks one value. `key` is the etcd key's bytes and `keyText` the same as a latin1 string.
 * `decoded` receives the object when the (plain or decrypted) value decodes, for the caller's kind
 * count; it is not called for encrypted values.
 */
function checkValue(key, keyText, value, options, decoded) {
    const { root, config } = options;
    if (!keyText.startsWith(root))
        return { value: 'outside' };
    if (isNotObject(keyText, root))
        return { value: 'not-object' };
    const prefix = encryptedPrefix(value);
    if (prefix) {
        const found = {
            value: 'encrypted',
            provider: prefix.provider,
            keyName: prefix.keyName,
            decrypt: 'unchecked'
        };
        if (prefix.kmsKeyID !== undefined)
            found.kmsKeyID = prefix.kmsKeyID;
        if (prefix.provider === 'kms')
            found.decrypt = 'kms';
        if (!config || found.decrypt === 'kms')
            return found;
        const shape = keyShape(keyText, root);
        const [resource, group] = resourceOf(shape?.resource ?? '');
        const outcome = decryptValue(config, resource, group, key, value, prefix);
        found.decrypt = outcome.result;
        if (outcome.result !== 'decrypts')
            return found;
        const object = decodeObject(outcome.plaintext);
        outcome.plaintext.fill(0);
        if (!object)
            found.plaintext = 'undecodable';
        else {
            found.plaintext = 'object';
            found.match = matchesKey(object, keyText, root);
        }
        return found;
    }
    const object = decodeObject(value);
    if (!object)
        return { value: 'undecodable' };
    decoded?.(object);
    return { value: 'object', match: matchesKey(object, keyText, root) };
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
/**
 * The best keys offered (by `better`, a strict order: ties broken by key), one entry per key, at
 * most `capacity`, in a sorted array. A key's entry is removed when the key is overwritten or
 * deleted (remove), so the set holds only keys still live, but then a key pushed out earlier may
 * belong among the best again: `top` says whether the best `n` are known for certain, from the
 * best entry ever turned away.
 */
class BestKeys {
    capacity;
    better;
    /** Best first. */
    items = [];
    keys = new Set();
    /** The best entry turned away or pushed out so far. */
    lost;
    constructor(capacity, better) {
        this.capacity = capacity;
        this.better = better;
    }
    /** The key's latest put. */
    offer(key, size) {
        const item = { key, size };
        const items = this.items;
        if (items.length === this.capacity) {
            if (!this.better(item, items[items.length - 1])) {
                this.turnAway(item);
                return;
            }
            const out = items.pop();
            this.keys.delete(out.key);
            this.turnAway(out);
        }
        let i = items.length;
        while (i > 0 && this.better(item, items[i - 1]))
            i--;
        items.splice(i, 0, item);
        this.keys.add(key);
    }
    /** `key` is no longer what was offered (overwritten or deleted): its entry goes. */
    remove(key) {
        if (!this.keys.delete(key))
            return;
        const at = this.items.findIndex((x) => x.key === key);
        this.items.splice(at, 1);
    }
    /** Whether `key` has an entry. */
    has(key) {
        return this.keys.has(key);
    }
    /** The best `n` live keys, best first; undefined when they are not known for certain. */
    top(n) {
        const lost = this.lost;
        if (lost === undefined)
            return this.items.slice(0, n);
        const sure = this.items.filter((x) => this.better(x, lost));
        return sure.length >= n ? sure.slice(0, n) : undefined;
    }
    turnAway(item) {
        if (this.lost === undefined || this.better(item, this.lost))
            this.lost = item;
    }
}

;// CONCATENATED MODULE: ./src/lib/inventory/live-keys.ts
/**
 * The live keys of a sweep of the `key` bucket (issue 28, item 5): per live key 12 bytes in typed
 * arrays the garbage collector never scans — a 64-bit fingerprint of the key (KeyHash) and its
 * latest put's class and size in one word (class < 4095 and size < 1 MiB; a put past either is kept
 * in a Map beside) — instead of a Map entry (~160 B) per key. No revision: a key is named again
 * (rarely) by a sweep that hashes each put's key, as any put of a key names it.
 *
 * The bucket is ordered by revision, not by key, so whether a put is still a key's latest is known
 * only later. Puts and deletions are appended to a buffer; when it fills, it is sorted by
 * fingerprint (the latest entry of each key wins) and merged into the sorted run of live keys, in
 * chunks taken from and given back to a pool, so a merge needs no second copy of the run. The
 * merge tells its sink what each key's previous and new state are (added / removed), which is how
 * the inventory keeps its counters; the run itself is read again only to name keys (forEach).
 *
 * Two keys share a fingerprint with probability 2^-64 per pair (4 M keys: ~4·10^-7, 20 M keys:
 * ~10^-5); such a pair would count as one key.
 */

/** Records per chunk of the run (12 B each: 384 KiB). */
const CHUNK_BITS = 15;
const CHUNK = 1 << CHUNK_BITS;
const MIN_BUFFER = 1 << 16;
const MAX_BUFFER = 1 << 19;
/** One chunk of the run: one allocation, four columns. */
class Chunk {
    memory = new ArrayBuffer(12 * CHUNK);
    a = new Uint32Array(this.memory, 0, CHUNK);
    b = new Uint32Array(this.memory, 4 * CHUNK, CHUNK);
    /** class << SIZE_BITS | size, or ESCAPED */
    meta = new Uint32Array(this.memory, 8 * CHUNK, CHUNK);
}
const SIZE_BITS = 20;
const SIZE_MASK = 2 ** SIZE_BITS - 1;
const ESCAPED = 0xffffffff;
/** Classes below this pack with a size below 2^SIZE_BITS (ESCAPED's own class is never used). */
const PACKED_CLASSES = 2 ** (32 - SIZE_BITS) - 1;
class LiveKeys {
    sink;
    chunks = [];
    pool = [];
    /** Records in the run. */
    length = 0;
    /** The class and size of each record whose meta is ESCAPED, by fingerprint "a,b". */
    escaped = new Map();
    hash = new key_fingerprints/* KeyHash */.C();
    capacity = MIN_BUFFER;
    bA = new Uint32Array(MIN_BUFFER);
    bB = new Uint32Array(MIN_BUFFER);
    bSize = new Uint32Array(MIN_BUFFER);
    bCls = new Uint16Array(MIN_BUFFER);
    bPlace = new Uint32Array(MIN_BUFFER);
    /** 1: a deletion. */
    bDead = new Uint8Array(MIN_BUFFER);
    bOrder = new Uint32Array(MIN_BUFFER);
    bTemp = new Uint32Array(MIN_BUFFER);
    buffered = 0;
    /** The radix sort's digit counts (kept: nothing is allocated per merge). */
    counts = new Uint32Array(1 << 16);
    constructor(sink) {
        this.sink = sink;
    }
    /** Live keys (after flush()). */
    get size() {
        return this.length;
    }
    /** A put of `key` (later ones win): its class, size and place. */
    put(key, size, cls, place) {
        this.append(key, size, cls, place, 0);
    }
    /** A deletion of `key` (`place`: the key's). */
    delete(key, place) {
        this.append(key, 0, 0, place, 1);
    }
    append(key, size, cls, place, dead) {
        if (this.buffered === this.capacity)
            this.flush();
        const i = this.buffered++;
        this.hash.of(key);
        this.bA[i] = this.hash.a;
        this.bB[i] = this.hash.b;
        this.bSize[i] = size;
        this.bCls[i] = cls;
        this.bPlace[i] = place;
        this.bDead[i] = dead;
    }
    /** Merges the buffer into the run. */
    flush() {
        if (this.buffered === 0)
            return;
        this.sortBuffer();
        this.merge();
        this.buffered = 0;
        // the buffer grows with the run (1/64 of it), so merges stay few: O(n log n) in all
        const want = Math.min(MAX_BUFFER, Math.max(MIN_BUFFER, 2 ** Math.floor(Math.log2(this.length / 64))));
        if (want > this.capacity)
            this.resizeBuffer(want);
    }
    /** Every live key: its fingerprint, its latest put's size and class (after flush()), in fingerprint order. */
    forEach(visit) {
        for (let i = 0; i < this.length; i++) {
            const c = this.chunks[i >>> CHUNK_BITS];
            const at = i & (CHUNK - 1);
            const meta = c.meta[at];
            if (meta !== ESCAPED)
                visit(c.a[at], c.b[at], meta & SIZE_MASK, meta >>> SIZE_BITS);
            else {
                const [cls, size] = this.escaped.get(`${c.a[at]},${c.b[at]}`);
                visit(c.a[at], c.b[at], size, cls);
            }
        }
    }
    /** Gives the memory back. */
    clear() {
        this.chunks = [];
        this.pool = [];
        this.length = 0;
        this.escaped.clear();
        this.buffered = 0;
        this.resizeBuffer(MIN_BUFFER);
    }
    resizeBuffer(capacity) {
        this.capacity = capacity;
        this.bA = new Uint32Array(capacity);
        this.bB = new Uint32Array(capacity);
        this.bSize = new Uint32Array(capacity);
        this.bCls = new Uint16Array(capacity);
        this.bPlace = new Uint32Array(capacity);
        this.bDead = new Uint8Array(capacity);
        this.bOrder = new Uint32Array(capacity);
        this.bTemp = new Uint32Array(capacity);
    }
    /**
     * bOrder = the buffer's indices by (a, b, index): an LSD radix sort on `a` (two stable 16-bit
     * passes), then runs of equal `a` put in `b` order by a stable insertion sort (rare, short).
     */
    sortBuffer() {
        const n = this.buffered;
        const a = this.bA;
        const b = this.bB;
        let from = this.bTemp;
        let to = this.bOrder;
        for (let i = 0; i < n; i++)
            from[i] = i;
        const counts = this.counts;
        for (const shift of [0, 16]) {
            counts.fill(0);
            for (let i = 0; i < n; i++)
                counts[(a[from[i]] >>> shift) & 0xffff]++;
            let sum = 0;
            for (let d = 0; d < counts.length; d++) {
                const c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (let i = 0; i < n; i++) {
                const x = from[i];
                to[counts[(a[x] >>> shift) & 0xffff]++] = x;
            }
            ;
            [from, to] = [to, from];
        }
        // two passes: the result is back in `from` === bTemp; keep bOrder the sorted one
        ;
        [this.bOrder, this.bTemp] = [from, to];
        const order = this.bOrder;
        for (let i = 1; i < n; i++) {
            const x = order[i];
            if (a[x] !== a[order[i - 1]])
                continue;
            let j = i;
            while (j > 0 && a[order[j - 1]] === a[x] && b[order[j - 1]] > b[x]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = x;
        }
    }
    takeChunk() {
        return this.pool.pop() ?? new Chunk();
    }
    /** The run merged with the sorted buffer, into chunks from the pool (emptied ones go back). */
    merge() {
        const { sink, bA, bB, bSize, bCls, bPlace, bDead, bOrder } = this;
        const input = this.chunks;
        const inputLength = this.length;
        const output = [];
        let out;
        let written = 0;
        let i = 0; // next record of the run
        let j = 0; // next of bOrder
        const n = this.buffered;
        const write = (a, b, meta) => {
            const at = written & (CHUNK - 1);
            if (at === 0)
                output.push((out = this.takeChunk()));
            const c = out;
            c.a[at] = a;
            c.b[at] = b;
            c.meta[at] = meta;
            written++;
        };
        const copyRun = () => {
            const c = input[i >>> CHUNK_BITS];
            const at = i & (CHUNK - 1);
            write(c.a[at], c.b[at], c.meta[at]);
        };
        const advanceRun = () => {
            i++;
            if ((i & (CHUNK - 1)) === 0 || i === inputLength) {
                const done = (i - 1) >>> CHUNK_BITS;
                this.pool.push(input[done]);
                input[done] = undefined;
            }
        };
        while (j < n) {
            const x = bOrder[j];
            const a = bA[x];
            const b = bB[x];
            // the key's last buffered entry decides
            let last = x;
            while (j + 1 < n && bA[bOrder[j + 1]] === a && bB[bOrder[j + 1]] === b)
                last = bOrder[++j];
            j++;
            // records of the run before this key stay
            for (;;) {
                if (i >= inputLength)
                    break;
                const c = input[i >>> CHUNK_BITS];
                const at = i & (CHUNK - 1);
                const ra = c.a[at];
                if (ra > a || (ra === a && c.b[at] >= b))
                    break;
                copyRun();
                advanceRun();
            }
            if (i < inputLength) {
                const c = input[i >>> CHUNK_BITS];
                const at = i & (CHUNK - 1);
                if (c.a[at] === a && c.b[at] === b) {
                    const meta = c.meta[at];
                    if (meta !== ESCAPED)
                        sink.removed(bPlace[last], meta >>> SIZE_BITS, meta & SIZE_MASK);
                    else {
                        const print = `${a},${b}`;
                        const [cls, size] = this.escaped.get(print);
                        this.escaped.delete(print);
                        sink.removed(bPlace[last], cls, size);
                    }
                    advanceRun();
                }
            }
            if (bDead[last] === 1)
                continue;
            const cls = bCls[last];
            const size = bSize[last];
            if (cls < PACKED_CLASSES && size <= SIZE_MASK)
                write(a, b, (cls << SIZE_BITS) | size);
            else {
                write(a, b, ESCAPED);
                this.escaped.set(`${a},${b}`, [cls, size]);
            }
            sink.added(bPlace[last], bCls[last], bSize[last]);
        }
        while (i < inputLength) {
            copyRun();
            advanceRun();
        }
        this.chunks = output;
        this.length = written;
        // the emptied chunks stay in the pool for the next merge: freed chunks would only wait for
        // the garbage collector (RSS), and the run needs them again as it grows
    }
}

;// CONCATENATED MODULE: ./src/lib/inventory/inventory.ts











/** How many example keys each list keeps. */
const MAX_EXAMPLES = 5;
/** Too many live keys to count within the bound. */
class InventoryLimitError extends errors/* SnapshotError */.JC {
}
const MAX_BYTES = 2 ** 32 - 1;
/** Distinct classes kept apart (a class id is 16 bits); past this, new ones count as `other`. */
const MAX_CLASSES = 2 ** 16;
/** Default bound of the live keys: 50 M × 12 B = 0.6 GB. */
const MAX_LIVE_KEYS = 50_000_000;
/** The lists of keys a finding puts a key on (bits). */
const UNDECODABLE = 1;
const MISMATCHED = 2;
const UNDECRYPTABLE = 4;
const LISTS = [UNDECODABLE, MISMATCHED, UNDECRYPTABLE];
/** How many keys each BestKeys set keeps beyond what it names, for keys overwritten later. */
const SPARE_KEYS = 32;
const OUTSIDE = { value: 'outside' };
function listsOf(f) {
    switch (f.value) {
        case 'undecodable':
            return UNDECODABLE;
        case 'object':
            return f.match ? 0 : MISMATCHED;
        case 'encrypted':
            return ((f.decrypt === 'no-key' || f.decrypt === 'fails' ? UNDECRYPTABLE : 0) |
                (f.plaintext === 'undecodable' ? UNDECODABLE : 0) |
                (f.plaintext === 'object' && !f.match ? MISMATCHED : 0));
        default:
            return 0;
    }
}
/** Interns value classes: one id per distinct kind, provider, or other × deep-decode finding. */
class ClassTable {
    classes = [
        { value: { type: 'other' }, finding: OUTSIDE, secret: false, lists: 0 }
    ];
    ids = new Map([['x\0', 0]]);
    idOf(c, finding, secret) {
        const name = (c.type === 'object'
            ? `o${c.apiVersion}\0${c.kind}`
            : c.type === 'encrypted'
                ? `e${c.provider}`
                : 'x') +
            '\0' +
            findingName(finding) +
            (secret ? '\0s' : '');
        let id = this.ids.get(name);
        if (id === undefined) {
            if (this.classes.length >= MAX_CLASSES)
                return 0;
            id = this.classes.length;
            this.classes.push({ value: c, finding, secret, lists: listsOf(finding) });
            this.ids.set(name, id);
        }
        return id;
    }
}
/** The class of one value: the deep decode's object gives the kind without decoding twice. */
function classOf(table, key, keyText, value, options) {
    let kind;
    const finding = checkValue(key, keyText, value, options, (o) => {
        kind = { type: 'object', apiVersion: o.apiVersion, kind: o.kind };
    });
    const secret = finding.value === 'encrypted' && keyShape(keyText, options.root)?.resource === 'secrets';
    return table.idOf(kind ?? classifyValue(value), finding, secret);
}
/** Latin1 key string (bytes) → text as people read it (UTF-8; invalid bytes become U+FFFD). */
function readable(latin1) {
    return Buffer.from(latin1, 'latin1').toString('utf8');
}
/** The inventory of `db` at its latest revision. */
function takeInventory(db, options = {}) {
    const sweep = new InventorySweep(db, options);
    const keyBucket = db.bucket(schema/* Buckets */.cR.key);
    if (keyBucket) {
        const keyEntries = options.keyEntries;
        for (const e of keyBucket.sweep()) {
            const value = e.isBucket ? undefined : e.value;
            keyEntries?.(e.key, value);
            sweep.entry(e.key, value);
        }
    }
    return sweep.result();
}
/**
 * The inventory taken along a sweep of the `key` bucket made anyway (a restore's strict check):
 * feed it every entry in bucket order (`entry`, a KeyEntrySink), then ask result(). entry()
 * never throws, as a sweep made for another purpose calls it: what it would have thrown (a value
 * that does not decode, more live keys than the bound) result() throws. result() may sweep the
 * `key` bucket of `db` again to name keys (rarely); `db` must still be open then.
 */
class InventorySweep {
    db;
    depth;
    maxLiveKeys;
    largest;
    table = new ClassTable();
    /** The deep decode's prefix and EncryptionConfiguration. */
    check;
    onKey;
    live;
    /** Per class id: live keys and their bytes. */
    classKeys = [0];
    classBytes = [0];
    /** Places (prefix × namespace) by `prefix\0namespace` (or the prefix alone): their ids. */
    placeIds = new Map();
    places = [];
    /** The biggest live keys, and the first (smallest) keys of each list, while the sweep has them. */
    biggest;
    firsts = new Map();
    revision = 0;
    failure;
    compactRevision;
    constructor(db, options = {}) {
        this.db = db;
        this.depth = options.depth ?? 1;
        this.maxLiveKeys = options.maxLiveKeys ?? MAX_LIVE_KEYS;
        this.largest = options.largest ?? 10;
        this.compactRevision = compactRevisionOf(db);
        this.check = {
            root: options.kubernetesPrefix ?? prefix/* REGISTRY_ROOT */.FT,
            ...(options.encryptionConfig && { config: options.encryptionConfig })
        };
        this.onKey = options.onKey;
        this.biggest = new BestKeys(this.largest + SPARE_KEYS, biggerFirst);
        for (const list of LISTS)
            this.firsts.set(list, new BestKeys(MAX_EXAMPLES + SPARE_KEYS, smallerFirst));
        const { classKeys, classBytes, places } = this;
        this.live = new LiveKeys({
            added(place, cls, size) {
                classKeys[cls] = (classKeys[cls] ?? 0) + 1;
                classBytes[cls] = (classBytes[cls] ?? 0) + size;
                places[place].keys++;
                places[place].bytes += size;
            },
            removed(place, cls, size) {
                classKeys[cls]--;
                classBytes[cls] -= size;
                places[place].keys--;
                places[place].bytes -= size;
            }
        });
    }
    /** The next `key` bucket entry, in bucket order (a nested bucket: `value` undefined). */
    entry(key, value) {
        if (value === undefined || this.failure !== undefined)
            return;
        try {
            this.add(key, value);
        }
        catch (error) {
            this.fail(error);
        }
    }
    fail(error) {
        this.failure = error;
        this.live.clear(); // its memory goes back at once
    }
    add(key, value) {
        const label = () => (0,revision/* revisionLabel */.wc)(key);
        this.revision = (0,revision/* revisionMain */.py)(key);
        if ((0,revision/* isTombstone */.aK)(key)) {
            const userKey = (0,backend_kv/* keyValueKey */.Mv)(value, label);
            const keyText = (0,backend_kv/* byteString */.iP)(userKey);
            this.forget(keyText);
            this.live.delete(userKey, this.placeOf(keyText));
            return;
        }
        const kv = decodePut(value, label);
        const bytes = Math.min(kv.key.length + kv.value.length, MAX_BYTES);
        const keyText = (0,backend_kv/* byteString */.iP)(kv.key);
        const cls = classOf(this.table, kv.key, keyText, kv.value, this.check);
        this.forget(keyText);
        this.biggest.offer(keyText, bytes);
        const lists = this.table.classes[cls].lists;
        if (lists !== 0)
            for (const list of LISTS)
                if (lists & list)
                    this.firsts.get(list).offer(keyText, bytes);
        this.live.put(kv.key, bytes, cls, this.placeOf(keyText));
        if (this.live.size > this.maxLiveKeys)
            this.overBound();
    }
    overBound() {
        throw new InventoryLimitError(`inventory: more than ${this.maxLiveKeys} live keys (counting needs 12 bytes per live key)`);
    }
    /** The key's put that the bounded sets hold is no longer its latest. */
    forget(keyText) {
        this.biggest.remove(keyText);
        for (const set of this.firsts.values())
            set.remove(keyText);
    }
    placeOf(keyText) {
        const place = (0,prefix/* placeKey */.r4)(keyText, this.depth);
        const name = place.namespace === undefined ? place.prefix : `${place.prefix}\0${place.namespace}`;
        let id = this.placeIds.get(name);
        if (id === undefined) {
            id = this.places.length;
            this.places.push({ prefix: place.prefix, namespace: place.namespace, keys: 0, bytes: 0 });
            this.placeIds.set(name, id);
        }
        return id;
    }
    /** After every entry: the inventory; or what an entry threw (past the bound: InventoryLimitError). */
    result() {
        if (this.failure !== undefined)
            throw this.failure;
        try {
            this.live.flush();
            if (this.live.size > this.maxLiveKeys)
                this.overBound();
        }
        catch (error) {
            this.fail(error);
            throw error;
        }
        const classes = this.table.classes;
        const named = new KeyNames(this.db, this.live);
        const largest = this.biggest.top(this.largest) ?? named.best(this.largest, biggerFirst, () => true);
        const examples = (list) => {
            const count = classes.reduce((n, c, i) => (c.lists & list ? n + (this.classKeys[i] ?? 0) : n), 0);
            const keys = this.firsts.get(list).top(MAX_EXAMPLES) ??
                named.best(MAX_EXAMPLES, smallerFirst, (cls) => (classes[cls].lists & list) !== 0);
            return { count, examples: keys.map((k) => readable(k.key)) };
        };
        const k8s = new KubernetesTally(this.check.root, this.check.config !== undefined);
        classes.forEach((c, i) => {
            const keys = this.classKeys[i] ?? 0;
            if (keys > 0 && c.finding.value !== 'outside')
                k8s.add(c.finding, keys, c.secret);
        });
        if (this.onKey) {
            const onKey = this.onKey;
            named.each((key, cls) => onKey(readable(key), classes[cls].finding, classes[cls].value));
        }
        return tally(this, {
            kubernetes: k8s.result({
                undecodable: examples(UNDECODABLE),
                mismatched: examples(MISMATCHED),
                undecryptable: examples(UNDECRYPTABLE)
            }),
            largest
        });
    }
    /** What tally() reads. */
    get figures() {
        return {
            revision: this.revision,
            compactRevision: this.compactRevision,
            depth: this.depth,
            liveKeys: this.live.size,
            classes: this.table.classes,
            classKeys: this.classKeys,
            classBytes: this.classBytes,
            places: this.places
        };
    }
}
/** Bigger first; the same size: the smaller key first (as the `largest` list is sorted). */
function biggerFirst(x, y) {
    return x.size > y.size || (x.size === y.size && x.key < y.key);
}
function smallerFirst(x, y) {
    return x.key < y.key;
}
/**
 * Names live keys after the sweep, from their records (live-keys.ts): the records keep no key and
 * no revision, but any put of a key names it, so the `key` bucket is swept again, hashing each
 * put's key, until every record picked is named. Used only when the bounded sets cannot be sure,
 * and for `onKey` (tests).
 */
class KeyNames {
    db;
    live;
    constructor(db, live) {
        this.db = db;
        this.live = live;
    }
    /** The best `n` live keys of the classes `wanted` accepts. */
    best(n, better, wanted) {
        // by size, only the keys as big as the n-th biggest need naming; by key, all of them
        const sizes = new Largest(n);
        this.live.forEach((_a, _b, size, cls) => {
            if (wanted(cls))
                sizes.offer(size, () => size);
        });
        const floor = better === biggerFirst && n > 0 ? (sizes.sorted().at(-1)?.weight ?? 0) : 0;
        const found = [];
        this.name((size, cls) => wanted(cls) && size >= floor, (key, size) => found.push({ key, size }));
        return found.sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0)).slice(0, n);
    }
    /** Every live key, with its class. */
    each(visit) {
        this.name(() => true, (key, _size, cls) => visit(key, cls));
    }
    name(pick, visit) {
        // the picked records by fingerprint "a,b" → [size, cls]
        const wanted = new Map();
        this.live.forEach((a, b, size, cls) => {
            if (pick(size, cls))
                wanted.set(`${a},${b}`, [size, cls]);
        });
        const bucket = this.db.bucket(schema/* Buckets */.cR.key);
        if (!bucket || wanted.size === 0)
            return;
        const hash = new key_fingerprints/* KeyHash */.C();
        for (const e of bucket.sweep()) {
            if (e.isBucket || (0,revision/* isTombstone */.aK)(e.key))
                continue;
            const key = (0,backend_kv/* keyValueKey */.Mv)(e.value, () => (0,revision/* revisionLabel */.wc)(e.key));
            hash.of(key);
            const print = `${hash.a},${hash.b}`;
            const record = wanted.get(print);
            if (!record)
                continue;
            visit((0,backend_kv/* byteString */.iP)(key), record[0], record[1]);
            wanted.delete(print);
            if (wanted.size === 0)
                return;
        }
    }
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
        : (0,revision/* revisionNumber */.P7)((0,revision/* decodeRevision */.ur)(value, 'meta/finishedCompactRev').main);
}
/** The inventory from the sweep's counters: per class, per place; the largest keys named. */
function tally(sweep, named) {
    const { classes, classKeys, classBytes, places } = sweep.figures;
    const byPrefix = new Map();
    const byNamespace = new Map();
    for (const place of places) {
        if (place.keys === 0)
            continue;
        const group = byPrefix.get(place.prefix);
        if (group) {
            group.keys += place.keys;
            group.bytes += place.bytes;
        }
        else
            byPrefix.set(place.prefix, { keys: place.keys, bytes: place.bytes });
        if (place.namespace !== undefined)
            byNamespace.set(place.namespace, (byNamespace.get(place.namespace) ?? 0) + place.keys);
    }
    // one kind may sit in several classes (one per deep-decode finding): merged here
    const kindMap = new Map();
    const encrypted = { keys: 0, bytes: 0, providers: {} };
    let bytes = 0;
    classes.forEach(({ value: c }, i) => {
        const keys = classKeys[i] ?? 0;
        const classBytesOf = classBytes[i] ?? 0;
        if (keys === 0)
            return;
        bytes += classBytesOf;
        if (c.type === 'object') {
            const name = `${c.apiVersion}\0${c.kind}`;
            const k = kindMap.get(name);
            if (k) {
                k.keys += keys;
                k.bytes += classBytesOf;
            }
            else
                kindMap.set(name, { apiVersion: c.apiVersion, kind: c.kind, keys, bytes: classBytesOf });
        }
        else if (c.type === 'encrypted') {
            encrypted.keys += keys;
            encrypted.bytes += classBytesOf;
            encrypted.providers[c.provider] = (encrypted.providers[c.provider] ?? 0) + keys;
        }
    });
    const byKeys = (name) => (a, b) => b.keys - a.keys || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
    const figures = sweep.figures;
    return {
        revision: figures.revision,
        compactRevision: figures.compactRevision,
        liveKeys: figures.liveKeys,
        bytes,
        kinds: [...kindMap.values()].sort(byKeys((k) => kindName(k))),
        prefixes: [...byPrefix]
            .map(([prefix, c]) => ({ prefix: readable(prefix), keys: c.keys, bytes: c.bytes }))
            .sort(byKeys((p) => p.prefix)),
        namespaces: [...byNamespace]
            .map(([namespace, keys]) => ({ namespace: readable(namespace), keys }))
            .sort(byKeys((n) => n.namespace)),
        encrypted,
        other: { keys: classKeys[0] ?? 0, bytes: classBytes[0] ?? 0 },
        largest: named.largest
            .map(({ key, size }) => ({ key: readable(key), bytes: size }))
            .sort((a, b) => b.bytes - a.bytes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
        depth: figures.depth,
        kubernetes: named.kubernetes
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
/** The Kubernetes figures, one class of live keys at a time. */
class KubernetesTally {
    root;
    config;
    keys = 0;
    objects = 0;
    notObjects = 0;
    kms = 0;
    groups = new Map();
    constructor(root, config) {
        this.root = root;
        this.config = config;
    }
    /** `n` live keys of finding `f` (encrypted: `secret` when under `<prefix>secrets/`). */
    add(f, n, secret) {
        this.keys += n;
        switch (f.value) {
            case 'outside':
            case 'undecodable':
                return;
            case 'not-object':
                this.notObjects += n;
                return;
            case 'object':
                this.objects += n;
                return;
            case 'encrypted':
                break;
        }
        const name = `${f.provider}\0${f.keyName}`;
        let g = this.groups.get(name);
        if (!g) {
            g = {
                provider: f.provider,
                keyName: f.keyName,
                values: 0,
                notSecrets: 0,
                decrypt: 0,
                noKey: 0,
                fails: 0,
                kms: 0,
                unchecked: 0
            };
            this.groups.set(name, g);
        }
        g.values += n;
        if (!secret)
            g.notSecrets += n;
        if (f.kmsKeyID !== undefined) {
            const ids = (g.kmsKeyIDs ??= []);
            if (!ids.includes(f.kmsKeyID) && ids.length < MAX_EXAMPLES)
                ids.push(f.kmsKeyID);
        }
        switch (f.decrypt) {
            case 'decrypts':
                g.decrypt += n;
                break;
            case 'no-key':
                g.noKey += n;
                break;
            case 'fails':
                g.fails += n;
                break;
            case 'kms':
                g.kms += n;
                this.kms += n;
                break;
            case 'unchecked':
                g.unchecked += n;
                break;
        }
        if (f.plaintext === 'object')
            this.objects += n;
    }
    result(lists) {
        const keys = [...this.groups.values()]
            .sort((a, b) => b.values - a.values ||
            (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0) ||
            (a.keyName < b.keyName ? -1 : a.keyName > b.keyName ? 1 : 0))
            .map((g) => {
            const count = { ...g, readable: this.config && g.decrypt === g.values, verdict: '' };
            count.verdict = encryptionVerdict(count, this.config);
            return count;
        });
        return {
            prefix: readable(this.root),
            keys: this.keys,
            objects: this.objects,
            undecodable: lists.undecodable,
            mismatched: lists.mismatched,
            notObjects: this.notObjects,
            encryption: {
                config: this.config,
                undecryptable: lists.undecryptable,
                kms: this.kms,
                keys
            }
        };
    }
}
/**
 * One sentence per provider + key: "412 secrets on aescbc key `key2`: all decrypt", or
 * "38 secrets are encrypted with aescbc key `key1`, which the config does not have: the restored
 * cluster cannot read them".
 */
function encryptionVerdict(g, config, problemsOnly = false) {
    const noun = (n) => g.notSecrets === 0 ? (n === 1 ? 'secret' : 'secrets') : n === 1 ? 'value' : 'values';
    const name = `${g.provider} key \`${g.keyName}\``;
    if (g.provider === 'kms') {
        const ids = g.kmsKeyIDs?.length
            ? ` (KMS v2 key ID ${g.kmsKeyIDs.map((k) => `\`${k}\``).join(', ')})`
            : '';
        return `${g.values} ${noun(g.values)} on KMS provider \`${g.keyName}\`${ids}: needs the KMS, not checked offline`;
    }
    if (!config)
        return `${g.values} ${noun(g.values)} on ${name}: not checked (no encryption config given)`;
    if (g.decrypt === g.values)
        return `${g.values} ${noun(g.values)} on ${name}: all decrypt`;
    const parts = [];
    if (g.noKey > 0)
        parts.push(`${g.noKey} ${noun(g.noKey)} ${g.noKey === 1 ? 'is' : 'are'} encrypted with ${name}, which the config does not have: the restored cluster cannot read ${g.noKey === 1 ? 'it' : 'them'}`);
    if (g.fails > 0)
        parts.push(`${g.fails} ${noun(g.fails)} on ${name} do${g.fails === 1 ? 'es' : ''} not decrypt with the config's key of that name: the restored cluster cannot read ${g.fails === 1 ? 'it' : 'them'}`);
    if (g.decrypt > 0 && !problemsOnly)
        parts.push(`${g.decrypt} decrypt`);
    return parts.join('; ');
}
/**
 * One line naming what does not decrypt with the config, e.g. "4 values do not decrypt with the
 * encryption config: 3 secrets are encrypted with aescbc key `key1`, which the config does not
 * have: …"; undefined when everything decrypts (or no config was given).
 */
function undecryptableSummary(check) {
    const count = check?.encryption.undecryptable.count ?? 0;
    if (!check || count === 0)
        return undefined;
    const groups = check.encryption.keys.filter((g) => g.noKey + g.fails > 0);
    return `${count} ${count === 1 ? 'value does' : 'values do'} not decrypt with the encryption config: ${groups.map((g) => encryptionVerdict(g, true, true)).join('; ')}`;
}


/***/ }),

/***/ 92782:
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

/***/ 62566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ly: () => (/* binding */ FileByteFile),
  FN: () => (/* binding */ limitByteSource)
});

// UNUSED EXPORTS: MemoryByteFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/io/chunk-lru.ts
/**
 * A least-recently-used set of file chunks by chunk index, O(1) per operation: a Map finds the
 * slot, a doubly-linked list over slot numbers keeps the order. (A Map alone, re-inserted on
 * every hit and evicted through `keys().next()`, is O(n) per eviction in V8: the deleted entries
 * it must skip pile up at the front until the table is rehashed. Measured on a churned snapshot
 * read in page-sized chunks: a third of the restore's time.)
 */
class ChunkLru {
    capacity;
    slotOf = new Map();
    indexOf = [];
    chunkOf = [];
    newer;
    older;
    free = [];
    /** Most and least recently used slots; -1 when empty. */
    newest = -1;
    oldest = -1;
    constructor(capacity) {
        this.capacity = capacity;
        if (!Number.isSafeInteger(capacity) || capacity < 1) {
            throw new RangeError(`chunk cache capacity ${capacity} is not a positive integer`);
        }
        this.newer = new Int32Array(capacity).fill(-1);
        this.older = new Int32Array(capacity).fill(-1);
    }
    get size() {
        return this.slotOf.size;
    }
    get full() {
        return this.slotOf.size >= this.capacity;
    }
    /** The chunk at `index`, now the most recently used; undefined when not held. */
    get(index) {
        const slot = this.slotOf.get(index);
        if (slot === undefined)
            return undefined;
        if (slot !== this.newest) {
            this.unlink(slot);
            this.linkNewest(slot);
        }
        return this.chunkOf[slot];
    }
    /** Holds `chunk` as `index` (most recently used). The cache must not be full: see evictOldest. */
    set(index, chunk) {
        const existing = this.slotOf.get(index);
        if (existing !== undefined) {
            this.chunkOf[existing] = chunk;
            this.get(index);
            return;
        }
        if (this.full)
            throw new RangeError('chunk cache is full: evict first');
        const slot = this.free.pop() ?? this.slotOf.size;
        this.slotOf.set(index, slot);
        this.indexOf[slot] = index;
        this.chunkOf[slot] = chunk;
        this.linkNewest(slot);
    }
    /** Drops the least recently used chunk and returns it (for its memory); undefined when empty. */
    evictOldest() {
        if (this.oldest === -1)
            return undefined;
        return this.delete(this.indexOf[this.oldest]);
    }
    /** Drops the chunk at `index`; returns it, or undefined when not held. */
    delete(index) {
        const slot = this.slotOf.get(index);
        if (slot === undefined)
            return undefined;
        this.slotOf.delete(index);
        this.unlink(slot);
        const chunk = this.chunkOf[slot];
        this.chunkOf[slot] = null;
        this.free.push(slot);
        return chunk;
    }
    /** The chunk indexes held, in no particular order. */
    indexes() {
        return [...this.slotOf.keys()];
    }
    clear() {
        this.slotOf.clear();
        this.indexOf.length = 0;
        this.chunkOf.length = 0;
        this.free.length = 0;
        this.newer.fill(-1);
        this.older.fill(-1);
        this.newest = -1;
        this.oldest = -1;
    }
    linkNewest(slot) {
        this.older[slot] = this.newest;
        this.newer[slot] = -1;
        if (this.newest !== -1)
            this.newer[this.newest] = slot;
        this.newest = slot;
        if (this.oldest === -1)
            this.oldest = slot;
    }
    unlink(slot) {
        const newer = this.newer[slot];
        const older = this.older[slot];
        if (newer !== -1)
            this.older[newer] = older;
        else
            this.newest = older;
        if (older !== -1)
            this.newer[older] = newer;
        else
            this.oldest = newer;
        this.newer[slot] = -1;
        this.older[slot] = -1;
    }
}

;// CONCATENATED MODULE: ./src/lib/io/read-ahead.ts
/**
 * Read-ahead of spans a reader names before it reads them (ByteSource.prefetch): a branch page's
 * children, say. A churned snapshot's live pages lie in long runs scattered through free ones
 * (the bench's 250 MB file: 5,716 live pages in 204 runs); read one page per call, the walk
 * spends more time entering the kernel than copying. The named spans are sorted, merged into
 * runs across small gaps, and read with one call per run into one reused arena.
 */
/** Gaps up to this many bytes are read through: copying a few free pages beats another call. */
const READ_AHEAD_MAX_GAP = 32 * 1024;
/** The arena's bound: spans past it are not read ahead (each is read when asked for). */
const READ_AHEAD_MAX_BYTES = 2 * 1024 * 1024;
class ReadAhead {
    maxGap;
    maxBytes;
    arena = new Uint8Array(0);
    /** Runs held, ascending by position: [runStart[i], runEnd[i]) lies at arena offset runAt[i]. */
    runStart = [];
    runEnd = [];
    runAt = [];
    sorted = new Float64Array(0);
    constructor(maxGap = READ_AHEAD_MAX_GAP, maxBytes = READ_AHEAD_MAX_BYTES) {
        this.maxGap = maxGap;
        this.maxBytes = maxBytes;
    }
    /**
     * Reads the spans [position, position + length) for `positions` (any order, duplicates
     * allowed), merged into runs, in place of what was read ahead before; spans past the bound
     * are left out. `limit` is the end of the readable bytes.
     */
    fill(positions, length, limit, read) {
        this.clear();
        const n = positions.length;
        if (n === 0 || length <= 0)
            return;
        if (this.sorted.length < n)
            this.sorted = new Float64Array(Math.max(n, 2 * this.sorted.length));
        const sorted = this.sorted.subarray(0, n);
        for (let i = 0; i < n; i++)
            sorted[i] = positions[i];
        sorted.sort();
        let bytes = 0;
        for (let i = 0; i < n; i++) {
            const start = sorted[i];
            const end = Math.min(start + length, limit);
            if (start < 0 || end <= start)
                continue;
            const last = this.runEnd.length - 1;
            if (last >= 0 && start <= this.runEnd[last] + this.maxGap) {
                if (end <= this.runEnd[last])
                    continue;
                if (bytes + end - this.runEnd[last] > this.maxBytes)
                    break;
                bytes += end - this.runEnd[last];
                this.runEnd[last] = end;
            }
            else {
                if (bytes + end - start > this.maxBytes)
                    break;
                this.runStart.push(start);
                this.runEnd.push(end);
                this.runAt.push(bytes);
                bytes += end - start;
            }
        }
        if (this.arena.length < bytes) {
            this.arena = new Uint8Array(Math.min(this.maxBytes, Math.max(bytes, 2 * this.arena.length)));
        }
        try {
            for (let i = 0; i < this.runStart.length; i++) {
                const at = this.runAt[i];
                read(this.arena.subarray(at, at + this.runEnd[i] - this.runStart[i]), this.runStart[i]);
            }
        }
        catch (error) {
            this.clear();
            throw error;
        }
    }
    /** The bytes [position, position + length) when one run holds them all, else undefined. */
    find(position, length) {
        const hi = this.runOf(position);
        if (hi < 0 || position + length > this.runEnd[hi])
            return undefined;
        const at = this.runAt[hi] + position - this.runStart[hi];
        return this.arena.subarray(at, at + length);
    }
    /**
     * The bytes from `position` to the end of the run that holds it (at most `length`), or
     * undefined: the start of a span that runs past what was read ahead (a leaf's overflow pages,
     * which the page size named in fill() does not cover).
     */
    prefix(position, length) {
        const i = this.runOf(position);
        if (i < 0 || position >= this.runEnd[i])
            return undefined;
        const at = this.runAt[i] + position - this.runStart[i];
        return this.arena.subarray(at, at + Math.min(length, this.runEnd[i] - position));
    }
    /** The last run starting at or before `position`, or -1. */
    runOf(position) {
        const starts = this.runStart;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            if (starts[mid] <= position)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return hi;
    }
    /** Forgets what was read ahead (the arena is kept for the next fill). */
    clear() {
        this.runStart.length = 0;
        this.runEnd.length = 0;
        this.runAt.length = 0;
    }
    /** Forgets everything, the arena too. */
    release() {
        this.clear();
        this.arena = new Uint8Array(0);
        this.sorted = new Float64Array(0);
    }
}

;// CONCATENATED MODULE: ./src/lib/io/page-file.ts
/**
 * ByteFile implementations: FileByteFile over a numeric fd with a bounded LRU cache of aligned
 * chunks (a tree walk touches pages in order, so one 1 MiB read serves 256 4-KiB pages), and
 * MemoryByteFile for tests. Cached chunks are immutable: write() replaces, never patches them,
 * so views handed out earlier keep the bytes they had.
 */




const DEFAULT_CHUNK = 1024 * 1024;
const DEFAULT_CACHE = 2 * 1024 * 1024;
/** A read over more chunks than this bypasses the cache (one read instead of many). */
const MAX_ASSEMBLED_CHUNKS = 8;
/** Ring buffers are allocated this many bytes at a time. */
const SLAB_BYTES = 1024 * 1024;
function checkRange(size, position, length) {
    if (!Number.isSafeInteger(position) ||
        !Number.isSafeInteger(length) ||
        position < 0 ||
        length < 0) {
        throw new RangeError(`invalid read range: position ${position}, length ${length}`);
    }
    if (position + length > size) {
        throw new RangeError(`read of ${length} bytes at ${position} goes past the end (${size} bytes)`);
    }
}
class FileByteFile {
    /** read()'s chunks: immutable, dropped (never reused) when evicted. */
    chunks;
    chunkSize;
    fileSize;
    fd;
    lastIndex = -1;
    lastChunk = null;
    /** readTransient's chunks: a fixed set of buffers, reused from the least recently used. */
    ring;
    spare = [];
    span = new Uint8Array(0);
    slab = new Uint8Array(0);
    slabUsed = 0;
    /** Spans read ahead by prefetch() (when options.readAhead). */
    ahead;
    constructor(fd, size, options) {
        this.fd = fd;
        this.fileSize = size;
        this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
        const maxChunks = Math.max(1, Math.floor((options.cacheBytes ?? DEFAULT_CACHE) / this.chunkSize));
        this.chunks = new ChunkLru(maxChunks);
        this.ring = new ChunkLru(maxChunks);
        this.ahead = options.readAhead === true ? new ReadAhead() : undefined;
    }
    static open(path, options = {}) {
        const fd = external_node_fs_.openSync(path, options.writable ? 'r+' : 'r');
        try {
            return new FileByteFile(fd, external_node_fs_.fstatSync(fd).size, options);
        }
        catch (error) {
            external_node_fs_.closeSync(fd);
            throw error;
        }
    }
    get size() {
        return this.fileSize;
    }
    read(position, length) {
        return this.view(position, length, false);
    }
    readTransient(position, length) {
        return this.view(position, length, true);
    }
    prefetch(positions, length) {
        if (this.ahead === undefined)
            return;
        this.ahead.fill(positions, length, this.fileSize, (out, position) => this.readFully(out, position));
    }
    write(position, data) {
        const fd = this.openFd();
        let done = 0;
        while (done < data.length) {
            const n = external_node_fs_.writeSync(fd, data, done, data.length - done, position + done);
            if (n <= 0)
                throw new errors/* TargetError */.I0(`write made no progress at byte ${position + done}`);
            done += n;
        }
        this.dropChunks(position, position + data.length);
        this.ahead?.clear();
        this.fileSize = Math.max(this.fileSize, position + data.length);
    }
    truncate(size) {
        external_node_fs_.ftruncateSync(this.openFd(), size);
        // The chunk holding the old or new end changes either way.
        this.dropChunks(Math.min(size, this.fileSize), Number.MAX_SAFE_INTEGER);
        this.ahead?.clear();
        this.fileSize = size;
    }
    sync() {
        external_node_fs_.fdatasyncSync(this.openFd());
    }
    close() {
        if (this.fd === null)
            return;
        const fd = this.fd;
        this.fd = null;
        this.chunks.clear();
        this.remember(-1, null);
        this.ring.clear();
        this.spare = [];
        this.span = new Uint8Array(0);
        this.slab = new Uint8Array(0);
        this.slabUsed = 0;
        this.ahead?.release();
        external_node_fs_.closeSync(fd);
    }
    /** Bytes from the cache (or, when `transient`, from the reused ring). */
    view(position, length, transient) {
        checkRange(this.fileSize, position, length);
        if (length === 0)
            return new Uint8Array(0);
        const ahead = this.ahead?.find(position, length);
        // read ahead: the next prefetch reuses that memory, so a lasting view gets its own copy
        if (ahead !== undefined)
            return transient ? ahead : ahead.slice();
        // a span that starts in what was read ahead and runs past it (a leaf's overflow pages): the
        // rest in one read, not one per chunk
        const head = this.ahead?.prefix(position, length);
        if (head !== undefined)
            return this.assemble(head, position, length, transient);
        const first = Math.floor(position / this.chunkSize);
        const last = Math.floor((position + length - 1) / this.chunkSize);
        if (first === last) {
            const chunk = transient ? this.ringChunk(first) : this.chunk(first);
            const start = position - first * this.chunkSize;
            return chunk.subarray(start, start + length);
        }
        // Spans chunks (an overflow page): assembled from the cache when it spans only a few, so a
        // walk that comes back to it reads no file; a larger one straight from the file.
        let out;
        if (transient) {
            if (this.span.length < length)
                this.span = new Uint8Array(length);
            out = this.span.subarray(0, length);
        }
        else
            out = new Uint8Array(length);
        if (last - first >= MAX_ASSEMBLED_CHUNKS) {
            this.readFully(out, position);
            return out;
        }
        for (let index = first; index <= last; index++) {
            const chunk = transient ? this.ringChunk(index) : this.chunk(index);
            const chunkStart = index * this.chunkSize;
            const from = Math.max(position, chunkStart);
            const to = Math.min(position + length, chunkStart + chunk.length);
            out.set(chunk.subarray(from - chunkStart, to - chunkStart), from - position);
        }
        return out;
    }
    /** `head` (the first bytes of the span at `position`) followed by the rest, read from the file. */
    assemble(head, position, length, transient) {
        let out;
        if (transient) {
            if (this.span.length < length)
                this.span = new Uint8Array(length);
            out = this.span.subarray(0, length);
        }
        else
            out = new Uint8Array(length);
        out.set(head);
        this.readFully(out.subarray(head.length), position + head.length);
        return out;
    }
    openFd() {
        if (this.fd === null)
            throw new errors/* InvariantError */.zU('file is closed');
        return this.fd;
    }
    chunk(index) {
        // Sequential walks hit the same chunk many times in a row: skip the LRU bookkeeping.
        if (index === this.lastIndex && this.lastChunk !== null)
            return this.lastChunk;
        const cached = this.chunks.get(index);
        if (cached !== undefined) {
            this.remember(index, cached);
            return cached;
        }
        const start = index * this.chunkSize;
        const chunk = new Uint8Array(Math.min(this.chunkSize, this.fileSize - start));
        this.readFully(chunk, start);
        if (this.chunks.full)
            this.chunks.evictOldest();
        this.chunks.set(index, chunk);
        this.remember(index, chunk);
        return chunk;
    }
    ringChunk(index) {
        const cached = this.ring.get(index);
        if (cached !== undefined)
            return cached;
        let buffer = this.spare.pop();
        if (buffer === undefined) {
            const oldest = this.ring.full ? this.ring.evictOldest() : undefined;
            buffer =
                oldest === undefined
                    ? this.newRingBuffer()
                    : new Uint8Array(oldest.buffer, oldest.byteOffset, this.chunkSize);
        }
        const start = index * this.chunkSize;
        // the file's last chunk may be short: only its bytes are read, and only they are viewed
        const chunk = buffer.subarray(0, Math.min(this.chunkSize, this.fileSize - start));
        this.readFully(chunk, start);
        this.ring.set(index, chunk);
        return chunk;
    }
    /**
     * A chunk-sized buffer carved from a slab: one allocation per slab instead of one per chunk
     * (measured: allocating 8,192 4-KiB buffers one by one cost 0.1 s in a cold restore).
     */
    newRingBuffer() {
        if (this.slabUsed + this.chunkSize > this.slab.length) {
            const chunks = Math.max(1, Math.min(this.ring.capacity - this.ring.size, SLAB_BYTES / this.chunkSize));
            this.slab = new Uint8Array(chunks * this.chunkSize);
            this.slabUsed = 0;
        }
        const buffer = this.slab.subarray(this.slabUsed, this.slabUsed + this.chunkSize);
        this.slabUsed += this.chunkSize;
        return buffer;
    }
    remember(index, chunk) {
        this.lastIndex = index;
        this.lastChunk = chunk;
    }
    readFully(out, position) {
        const fd = this.openFd();
        let done = 0;
        while (done < out.length) {
            const n = external_node_fs_.readSync(fd, out, done, out.length - done, position + done);
            if (n <= 0) {
                throw new RangeError(`file ended at ${position + done} while reading ${out.length} bytes at ${position}`);
            }
            done += n;
        }
    }
    dropChunks(from, to) {
        const first = Math.floor(from / this.chunkSize);
        const last = Math.floor(Math.max(from, to - 1) / this.chunkSize);
        for (const index of this.chunks.indexes()) {
            if (index >= first && index <= last)
                this.chunks.delete(index);
        }
        this.remember(-1, null);
        for (const index of this.ring.indexes()) {
            if (index >= first && index <= last) {
                const chunk = this.ring.delete(index);
                this.spare.push(new Uint8Array(chunk.buffer, chunk.byteOffset, this.chunkSize));
            }
        }
    }
}
/** A growable in-memory ByteFile. */
class MemoryByteFile {
    buffer;
    length;
    constructor(initial) {
        this.buffer = new Uint8Array(Math.max(initial?.length ?? 0, 4096));
        if (initial)
            this.buffer.set(initial);
        this.length = initial?.length ?? 0;
    }
    get size() {
        return this.length;
    }
    read(position, length) {
        checkRange(this.length, position, length);
        return this.buffer.subarray(position, position + length);
    }
    write(position, data) {
        const end = position + data.length;
        this.ensure(end);
        this.buffer.set(data, position);
        this.length = Math.max(this.length, end);
    }
    truncate(size) {
        this.ensure(size);
        if (size < this.length)
            this.buffer.fill(0, size, this.length);
        this.length = size;
    }
    sync() { }
    /** A copy of the contents. */
    bytes() {
        return this.buffer.slice(0, this.length);
    }
    ensure(capacity) {
        if (capacity <= this.buffer.length)
            return;
        const grown = new Uint8Array(Math.max(capacity, this.buffer.length * 2));
        grown.set(this.buffer.subarray(0, this.length));
        this.buffer = grown;
    }
}
/** The first `size` bytes of a source, e.g. a snapshot without its 32-byte sha256 trailer. */
function limitByteSource(source, size) {
    if (!Number.isSafeInteger(size) || size < 0 || size > source.size) {
        throw new RangeError(`cannot limit a ${source.size}-byte source to ${size} bytes`);
    }
    const limited = {
        size,
        read(position, length) {
            checkRange(size, position, length);
            return source.read(position, length);
        }
    };
    const transient = source.readTransient?.bind(source);
    if (transient !== undefined) {
        limited.readTransient = (position, length) => {
            checkRange(size, position, length);
            return transient(position, length);
        };
    }
    const prefetch = source.prefetch?.bind(source);
    if (prefetch !== undefined) {
        limited.prefetch = (positions, length) => {
            // a span that runs past `size` is read only as far as the source goes: what lies past
            // `size` is never handed out (read() checks every range)
            prefetch(positions.filter((position) => position >= 0 && position < size), length);
        };
    }
    return limited;
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

/***/ 61821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ fsyncInPool),
/* harmony export */   t: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Makes a directory's entries (new files, renames) durable: fsync on the directory itself. */
function fsyncDir(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * fsync of a file or folder (`what`) as one job in libuv's thread pool: once it is queued,
 * nothing waits for the main thread, which may be busy with synchronous work meanwhile (a chain
 * of open → fsync → close promises would wait for it between steps).
 */
function fsyncInPool(path, what) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, what === 'file' ? 'r+' : 'r');
    }
    catch (error) {
        return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsync)(fd, (error) => {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
            catch (closeError) {
                error ??= closeError;
            }
            if (error)
                reject(error);
            else
                resolve();
        });
    });
}


/***/ }),

/***/ 50140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ WAL_MODE),
/* harmony export */   Pl: () => (/* binding */ memberLayout),
/* harmony export */   _j: () => (/* binding */ DIR_MODE),
/* harmony export */   fd: () => (/* binding */ SNAP_MODE),
/* harmony export */   h9: () => (/* binding */ DB_MODE)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** etcd's data-dir layout (format doc §3): everything lives under `<data-dir>/member`. */
const DIR_MODE = 0o700;
const DB_MODE = 0o600;
const WAL_MODE = 0o600;
/** etcd writes the .snap with 0666 and lets the umask decide (usually 0644). */
const SNAP_MODE = 0o666;
function memberLayout(dataDir, walDir) {
    const snapDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dataDir, 'member', 'snap');
    return {
        dataDir,
        snapDir,
        dbPath: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(snapDir, 'db'),
        walDir: walDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dataDir, 'member', 'wal'),
        separateWal: walDir !== undefined
    };
}


/***/ }),

/***/ 56957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CP: () => (/* binding */ Staging),
/* harmony export */   IJ: () => (/* binding */ clearStaleStaging),
/* harmony export */   fJ: () => (/* binding */ targetState)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97268);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84068);
/* harmony import */ var _fsync_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61821);






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

/***/ 38507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V_: () => (/* binding */ writeMemberFiles),
/* harmony export */   g6: () => (/* binding */ copyDb),
/* harmony export */   gD: () => (/* binding */ syncFile),
/* harmony export */   lY: () => (/* binding */ makeMemberDirs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50140);
/* harmony import */ var _fsync_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61821);





/**
 * Creates a member's data-dir, `member` and `member/snap` folders at `dataDir`, which must not
 * exist: the caller passes staging paths and renames them into place afterwards.
 */
function makeMemberDirs(dataDir, walDir) {
    const layout = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .memberLayout */ .Pl)(dataDir, walDir);
    makeDir(layout.dataDir);
    makeDir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(layout.dataDir, 'member'));
    makeDir(layout.snapDir);
    return layout;
}
/**
 * Copies the db to `dest` (reflink, else copy_file_range: the bytes never pass through this
 * process) in libuv's thread pool, so several members' copies run side by side while the main
 * thread goes on, cuts it to `size` bytes when given, and makes it durable.
 */
async function copyDb(source, dest, size) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(source, dest, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.COPYFILE_FICLONE);
    // a copy of the snapshot file itself: its sha256 trailer goes
    await syncFile(dest, { mode: _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .DB_MODE */ .h9, ...(size === undefined ? {} : { size }) });
}
/** fsync in the thread pool, after setting `mode` and cutting the file to `size` when given. */
async function syncFile(path, change = {}) {
    // the mode first: a copy has its source's, which may not let its owner write (a 0400 snapshot)
    if (change.mode !== undefined)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(path, change.mode);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r+');
    try {
        if (change.size !== undefined)
            await handle.truncate(change.size);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/**
 * Completes a member made by makeMemberDirs: moves the db in when `moveDbFrom` is given (else it
 * was written or copied there), writes the .snap and the WAL (at `layout.walDir`), and queues
 * the fsync of every file and folder in the thread pool: it returns once the files are written,
 * with the promise that they are all durable.
 */
function writeMemberFiles(layout, files, moveDbFrom) {
    const syncFiles = [];
    if (moveDbFrom !== undefined) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(moveDbFrom, layout.dbPath);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(layout.dbPath, _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .DB_MODE */ .h9);
        syncFiles.push(layout.dbPath);
    }
    const snapPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(layout.snapDir, files.snapName);
    writeNewFile(snapPath, files.snapBytes, _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .SNAP_MODE */ .fd);
    syncFiles.push(snapPath);
    if (layout.separateWal)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(layout.walDir), { recursive: true, mode: _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .DIR_MODE */ ._j });
    makeDir(layout.walDir);
    const walPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(layout.walDir, files.walName);
    writeWal(walPath, files.walRecords, files.walSize);
    syncFiles.push(walPath);
    const syncDirs = [layout.snapDir, layout.walDir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(layout.dataDir, 'member'), layout.dataDir];
    // settles once every job has ended (none still running when a failure is handled)
    return Promise.allSettled([
        ...syncFiles.map((path) => (0,_fsync_js__WEBPACK_IMPORTED_MODULE_4__/* .fsyncInPool */ .B)(path, 'file')),
        ...syncDirs.map((path) => (0,_fsync_js__WEBPACK_IMPORTED_MODULE_4__/* .fsyncInPool */ .B)(path, 'dir'))
    ]).then((results) => {
        for (const r of results)
            if (r.status === 'rejected')
                throw r.reason;
    });
}
/** mkdir with exactly 0700, whatever the umask: etcd warns at start when a folder is wider. */
function makeDir(path) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(path, { mode: _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .DIR_MODE */ ._j });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(path, _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .DIR_MODE */ ._j);
}
function writeNewFile(path, bytes, mode) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'wx', mode);
    try {
        writeAll(fd, bytes, 0);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The WAL holds the records, then zeros up to the segment size. etcd preallocates them with
 * fallocate; a sparse file reads the same (readers stop at the first zero length field) and
 * costs no disk until etcd writes there.
 */
function writeWal(path, records, size) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'wx', _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .WAL_MODE */ .BR);
    try {
        writeAll(fd, records, 0);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.ftruncateSync)(fd, size);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function writeAll(fd, bytes, position) {
    let done = 0;
    while (done < bytes.length)
        done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, done, bytes.length - done, position + done);
}


/***/ }),

/***/ 74853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZK: () => (/* binding */ DEFRAG_MODES),
/* harmony export */   ag: () => (/* binding */ TARGET_VERSIONS)
/* harmony export */ });
/* unused harmony export DEFAULTS */
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


/***/ }),

/***/ 2406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ protoType)
});

// EXTERNAL MODULE: ./node_modules/protobufjs/light.js
var light = __webpack_require__(6212);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/proto/descriptor.generated.ts
// GENERATED by scripts/gen-proto.mjs from src/lib/proto/*.proto. Do not edit.
/** The .proto files compiled into PROTO_DESCRIPTOR. */
const PROTO_FILES = (/* unused pure expression or super */ null && ([
    'auth.proto',
    'etcdserver.proto',
    'k8s-runtime.proto',
    'lease.proto',
    'mvcc.proto',
    'raft-v3.7.proto',
    'raft.proto',
    'snap.proto',
    'wal-v3.7.proto',
    'wal.proto'
]));
/** protobufjs's JSON descriptor of every message of those files (Root.fromJSON). */
const PROTO_DESCRIPTOR = {
    nested: {
        authpb: {
            nested: {
                UserAddOptions: { fields: { no_password: { type: 'bool', id: 1 } } },
                User: {
                    fields: {
                        name: { type: 'bytes', id: 1 },
                        password: { type: 'bytes', id: 2 },
                        roles: { rule: 'repeated', type: 'string', id: 3 },
                        options: { type: 'UserAddOptions', id: 4 }
                    }
                },
                Permission: {
                    fields: {
                        permType: { type: 'Type', id: 1 },
                        key: { type: 'bytes', id: 2 },
                        range_end: { type: 'bytes', id: 3 }
                    },
                    nested: { Type: { values: { READ: 0, WRITE: 1, READWRITE: 2 } } }
                },
                Role: {
                    fields: {
                        name: { type: 'bytes', id: 1 },
                        keyPermission: { rule: 'repeated', type: 'Permission', id: 2 }
                    }
                }
            }
        },
        etcdserverpb: {
            nested: {
                Metadata: {
                    edition: 'proto2',
                    fields: {
                        NodeID: { rule: 'required', type: 'uint64', id: 1 },
                        ClusterID: { rule: 'required', type: 'uint64', id: 2 }
                    }
                }
            }
        },
        k8s: {
            nested: {
                io: {
                    nested: {
                        apimachinery: {
                            nested: {
                                pkg: {
                                    nested: {
                                        runtime: {
                                            nested: {
                                                TypeMeta: {
                                                    edition: 'proto2',
                                                    fields: {
                                                        apiVersion: { type: 'string', id: 1 },
                                                        kind: { type: 'string', id: 2 }
                                                    }
                                                },
                                                Unknown: {
                                                    edition: 'proto2',
                                                    fields: {
                                                        typeMeta: { type: 'TypeMeta', id: 1 },
                                                        raw: { type: 'bytes', id: 2 },
                                                        contentEncoding: { type: 'string', id: 3 },
                                                        contentType: { type: 'string', id: 4 }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
        leasepb: {
            nested: {
                Lease: {
                    fields: {
                        ID: { type: 'int64', id: 1 },
                        TTL: { type: 'int64', id: 2 },
                        RemainingTTL: { type: 'int64', id: 3 }
                    }
                }
            }
        },
        mvccpb: {
            nested: {
                KeyValue: {
                    fields: {
                        key: { type: 'bytes', id: 1 },
                        create_revision: { type: 'int64', id: 2 },
                        mod_revision: { type: 'int64', id: 3 },
                        version: { type: 'int64', id: 4 },
                        value: { type: 'bytes', id: 5 },
                        lease: { type: 'int64', id: 6 }
                    }
                }
            }
        },
        raftpb: {
            nested: {
                v37: {
                    nested: {
                        SnapshotMetadata: {
                            edition: 'proto2',
                            fields: {
                                conf_state: { type: 'ConfState', id: 1 },
                                index: { type: 'uint64', id: 2 },
                                term: { type: 'uint64', id: 3 }
                            }
                        },
                        Snapshot: {
                            edition: 'proto2',
                            fields: {
                                data: { type: 'bytes', id: 1 },
                                metadata: { type: 'SnapshotMetadata', id: 2 }
                            }
                        },
                        ConfState: {
                            edition: 'proto2',
                            fields: {
                                voters: { rule: 'repeated', type: 'uint64', id: 1 },
                                learners: { rule: 'repeated', type: 'uint64', id: 2 },
                                voters_outgoing: { rule: 'repeated', type: 'uint64', id: 3 },
                                learners_next: { rule: 'repeated', type: 'uint64', id: 4 },
                                auto_leave: { type: 'bool', id: 5 }
                            }
                        },
                        ConfChangeType: {
                            edition: 'proto2',
                            values: {
                                ConfChangeAddNode: 0,
                                ConfChangeRemoveNode: 1,
                                ConfChangeUpdateNode: 2,
                                ConfChangeAddLearnerNode: 3
                            }
                        },
                        ConfChange: {
                            edition: 'proto2',
                            fields: {
                                id: { type: 'uint64', id: 1 },
                                type: { type: 'ConfChangeType', id: 2 },
                                node_id: { type: 'uint64', id: 3 },
                                context: { type: 'bytes', id: 4 }
                            }
                        }
                    }
                },
                EntryType: {
                    edition: 'proto2',
                    values: { EntryNormal: 0, EntryConfChange: 1, EntryConfChangeV2: 2 }
                },
                Entry: {
                    edition: 'proto2',
                    fields: {
                        Term: { rule: 'required', type: 'uint64', id: 2 },
                        Index: { rule: 'required', type: 'uint64', id: 3 },
                        Type: { rule: 'required', type: 'EntryType', id: 1 },
                        Data: { type: 'bytes', id: 4 }
                    }
                },
                SnapshotMetadata: {
                    edition: 'proto2',
                    fields: {
                        conf_state: { rule: 'required', type: 'ConfState', id: 1 },
                        index: { rule: 'required', type: 'uint64', id: 2 },
                        term: { rule: 'required', type: 'uint64', id: 3 }
                    }
                },
                Snapshot: {
                    edition: 'proto2',
                    fields: {
                        data: { type: 'bytes', id: 1 },
                        metadata: { rule: 'required', type: 'SnapshotMetadata', id: 2 }
                    }
                },
                HardState: {
                    edition: 'proto2',
                    fields: {
                        term: { rule: 'required', type: 'uint64', id: 1 },
                        vote: { rule: 'required', type: 'uint64', id: 2 },
                        commit: { rule: 'required', type: 'uint64', id: 3 }
                    }
                },
                ConfState: {
                    edition: 'proto2',
                    fields: {
                        voters: { rule: 'repeated', type: 'uint64', id: 1 },
                        learners: { rule: 'repeated', type: 'uint64', id: 2 },
                        voters_outgoing: { rule: 'repeated', type: 'uint64', id: 3 },
                        learners_next: { rule: 'repeated', type: 'uint64', id: 4 },
                        auto_leave: { rule: 'required', type: 'bool', id: 5 }
                    }
                },
                ConfChangeType: {
                    edition: 'proto2',
                    values: {
                        ConfChangeAddNode: 0,
                        ConfChangeRemoveNode: 1,
                        ConfChangeUpdateNode: 2,
                        ConfChangeAddLearnerNode: 3
                    }
                },
                ConfChange: {
                    edition: 'proto2',
                    fields: {
                        id: { rule: 'required', type: 'uint64', id: 1 },
                        type: { rule: 'required', type: 'ConfChangeType', id: 2 },
                        node_id: { rule: 'required', type: 'uint64', id: 3 },
                        context: { type: 'bytes', id: 4 }
                    }
                }
            }
        },
        snappb: {
            nested: {
                snapshot: {
                    edition: 'proto2',
                    fields: {
                        crc: { rule: 'required', type: 'uint32', id: 1 },
                        data: { type: 'bytes', id: 2 }
                    }
                }
            }
        },
        walpb: {
            nested: {
                v37: {
                    nested: {
                        Snapshot: {
                            edition: 'proto2',
                            fields: {
                                index: { type: 'uint64', id: 1 },
                                term: { type: 'uint64', id: 2 },
                                conf_state: { type: 'raftpb.v37.ConfState', id: 3 }
                            }
                        }
                    }
                },
                Record: {
                    edition: 'proto2',
                    fields: {
                        type: { rule: 'required', type: 'int64', id: 1 },
                        crc: { rule: 'required', type: 'uint32', id: 2 },
                        data: { type: 'bytes', id: 3 }
                    }
                },
                Snapshot: {
                    edition: 'proto2',
                    fields: {
                        index: { rule: 'required', type: 'uint64', id: 1 },
                        term: { rule: 'required', type: 'uint64', id: 2 },
                        conf_state: { type: 'raftpb.ConfState', id: 3 }
                    }
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/lib/proto/load.ts
/**
 * One protobufjs Root holding every message of the .proto files of this folder, built once on
 * first use from their JSON descriptor (descriptor.generated.ts: protobufjs compiles them at
 * build time, so only its light build, without the .proto parser, is bundled).
 * Field names are exactly as written in the .proto files (keepCase): `Term`, `conf_state`, `NodeID`.
 * proto2 `required` fields make decode throw when they are absent: stricter than Go, on purpose.
 */



let root;
function loadRoot() {
    // Decoding uint64 without long.js silently rounds to a double; IDs need all 64 bits.
    if (!(light_default()).util.Long)
        throw new errors/* InvariantError */.zU('protobufjs has no long.js support');
    const r = light_default().Root.fromJSON(PROTO_DESCRIPTOR);
    r.resolveAll();
    return r;
}
/** The message type `fullName` (e.g. `raftpb.Entry`); an unknown name is a bug. */
function protoType(fullName) {
    root ??= loadRoot();
    const type = root.lookup(fullName);
    if (!(type instanceof (light_default()).Type))
        throw new errors/* InvariantError */.zU(`no protobuf message ${fullName}`);
    return type;
}


/***/ }),

/***/ 35312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);



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

/***/ 68866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ dbReport),
/* harmony export */   B8: () => (/* binding */ dbsKnownSame),
/* harmony export */   jh: () => (/* binding */ AUTO_FREE_SHARE),
/* harmony export */   te: () => (/* binding */ chooseDbPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
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
    const sizes = await Promise.all(paths.map((path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).then((st) => (st.isFile() ? st.size : -1), () => -1)));
    return sizes.every((size) => size === db.restoredSize);
}


/***/ }),

/***/ 21150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q0: () => (/* binding */ CLI_ADVICE),
/* harmony export */   Z8: () => (/* binding */ DRILL_MEMBER_BYTES),
/* harmony export */   _X: () => (/* binding */ restoreNeeds),
/* harmony export */   jk: () => (/* binding */ MEMBER_FILES_BYTES),
/* harmony export */   kx: () => (/* binding */ assertRoom),
/* harmony export */   of: () => (/* binding */ memberDbBytes)
/* harmony export */ });
/* unused harmony exports compactedBytes, shortfalls, shortfallMessage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _bolt_compact_tree_builder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67115);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50432);
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

/***/ 11942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OZ: () => (/* binding */ willCompact),
/* harmony export */   Pb: () => (/* binding */ snapshotSizes),
/* harmony export */   dT: () => (/* binding */ roomOf),
/* harmony export */   ek: () => (/* binding */ checkDiskSpace)
/* harmony export */ });
/* unused harmony export diskCheckEnabled */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(50432);
/* harmony import */ var _snapshot_source_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81694);
/* harmony import */ var _snapshot_verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25216);
/* harmony import */ var _snapshot_decompress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34693);
/* harmony import */ var _snapshot_read_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92250);
/* harmony import */ var _db_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68866);
/* harmony import */ var _disk_need_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(21150);
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

/***/ 57565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ restore)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/logger.ts
var logger = __webpack_require__(2415);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/member-dir/write.ts
var write = __webpack_require__(38507);
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
var minimal = __webpack_require__(37823);
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
var wal_crc32c = __webpack_require__(44726);
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
var ids = __webpack_require__(28004);
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
var external_node_worker_threads_ = __webpack_require__(75919);
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
var layout = __webpack_require__(50140);
// EXTERNAL MODULE: ./src/lib/member-dir/staging.ts
var staging = __webpack_require__(56957);
// EXTERNAL MODULE: ./src/lib/member-dir/fsync.ts
var fsync = __webpack_require__(61821);
// EXTERNAL MODULE: ./src/lib/snapshot/source-identity.ts
var source_identity = __webpack_require__(81694);
// EXTERNAL MODULE: ./src/lib/io/page-file.ts + 2 modules
var page_file = __webpack_require__(62566);
// EXTERNAL MODULE: ./src/lib/bolt/db.ts
var bolt_db = __webpack_require__(45965);
// EXTERNAL MODULE: ./src/lib/bolt/check.ts + 1 modules
var bolt_check = __webpack_require__(85727);
// EXTERNAL MODULE: ./src/lib/backend/revision.ts
var revision = __webpack_require__(29627);
// EXTERNAL MODULE: ./src/lib/format.ts
var format = __webpack_require__(50432);
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
var interrupt = __webpack_require__(84068);
// EXTERNAL MODULE: ./src/lib/restore/plan.ts
var plan = __webpack_require__(89587);
// EXTERNAL MODULE: ./src/lib/backend/schema.ts
var schema = __webpack_require__(13397);
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
var hashkv = __webpack_require__(14339);
// EXTERNAL MODULE: ./src/lib/bolt/page.ts
var page = __webpack_require__(34468);
// EXTERNAL MODULE: ./src/lib/backend/kv.ts
var kv = __webpack_require__(38179);
// EXTERNAL MODULE: ./src/lib/backend/key-fingerprints.ts
var key_fingerprints = __webpack_require__(59161);
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
    crc: (0,wal_crc32c/* crc32cCombine */.Ey)(a.crc, b.crc, b.length),
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
            this.candidates.add(slot, (0,wal_crc32c/* crc32cUpdate */.EL)((0,wal_crc32c/* crc32cUpdate */.EL)(0, key), value), length);
            if (this.candidates.count > this.maxTracked) {
                // past the bound: give the memory back and leave the hash undecided (see overBound)
                this.overBound = true;
                this.candidates.clear();
            }
            return;
        }
        if (this.candidates.live > 0)
            this.candidates.supersede((0,kv/* userKey */.Xh)(key, value));
        this.aboveCrc = (0,wal_crc32c/* crc32cUpdate */.EL)((0,wal_crc32c/* crc32cUpdate */.EL)(this.aboveCrc, key), value);
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
            belowCrc = (0,wal_crc32c/* crc32cCombine */.Ey)(belowCrc, crc, length);
            belowLength += length;
        });
        const below = { crc: belowCrc, length: belowLength };
        const name = { crc: (0,wal_crc32c/* crc32cUpdate */.EL)(0, schema/* Buckets */.cR.key), length: schema/* Buckets */.cR.key.length };
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
    const stream = new HashKVStream(bootRevisions(db, db.bucket(Buckets.key)), options);
    const entry = (key, value) => stream.entry(key, value);
    return {
        entry,
        observer: keyBucketObserver(entry),
        result: () => (stream.overBound ? undefined : (stream.result() ?? hashKV(db, 0, options)))
    };
}

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
var verify = __webpack_require__(25216);
// EXTERNAL MODULE: ./src/lib/snapshot/read-options.ts + 1 modules
var read_options = __webpack_require__(92250);
// EXTERNAL MODULE: ./src/lib/restore/db.ts
var restore_db = __webpack_require__(68866);
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
        inventoryCode ??= await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 58003));
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
            hashing = new HashKVStream((0,hashkv/* bootRevisions */.b)(db, db.bucket(schema/* Buckets */.cR.key)));
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
    const observer = keyBucketObserver((key, value) => {
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
var hash_worker = __webpack_require__(13085);
// EXTERNAL MODULE: ./src/lib/bolt/tx.ts + 3 modules
var bolt_tx = __webpack_require__(71332);
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

// EXTERNAL MODULE: ./src/lib/bolt/bucket.ts
var bolt_bucket = __webpack_require__(25329);
// EXTERNAL MODULE: ./src/lib/bolt/freelist.ts
var bolt_freelist = __webpack_require__(55085);
// EXTERNAL MODULE: ./src/lib/bolt/meta.ts + 1 modules
var bolt_meta = __webpack_require__(64908);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(23574);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/lib/bolt/check-tree.ts + 1 modules
var check_tree = __webpack_require__(94568);
// EXTERNAL MODULE: ./src/lib/bolt/cursor.ts
var bolt_cursor = __webpack_require__(21765);
;// CONCATENATED MODULE: ./src/lib/bolt/walk.ts
/**
 * A streaming walk over a bucket's entries in key order, nested buckets included, reading pages
 * transiently (no allocation per page). What the callbacks are given is valid only during the
 * call. After a nested bucket has been visited (its own reads reuse the memory of the parent's
 * leaf), the parent's cursor is re-positioned on that bucket's key before it moves on.
 */





/** One observer that tells each of `observers`, in order. */
function walk_fanOut(observers) {
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
    const { root, sequence } = (0,bolt_bucket/* decodeBucketHeader */.sb)(value);
    return { root, sequence, inlinePage: root === 0 ? (0,bolt_bucket/* inlinePageOf */.iT)(value).slice() : null };
}
/**
 * Tells `observer` every entry of `db` in order, nested buckets included (enterBucket, their
 * entries, leaveBucket): what a compaction copies and a digest reads.
 */
function walk_walkEntries(db, observer) {
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
            if (level + 1 >= types/* MAX_BUCKET_NESTING */.XF) {
                throw new errors/* BoltFormatError */.Tb(`buckets nested deeper than ${types/* MAX_BUCKET_NESTING */.XF} levels`, ref.root);
            }
            observer.enterBucket(key, child.sequence);
            walkBucketEntries(db, child, observer, level + 1);
            observer.leaveBucket();
        }
    });
}
function visitBucket(db, ref, visitor) {
    const cursor = new bolt_cursor/* Cursor */.b(db, ref.root, ref.inlinePage, true);
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
        if (again === null || (0,page/* compareBytes */.Xo)(again.key, key) !== 0) {
            throw new errors/* BoltFormatError */.Tb('bucket entry vanished while its bucket was read', ref.root);
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/compact/digest.ts
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
    hash = (0,external_node_crypto_.createHash)('sha256');
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
            this.name = (0,check_tree/* bucketName */.E)(key);
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

// EXTERNAL MODULE: ./src/lib/bolt/compact/tree-builder.ts
var tree_builder = __webpack_require__(67115);
;// CONCATENATED MODULE: ./src/lib/bolt/compact/compact.ts
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
    heldSize = types/* PAGE_HEADER_SIZE */.ql;
    constructor(sink, fill, 
    /** The bucket's key in its parent and its sequence (the root bucket: empty, its own). */
    key, sequence, inlineLimit) {
        this.sink = sink;
        this.fill = fill;
        this.key = key;
        this.sequence = sequence;
        this.inlineLimit = inlineLimit;
        if (inlineLimit === 0)
            this.tree = new tree_builder/* TreeBuilder */.G(sink, fill);
    }
    value(key, value) {
        const size = this.heldSize + types/* ELEMENT_SIZE */.Tv + key.length + value.length;
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
            this.tree = new tree_builder/* TreeBuilder */.G(this.sink, this.fill);
            for (const e of this.held)
                this.tree.add(e);
            this.held = [];
        }
        return this.tree;
    }
    /** The bucket's value in its parent: header and root page, or header and inline page. */
    finish() {
        if (this.tree === null)
            return { inline: (0,page/* encodeInlineLeaf */.w0)(this.held) };
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
    digest = new DigestCollector();
    observe;
    constructor(sink, 
    /** The root bucket's sequence (the source meta's). */
    rootSequence, options = {}) {
        this.sink = sink;
        this.rootSequence = rootSequence;
        this.fill = options.fillPercent ?? tree_builder/* DEFAULT_FILL_PERCENT */.g;
        this.inlineLimit = Math.floor(sink.pageSize / 4);
        this.frames = [new BucketFrame(sink, this.fill, new Uint8Array(0), rootSequence, 0)];
        this.observe = walk_fanOut([this.digest, ...(options.observers ?? [])]);
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
            ? (0,bolt_bucket/* encodeBucketValue */.A_)(built.root, frame.sequence)
            : (0,bolt_bucket/* encodeBucketValue */.A_)(0, frame.sequence, built.inline);
        this.current().paged().add({ flags: types/* BUCKET_LEAF_FLAG */.H2, key: frame.key, value });
    }
    /** Ends the copy: the root bucket's tree, the freelist page when asked, both metas. */
    finish(options) {
        if (this.frames.length !== 1) {
            throw new errors/* InvariantError */.zU(`compaction ended inside ${this.frames.length - 1} open buckets`);
        }
        const built = this.frames[0].finish();
        const root = 'root' in built ? built.root : 0;
        const pageSize = this.sink.pageSize;
        let freelist = null;
        if (options.freelist === 'page') {
            freelist = this.sink.nextId;
            this.sink.append((0,bolt_freelist/* encodeFreelistPage */.wG)(freelist, [], 1, pageSize));
        }
        const hwm = this.sink.nextId;
        const txid = options.txid > 0n ? options.txid : 1n;
        const meta = (t) => (0,bolt_meta/* encodeMetaPage */.TP)({ pageSize, root, sequence: this.rootSequence, freelist, hwm, txid: t });
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
    walkEntries(db, writer);
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
    visitBucket(db, rootBucketRef(db), {
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
        walkBucketEntries(edited, top.ref, writer);
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
    const entries = sourceEntries === undefined ? merge : walk_fanOut([merge, sourceEntries]);
    const check = (0,bolt_check/* checkDb */.T)(source, { ...options, entries });
    while (next < editedTop.length)
        fromEdited(editedTop[next++]);
    return check;
}

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
        const writer = new CompactWriter(pages, editedDb.meta.sequence);
        if (checkSource)
            check = checkAndCompact(sourceDb, editedDb, writer, {}, sourceEntries);
        else
            walk_walkEntries(editedDb, writer);
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
        const collector = new DigestCollector();
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
var disk_need = __webpack_require__(21150);
// EXTERNAL MODULE: ./src/lib/restore/disk-space.ts
var disk_space = __webpack_require__(11942);
;// CONCATENATED MODULE: ./src/lib/member-dir/describe.ts


/** Lists a restored member's folders and files with sizes and modes, for the report. */
function describeFiles(dataDir, walDir) {
    const out = [];
    walk(dataDir, dataDir, out);
    if (walDir !== undefined) {
        const inside = (0,external_node_path_.relative)((0,external_node_path_.resolve)(dataDir), (0,external_node_path_.resolve)(walDir));
        // A WAL folder inside the data-dir was listed by the walk above.
        if (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
            walk((0,external_node_path_.resolve)(walDir), undefined, out);
    }
    return out;
}
/** `base` undefined: absolute paths (a --wal-dir outside the data-dir). */
function walk(dir, base, out) {
    const show = (path) => (base === undefined ? path : (0,external_node_path_.relative)(base, path));
    const stat = (0,external_node_fs_.lstatSync)(dir);
    out.push({ path: `${show(dir) || '.'}/`, bytes: 0, mode: octal(stat.mode) });
    for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
        const path = (0,external_node_path_.join)(dir, name);
        const entry = (0,external_node_fs_.lstatSync)(path);
        if (entry.isDirectory())
            walk(path, base, out);
        else
            out.push({ path: show(path), bytes: entry.size, mode: octal(entry.mode) });
    }
}
function octal(mode) {
    return `0${(mode & 0o777).toString(8)}`;
}

// EXTERNAL MODULE: ./src/lib/version.ts
var version = __webpack_require__(87471);
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

/***/ 89587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ planCluster),
/* harmony export */   YI: () => (/* binding */ removeEmptyDirs),
/* harmony export */   iS: () => (/* binding */ planTargets),
/* harmony export */   jI: () => (/* binding */ targetWriteError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _cluster_initial_cluster_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29794);
/* harmony import */ var _member_dir_staging_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56957);
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

/***/ 61737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ RetriesFailed),
/* harmony export */   Jh: () => (/* binding */ downloadRetryPolicy),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   RC: () => (/* binding */ PermanentFailure),
/* harmony export */   vO: () => (/* binding */ retriedMessage)
/* harmony export */ });
/* unused harmony export DOWNLOAD_RETRY */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * Bounded retries with exponential back-off for downloads (the snapshot artifact, etcd
 * releases): a failed attempt that may pass next time (a reset connection, HTTP 5xx, a short
 * body) is tried again after 1, 2, 4, 8 s, at most 5 attempts (15 s of waiting in all); one that
 * will not (HTTP 404, a refused tarball) ends at once. The caller turns the last failure into
 * its one error line with `retriedMessage`.
 */

const DOWNLOAD_RETRY = { attempts: 5, firstDelayMs: 1_000, maxDelayMs: 8_000 };
/**
 * The download policy, with `ETCD_RESTORE_RETRY_DELAY_MS` (a test hook, like
 * `ETCD_RESTORE_PAUSE_AT`) as the first wait, so tests of a bundled action wait milliseconds.
 */
function downloadRetryPolicy(env = process.env) {
    const first = Number(env.ETCD_RESTORE_RETRY_DELAY_MS);
    if (env.ETCD_RESTORE_RETRY_DELAY_MS === undefined || !Number.isFinite(first) || first < 0)
        return DOWNLOAD_RETRY;
    return { ...DOWNLOAD_RETRY, firstDelayMs: first, maxDelayMs: first * 8 };
}
/**
 * An attempt's failure that another attempt will not fix (or that a library already retried:
 * `attempts` then counts its tries): `withRetries` stops at once.
 */
class PermanentFailure extends Error {
    original;
    attempts;
    constructor(message, original, attempts = 1) {
        super(message);
        this.original = original;
        this.attempts = attempts;
        this.name = 'PermanentFailure';
    }
}
/** What `withRetries` throws after its last attempt: how many were made and the last reason. */
class RetriesFailed extends Error {
    attempts;
    reason;
    last;
    constructor(attempts, reason, last) {
        super(reason);
        this.attempts = attempts;
        this.reason = reason;
        this.last = last;
        this.name = 'RetriesFailed';
    }
}
/** `<what> failed: <reason>` after one attempt, `<what> failed after N attempts: <reason>` after more. */
function retriedMessage(what, failure) {
    const after = failure.attempts > 1 ? ` after ${failure.attempts} attempts` : '';
    return `${what} failed${after}: ${failure.reason}`;
}
/**
 * Runs `attempt` (given its 1-based number) until it resolves, throws a `PermanentFailure`, or
 * `policy.attempts` have failed; each retry is logged with its reason and wait. Throws
 * `RetriesFailed`; `cleanup` runs after every failed attempt (the partial file goes).
 */
async function withRetries(attempt, options) {
    const { policy, logger } = options;
    let delay = policy.firstDelayMs;
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            await options.cleanup?.();
            const permanent = error instanceof PermanentFailure;
            const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
            if (permanent)
                throw new RetriesFailed(n - 1 + error.attempts, reason, error.original ?? error);
            if (n >= policy.attempts)
                throw new RetriesFailed(n, reason, error);
            logger.warn(`${options.what}: attempt ${n} of ${policy.attempts} failed (${reason}); ` +
                `retrying in ${formatDelay(delay)}`);
            await new Promise((done) => setTimeout(done, delay));
            delay = Math.min(delay * 2, policy.maxDelayMs);
        }
    }
}
function formatDelay(ms) {
    return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}


/***/ }),

/***/ 34693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ decompressError),
/* harmony export */   IR: () => (/* binding */ detectCompression),
/* harmony export */   TO: () => (/* binding */ openDecompressed),
/* harmony export */   kP: () => (/* binding */ MAGIC_BYTES)
/* harmony export */ });
/* unused harmony exports zstdSupported, createDecompressor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/**
 * Compressed snapshots: `.db.gz` / `.db.zst` are recognised by their magic bytes (never by the
 * file name) and decompressed as a stream, so an 8 GB snapshot never sits in memory.
 */


/** gzip member header (RFC 1952: ID1 ID2). */
const GZIP_MAGIC = [0x1f, 0x8b];
/** zstd frame magic 0xFD2FB528, little-endian (RFC 8878 §3.1.1). */
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
/** Bytes `detectCompression` needs to decide. */
const MAGIC_BYTES = 4;
const startsWith = (head, magic) => head.length >= magic.length && magic.every((b, i) => head[i] === b);
/** The compression of a file from its first bytes; `none` for anything unrecognised. */
function detectCompression(head) {
    if (startsWith(head, GZIP_MAGIC))
        return 'gzip';
    if (startsWith(head, ZSTD_MAGIC))
        return 'zstd';
    return 'none';
}
/** node:zlib, loaded on first use: a plain snapshot never needs it (~3–7 ms to load). */
const zlib = () => process.getBuiltinModule('node:zlib');
/** zlib.createZstdDecompress exists from Node 22.15 / 23.8; the action runs on Node 24. */
function zstdFactory() {
    const factory = zlib().createZstdDecompress;
    return typeof factory === 'function' ? factory : undefined;
}
/** True when this Node can decompress zstd. */
function zstdSupported() {
    return zstdFactory() !== undefined;
}
/**
 * A transform that decompresses `compression`; `chunkSize` sets its output chunk size.
 * Throws SnapshotError for zstd on a Node without zstd support.
 */
function createDecompressor(compression, path, chunkSize) {
    if (compression === 'gzip')
        return zlib().createGunzip({ chunkSize });
    const factory = zstdFactory();
    if (!factory) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SnapshotError */ .JC(`${path} is zstd-compressed, and zstd snapshots need Node 24 (the action's runtime) or ` +
            `Node ≥ 22.15; this is Node ${process.versions.node}. Decompress it first (zstd -d) or use Node 24.`);
    }
    return factory({ chunkSize });
}
/**
 * The decompressed bytes of `path` as a stream, reading the file in `chunkSize` pieces. Stream
 * errors (corrupt or truncated data) are turned into SnapshotError naming the file.
 */
function openDecompressed(path, compression, chunkSize) {
    const decompressor = createDecompressor(compression, path, chunkSize);
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: chunkSize });
    file.on('error', (error) => decompressor.destroy(error));
    decompressor.on('close', () => file.destroy());
    file.pipe(decompressor);
    return { stream: decompressor, bytesRead: () => file.bytesRead };
}
/** A stream error as a one-line SnapshotError about `path`. */
function decompressError(error, path, compression) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SnapshotError */ .JC)
        return error;
    const e = error;
    if (typeof e?.code === 'string' &&
        (e.code.startsWith('Z_') ||
            e.code.startsWith('ZSTD_') ||
            e.code === 'ERR_ZLIB_INITIALIZATION_FAILED')) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SnapshotError */ .JC(`${path}: ${compression} data is corrupt or truncated (${e.message})`, {
            cause: error
        });
    }
    return error instanceof Error ? error : new Error(String(error));
}


/***/ }),

/***/ 13085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T6: () => (/* binding */ releaseSpareHashWorker),
/* harmony export */   mC: () => (/* binding */ hashInWorker),
/* harmony export */   qS: () => (/* binding */ hasSpareHashWorker)
/* harmony export */ });
/* unused harmony exports earlyDigestsTaken, prewarmHashWorker */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bolt_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23574);
/**
 * sha256 of a file's first bytes, computed in a worker thread while the main thread does other
 * work. A worker takes ~70 ms to boot (Node 24 here, idle; more beside a busy main thread), so a
 * run that will likely hash a snapshot can boot one as it starts (prewarmHashWorker), while its
 * own code still loads; hashInWorker then takes that one.
 */


/** bbolt's magic as the worker compares it (a uint32 read little-endian at byte 16). */
const MAGIC_LE = _bolt_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MAGIC */ .mS >>> 0;
/** The early pass's reads (verify.ts's HASH_CHUNK_BYTES; the size does not change the digest). */
const EARLY_CHUNK_BYTES = 256 * 1024;
/**
 * The worker's code (inline, so the bundles need no second file): waits for one job, replies
 * with the sha256 of [0, length) of path. Its modules load while it waits.
 *
 * Given a file at boot (workerData.path: prewarmHashWorker's guess of the snapshot a restore is
 * about to read), it hashes it at once instead of waiting for the job, so the hash no longer
 * waits for our code to load and decide (~0.15 s). A job then takes that early digest only for
 * the same path and length, and when the file's stamp (dev:ino:size:mtimeNs:ctimeNs, as
 * source-identity.ts writes it) was the same before and after the early pass and equals the
 * stamp the job expects (the restore's own, taken when it decided to read the file in place):
 * else the job hashes the file again. A file that is not a plain bbolt file (no magic at bytes
 * 16..19, e.g. a compressed snapshot) is not hashed early.
 */
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { closeSync, constants, fstatSync, openSync, readSync } = require('node:fs')
const { createHash } = require('node:crypto')
function hashFd(fd, length, chunk) {
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunk, length)))
  for (let position = 0; position < length; ) {
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, length - position), position)
    if (n === 0) throw new Error('the file shrank while it was being read')
    hash.update(buffer.subarray(0, n))
    position += n
  }
  return hash.digest()
}
function stampOf(s) {
  return [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':')
}
let early
if (workerData && typeof workerData.path === 'string') {
  try {
    // O_NONBLOCK: a FIFO would otherwise block the open until a writer comes (no effect on files)
    const fd = openSync(workerData.path, constants.O_RDONLY | constants.O_NONBLOCK)
    try {
      const before = fstatSync(fd, { bigint: true })
      const head = Buffer.alloc(20)
      if (before.isFile() && readSync(fd, head, 0, 20, 0) === 20 && head.readUInt32LE(16) === ${MAGIC_LE}) {
        const size = Number(before.size)
        const length = size % 512 === 32 ? size - 32 : size
        const digest = hashFd(fd, length, workerData.chunk)
        const stamp = stampOf(before)
        if (stampOf(fstatSync(fd, { bigint: true })) === stamp)
          early = { path: workerData.path, length, stamp, digest }
      }
    } finally {
      closeSync(fd)
    }
  } catch {
    early = undefined // the job hashes the file itself, and says what is wrong with it
  }
}
parentPort.once('message', ({ path, length, chunk, stamp }) => {
  if (early && stamp !== undefined && early.stamp === stamp && early.path === path && early.length === length) {
    parentPort.postMessage({ digest: early.digest, early: true })
    return
  }
  const fd = openSync(path, 'r')
  try {
    parentPort.postMessage({ digest: hashFd(fd, length, chunk), early: false })
  } finally {
    closeSync(fd)
  }
})
`;
/** How many jobs took a prewarmed worker's early digest (for tests and the curious). */
let earlyTaken = 0;
function earlyDigestsTaken() {
    return earlyTaken;
}
/** A booted (or booting) worker no job has taken yet. */
let spare;
function bootWorker(early) {
    return new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(HASH_WORKER, {
        eval: true,
        ...(early !== undefined && { workerData: { path: early, chunk: EARLY_CHUNK_BYTES } })
    });
}
/**
 * Boots a hash worker now for a later hashInWorker. It does not keep the process alive while it
 * waits, and one that fails meanwhile is simply not used. Given `snapshot`, the file the run will
 * likely hash, it hashes it at once (see HASH_WORKER): a hashInWorker of that file with the
 * stamp it had then takes the digest as soon as it is ready.
 */
function prewarmHashWorker(snapshot) {
    if (spare !== undefined)
        return;
    const worker = bootWorker(snapshot);
    worker.unref();
    worker.on('error', () => undefined);
    worker.once('exit', () => {
        if (spare === worker)
            spare = undefined;
    });
    spare = worker;
}
/**
 * Stops the spare worker, if one was booted and no job took it (a restore that copies after all:
 * its hash is computed beside the copy instead).
 */
function releaseSpareHashWorker() {
    const worker = spare;
    spare = undefined;
    if (worker !== undefined)
        void worker.terminate();
}
/** Whether a prewarmed worker is waiting for a job (the CLI booted one at start). */
function hasSpareHashWorker() {
    return spare !== undefined;
}
function takeWorker() {
    const worker = spare;
    spare = undefined;
    if (worker === undefined)
        return bootWorker();
    worker.removeAllListeners('error');
    worker.ref();
    return worker;
}
/**
 * sha256 of the first `length` bytes of `path`, read `chunk` bytes at a time in a worker thread;
 * the job is handed over before this returns its promise (an async function runs up to its first
 * await). `signal` stops the worker (the promise then rejects with the signal's reason). `stamp`
 * (source-identity.ts's, of the file as the caller saw it) lets a prewarmed worker's early
 * digest of the same file stand (see HASH_WORKER); without it the file is always hashed anew.
 */
async function hashInWorker(path, length, chunk, signal, stamp) {
    signal?.throwIfAborted();
    const worker = takeWorker();
    let onAbort;
    let reply;
    try {
        reply = await new Promise((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`hash worker exited with code ${code}`)));
            onAbort = () => reject(signal.reason);
            signal?.addEventListener('abort', onAbort, { once: true });
            worker.postMessage({ path, length, chunk, stamp });
        });
    }
    catch (error) {
        await worker.terminate(); // stopped before its caller goes on (it may be reading the file)
        throw error;
    }
    finally {
        if (onAbort)
            signal?.removeEventListener('abort', onAbort);
    }
    // it has replied and ends by itself: its teardown (~10–20 ms) is not waited for
    worker.removeAllListeners();
    worker.on('error', () => undefined);
    void worker.terminate();
    if (reply.early)
        earlyTaken++;
    return Buffer.from(reply.digest);
}


/***/ }),

/***/ 96540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ readSnapshotDb),
/* harmony export */   XA: () => (/* binding */ inspectSnapshot)
/* harmony export */ });
/* unused harmony export inspectSnapshotFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _bolt_db_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45965);
/* harmony import */ var _bolt_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85727);
/* harmony import */ var _io_page_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62566);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(25216);
/* harmony import */ var _read_options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92250);
/* harmony import */ var _decompress_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(34693);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(97268);
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
    const checked = (db) => use(db, checkDb(db));
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


/***/ }),

/***/ 92250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XA: () => (/* binding */ SPARSE_READS),
  pi: () => (/* binding */ estimateFree),
  jI: () => (/* binding */ mostlyFree),
  o7: () => (/* binding */ readOptionsFor)
});

// UNUSED EXPORTS: SPARSE_FREE_SHARE

// EXTERNAL MODULE: ./src/lib/bolt/db.ts
var db = __webpack_require__(45965);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/bolt/page.ts
var bolt_page = __webpack_require__(34468);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(23574);
;// CONCATENATED MODULE: ./src/lib/bolt/compact/estimate.ts
/**
 * How many of a db's pages are free, estimated without a walk over its leaves: what a restore's
 * `auto` decides from, and how it chooses to read the file. Costs a few milliseconds on a 1 GB
 * snapshot: never a compaction, never a full walk.
 *
 * With a persisted freelist, its count is the answer (bbolt lists every page no tree reaches).
 * Without one (what etcd writes), every bucket's branch pages are read, and the leaves of the
 * root bucket (they name the buckets), but not the other leaves: the lowest branches name them.
 * A leaf spans its page plus its header's `overflow` pages (a value larger than a page: many
 * Kubernetes objects). Sorted by id, the page after a leaf's span is either the next page some
 * tree reaches or a free one, so the gap to the next known page start bounds each leaf's span:
 * a gap of one page is the span, exactly. Only the leaves with a longer gap are in doubt; their
 * page headers (16 bytes each) are read, all of them up to `maxHeaderReads`; past that, those
 * with gaps far longer than most, and a sample spread evenly over the others in id order, which
 * stands for all of them by its span-to-gap ratio (a first small sample, when it finds every
 * gap filled, as in a dense db: its gaps are its spans). A churned db's leaves are few.
 *
 * Leaves are not read for nested buckets: a bucket inside a bucket other than the root one (none
 * in an etcd db) is counted as free.
 */



/**
 * Leaf headers read at most, by default: 15–30 ms from the page cache on the shared VMs measured
 * (a read is a system call, 13–30 µs there), whatever the db's size.
 */
const MAX_HEADER_READS = 1024;
/** Leaf headers a first sampling pass reads (see estimateFreePages). */
const FIRST_SAMPLES = 128;
function estimateFreePages(db, options = {}) {
    const hwm = db.hwm;
    const result = (freePages, basis, pagesRead) => {
        const free = Math.min(hwm, Math.max(0, Math.round(freePages)));
        const freeShare = hwm > 0 ? free / hwm : 0;
        return { hwm, pageSize: db.pageSize, freePages: free, freeShare, basis, pagesRead };
    };
    if (db.meta.freelist !== null)
        return result(persistedFreeCount(db), 'freelist', 1);
    const trees = treeStarts(db);
    const doubt = leavesInDoubt(trees, hwm);
    const reads = Math.max(2, options.maxHeaderReads ?? MAX_HEADER_READS);
    const spans = new LeafSpans(db, doubt);
    if (doubt.n <= reads) {
        let reached = doubt.reached;
        for (let i = 0; i < doubt.n; i++)
            reached += spans.of(i);
        return result(hwm - reached, 'exact', trees.pagesRead + doubt.n);
    }
    const reached = doubt.reached + sampledSpans(doubt, spans, reads);
    return result(hwm - reached, 'sampled', trees.pagesRead + spans.headersRead);
}
/** A page's header, checked to be the page it should be. */
function pageHeader(db, id) {
    if (id < 2 || id >= db.hwm)
        throw new errors/* BoltFormatError */.Tb(`page id ${id} is outside [2, ${db.hwm})`, id);
    const position = id * db.pageSize;
    const bytes = db.source.readTransient?.(position, types/* PAGE_HEADER_SIZE */.ql) ??
        db.source.read(position, types/* PAGE_HEADER_SIZE */.ql);
    const h = (0,bolt_page/* decodePageHeader */.pM)(bytes);
    if (h.id !== id)
        throw new errors/* BoltFormatError */.Tb(`page header says id ${h.id}, expected ${id}`, id);
    return h;
}
/** The persisted freelist's count of free pages. */
function persistedFreeCount(db) {
    const h = pageHeader(db, db.meta.freelist);
    if (h.flags !== types/* PageFlag */.MR.freelist)
        throw new errors/* BoltFormatError */.Tb('the meta names a freelist page that is not one', h.id);
    if (h.count !== types/* FREELIST_COUNT_ESCAPE */.Dy)
        return h.count;
    return (0,bolt_page/* readU64Number */.tp)(db.source.read(h.id * db.pageSize + types/* PAGE_HEADER_SIZE */.ql, 8), 0);
}
/** Walks every bucket's branch pages (and the root bucket's leaves): where each tree's pages start. */
function treeStarts(db) {
    const t = {
        starts: [0, 2],
        spans: new Map([
            [0, 1],
            [1, 1]
        ]),
        pagesRead: 0
    };
    const known = (id, overflow) => {
        t.starts.push(id * 2);
        t.spans.set(id, overflow + 1);
    };
    /** Every bucket's tree at `root`; every leaf of a B+tree lies at the same depth. */
    const bucket = (root, nesting) => {
        // nesting 0 is the root bucket, 1 a top-level bucket (the checker's level 0)
        if (nesting > types/* MAX_BUCKET_NESTING */.XF) {
            throw new errors/* BoltFormatError */.Tb(`buckets nested deeper than ${types/* MAX_BUCKET_NESTING */.XF} levels`, root);
        }
        let leafDepth = 0;
        for (let id = root;; leafDepth++) {
            if (leafDepth >= types/* MAX_TREE_DEPTH */.is) {
                throw new errors/* BoltFormatError */.Tb(`bucket tree is deeper than ${types/* MAX_TREE_DEPTH */.is} levels`, root);
            }
            const page = db.page(id);
            t.pagesRead++;
            if ((0,bolt_page/* decodePageHeader */.pM)(page).flags !== types/* PageFlag */.MR.branch)
                break;
            id = (0,bolt_page/* branchElement */.Tu)(page, 0).pgid;
        }
        const visit = (id, depth) => {
            if (depth > leafDepth)
                throw new errors/* BoltFormatError */.Tb('tree deeper than its leftmost path', id);
            const page = db.page(id);
            t.pagesRead++;
            const h = (0,bolt_page/* decodePageHeader */.pM)(page);
            known(id, h.overflow);
            if (h.flags === types/* PageFlag */.MR.leaf) {
                for (let i = 0; i < h.count; i++) {
                    const e = (0,bolt_page/* leafElement */.DK)(page, i);
                    if ((e.flags & types/* BUCKET_LEAF_FLAG */.H2) === 0 || e.value.length < 8)
                        continue;
                    const sub = (0,bolt_page/* readU64Number */.tp)(e.value, 0);
                    if (sub > 0)
                        bucket(sub, nesting + 1);
                }
                return;
            }
            if (h.flags !== types/* PageFlag */.MR.branch)
                return;
            // the level above the leaves: a bucket's leaves are named, not read (the root bucket's
            // name the other buckets: read)
            const named = depth + 1 >= leafDepth && nesting > 0;
            for (let i = 0; i < h.count; i++) {
                const child = (0,bolt_page/* branchElement */.Tu)(page, i).pgid;
                if (named)
                    t.starts.push(child * 2 + 1);
                else
                    visit(child, depth + 1);
            }
        };
        visit(root, 0);
    };
    bucket(db.meta.root, 0);
    return t;
}
function leavesInDoubt(trees, hwm) {
    const sorted = Float64Array.from(trees.starts).sort();
    trees.starts.length = 0;
    const d = {
        reached: 0,
        ids: new Float64Array(sorted.length),
        gaps: new Float64Array(sorted.length),
        n: 0,
        pages: 0
    };
    for (let i = 0; i < sorted.length; i++) {
        const id = Math.floor(sorted[i] / 2);
        const next = i + 1 < sorted.length ? Math.floor(sorted[i + 1] / 2) : hwm;
        if (next === id)
            continue; // named twice: a corrupt tree, counted once
        if (sorted[i] % 2 === 0) {
            d.reached += trees.spans.get(id);
            continue;
        }
        const gap = next - id;
        if (gap <= 1) {
            d.reached += 1;
            continue;
        }
        d.ids[d.n] = id;
        d.gaps[d.n++] = gap;
        d.pages += gap;
    }
    return d;
}
/** The span of a leaf in doubt, from its header (read once). */
class LeafSpans {
    db;
    doubt;
    read = new Map();
    headersRead = 0;
    constructor(db, doubt) {
        this.db = db;
        this.doubt = doubt;
    }
    of(i) {
        let s = this.read.get(i);
        if (s === undefined) {
            s = Math.min(pageHeader(this.db, this.doubt.ids[i]).overflow + 1, this.doubt.gaps[i]);
            this.read.set(i, s);
            this.headersRead++;
        }
        return s;
    }
}
/**
 * Gaps far longer than most (a free run after a leaf: no sample's to guess) are read exactly,
 * up to a quarter of the reads, the longest first; the others are sampled evenly in id order
 * and stand for all of them by their span-to-gap ratio. A first pass of FIRST_SAMPLES that
 * finds no free page behind any leaf (a dense db) ends there; else the whole budget is read.
 * (Most: the median of an even sample of the gaps.) Returns the pages the leaves in doubt reach.
 */
function sampledSpans(doubt, spans, reads) {
    const { n, gaps } = doubt;
    const some = Float64Array.from({ length: reads }, (_, k) => gaps[Math.floor(((k + 0.5) * n) / reads)]).sort();
    const outlier = 8 * some[Math.floor(reads / 2)];
    let outliers = [];
    for (let i = 0; i < n; i++)
        if (gaps[i] > outlier)
            outliers.push(i);
    outliers = outliers.sort((a, b) => gaps[b] - gaps[a] || a - b).slice(0, Math.floor(reads / 4));
    const exact = new Set(outliers);
    let reached = 0;
    let restPages = doubt.pages;
    for (const i of outliers) {
        reached += spans.of(i);
        restPages -= gaps[i];
    }
    const restCount = n - exact.size;
    const sample = (count) => {
        let spanSum = 0;
        let gapSum = 0;
        const step = n / count;
        for (let k = 0; k < count; k++) {
            // evenly over all the leaves in doubt, the next one along when that one was read exactly
            let i = Math.floor((k + 0.5) * step);
            while (exact.has(i))
                i = (i + 1) % n;
            spanSum += spans.of(i);
            gapSum += gaps[i];
        }
        return { spans: spanSum, gaps: gapSum };
    };
    const budget = Math.max(1, Math.min(restCount, reads - outliers.length));
    let drawn = sample(Math.min(budget, FIRST_SAMPLES));
    if (drawn.spans !== drawn.gaps)
        drawn = sample(budget);
    return reached + (restPages * drawn.spans) / drawn.gaps;
}

// EXTERNAL MODULE: ./src/lib/io/page-file.ts + 2 modules
var page_file = __webpack_require__(62566);
;// CONCATENATED MODULE: ./src/lib/snapshot/read-options.ts
/**
 * How to read a snapshot's database where it lies. A dense file is walked about in file order:
 * 1 MiB chunks (FileByteFile's default) serve hundreds of pages each. A churned file's live pages
 * lie scattered through free ones, in no file order: a chunk then serves one page and is read
 * again and again (the strict check of a 250 MB churned snapshot: 0.36 s in 1 MiB chunks, 0.10 s
 * a page at a time, measured with an older checker).
 */



/**
 * One page per chunk, through a few reused buffers: larger chunks copy mostly free pages, and
 * touching fresh memory costs ~3.5 ms per MB on the VMs measured, more than reading a page again
 * from the page cache. A walk names each branch's children before it reads them (prefetch):
 * they are read in runs (read-ahead.ts). Measured, restore's compacting sweep (Node 24): a 165 MB
 * snapshot half free, its live pages about in key order, 0.52 s a page at a time → 0.41 s (1 MiB
 * chunks: 0.45–0.49 s); the 250 MB churned one, 0.25–0.29 s either way (1 MiB chunks: 0.7–0.86 s).
 */
const SPARSE_READS = {
    chunkSize: 4096,
    cacheBytes: 256 * 1024,
    readAhead: true
};
/** Free share from which a db file counts as sparse (the restore's `auto` compaction share). */
const SPARSE_FREE_SHARE = 0.2;
/**
 * The estimated free pages of the db in the first `dbSize` bytes of `path` (estimate.ts: branch
 * pages and some leaf headers, or the persisted freelist), or undefined when the file cannot be
 * read that way (the strict check then says why).
 */
function estimateFree(path, dbSize) {
    let file;
    try {
        file = page_file/* FileByteFile */.Ly.open(path, SPARSE_READS);
        return estimateFreePages(db/* BoltDb */.k.open((0,page_file/* limitByteSource */.FN)(file, dbSize)));
    }
    catch {
        return undefined;
    }
    finally {
        file?.close();
    }
}
/** Whether `estimate` (undefined: unknown) says at least `share` of the pages are free. */
function mostlyFree(estimate, share) {
    return estimate === undefined || estimate.freeShare >= share;
}
/** The reads that suit the db in the first `dbSize` bytes of `path` (see above). */
function readOptionsFor(path, dbSize) {
    return mostlyFree(estimateFree(path, dbSize), SPARSE_FREE_SHARE) ? SPARSE_READS : {};
}


/***/ }),

/***/ 81694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ assertUnchanged),
/* harmony export */   b: () => (/* binding */ plainSnapshot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bolt_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23574);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25216);
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


/***/ }),

/***/ 25216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ copyAndVerify),
  H8: () => (/* binding */ databaseBytes),
  Fo: () => (/* binding */ hashSnapshot),
  ot: () => (/* binding */ readTrailer),
  eZ: () => (/* binding */ verifyInPlace)
});

// UNUSED EXPORTS: TRAILER_BYTES, hasTrailer

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/bolt/db.ts
var db = __webpack_require__(45965);
// EXTERNAL MODULE: ./src/lib/bolt/meta.ts + 1 modules
var bolt_meta = __webpack_require__(64908);
// EXTERNAL MODULE: ./src/lib/io/page-file.ts + 2 modules
var page_file = __webpack_require__(62566);
// EXTERNAL MODULE: ./src/lib/bolt/types.ts
var types = __webpack_require__(23574);
;// CONCATENATED MODULE: ./src/lib/snapshot/classify.ts
/**
 * Tells apart what can be wrong with a copied snapshot, from its size, the trailer verdict and
 * the bbolt meta pages of the copy: a raw `member/snap/db` (no trailer), a truncated file, a
 * corrupt one, or something that is not a bbolt file at all. Each gets its own error class and
 * one line that names the sizes involved.
 */






/**
 * The newest valid meta, the way bbolt's db.meta() picks it, read without BoltDb's size checks
 * (so a truncated file still tells its size), and whether any meta page carries the bbolt magic.
 */
async function readMetas(path, size) {
    const fh = await (0,promises_.open)(path, 'r');
    try {
        const readAt = async (offset) => {
            if (offset + bolt_meta/* META_SIZE */.i6 > size)
                return undefined;
            const buf = new Uint8Array(bolt_meta/* META_SIZE */.i6);
            const { bytesRead } = await fh.read(buf, 0, bolt_meta/* META_SIZE */.i6, offset);
            return bytesRead === bolt_meta/* META_SIZE */.i6 ? buf : undefined;
        };
        let magicSeen = false;
        const valid = [];
        const consider = (page) => {
            if (!page)
                return undefined;
            if (new DataView(page.buffer).getUint32(types/* META_OFFSET */.Ei, true) === types/* MAGIC */.mS)
                magicSeen = true;
            if ((0,bolt_meta/* metaProblem */.zo)(page) !== null)
                return undefined;
            const meta = (0,bolt_meta/* decodeMeta */.ks)(page);
            valid.push(meta);
            return meta;
        };
        const meta0 = consider(await readAt(0));
        // Meta 1 sits one page further; without a valid meta 0, try every page size bbolt allows.
        const sizes = [];
        if (meta0)
            sizes.push(meta0.pageSize);
        else
            for (let ps = types/* MIN_PAGE_SIZE */.RA; ps <= types/* MAX_PAGE_SIZE */.H4; ps *= 2)
                sizes.push(ps);
        for (const ps of sizes) {
            const meta1 = consider(await readAt(ps));
            if (meta1 && meta1.pageSize === ps)
                break;
            if (meta1)
                valid.pop();
        }
        valid.sort((a, b) => (a.txid > b.txid ? -1 : a.txid < b.txid ? 1 : 0));
        return { meta: valid[0], magicSeen };
    }
    finally {
        await fh.close();
    }
}
/** BoltDb.open on the copy: the same acceptance rules every later step applies. */
function openBolt(path) {
    const file = page_file/* FileByteFile */.Ly.open(path);
    try {
        return { db: db/* BoltDb */.k.open(file) };
    }
    catch (error) {
        return { error };
    }
    finally {
        file.close();
    }
}
/**
 * Checks a finished copy at `path` (already without trailer). Returns its geometry, or throws the
 * one error that best explains what is wrong.
 */
async function classifyCopy(path, facts) {
    const { what, total, dbSize } = facts;
    if (dbSize < bolt_meta/* META_SIZE */.i6) {
        throw new errors/* SnapshotError */.JC(`${what} is only ${total} bytes: too small to be an etcd snapshot (not a bbolt database)`);
    }
    const { db, error } = openBolt(path);
    if (!db && !(error instanceof errors/* TruncatedSnapshotError */.rz)) {
        if (!(error instanceof errors/* SnapshotError */.JC))
            throw error;
        const { magicSeen } = await readMetas(path, dbSize);
        if (magicSeen && facts.hashMatches === false)
            throw mismatch(facts);
        throw new errors/* SnapshotError */.JC(magicSeen
            ? `${what} is not a usable etcd snapshot: ${error.message}`
            : `${what} is not an etcd snapshot: ${error.message}`, { cause: error });
    }
    const meta = db?.meta ?? (await readMetas(path, dbSize)).meta;
    if (!meta)
        throw error;
    const boltSize = meta.hwm * meta.pageSize;
    if (dbSize < boltSize) {
        const trailerNote = facts.trailer ? ' after removing a 32-byte trailer' : '';
        throw new errors/* TruncatedSnapshotError */.rz(`${what} is truncated: the database is ${dbSize} bytes${trailerNote} but its meta (txid ` +
            `${meta.txid}) says ${meta.hwm} pages × ${meta.pageSize} = ${boltSize} bytes`);
    }
    if (facts.hashMatches === false)
        throw mismatch(facts);
    if (!facts.trailer && !facts.skipHashCheck) {
        const rest = total % 512;
        throw new errors/* MissingHashError */.td(rest === 0
            ? `${what} has no sha256 trailer (${total} bytes, a multiple of 512): it looks like a raw ` +
                `member/snap/db copy; restore it with --skip-hash-check`
            : `${what} has no sha256 trailer (${total} bytes, size % 512 = ${rest}, a snapshot has 32); ` +
                `restore it with --skip-hash-check only if you trust it`);
    }
    return { pageSize: meta.pageSize, boltSize, meta };
}
function mismatch(facts) {
    return new errors/* HashMismatchError */.VM(`${facts.what}: sha256 mismatch: trailer ${facts.trailerHex} file ${facts.sha256Hex} — the snapshot is corrupt`);
}

// EXTERNAL MODULE: ./src/lib/snapshot/hash-worker.ts
var hash_worker = __webpack_require__(13085);
// EXTERNAL MODULE: ./src/lib/member-dir/write.ts
var write = __webpack_require__(38507);
// EXTERNAL MODULE: ./src/lib/snapshot/decompress.ts
var decompress = __webpack_require__(34693);
;// CONCATENATED MODULE: ./src/lib/snapshot/verify.ts
/**
 * Copies a snapshot to a staging path in one streaming pass (decompressing if needed), computing
 * the sha256 of the database bytes on the way and never writing the 32-byte trailer. etcd's rule
 * (format doc §5.1, `hasChecksum`): the file has a trailer iff its (decompressed) size % 512 == 32.
 * Then the copy's bbolt meta tells a raw db copy, a truncated file and a corrupt one apart.
 */









/** sha256.Size: the trailer `etcdctl snapshot save` appends. */
const TRAILER_BYTES = 32;
/** A trailer is present iff size % 512 == 32 (a bbolt file is a whole number of ≥512-byte pages). */
const TRAILER_ALIGNMENT = 512;
/** Whether a snapshot file of `fileSize` bytes ends with a sha256 trailer (the rule above). */
function hasTrailer(fileSize) {
    return fileSize % TRAILER_ALIGNMENT === TRAILER_BYTES;
}
/** The database bytes of a snapshot file of `fileSize` bytes: all but its trailer, if any. */
function databaseBytes(fileSize) {
    return hasTrailer(fileSize) ? fileSize - TRAILER_BYTES : fileSize;
}
/**
 * 1 MiB reads and writes: large enough for disk throughput. The buffers stay allocated until a
 * full GC, beside the strict sweep that follows (4 MiB: 24 MB; a 4 M-key restore --inventory on
 * Node 24: 151 → 149 MB peak).
 */
const CHUNK_BYTES = 1024 * 1024;
/** zlib's output chunk: measured on Node 24, 1 MiB decompresses ~2× faster than 64 KiB or 4 MiB. */
const DECOMPRESS_CHUNK_BYTES = 1024 * 1024;
/**
 * The in-place hash worker's reads: measured on a 250 MB file, 256 KiB-1 MiB hash ~10% faster
 * than 4 MiB (the buffer stays in the core's cache, and a fresh thread touches less new memory);
 * 256 KiB by a few ms beside a restore's work.
 */
const HASH_CHUNK_BYTES = 256 * 1024;
/** An fs error on the source as a one-line SnapshotError naming the file. */
function sourceError(error, path) {
    const code = error?.code;
    if (code === 'ENOENT')
        return new errors/* SnapshotError */.JC(`snapshot ${path} does not exist`, { cause: error });
    if (code === 'EACCES' || code === 'EPERM') {
        return new errors/* SnapshotError */.JC(`snapshot ${path} is not readable (permission denied)`, {
            cause: error
        });
    }
    if (code === 'EISDIR')
        return new errors/* SnapshotError */.JC(`snapshot ${path} is a directory, not a file`);
    if (typeof code === 'string') {
        return new errors/* SnapshotError */.JC(`cannot read snapshot ${path}: ${error.message}`, {
            cause: error
        });
    }
    return error instanceof Error ? error : new Error(String(error));
}
/**
 * The source's stat, refusing what is not a non-empty regular file. Synchronous: one stat call,
 * and verifyInPlace must start its worker before it first waits.
 */
function statSource(path) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(path);
    }
    catch (error) {
        throw sourceError(error, path);
    }
    if (st.isDirectory())
        throw new errors/* SnapshotError */.JC(`snapshot ${path} is a directory, not a file`);
    if (!st.isFile())
        throw new errors/* SnapshotError */.JC(`snapshot ${path} is not a regular file`);
    if (st.size === 0)
        throw new errors/* SnapshotError */.JC(`snapshot ${path} is empty (0 bytes)`);
    return st;
}
/** Refuses a destination that is the source itself: opening it for writing would wipe the snapshot. */
async function assertDistinct(src, destPath) {
    const dest = await (0,promises_.stat)(destPath).catch(() => undefined);
    if (dest && dest.dev === src.dev && dest.ino === src.ino) {
        throw new errors/* TargetError */.I0(`staging file ${destPath} is the snapshot itself; refusing to overwrite it`);
    }
}
/** Positional writes in flight at once: reading, hashing and writing overlap. */
const MAX_IN_FLIGHT = 4;
/**
 * Writes everything it is given except the last 32 bytes seen so far, hashing what it writes;
 * the held-back bytes become the trailer or are written at the end. Up to MAX_IN_FLIGHT writes
 * run while the caller reads and hashes the next chunks.
 */
class HoldBackSink {
    out;
    path;
    writebackEvery;
    tail = new Uint8Array(0);
    position = 0;
    inflight = [];
    hash = (0,external_node_crypto_.createHash)('sha256');
    total = 0;
    /** The background fdatasync in flight (see VerifyOptions.writebackEvery), settling to its error. */
    writeback = null;
    sinceWriteback = 0;
    constructor(out, path, writebackEvery = 0) {
        this.out = out;
        this.path = path;
        this.writebackEvery = writebackEvery;
    }
    /** `chunk` must stay untouched until MAX_IN_FLIGHT further pushes have returned. */
    async push(chunk) {
        this.total += chunk.length;
        let pieces;
        if (chunk.length >= TRAILER_BYTES) {
            pieces = [this.tail, chunk.subarray(0, chunk.length - TRAILER_BYTES)];
            // A copy: the caller reuses `chunk` (Buffer#slice would only be a view).
            this.tail = new Uint8Array(chunk.subarray(chunk.length - TRAILER_BYTES));
        }
        else {
            const joined = new Uint8Array(this.tail.length + chunk.length);
            joined.set(this.tail);
            joined.set(chunk, this.tail.length);
            const keep = Math.min(TRAILER_BYTES, joined.length);
            pieces = [joined.subarray(0, joined.length - keep)];
            this.tail = joined.slice(joined.length - keep);
        }
        pieces = pieces.filter((p) => p.length > 0);
        for (const p of pieces)
            this.hash.update(p);
        const bytes = pieces.reduce((n, p) => n + p.length, 0);
        if (bytes === 0)
            return;
        if (this.inflight.length >= MAX_IN_FLIGHT)
            await this.inflight.shift();
        const at = this.position;
        this.startWriteback(bytes);
        const write = writeFully(this.out, pieces, at).catch((error) => {
            if ((0,errors/* isNoSpace */.YV)(error))
                throw (0,errors/* diskFull */.xg)(error, this.path);
            throw new errors/* TargetError */.I0(`cannot write ${this.path} at byte ${at}: ${error.message}`, {
                cause: error
            });
        });
        write.catch(() => undefined); // awaited later; this only marks it handled
        this.inflight.push(write);
        this.position += bytes;
    }
    startWriteback(bytes) {
        this.sinceWriteback += bytes;
        if (this.writebackEvery <= 0 || this.sinceWriteback < this.writebackEvery)
            return;
        if (this.writeback !== null)
            return;
        this.sinceWriteback = 0;
        const started = this.out.datasync().then(() => {
            if (this.writeback === started)
                this.writeback = null;
            return undefined;
        }, (error) => error // kept: finish() reports it
        );
        this.writeback = started;
    }
    /** Flushes; returns the trailer when the size rule says there is one. */
    async finish() {
        while (this.inflight.length > 0)
            await this.inflight.shift();
        const failed = await this.writeback;
        if (failed !== undefined && failed !== null)
            throw failed;
        if (hasTrailer(this.total))
            return this.tail;
        if (this.tail.length > 0) {
            this.hash.update(this.tail);
            await writeFully(this.out, [this.tail], this.position);
            this.position += this.tail.length;
        }
        return undefined;
    }
    /** Waits for the writes in flight, ignoring their outcome (error path). */
    async settle() {
        await Promise.allSettled(this.inflight);
        await this.writeback;
        this.inflight = [];
    }
    get written() {
        return this.position;
    }
}
/**
 * writev, then plain writes for whatever a short write left (a full disk returns a short count
 * first, and ENOSPC only on the next call): a silently short copy would be blamed on the snapshot.
 */
async function writeFully(out, pieces, at) {
    const { bytesWritten } = await out.writev(pieces, at);
    const total = pieces.reduce((n, p) => n + p.length, 0);
    if (bytesWritten === total)
        return;
    const rest = Buffer.concat(pieces).subarray(bytesWritten);
    for (let done = 0; done < rest.length;) {
        const { bytesWritten: n } = await out.write(rest, done, rest.length - done, at + bytesWritten + done);
        if (n <= 0)
            throw new Error(`short write: ${bytesWritten + done} of ${total} bytes`);
        done += n;
    }
}
/** Copies an uncompressed source with positional reads into rotating buffers. */
async function copyRaw(src, size, sink, path, onProgress) {
    // One buffer per write in flight, one being hashed, one being read.
    const buffers = Array.from({ length: MAX_IN_FLIGHT + 2 }, () => Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size)));
    let position = 0;
    for (let i = 0; position < size; i++) {
        const buffer = buffers[i % buffers.length];
        const want = Math.min(buffer.length, size - position);
        const { bytesRead } = await src.read(buffer, 0, want, position);
        if (bytesRead === 0)
            throw new errors/* SnapshotError */.JC(`snapshot ${path} shrank while it was being read`);
        position += bytesRead;
        await sink.push(buffer.subarray(0, bytesRead));
        onProgress?.(position);
    }
}
async function copyDecompressed(path, compression, sink, onProgress) {
    const { stream, bytesRead } = (0,decompress/* openDecompressed */.TO)(path, compression, DECOMPRESS_CHUNK_BYTES);
    const head = new Uint8Array(BOLT_MAGIC_END);
    let headBytes = 0;
    try {
        for await (const chunk of stream) {
            if (headBytes < BOLT_MAGIC_END) {
                // Look at the first page before writing more: a compressed file of zeros (a "bomb")
                // would otherwise fill the disk before the structural check could refuse it.
                const piece = chunk.subarray(0, BOLT_MAGIC_END - headBytes);
                head.set(piece, headBytes);
                headBytes += piece.length;
                if (headBytes === BOLT_MAGIC_END && !hasBoltMagic(head)) {
                    throw new errors/* SnapshotError */.JC(`${path}: ${compression} data is not an etcd snapshot: its first page has no bbolt magic (refused before decompressing further)`);
                }
            }
            await sink.push(chunk);
            onProgress?.(bytesRead());
        }
    }
    catch (error) {
        throw (0,decompress/* decompressError */.CG)(error, path, compression);
    }
    finally {
        stream.destroy();
    }
}
/** The meta's magic sits at bytes 16..19 of page 0 (bbolt-format §2.1). */
const BOLT_MAGIC_END = 20;
function hasBoltMagic(head) {
    return new DataView(head.buffer, head.byteOffset, 20).getUint32(16, true) === types/* MAGIC */.mS;
}
/** Runs a step on the staging file; an fs error there is the target's problem, not the snapshot's. */
async function destIo(destPath, step) {
    try {
        return await step();
    }
    catch (error) {
        if (error instanceof errors/* RestoreError */.DZ)
            throw error;
        if ((0,errors/* isNoSpace */.YV)(error))
            throw (0,errors/* diskFull */.xg)(error, destPath);
        throw new errors/* TargetError */.I0(`cannot write ${destPath}: ${error.message}`, { cause: error });
    }
}
function sameBytes(a, b) {
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}
/**
 * Copies the snapshot `srcPath` to `destPath` (created 0600, fsynced unless `opts.fsync` is false) without its trailer, and
 * checks it (format doc §5.1 plus the bbolt meta). Throws MissingHashError, TruncatedSnapshotError,
 * HashMismatchError or SnapshotError; on any error `destPath` is removed. `srcPath` is only read.
 */
async function copyAndVerify(srcPath, destPath, opts) {
    opts.digest?.catch(() => undefined); // awaited below (if used); this only marks it handled
    const srcStat = statSource(srcPath);
    await assertDistinct(srcStat, destPath);
    let src;
    let out;
    let sink;
    try {
        src = await (0,promises_.open)(srcPath, 'r').catch((error) => {
            throw sourceError(error, srcPath);
        });
        const head = Buffer.alloc(decompress/* MAGIC_BYTES */.kP);
        await src.read(head, 0, decompress/* MAGIC_BYTES */.kP, 0);
        const compression = (0,decompress/* detectCompression */.IR)(head);
        const digest = compression === 'none' ? opts.digest : undefined;
        if (digest !== undefined) {
            await src.close();
            src = undefined;
            return await copyPlainInKernel(srcPath, destPath, srcStat.size, digest, opts);
        }
        out = await (0,promises_.open)(destPath, 'w', 0o600).catch((error) => {
            if ((0,errors/* isNoSpace */.YV)(error))
                throw (0,errors/* diskFull */.xg)(error, destPath);
            throw new errors/* TargetError */.I0(`cannot create ${destPath}: ${error.message}`, {
                cause: error
            });
        });
        await out.chmod(0o600);
        sink = new HoldBackSink(out, destPath, opts.writebackEvery);
        try {
            if (compression === 'none')
                await copyRaw(src, srcStat.size, sink, srcPath, opts.onProgress);
            else
                await copyDecompressed(srcPath, compression, sink, opts.onProgress);
        }
        catch (error) {
            throw sourceError(error, srcPath);
        }
        const trailer = await destIo(destPath, async () => {
            const t = await sink.finish();
            if (opts.fsync !== false)
                await out.sync();
            await out.close();
            return t;
        });
        out = undefined;
        const total = sink.total;
        const dbSize = sink.written;
        const sha256 = sink.hash.digest();
        const what = compression === 'none' ? srcPath : `${srcPath} (${compression}, ${total} bytes decompressed)`;
        return await verdict(destPath, {
            what,
            fileSize: srcStat.size,
            compression,
            total,
            dbSize,
            trailer,
            sha256,
            skipHashCheck: opts.skipHashCheck
        });
    }
    catch (error) {
        await sink?.settle();
        await out?.close().catch(() => undefined);
        await (0,promises_.rm)(destPath, { force: true }).catch(() => undefined);
        throw error;
    }
    finally {
        await src?.close().catch(() => undefined);
    }
}
/**
 * copyAndVerify for a plain file whose hash comes from elsewhere (`digest`): nothing needs to pass
 * through this thread, so the kernel copies it (a reflink where the file system can, else
 * copy_file_range, in the thread pool, as the restore copies its other members), the copy is cut
 * to the database bytes and the trailer read from the source. A source that is not `total` bytes
 * long any more changed while it was read.
 */
async function copyPlainInKernel(srcPath, destPath, total, digest, opts) {
    const dbSize = databaseBytes(total);
    await destIo(destPath, () => (0,promises_.copyFile)(srcPath, destPath, external_node_fs_.constants.COPYFILE_FICLONE));
    const copied = (await (0,promises_.stat)(destPath)).size;
    if (copied !== total)
        throw new errors/* SnapshotError */.JC(`snapshot ${srcPath} changed while it was being read`);
    // 0600 (copyFile gives it the source's mode) and cut to the database bytes
    const change = { mode: 0o600, size: dbSize };
    await destIo(destPath, async () => {
        if (opts.fsync !== false)
            return await (0,write/* syncFile */.gD)(destPath, change);
        await (0,promises_.chmod)(destPath, change.mode);
        await (0,promises_.truncate)(destPath, change.size);
    });
    opts.onProgress?.(total);
    const trailer = hasTrailer(total) ? readTrailer(srcPath, total) : undefined;
    return await verdict(destPath, {
        what: srcPath,
        fileSize: total,
        compression: 'none',
        total,
        dbSize,
        trailer,
        sha256: await digest,
        skipHashCheck: opts.skipHashCheck
    });
}
/**
 * copyAndVerify's checks for a plain (uncompressed) snapshot read where it lies, without a copy:
 * the trailer rule and sha256 of the database bytes, then the file's bbolt meta (classifyCopy).
 * For a restore that writes a new database from the snapshot instead of copying it. The hash runs
 * in a worker thread that is started before this returns, so whatever the caller does next on
 * the main thread (synchronous checks, the compaction) overlaps it. `signal` stops the worker
 * (the promise then rejects with the signal's reason). `stamp`: the file's, as the caller saw it
 * (source-identity.ts), so a prewarmed worker's early digest of it can stand (hash-worker.ts).
 */
function verifyInPlace(srcPath, opts) {
    let total;
    let trailer;
    try {
        total = statSource(srcPath).size;
        // read now: once the hash arrives, the verdict is synchronous (no thread-pool round trips)
        if (hasTrailer(total))
            trailer = readTrailer(srcPath, total);
    }
    catch (error) {
        return Promise.reject(sourceError(error, srcPath));
    }
    const dbSize = trailer === undefined ? total : total - TRAILER_BYTES;
    const hashing = hashSnapshot(srcPath, dbSize, opts.signal, opts.stamp);
    return finishInPlace(srcPath, total, dbSize, trailer, hashing, opts.skipHashCheck);
}
/** The last TRAILER_BYTES of the snapshot file at `path`, `total` bytes long. */
function readTrailer(path, total) {
    const trailer = Buffer.alloc(TRAILER_BYTES);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        if ((0,external_node_fs_.readSync)(fd, trailer, 0, TRAILER_BYTES, total - TRAILER_BYTES) !== TRAILER_BYTES) {
            throw new errors/* SnapshotError */.JC(`snapshot ${path} shrank while it was being read`);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return trailer;
}
async function finishInPlace(srcPath, total, dbSize, trailer, hashing, skipHashCheck) {
    try {
        const sha256 = await hashing;
        return await verdict(srcPath, {
            what: srcPath,
            fileSize: total,
            compression: 'none',
            total,
            dbSize,
            trailer,
            sha256,
            skipHashCheck
        });
    }
    catch (error) {
        throw sourceError(error, srcPath);
    }
}
/**
 * The end of both verifying passes: the trailer rule and hash verdict, then the bbolt meta of the
 * database at `dbPath` (classifyCopy throws the one distinct error for a raw copy, a truncated or
 * a corrupt file), as a VerifiedCopy.
 */
async function verdict(dbPath, read) {
    const { trailer, sha256, skipHashCheck } = read;
    const meta = await classifyCopy(dbPath, {
        what: read.what,
        total: read.total,
        dbSize: read.dbSize,
        trailer: trailer !== undefined,
        hashMatches: trailer === undefined || skipHashCheck ? undefined : sameBytes(trailer, sha256),
        skipHashCheck,
        trailerHex: trailer ? Buffer.from(trailer).toString('hex') : undefined,
        sha256Hex: sha256.toString('hex')
    });
    return {
        fileSize: read.fileSize,
        compression: read.compression,
        dbSize: read.dbSize,
        sha256: sha256.toString('hex'),
        ...(trailer ? { trailer: Buffer.from(trailer).toString('hex') } : {}),
        hash: trailer === undefined ? 'absent' : skipHashCheck ? 'skipped' : 'verified',
        pageSize: meta.pageSize,
        boltSize: meta.boltSize
    };
}
/**
 * sha256 of the first `length` bytes of the snapshot at `path`, in a worker thread (hashInWorker),
 * its failures as the snapshot's (an abort passes through as it is).
 */
async function hashSnapshot(path, length, signal, stamp) {
    try {
        return await (0,hash_worker/* hashInWorker */.mC)(path, length, HASH_CHUNK_BYTES, signal, stamp);
    }
    catch (error) {
        if (signal?.aborted && error === signal.reason)
            throw error;
        throw new errors/* SnapshotError */.JC(`cannot read snapshot ${path}: ${error.message}`, {
            cause: error
        });
    }
}


/***/ }),

/***/ 87471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, kept equal to package.json's (a test checks); part of cache keys and reports. */
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 44726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ crc32cUpdate),
/* harmony export */   Ey: () => (/* binding */ crc32cCombine),
/* harmony export */   dc: () => (/* binding */ crc32c)
/* harmony export */ });
/**
 * CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) in Go's `crc32.Update(prev, table, data)`
 * convention: `crc32cUpdate(crc32cUpdate(0, a), b) === crc32c(a ‖ b)`. etcd chains WAL record CRCs
 * and checks `.snap` payloads with it; HashKV hashes every key entry of a db, hence slicing-by-16.
 */
const POLY = 0x82f63b78;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/**
 * TABLE[256·k + b]: the CRC of byte b followed by k zero bytes, k < 16 (slicing-by-16, one flat
 * array: measured ~25% faster than slicing-by-8 over 1.5 kB values, warm and cold).
 */
const TABLE = buildTable();
function buildTable() {
    const table = new Uint32Array(16 * 256);
    for (let b = 0; b < 256; b++) {
        let c = b;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
        table[b] = c >>> 0;
    }
    for (let k = 1; k < 16; k++) {
        for (let b = 0; b < 256; b++) {
            const prev = table[256 * (k - 1) + b];
            table[256 * k + b] = ((prev >>> 8) ^ table[prev & 0xff]) >>> 0;
        }
    }
    return table;
}
/** Go `crc32.Update(prev, castagnoliTable, bytes)`; returns an unsigned 32-bit number. */
function crc32cUpdate(prev, bytes) {
    const t = TABLE;
    let crc = ~prev >>> 0;
    const n = bytes.length;
    let i = 0;
    // Align to 4 bytes, then read four little-endian words per step through a Uint32Array view.
    while (i < n && ((bytes.byteOffset + i) & 3) !== 0)
        crc = t[(crc ^ bytes[i++]) & 0xff] ^ (crc >>> 8);
    const words = LITTLE_ENDIAN ? Math.floor((n - i) / 16) * 4 : 0;
    if (words > 0) {
        const view = wordsOf(bytes.buffer);
        const first = (bytes.byteOffset + i) >>> 2;
        for (let w = first; w < first + words; w += 4) {
            const a = crc ^ view[w];
            const b = view[w + 1];
            const c = view[w + 2];
            const d = view[w + 3];
            crc =
                t[3840 + (a & 0xff)] ^
                    t[3584 + ((a >>> 8) & 0xff)] ^
                    t[3328 + ((a >>> 16) & 0xff)] ^
                    t[3072 + (a >>> 24)] ^
                    t[2816 + (b & 0xff)] ^
                    t[2560 + ((b >>> 8) & 0xff)] ^
                    t[2304 + ((b >>> 16) & 0xff)] ^
                    t[2048 + (b >>> 24)] ^
                    t[1792 + (c & 0xff)] ^
                    t[1536 + ((c >>> 8) & 0xff)] ^
                    t[1280 + ((c >>> 16) & 0xff)] ^
                    t[1024 + (c >>> 24)] ^
                    t[768 + (d & 0xff)] ^
                    t[512 + ((d >>> 8) & 0xff)] ^
                    t[256 + ((d >>> 16) & 0xff)] ^
                    t[d >>> 24];
        }
        i += words * 4;
    }
    while (i < n)
        crc = t[(crc ^ bytes[i++]) & 0xff] ^ (crc >>> 8);
    return ~crc >>> 0;
}
/**
 * A word view of the buffer hashed last: values come as views of a few reused page buffers, and
 * a view per call was ~4 MB of a churned restore's ~50 MB of allocation (one buffer stays
 * referenced here).
 */
let wordsBuffer = null;
let wordsView = new Uint32Array(0);
function wordsOf(buffer) {
    if (buffer !== wordsBuffer || wordsView.length !== buffer.byteLength >>> 2) {
        wordsBuffer = buffer;
        wordsView = new Uint32Array(buffer, 0, buffer.byteLength >>> 2);
    }
    return wordsView;
}
/** CRC-32C of `bytes` from a zero start (Go `crc32.Checksum(bytes, castagnoliTable)`). */
function crc32c(bytes) {
    return crc32cUpdate(0, bytes);
}
/**
 * Polynomial product a·b modulo the CRC polynomial, in the reflected bit order the CRC uses
 * (bit 31 is x^0). The building block of crc32cCombine.
 */
function multiplyModPoly(a, b) {
    let product = 0;
    for (let bit = 0x8000_0000; bit !== 0; bit >>>= 1) {
        if ((a & bit) !== 0) {
            product ^= b;
            if ((a & (bit - 1)) === 0)
                break;
        }
        b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
    }
    return product >>> 0;
}
/** X_POW_2N[k] = x^(2^k) modulo the polynomial (reflected): what 2^k zero bits multiply by. */
const X_POW_2N = (() => {
    const table = new Uint32Array(64);
    let p = 0x4000_0000; // x^1
    for (let k = 0; k < 64; k++) {
        table[k] = p;
        p = multiplyModPoly(p, p);
    }
    return table;
})();
/**
 * CRC-32C of `a ‖ b` from crc32c(a), crc32c(b) and b's length, without the bytes: appending b
 * multiplies a's register by x^(8·len) (mod the polynomial) and adds b's. HashKV uses it to
 * hash entries whose inclusion is only known after later ones were read.
 */
function crc32cCombine(crcA, crcB, lengthB) {
    if (!Number.isSafeInteger(lengthB) || lengthB < 0) {
        throw new RangeError(`crc32cCombine: length ${lengthB} is not a byte count`);
    }
    return (multiplyModPoly(shiftFor(lengthB), crcA) ^ crcB) >>> 0;
}
/** x^(8·length) by length, for the lengths seen last: entries of a db repeat their sizes. */
const SHIFTS = new Map();
const MAX_SHIFTS = 4096;
function shiftFor(length) {
    let shift = SHIFTS.get(length);
    if (shift !== undefined)
        return shift;
    // the set bits of length, each a power of two of bits (k + 3: 8 = 2^3)
    shift = 0x8000_0000; // x^0
    for (let n = length, k = 3; n > 0; n = Math.floor(n / 2), k++) {
        if (n % 2 === 1)
            shift = multiplyModPoly(X_POW_2N[k], shift);
    }
    if (SHIFTS.size >= MAX_SHIFTS)
        SHIFTS.clear();
    SHIFTS.set(length, shift);
    return shift;
}


/***/ })

};
