export const id = 474;
export const ids = [474];
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


/***/ })

};
