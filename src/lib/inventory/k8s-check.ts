/**
 * What one stored value under the Kubernetes prefix is, checked as kube-apiserver would read it
 * (issue 28): an object that decodes and sits under its own key, one that does not decode, one
 * whose name/namespace disagree with its key, a well-known key that is no object, or a value
 * encrypted at rest — decrypted with the EncryptionConfiguration when one is given, then checked
 * the same way. A Finding holds no part of the value beyond what it names, and is interned per
 * distinct finding by the inventory (a few dozen per snapshot), not kept per key.
 */
import {
  decodeObject,
  isNotObject,
  keyShape,
  matchesKey,
  type DecodedObject
} from './k8s-object.js'
import { decryptValue, encryptedPrefix } from './decrypt.js'
import type { EncryptionConfig } from './encryption-config.js'

export type DecryptResult = 'unchecked' | 'decrypts' | 'no-key' | 'fails' | 'kms'

export type Finding =
  /** Not under the Kubernetes prefix: not checked. */
  | { value: 'outside' }
  | { value: 'not-object' }
  | { value: 'object'; match: boolean }
  | { value: 'undecodable' }
  | {
      value: 'encrypted'
      provider: string
      keyName: string
      kmsKeyID?: string
      decrypt: DecryptResult
      /** Set when it decrypts: what the plaintext is. */
      plaintext?: 'object' | 'undecodable'
      /** Set when the plaintext is an object. */
      match?: boolean
    }

export interface CheckOptions {
  /** The Kubernetes prefix (kube-apiserver `--etcd-prefix` + `/`); default `/registry/`. */
  root: string
  config?: EncryptionConfig
}

/** A distinct string per distinct finding (the inventory's class table key). */
export function findingName(f: Finding): string {
  switch (f.value) {
    case 'outside':
      return ''
    case 'not-object':
      return 'n'
    case 'undecodable':
      return 'u'
    case 'object':
      return f.match ? 'o' : 'm'
    case 'encrypted':
      return `e\0${f.provider}\0${f.keyName}\0${f.kmsKeyID ?? ''}\0${f.decrypt}\0${f.plaintext ?? ''}\0${f.match ?? ''}`
  }
}

/** `secrets` → ['secrets', '']; `example.com/widgets` → ['widgets', 'example.com']. */
function resourceOf(resource: string): [string, string] {
  const slash = resource.indexOf('/')
  if (slash >= 0 && resource.slice(0, slash).includes('.'))
    return [resource.slice(slash + 1), resource.slice(0, slash)]
  return [resource, '']
}

/**
 * Checks one value. `key` is the etcd key's bytes and `keyText` the same as a latin1 string.
 * `decoded` receives the object when the (plain or decrypted) value decodes, for the caller's kind
 * count; it is not called for encrypted values.
 */
export function checkValue(
  key: Uint8Array,
  keyText: string,
  value: Uint8Array,
  options: CheckOptions,
  decoded?: (object: DecodedObject) => void
): Finding {
  const { root, config } = options
  if (!keyText.startsWith(root)) return { value: 'outside' }
  if (isNotObject(keyText, root)) return { value: 'not-object' }
  const prefix = encryptedPrefix(value)
  if (prefix) {
    const found: Finding = {
      value: 'encrypted',
      provider: prefix.provider,
      keyName: prefix.keyName,
      decrypt: 'unchecked'
    }
    if (prefix.kmsKeyID !== undefined) found.kmsKeyID = prefix.kmsKeyID
    if (prefix.provider === 'kms') found.decrypt = 'kms'
    if (!config || found.decrypt === 'kms') return found
    const shape = keyShape(keyText, root)
    const [resource, group] = resourceOf(shape?.resource ?? '')
    const outcome = decryptValue(config, resource, group, key, value, prefix)
    found.decrypt = outcome.result
    if (outcome.result !== 'decrypts') return found
    const object = decodeObject(outcome.plaintext)
    outcome.plaintext.fill(0)
    if (!object) found.plaintext = 'undecodable'
    else {
      found.plaintext = 'object'
      found.match = matchesKey(object, keyText, root)
    }
    return found
  }
  const object = decodeObject(value)
  if (!object) return { value: 'undecodable' }
  decoded?.(object)
  return { value: 'object', match: matchesKey(object, keyText, root) }
}
