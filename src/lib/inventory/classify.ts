/**
 * What a stored value is, from its first bytes: a Kubernetes object in the protobuf envelope
 * (`k8s\0` + runtime.Unknown, whose TypeMeta names apiVersion and kind), a JSON object with
 * apiVersion and kind (custom resources, older clusters), a value encrypted at rest
 * (`k8s:enc:<provider>:<version>:<key name>:` + ciphertext: aescbc, aesgcm, secretbox, kms), or
 * anything else. Pure: no I/O, never throws on bad input (an undecodable value is `other`).
 */
import { protoType } from '../proto/load.js'

export type ValueClass =
  | { type: 'object'; apiVersion: string; kind: string }
  | { type: 'encrypted'; provider: string }
  | { type: 'other' }

const ENVELOPE_MAGIC = [0x6b, 0x38, 0x73, 0x00] // "k8s\0"
const ENCRYPTED_PREFIX = Buffer.from('k8s:enc:')
const OTHER: ValueClass = { type: 'other' }
const COLON = 0x3a
const OPEN_BRACE = 0x7b
/** Longest provider name read from an encrypted value's prefix. */
const MAX_PROVIDER = 64

function startsWith(value: Uint8Array, prefix: ArrayLike<number>): boolean {
  if (value.length < prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (value[i] !== prefix[i]) return false
  return true
}

/** Classifies one value (the `value` field of an mvccpb.KeyValue). */
export function classifyValue(value: Uint8Array): ValueClass {
  if (startsWith(value, ENVELOPE_MAGIC)) return envelope(value.subarray(ENVELOPE_MAGIC.length))
  if (startsWith(value, ENCRYPTED_PREFIX)) return encrypted(value)
  if (firstNonSpace(value) === OPEN_BRACE) return jsonObject(value)
  return OTHER
}

function envelope(body: Uint8Array): ValueClass {
  try {
    const unknown = protoType('k8s.io.apimachinery.pkg.runtime.Unknown').decode(body) as {
      typeMeta?: { apiVersion?: string; kind?: string }
    }
    const kind = unknown.typeMeta?.kind ?? ''
    if (kind === '') return OTHER
    return { type: 'object', apiVersion: unknown.typeMeta?.apiVersion ?? '', kind }
  } catch {
    return OTHER
  }
}

function encrypted(value: Uint8Array): ValueClass {
  const start = ENCRYPTED_PREFIX.length
  const end = Math.min(value.length, start + MAX_PROVIDER)
  for (let i = start; i < end; i++) {
    if (value[i] !== COLON) continue
    if (i === start) break
    return { type: 'encrypted', provider: Buffer.from(value.subarray(start, i)).toString('latin1') }
  }
  return { type: 'encrypted', provider: 'unknown' }
}

const decoder = new TextDecoder('utf-8', { fatal: true })

function jsonObject(value: Uint8Array): ValueClass {
  try {
    const parsed = JSON.parse(decoder.decode(value)) as unknown
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return OTHER
    const { apiVersion, kind } = parsed as { apiVersion?: unknown; kind?: unknown }
    if (typeof kind !== 'string' || kind === '') return OTHER
    return { type: 'object', apiVersion: typeof apiVersion === 'string' ? apiVersion : '', kind }
  } catch {
    return OTHER
  }
}

function firstNonSpace(value: Uint8Array): number | undefined {
  for (const byte of value)
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return byte
  return undefined
}
