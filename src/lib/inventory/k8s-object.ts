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

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1')
const utf8 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8')

/** Reads every field of a message; calls `field` for the length-delimited ones it wants. */
function walk(bytes: Uint8Array, field: (tag: number, reader: protobuf.Reader) => boolean): void {
  const reader = protobuf.Reader.create(bytes)
  while (reader.pos < reader.len) {
    const key = reader.uint32()
    const tag = key >>> 3
    const wire = key & 7
    if (tag === 0) throw new Error('field number 0')
    if (wire === 2 && field(tag, reader)) continue
    reader.skipType(wire)
  }
  if (reader.pos !== reader.len) throw new Error('message cut short')
}

/** The object in a protobuf envelope (the value after `k8s\0`), or undefined. */
function fromProtobuf(body: Uint8Array): DecodedObject | undefined {
  let apiVersion = ''
  let kind = ''
  let raw: Uint8Array | undefined
  walk(body, (tag, r) => {
    if (tag === 1) {
      walk(r.bytes(), (t, tr) => {
        if (t === 1) apiVersion = utf8(tr.bytes())
        else if (t === 2) kind = utf8(tr.bytes())
        else return false
        return true
      })
    } else if (tag === 2) raw = r.bytes()
    else return false
    return true
  })
  if (kind === '' || raw === undefined) return undefined
  let name = ''
  let namespace = ''
  walk(raw, (tag, r) => {
    if (tag !== 1) return false
    walk(r.bytes(), (t, mr) => {
      if (t === 1) name = latin1(mr.bytes())
      else if (t === 3) namespace = latin1(mr.bytes())
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
    if (startsWithMagic(value)) return fromProtobuf(value.subarray(MAGIC.length))
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
