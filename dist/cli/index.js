import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 5036:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ hashInWorker),
  L: () => (/* binding */ prewarmHashWorker)
});

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/lib/snapshot/hash-worker.ts
/**
 * sha256 of a file's first bytes, computed in a worker thread while the main thread does other
 * work. A worker takes ~70 ms to boot (Node 24 here, idle; more beside a busy main thread), so a
 * run that will likely hash a snapshot can boot one as it starts (prewarmHashWorker), while its
 * own code still loads; hashInWorker then takes that one.
 */

/**
 * The worker's code (inline, so the bundles need no second file): waits for one job, replies
 * with the sha256 of [0, length) of path. Its modules load while it waits.
 */
const HASH_WORKER = `
const { parentPort } = require('node:worker_threads')
const { closeSync, openSync, readSync } = require('node:fs')
const { createHash } = require('node:crypto')
parentPort.once('message', ({ path, length, chunk }) => {
  const fd = openSync(path, 'r')
  try {
    const hash = createHash('sha256')
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunk, length)))
    for (let position = 0; position < length; ) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, length - position), position)
      if (n === 0) throw new Error('the file shrank while it was being read')
      hash.update(buffer.subarray(0, n))
      position += n
    }
    parentPort.postMessage(hash.digest())
  } finally {
    closeSync(fd)
  }
})
`;
/** A booted (or booting) worker no job has taken yet. */
let spare;
function bootWorker() {
    return new external_node_worker_threads_namespaceObject.Worker(HASH_WORKER, { eval: true });
}
/**
 * Boots a hash worker now for a later hashInWorker. It does not keep the process alive while it
 * waits, and one that fails meanwhile is simply not used.
 */
function prewarmHashWorker() {
    if (spare !== undefined)
        return;
    const worker = bootWorker();
    worker.unref();
    worker.on('error', () => undefined);
    worker.once('exit', () => {
        if (spare === worker)
            spare = undefined;
    });
    spare = worker;
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
 * await). `signal` stops the worker (the promise then rejects with the signal's reason).
 */
async function hashInWorker(path, length, chunk, signal) {
    signal?.throwIfAborted();
    const worker = takeWorker();
    let onAbort;
    let digest;
    try {
        digest = await new Promise((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`hash worker exited with code ${code}`)));
            onAbort = () => reject(signal.reason);
            signal?.addEventListener('abort', onAbort, { once: true });
            worker.postMessage({ path, length, chunk });
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
    return Buffer.from(digest);
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
// EXTERNAL MODULE: ./src/lib/snapshot/hash-worker.ts + 1 modules
var hash_worker = __nccwpck_require__(5036);
;// CONCATENATED MODULE: ./src/cli/commands/index.ts
/**
 * Every command: the words that select it and its summary, here; its code is loaded only when it
 * runs. (A CLI run pays to load every module it imports: the drill's alone cost ~40 ms of a
 * restore's start.)
 */

/**
 * Whether a restore with these flags will compact its snapshot in place, the case that hashes it
 * in a worker thread: with --defrag always (not for help). `auto` boots its worker only once its
 * estimate of the free pages says to compact (the worker then boots beside the compacting sweep):
 * a dense snapshot, copied, would pay a spare worker's start (~8 MB, measured 1.05-1.2x the CPU
 * of --defrag never on a dense 200 MB snapshot) for nothing.
 */
function mayHashInWorker(argv) {
    const always = argv.some((arg, i) => arg === '--defrag=always' || (arg === '--defrag' && argv[i + 1] === 'always'));
    return always && !asksForHelp(argv);
}
function asksForHelp(argv) {
    return argv.includes('--help') || argv.includes('-h');
}
const commands = [
    {
        path: ['snapshot', 'restore'],
        summary: 'restore data-dirs from a snapshot',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(251), __nccwpck_require__.e(619), __nccwpck_require__.e(300), __nccwpck_require__.e(164), __nccwpck_require__.e(392), __nccwpck_require__.e(823)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1392))).restoreCommand,
        prepare: (argv) => {
            if (mayHashInWorker(argv))
                (0,hash_worker/* prewarmHashWorker */.L)();
        }
    },
    {
        path: ['snapshot', 'status'],
        summary: 'show what a snapshot holds (etcdctl-compatible numbers and more)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(251), __nccwpck_require__.e(619), __nccwpck_require__.e(300), __nccwpck_require__.e(164), __nccwpck_require__.e(206)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7206))).statusCommand,
        // the snapshot's sha256 is computed in a worker thread beside the status sweep
        prepare: (argv) => {
            if (!asksForHelp(argv))
                (0,hash_worker/* prewarmHashWorker */.L)();
        }
    },
    {
        path: ['snapshot', 'hashkv'],
        summary: "compute etcd's HashKV offline",
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(619), __nccwpck_require__.e(340)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1340))).hashkvCommand
    },
    {
        path: ['drill'],
        summary: 'restore, boot with real etcd and verify (a restore drill)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(251), __nccwpck_require__.e(79), __nccwpck_require__.e(619), __nccwpck_require__.e(300), __nccwpck_require__.e(164), __nccwpck_require__.e(392), __nccwpck_require__.e(963)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3963))).drillCommand
    },
    {
        path: ['snapshot', 'inventory'],
        summary: 'count keys by Kubernetes kind, prefix and namespace',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(251), __nccwpck_require__.e(619), __nccwpck_require__.e(300), __nccwpck_require__.e(797)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1797))).inventoryCommand
    },
    {
        path: ['snapshot', 'diff'],
        summary: 'compare two backups by kind and prefix; fail on lost content',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(212), __nccwpck_require__.e(251), __nccwpck_require__.e(619), __nccwpck_require__.e(300), __nccwpck_require__.e(105)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7105))).diffCommand
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
 * is enough; --max-semi-space-size is read only when the heap is made (no effect here).
 */
function keepYoungGenerationSmall() {
    external_node_v8_default().setFlagsFromString('--semi-space-growth-factor=1');
}
let trace;
let sampler;
/**
 * A debugging aid: with ETCD_RESTORE_TRACE_MEMORY=1, memory is sampled every 50 ms and, when
 * the next phase starts (and at exit), the phase's peaks are written to stderr: `memory: <phase>:
 * rss … heapTotal … heapUsed … external … arrayBuffers … (VmHWM …, RssAnon …, RssFile …)`. Off, it
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
}
function endPhase() {
    if (!trace)
        return;
    sampleMemory();
    const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MB`;
    const { peak } = trace;
    process.stderr.write(`memory: ${trace.phase} (${Date.now() - trace.started} ms): rss ${mb(peak.rss)}, ` +
        `heapTotal ${mb(peak.heapTotal)}, heapUsed ${mb(peak.heapUsed)}, external ${mb(peak.external)}, ` +
        `arrayBuffers ${mb(peak.arrayBuffers)} (${procStatus()})\n`);
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
 * run time, kept out of the global scope. Returns a stop function.
 */
function reclaimDroppedBuffers() {
    if (reclaimer)
        return () => { };
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc');
    let floor = process.memoryUsage().arrayBuffers;
    reclaimer = setInterval(() => {
        const now = process.memoryUsage().arrayBuffers;
        if (now < floor)
            floor = now;
        if (now - floor < RECLAIM_AFTER_BYTES)
            return;
        gc();
        floor = process.memoryUsage().arrayBuffers;
    }, 50).unref();
    return () => {
        clearInterval(reclaimer);
        reclaimer = undefined;
    };
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// Error boundary of `etcd-restore`: nothing can fail before the catch is in place.




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

