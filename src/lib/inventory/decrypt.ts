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
import { createDecipheriv, type CipherGCMTypes } from 'node:crypto'
import { xsalsa20poly1305 } from '@noble/ciphers/salsa.js'
import protobuf from 'protobufjs'
import { entryFor, type EncryptionConfig, type KeyProvider } from './encryption-config.js'

export interface EncryptedPrefix {
  provider: string
  /** v1, v2 */
  version: string
  /** The key name (for kms, the provider name). */
  keyName: string
  /** Offset of the payload after the prefix. */
  payload: number
  /** KMS v2: the keyID of its EncryptedObject, when it decodes. */
  kmsKeyID?: string
}

const PREFIX = 'k8s:enc:'
const MAX_PREFIX = 512

/** Parses `k8s:enc:<provider>:<version>:<key>:`; undefined when the value has no such prefix. */
export function encryptedPrefix(value: Uint8Array): EncryptedPrefix | undefined {
  if (value.length < PREFIX.length) return undefined
  for (let i = 0; i < PREFIX.length; i++) if (value[i] !== PREFIX.charCodeAt(i)) return undefined // hot path: most values are objects
  const head = Buffer.from(
    value.buffer,
    value.byteOffset,
    Math.min(value.length, MAX_PREFIX)
  ).toString('latin1')
  const parts: string[] = []
  let at = PREFIX.length
  for (let n = 0; n < 3; n++) {
    const colon = head.indexOf(':', at)
    if (colon < 0) return undefined
    parts.push(head.slice(at, colon))
    at = colon + 1
  }
  const [provider, version, keyName] = parts as [string, string, string]
  const found: EncryptedPrefix = { provider, version, keyName, payload: at }
  if (provider === 'kms' && version === 'v2') {
    const id = kmsKeyId(value.subarray(at))
    if (id !== undefined) found.kmsKeyID = id
  }
  return found
}

function kmsKeyId(body: Uint8Array): string | undefined {
  try {
    const reader = protobuf.Reader.create(body)
    let id: string | undefined
    while (reader.pos < reader.len) {
      const key = reader.uint32()
      if (key >>> 3 === 2 && (key & 7) === 2) id = reader.string()
      else reader.skipType(key & 7)
    }
    return id
  } catch {
    return undefined
  }
}

export type DecryptOutcome =
  | { result: 'decrypts'; plaintext: Buffer }
  /** The config's entry for this resource has no such provider + key. */
  | { result: 'no-key' }
  /** The config has the key, but it does not open the value (another secret, or a moved value). */
  | { result: 'fails' }
  /** KMS (or an unknown provider): cannot be checked offline. */
  | { result: 'kms' }

/** Go's PKCS#7 check in aes.go: pad 1..len(plaintext), every pad byte equal. */
function unpad(data: Buffer): Buffer | undefined {
  if (data.length === 0) return undefined
  const pad = data[data.length - 1]!
  if (pad === 0 || pad > data.length) return undefined
  for (let i = data.length - pad; i < data.length; i++) if (data[i] !== pad) return undefined
  return data.subarray(0, data.length - pad)
}

function open(type: KeyProvider, secret: Buffer, payload: Buffer, key: Buffer): Buffer | undefined {
  try {
    const bits = secret.length * 8
    if (type === 'aescbc') {
      if (payload.length < 16) return undefined
      const body = payload.subarray(16)
      if (body.length === 0 || body.length % 16 !== 0) return undefined
      const d = createDecipheriv(`aes-${bits}-cbc`, secret, payload.subarray(0, 16))
      d.setAutoPadding(false)
      return unpad(Buffer.concat([d.update(body), d.final()]))
    }
    if (type === 'aesgcm') {
      if (payload.length < 12 + 16) return undefined
      const d = createDecipheriv(
        `aes-${bits}-gcm` as CipherGCMTypes,
        secret,
        payload.subarray(0, 12)
      )
      d.setAAD(key)
      d.setAuthTag(payload.subarray(payload.length - 16))
      return Buffer.concat([d.update(payload.subarray(12, payload.length - 16)), d.final()])
    }
    if (payload.length < 24 + 16) return undefined
    const plain = xsalsa20poly1305(secret, payload.subarray(0, 24)).decrypt(payload.subarray(24))
    return Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength)
  } catch {
    return undefined
  }
}

/**
 * Decrypts `value` (stored under etcd key `key`, bytes) with the config's entry for `resource`
 * of `group`, as kube-apiserver would when reading it.
 */
export function decryptValue(
  config: EncryptionConfig,
  resource: string,
  group: string,
  key: Uint8Array,
  value: Uint8Array,
  prefix: EncryptedPrefix
): DecryptOutcome {
  const { provider, version, keyName } = prefix
  if (provider === 'kms') return { result: 'kms' }
  if (
    version !== 'v1' ||
    (provider !== 'aescbc' && provider !== 'aesgcm' && provider !== 'secretbox')
  )
    return { result: 'no-key' }
  const entry = entryFor(config, resource, group)
  const found = entry?.providers
    .filter((p) => p.type === provider)
    .flatMap((p) => ('keys' in p ? p.keys : []))
    .find((k) => k.name === keyName)
  if (!found) return { result: 'no-key' }
  const payload = Buffer.from(
    value.buffer,
    value.byteOffset + prefix.payload,
    value.length - prefix.payload
  )
  const plaintext = open(provider, found.secret, payload, Buffer.from(key))
  return plaintext ? { result: 'decrypts', plaintext } : { result: 'fails' }
}
