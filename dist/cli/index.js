import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3574:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 7268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ RestoreError),
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   I0: () => (/* binding */ TargetError),
/* harmony export */   JC: () => (/* binding */ SnapshotError),
/* harmony export */   N3: () => (/* binding */ UndecryptableError),
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
/* unused harmony export ExitCode */
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
class UndecryptableError extends RestoreError {
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

/***/ 4068:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
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

/***/ 3085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ prewarmHashWorker),
/* harmony export */   T6: () => (/* binding */ releaseSpareHashWorker),
/* harmony export */   mC: () => (/* binding */ hashInWorker),
/* harmony export */   qS: () => (/* binding */ hasSpareHashWorker)
/* harmony export */ });
/* unused harmony export earlyDigestsTaken */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bolt_types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3574);
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

/***/ 7471:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, kept equal to package.json's (a test checks); part of cache keys and reports. */
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __nccwpck_require__(7268);
// EXTERNAL MODULE: ./src/lib/version.ts
var version = __nccwpck_require__(7471);
// EXTERNAL MODULE: ./src/lib/snapshot/hash-worker.ts
var hash_worker = __nccwpck_require__(3085);
;// CONCATENATED MODULE: ./src/cli/commands/index.ts
/**
 * Every command: the words that select it and its summary, here; its code is loaded only when it
 * runs. (A CLI run pays to load every module it imports: the drill's alone cost ~40 ms of a
 * restore's start.)
 */

/**
 * Whether a restore with these flags may compact its snapshot in place, the case that hashes it
 * in a worker thread: unless --defrag never (or help). `auto` decides only once its code has
 * loaded and its estimate of the free pages is read (~0.15 s in); a worker booted then put its
 * boot (~0.1 s) and the whole hash on the restore's critical path (churned 250 MB: 0.69 s against
 * a 0.42 s floor). Booted at start, it loads beside our code and hashes the snapshot at once
 * (snapshotGuess); a restore that copies a plain file takes that digest too (its copy then does
 * not hash), and one of a compressed file stops it unused (releaseSpareHashWorker).
 */
function mayHashInWorker(argv) {
    return defragOf(argv) !== 'never' && !asksForHelp(argv);
}
/** The last --defrag given (as parseFlags takes it), or undefined. */
function defragOf(argv) {
    let defrag;
    argv.forEach((arg, i) => {
        if (arg === '--defrag')
            defrag = argv[i + 1];
        else if (arg.startsWith('--defrag='))
            defrag = arg.slice('--defrag='.length);
    });
    return defrag;
}
/** Flags of `snapshot restore` that take no value (the others take the next word). */
const RESTORE_BOOLEANS = new Set([
    '--skip-hash-check',
    '--mark-compacted',
    '--inventory',
    '--help',
    '-h'
]);
/**
 * The restore's snapshot argument as its flags will parse (the first word that is no flag nor a
 * flag's value), for the prewarmed worker to hash at once. A wrong guess costs only that early
 * pass: the worker's digest is taken only for the file the restore then reads (hash-worker.ts).
 */
function snapshotGuess(argv) {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--')
            return argv[i + 1];
        if (!arg.startsWith('-') || arg === '-')
            return arg;
        if (!arg.includes('=') && !RESTORE_BOOLEANS.has(arg))
            i++; // its value
    }
    return undefined;
}
function asksForHelp(argv) {
    return argv.includes('--help') || argv.includes('-h');
}
const commands = [
    {
        path: ['snapshot', 'restore'],
        summary: 'restore data-dirs from a snapshot',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(558), __nccwpck_require__.e(128), __nccwpck_require__.e(392), __nccwpck_require__.e(823)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1392))).restoreCommand,
        prepare: (argv) => {
            if (mayHashInWorker(argv))
                (0,hash_worker/* prewarmHashWorker */.Lb)(snapshotGuess(argv));
        }
    },
    {
        path: ['snapshot', 'status'],
        summary: 'show what a snapshot holds (etcdctl-compatible numbers and more)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(251), __nccwpck_require__.e(558), __nccwpck_require__.e(3), __nccwpck_require__.e(128), __nccwpck_require__.e(206)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7206))).statusCommand,
        // the snapshot's sha256 is computed in a worker thread beside the status sweep
        prepare: (argv) => {
            if (!asksForHelp(argv))
                (0,hash_worker/* prewarmHashWorker */.Lb)();
        }
    },
    {
        path: ['snapshot', 'hashkv'],
        summary: "compute etcd's HashKV offline",
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(558), __nccwpck_require__.e(340)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1340))).hashkvCommand
    },
    {
        path: ['drill'],
        summary: 'restore, boot with real etcd and verify (a restore drill)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(251), __nccwpck_require__.e(79), __nccwpck_require__.e(558), __nccwpck_require__.e(3), __nccwpck_require__.e(128), __nccwpck_require__.e(392), __nccwpck_require__.e(963)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3963))).drillCommand
    },
    {
        path: ['snapshot', 'inventory'],
        summary: 'count keys by Kubernetes kind, prefix and namespace',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(251), __nccwpck_require__.e(558), __nccwpck_require__.e(3), __nccwpck_require__.e(85)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1797))).inventoryCommand
    },
    {
        path: ['snapshot', 'diff'],
        summary: 'compare two backups by kind and prefix; fail on lost content',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(251), __nccwpck_require__.e(558), __nccwpck_require__.e(3), __nccwpck_require__.e(217)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7105))).diffCommand
    }
];

;// CONCATENATED MODULE: ./src/cli/main.ts



const usage = `etcd-restore ${version/* TOOL_VERSION */.w}: verify an etcd v3 snapshot and restore data-dirs for a whole cluster

Usage:
${commands.map((c) => `  etcd-restore ${c.path.join(' ').padEnd(18)} ${c.summary}`).join('\n')}
  etcd-restore version            print the version

Run 'etcd-restore <command> --help' for the flags of a command.
`;
/** Dispatches argv to a command and returns the exit code. */
async function main(argv) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
        process.stdout.write(usage);
        return 0;
    }
    if (argv[0] === 'version' || argv[0] === '--version') {
        process.stdout.write(`etcd-restore ${version/* TOOL_VERSION */.w}\n`);
        return 0;
    }
    const command = commands.find((c) => c.path.every((word, i) => argv[i] === word));
    if (!command) {
        if (argv[0] === 'snapshot' && (argv.length === 1 || argv[1]?.startsWith('-'))) {
            process.stdout.write(usage);
            return 0;
        }
        throw new errors/* InputError */.dz(`unknown command "${argv.slice(0, 2).join(' ')}" (see 'etcd-restore --help')`);
    }
    const rest = argv.slice(command.path.length);
    command.prepare?.(rest);
    return (await command.load()).run(rest);
}

// EXTERNAL MODULE: ./src/lib/interrupt.ts
var interrupt = __nccwpck_require__(4068);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./src/lib/heap.ts



/**
 * Keeps V8's young generation at its first size (1 MB semi-spaces on Node 20). V8 doubles it up
 * to 16 MB as bytes survive scavenges, which a sweep of millions of keys always adds up to,
 * though little is alive at any time: 32 MB more RSS for nothing (issue 28: the inventory of a
 * 4 M-key snapshot, 166 → 137 MB peak). The flag is read at each growth, so setting it at start
 * is enough; --max-semi-space-size is read only when the heap is made (no effect here). "At
 * start" means before the code is loaded: evaluating the action's bundle (7.7 MB) grew the young
 * generation to 8 MB semi-spaces under Node 24, and it never shrinks back on its own (the
 * download then peaked at ~152 MB RSS instead of ~110 MB), so the action's entry sets it and
 * only then imports the rest.
 */
function keepYoungGenerationSmall() {
    external_node_v8_default().setFlagsFromString('--semi-space-growth-factor=1');
}
let trace;
let sampler;
/**
 * A debugging aid: with ETCD_RESTORE_TRACE_MEMORY=1, memory is sampled every 50 ms and, when
 * the next phase starts (and at exit), the phase's peaks are written to stderr: `memory: <phase>:
 * rss … heapTotal … heapUsed … external … arrayBuffers … newSpace … (VmHWM …, RssAnon …, RssFile …)`. Off, it
 * does nothing.
 */
function memoryPhase(name) {
    if (process.env.ETCD_RESTORE_TRACE_MEMORY !== '1')
        return;
    if (!sampler) {
        sampler = setInterval(sampleMemory, 50).unref();
        process.once('exit', () => endPhase());
    }
    endPhase();
    trace = {
        phase: name,
        started: Date.now(),
        newSpace: 0,
        peak: { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }
    };
    sampleMemory();
}
function sampleMemory() {
    if (!trace)
        return;
    const usage = process.memoryUsage();
    const peak = trace.peak;
    for (const key of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'])
        peak[key] = Math.max(peak[key], usage[key]);
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    trace.newSpace = Math.max(trace.newSpace, young?.space_size ?? 0);
}
function endPhase() {
    if (!trace)
        return;
    sampleMemory();
    const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MB`;
    const { peak } = trace;
    process.stderr.write(`memory: ${trace.phase} (${Date.now() - trace.started} ms): rss ${mb(peak.rss)}, ` +
        `heapTotal ${mb(peak.heapTotal)}, heapUsed ${mb(peak.heapUsed)}, external ${mb(peak.external)}, ` +
        `arrayBuffers ${mb(peak.arrayBuffers)}, newSpace ${mb(trace.newSpace)} (${procStatus()})\n`);
    trace = undefined;
}
/** The process's peak RSS so far and what its RSS is made of now, from /proc (Linux). */
function procStatus() {
    try {
        const status = readFileSync('/proc/self/status', 'utf8');
        const field = (name) => new RegExp(`${name}:\\s*(\\d+ kB)`).exec(status)?.[1] ?? '?';
        return ['VmHWM', 'RssAnon', 'RssFile'].map((f) => `${f} ${field(f)}`).join(', ');
    }
    catch {
        return 'no /proc';
    }
}
/** Growth of Buffer memory since the last collection that triggers the next one. */
const RECLAIM_AFTER_BYTES = (/* unused pure expression or super */ null && (24 << 20));
let reclaimer;
/**
 * Collects garbage whenever the process's Buffer (ArrayBuffer) memory has grown by
 * RECLAIM_AFTER_BYTES since the last collection, checked every 50 ms. V8 counts Buffers as
 * external memory and starts a collection only once they grew by ~64 MB: the upload path (the
 * artifact client's 8 MiB reads and the copies of them it sends as blocks) drops Buffers faster
 * than that, and the dropped ones stayed in RSS until then. `gc` comes from --expose-gc set at
 * run time, kept out of the global scope. Collects once at once; returns a stop function.
 */
function reclaimDroppedBuffers() {
    if (reclaimer)
        return () => { };
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc');
    let floor = 0;
    const collect = () => {
        gc();
        floor = process.memoryUsage().arrayBuffers;
    };
    const timer = setInterval(() => {
        const now = process.memoryUsage().arrayBuffers;
        if (now < floor)
            floor = now;
        if (now - floor >= RECLAIM_AFTER_BYTES)
            collect();
    }, 50).unref();
    reclaimer = { timer, collect };
    collect();
    return () => {
        clearInterval(timer);
        reclaimer = undefined;
    };
}
/**
 * While reclaimDroppedBuffers runs, collects garbage now: where a step has just dropped its
 * Buffers (an upload's 8 MiB blocks and reads, ~60 MB) and the next is about to allocate its own,
 * so the two never add up in RSS. Otherwise nothing.
 */
function reclaimNow() {
    reclaimer?.collect();
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/cli/compile-cache.ts
/**
 * V8's compile cache for the CLI's own code, where Node has one (≥ 22.1:
 * module.enableCompileCache; Node 20 has none, and nothing happens). A restore loads ~0.8 MB of
 * our JS at start; compiled once and cached, later runs skip most of that compile (Node keeps one
 * cache entry per file, checked against a hash of its source and V8's version and flags, so a
 * changed bundle or Node is simply compiled again).
 *
 * The cache lives in the user's own cache folder ($XDG_CACHE_HOME or ~/.cache, then
 * etcd-restore/node-compile-cache), not in a shared temporary folder: a cache is code this
 * process runs, and another user must not be able to plant one. NODE_COMPILE_CACHE, when set,
 * wins (Node enabled it before our code ran); NODE_DISABLE_COMPILE_CACHE=1 or
 * ETCD_RESTORE_COMPILE_CACHE=0 turn it off. A folder that cannot be written only costs the cache;
 * a home folder that does not exist gets none (Node would create the whole path).
 */




function enableCompileCache(env = process.env) {
    const enable = (external_node_module_default()).enableCompileCache;
    if (typeof enable !== 'function' || env.ETCD_RESTORE_COMPILE_CACHE === '0')
        return;
    if (env.NODE_COMPILE_CACHE)
        return; // Node's own setting: already on, in the folder it names
    try {
        const xdg = env.XDG_CACHE_HOME;
        const home = (0,external_node_os_.homedir)();
        // never a home folder that is not there (a system user's HOME=/nonexistent): Node would make it
        if (!(xdg && (0,external_node_path_.isAbsolute)(xdg)) && !(0,external_node_fs_.statSync)(home, { throwIfNoEntry: false })?.isDirectory())
            return;
        const base = xdg && (0,external_node_path_.isAbsolute)(xdg) ? xdg : (0,external_node_path_.join)(home, '.cache');
        enable((0,external_node_path_.join)(base, 'etcd-restore', 'node-compile-cache'));
    }
    catch {
        // no home, or a Node that refuses: the run goes on uncached
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// Error boundary of `etcd-restore`: nothing can fail before the catch is in place.





// before the commands' code loads: see compile-cache.ts (Node ≥ 22.1)
enableCompileCache();
keepYoungGenerationSmall(); // before the first sweep: see heap.ts
// SIGINT/SIGTERM/SIGHUP: every etcd stopped, every temp and staging folder removed, one line,
// exit 130/143/129 (src/lib/interrupt.ts).
(0,interrupt/* installInterruptHandlers */.cE)();
// A reader that goes away (`… -w json | head -c1`) is not an error of ours: the work is done, so
// stop writing quietly instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE')
        throw error;
});
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`Error: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
    if (process.env.ETCD_RESTORE_DEBUG && error instanceof Error)
        process.stderr.write(`${error.stack}\n`);
    process.exitCode = (0,errors/* exitCodeOf */.FO)(error);
});

