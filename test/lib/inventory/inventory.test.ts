import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { inspectSnapshot } from '../../../src/lib/snapshot/inspect.js'
import { kindName, takeInventory, type Inventory } from '../../../src/lib/inventory/inventory.js'
import { classifyValue } from '../../../src/lib/inventory/classify.js'
import { placeKey } from '../../../src/lib/inventory/prefix.js'
import { Largest } from '../../../src/lib/inventory/largest.js'
import { schemaErrors, type Schema } from '../../helpers/json-schema-check.js'

const FIXTURES = 'test/fixtures/k8s'

interface Expected {
  revision: number
  compactRevision: number
  liveKeys: number
  bytes: number
  kinds: Record<string, number>
  prefixes: Record<string, number>
  namespaces: Record<string, number>
  encrypted: { keys: number; providers: Record<string, number> }
  other: number
  largest: string
}

const expected = (name: string): Expected =>
  JSON.parse(readFileSync(`${FIXTURES}/${name}.db.expect.json`, 'utf8')) as Expected

const inventoryOf = (name: string, depth?: number): Promise<Inventory> =>
  inspectSnapshot(`${FIXTURES}/${name}.db`, (db) => takeInventory(db, { depth }))

const counts = <T>(items: T[], name: (t: T) => string, n: (t: T) => number) =>
  Object.fromEntries(items.map((t) => [name(t), n(t)]).sort(([a], [b]) => (a! < b! ? -1 : 1)))

describe('inventory of Kubernetes-shaped snapshots saved by etcd 3.5.30', () => {
  for (const name of ['k8s-full', 'k8s-shrunk']) {
    it(`${name}: counts equal what the cluster was loaded with`, async () => {
      const want = expected(name)
      const inv = await inventoryOf(name)
      expect({
        revision: inv.revision,
        compactRevision: inv.compactRevision,
        liveKeys: inv.liveKeys,
        bytes: inv.bytes,
        kinds: counts(inv.kinds, kindName, (k) => k.keys),
        prefixes: counts(
          inv.prefixes,
          (p) => p.prefix,
          (p) => p.keys
        ),
        namespaces: counts(
          inv.namespaces,
          (n) => n.namespace,
          (n) => n.keys
        ),
        encrypted: { keys: inv.encrypted.keys, providers: inv.encrypted.providers },
        other: inv.other.keys,
        largest: inv.largest[0]?.key
      }).toEqual(want)
      // every live key is counted once in each grouping
      const sum = (xs: { keys: number }[]) => xs.reduce((s, x) => s + x.keys, 0)
      expect(sum(inv.prefixes)).toBe(inv.liveKeys)
      expect(sum(inv.kinds) + inv.encrypted.keys + inv.other.keys).toBe(inv.liveKeys)
      expect(inv.largest).toHaveLength(10)
      expect(inv.largest.map((l) => l.bytes)).toEqual(
        [...inv.largest.map((l) => l.bytes)].sort((a, b) => b - a)
      )
    })
  }

  it('exact figures of the full snapshot, sorted by keys', async () => {
    const inv = await inventoryOf('k8s-full')
    expect(inv).toMatchObject({ revision: 138, compactRevision: 135, liveKeys: 113, depth: 1 })
    expect(inv.kinds[0]).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      keys: 39,
      bytes: expect.any(Number)
    })
    expect(inv.encrypted).toEqual({
      keys: 10,
      bytes: 8 * (33 + 23 + 64) + 2 * (33 + 26 + 64),
      providers: { aescbc: 8, secretbox: 2 }
    })
    expect(inv.largest[0]).toEqual({
      key: '/registry/configmaps/kube-system/big',
      bytes: expect.any(Number)
    })
    expect(inv.largest[0]!.bytes).toBeGreaterThan(100_000)
  })

  it('matches the inventory schema of docs/drill-report.schema.json', async () => {
    const schema = JSON.parse(readFileSync('docs/drill-report.schema.json', 'utf8')) as {
      properties: { snapshot: { properties: { inventory: Schema } } }
    }
    const inventory = schema.properties.snapshot.properties.inventory
    for (const name of ['k8s-full', 'k8s-shrunk'])
      expect(schemaErrors(inventory, JSON.parse(JSON.stringify(await inventoryOf(name))))).toEqual(
        []
      )
  })

  it('--depth groups keys outside /registry by more folders', async () => {
    const inv = await inventoryOf('k8s-full', 2)
    const app = inv.prefixes.filter((p) => p.prefix.startsWith('/app/'))
    expect(app).toEqual([
      { prefix: '/app/config/', keys: 2, bytes: expect.any(Number) },
      { prefix: '/app/flags/', keys: 1, bytes: expect.any(Number) }
    ])
  })

  it('refuses more live keys than the bound, with one clear line', async () => {
    await expect(
      inspectSnapshot(`${FIXTURES}/k8s-full.db`, (db) => takeInventory(db, { maxLiveKeys: 50 }))
    ).rejects.toThrow(/inventory: more than 50 live keys/)
  })
})

describe('classifyValue', () => {
  it('reads JSON objects, encrypted prefixes, and refuses the rest as other', () => {
    const text = (s: string) => Buffer.from(s)
    expect(classifyValue(text(' {"apiVersion":"a/v1","kind":"K"}'))).toEqual({
      type: 'object',
      apiVersion: 'a/v1',
      kind: 'K'
    })
    expect(classifyValue(text('{"kind":"K"}'))).toEqual({
      type: 'object',
      apiVersion: '',
      kind: 'K'
    })
    expect(classifyValue(text('{"apiVersion":"v1"}'))).toEqual({ type: 'other' })
    expect(classifyValue(text('{broken'))).toEqual({ type: 'other' })
    expect(classifyValue(text('[1]'))).toEqual({ type: 'other' })
    expect(classifyValue(text('k8s:enc:kms:v2:key:xx'))).toEqual({
      type: 'encrypted',
      provider: 'kms'
    })
    expect(classifyValue(text('k8s:enc:'))).toEqual({ type: 'encrypted', provider: 'unknown' })
    expect(classifyValue(Buffer.from('k8s\0\x0a\xff', 'latin1'))).toEqual({ type: 'other' })
    expect(classifyValue(new Uint8Array(0))).toEqual({ type: 'other' })
  })
})

describe('placeKey', () => {
  it('follows kube-apiserver paths', () => {
    expect(placeKey('/registry/pods/ns/p', 1)).toEqual({
      prefix: '/registry/pods/',
      namespace: 'ns'
    })
    expect(placeKey('/registry/minions/n1', 1)).toEqual({ prefix: '/registry/minions/' })
    expect(placeKey('/registry/services/specs/ns/s', 1)).toEqual({
      prefix: '/registry/services/specs/',
      namespace: 'ns'
    })
    expect(placeKey('/registry/example.com/widgets/ns/w', 1)).toEqual({
      prefix: '/registry/example.com/widgets/',
      namespace: 'ns'
    })
    expect(placeKey('/registry/apiregistration.k8s.io/apiservices/v1.apps', 1)).toEqual({
      prefix: '/registry/apiregistration.k8s.io/apiservices/'
    })
    expect(placeKey('/registry/health', 1)).toEqual({ prefix: '/registry/' })
    expect(placeKey('/a/b/c', 1)).toEqual({ prefix: '/a/' })
    expect(placeKey('/a/b/c', 5)).toEqual({ prefix: '/a/b/' })
    expect(placeKey('a/b', 1)).toEqual({ prefix: 'a/' })
    expect(placeKey('/a', 1)).toEqual({ prefix: '/' })
    expect(placeKey('plain', 1)).toEqual({ prefix: '' })
  })
})

describe('Largest', () => {
  it('keeps the n biggest', () => {
    const top = new Largest<number>(3)
    for (const n of [5, 1, 9, 3, 7, 2, 8]) top.offer(n, () => n)
    expect(top.sorted().map((t) => t.item)).toEqual([9, 8, 7])
  })
})
