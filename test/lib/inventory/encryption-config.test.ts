/**
 * The EncryptionConfiguration reader (YAML subset or JSON, no YAML library), the offline
 * decryption of each provider against node:crypto / @noble/ciphers round trips, and the deep
 * decoder's refusals. Fixture configs are k8s-judged.encryption-*.yaml (test keys only).
 */
import { createCipheriv, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { xsalsa20poly1305 } from '@noble/ciphers/salsa.js'
import protobuf from 'protobufjs'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/lib/errors.js'
import { decryptValue, encryptedPrefix } from '../../../src/lib/inventory/decrypt.js'
import {
  entryFor,
  parseEncryptionConfig,
  parseYamlSubset
} from '../../../src/lib/inventory/encryption-config.js'
import { decodeObject, keyShape, matchesKey } from '../../../src/lib/inventory/k8s-object.js'

const FULL = readFileSync('test/fixtures/k8s/k8s-judged.encryption-full.yaml', 'utf8')

describe('EncryptionConfiguration reader', () => {
  it('reads the fixture config: providers in order, keys decoded', () => {
    const config = parseEncryptionConfig(FULL)
    expect(config.resources).toHaveLength(1)
    expect(config.resources[0]!.resources).toEqual(['secrets'])
    expect(config.resources[0]!.providers.map((p) => p.type)).toEqual([
      'aescbc',
      'aesgcm',
      'secretbox',
      'identity'
    ])
    const cbc = config.resources[0]!.providers[0]!
    expect('keys' in cbc && cbc.keys.map((k) => [k.name, k.secret.length])).toEqual([
      ['key1', 32],
      ['key2', 32]
    ])
  })

  it('reads the other common spellings: comments, quotes, flow lists, kms, JSON, sequences at their key', () => {
    const yaml = `# kube-apiserver --encryption-provider-config
---
apiVersion: apiserver.config.k8s.io/v1
kind: "EncryptionConfiguration"
resources:
- resources: [secrets, configmaps]   # both
  providers:
  - kms:
      apiVersion: v2
      name: 'cloud kms'
      endpoint: unix:///var/run/kms.sock
  - aesgcm:
      keys:
      - name: "k#1"
        secret: '${Buffer.alloc(16, 1).toString('base64')}'
  - identity: {}
- resources:
  - '*.*'
  providers:
  - identity: {}
`
    const config = parseEncryptionConfig(yaml)
    expect(config.resources[0]!.resources).toEqual(['secrets', 'configmaps'])
    expect(config.resources[0]!.providers[0]).toEqual({
      type: 'kms',
      name: 'cloud kms',
      apiVersion: 'v2'
    })
    const gcm = config.resources[0]!.providers[1]!
    expect('keys' in gcm && gcm.keys[0]!.name).toBe('k#1')
    expect(entryFor(config, 'configmaps', '')).toBe(config.resources[0])
    expect(entryFor(config, 'widgets', 'example.com')).toBe(config.resources[1])
    const json = JSON.stringify(parseYamlSubset(yaml))
    expect(parseEncryptionConfig(json)).toEqual(config)
  })

  it('refuses what it cannot read, naming a line, never the secret', () => {
    const secret = Buffer.alloc(20, 7).toString('base64') // 20 bytes: no AES key size
    const bad = FULL.replace(/secret: .*/, `secret: ${secret}`)
    let error: unknown
    try {
      parseEncryptionConfig(bad)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(
      /aescbc key "key1": secret is not base64 of 16, 24, 32 bytes/
    )
    expect((error as Error).message).not.toContain(secret)
    expect(() => parseEncryptionConfig('kind: Other\nresources: []\n')).toThrow(
      /not EncryptionConfiguration/
    )
    expect(() => parseEncryptionConfig('a: &anchor b\n')).toThrow(/line 1: unsupported YAML/)
    expect(() => parseEncryptionConfig('a: 1\n  b: 2\n')).toThrow(/line 2/)
    expect(() => parseEncryptionConfig('a: 1\n---\nb: 2\n')).toThrow(/more than one document/)
  })
})

describe('offline decryption, as the apiserver transformers do', () => {
  const cbcKey = randomBytes(32)
  const gcmKey = randomBytes(24)
  const boxKey = randomBytes(32)
  const b64 = (b: Buffer) => b.toString('base64')
  const config = parseEncryptionConfig(
    JSON.stringify({
      kind: 'EncryptionConfiguration',
      resources: [
        {
          resources: ['secrets'],
          providers: [
            { aescbc: { keys: [{ name: 'c', secret: b64(cbcKey) }] } },
            { aesgcm: { keys: [{ name: 'g', secret: b64(gcmKey) }] } },
            { secretbox: { keys: [{ name: 's', secret: b64(boxKey) }] } }
          ]
        }
      ]
    })
  )
  const key = Buffer.from('/registry/secrets/ns/one')
  const plain = Buffer.from('k8s\0 plaintext of some length')
  const open = (value: Buffer, at = key) =>
    decryptValue(config, 'secrets', '', at, value, encryptedPrefix(value)!)

  it('aescbc: IV + CBC with PKCS#7; a bad pad or a short body does not decrypt', () => {
    const iv = randomBytes(16)
    const c = createCipheriv('aes-256-cbc', cbcKey, iv)
    const value = Buffer.concat([
      Buffer.from('k8s:enc:aescbc:v1:c:'),
      iv,
      c.update(plain),
      c.final()
    ])
    expect(open(value)).toEqual({ result: 'decrypts', plaintext: plain })
    const flipped = Buffer.from(value)
    flipped[flipped.length - 1]! ^= 0x55
    expect(open(flipped).result).toBe('fails')
    expect(open(Buffer.concat([Buffer.from('k8s:enc:aescbc:v1:c:'), iv])).result).toBe('fails')
  })

  it('aesgcm: the etcd key is the additional data', () => {
    const nonce = randomBytes(12)
    const c = createCipheriv('aes-192-gcm', gcmKey, nonce)
    c.setAAD(key)
    const body = Buffer.concat([c.update(plain), c.final(), c.getAuthTag()])
    const value = Buffer.concat([Buffer.from('k8s:enc:aesgcm:v1:g:'), nonce, body])
    expect(open(value)).toEqual({ result: 'decrypts', plaintext: plain })
    expect(open(value, Buffer.from('/registry/secrets/ns/two')).result).toBe('fails')
  })

  it('secretbox: nonce + XSalsa20-Poly1305; unknown key names and kms are told apart', () => {
    const nonce = randomBytes(24)
    const box = Buffer.from(xsalsa20poly1305(boxKey, nonce).encrypt(plain))
    const value = Buffer.concat([Buffer.from('k8s:enc:secretbox:v1:s:'), nonce, box])
    expect(open(value)).toEqual({ result: 'decrypts', plaintext: plain })
    const other = Buffer.concat([Buffer.from('k8s:enc:secretbox:v1:old:'), nonce, box])
    expect(open(other).result).toBe('no-key')
    const kmsObject = protobuf.Writer.create()
      .uint32(0x0a)
      .bytes(Buffer.alloc(8))
      .uint32(0x12)
      .string('key-7')
      .finish()
    const kms = Buffer.concat([Buffer.from('k8s:enc:kms:v2:vault:'), kmsObject])
    expect(encryptedPrefix(kms)).toMatchObject({
      provider: 'kms',
      keyName: 'vault',
      kmsKeyID: 'key-7'
    })
    expect(open(kms).result).toBe('kms')
    // a resource the config does not cover: no key for it
    expect(decryptValue(config, 'configmaps', '', key, value, encryptedPrefix(value)!).result).toBe(
      'no-key'
    )
  })
})

describe('deep decode', () => {
  const envelope = (raw: Uint8Array, kind = 'ConfigMap') => {
    const typeMeta = protobuf.Writer.create()
      .uint32(0x0a)
      .string('v1')
      .uint32(0x12)
      .string(kind)
      .finish()
    const unknown = protobuf.Writer.create()
      .uint32(0x0a)
      .bytes(typeMeta)
      .uint32(0x12)
      .bytes(raw)
      .finish()
    return Buffer.concat([Buffer.from('k8s\0', 'latin1'), unknown])
  }
  const meta = protobuf.Writer.create().uint32(0x0a).string('cm').uint32(0x1a).string('ns').finish()
  const raw = protobuf.Writer.create().uint32(0x0a).bytes(meta).finish()

  it('reads metadata name (1) and namespace (3) from field 1 of raw; refuses cut or kindless envelopes', () => {
    const value = envelope(raw)
    expect(decodeObject(value)).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      name: 'cm',
      namespace: 'ns'
    })
    expect(decodeObject(value.subarray(0, value.length - 3))).toBeUndefined()
    expect(decodeObject(envelope(raw, ''))).toBeUndefined()
    expect(decodeObject(Buffer.from('{"kind":"Widget","metadata":{"name":"w"}}'))).toMatchObject({
      kind: 'Widget',
      name: 'w',
      namespace: ''
    })
    expect(decodeObject(Buffer.from('{"metadata":{}}'))).toBeUndefined()
    expect(decodeObject(Buffer.from('plain'))).toBeUndefined()
  })

  it('places keys by shape: cluster-scoped, namespaced, split services, groups', () => {
    expect(keyShape('/registry/namespaces/a')).toEqual({
      resource: 'namespaces',
      namespace: '',
      name: 'a'
    })
    expect(keyShape('/registry/services/specs/ns/s')).toEqual({
      resource: 'services/specs',
      namespace: 'ns',
      name: 's'
    })
    expect(keyShape('/registry/example.com/widgets/w')).toEqual({
      resource: 'example.com/widgets',
      namespace: '',
      name: 'w'
    })
    expect(keyShape('/registry/a/b/c/d')).toBeUndefined()
    expect(keyShape('/custom/cm/ns/cm', '/custom/')).toMatchObject({ namespace: 'ns', name: 'cm' })
    const object = { apiVersion: 'v1', kind: 'ConfigMap', name: 'cm', namespace: 'ns' }
    expect(matchesKey(object, '/registry/configmaps/ns/cm')).toBe(true)
    expect(matchesKey(object, '/registry/configmaps/other/cm')).toBe(false)
    expect(matchesKey(object, '/registry/configmaps/cm')).toBe(false)
  })
})
