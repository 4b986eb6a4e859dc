export const id = 340;
export const ids = [340];
export const modules = {

/***/ 1340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hashkvCommand: () => (/* binding */ hashkvCommand)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _lib_snapshot_inspect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6540);
/* harmony import */ var _lib_backend_hashkv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4339);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5377);
/* harmony import */ var _etcd_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3563);





const flags = [
    { name: 'rev', kind: 'string', help: 'revision to hash up to (0 = latest)', defaultText: '0' },
    {
        name: 'write-out',
        short: 'w',
        kind: 'string',
        help: 'output format: simple, table or json',
        defaultText: 'simple'
    }
];
const help = `Computes etcd's HashKV of a snapshot offline, the value 'etcdctl endpoint hashkv' reports
for a cluster booted from it (as etcdutl 3.6's 'snapshot hashkv').

Usage:
  etcd-restore snapshot hashkv <filename> [--rev R] [-w simple|table|json]

Flags:
${(0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .flagHelp */ .QR)(flags)}
`;
const hashkvCommand = {
    async run(argv) {
        const parsed = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)(argv, flags);
        if (parsed.help) {
            process.stdout.write(help);
            return 0;
        }
        const revText = parsed.strings.get('rev') ?? '0';
        if (!/^[0-9]{1,15}$/.test(revText))
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid value "${revText}" for --rev: want a revision number`);
        const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOut */ .sD)(parsed, ['simple', 'table', 'json']);
        const kv = await (0,_lib_snapshot_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .inspectSnapshot */ .XA)((0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .snapshotArgument */ .g2)(parsed, 'snapshot hashkv'), (db) => (0,_lib_backend_hashkv_js__WEBPACK_IMPORTED_MODULE_2__/* .hashKV */ .u)(db, Number(revText)));
        if (format === 'json') {
            process.stdout.write(`${JSON.stringify({ hash: kv.hash, hashRevision: kv.hashRevision, compactRevision: kv.compactRevision })}\n`);
        }
        else if (format === 'simple') {
            process.stdout.write(`${kv.hash}, ${kv.hashRevision}, ${kv.compactRevision}\n`);
        }
        else {
            process.stdout.write((0,_etcd_table_js__WEBPACK_IMPORTED_MODULE_4__/* .etcdTable */ .N)(['HASH', 'HASH REVISION', 'COMPACT REVISION'], [[`${kv.hash}`, `${kv.hashRevision}`, `${kv.compactRevision}`]]));
        }
        return 0;
    }
};


/***/ }),

/***/ 3563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ etcdTable),
/* harmony export */   n: () => (/* binding */ humanizeBytes)
/* harmony export */ });
/**
 * etcdctl's output helpers, so `-w table` and `-w simple` read exactly like etcdctl's
 * (olekukonko/tablewriter borders, go-humanize sizes).
 */
/**
 * go-humanize Bytes(): SI units, "655 kB", "1.0 GB". Its `%.0f` rounds a tie to even, as Go's
 * strconv does: 20,480 bytes → 20.5 → "20 kB" (JavaScript's toFixed would say "21 kB").
 */
function humanizeBytes(size) {
    if (size < 10)
        return `${size} B`;
    const sizes = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
    const e = Math.floor(Math.log(size) / Math.log(1000));
    const value = Math.floor((size / 1000 ** e) * 10 + 0.5) / 10;
    if (value < 10)
        return `${value.toFixed(1)} ${sizes[e]}`; // one decimal already: no rounding
    const whole = Math.floor(value);
    const tie = value - whole === 0.5;
    const rounded = tie ? whole + (whole % 2) : Math.round(value);
    return `${rounded} ${sizes[e]}`;
}
/** Corners and crossings (left, cross, right) of the top, middle and bottom rules; bar; line. */
const BORDERS = {
    ascii: ['+++', '+++', '+++', '|', '-'],
    light: ['┌┬┐', '├┼┤', '└┴┘', '│', '─']
};
/** A bordered table: header centred, cells right-aligned, as etcdctl prints snapshot status. */
function etcdTable(header, rows, style = 'ascii') {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const [top, mid, bottom, bar, dash] = BORDERS[style];
    const rule = (corners) => `${corners[0]}${widths.map((w) => dash.repeat(w + 2)).join(corners[1])}${corners[2]}`;
    const centre = (text, width) => {
        const gap = width - text.length;
        const left = Math.floor(gap / 2);
        return ' '.repeat(left) + text + ' '.repeat(gap - left);
    };
    const line = (cells, align) => `${bar} ${cells.map((c, i) => align(c, widths[i] ?? 0)).join(` ${bar} `)} ${bar}`;
    return ([
        rule(top),
        line(header, centre),
        rule(mid),
        ...rows.map((r) => line(r, (c, w) => c.padStart(w))),
        rule(bottom)
    ].join('\n') + '\n');
}


/***/ }),

/***/ 4339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ bootRevisions),
/* harmony export */   u: () => (/* binding */ hashKV)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4726);
/* harmony import */ var _kv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8179);
/* harmony import */ var _revision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9627);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3397);





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
