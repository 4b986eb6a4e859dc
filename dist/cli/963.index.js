export const id = 963;
export const ids = [963];
export const modules = {

/***/ 3963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  drillCommand: () => (/* binding */ drillCommand),
  drillCredentials: () => (/* binding */ drillCredentials),
  renderDrill: () => (/* binding */ renderDrill),
  wrapCell: () => (/* binding */ wrapCell)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/lib/drill/age.ts


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
        throw new errors/* InputError */.dz(`invalid duration ${JSON.stringify(text)} for ${what}: want e.g. 26h, 90m, 1h30m, 7d (units ms, s, m, h, d)`);
    }
    let ms = 0;
    for (const part of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
        ms += Number(part[1]) * UNIT_MS[part[2]];
    }
    ms = Math.round(ms);
    if (ms <= 0)
        throw new errors/* InputError */.dz(`${what} must be longer than 0, got ${JSON.stringify(text)}`);
    if (ms > MAX_MS)
        throw new errors/* InputError */.dz(`${what} ${JSON.stringify(text)} is longer than 10 years`);
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
        throw new errors/* InputError */.dz('snapshot creation time is not a valid date');
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
            createdAt = (0,external_node_fs_.statSync)(snapshot.snapshotPath).mtime;
        }
        catch (error) {
            throw new errors/* SnapshotError */.JC(`cannot read snapshot ${snapshot.snapshotPath}: ${(0,errors/* errorMessage */.gJ)(error)}`);
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

// EXTERNAL MODULE: ./src/lib/version.ts
var version = __webpack_require__(7471);
;// CONCATENATED MODULE: ./src/lib/drill/report.ts


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
        tool: { name: 'etcd-restore', version: version/* TOOL_VERSION */.w },
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
        .map(([phase, ms]) => `${cell(phase)} ${ms < 10_000 ? `${ms} ms` : formatDhms(ms)}`)
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/logger.ts
var lib_logger = __webpack_require__(2415);
// EXTERNAL MODULE: ./src/lib/bolt/tx.ts + 3 modules
var bolt_tx = __webpack_require__(1332);
// EXTERNAL MODULE: ./src/lib/backend/schema.ts
var schema = __webpack_require__(3397);
// EXTERNAL MODULE: ./src/lib/io/page-file.ts + 2 modules
var page_file = __webpack_require__(2566);
// EXTERNAL MODULE: ./src/lib/member-dir/layout.ts
var layout = __webpack_require__(140);
;// CONCATENATED MODULE: ./src/lib/drill/auth-off.ts





/**
 * A nightly drill must not need the production root password: for a snapshot with auth enabled
 * and no drill credentials, the drill switches auth off in the db of the members it boots (its
 * own copies, never the restored output): `auth/authEnabled` = 0, as `etcdctl auth disable`
 * leaves it, in one copy-on-write commit. Users, roles and the auth revision stay as they are.
 */
function switchAuthOff(members) {
    for (const m of members) {
        const file = page_file/* FileByteFile */.Ly.open((0,layout/* memberLayout */.Pl)(m.dataDir).dbPath, { writable: true });
        try {
            const tx = bolt_tx/* WriteTx */.Q.begin(file);
            try {
                const auth = tx.bucket(schema/* Buckets */.cR.auth);
                if (auth === null)
                    throw new errors/* InvariantError */.zU(`member ${m.name}: the db has no auth bucket`);
                auth.put(schema/* AuthKeys */.fK.authEnabled, Uint8Array.of(0));
                tx.commit();
            }
            catch (error) {
                tx.rollback();
                throw error;
            }
        }
        finally {
            file.close();
        }
    }
}
/** The note and auth-check wording for a drill that booted with auth switched off. */
const AUTH_OFF_NOTE = 'enabled in the snapshot; users/roles checked offline; booted with auth off';

;// CONCATENATED MODULE: ./src/lib/drill/checks/run-check.ts

const propagate = () => undefined;
/**
 * Runs one check: times `fn` and turns its outcome, or an error `onError` judges, into a
 * DrillCheck. Every other error propagates.
 */
async function runCheck(name, expected, fn, onError = propagate) {
    const started = performance.now();
    let outcome;
    try {
        outcome = await fn();
    }
    catch (error) {
        const failed = onError(error);
        if (failed === undefined)
            throw error;
        outcome = failed;
    }
    return {
        name,
        ok: outcome.ok,
        expected: outcome.expected ?? expected,
        actual: outcome.actual,
        ms: elapsedMs(started)
    };
}
/**
 * An ErrorOutcome for one error class (e.g. VerificationError from a boot): the check fails with
 * the error's message, and wants `expected` instead when given.
 */
function failsOn(errorClass, expected) {
    return (error) => error instanceof errorClass
        ? { ok: false, actual: (0,errors/* errorMessage */.gJ)(error), ...(expected === undefined ? {} : { expected }) }
        : undefined;
}
/** Whole milliseconds since `started` (a performance.now() reading). */
function elapsedMs(started) {
    return Math.round(performance.now() - started);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/lib/drill/gateway-json.ts

/** Shapes of etcd's JSON gateway replies, and the parsing shared by the gateway client. */
/** The key `\0`: as a range start and end together it means every key. */
const ALL_KEYS = Buffer.from([0]);
/** A gateway call answered with an error (or not at all). `grpcCode` is etcd's status code. */
class GatewayError extends errors/* VerificationError */.mk {
    grpcCode;
    etcdMessage;
    constructor(message, grpcCode, etcdMessage) {
        super(message);
        this.grpcCode = grpcCode;
        this.etcdMessage = etcdMessage;
    }
    /** The read asked for a revision below the compaction revision. etcd only says so in text. */
    get compacted() {
        return this.etcdMessage.includes('required revision has been compacted');
    }
    /** Auth is on and the request carried no (valid) token. */
    get authRequired() {
        return /user name is empty|invalid auth token|permission denied/.test(this.etcdMessage);
    }
    /** A token etcd does not know: forgotten (restart) or not applied yet (etcd issue 18437). */
    get invalidToken() {
        return this.etcdMessage.includes('invalid auth token');
    }
    /** The user is logged in but lacks the permission (a non-root user, for admin-only calls). */
    get permissionDenied() {
        return this.etcdMessage.includes('permission denied');
    }
    /** Authenticate refused the name or password. */
    get loginRefused() {
        return this.etcdMessage.includes('authentication failed');
    }
}
/** The exclusive end of the range of keys starting with `prefix` (etcd's GetPrefixRangeEnd). */
function prefixEnd(prefix) {
    const end = Buffer.from(prefix);
    for (let i = end.length - 1; i >= 0; i--) {
        if (end[i] < 0xff) {
            end[i] = end[i] + 1;
            return end.subarray(0, i + 1);
        }
    }
    // all 0xff (or empty): to the end of the keyspace
    return Buffer.from([0]);
}
function bytes(value) {
    return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}
function bytes64(value) {
    return Buffer.from(typeof value === 'string' ? value : '', 'base64');
}
function str(value) {
    return typeof value === 'string' ? value : value === undefined ? '' : String(value);
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
/** int64/uint64 fields arrive as JSON strings; absent means 0 (proto3 default). */
function gateway_json_int(value) {
    if (value === undefined || value === null)
        return 0n;
    if (typeof value === 'string' && /^-?\d{1,20}$/.test(value))
        return BigInt(value);
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return BigInt(value);
    throw new errors/* VerificationError */.mk(`etcd gateway sent ${JSON.stringify(value)} where an integer belongs`);
}
function header(value) {
    const h = (value ?? {});
    return {
        clusterId: gateway_json_int(h.cluster_id),
        memberId: gateway_json_int(h.member_id),
        revision: gateway_json_int(h.revision),
        raftTerm: gateway_json_int(h.raft_term)
    };
}
function keyValue(kv) {
    return {
        key: bytes64(kv.key),
        value: bytes64(kv.value),
        createRevision: gateway_json_int(kv.create_revision),
        modRevision: gateway_json_int(kv.mod_revision),
        version: gateway_json_int(kv.version),
        lease: gateway_json_int(kv.lease)
    };
}

// EXTERNAL MODULE: external "node:http2"
var external_node_http2_ = __webpack_require__(2467);
;// CONCATENATED MODULE: ./src/lib/drill/grpc-hashkv.ts



/**
 * Maintenance.HashKV as a plain gRPC unary call over cleartext HTTP/2. etcd 3.4's JSON gateway
 * registers Hash and HashKV on the same path (/v3/maintenance/hash) and Hash wins, so HashKV
 * is only reachable over gRPC. etcd serves gRPC and HTTP on the same client port.
 * The messages are tiny, so they are encoded by hand (field numbers from etcd's rpc.proto:
 * HashKVRequest{revision=1}, HashKVResponse{header=1, hash=2, compact_revision=3},
 * ResponseHeader{cluster_id=1, member_id=2, revision=3, raft_term=4}).
 * A transport only: GatewayClient calls it, and adds the login and its retries.
 */
async function hashKVOverGrpc(endpoint, revision, timeoutMs, token) {
    const message = revision === 0n ? Buffer.alloc(0) : Buffer.concat([Buffer.from([0x08]), varint(revision)]);
    const frame = Buffer.alloc(5 + message.length);
    frame.writeUInt32BE(message.length, 1);
    message.copy(frame, 5);
    const reply = await unary(endpoint, '/etcdserverpb.Maintenance/HashKV', frame, timeoutMs, token);
    const fields = decode(reply, 'HashKVResponse');
    const headerFields = decode(fields.get(1) ?? Buffer.alloc(0), 'ResponseHeader');
    const num = (map, n) => {
        const v = map.get(n);
        return typeof v === 'bigint' ? v : 0n;
    };
    return {
        hash: Number(num(fields, 2) & 0xffffffffn),
        // int64 on the wire as a two's-complement varint (-1 when never compacted)
        compactRevision: BigInt.asIntN(64, num(fields, 3)),
        header: {
            clusterId: num(headerFields, 1),
            memberId: num(headerFields, 2),
            revision: BigInt.asIntN(64, num(headerFields, 3)),
            raftTerm: num(headerFields, 4)
        }
    };
}
function unary(endpoint, path, frame, timeoutMs, token) {
    const what = `gRPC ${path} at ${endpoint}`;
    return new Promise((resolve, reject) => {
        const session = (0,external_node_http2_.connect)(endpoint);
        const fail = (error) => {
            session.destroy();
            reject(error instanceof errors/* VerificationError */.mk
                ? error
                : new errors/* VerificationError */.mk(`${what}: ${error.message}`));
        };
        const timer = setTimeout(() => fail(new errors/* VerificationError */.mk(`${what}: no answer within ${timeoutMs} ms`)), timeoutMs);
        session.on('error', fail);
        const req = session.request({
            [external_node_http2_.constants.HTTP2_HEADER_METHOD]: 'POST',
            [external_node_http2_.constants.HTTP2_HEADER_PATH]: path,
            'content-type': 'application/grpc',
            te: 'trailers',
            ...(token === undefined ? {} : { token })
        });
        const chunks = [];
        let size = 0;
        let status;
        let grpcMessage = '';
        const readStatus = (headers) => {
            if (headers['grpc-status'] !== undefined) {
                status = String(headers['grpc-status']);
                grpcMessage = decodeURIComponent(String(headers['grpc-message'] ?? ''));
            }
        };
        req.on('response', readStatus); // trailers-only replies carry the status in the headers
        req.on('trailers', readStatus);
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > 1024 * 1024)
                fail(new errors/* VerificationError */.mk(`${what}: reply too large`));
            else
                chunks.push(chunk);
        });
        req.on('error', fail);
        req.on('end', () => {
            clearTimeout(timer);
            session.close();
            if (status !== '0') {
                // the same error as the JSON gateway's, so the client retries both alike
                const code = status === undefined ? undefined : Number(status);
                reject(new GatewayError(`${what}: grpc-status ${status ?? 'missing'} ${grpcMessage}`.trim(), code, grpcMessage));
                return;
            }
            const body = Buffer.concat(chunks);
            const length = body.length >= 5 ? body.readUInt32BE(1) : -1;
            if (length < 0 || body[0] !== 0 || 5 + length > body.length) {
                reject(new errors/* VerificationError */.mk(`${what}: malformed gRPC frame (${body.length} bytes)`));
                return;
            }
            resolve(body.subarray(5, 5 + length));
        });
        req.end(frame);
    });
}
function varint(value) {
    const out = [];
    let v = BigInt.asUintN(64, value);
    do {
        const low = Number(v & 0x7fn);
        v >>= 7n;
        out.push(v === 0n ? low : low | 0x80);
    } while (v !== 0n);
    return Buffer.from(out);
}
/** Field number → last value (varint as bigint, length-delimited as Buffer). Rejects other wire types. */
function decode(buf, what) {
    const fields = new Map();
    let pos = 0;
    const readVarint = () => {
        let result = 0n;
        for (let shift = 0n; shift < 70n; shift += 7n) {
            if (pos >= buf.length)
                throw new errors/* VerificationError */.mk(`${what}: truncated varint`);
            const b = buf[pos++];
            result |= BigInt(b & 0x7f) << shift;
            if ((b & 0x80) === 0)
                return result;
        }
        throw new errors/* VerificationError */.mk(`${what}: varint too long`);
    };
    while (pos < buf.length) {
        const tag = readVarint();
        const field = Number(tag >> 3n);
        const wireType = Number(tag & 7n);
        if (wireType === 0) {
            fields.set(field, readVarint());
        }
        else if (wireType === 2) {
            const length = Number(readVarint());
            if (pos + length > buf.length)
                throw new errors/* VerificationError */.mk(`${what}: field ${field} overruns the message`);
            fields.set(field, buf.subarray(pos, pos + length));
            pos += length;
        }
        else {
            throw new errors/* VerificationError */.mk(`${what}: unexpected wire type ${wireType} for field ${field}`);
        }
    }
    return fields;
}

;// CONCATENATED MODULE: ./src/lib/drill/gateway.ts




/**
 * The drill's one client for a running etcd: the JSON gRPC gateway (`POST <client URL>/v3/...`)
 * for everything but HashKV, which speaks gRPC (3.4's gateway maps /v3/maintenance/hash to Hash,
 * not HashKV; see grpc-hashkv.ts). Paths checked against etcd 3.4.23, 3.5.16 and 3.5.30. Bytes
 * fields are base64, int64 fields are JSON strings. With credentials every request is logged in
 * (3.5.28+/3.4.42+ refuse even Status and MemberList without a user).
 */

const MAX_RESPONSE_BYTES = 256 * 1024 * 1024;
/** Tries of one request whose token etcd does not know (yet); a login before each retry. */
const TOKEN_TRIES = 5;
const TOKEN_RETRY_MS = 100;
class GatewayClient {
    endpoint;
    timeoutMs;
    credentials;
    token;
    constructor(endpoint, timeoutMs = 10_000, credentials) {
        this.endpoint = endpoint;
        this.timeoutMs = timeoutMs;
        this.credentials = credentials;
    }
    /** Logs in now (`/v3/auth/authenticate`); later calls carry the token and renew it. */
    async authenticate(name, password) {
        this.credentials = { user: name, password };
        await this.login(this.credentials);
    }
    async login(credentials) {
        this.token = undefined;
        const body = JSON.stringify({ name: credentials.user, password: credentials.password });
        const reply = await this.send('POST', '/v3/auth/authenticate', body);
        this.token = str(reply.token);
    }
    /**
     * One request, logged in when there are credentials. etcd answers "invalid auth token" for a
     * token it forgot (a restart) or has not applied yet (simple tokens are issued through raft,
     * etcd issue 18437): log in again and retry, a bounded number of times, as etcd's Go client does.
     */
    async loggedIn(request) {
        const credentials = this.credentials;
        if (credentials === undefined)
            return request();
        for (let attempt = 1;; attempt++) {
            if (this.token === undefined)
                await this.login(credentials);
            try {
                return await request();
            }
            catch (error) {
                if (!(error instanceof GatewayError && error.invalidToken) || attempt >= TOKEN_TRIES)
                    throw error;
                this.token = undefined;
                await new Promise((resolve) => setTimeout(resolve, TOKEN_RETRY_MS * attempt));
            }
        }
    }
    async range(key, options = {}) {
        const keyBytes = bytes(key);
        const rangeEnd = options.rangeEnd !== undefined
            ? bytes(options.rangeEnd)
            : options.prefix === true
                ? prefixEnd(keyBytes)
                : undefined;
        const reply = await this.call('/v3/kv/range', {
            key: keyBytes.toString('base64'),
            ...(rangeEnd === undefined ? {} : { range_end: rangeEnd.toString('base64') }),
            ...(options.revision === undefined ? {} : { revision: options.revision.toString() }),
            ...(options.limit === undefined ? {} : { limit: String(options.limit) }),
            ...(options.countOnly === true ? { count_only: true } : {}),
            ...(options.keysOnly === true ? { keys_only: true } : {}),
            ...(options.serializable === true ? { serializable: true } : {})
        });
        return {
            header: header(reply.header),
            kvs: list(reply.kvs).map(keyValue),
            more: reply.more === true,
            count: gateway_json_int(reply.count)
        };
    }
    /**
     * Every key in [key, rangeEnd) in key order (no rangeEnd/prefix: to the end of the keyspace), `pageSize` at a time, all pages read at one
     * revision (the first page's unless given) so a big keyspace is never held in memory.
     */
    async *rangeAll(key = ALL_KEYS, options = {}) {
        const pageSize = options.pageSize ?? 500;
        const end = options.rangeEnd !== undefined
            ? bytes(options.rangeEnd)
            : options.prefix === true
                ? prefixEnd(bytes(key))
                : ALL_KEYS;
        let from = bytes(key);
        let revision = options.revision;
        for (;;) {
            const page = await this.range(from, { ...options, rangeEnd: end, revision, limit: pageSize });
            revision ??= page.header.revision;
            yield* page.kvs;
            const last = page.kvs.at(-1);
            if (!page.more || last === undefined)
                return;
            // the next key after `last` in byte order
            from = Buffer.concat([last.key, ALL_KEYS]);
        }
    }
    async put(key, value, lease) {
        const reply = await this.call('/v3/kv/put', {
            key: bytes(key).toString('base64'),
            value: bytes(value).toString('base64'),
            ...(lease === undefined ? {} : { lease: lease.toString() })
        });
        return header(reply.header);
    }
    async deleteRange(key, prefix = false) {
        const keyBytes = bytes(key);
        const reply = await this.call('/v3/kv/deleterange', {
            key: keyBytes.toString('base64'),
            ...(prefix ? { range_end: prefixEnd(keyBytes).toString('base64') } : {})
        });
        return gateway_json_int(reply.deleted);
    }
    async status() {
        const reply = await this.call('/v3/maintenance/status', {});
        return {
            header: header(reply.header),
            version: str(reply.version),
            dbSize: gateway_json_int(reply.dbSize),
            leader: gateway_json_int(reply.leader),
            raftIndex: gateway_json_int(reply.raftIndex),
            raftTerm: gateway_json_int(reply.raftTerm)
        };
    }
    /** HashKV at `revision` (0: latest) over gRPC; the 3.4 gateway cannot reach it. */
    hashKV(revision) {
        return this.loggedIn(() => hashKVOverGrpc(this.endpoint, revision, this.timeoutMs, this.token));
    }
    async memberList() {
        const reply = await this.call('/v3/cluster/member/list', {});
        return {
            header: header(reply.header),
            members: list(reply.members).map((m) => ({
                id: gateway_json_int(m.ID),
                name: str(m.name),
                peerURLs: list(m.peerURLs).map(str),
                clientURLs: list(m.clientURLs).map(str)
            }))
        };
    }
    async leases() {
        const reply = await this.call('/v3/lease/leases', {});
        return list(reply.leases).map((l) => gateway_json_int(l.ID));
    }
    async leaseTimeToLive(id, keys = true) {
        const reply = await this.call('/v3/lease/timetolive', { ID: id.toString(), keys });
        return {
            id: gateway_json_int(reply.ID),
            ttl: gateway_json_int(reply.TTL),
            grantedTtl: gateway_json_int(reply.grantedTTL),
            keys: list(reply.keys).map((k) => bytes64(k))
        };
    }
    async userList() {
        return list((await this.call('/v3/auth/user/list', {})).users).map(str);
    }
    async roleList() {
        return list((await this.call('/v3/auth/role/list', {})).roles).map(str);
    }
    /** GET /health: true when the member has a leader and no alarm. */
    async health() {
        const reply = await this.send('GET', '/health', undefined);
        return reply.health === 'true' || reply.health === true;
    }
    /**
     * The peers this member counts as active: `etcd_network_active_peers` in its /metrics, summed
     * over the peers (etcd counts a peer down as soon as its streams break); undefined when the
     * metric is not there. The same state picks the peer a stopping leader hands over to.
     */
    async activePeers() {
        const text = await this.getText('/metrics');
        let sum;
        for (const line of text.split('\n')) {
            if (!line.startsWith('etcd_network_active_peers{'))
                continue;
            const value = Number(line.slice(line.lastIndexOf(' ') + 1));
            if (Number.isFinite(value))
                sum = (sum ?? 0) + value;
        }
        return sum;
    }
    /** GET of a plain-text endpoint (no login: /metrics needs none). */
    async getText(path) {
        const { what, status, text } = await this.exchange('GET', path, undefined);
        if (status >= 400)
            throw new errors/* VerificationError */.mk(`${what}: HTTP ${status}`);
        return text;
    }
    call(path, body) {
        return this.loggedIn(() => this.send('POST', path, JSON.stringify(body)));
    }
    async send(method, path, body) {
        const { what, status, text } = await this.exchange(method, path, body);
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            throw new GatewayError(`${what}: HTTP ${status}, not JSON: ${text.slice(0, 200)}`, undefined, text);
        }
        if (typeof json !== 'object' || json === null) {
            throw new GatewayError(`${what}: unexpected reply ${text.slice(0, 200)}`, undefined, text);
        }
        if (json.error !== undefined || status >= 400) {
            const message = str(json.message ?? json.error ?? text);
            const code = typeof json.code === 'number' ? json.code : undefined;
            throw new GatewayError(`${what}: ${message} (HTTP ${status}, code ${code})`, code, message);
        }
        return json;
    }
    /** One request: its reply's status and text, at most MAX_RESPONSE_BYTES, within timeoutMs. */
    exchange(method, path, body) {
        const url = new URL(path, this.endpoint);
        const what = `${method} ${url.href}`;
        return new Promise((resolve, reject) => {
            const req = (0,external_node_http_.request)(url, {
                method,
                agent: false,
                headers: {
                    'content-type': 'application/json',
                    ...(this.token === undefined ? {} : { authorization: this.token })
                }
            }, (res) => {
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size > MAX_RESPONSE_BYTES) {
                        req.destroy(new errors/* VerificationError */.mk(`${what}: response larger than ${MAX_RESPONSE_BYTES} bytes`));
                        return;
                    }
                    chunks.push(chunk);
                });
                res.on('error', reject);
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    resolve({ what, status: res.statusCode ?? 0, text });
                });
            });
            const timer = setTimeout(() => req.destroy(new errors/* VerificationError */.mk(`${what}: no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
            req.on('close', () => clearTimeout(timer));
            req.on('error', (error) => reject(error instanceof errors/* VerificationError */.mk
                ? error
                : new GatewayError(`${what}: ${error.message}`, undefined, error.message)));
            req.end(body);
        });
    }
}

;// CONCATENATED MODULE: ./src/lib/drill/checks/context.ts



function checkContext(cluster, expected, loggedIn) {
    return { members: cluster.members, expected, revision: BigInt(expected.revision), loggedIn };
}
/**
 * One check of the booted cluster: any error it throws (a member that does not answer, a refused
 * request) is its failure, never the end of the drill.
 */
function clusterCheck(ctx, name, expected, fn) {
    const failed = (error) => ({
        ok: false,
        actual: `error: ${(0,errors/* errorMessage */.gJ)(error)}${authHint(error, ctx.loggedIn)}`
    });
    return runCheck(name, expected, fn, failed);
}
/** Checks that need a login fail with etcd's terse "user name is empty"; say what to do. */
function authHint(error, loggedIn = false) {
    const inner = error instanceof Error && error.cause !== undefined ? error.cause : error;
    const required = (inner instanceof GatewayError && inner.authRequired) ||
        /user name is empty|permission denied|invalid auth token/.test((0,errors/* errorMessage */.gJ)(error));
    if (!required)
        return '';
    return loggedIn
        ? ' (the drill user needs the root role for this check)'
        : ' (auth is enabled in the restored data: give drill credentials to run this check)';
}
/** `fn` on every member at once; a failure names the member. */
async function perMember(members, fn) {
    return Promise.all(members.map((m) => fn(m).catch((error) => {
        throw new errors/* VerificationError */.mk(`${m.name}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    })));
}
function agree(values) {
    return values.length > 0 && values.every((v) => v === values[0]);
}
/** "x on all 3 members" when they agree, else "m1=x, m2=y". */
function show(members, values) {
    if (agree(values))
        return `${values[0]} on all ${values.length} members`;
    return values.map((v, i) => `${members[i]?.name}=${v}`).join(', ');
}
/** Normalizes a hex ID (any case, optional 0x, leading zeros) to etcd's `%x`. */
function hex(id) {
    return BigInt(id.startsWith('0x') ? id : `0x${id}`).toString(16);
}

;// CONCATENATED MODULE: ./src/lib/drill/checks/auth.ts



/** Every member accepts the drill user's login. */
function authenticateCheck(ctx, credentials) {
    const { user, password } = credentials;
    return clusterCheck(ctx, 'authenticate', `logged in as ${user}`, async () => {
        await Promise.all(ctx.members.map((m) => m.client.authenticate(user, password)));
        return { ok: true, actual: `logged in as ${user} on ${ctx.members.length} members` };
    });
}
/**
 * The server's own answer on auth, asked without a login (with auth off anyone may list users),
 * and the user and role names read offline, listed with the login when auth is on.
 */
function authCheck(ctx, mode) {
    const { expected } = ctx;
    return clusterCheck(ctx, 'auth', authExpected(expected, mode), async () => {
        const first = ctx.members[0];
        if (first === undefined)
            return { ok: false, actual: 'no members' };
        let serverOn = false;
        let names;
        try {
            names = await userAndRoleNames(new GatewayClient(first.clientURL, 5_000));
        }
        catch (error) {
            if (!(error instanceof GatewayError && error.authRequired))
                throw error;
            serverOn = true;
        }
        if (serverOn && mode.credentials !== undefined)
            names = await userAndRoleNames(first.client);
        const state = serverOn ? 'enabled' : mode.authOff === true ? AUTH_OFF_NOTE : 'disabled';
        const wantOn = expected.authEnabled === true && mode.authOff !== true;
        const sameNames = names === undefined ||
            ((expected.users === undefined || sameList(names.users, expected.users)) &&
                (expected.roles === undefined || sameList(names.roles, expected.roles)));
        return {
            ok: (expected.authEnabled === undefined || serverOn === wantOn) && sameNames,
            actual: `${state}; ${names === undefined ? 'users not listed (no credentials given)' : showNames(names)}`
        };
    });
}
/** What the auth check wants: the snapshot's state as booted, and the users/roles read offline. */
function authExpected(expected, mode) {
    if (expected.authEnabled === undefined)
        return 'reported';
    const state = mode.authOff === true ? AUTH_OFF_NOTE : expected.authEnabled ? 'enabled' : 'disabled';
    return expected.users === undefined || expected.roles === undefined
        ? state
        : `${state}; ${showNames({ users: expected.users, roles: expected.roles })}`;
}
async function userAndRoleNames(client) {
    const [users, roles] = await Promise.all([client.userList(), client.roleList()]);
    return { users, roles };
}
function showNames(names) {
    return `users ${[...names.users].sort().join(',') || '-'}; roles ${[...names.roles].sort().join(',') || '-'}`;
}
function sameList(a, b) {
    return [...a].sort().join('\0') === [...b].sort().join('\0');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/lib/drill/checks/write.ts


/** The drill's own write: one key put and read back, and looked for again after a restart. */
/** Keys the drill writes live under this prefix; never part of a restored keyspace's checks. */
const DRILL_PREFIX = '/etcd-restore-drill/';
/** Drill writes (this run's and earlier ones) since `ctx.revision`: each added one revision. */
async function drillWrites(ctx) {
    const client = ctx.members[0]?.client;
    if (client === undefined)
        return 0n;
    const now = (await client.range(DRILL_PREFIX, { prefix: true, countOnly: true })).count;
    const before = await client
        .range(DRILL_PREFIX, { prefix: true, countOnly: true, revision: ctx.revision })
        .then((r) => r.count)
        .catch(() => 0n);
    return now - before;
}
/** Puts a new key under DRILL_PREFIX; every member must serve it at the next revision. */
async function writeCheck(ctx, current) {
    const { members } = ctx;
    let write;
    const want = `a new key readable on every member at revision ${current + 1n}`;
    const check = await clusterCheck(ctx, 'write', want, async () => {
        const key = `${DRILL_PREFIX}${new Date().toISOString()}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
        const value = `drill ${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
        const first = members[0];
        const header = await first.client.put(key, value);
        write = { key, value, modRevision: header.revision.toString() };
        const reads = await perMember(members, async (m) => {
            const kv = (await m.client.range(key)).kvs[0];
            return kv === undefined
                ? 'missing'
                : kv.value.toString('utf8') === value
                    ? `rev ${kv.modRevision}`
                    : 'wrong value';
        });
        const ok = header.revision === current + 1n && reads.every((r) => r === `rev ${header.revision}`);
        return { ok, actual: `put at revision ${header.revision}; ${show(members, reads)}` };
    });
    return write === undefined ? { check } : { check, write };
}
/** A write from before a restart is still there, unchanged, on every member. */
function persistedCheck(ctx, before) {
    const { members } = ctx;
    const want = `${before.key} = ${JSON.stringify(before.value)} at rev ${before.modRevision}`;
    return clusterCheck(ctx, 'persisted', want, async () => {
        const reads = await perMember(members, async (m) => {
            const kv = (await m.client.range(before.key, { serializable: true })).kvs[0];
            return kv === undefined
                ? 'missing'
                : `${JSON.stringify(kv.value.toString('utf8'))} rev ${kv.modRevision}`;
        });
        const served = `${JSON.stringify(before.value)} rev ${before.modRevision}`;
        return { ok: reads.every((r) => r === served), actual: show(members, reads) };
    });
}

;// CONCATENATED MODULE: ./src/lib/drill/checks/keyspace.ts


/** The restored keyspace as served: revision, compaction, HashKV and the live key count. */
/** Every member is at the restored revision, plus one per drill write; returns that revision. */
async function revisionCheck(ctx) {
    const { members, revision } = ctx;
    let current = revision;
    const check = await clusterCheck(ctx, 'revision', String(revision), async () => {
        const writes = await drillWrites(ctx);
        current = revision + writes;
        const revs = await perMember(members, async (m) => (await m.client.status()).header.revision.toString());
        const note = writes === 0n ? '' : ` (${revision} + ${writes} drill write${writes === 1n ? '' : 's'})`;
        return { ok: revs.every((r) => r === current.toString()), actual: show(members, revs) + note };
    });
    return { check, current };
}
/**
 * etcd refuses HashKV at a compacted revision, and after --mark-compacted the restored revision
 * is the compaction point: hash the current revision, comparable while no drill write is there.
 */
async function hashKVAnswers(ctx) {
    const { compactRevision } = ctx.expected;
    const atCurrent = compactRevision !== undefined && BigInt(compactRevision) >= ctx.revision;
    const answers = await Promise.all(ctx.members.map((m) => m.client
        .hashKV(atCurrent ? 0n : ctx.revision)
        .catch((e) => (e instanceof Error ? e : new Error(String(e))))));
    const laterRevision = answers.find((h) => !(h instanceof Error) && h.header.revision !== ctx.revision)?.header.revision;
    return laterRevision === undefined
        ? { answers, atCurrent }
        : { answers, atCurrent, laterRevision };
}
function compactRevisionCheck(ctx, hashes, compactRevision) {
    const want = BigInt(compactRevision);
    return clusterCheck(ctx, 'compact-revision', String(want), async () => {
        const revs = hashes.answers.map((h) => h instanceof Error ? `error: ${h.message}` : h.compactRevision.toString());
        return { ok: revs.every((r) => r === want.toString()), actual: show(ctx.members, revs) };
    });
}
/** The members agree on HashKV, and it is the expected one where that is comparable. */
function hashKVCheck(ctx, hashes) {
    const { hashKV } = ctx.expected;
    const want = `${hashKV ?? 'equal on all members'} at revision ${ctx.revision}`;
    return clusterCheck(ctx, 'hashkv', want, async () => {
        const values = hashes.answers.map((h) => h instanceof Error ? `error: ${h.message}` : String(h.hash));
        const comparable = !hashes.atCurrent || hashes.laterRevision === undefined;
        const ok = agree(values) &&
            !values[0]?.startsWith('error') &&
            (hashKV === undefined || !comparable || values[0] === String(hashKV));
        const note = comparable
            ? ''
            : ` (at revision ${hashes.laterRevision}, after drill writes: compared across members only)`;
        return { ok, actual: show(ctx.members, values) + note };
    });
}
/** Live keys at the restored revision, counted by every member itself (serializable). */
function keyCountCheck(ctx) {
    const { members, revision } = ctx;
    const { keyCount } = ctx.expected;
    const want = `${keyCount ?? 'equal on all members'} at revision ${revision}`;
    return clusterCheck(ctx, 'key-count', want, async () => {
        const counts = await perMember(members, async (m) => (await m.client.range('\0', {
            rangeEnd: '\0',
            countOnly: true,
            revision,
            serializable: true
        })).count.toString());
        const ok = agree(counts) && (keyCount === undefined || counts[0] === BigInt(keyCount).toString());
        return { ok, actual: show(members, counts) };
    });
}

;// CONCATENATED MODULE: ./src/lib/drill/checks/leases.ts

/**
 * Every member serves exactly the expected leases: their IDs and, where the expectation gives
 * them, the granted TTL and the attached keys.
 */
function leasesCheck(ctx, leases) {
    const want = leases
        .map((l) => `${hex(l.id)} ttl ${l.grantedTtl ?? '?'} [${(l.keys ?? []).join(' ')}]`)
        .sort()
        .join('; ');
    return clusterCheck(ctx, 'leases', want, async () => {
        const seen = await perMember(ctx.members, async (m) => {
            const ids = await m.client.leases();
            const lines = await Promise.all(ids.map(async (id) => {
                const t = await m.client.leaseTimeToLive(id, true);
                const keys = t.keys.map((k) => k.toString('utf8')).sort();
                const spec = leases.find((l) => hex(l.id) === id.toString(16));
                return `${id.toString(16)} ttl ${spec?.grantedTtl === undefined ? '?' : t.grantedTtl} [${spec?.keys === undefined ? '' : keys.join(' ')}]`;
            }));
            return lines.sort().join('; ');
        });
        return { ok: seen.every((s) => s === want), actual: show(ctx.members, seen) };
    });
}

;// CONCATENATED MODULE: ./src/lib/drill/checks/membership.ts

/** Membership as etcd serves it: the member list, the cluster ID and one agreed leader. */
/** Every member lists the same members: the expected IDs, or as many as were booted. */
function membersCheck(ctx) {
    const { members } = ctx;
    const wantIds = ctx.expected.memberIds?.map(hex).sort();
    const want = wantIds?.join(',') ?? `${members.length} members, same list everywhere`;
    return clusterCheck(ctx, 'members', want, async () => {
        const lists = await perMember(members, async (m) => {
            const { members: list } = await m.client.memberList();
            return list
                .map((x) => `${x.id.toString(16)}`)
                .sort()
                .join(',');
        });
        const ids = lists[0]?.split(',') ?? [];
        const ok = agree(lists) &&
            (wantIds === undefined ? ids.length === members.length : wantIds.join(',') === ids.join(','));
        return { ok, actual: show(members, lists) };
    });
}
function clusterIdCheck(ctx) {
    const { members } = ctx;
    const clusterId = ctx.expected.clusterId;
    const want = clusterId === undefined ? 'same everywhere' : hex(clusterId);
    return clusterCheck(ctx, 'cluster-id', want, async () => {
        const ids = await perMember(members, async (m) => (await m.client.memberList()).header.clusterId.toString(16));
        return {
            ok: agree(ids) && (clusterId === undefined || ids[0] === hex(clusterId)),
            actual: show(members, ids)
        };
    });
}
function leaderCheck(ctx) {
    const { members } = ctx;
    return clusterCheck(ctx, 'leader', 'one leader, the same for all members', async () => {
        const statuses = await perMember(members, (m) => m.client.status());
        const leaders = statuses.map((s) => s.leader.toString(16));
        const selfIds = statuses.map((s) => s.header.memberId.toString(16));
        return {
            ok: agree(leaders) && leaders[0] !== '0' && selfIds.includes(leaders[0]),
            actual: show(members, leaders)
        };
    });
}

;// CONCATENATED MODULE: ./src/lib/drill/checks/prefix-counts.ts

/**
 * The drill's per-prefix key counts: each prefix group of the snapshot's inventory must hold as
 * many keys in the booted cluster (a count-only range at the restored revision, on every member)
 * as the inventory counted (prefixExpectations in expectations.ts).
 */
function prefixCountsCheck(ctx, want) {
    return clusterCheck(ctx, 'prefix-counts', describePrefixCounts(want), () => countPrefixes(ctx.members, want, ctx.revision));
}
function describePrefixCounts(want) {
    const shown = want.slice(0, 5).map((p) => `${p.prefix} ${p.keys}`);
    return `${want.length} prefixes as the inventory counted (${shown.join(', ')}${want.length > 5 ? ', …' : ''})`;
}
/** Counts every prefix on every member at `revision`. */
async function countPrefixes(members, want, revision) {
    const seen = await perMember(members, async (m) => {
        const wrong = [];
        for (const { prefix, keys } of want) {
            const { count } = await m.client.range(prefix, {
                prefix: true,
                countOnly: true,
                revision,
                serializable: true
            });
            if (count !== BigInt(keys))
                wrong.push(`${prefix} ${count} (want ${keys})`);
        }
        return wrong.join(', ');
    });
    const ok = seen.every((s) => s === '');
    if (ok)
        return { ok, actual: `${want.length} prefixes match on all ${members.length} members` };
    const actual = agree(seen)
        ? `${seen[0]} on all ${members.length} members`
        : seen.map((s, i) => `${members[i]?.name}: ${s || 'all match'}`).join('; ');
    return { ok, actual };
}

;// CONCATENATED MODULE: ./src/lib/drill/checks/verify.ts








/**
 * The checks phase: every check against every member, in this order; a failing check never
 * stops the others. Checks without an expectation to compare (leases, prefix counts, compaction)
 * are left out; the others then only require the members to agree.
 */
async function verifyCluster(cluster, expected, options = {}) {
    const ctx = checkContext(cluster, expected, options.credentials !== undefined);
    const checks = [];
    if (options.credentials !== undefined)
        checks.push(await authenticateCheck(ctx, options.credentials));
    checks.push(await membersCheck(ctx));
    checks.push(await clusterIdCheck(ctx));
    checks.push(await leaderCheck(ctx));
    const revision = await revisionCheck(ctx);
    checks.push(revision.check);
    // every member hashes its whole key bucket: most of this phase's time on a big db, counted
    // in the hashkv check's ms (the compact-revision check reads the same answers)
    const asked = performance.now();
    const hashes = await hashKVAnswers(ctx);
    const hashedMs = elapsedMs(asked);
    if (expected.compactRevision !== undefined)
        checks.push(await compactRevisionCheck(ctx, hashes, expected.compactRevision));
    const hashed = await hashKVCheck(ctx, hashes);
    checks.push({ ...hashed, ms: hashed.ms + hashedMs });
    checks.push(await keyCountCheck(ctx));
    if (expected.prefixCounts !== undefined)
        checks.push(await prefixCountsCheck(ctx, expected.prefixCounts));
    if (expected.leases !== undefined)
        checks.push(await leasesCheck(ctx, expected.leases));
    checks.push(await authCheck(ctx, options));
    let write;
    if (options.write !== false) {
        const written = await writeCheck(ctx, revision.current);
        checks.push(written.check);
        write = written.write;
    }
    if (options.persisted !== undefined)
        checks.push(await persistedCheck(ctx, options.persisted));
    return write === undefined ? { checks } : { checks, write };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/lib/interrupt.ts
var interrupt = __webpack_require__(4068);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/lib/etcd-release/etcd-binary.ts




const NOT_FOUND = 'no etcd binary found: set the `etcd-path` input / --etcd-path, or put etcd on PATH';
/**
 * The etcd binary to boot: `explicitPath` when given, else the first `etcd` on PATH.
 * Runs `etcd --version` so a wrong file fails here, not halfway through a drill.
 */
function findEtcd(explicitPath) {
    const path = explicitPath === undefined || explicitPath === '' ? searchPath('etcd') : explicitPath;
    if (path === undefined)
        throw new errors/* InputError */.dz(NOT_FOUND);
    if (!isExecutableFile(path)) {
        throw new errors/* InputError */.dz(`etcd binary ${path} does not exist or is not executable`);
    }
    return { path, version: etcdVersion(path) };
}
function searchPath(command) {
    for (const dir of (process.env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (dir === '')
            continue;
        const candidate = (0,external_node_path_.join)(dir, command);
        if (isExecutableFile(candidate))
            return candidate;
    }
    return undefined;
}
function isExecutableFile(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function etcdVersion(path) {
    const run = (0,external_node_child_process_.spawnSync)(path, ['--version'], {
        encoding: 'utf8',
        timeout: 10_000,
        // ETCD_* variables would be read by `etcd --version` too; keep the probe clean.
        env: etcdEnv(),
        maxBuffer: 64 * 1024
    });
    if (run.error !== undefined) {
        throw new errors/* InputError */.dz(`cannot run ${path} --version: ${run.error.message}`);
    }
    const match = /etcd Version:\s*v?(\d+\.\d+\.\d+\S*)/.exec(run.stdout ?? '');
    if (run.status !== 0 || match === null) {
        const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().slice(0, 300);
        throw new errors/* InputError */.dz(`${path} is not an etcd server binary: \`--version\` exited ${run.status ?? run.signal} and printed ${JSON.stringify(output)}`);
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

;// CONCATENATED MODULE: ./src/lib/drill/etcd-process.ts






const STOP_GRACE_MS = 10_000;
const LOG_TAIL_BYTES = 4096;
/**
 * Every etcd child we started and have not seen exit; `stopAllEtcd()` reaps them, and the
 * interrupt registry (src/lib/interrupt.ts) on a signal or at process exit.
 */
const running = new Set();
/** A running etcd server. Create with `startEtcd`; always `await stop()`. */
class EtcdProcess {
    member;
    logPath;
    child;
    clientURL;
    /** Resolves when the process has exited (never rejects). */
    exited;
    exitInfo;
    stopping;
    /** The phase running when the process exited (interrupt.ts's name, e.g. "drill verify"). */
    exitPhase;
    constructor(member, logPath, child, clientPort) {
        this.member = member;
        this.logPath = logPath;
        this.child = child;
        this.clientURL = `http://127.0.0.1:${clientPort}`;
        const untrack = (0,interrupt/* trackChild */.yH)({ pid: child.pid, stop: (graceMs) => this.terminate(graceMs) });
        this.exited = new Promise((resolve) => {
            const done = (code, signal) => {
                this.exitInfo ??= { code, signal };
                this.exitPhase ??= (0,interrupt/* currentPhase */.hk)();
                running.delete(this);
                untrack();
                resolve(this.exitInfo);
            };
            child.once('exit', done);
            // spawn failures (ENOENT, EACCES) emit 'error' and maybe never 'exit'
            child.once('error', () => done(null, null));
        });
        running.add(this);
    }
    get name() {
        return this.member.name;
    }
    get pid() {
        return this.child.pid;
    }
    /** undefined while running; how it ended otherwise. */
    get exit() {
        return this.exitInfo;
    }
    /** True once stop() or kill() was called: an exit after it is ours, not a crash. */
    get stopRequested() {
        return this.stopping !== undefined;
    }
    /** SIGTERM, then SIGKILL after 10 s. Idempotent; resolves once the process is gone. */
    stop(graceMs = STOP_GRACE_MS) {
        this.stopping ??= this.terminate(graceMs);
        return this.stopping;
    }
    /**
     * SIGKILL at once, for a member whose data-dir is thrown away right after: nothing of its
     * state is kept, so a graceful stop would buy nothing. Idempotent with stop() (whichever came
     * first wins); resolves once the process is gone.
     */
    kill() {
        this.stopping ??= this.killNow();
        return this.stopping;
    }
    async killNow() {
        if (this.exitInfo !== undefined)
            return;
        this.child.kill('SIGKILL');
        await this.exited;
    }
    /** SIGTERM, SIGKILL after `graceMs`; not memoized, so a signal's shorter grace applies too. */
    async terminate(graceMs) {
        if (this.exitInfo !== undefined)
            return;
        this.child.kill('SIGTERM');
        let timer;
        const killed = new Promise((resolve) => {
            timer = setTimeout(() => {
                this.child.kill('SIGKILL');
                resolve();
            }, graceMs);
        });
        await Promise.race([this.exited, killed]);
        clearTimeout(timer);
        await this.exited;
    }
    /** The last lines of the member's log, for error messages. */
    logTail(lines = 15) {
        return readLogTail(this.logPath, lines);
    }
}
/**
 * Starts one member on loopback. The `--initial-*` flags only matter without a WAL; a restored
 * member has one, so they are ignored by etcd but keep the command line self-describing.
 */
function startEtcd(member, options) {
    const peerURLs = member.peerURLs.map((url) => loopbackURL(url, `${member.name} peer URL`));
    if (peerURLs.length === 0)
        throw new errors/* InputError */.dz(`member ${member.name} has no peer URLs`);
    const clientURL = `http://127.0.0.1:${options.clientPort}`;
    const args = [
        '--name',
        member.name,
        '--data-dir',
        member.dataDir,
        ...(member.walDir === undefined ? [] : ['--wal-dir', member.walDir]),
        '--listen-client-urls',
        clientURL,
        '--advertise-client-urls',
        clientURL,
        '--listen-peer-urls',
        peerURLs.join(','),
        '--initial-advertise-peer-urls',
        peerURLs.join(','),
        '--initial-cluster',
        options.initialCluster,
        '--initial-cluster-token',
        options.token,
        '--initial-cluster-state',
        'new',
        ...(options.quotaBackendBytes === undefined
            ? []
            : ['--quota-backend-bytes', String(options.quotaBackendBytes)])
    ];
    const logPath = (0,external_node_path_.join)(options.logDir, `${member.name.replace(/[^A-Za-z0-9._-]/g, '_')}.log`);
    const logFd = (0,external_node_fs_.openSync)(logPath, 'a', 0o600);
    try {
        const child = (0,external_node_child_process_.spawn)(options.etcdPath, args, {
            env: etcdEnv(),
            stdio: ['ignore', logFd, logFd],
            detached: false
        });
        return new EtcdProcess(member, logPath, child, options.clientPort);
    }
    finally {
        // the child holds its own copy of the descriptor
        (0,external_node_fs_.closeSync)(logFd);
    }
}
/** Stops every etcd this process started and has not seen exit. */
async function stopAllEtcd() {
    await Promise.all([...running].map((p) => p.stop()));
}
/** How many started etcd processes are still running (tests assert 0 at the end). */
function runningEtcdCount() {
    return running.size;
}
// Last resort when the test runner or CLI exits without awaiting stop(): never leave servers behind.
process.once('exit', () => {
    for (const p of running) {
        try {
            process.kill(p.pid ?? -1, 'SIGKILL');
        }
        catch {
            // already gone
        }
    }
});
/** Accepts only `http://127.0.0.1:<port>`: the drill never listens anywhere else. */
function loopbackURL(raw, what) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* InputError */.dz(`${what} ${JSON.stringify(raw)} is not a URL`);
    }
    if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || url.port === '') {
        throw new errors/* InputError */.dz(`${what} ${raw} is not http://127.0.0.1:<port>: the boot drill only listens on loopback; ` +
            'restore a drill copy with loopback peer URLs');
    }
    return `http://127.0.0.1:${url.port}`;
}
function readLogTail(path, lines) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        const length = Math.min(size, LOG_TAIL_BYTES);
        const buffer = Buffer.alloc(length);
        (0,external_node_fs_.readSync)(fd, buffer, 0, length, size - length);
        return withoutUsage(buffer.toString('utf8').trimEnd()).split('\n').slice(-lines).join('\n');
    }
    catch (error) {
        return `(no log: ${error.message})`;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * etcd prints its whole usage text after a flag error ("flag provided but not defined: …"); from
 * 3.7 on it is longer than a log tail, which would then hold no word of the error. The usage is
 * cut, the lines before it kept.
 */
function withoutUsage(log) {
    const usage = log.search(/^Usage:$/m);
    if (usage <= 0)
        return log;
    return `${log.slice(0, usage).trimEnd()}\n(etcd's usage text follows in the full log)`;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/lib/drill/ports.ts


/**
 * `n` distinct free TCP ports on 127.0.0.1. Every listener stays open until all are bound, so
 * the kernel cannot hand out the same port twice; `exclude` skips ports already promised
 * elsewhere (e.g. restored peer URLs).
 *
 * Two drills on one runner (self-hosted runners run jobs side by side) pick at the same time:
 * once our probe closes, the kernel may give the same port to the other drill's probe before
 * our etcd binds it. So every port returned is also claimed, runner-wide, until releasePorts: a
 * claim is an abstract Unix socket named after the port (Linux; the kernel drops it when the
 * process dies, even by SIGKILL, so a claim never outlives its drill), and a port another
 * process (or this one) has claimed is skipped. Where abstract sockets do not exist there are
 * no claims. A port can still be taken by an unrelated process after this returns; the boot
 * reports that as a bind failure and retries once on fresh client ports.
 */
async function freeLoopbackPorts(n, exclude = new Set()) {
    if (!Number.isInteger(n) || n < 0 || n > 1000) {
        throw new errors/* InputError */.dz(`freeLoopbackPorts: cannot allocate ${n} ports`);
    }
    const servers = [];
    const ports = [];
    try {
        // Bounded: each excluded or claimed port can cost at most one extra bind.
        for (let attempts = 0; ports.length < n && attempts < 2 * n + exclude.size + 10; attempts++) {
            const server = await listen(0);
            servers.push(server);
            const port = server.address().port;
            if (!exclude.has(port) && !ports.includes(port) && (await claim(port)))
                ports.push(port);
        }
    }
    finally {
        await Promise.all(servers.map((s) => new Promise((resolve) => s.close(() => resolve()))));
    }
    if (ports.length < n) {
        releasePorts(ports);
        throw new errors/* VerificationError */.mk(`could not find ${n} free ports on 127.0.0.1`);
    }
    return ports;
}
/** Ends this process's claims on `ports` (freeLoopbackPorts): other drills may pick them again. */
function releasePorts(ports) {
    for (const port of ports) {
        claims.get(port)?.close();
        claims.delete(port);
    }
}
/** This process's port claims (freeLoopbackPorts), by port. */
const claims = new Map();
/** False once the platform refused an abstract socket: no claims then. */
let claimsWork = process.platform === 'linux';
/** Claims `port` runner-wide; false when this or another process already holds it. */
async function claim(port) {
    if (claims.has(port))
        return false;
    if (!claimsWork)
        return true;
    try {
        const server = await listenOn(`\0etcd-restore-port-${port}`);
        claims.set(port, server);
        return true;
    }
    catch (error) {
        if (error.code === 'EADDRINUSE')
            return false;
        claimsWork = false;
        return true;
    }
}
/** True when nothing listens on 127.0.0.1:`port` (we could bind it). */
async function isLoopbackPortFree(port) {
    try {
        const server = await listen(port);
        await new Promise((resolve) => server.close(() => resolve()));
        return true;
    }
    catch {
        return false;
    }
}
function listen(port) {
    return listenOn({ host: '127.0.0.1', port, exclusive: true });
}
/** A listener that accepts nothing and never keeps the process alive. */
function listenOn(where) {
    return new Promise((resolve, reject) => {
        const server = (0,external_node_net_.createServer)((socket) => socket.destroy());
        server.unref();
        server.once('error', reject);
        server.listen(where, () => {
            server.off('error', reject);
            resolve(server);
        });
    });
}

;// CONCATENATED MODULE: ./src/lib/drill/member-failure.ts




/** Lines of each member's log kept in a failed drill's report and error. */
const LOG_TAIL_LINES = 20;
/**
 * A member that did not come up (exited, or no agreed leader in time) during `phase`: names it
 * and carries every member's log tail, read before the drill's log folder goes away.
 */
class MemberDownError extends errors/* VerificationError */.mk {
    member;
    phase;
    logs;
    constructor(message, member, phase, logs) {
        super(message);
        this.member = member;
        this.phase = phase;
        this.logs = logs;
    }
    /** The same failure, with a sentence added to its message. */
    withNote(note) {
        return new MemberDownError(`${this.message}\n${note}`, this.member, this.phase, this.logs);
    }
    /** etcd could not bind one of its ports (taken between our pick and its bind). */
    get portCollision() {
        return /address already in use/.test(this.logs.find((l) => l.name === this.member)?.logTail ?? '');
    }
}
/** Every member's last LOG_TAIL_LINES log lines. */
function memberLogs(processes) {
    return processes.map((p) => ({ name: p.name, logTail: p.logTail(LOG_TAIL_LINES) }));
}
const BASE_TIMEOUT_MS = 60_000;
const PER_GB_MS = 10_000;
const GB = 1024 ** 3;
/**
 * The default `drill-timeout`: how long one boot (the first, or the restart) may take until
 * every member is healthy under one leader: 60 s plus 10 s per started GB of the biggest db
 * (etcd reads and hashes the whole db before it serves).
 */
function defaultDrillTimeoutMs(members) {
    return BASE_TIMEOUT_MS + PER_GB_MS * Math.ceil(biggestDb(members) / GB);
}
/** Size in bytes of the biggest member db (0 when none can be read). */
function biggestDb(members) {
    let biggest = 0;
    for (const m of members) {
        try {
            biggest = Math.max(biggest, (0,external_node_fs_.statSync)((0,layout/* memberLayout */.Pl)(m.dataDir).dbPath).size);
        }
        catch {
            // a missing db is reported by etcd itself at boot
        }
    }
    return biggest;
}
/**
 * Copies the members' full logs (`<member>.log`, the restart's lines appended) from the drill's
 * log folder into `to` before that folder is removed. Best effort: a log is a diagnostic, a
 * failed copy never fails the drill.
 */
function saveLogs(logDir, to) {
    try {
        (0,external_node_fs_.mkdirSync)(to, { recursive: true });
        for (const name of (0,external_node_fs_.readdirSync)(logDir))
            (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(logDir, name), (0,external_node_path_.join)(to, name));
    }
    catch {
        // the report's memberLogs still hold the tails
    }
}

;// CONCATENATED MODULE: ./src/lib/drill/cluster.ts










// a boot takes seconds; a 50 ms poll costs little (a request to a member still starting waits
// on its socket) and finds the cluster ready sooner than 150 ms did
const POLL_MS = 50;
/** How often a stopping leader's /metrics is read for its active peers (stopMembers). */
const PEERS_POLL_MS = 20;
const MAX_MEMBERS = 64;
/** Boots restored members on loopback and waits until every one is healthy under one leader. */
async function bootCluster(members, opts) {
    const peerPorts = await freePeerPorts(members);
    let clientPorts = await freeLoopbackPorts(members.length, peerPorts);
    const timeoutMs = opts.timeoutMs ?? defaultDrillTimeoutMs(members);
    const logDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(opts.logParent ?? (0,external_node_os_.tmpdir)(), 'etcd-drill-'));
    const untrackLogs = (0,interrupt/* trackFolder */.MZ)(logDir);
    // the client ports stay claimed (freeLoopbackPorts) until the members stop for good
    const removeLogs = () => {
        releasePorts(clientPorts);
        if (opts.saveLogsTo !== undefined)
            saveLogs(logDir, opts.saveLogsTo);
        if (opts.keepLogs !== true)
            (0,external_node_fs_.rmSync)(logDir, { recursive: true, force: true });
        untrackLogs();
    };
    const quota = quotaFor(members);
    let whileStarting = opts.whileStarting;
    let booted = [];
    let leaderId = '';
    const startOnce = async (pauseAt) => {
        booted = [];
        try {
            members.forEach((member, i) => {
                const process = startEtcd(member, {
                    etcdPath: opts.etcdPath,
                    clientPort: clientPorts[i],
                    initialCluster: opts.initialCluster,
                    token: opts.token,
                    logDir,
                    quotaBackendBytes: quota
                });
                const clientURL = process.clientURL;
                booted.push({
                    name: member.name,
                    clientURL,
                    process,
                    client: new GatewayClient(clientURL, 5_000, opts.credentials)
                });
            });
            await (0,interrupt/* pausePoint */.tK)(pauseAt); // a test hook: every member started, none ready yet
            if (pauseAt === 'boot')
                whileStarting = runOnce(whileStarting); // not again on a retry
            leaderId = await waitReady(booted, timeoutMs, pauseAt);
        }
        catch (error) {
            await stopMembers(booted);
            throw error;
        }
    };
    // a port taken between our pick and etcd's bind: once more on fresh client ports
    const startAll = async (phase) => {
        try {
            await startOnce(phase);
        }
        catch (error) {
            if (!(error instanceof MemberDownError && error.portCollision))
                throw error;
            const busyPeer = await busyPort(peerPorts);
            if (busyPeer !== undefined) {
                throw error.withNote(`peer port 127.0.0.1:${busyPeer} is still in use (a restored peer URL cannot move): not retried`);
            }
            const taken = clientPorts;
            clientPorts = await freeLoopbackPorts(members.length, peerPorts);
            releasePorts(taken);
            await startOnce(phase);
        }
    };
    const cluster = {
        get endpoints() {
            return booted.map((m) => m.clientURL);
        },
        get members() {
            return booted;
        },
        logDir,
        get leaderId() {
            return leaderId;
        },
        stop: async () => {
            await stopMembers(booted);
            removeLogs();
        },
        kill: async () => {
            await Promise.all(booted.map((m) => m.process.kill()));
            removeLogs();
        },
        restart: async () => {
            await stopMembers(booted);
            await startAll('restart');
        }
    };
    try {
        await opts.afterPortPick?.({ client: clientPorts, peer: [...peerPorts] });
        await startAll('boot');
    }
    catch (error) {
        removeLogs();
        throw error;
    }
    return cluster;
}
/** Runs `work` (when given); returns what is left to run: nothing. */
function runOnce(work) {
    work?.();
    return undefined;
}
/**
 * The members' loopback peer ports, once every member is known to be a restored data-dir (a
 * unique name, a WAL, a db) and every port free.
 */
async function freePeerPorts(members) {
    if (members.length === 0 || members.length > MAX_MEMBERS) {
        throw new errors/* InputError */.dz(`boot drill needs 1..${MAX_MEMBERS} members, got ${members.length}`);
    }
    const names = new Set(members.map((m) => m.name));
    if (names.size !== members.length)
        throw new errors/* InputError */.dz('boot drill: member names must be unique');
    const peerPorts = new Set();
    for (const m of members) {
        assertRestored(m);
        if (m.peerURLs.length === 0)
            throw new errors/* InputError */.dz(`member ${m.name} has no peer URLs`);
        for (const url of m.peerURLs)
            peerPorts.add(Number(new URL(loopbackURL(url, `${m.name} peer URL`)).port));
    }
    const busy = await busyPort(peerPorts);
    if (busy !== undefined) {
        throw new errors/* VerificationError */.mk(`peer port 127.0.0.1:${busy} is already in use: the restored peer URLs must be free to boot the drill cluster`);
    }
    return peerPorts;
}
async function busyPort(ports) {
    for (const port of ports)
        if (!(await isLoopbackPortFree(port)))
            return port;
    return undefined;
}
/**
 * Polls /health and Status until every member is healthy and all report the same leader, which
 * is one of them. A member that exits fails at once, naming it and quoting its log.
 */
async function waitReady(members, timeoutMs, phase) {
    const deadline = Date.now() + timeoutMs;
    const last = new Map();
    for (;;) {
        for (const m of members) {
            const exit = m.process.exit;
            if (exit !== undefined) {
                throw new MemberDownError(`etcd member ${m.name} exited during ${phase} (code ${exit.code}, signal ${exit.signal}); last log lines from ${m.process.logPath}:\n${m.process.logTail(LOG_TAIL_LINES)}`, m.name, phase, memberLogs(members.map((b) => b.process)));
            }
        }
        const leaders = await Promise.all(members.map(async (m) => {
            try {
                if (!(await m.client.health())) {
                    last.set(m.name, 'not healthy yet');
                    return undefined;
                }
                const status = await m.client.status();
                last.set(m.name, `leader ${status.leader.toString(16)}`);
                return status.leader;
            }
            catch (error) {
                // a refused login or a user without the root role does not heal by waiting
                if (error instanceof GatewayError && error.loginRefused) {
                    throw new errors/* VerificationError */.mk(`etcd member ${m.name}: cannot log in: ${error.message}`);
                }
                if (error instanceof GatewayError && error.permissionDenied) {
                    throw new errors/* VerificationError */.mk(`etcd member ${m.name}: the drill user may not read the member status ` +
                        `(etcd 3.4.42+, 3.5.28–3.5.31 and 3.6.9–3.6.11 want the root role): ${error.message}`);
                }
                last.set(m.name, error.message);
                return undefined;
            }
        }));
        const first = leaders[0];
        if (first !== undefined && first !== 0n && leaders.every((l) => l === first)) {
            return first.toString(16);
        }
        if (Date.now() > deadline) {
            const waiting = members.find((_m, i) => leaders[i] === undefined || leaders[i] === 0n) ?? members[0];
            const states = members.map((m) => `${m.name}: ${last.get(m.name) ?? 'no answer'}`).join('; ');
            const name = waiting?.name ?? '?';
            throw new MemberDownError(`etcd cluster not ready after ${timeoutMs} ms (drill-timeout) during ${phase}: member ${name} not ready (${states}); last log lines from ${waiting?.process.logPath}:\n${waiting?.process.logTail(LOG_TAIL_LINES)}`, name, phase, memberLogs(members.map((b) => b.process)));
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
}
/**
 * A graceful stop of every member: the followers together, then the leader once it counts no
 * follower active (or they have exited). A leader signalled while it counts a peer active hands
 * its leadership over first (etcd's TransferLeadership), and when that peer is itself stopping it
 * waits for it up to ~7 s; counting none, it has no one to hand over to and exits at once. A member
 * stopping while a peer still holds connections to it waits up to 1 s for them to close: the
 * followers wait so for the leader, which goes as soon as they have left the cluster, not 1 s later.
 */
async function stopMembers(members) {
    const left = members.filter((m) => m.process.exit === undefined);
    const followersGone = [];
    try {
        if (left.length > 1) {
            const leader = left[await leaderIndex(left)];
            const followers = Promise.all(left.filter((m) => m !== leader).map((m) => m.process.stop()));
            followersGone.push(followers.then(() => undefined));
            await leaderAlone(leader, followers);
        }
    }
    finally {
        // the leader; and whatever happened above, nothing stays running
        await Promise.all([...members.map((m) => m.process.stop()), ...followersGone]);
    }
}
/**
 * Resolves once `leader` counts no active peer (its /metrics), or else once `followers` have
 * exited (a member without the metric, or not answering).
 */
async function leaderAlone(leader, followers) {
    let gone = false;
    void followers.then(() => (gone = true));
    while (!gone) {
        const active = await leader.client.activePeers().catch(() => undefined);
        if (active === 0)
            return;
        if (active === undefined)
            break;
        await Promise.race([followers, new Promise((resolve) => setTimeout(resolve, PEERS_POLL_MS))]);
    }
    await followers;
}
/** Index of the member that is the leader now; 0 when nobody knows. */
async function leaderIndex(members) {
    const statuses = await Promise.all(members.map((m) => m.client.status().catch(() => undefined)));
    const leader = statuses.find((s) => s !== undefined && s.leader !== 0n)?.leader;
    const index = statuses.findIndex((s) => s !== undefined && s.header.memberId === leader);
    return index < 0 ? 0 : index;
}
/**
 * Without a WAL etcd would bootstrap a brand-new empty member (creating folders as needed), and
 * the drill would test something other than the restore: refuse that up front.
 */
function assertRestored(m) {
    const { walDir, dbPath: db } = (0,layout/* memberLayout */.Pl)(m.dataDir, m.walDir);
    let wals = [];
    try {
        wals = (0,external_node_fs_.readdirSync)(walDir).filter((f) => f.endsWith('.wal'));
    }
    catch {
        // reported below
    }
    if (wals.length === 0) {
        throw new errors/* VerificationError */.mk(`member ${m.name}: no *.wal file in ${walDir}: not a restored data-dir, refusing to boot it`);
    }
    if (!(0,external_node_fs_.existsSync)(db))
        throw new errors/* VerificationError */.mk(`member ${m.name}: ${db} is missing: not a restored data-dir`);
}
/** etcd 3.4's default quota is 2 GiB; give big restored dbs room for the drill write (max 8 GiB). */
function quotaFor(members) {
    const wanted = biggestDb(members) + 1024 * 1024 * 1024;
    if (wanted <= 2 * 1024 * 1024 * 1024)
        return undefined;
    return Math.min(wanted, 8 * 1024 * 1024 * 1024);
}

;// CONCATENATED MODULE: ./src/lib/drill/restart.ts




/**
 * The restart phase: stops every member, starts them again on the same ports, and runs the
 * checks once more (named `after-restart:<check>`), now looking for the first round's write
 * instead of writing again. A cluster that does not come back is a failed `restart` check.
 */
async function restartAndVerify(cluster, expected, first, auth, logger, durationsMs) {
    let t = performance.now();
    await (0,interrupt/* enterPhase */.aO)('restart');
    const restart = await runCheck('restart', 'all members back, one leader', async () => {
        await cluster.restart();
        return { ok: true, actual: `leader ${cluster.leaderId}` };
    }, failsOn(errors/* VerificationError */.mk));
    durationsMs.restart = elapsedMs(t);
    if (!restart.ok)
        return [restart];
    t = performance.now();
    await (0,interrupt/* enterPhase */.aO)('verify after restart');
    const second = await logger.group('drill: verify after restart', () => verifyCluster(cluster, expected, {
        write: false,
        ...auth,
        ...(first.write === undefined ? {} : { persisted: first.write })
    }));
    durationsMs.verifyAfterRestart = elapsedMs(t);
    return [restart, ...second.checks.map((c) => ({ ...c, name: `after-restart:${c.name}` }))];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/lib/drill/workspace.ts






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
        return (0,external_node_os_.tmpdir)();
    try {
        const fs = (0,external_node_fs_.statfsSync)(shm);
        const free = Number(fs.bavail) * Number(fs.bsize);
        if (bytes <= free / 2 && bytes + MEMORY_RESERVE <= (0,external_node_os_.freemem)())
            return shm;
    }
    catch {
        // no /dev/shm here (not Linux, or a container without it)
    }
    return (0,external_node_os_.tmpdir)();
}
/** A new, empty folder for booted copies under `parent`, tracked for removal on a signal. */
function copiesFolder(parent = (0,external_node_os_.tmpdir)()) {
    const root = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, 'etcd-drill-data-'));
    const untrack = (0,interrupt/* trackFolder */.MZ)(root);
    let removed = false;
    return {
        root,
        member(index, name, separateWal) {
            // index prefix: member names are free text and may repeat characters unsafe in paths
            const dir = (0,external_node_path_.join)(root, `${index}-${name.replace(/[^A-Za-z0-9._-]/g, '_')}`);
            const dataDir = (0,external_node_path_.join)(dir, 'data');
            return separateWal ? { dataDir, walDir: (0,external_node_path_.join)(dir, 'wal') } : { dataDir };
        },
        remove() {
            if (removed)
                return;
            (0,external_node_fs_.rmSync)(root, { recursive: true, force: true });
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
async function copyMembers(members, parent = (0,external_node_os_.tmpdir)()) {
    const folder = copiesFolder(parent);
    const copies = copiedMembers(members, folder);
    const copy = (from, to) => (0,promises_.cp)(from, to, { recursive: true, mode: external_node_fs_.constants.COPYFILE_FICLONE });
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
        throw (0,errors/* diskFull */.xg)(failed.reason, folder.root); // `disk full: …/etcd-drill-data-…` (already removed)
    }
    return copies;
}

;// CONCATENATED MODULE: ./src/lib/drill/boot.ts











/** Every phase at 0 ms, in the report's order. */
const NOT_RUN = {
    copy: 0,
    boot: 0,
    verify: 0,
    restart: 0,
    verifyAfterRestart: 0,
    stop: 0,
    total: 0
};
/**
 * `verify: boot`: boots the restored members on loopback, checks what they serve, writes one
 * key, restarts them all and checks again (the write must survive). Every etcd started here is
 * stopped before this returns or throws. A cluster that does not come up is a failed `boot`
 * check, not an exception.
 */
async function runBootDrill(opts) {
    const logger = opts.logger ?? lib_logger/* silentLogger */.q;
    const started = performance.now();
    // before copying gigabytes: the drill can only boot members restored with loopback peer URLs
    for (const m of opts.members)
        for (const url of m.peerURLs)
            loopbackURL(url, `${m.name} peer URL`);
    logger.info(`boot drill: etcd ${opts.etcd.version} (${opts.etcd.path}), ${opts.members.length} members`);
    const auth = authPlan(opts.expected.authEnabled, opts.credentials);
    for (const note of auth.notes)
        logger.info(`boot drill: ${note}`);
    const durationsMs = { ...NOT_RUN };
    const checks = [];
    let t = performance.now();
    let copies = opts.copies;
    try {
        await (0,interrupt/* enterPhase */.aO)('copy');
        if (copies === undefined && opts.inPlace !== true)
            copies = await copyMembers(opts.members, opts.copiesDir);
    }
    catch (error) {
        opts.copies?.remove();
        throw error;
    }
    // 0 when the restore wrote the copies (opts.copies): no copy phase here
    durationsMs.copy = opts.copies === undefined ? elapsedMs(t) : 0;
    let cluster;
    let logs;
    try {
        await (0,interrupt/* pausePoint */.tK)('copy'); // a test hook: the copies made, no etcd yet
        const members = copies?.members ?? opts.members;
        await opts.beforeBoot?.(members);
        if (auth.mode.authOff === true)
            switchAuthOff(members);
        t = performance.now();
        await (0,interrupt/* enterPhase */.aO)('boot');
        let expected = opts.expected;
        const compute = opts.computeExpected;
        const whileStarting = compute === undefined ? undefined : () => void (expected = compute());
        const boot = await bootCheck(members, opts, auth.mode.credentials, whileStarting);
        checks.push(boot.check);
        durationsMs.boot = elapsedMs(t);
        cluster = boot.cluster;
        logs = boot.logs;
        if (cluster !== undefined) {
            const checked = { ...opts, expected };
            checks.push(...(await checkAndRestart(cluster, checked, auth.mode, logger, durationsMs)));
            if (!checks.every((c) => c.ok))
                logs = memberLogs(cluster.members.map((m) => m.process));
        }
    }
    finally {
        t = performance.now();
        await (0,interrupt/* enterPhase */.aO)('stop');
        if (opts.throwaway ?? opts.inPlace !== true)
            await cluster?.kill();
        else
            await cluster?.stop();
        copies?.remove();
        durationsMs.stop = elapsedMs(t);
    }
    durationsMs.total = elapsedMs(started);
    logChecks(checks, logger);
    return {
        passed: checks.every((c) => c.ok),
        checks,
        notes: auth.notes,
        etcdVersion: opts.etcd.version,
        etcdPath: opts.etcd.path,
        durationsMs,
        ...(logs === undefined ? {} : { memberLogs: logs })
    };
}
/**
 * A member that crashed after the cluster came up (during the checks, or after the restart) is
 * a failed `members-up` check naming it, the phase and its log tail; undefined when all run.
 */
function memberDownCheck(cluster) {
    const down = cluster.members.find((m) => m.process.exit !== undefined && !m.process.stopRequested);
    if (down === undefined)
        return undefined;
    const exit = down.process.exit;
    return {
        name: 'members-up',
        ok: false,
        expected: 'every member running until the drill stops it',
        actual: `etcd member ${down.name} exited during ${down.process.exitPhase ?? 'the checks'} ` +
            `(code ${exit?.code}, signal ${exit?.signal}); last log lines:\n${down.process.logTail(LOG_TAIL_LINES)}`,
        ms: 0
    };
}
/**
 * With auth on in the snapshot: log in with the drill credentials, or without them switch auth
 * off in the booted copies. Notes say which, for the report.
 */
function authPlan(authEnabled, credentials) {
    const login = authEnabled === true ? credentials : undefined;
    const authOff = authEnabled === true && login === undefined;
    const notes = [];
    if (authOff) {
        notes.push(`auth: ${AUTH_OFF_NOTE} (no drill credentials given; the restored output keeps auth on)`);
    }
    else if (credentials !== undefined && authEnabled === false) {
        notes.push('auth: disabled in the snapshot; the drill credentials were not needed and not used');
    }
    return { mode: login === undefined ? { authOff } : { credentials: login }, notes };
}
/** The boot phase: every member healthy under one leader, or a failed `boot` check. */
async function bootCheck(members, opts, login, whileStarting) {
    let cluster;
    let logs;
    const failed = failsOn(errors/* VerificationError */.mk);
    const check = await runCheck('boot', 'all members healthy, one leader', async () => {
        const booted = await bootCluster(members, {
            etcdPath: opts.etcd.path,
            initialCluster: opts.initialCluster,
            token: opts.token,
            ...(opts.bootTimeoutMs === undefined ? {} : { timeoutMs: opts.bootTimeoutMs }),
            ...(opts.saveLogsTo === undefined ? {} : { saveLogsTo: opts.saveLogsTo }),
            // the logs go where the booted members are (memory, when they fit there): see logParent
            ...(opts.copiesDir === undefined ? {} : { logParent: opts.copiesDir }),
            ...(login === undefined ? {} : { credentials: login }),
            ...(opts.afterPortPick && { afterPortPick: opts.afterPortPick }),
            ...(whileStarting && { whileStarting })
        });
        cluster = booted;
        return { ok: true, actual: `leader ${booted.leaderId}` };
    }, (error) => {
        if (error instanceof MemberDownError)
            logs = error.logs;
        return failed(error);
    });
    if (cluster !== undefined)
        return { check, cluster };
    return logs === undefined ? { check } : { check, logs };
}
/** The checks phase on the booted cluster, then the restart phase. */
async function checkAndRestart(cluster, opts, auth, logger, durationsMs) {
    const t = performance.now();
    await (0,interrupt/* enterPhase */.aO)('verify');
    await (0,interrupt/* pausePoint */.tK)('verify'); // a test hook: the cluster up, nothing checked yet
    const first = await logger.group('drill: verify', () => verifyCluster(cluster, opts.expected, { write: true, ...auth }));
    durationsMs.verify = elapsedMs(t);
    const crashed = memberDownCheck(cluster);
    if (crashed !== undefined)
        return [...first.checks, crashed];
    const second = await restartAndVerify(cluster, opts.expected, first, auth, logger, durationsMs);
    const down = memberDownCheck(cluster);
    return down === undefined ? [...first.checks, ...second] : [...first.checks, ...second, down];
}
function logChecks(checks, logger) {
    for (const c of checks) {
        const line = `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.actual}${c.ok ? '' : ` (expected ${c.expected})`} [${c.ms} ms]`;
        if (c.ok)
            logger.info(line);
        else
            logger.warn(line);
    }
}

// EXTERNAL MODULE: ./src/lib/inventory/inventory.ts + 6 modules
var inventory_inventory = __webpack_require__(8003);
;// CONCATENATED MODULE: ./src/lib/drill/checks/kubernetes.ts


/**
 * The drill's `kubernetes` check, judged on the inventory the restore took (deep decode, and
 * decryption with the EncryptionConfiguration when one was given): fails on any value under the
 * Kubernetes prefix that does not decode, any object whose metadata.name/namespace disagree with
 * its key, and any encrypted value the given config cannot open. Passes as "not a Kubernetes
 * snapshot" when no key sits under the prefix. Keys only in its lines, never values.
 */
function kubernetesCheck(inventory, configGiven) {
    const expected = configGiven
        ? 'every object decodes under its own key; every encrypted value decrypts with the encryption config'
        : 'every object decodes under its own key';
    return runCheck('kubernetes', expected, () => Promise.resolve(judge(inventory, configGiven)));
}
function examples(k) {
    return k.examples.length > 0
        ? ` (${k.examples.join(', ')}${k.count > k.examples.length ? ', …' : ''})`
        : '';
}
/** The check's verdict from the inventory's deep decode. */
function judge(inventory, configGiven) {
    if (!inventory)
        return { ok: true, actual: 'not checked: the restore took no inventory' };
    const k8s = inventory.kubernetes;
    if (!k8s)
        return { ok: true, actual: 'not checked: the inventory has no deep decode' };
    if (k8s.keys === 0)
        return { ok: true, actual: `not a Kubernetes snapshot: no key under ${k8s.prefix}` };
    const problems = [];
    const { undecodable, mismatched } = k8s;
    if (undecodable.count > 0)
        problems.push(`${undecodable.count} values do not decode${examples(undecodable)}`);
    if (mismatched.count > 0)
        problems.push(`${mismatched.count} objects disagree with their key on name/namespace${examples(mismatched)}`);
    const undecryptable = (0,inventory_inventory.undecryptableSummary)(k8s);
    if (undecryptable)
        problems.push(undecryptable);
    if (configGiven && !k8s.encryption.config && k8s.encryption.keys.length > 0)
        problems.push('the encrypted values were not checked against the encryption config');
    if (problems.length > 0)
        return { ok: false, actual: problems.join('; ') };
    const enc = k8s.encryption;
    const encrypted = enc.keys.reduce((n, g) => n + g.values, 0);
    const secrets = encrypted === 0
        ? ''
        : enc.config
            ? `; ${encrypted} encrypted values: ${enc.keys.map((g) => g.verdict).join('; ')}`
            : `; ${encrypted} encrypted values not decrypted (no encryption config given)`;
    return {
        ok: true,
        actual: `${k8s.objects} objects under ${k8s.prefix} decode under their own key${secrets}`
    };
}

// EXTERNAL MODULE: ./src/lib/bolt/db.ts
var bolt_db = __webpack_require__(5965);
// EXTERNAL MODULE: ./src/lib/backend/hashkv.ts
var hashkv = __webpack_require__(4339);
// EXTERNAL MODULE: ./src/lib/backend/status.ts
var backend_status = __webpack_require__(1100);
;// CONCATENATED MODULE: ./src/lib/drill/expectations.ts






/** Inventory prefix groups the prefix-counts check ranges over, at most. */
const MAX_CHECKED_PREFIXES = 50;
/** Users and roles the auth check compares by name, at most. */
const MAX_NAMES = 1000;
/**
 * Revision and HashKV come from the restore (the snapshot's own); the live key count, the user
 * and role names and, after --bump-revision, the HashKV from the output's db, where the bump
 * marker and its scheduled compaction live. Member and cluster IDs are those of what is booted
 * (the output or its loopback twin). Logs and notes a server/cluster version mismatch.
 */
function computeExpectations(output, booted, etcdVersion, log) {
    const bumped = BigInt(output.bumpRevision) > 0n;
    const offline = readOutputDb(output, bumped);
    const notes = [...offline.notes];
    const hash = bumped ? offline.bumpedHash : output.snapshot.hashKV;
    if (bumped) {
        notes.push(`--bump-revision ${output.bumpRevision}: revision, compaction and HashKV expected from the restored db ` +
            `(starting at revision ${output.restoredRevision}), not from the snapshot`);
    }
    const expected = {
        revision: output.restoredRevision,
        compactRevision: hash?.compactRevision ?? output.snapshot.compactRevision,
        memberIds: booted.cluster.members.map((m) => m.id),
        clusterId: booted.cluster.id,
        authEnabled: output.snapshot.authEnabled,
        ...offline.auth,
        ...prefixExpectations(output.snapshot.inventory)
    };
    if (hash !== undefined)
        expected.hashKV = hash.hash;
    else
        notes.push('HashKV not computed offline: the hashkv check only requires agreement');
    if (offline.keyCount !== undefined)
        expected.keyCount = offline.keyCount;
    const mismatch = versionMismatch(etcdVersion, output.snapshot.clusterVersion);
    if (mismatch !== undefined) {
        log.warn(`restore drill: ${mismatch}`);
        notes.push(mismatch);
    }
    return { expected, notes };
}
/**
 * What the first member's db holds that the restore report does not: read without booting it.
 * The live key count is the restore's inventory's when it has one and the restore added no key
 * (no --bump-revision): the output's `key` bucket is then the snapshot's, entry for entry, and
 * the inventory counted it in the restore's own sweep (the keys whose latest revision is not a
 * deletion, as snapshotStatus counts them). Only the small auth buckets are read then, not the
 * whole db (a second pass over every value: ~0.9 CPU-s at 1 GB, while etcd starts).
 */
function readOutputDb(output, bumped) {
    const first = output.cluster.members[0];
    if (first === undefined)
        return { notes: [] };
    const inventory = output.snapshot.inventory;
    const counted = bumped ? undefined : inventory?.liveKeys;
    const file = page_file/* FileByteFile */.Ly.open((0,layout/* memberLayout */.Pl)(first.dataDir).dbPath, { writable: false });
    try {
        const db = bolt_db/* BoltDb */.k.open(file);
        if (counted !== undefined) {
            const names = { users: listed(db, schema/* Buckets */.cR.authUsers), roles: listed(db, schema/* Buckets */.cR.authRoles) };
            return { keyCount: counted, ...authNames(names) };
        }
        // the live keys and the auth names; not the CRC over every byte (etcdctl's hash), unused here
        const status = (0,backend_status/* snapshotStatus */.x)(db, { maxListed: MAX_NAMES + 1, hash: false });
        const live = status.liveKeys;
        const { notes, auth } = authNames(status.auth);
        // the bump marker's empty value reads as key "", alive, and never counted by a range from "\0"
        if (live === undefined)
            notes.push('too many distinct keys to count offline: key-count only requires agreement');
        return {
            ...(live === undefined ? {} : { keyCount: bumped ? live - 1 : live }),
            ...(auth === undefined ? {} : { auth }),
            ...(bumped ? { bumpedHash: (0,hashkv/* hashKV */.u)(db, 0) } : {}),
            notes
        };
    }
    finally {
        file.close();
    }
}
/** The names to compare, when no list hit the bound (a list that did is not the whole list). */
function authNames(names) {
    const { users, roles } = names;
    if (users.length <= MAX_NAMES && roles.length <= MAX_NAMES)
        return { auth: { users, roles }, notes: [] };
    return { notes: [`more than ${MAX_NAMES} users or roles: their names are not compared`] };
}
/** The first MAX_NAMES + 1 keys of a top-level bucket as text (snapshotStatus's lists). */
function listed(db, name) {
    const names = [];
    for (const entry of db.bucket(name)?.entries() ?? []) {
        if (names.length > MAX_NAMES)
            break;
        names.push(expectations_text.decode(entry.key));
    }
    return names;
}
const expectations_text = new TextDecoder();
/**
 * The per-prefix key counts a booted cluster must serve, from the restore report's inventory:
 * each prefix group's range also holds the keys of every longer group inside it
 * (`/registry/services/` holds `/registry/services/specs/`), so that is the expected count. The
 * group of keys without a `/` cannot be ranged apart and is skipped; only the largest
 * MAX_CHECKED_PREFIXES groups are checked, to bound the requests.
 */
function prefixExpectations(inventory) {
    if (!inventory)
        return {};
    const groups = inventory.prefixes.filter((p) => p.prefix !== '' && !p.prefix.includes('\uFFFD'));
    const prefixCounts = groups.slice(0, MAX_CHECKED_PREFIXES).map(({ prefix }) => ({
        prefix,
        keys: groups.reduce((n, q) => (q.prefix.startsWith(prefix) ? n + q.keys : n), 0)
    }));
    return { prefixCounts };
}
/**
 * A warning when the booting server's minor version is not the snapshot's cluster version
 * (`cluster/clusterVersion`, e.g. 3.5.0): the drill then proves less about the real cluster.
 */
function versionMismatch(serverVersion, clusterVersion) {
    if (clusterVersion === undefined)
        return undefined;
    const minor = (v) => v.split('.').slice(0, 2).join('.');
    if (minor(serverVersion) === minor(clusterVersion))
        return undefined;
    return (`version: booted with etcd ${serverVersion}, but the snapshot's cluster ran etcd ${minor(clusterVersion)} ` +
        `(cluster version ${clusterVersion}); drill with an etcd ${minor(clusterVersion)} server (--etcd-path / etcd-path) to test what production runs`);
}

// EXTERNAL MODULE: ./src/lib/restore/index.ts + 28 modules
var restore = __webpack_require__(1166);
// EXTERNAL MODULE: ./src/lib/cluster/initial-cluster.ts + 1 modules
var initial_cluster = __webpack_require__(9794);
// EXTERNAL MODULE: ./src/lib/restore/plan.ts
var plan = __webpack_require__(9587);
;// CONCATENATED MODULE: ./src/lib/drill/twin.ts








/**
 * The boot drill listens on 127.0.0.1 only and needs every member. When the requested output
 * cannot be booted as is (production peer URLs, one member, a subset), the drill restores a
 * "loopback twin": same names, token and snapshot, peer URLs on free loopback ports.
 */
const TWIN_NOTE = "booted a loopback twin: member IDs differ from the output's; data checks apply to the output " +
    'since the db content is identical except membership';
function isLoopbackPeerURL(raw) {
    try {
        const url = new URL(raw);
        return url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.port !== '';
    }
    catch {
        return false;
    }
}
/** Why the output cannot be booted itself, or undefined when it can. */
function twinReason(options, output) {
    if (options.target.kind === 'single') {
        return 'a single member was restored (--name/--data-dir); booting needs every member';
    }
    const all = (0,initial_cluster/* buildCluster */.JL)(options.initialCluster, options.initialClusterToken).members;
    if (output.cluster.members.length !== all.length) {
        return `only ${output.cluster.members.length} of ${all.length} members were restored (--members); booting needs every member`;
    }
    const remote = output.cluster.members.filter((m) => !m.peerURLs.every(isLoopbackPeerURL));
    if (remote.length > 0) {
        return (`peer URLs are not http://127.0.0.1:<port> (${remote[0]?.name}: ${remote[0]?.peerURLs.join(',')}); ` +
            'the drill boots on loopback only');
    }
    return undefined;
}
/**
 * Before restoring: whether the output will boot as is (twinReason then says undefined), so its
 * boot copies can be written by the restore itself.
 */
function bootsAsRestored(options) {
    if (options.target.kind === 'single')
        return false;
    const all = (0,initial_cluster/* buildCluster */.JL)(options.initialCluster, options.initialClusterToken).members;
    const { selected } = (0,plan/* planCluster */.Ci)(options);
    return (selected.length === all.length && selected.every((m) => m.peerURLs.every(isLoopbackPeerURL)));
}
/** Restores every member of the cluster with loopback peer URLs into a folder under `parent`. */
async function restoreTwin(options, parent = (0,external_node_os_.tmpdir)()) {
    const members = (0,initial_cluster/* buildCluster */.JL)(options.initialCluster, options.initialClusterToken).members;
    const ports = await freeLoopbackPorts(members.length);
    const initialCluster = members
        .map((m, i) => `${m.name}=http://127.0.0.1:${ports[i]}`)
        .join(',');
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, 'etcd-drill-twin-'));
    const untrack = (0,interrupt/* trackFolder */.MZ)(dir);
    // the twin's peer ports stay claimed (freeLoopbackPorts) until the drill is done with it
    const remove = () => {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        untrack();
        releasePorts(ports);
    };
    try {
        const report = await (0,restore/* restore */.P)({
            ...options,
            initialCluster,
            target: { kind: 'all', outDir: (0,external_node_path_.join)(dir, 'out') },
            computeHashKV: false
        });
        return { report, initialCluster, dir, remove };
    }
    catch (error) {
        remove();
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/lib/drill/restore.ts






/**
 * The restore phase: the output as asked (or the restore given), then what the drill boots: the
 * output itself, or a loopback twin when the output cannot boot on 127.0.0.1.
 */
/**
 * Restores the snapshot as asked; a snapshot the restore refuses is a failed `restore` check.
 * `mirrors`: where the restore also writes each member's throwaway copy (the boot's).
 */
async function restoreCheck(options, log, mirrors) {
    let output;
    const given = options.restored !== undefined;
    const check = await runCheck('restore', 'every requested member restored', async () => {
        const restored = options.restored ??
            (await (0,restore/* restore */.P)({
                ...options,
                computeHashKV: true,
                computeInventory: true,
                logger: log,
                ...(mirrors && { mirrors })
            }));
        output = restored;
        return {
            ok: true,
            actual: `${restored.cluster.members.length} members at revision ${restored.restoredRevision}` +
                (given ? ' (an existing restore, not restored again)' : '')
        };
    }, failsOn(errors/* SnapshotError */.JC, 'a restorable snapshot'));
    return output === undefined ? { check } : { check, output };
}
/** The output itself when it can boot on loopback, else a freshly restored loopback twin. */
async function bootTarget(options, output, log, 
/** Where a twin goes: the drill's place for booted members (copiesParent). */
bootDir) {
    const reason = twinReason(options, output);
    if (reason === undefined)
        return { booted: output, initialCluster: options.initialCluster };
    const t = performance.now();
    log.info(`restore drill: ${reason}; restoring a loopback twin`);
    const twin = await restoreTwin({ ...options, logger: log }, bootDir);
    const twinFacts = {
        reason,
        note: TWIN_NOTE,
        clusterId: twin.report.cluster.id,
        members: twin.report.cluster.members.map((m) => ({
            name: m.name,
            id: m.id,
            peerURLs: m.peerURLs
        }))
    };
    const twinMs = elapsedMs(t);
    return { booted: twin.report, initialCluster: twin.initialCluster, twin, twinFacts, twinMs };
}
/** A restored member as the boot drill takes it; the WAL folder only when it is a separate one. */
function drillMember(m) {
    const member = { name: m.name, dataDir: m.dataDir, peerURLs: m.peerURLs };
    if ((0,external_node_path_.resolve)(m.walDir) !== (0,external_node_path_.resolve)((0,layout/* memberLayout */.Pl)(m.dataDir).walDir))
        member.walDir = m.walDir;
    return member;
}

// EXTERNAL MODULE: ./src/lib/restore/disk-need.ts
var disk_need = __webpack_require__(1150);
// EXTERNAL MODULE: ./src/lib/restore/disk-space.ts
var disk_space = __webpack_require__(1942);
;// CONCATENATED MODULE: ./src/lib/drill/disk.ts
/**
 * What a drill writes, before it writes anything: the restore's members (unless handed a restore),
 * and in the temp folder the members it boots: copies of the output, or a loopback twin booted
 * in place, each with the WAL segments etcd preallocates (DRILL_MEMBER_BYTES).
 */





/** The restore's needs (none when `options.restored`) and the boot's, where it will boot. */
function drillDiskNeeds(options) {
    const sizes = (0,disk_space/* snapshotSizes */.Pb)(options.snapshotPath);
    const defrag = options.defrag ?? 'auto';
    const compacts = (0,disk_space/* willCompact */.OZ)(defrag, sizes);
    const build = (compacted) => {
        const restored = options.restored === undefined
            ? (0,disk_need/* restoreNeeds */._X)(options.target, (0,plan/* planCluster */.Ci)(options).selected.length, sizes, compacted)
            : [];
        const booted = (0,initial_cluster/* buildCluster */.JL)(options.initialCluster, options.initialClusterToken).members;
        const db = (0,disk_need/* memberDbBytes */.of)(sizes, compacted);
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
    const bytes = members * (dbBytes + disk_need/* DRILL_MEMBER_BYTES */.Z8);
    return {
        path: copiesParent(bytes),
        bytes,
        what: "the drill's booted members",
        phase: 'drill',
        knob: 'temp'
    };
}

;// CONCATENATED MODULE: ./src/lib/drill/run.ts


















/**
 * A restore drill: restores the snapshot as asked (plus a loopback twin when the output cannot
 * boot on 127.0.0.1), boots it with real etcd, and checks that it serves what the snapshot holds,
 * and that the snapshot is recent enough. Failed checks (including a snapshot the restore
 * refuses) give `passed: false`; only usage errors (flags, missing etcd, out-dir in the way) throw.
 */
async function runDrill(options, hooks = {}) {
    return (await runDrillWithOutput(options, hooks)).report;
}
/**
 * runDrill, plus the restore report of the output (absent when the restore failed). The phases,
 * in order: age → disk (room for everything it writes, or DiskSpaceError) → restore → kubernetes
 * → expectations → boot → checks → restart → report.
 */
async function runDrillWithOutput(options, hooks = {}) {
    // phases named "drill restore", "drill boot", … in the line a signal prints (interrupt.ts)
    return (0,interrupt/* inScope */.SB)('drill', () => drillSequence(options, hooks));
}
async function drillSequence(options, hooks) {
    const log = options.logger ?? lib_logger/* silentLogger */.q;
    const startedAt = new Date();
    const started = performance.now();
    assertMaxAge(options.maxAgeMs);
    const etcd = findEtcd(options.etcdPath);
    let t = performance.now();
    const age = snapshotAge(options, hooks.now?.() ?? new Date());
    const checks = [ageCheck(age, elapsedMs(t))];
    if (age.ok)
        log.info(age.message);
    else
        log.warn(age.message);
    const bootDir = checkDrillDisk(options, log);
    const mirrors = mirrorsFor(options, hooks, bootDir);
    try {
        t = performance.now();
        const { check, output } = await restoreCheck(options, log, mirrors?.write).catch((error) => {
            throw mirrors === undefined ? error : copiesFull(error, mirrors.folder.root);
        });
        checks.push(check);
        const durationsMs = { restore: elapsedMs(t) };
        if (output === undefined) {
            durationsMs.total = elapsedMs(started);
            const parts = { startedAt, finishedAt: new Date(), age, checks, notes: [], durationsMs };
            return { report: buildDrillReport(parts) };
        }
        const configGiven = options.encryptionConfig !== undefined;
        checks.push(await kubernetesCheck(output.snapshot.inventory, configGiven));
        const drilled = await drillOutput(options, hooks, output, etcd, bootDir, log, mirrors);
        return { report: drillReport(drilled, durationsMs), output };
    }
    finally {
        mirrors?.folder.remove();
    }
    function drillReport(drilled, durationsMs) {
        Object.assign(durationsMs, drilled.durationsMs, { total: elapsedMs(started) });
        return buildDrillReport({
            startedAt,
            finishedAt: new Date(),
            restored: drilled.output,
            age,
            expected: drilled.expected,
            checks: [...checks, ...drilled.checks],
            ...(drilled.twin === undefined ? {} : { twin: drilled.twin }),
            etcd: { path: etcd.path, version: etcd.version },
            notes: drilled.notes,
            durationsMs,
            ...(drilled.memberLogs === undefined ? {} : { memberLogs: drilled.memberLogs })
        });
    }
}
/**
 * The boot copies of a fresh restore whose output boots as is: written by the restore itself,
 * in its one pass (its mirrors), into a folder under `bootDir`. None when the drill is handed a
 * restore, boots a twin, or a test hook may change the output before the boot (it is then
 * copied after the hook, as a handed restore is).
 */
function mirrorsFor(options, hooks, bootDir) {
    if (options.restored !== undefined || hooks.afterRestore !== undefined)
        return undefined;
    if (!bootsAsRestored(options))
        return undefined;
    const folder = copiesFolder(bootDir);
    return {
        folder,
        write: (m) => {
            const copy = folder.member(m.index, m.name, m.separateWal);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(copy.dataDir), { mode: 0o700 });
            return copy;
        }
    };
}
/**
 * A restore that ran out of space while writing the boot copies too: `disk full: <the copies'
 * folder>` when theirs is the fuller file system (another one than the output's: TMPDIR or
 * /dev/shm), as when the copies were made after the restore; else the restore's own error.
 */
function copiesFull(error, root) {
    if (!(error instanceof errors/* DiskFullError */.Vu))
        return error;
    try {
        const [copies, output] = [(0,disk_space/* roomOf */.dT)(root), (0,disk_space/* roomOf */.dT)(error.path)];
        if (copies.dev === output.dev || copies.free >= output.free)
            return error;
    }
    catch {
        return error;
    }
    return new errors/* DiskFullError */.Vu(root, { cause: error.cause ?? error });
}
/**
 * Before the first write: room for the restore and the booted members (DiskSpaceError). Returns
 * where the booted members go, the place the check counted them on.
 */
function checkDrillDisk(options, log) {
    const { needs, ifCompacted, bootDir } = drillDiskNeeds(options);
    if (options.checkDisk === false)
        return bootDir;
    (0,disk_space/* checkDiskSpace */.ek)(needs, options.diskAdvice ?? disk_need/* CLI_ADVICE */.Q0, {
        ...(ifCompacted && { ifCompacted }),
        logger: log
    });
    return bootDir;
}
function assertMaxAge(maxAgeMs) {
    if (maxAgeMs !== undefined && !(maxAgeMs > 0 && Number.isFinite(maxAgeMs))) {
        throw new errors/* InputError */.dz(`max age must be a positive duration, got ${maxAgeMs} ms`);
    }
}
/**
 * From a restored output: its boot target → the boot drill, the expectations computed while its
 * members start; the report's parts.
 */
async function drillOutput(options, hooks, output, etcd, bootDir, log, mirrors) {
    // a twin (not foreseen by mirrorsFor) boots in place: the copies' memory is freed first
    if (mirrors !== undefined && twinReason(options, output) !== undefined)
        mirrors.folder.remove();
    const target = await bootTarget(options, output, log, bootDir);
    try {
        const durationsMs = {};
        if (target.twinMs !== undefined)
            durationsMs.twinRestore = target.twinMs;
        await hooks.afterRestore?.(target.booted);
        // read from the restored db while etcd starts on the copies (or else before the checks)
        let computed;
        const expectations = () => {
            if (computed !== undefined)
                return computed;
            const t = performance.now();
            const made = computeExpectations(output, target.booted, etcd.version, log);
            computed = { expected: { ...made.expected, ...hooks.expectedOverride }, notes: made.notes };
            durationsMs.expectations = elapsedMs(t);
            return computed;
        };
        // what the boot needs before the members start: how auth is handled
        const known = {
            revision: output.restoredRevision,
            authEnabled: output.snapshot.authEnabled,
            ...hooks.expectedOverride
        };
        const copies = mirrors !== undefined && target.twin === undefined
            ? copiedMembers(output.cluster.members.map(drillMember), mirrors.folder)
            : undefined;
        const result = await runBootDrill({
            members: target.booted.cluster.members.map(drillMember),
            initialCluster: target.initialCluster,
            token: target.booted.cluster.token,
            etcd,
            expected: known,
            computeExpected: () => expectations().expected,
            ...(copies && { copies }),
            // a twin is ours to throw away; the output stays as restored
            inPlace: target.twin !== undefined,
            throwaway: true,
            copiesDir: bootDir,
            ...(options.bootTimeoutMs === undefined ? {} : { bootTimeoutMs: options.bootTimeoutMs }),
            ...(options.saveLogsTo === undefined ? {} : { saveLogsTo: options.saveLogsTo }),
            ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
            ...(hooks.afterPortPick && { afterPortPick: hooks.afterPortPick }),
            ...(hooks.beforeBoot && { beforeBoot: hooks.beforeBoot }),
            logger: log
        });
        const { expected, notes: expectationNotes } = expectations();
        for (const [phase, ms] of Object.entries(result.durationsMs)) {
            if (phase !== 'total')
                durationsMs[`boot.${phase}`] = ms;
        }
        durationsMs.boot = result.durationsMs.total;
        const notes = [...expectationNotes, ...result.notes];
        const drilled = {
            output,
            checks: result.checks,
            notes,
            expected,
            durationsMs,
            ...(result.memberLogs === undefined ? {} : { memberLogs: result.memberLogs })
        };
        return target.twinFacts === undefined ? drilled : { ...drilled, twin: target.twinFacts };
    }
    finally {
        target.twin?.remove();
    }
}

// EXTERNAL MODULE: ./src/lib/report-file.ts
var report_file = __webpack_require__(5312);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
// EXTERNAL MODULE: ./src/cli/logger.ts
var logger = __webpack_require__(2280);
// EXTERNAL MODULE: ./src/cli/render.ts
var render = __webpack_require__(4984);
// EXTERNAL MODULE: ./src/cli/commands/kubernetes-flags.ts
var kubernetes_flags = __webpack_require__(4603);
// EXTERNAL MODULE: ./src/cli/commands/restore.ts + 1 modules
var commands_restore = __webpack_require__(1392);
;// CONCATENATED MODULE: ./src/lib/etcd-release/releases.ts
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
class EtcdReleaseError extends errors/* InputError */.dz {
}
/** `3.5.30`, `v3.5.30`, `3.6.0-rc.1` or `auto`; throws naming `what` (the input or flag). */
function parseEtcdVersion(value, what) {
    const trimmed = value.trim();
    if (trimmed === 'auto')
        return 'auto';
    const match = /^v?(\d{1,4}\.\d{1,4}\.\d{1,4}(?:-[0-9A-Za-z.]{1,40})?)$/.exec(trimmed);
    if (match === null)
        throw new errors/* InputError */.dz(`${what} must be an etcd release such as 3.5.30 (or v3.5.30) or auto, got '${value}'`);
    return { version: match[1] };
}
/** A tarball's expected sha256 (64 hex digits), lower-cased; throws naming `what`. */
function parseSha256(value, what) {
    const trimmed = value.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(trimmed))
        throw new errors/* InputError */.dz(`${what} must be a sha256 of 64 hex digits, got '${value}'`);
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
        throw new errors/* InputError */.dz(`${what} must be an http(s) URL, got '${value}'`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* InputError */.dz(`${what} must be an http(s) URL, got '${value}'`);
    if (url.username || url.password)
        throw new errors/* InputError */.dz(`${what} must not carry credentials in the URL`);
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

// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
;// CONCATENATED MODULE: ./src/lib/retry.ts
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
            const reason = (0,errors/* errorMessage */.gJ)(error);
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

;// CONCATENATED MODULE: ./src/lib/etcd-release/verify.ts
/**
 * The trust step between a download and the tool cache: a release tarball is used only when its
 * sha256 matches the pin or its own line in the release's SHA256SUMS.
 */



/**
 * The sha256 that SHA256SUMS (`<sha256>  <file>` lines, `*<file>` for binary mode) gives for
 * `files.tarball`. Exactly one line must name it.
 */
function sha256FromSums(text, files) {
    const found = [];
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
        if (match !== null && match[2]?.trim() === files.tarball)
            found.push(match[1].toLowerCase());
    }
    if (found.length === 0)
        throw new EtcdReleaseError(`SHA256SUMS at ${files.sumsUrl} has no line for ${files.tarball}: refusing an unverified tarball (or pin it with etcd-sha256)`);
    if (new Set(found).size > 1)
        throw new EtcdReleaseError(`SHA256SUMS at ${files.sumsUrl} has ${found.length} different lines for ${files.tarball}`);
    return { sha256: found[0], source: 'SHA256SUMS' };
}
/** sha256 (hex) of a file, streamed. */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Throws the one-line mismatch error unless the downloaded tarball has the expected sha256. */
async function checkTarball(path, files, expected) {
    const actual = await sha256File(path);
    if (actual !== expected.sha256)
        throw new EtcdReleaseError(`sha256 mismatch for ${files.tarball}: ${expected.source} says ${expected.sha256}, file is ${actual}`);
}

;// CONCATENATED MODULE: ./src/lib/etcd-release/fetch.ts
/**
 * The download → verify → binary check sequence both front ends share. The action plugs in
 * @actions/http-client (proxy-aware) and @actions/tool-cache (extractTar, cacheDir); the CLI
 * plugs in fetch and the tar library with its own cache (cli-cache.ts). Both retry a download
 * the same way (`retryingDownload`).
 */







/** A failed try; `retryable` when another try may pass (see `retryableStatus`). */
function attemptFailed(detail, retryable, cause) {
    return retryable ? new Error(detail, { cause }) : new PermanentFailure(detail, cause);
}
/** HTTP statuses worth another try: 5xx, 408 Request Timeout, 429 Too Many Requests. */
function retryableStatus(status) {
    return status >= 500 || status === 408 || status === 429;
}
/**
 * Downloads into new files under `dir`, each URL tried up to `policy.attempts` times with
 * exponential back-off (lib/retry.ts); a failed try's partial file is removed before the next.
 * The last failure is one line: `download of <url> failed after 5 attempts: <reason>`.
 */
function retryingDownload(dir, attempt, logger, policy = downloadRetryPolicy()) {
    let n = 0;
    return async (url) => {
        const dest = (0,external_node_path_.join)(dir, `download-${++n}`);
        const what = `download of ${url}`;
        try {
            await withRetries(() => attempt(url, dest), {
                ...{ policy, logger, what },
                cleanup: () => (0,promises_.rm)(dest, { force: true })
            });
        }
        catch (error) {
            if (!(error instanceof RetriesFailed))
                throw error;
            throw new EtcdReleaseError(retriedMessage(what, error), { cause: error.last });
        }
        return dest;
    };
}
/**
 * Downloads the tarball and returns it once its sha256 matches `pin` or its line in the
 * release's SHA256SUMS; a tarball that does not match is deleted before the error is thrown.
 */
async function downloadVerified(files, pin, download, logger) {
    let expected = pin;
    if (expected === undefined) {
        const sums = await download(files.sumsUrl);
        try {
            expected = sha256FromSums(await (0,promises_.readFile)(sums, 'utf8'), files);
        }
        finally {
            await (0,promises_.rm)(sums, { force: true });
        }
    }
    logger.info(`Downloading ${files.tarballUrl}`);
    const tarball = await download(files.tarballUrl);
    try {
        await checkTarball(tarball, files, expected);
    }
    catch (error) {
        await (0,promises_.rm)(tarball, { force: true });
        throw error;
    }
    logger.info(`${files.tarball}: sha256 ${expected.sha256} matches ${expected.source}`);
    return { path: tarball, sha256: expected.sha256, verifiedBy: expected.source };
}
/**
 * The etcd server in an extracted release folder (the tarball's top folder), checked to run and
 * to report the requested version: a mirror serving the wrong build is refused.
 */
function releaseServer(dir, files) {
    let found;
    try {
        found = findEtcd(`${dir}/etcd`);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        throw new EtcdReleaseError(`${files.tarball}: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    if (found.version !== files.version)
        throw new EtcdReleaseError(`${files.tarball} holds etcd ${found.version}, not ${files.version}: refusing it`);
    return found;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/lib/etcd-release/http-download.ts





/**
 * The CLI's download attempt: Node's fetch (redirects followed, as GitHub release URLs need)
 * into a new file. A body shorter than its Content-Length is a failed attempt.
 */
const fetchAttempt = async (url, dest) => {
    let response;
    try {
        response = await fetch(url, { redirect: 'follow' });
    }
    catch (error) {
        const cause = error.cause;
        throw attemptFailed((0,errors/* errorMessage */.gJ)(cause ?? error), true, error);
    }
    if (!response.ok || response.body === null) {
        await response.body?.cancel();
        const status = `HTTP ${response.status} ${response.statusText}`.trim();
        throw attemptFailed(status, retryableStatus(response.status));
    }
    const header = response.headers.get('content-length');
    await saveBody(external_node_stream_.Readable.fromWeb(response.body), header === null ? undefined : Number(header), dest);
};
/**
 * Writes a response body to `dest` (mode 0600), counting its bytes: a body that breaks or ends
 * before `declared` bytes is a retryable failed attempt ("cut short after N of M bytes").
 */
async function saveBody(body, declared, dest) {
    let bytes = 0;
    const count = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            bytes += chunk.length;
            done(null, chunk);
        }
    });
    const short = () => `cut short after ${bytes}${declared === undefined ? '' : ` of ${declared}`} bytes`;
    try {
        await (0,external_node_stream_promises_.pipeline)(body, count, (0,external_node_fs_.createWriteStream)(dest, { mode: 0o600 }));
    }
    catch (error) {
        throw attemptFailed(`${short()} (${(0,errors/* errorMessage */.gJ)(error)})`, true, error);
    }
    if (declared !== undefined && bytes !== declared)
        throw attemptFailed(short(), true);
}

;// CONCATENATED MODULE: ./src/lib/etcd-release/install-dir.ts




/**
 * Moves a verified release folder `staged` to `final` with one rename (both on one file system:
 * stage beside the final folder), so a reader sees the whole release or nothing. Two jobs on one
 * runner installing the same release race here: the loser checks the winner's folder with
 * `verify` and uses it. A folder in the way that fails `verify` (left torn by a non-atomic
 * installer) is renamed aside, removed, and ours takes its place.
 */
async function placeRelease(staged, final, verify, logger) {
    for (let attempt = 0;; attempt++) {
        try {
            await (0,promises_.rename)(staged, final);
            return { installed: verify(final), raced: false };
        }
        catch (error) {
            if (!inTheWay(error))
                throw error;
        }
        try {
            const installed = verify(final);
            logger.info(`${final}: installed meanwhile by another process; verified, using it`);
            return { installed, raced: true };
        }
        catch (error) {
            if (attempt > 0)
                throw error;
            logger.warn(`${final} is unusable (${(0,errors/* errorMessage */.gJ)(error)}): replacing it`);
            await discardDir(final);
        }
    }
}
/**
 * Removes `dir` without a window where it is half gone: renamed aside first (a reader sees it
 * whole or not at all), then deleted. A folder already gone is fine.
 */
async function discardDir(dir) {
    const aside = (0,external_node_path_.join)((0,external_node_path_.dirname)(dir), `.discard-${(0,external_node_path_.basename)(dir)}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    try {
        await (0,promises_.rename)(dir, aside);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        throw error;
    }
    await (0,promises_.rm)(aside, { recursive: true, force: true });
}
/** rename(2) onto a non-empty folder. */
function inTheWay(error) {
    const code = error.code;
    return code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EISDIR' || code === 'ENOTDIR';
}

;// CONCATENATED MODULE: ./src/lib/etcd-release/cli-cache.ts











/** `$XDG_CACHE_HOME/etcd-restore`, or `~/.cache/etcd-restore`. */
function etcdCacheRoot(env = process.env) {
    const base = env.XDG_CACHE_HOME?.startsWith('/') ? env.XDG_CACHE_HOME : (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(base, 'etcd-restore');
}
/**
 * The etcd server of an official release, from `<root>/etcd/<version>/<arch>/` or else downloaded
 * from `mirror`, verified, extracted in a staging folder beside it and renamed into place: the
 * cache only ever holds whole, verified releases. Two processes installing the same release at
 * once both succeed (placeRelease: the one that loses the rename verifies and uses the other's).
 * A cached release that no longer runs is fetched again. A download that breaks is retried
 * (lib/retry.ts); whatever fails, the staging folder with any partial download is removed.
 */
async function installRelease(options) {
    const root = options.root ?? etcdCacheRoot();
    const files = releaseFiles(options.mirror, options.version, releaseArch());
    const final = (0,external_node_path_.join)(root, 'etcd', files.version, files.arch);
    if ((0,external_node_fs_.existsSync)(final)) {
        try {
            const cached = releaseServer(final, files);
            options.logger.info(`etcd ${files.version}: found in ${final}`);
            return { ...cached, downloaded: false };
        }
        catch (error) {
            options.logger.warn(`${final} is unusable (${(0,errors/* errorMessage */.gJ)(error)}): fetching it again`);
            await discardDir(final);
        }
    }
    await (0,promises_.mkdir)((0,external_node_path_.join)(root, 'etcd'), { recursive: true });
    // in the cache: one file system with the final folder, so the last step is one rename
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(root, 'etcd', '.staging-'));
    const untrack = (0,interrupt/* trackFolder */.MZ)(staging); // a signal mid-download removes it too
    try {
        const tarball = await downloadVerified(files, options.pin, retryingDownload(staging, fetchAttempt, options.logger, options.retry), options.logger);
        const out = (0,external_node_path_.join)(staging, 'x');
        await (0,promises_.mkdir)(out);
        await (0,index_min.x)({ file: tarball.path, cwd: out, strict: true }).catch((error) => {
            throw new EtcdReleaseError(`cannot extract ${files.tarball}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        });
        const dir = (0,external_node_path_.join)(out, files.topDir);
        releaseServer(dir, files);
        await (0,promises_.mkdir)((0,external_node_path_.join)(root, 'etcd', files.version), { recursive: true });
        const placed = await placeRelease(dir, final, (d) => releaseServer(d, files), options.logger);
        if (!placed.raced)
            options.logger.info(`etcd ${files.version}: verified and cached in ${final}`);
        return { ...placed.installed, downloaded: true };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        untrack();
    }
}

// EXTERNAL MODULE: ./src/lib/snapshot/inspect.ts
var inspect = __webpack_require__(6540);
;// CONCATENATED MODULE: ./src/lib/etcd-release/cluster-version.ts




/**
 * The `cluster` bucket's clusterVersion (`3.5.0`) of a snapshot: what `etcd-version: auto`
 * follows. Two point reads, unchecked (the full checks are the restore's job).
 */
async function snapshotClusterVersion(path) {
    try {
        return await (0,inspect/* readSnapshotDb */.TU)(path, (db) => {
            const value = db.bucket(schema/* Buckets */.cR.cluster)?.get(schema/* ClusterKeys */.H9.clusterVersion);
            return value === undefined ? undefined : new TextDecoder().decode(value);
        });
    }
    catch (error) {
        if (error instanceof errors/* SnapshotError */.JC)
            throw new errors/* SnapshotError */.JC(`cannot read the cluster version: ${(0,errors/* errorMessage */.gJ)(error)}`, {
                cause: error
            });
        throw error;
    }
}
/** The release to fetch: the one asked for, or `auto`'s pick for the snapshot. */
async function resolveRelease(spec, snapshotPath) {
    if (spec !== 'auto')
        return spec.version;
    return autoRelease(await snapshotClusterVersion(snapshotPath), snapshotPath);
}

;// CONCATENATED MODULE: ./src/lib/etcd-release/cli.ts




/**
 * `drill --etcd-version V|auto [--etcd-mirror URL] [--etcd-sha256 H]`: the path of that official
 * release's etcd in the CLI's cache (downloaded and verified when missing); undefined without
 * --etcd-version.
 */
async function releaseEtcdPath(flags, snapshotPath, logger) {
    const value = flags.get('etcd-version');
    if (value === undefined) {
        for (const flag of ['etcd-mirror', 'etcd-sha256'])
            if (flags.has(flag))
                throw new errors/* InputError */.dz(`--${flag} needs --etcd-version`);
        return undefined;
    }
    if (flags.has('etcd-path'))
        throw new errors/* InputError */.dz('set at most one of --etcd-path and --etcd-version');
    const spec = parseEtcdVersion(value, '--etcd-version');
    const pinned = flags.get('etcd-sha256');
    if (pinned !== undefined && spec === 'auto')
        throw new errors/* InputError */.dz('--etcd-sha256 pins one tarball: give --etcd-version its release, not auto');
    const mirror = parseMirror(flags.get('etcd-mirror') ?? DEFAULT_ETCD_MIRROR, '--etcd-mirror');
    const version = await resolveRelease(spec, snapshotPath);
    if (spec === 'auto')
        logger.info(`--etcd-version auto: etcd ${version} for ${snapshotPath}`);
    const installed = await installRelease({
        version,
        mirror,
        ...(pinned === undefined
            ? {}
            : { pin: { sha256: parseSha256(pinned, '--etcd-sha256'), source: '--etcd-sha256' } }),
        logger
    });
    return installed.path;
}

;// CONCATENATED MODULE: ./src/cli/commands/drill.ts












const FORMATS = ['simple', 'json', 'markdown'];
const drill_flags = [
    {
        name: 'out-dir',
        kind: 'string',
        help: 'restore every member of --initial-cluster, each into <out-dir>/<name> (required)'
    },
    {
        name: 'members',
        kind: 'string',
        help: 'comma-separated names to produce (the drill then boots a loopback twin of the whole cluster)',
        defaultText: 'all'
    },
    {
        name: 'wal-dir',
        kind: 'string',
        help: "separate WAL folder root: each member's WAL goes to <wal-dir>/<name>"
    },
    {
        name: 'etcd-path',
        kind: 'string',
        help: 'etcd server binary to boot the restored cluster with',
        defaultText: 'etcd on PATH'
    },
    {
        name: 'etcd-version',
        kind: 'string',
        help: "boot the official etcd release X.Y.Z (or auto: the newest known patch of the snapshot's cluster version line), downloaded, sha256-verified and cached under $XDG_CACHE_HOME/etcd-restore"
    },
    {
        name: 'etcd-mirror',
        kind: 'string',
        help: 'base URL of the etcd release files (<mirror>/v<V>/etcd-v<V>-linux-<arch>.tar.gz, <mirror>/v<V>/SHA256SUMS)',
        defaultText: DEFAULT_ETCD_MIRROR
    },
    {
        name: 'etcd-sha256',
        kind: 'string',
        help: 'expected sha256 of the --etcd-version tarball (then SHA256SUMS is not fetched)'
    },
    {
        name: 'max-age',
        kind: 'string',
        help: 'fail when the snapshot file is older than this (e.g. 26h, 90m, 1h30m, 7d)'
    },
    {
        name: 'user',
        kind: 'string',
        help: 'name[:password] to log in with when the snapshot has auth enabled (as etcdctl; or ETCDCTL_USER); without, the drill boots its copies with auth off'
    },
    {
        name: 'password',
        kind: 'string',
        help: 'password for --user (then --user is the whole name; or ETCDCTL_PASSWORD)'
    },
    {
        name: 'drill-timeout',
        kind: 'string',
        help: 'per boot (the first and the restart): every member healthy under one leader within this time (e.g. 90s, 5m)',
        defaultText: '60s + 10s per GB of db'
    },
    { name: 'report', kind: 'string', help: 'also write the JSON drill report to this file' },
    {
        name: 'write-out',
        short: 'w',
        kind: 'string',
        help: `output format: ${FORMATS.join(', ')}`,
        defaultText: 'simple'
    },
    kubernetes_flags/* encryptionConfigFlag */.aI,
    kubernetes_flags/* kubernetesPrefixFlag */.VZ,
    ...commands_restore.restoreFlags
];
const help = `Proves a snapshot restores: restores every member into --out-dir, boots the result with a real
etcd on 127.0.0.1, and checks that it serves the snapshot's revision, HashKV (computed offline),
key count, members and cluster ID, takes a write and keeps it across a restart. The kubernetes
check fails on a value under /registry/ that does not decode or sits under another object's key,
and (with --encryption-config) on a secret the config cannot decrypt. With peer URLs
that are not http://127.0.0.1:<port> (the production case) the output is restored as asked and
a loopback twin of it is booted instead. Exit code 0 when every check passes, 5 when one fails.

Usage:
  etcd-restore drill <filename> --out-dir D --initial-cluster IC --initial-cluster-token T [flags]

Flags:
${(0,flags/* flagHelp */.QR)(drill_flags)}
`;
const drillCommand = {
    async run(argv) {
        const parsed = (0,flags/* parseFlags */.bQ)(argv, drill_flags);
        if (parsed.help) {
            process.stdout.write(help);
            return 0;
        }
        if (!parsed.strings.has('out-dir'))
            throw new errors/* InputError */.dz('drill needs --out-dir (where the restored members go)');
        const format = (0,flags/* writeOut */.sD)(parsed, FORMATS);
        const maxAge = parsed.strings.get('max-age');
        const drillTimeout = parsed.strings.get('drill-timeout');
        const options = (0,commands_restore.restoreOptionsFromFlags)(parsed.positionals, parsed.strings, parsed.booleans);
        const kubernetes = await (0,kubernetes_flags/* kubernetesOptions */.$R)(parsed);
        const etcdPath = (await releaseEtcdPath(parsed.strings, options.snapshotPath, (0,logger/* stderrLogger */.D)())) ??
            parsed.strings.get('etcd-path');
        const credentials = drillCredentials(parsed.strings, process.env);
        const report = await runDrill({
            ...options,
            ...kubernetes,
            ...(etcdPath === undefined ? {} : { etcdPath }),
            ...(credentials === undefined ? {} : { credentials }),
            ...(maxAge === undefined ? {} : { maxAgeMs: parseDuration(maxAge) }),
            ...(drillTimeout === undefined
                ? {}
                : { bootTimeoutMs: parseDuration(drillTimeout, '--drill-timeout') }),
            logger: (0,logger/* stderrLogger */.D)()
        });
        const reportPath = parsed.strings.get('report');
        if (reportPath !== undefined)
            await (0,report_file/* writeReportFile */.a)(reportPath, report);
        process.stdout.write(format === 'json'
            ? `${JSON.stringify(report, null, 2)}\n`
            : format === 'markdown'
                ? renderDrillMarkdown(report)
                : renderDrill(report));
        if (!report.passed) {
            const failures = report.checks
                .filter((c) => !c.ok)
                .map((c) => `  ${c.name}: expected ${c.expected}, got ${c.actual}`);
            throw new errors/* VerificationError */.mk(`restore drill failed:\n${failures.join('\n')}`);
        }
        return 0;
    }
};
/**
 * etcdctl's rules for --user/--password, without its prompt (a drill runs unattended): with
 * --password (or ETCDCTL_PASSWORD) the user is the whole --user value, else name:password. The
 * flags win over ETCDCTL_USER/ETCDCTL_PASSWORD.
 */
function drillCredentials(strings, env) {
    const user = strings.get('user') ?? env.ETCDCTL_USER;
    const password = strings.get('password') ?? env.ETCDCTL_PASSWORD;
    if (user === undefined) {
        if (strings.has('password'))
            throw new errors/* InputError */.dz('--password needs --user');
        return undefined;
    }
    if (password !== undefined) {
        if (user === '')
            throw new errors/* InputError */.dz('--user names no user');
        return { user, password };
    }
    const colon = user.indexOf(':');
    if (colon < 0) {
        throw new errors/* InputError */.dz('--user has no password: give --user <name>:<password>, --password, or ETCDCTL_PASSWORD (a drill does not prompt)');
    }
    if (colon === 0)
        throw new errors/* InputError */.dz('--user names no user before the ":"');
    return { user: user.slice(0, colon), password: user.slice(colon + 1) };
}
/** The simple table's width: the terminal's, or 100 columns when stdout is not a terminal. */
function outputWidth() {
    return process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 100;
}
/** Lines of a check's result in the simple table; the JSON and Markdown reports keep it whole. */
const MAX_RESULT_LINES = 3;
/**
 * Words of `text` in lines of at most `width` characters (a longer word is cut), at most
 * MAX_RESULT_LINES of them, the last ending in "…" when text was left out.
 */
function wrapCell(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
        let rest = word;
        while (rest !== '') {
            const room = line === '' ? width : width - line.length - 1;
            if (rest.length <= room) {
                line = line === '' ? rest : `${line} ${rest}`;
                rest = '';
            }
            else if (line !== '' && (rest.length <= width || room < 8)) {
                lines.push(line);
                line = '';
            }
            else {
                // a word longer than a line: fill this one and go on with the rest of the word
                lines.push(line === '' ? rest.slice(0, room) : `${line} ${rest.slice(0, room)}`);
                line = '';
                rest = rest.slice(room);
            }
        }
    }
    if (line !== '')
        lines.push(line);
    if (lines.length <= MAX_RESULT_LINES)
        return lines;
    const kept = lines.slice(0, MAX_RESULT_LINES);
    kept[MAX_RESULT_LINES - 1] = `${kept[MAX_RESULT_LINES - 1].slice(0, width - 1)}…`;
    return kept;
}
/** The human form: verdict, facts, one row per check (wrapped to `width`), timings. */
function renderDrill(report, width = outputWidth()) {
    const lines = [report.verdict, `age        ${report.age.message}`];
    if (report.snapshot !== null) {
        const s = report.snapshot;
        lines.push(`snapshot   ${s.path}: revision ${s.revision}, compacted at ${s.compactRevision}` +
            (s.hashKV ? `, hashkv ${s.hashKV.hash}` : ''));
    }
    if (report.restore !== null) {
        lines.push(`restored   cluster ${report.restore.clusterId}: ${report.restore.members.map((m) => `${m.name} ${m.id} → ${m.dataDir}`).join(', ')}`);
    }
    if (report.twin !== undefined)
        lines.push(`twin       ${report.twin.reason}`, `           ${report.twin.note}`);
    if (report.etcd !== null)
        lines.push(`etcd       ${report.etcd.version} (${report.etcd.path})`);
    for (const note of report.notes)
        lines.push(`note       ${note}`);
    lines.push('');
    const nameWidth = Math.max(5, ...report.checks.map((c) => c.name.length));
    const msWidth = Math.max(2, ...report.checks.map((c) => String(c.ms).length));
    // ok/FAIL, name and ms columns, two spaces between columns; the result gets the rest
    const resultWidth = Math.max(20, width - (4 + nameWidth + msWidth + 3 * 2));
    let cut = false;
    const rows = report.checks.flatMap((c) => {
        const result = c.ok ? c.actual : `${c.actual} (expected ${c.expected})`;
        const wrapped = wrapCell(result, resultWidth);
        if (wrapped.at(-1)?.endsWith('…') === true && !result.endsWith('…'))
            cut = true;
        return wrapped.map((line, i) => i === 0 ? [c.ok ? 'ok' : 'FAIL', c.name, line, `${c.ms}`] : ['', '', line, '']);
    });
    lines.push((0,render/* textTable */.e)(['', 'CHECK', 'RESULT', 'MS'], rows));
    if (cut)
        lines.push('(results cut to fit: the whole text is in --report and -w json/markdown)');
    lines.push(`timings    ${Object.entries(report.durationsMs)
        .map(([k, v]) => `${k} ${v} ms`)
        .join(', ')}`);
    return lines.join('\n').replace(/\n*$/, '\n');
}


/***/ }),

/***/ 1100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ snapshotStatus)
/* harmony export */ });
/* unused harmony export etcdctlStatusJson */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4726);
/* harmony import */ var _kv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8179);
/* harmony import */ var _key_fingerprints_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9161);
/* harmony import */ var _revision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9627);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3397);






const text = new TextDecoder();
/** A key's state in the live-key table: its latest revision deleted it, or put it. */
const DELETED = 1;
const LIVE = 2;
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function u64(value, what) {
    return value === undefined ? undefined : (0,_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeUint64 */ .Xb)(value, what);
}
function compactMain(value, what) {
    return value === undefined ? 0 : (0,_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .revisionNumber */ .P7)((0,_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeRevision */ .ur)(value, what).main);
}
function hex(bytes) {
    return Buffer.from(bytes).toString('hex');
}
/**
 * The status of the database `db`: exactly etcdctl 3.4's four numbers plus the extras. One pass
 * over all buckets; memory is bounded by `maxTrackedKeys` and `maxListed`.
 */
function snapshotStatus(db, options = {}) {
    const maxTracked = options.maxTrackedKeys ?? 2_000_000;
    const maxListed = options.maxListed ?? 1000;
    const hashed = options.hash !== false;
    let crc = 0;
    let totalKey = 0;
    const keys = new KeyTally(maxTracked);
    const buckets = [];
    const listed = { lease: [], users: [], roles: [] };
    const counts = { lease: 0 };
    const members = [];
    const membersRemoved = [];
    let metaBucket = null;
    let clusterBucket = null;
    let authBucket = null;
    for (const top of db.rootBucket().entries()) {
        const name = top.key;
        if (!top.isBucket) {
            // etcdctl: tx.Bucket(name) == nil → "cannot get hash of bucket".
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SnapshotError */ .JC(`cannot get hash of bucket ${text.decode(name)}: it is a plain key`);
        }
        buckets.push(text.decode(name));
        if (hashed)
            crc = (0,_wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__/* .crc32cUpdate */ .EL)(crc, name);
        const bucket = db.bucket(name);
        const isKey = sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.key);
        const isLease = sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.lease);
        const nameList = sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.authUsers)
            ? listed.users
            : sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.authRoles)
                ? listed.roles
                : sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.members)
                    ? members
                    : sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.membersRemoved)
                        ? membersRemoved
                        : undefined;
        if (sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.meta))
            metaBucket = bucket;
        if (sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.cluster))
            clusterBucket = bucket;
        if (sameBytes(name, _schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Buckets */ .cR.auth))
            authBucket = bucket;
        for (const entry of bucket.sweep()) {
            if (hashed) {
                crc = (0,_wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__/* .crc32cUpdate */ .EL)(crc, entry.key);
                // A nested bucket is ForEach'd with a nil value: nothing more is hashed.
                if (!entry.isBucket)
                    crc = (0,_wal_crc32c_js__WEBPACK_IMPORTED_MODULE_1__/* .crc32cUpdate */ .EL)(crc, entry.value);
            }
            totalKey++;
            if (isKey) {
                const value = entry.isBucket ? undefined : entry.value;
                options.keyEntries?.(entry.key, value);
                keys.add(entry.key, value);
            }
            else if (isLease) {
                counts.lease++;
                if (listed.lease.length < maxListed)
                    listed.lease.push(hex(entry.key));
            }
            else if (nameList && nameList.length < maxListed) {
                nameList.push(text.decode(entry.key));
            }
        }
    }
    const small = pointReads(metaBucket, clusterBucket);
    // the JSON order of `snapshot status -w json`: keep it
    return {
        hash: crc >>> 0,
        revision: keys.revision,
        totalKey,
        totalSize: db.hwm * db.pageSize,
        pageSize: db.pageSize,
        buckets,
        compactRevision: small.compactRevision,
        scheduledCompactRevision: small.scheduledCompactRevision,
        keyRevisions: keys.keyRevisions,
        tombstones: keys.tombstones,
        liveKeys: keys.liveKeys,
        leases: { count: counts.lease, ids: listed.lease },
        auth: { ...authFields(authBucket), users: listed.users, roles: listed.roles },
        consistentIndex: small.consistentIndex,
        term: small.term,
        confState: small.confState,
        storageVersion: small.storageVersion,
        clusterVersion: small.clusterVersion,
        members,
        membersRemoved
    };
}
/** The key bucket's tallies, one revision at a time in key (= revision) order. */
class KeyTally {
    maxTracked;
    revision = 0;
    keyRevisions = 0;
    tombstones = 0;
    /** user key → whether its latest revision is a put (LIVE) or a tombstone (DELETED) */
    latest = new _key_fingerprints_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyFingerprints */ .L();
    liveCount = 0;
    constructor(maxTracked) {
        this.maxTracked = maxTracked;
    }
    add(key, value) {
        this.revision = (0,_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .revisionMain */ .py)(key);
        const tombstone = (0,_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .isTombstone */ .aK)(key);
        this.keyRevisions++;
        if (tombstone)
            this.tombstones++;
        const latest = this.latest;
        if (latest === undefined)
            return;
        const slot = latest.slotOf((0,_kv_js__WEBPACK_IMPORTED_MODULE_2__/* .userKey */ .Xh)(key, value));
        if (latest.get(slot) === LIVE)
            this.liveCount--;
        if (!tombstone)
            this.liveCount++;
        latest.set(slot, tombstone ? DELETED : LIVE);
        if (latest.size > this.maxTracked)
            this.latest = undefined;
    }
    /** Undefined once more keys were seen than `maxTracked`. */
    get liveKeys() {
        return this.latest === undefined ? undefined : this.liveCount;
    }
}
const optionalText = (v) => v === undefined ? undefined : text.decode(v);
/** What the small buckets hold (point reads). */
function pointReads(metaBucket, clusterBucket) {
    const meta = (key) => metaBucket?.get(key);
    return {
        compactRevision: compactMain(meta(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .MetaKeys */ .SK.finishedCompactRev), 'meta/finishedCompactRev'),
        scheduledCompactRevision: compactMain(meta(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .MetaKeys */ .SK.scheduledCompactRev), 'meta/scheduledCompactRev'),
        consistentIndex: u64(meta(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .MetaKeys */ .SK.consistentIndex), 'meta/consistent_index'),
        term: u64(meta(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .MetaKeys */ .SK.term), 'meta/term'),
        confState: optionalText(meta(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .MetaKeys */ .SK.confState)),
        storageVersion: optionalText(meta(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .MetaKeys */ .SK.storageVersion)),
        clusterVersion: optionalText(clusterBucket?.get(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .ClusterKeys */ .H9.clusterVersion))
    };
}
function authFields(authBucket) {
    const enabled = authBucket?.get(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .AuthKeys */ .fK.authEnabled);
    return {
        // etcd: enabled iff the flag is the single byte 1.
        enabled: enabled !== undefined && enabled.length === 1 && enabled[0] === 1,
        revision: u64(authBucket?.get(_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .AuthKeys */ .fK.authRevision), 'auth/authRevision')
    };
}
/** The four etcdctl fields, in etcdctl's JSON order: `{"hash":…,"revision":…,"totalKey":…,"totalSize":…}`. */
function etcdctlStatusJson(status) {
    const { hash, revision, totalKey, totalSize } = status;
    return JSON.stringify({ hash, revision, totalKey, totalSize });
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
