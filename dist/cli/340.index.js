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


/***/ }),

/***/ 4726:
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
