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
import protobuf from 'protobufjs'
import { REGISTRY_ROOT } from './prefix.js'

export interface DecodedObject {
  apiVersion: string
  kind: string
  /** latin1 (one char per byte), comparable with latin1 keys. */
  name: string
  namespace: string
}

const MAGIC = [0x6b, 0x38, 0x73, 0x00]
const OPEN_BRACE = 0x7b

/** Under the Kubernetes prefix, folders kube-apiserver keeps that hold no object of that name. */
export const NOT_OBJECTS: readonly string[] = [
  'masterleases/', // Endpoints named after each apiserver's IP (endpoint reconciler "lease")
  'ranges/', // RangeAllocation of service IPs / node ports, without a name
  'apiserverleases/'
]

function startsWithMagic(value: Uint8Array): boolean {
  if (value.length < MAGIC.length) return false
  for (let i = 0; i < MAGIC.length; i++) if (value[i] !== MAGIC[i]) return false
  return true
}

/**
 * Walks the fields of the message between the reader's position and `end` (one Reader for the
 * whole value: a nested message is read by narrowing `len`, so nothing is allocated per level).
 * `field` gets each length-delimited field's number and the position after its length; it reads
 * what it wants and returns true, or false to have the field skipped. A bad wire type, a length
 * past the end or a field number 0 throws.
 */
function walk(
  r: protobuf.Reader,
  end: number,
  field: (tag: number, fieldEnd: number) => boolean
): void {
  const outer = r.len
  if (end > outer) throw new Error('message cut short')
  r.len = end
  while (r.pos < end) {
    const key = r.uint32()
    const tag = key >>> 3
    const wire = key & 7
    if (tag === 0) throw new Error('field number 0')
    if (wire === 2) {
      const length = r.uint32()
      const fieldEnd = r.pos + length
      if (fieldEnd > end) throw new Error('field cut short')
      if (!field(tag, fieldEnd)) r.pos = fieldEnd
      else if (r.pos !== fieldEnd) throw new Error('field misread')
    } else r.skipType(wire)
  }
  r.len = outer
}

/** The bytes from the reader's position to `end`, as a string (a view, no copy). */
function text(r: protobuf.Reader, end: number, encoding: 'latin1' | 'utf8'): string {
  const s = Buffer.from(r.buf.buffer, r.buf.byteOffset + r.pos, end - r.pos).toString(encoding)
  r.pos = end
  return s
}

/** The object in a protobuf envelope (`k8s\0` + runtime.Unknown), or undefined. */
function fromProtobuf(value: Uint8Array): DecodedObject | undefined {
  let apiVersion = ''
  let kind = ''
  let rawStart = -1
  let rawEnd = -1
  const r = protobuf.Reader.create(value)
  r.pos = MAGIC.length
  walk(r, value.length, (tag, end) => {
    if (tag === 1)
      walk(r, end, (t, e) => {
        if (t === 1) apiVersion = text(r, e, 'utf8')
        else if (t === 2) kind = text(r, e, 'utf8')
        else return false
        return true
      })
    else if (tag === 2) {
      rawStart = r.pos
      rawEnd = end
      r.pos = end
    } else return false
    return true
  })
  if (kind === '' || rawStart < 0) return undefined
  let name = ''
  let namespace = ''
  r.pos = rawStart
  walk(r, rawEnd, (tag, end) => {
    if (tag !== 1) return false
    walk(r, end, (t, e) => {
      if (t === 1) name = text(r, e, 'latin1')
      else if (t === 3) namespace = text(r, e, 'latin1')
      else return false
      return true
    })
    return true
  })
  return { apiVersion, kind, name, namespace }
}

const decoder = new TextDecoder('utf-8', { fatal: true })

function fromJson(value: Uint8Array): DecodedObject | undefined {
  const parsed = JSON.parse(decoder.decode(value)) as unknown
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined
  const { apiVersion, kind, metadata } = parsed as Record<string, unknown>
  if (typeof kind !== 'string' || kind === '') return undefined
  const meta = (typeof metadata === 'object' && metadata !== null ? metadata : {}) as Record<
    string,
    unknown
  >
  const text = (v: unknown) => (typeof v === 'string' ? Buffer.from(v).toString('latin1') : '')
  return {
    apiVersion: typeof apiVersion === 'string' ? apiVersion : '',
    kind,
    name: text(meta.name),
    namespace: text(meta.namespace)
  }
}

function firstNonSpace(value: Uint8Array): number | undefined {
  for (const byte of value)
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return byte
  return undefined
}

/** The object a plaintext value holds, or undefined when it does not decode. */
export function decodeObject(value: Uint8Array): DecodedObject | undefined {
  try {
    if (startsWithMagic(value)) return fromProtobuf(value)
    if (firstNonSpace(value) === OPEN_BRACE) return fromJson(value)
  } catch {
    return undefined
  }
  return undefined
}

export interface KeyShape {
  /** `secrets`, `services/specs`, `example.com/widgets` */
  resource: string
  /** '' for a cluster-scoped key. */
  namespace: string
  name: string
}

/** Where `key` (latin1) says its object belongs; undefined when it has no object shape. */
export function keyShape(key: string, root: string = REGISTRY_ROOT): KeyShape | undefined {
  if (!key.startsWith(root)) return undefined
  const segments = key.slice(root.length).split('/')
  const first = segments[0]!
  const second = segments[1]
  const twoLevel =
    second !== undefined &&
    (first.includes('.') ||
      (first === 'services' && (second === 'specs' || second === 'endpoints')))
  const depth = twoLevel ? 2 : 1
  const rest = segments.slice(depth)
  const resource = segments.slice(0, depth).join('/')
  if (rest.length === 1) return { resource, namespace: '', name: rest[0]! }
  if (rest.length === 2) return { resource, namespace: rest[0]!, name: rest[1]! }
  return undefined
}

/** A key under the prefix that kube-apiserver keeps but that is not an object of its name. */
export function isNotObject(key: string, root: string = REGISTRY_ROOT): boolean {
  if (!key.startsWith(root)) return false
  const rest = key.slice(root.length)
  return NOT_OBJECTS.some((p) => rest.startsWith(p))
}

/** Do the object's name and namespace agree with its key? */
export function matchesKey(object: DecodedObject, key: string, root?: string): boolean {
  const shape = keyShape(key, root)
  return shape !== undefined && shape.name === object.name && shape.namespace === object.namespace
}
