export const id = 3;
export const ids = [3,474];
export const modules = {

/***/ 9474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   entryFor: () => (/* binding */ entryFor),
/* harmony export */   loadEncryptionConfig: () => (/* binding */ loadEncryptionConfig),
/* harmony export */   parseEncryptionConfig: () => (/* binding */ parseEncryptionConfig),
/* harmony export */   parseYamlSubset: () => (/* binding */ parseYamlSubset)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7268);
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
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot read --encryption-config ${path}: ${error.code ?? 'error'}`);
    }
    try {
        return parseEncryptionConfig(text);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${path}: ${error.message}`);
        throw error;
    }
}


/***/ }),

/***/ 8003:
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
var backend_kv = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/lib/backend/key-fingerprints.ts
var key_fingerprints = __webpack_require__(9161);
// EXTERNAL MODULE: ./src/lib/backend/revision.ts
var revision = __webpack_require__(9627);
// EXTERNAL MODULE: ./src/lib/backend/schema.ts
var schema = __webpack_require__(3397);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
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
var protobufjs = __webpack_require__(3928);
var protobufjs_default = /*#__PURE__*/__webpack_require__.n(protobufjs);
// EXTERNAL MODULE: ./src/lib/inventory/prefix.ts
var prefix = __webpack_require__(2782);
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
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@noble/ciphers/salsa.js + 3 modules
var salsa = __webpack_require__(6382);
// EXTERNAL MODULE: ./src/lib/inventory/encryption-config.ts
var encryption_config = __webpack_require__(9474);
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
    const entry = (0,encryption_config.entryFor)(config, resource, group);
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


/***/ })

};
