export const id = 432;
export const ids = [432];
export const modules = {

/***/ 68432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  drill: () => (/* binding */ drill)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/logger.ts
var lib_logger = __webpack_require__(2415);
// EXTERNAL MODULE: ./src/lib/drill/age.ts
var drill_age = __webpack_require__(75358);
// EXTERNAL MODULE: ./src/lib/bolt/tx.ts + 3 modules
var bolt_tx = __webpack_require__(71332);
// EXTERNAL MODULE: ./src/lib/backend/schema.ts
var schema = __webpack_require__(13397);
// EXTERNAL MODULE: ./src/lib/io/page-file.ts + 2 modules
var page_file = __webpack_require__(62566);
// EXTERNAL MODULE: ./src/lib/member-dir/layout.ts
var layout = __webpack_require__(50140);
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
var external_node_http_ = __webpack_require__(37067);
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
var external_node_http2_ = __webpack_require__(32467);
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
var external_node_crypto_ = __webpack_require__(77598);
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
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/lib/interrupt.ts
var interrupt = __webpack_require__(84068);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/lib/etcd-release/etcd-binary.ts
var etcd_binary = __webpack_require__(12298);
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
            env: (0,etcd_binary/* etcdEnv */.o)(),
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
var external_node_net_ = __webpack_require__(77030);
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

// EXTERNAL MODULE: ./src/lib/drill/workspace.ts
var workspace = __webpack_require__(51944);
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
            copies = await (0,workspace/* copyMembers */.Nb)(opts.members, opts.copiesDir);
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
var inventory_inventory = __webpack_require__(58003);
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
var bolt_db = __webpack_require__(45965);
// EXTERNAL MODULE: ./src/lib/backend/hashkv.ts
var hashkv = __webpack_require__(14339);
// EXTERNAL MODULE: ./src/lib/wal/crc32c.ts
var crc32c = __webpack_require__(44726);
// EXTERNAL MODULE: ./src/lib/backend/kv.ts
var kv = __webpack_require__(38179);
// EXTERNAL MODULE: ./src/lib/backend/key-fingerprints.ts
var key_fingerprints = __webpack_require__(59161);
// EXTERNAL MODULE: ./src/lib/backend/revision.ts
var revision = __webpack_require__(29627);
;// CONCATENATED MODULE: ./src/lib/backend/status.ts






const status_text = new TextDecoder();
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
    return value === undefined ? undefined : (0,schema/* decodeUint64 */.Xb)(value, what);
}
function compactMain(value, what) {
    return value === undefined ? 0 : (0,revision/* revisionNumber */.P7)((0,revision/* decodeRevision */.ur)(value, what).main);
}
function status_hex(bytes) {
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
            throw new errors/* SnapshotError */.JC(`cannot get hash of bucket ${status_text.decode(name)}: it is a plain key`);
        }
        buckets.push(status_text.decode(name));
        if (hashed)
            crc = (0,crc32c/* crc32cUpdate */.EL)(crc, name);
        const bucket = db.bucket(name);
        const isKey = sameBytes(name, schema/* Buckets */.cR.key);
        const isLease = sameBytes(name, schema/* Buckets */.cR.lease);
        const nameList = sameBytes(name, schema/* Buckets */.cR.authUsers)
            ? listed.users
            : sameBytes(name, schema/* Buckets */.cR.authRoles)
                ? listed.roles
                : sameBytes(name, schema/* Buckets */.cR.members)
                    ? members
                    : sameBytes(name, schema/* Buckets */.cR.membersRemoved)
                        ? membersRemoved
                        : undefined;
        if (sameBytes(name, schema/* Buckets */.cR.meta))
            metaBucket = bucket;
        if (sameBytes(name, schema/* Buckets */.cR.cluster))
            clusterBucket = bucket;
        if (sameBytes(name, schema/* Buckets */.cR.auth))
            authBucket = bucket;
        for (const entry of bucket.sweep()) {
            if (hashed) {
                crc = (0,crc32c/* crc32cUpdate */.EL)(crc, entry.key);
                // A nested bucket is ForEach'd with a nil value: nothing more is hashed.
                if (!entry.isBucket)
                    crc = (0,crc32c/* crc32cUpdate */.EL)(crc, entry.value);
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
                    listed.lease.push(status_hex(entry.key));
            }
            else if (nameList && nameList.length < maxListed) {
                nameList.push(status_text.decode(entry.key));
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
    latest = new key_fingerprints/* KeyFingerprints */.L();
    liveCount = 0;
    constructor(maxTracked) {
        this.maxTracked = maxTracked;
    }
    add(key, value) {
        this.revision = (0,revision/* revisionMain */.py)(key);
        const tombstone = (0,revision/* isTombstone */.aK)(key);
        this.keyRevisions++;
        if (tombstone)
            this.tombstones++;
        const latest = this.latest;
        if (latest === undefined)
            return;
        const slot = latest.slotOf((0,kv/* userKey */.Xh)(key, value));
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
const optionalText = (v) => v === undefined ? undefined : status_text.decode(v);
/** What the small buckets hold (point reads). */
function pointReads(metaBucket, clusterBucket) {
    const meta = (key) => metaBucket?.get(key);
    return {
        compactRevision: compactMain(meta(schema/* MetaKeys */.SK.finishedCompactRev), 'meta/finishedCompactRev'),
        scheduledCompactRevision: compactMain(meta(schema/* MetaKeys */.SK.scheduledCompactRev), 'meta/scheduledCompactRev'),
        consistentIndex: u64(meta(schema/* MetaKeys */.SK.consistentIndex), 'meta/consistent_index'),
        term: u64(meta(schema/* MetaKeys */.SK.term), 'meta/term'),
        confState: optionalText(meta(schema/* MetaKeys */.SK.confState)),
        storageVersion: optionalText(meta(schema/* MetaKeys */.SK.storageVersion)),
        clusterVersion: optionalText(clusterBucket?.get(schema/* ClusterKeys */.H9.clusterVersion))
    };
}
function authFields(authBucket) {
    const enabled = authBucket?.get(schema/* AuthKeys */.fK.authEnabled);
    return {
        // etcd: enabled iff the flag is the single byte 1.
        enabled: enabled !== undefined && enabled.length === 1 && enabled[0] === 1,
        revision: u64(authBucket?.get(schema/* AuthKeys */.fK.authRevision), 'auth/authRevision')
    };
}
/** The four etcdctl fields, in etcdctl's JSON order: `{"hash":…,"revision":…,"totalKey":…,"totalSize":…}`. */
function etcdctlStatusJson(status) {
    const { hash, revision, totalKey, totalSize } = status;
    return JSON.stringify({ hash, revision, totalKey, totalSize });
}

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
        const status = snapshotStatus(db, { maxListed: MAX_NAMES + 1, hash: false });
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

// EXTERNAL MODULE: ./src/lib/drill/report.ts
var report = __webpack_require__(98703);
// EXTERNAL MODULE: ./src/lib/restore/index.ts + 33 modules
var restore = __webpack_require__(57565);
// EXTERNAL MODULE: ./src/lib/cluster/initial-cluster.ts + 1 modules
var initial_cluster = __webpack_require__(29794);
// EXTERNAL MODULE: ./src/lib/restore/plan.ts
var plan = __webpack_require__(89587);
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

// EXTERNAL MODULE: ./src/lib/drill/disk.ts
var disk = __webpack_require__(80352);
// EXTERNAL MODULE: ./src/lib/restore/disk-need.ts
var disk_need = __webpack_require__(21150);
// EXTERNAL MODULE: ./src/lib/restore/disk-space.ts
var disk_space = __webpack_require__(11942);
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
    const etcd = (0,etcd_binary/* findEtcd */.m)(options.etcdPath);
    let t = performance.now();
    const age = (0,drill_age/* snapshotAge */.iw)(options, hooks.now?.() ?? new Date());
    const checks = [(0,drill_age/* ageCheck */.cp)(age, elapsedMs(t))];
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
            return { report: (0,report/* buildDrillReport */.KP)(parts) };
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
        return (0,report/* buildDrillReport */.KP)({
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
    const folder = (0,workspace/* copiesFolder */.cp)(bootDir);
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
    const { needs, ifCompacted, bootDir } = (0,disk/* drillDiskNeeds */.O)(options);
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
            ? (0,workspace/* copiedMembers */.Ou)(output.cluster.members.map(drillMember), mirrors.folder)
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

// EXTERNAL MODULE: ./src/action/constants.ts
var constants = __webpack_require__(90915);
;// CONCATENATED MODULE: ./src/action/drill/drill.ts




/**
 * The restore drill: restores through the library (or takes `restored`, a cache hit's data-dirs, as
 * they are) and boots the members with `etcdPath`. The restore's failure is a failed drill.
 */
async function drill(options, etcdPath, inputs, restored, createdAt) {
    const logsDir = inputs.reportArtifact !== undefined ? drillLogsDir(options) : undefined;
    // a cache hit may bring an older run's logs: only this drill's are uploaded
    if (logsDir !== undefined)
        await (0,promises_.rm)(logsDir, { recursive: true, force: true });
    return runDrillWithOutput({
        ...{ ...options, etcdPath, maxAgeMs: inputs.maxAgeMs, restored },
        ...(createdAt && { snapshotCreatedAt: createdAt }),
        ...(inputs.credentials && { credentials: inputs.credentials }),
        ...(inputs.drillTimeoutMs !== undefined && { bootTimeoutMs: inputs.drillTimeoutMs }),
        // uploaded with the drill report (save.ts), so only kept when that is asked for
        ...(logsDir !== undefined && { saveLogsTo: logsDir })
    });
}
/** Where the members' full etcd logs go: beside the drill report, in the data-dirs' folder. */
function drillLogsDir(options) {
    return options.target.kind === 'all' ? (0,external_node_path_.join)(options.target.outDir, constants/* DRILL_LOGS_DIR */.UH) : undefined;
}


/***/ })

};
