import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { inspectSnapshot } from '../../../src/lib/snapshot/inspect.js'
import {
  changeLine,
  diffInventories,
  formatChange,
  parsePercent
} from '../../../src/lib/inventory/diff.js'
import { takeInventory, type Inventory } from '../../../src/lib/inventory/inventory.js'
import { loadDiffSides } from '../../../src/lib/inventory/source.js'
import { loadEncryptionConfig } from '../../../src/lib/inventory/encryption-config.js'

const FULL = 'test/fixtures/k8s/k8s-full.db'
const SHRUNK = 'test/fixtures/k8s/k8s-shrunk.db'
const of = (path: string) => inspectSnapshot(path, (db) => takeInventory(db))
const scratch = mkdtempSync(join(tmpdir(), 'inventory-diff-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A hand-made inventory: only what the diff reads. */
function inv(partial: Partial<Inventory>): Inventory {
  return {
    ...{ revision: 100, compactRevision: 0, liveKeys: 1000, bytes: 10_000 },
    ...{ kinds: [], prefixes: [], namespaces: [], largest: [], depth: 1 },
    encrypted: { keys: 0, bytes: 0, providers: {} },
    other: { keys: 0, bytes: 0 },
    ...partial
  }
}
const pods = (keys: number, apiVersion = 'v1') => ({ apiVersion, kind: 'Pod', keys, bytes: keys })

describe('diffInventories', () => {
  it('the same backup passes, with every change at 0%', async () => {
    const full = await of(FULL)
    const diff = diffInventories(full, full)
    expect(diff.passed).toBe(true)
    expect(diff.failures).toEqual([])
    expect(diff.kinds.every((k) => k.changePercent === 0)).toBe(true)
  })

  it('a shrunk backup fails, naming each kind and prefix that dropped and the vanished kind', async () => {
    const diff = diffInventories(await of(FULL), await of(SHRUNK), { minKeys: 5 })
    expect(diff.passed).toBe(false)
    expect(diff.failures).toEqual([
      'live keys 113 → 90 (−20.4%)',
      'v1/Pod 39 → 27 (−30.8%)',
      'apps/v1/Deployment 10 → 7 (−30%)',
      'v1/ConfigMap 10 → 7 (−30%)',
      'example.com/v1/Widget 5 → 0 (−100%): the kind vanished',
      '/registry/pods/ 39 → 27 (−30.8%)',
      '/registry/configmaps/ 10 → 7 (−30%)',
      '/registry/deployments/ 10 → 7 (−30%)',
      '/registry/example.com/widgets/ 5 → 0 (−100%)'
    ])
  })

  it('min-keys spares small kinds, never a vanished one; max-drop is a bound', async () => {
    const diff = diffInventories(await of(FULL), await of(SHRUNK), { maxDropPercent: 25 })
    expect(diff.failures).toEqual(['example.com/v1/Widget 5 → 0 (−100%): the kind vanished'])
    const loose = diffInventories(inv({ kinds: [pods(100)] }), inv({ kinds: [pods(90)] }))
    expect(loose.passed).toBe(true) // exactly 10% is allowed
    const tight = diffInventories(inv({ kinds: [pods(100)] }), inv({ kinds: [pods(89)] }))
    expect(tight.failures).toEqual(['v1/Pod 100 → 89 (−11%)'])
  })

  it('an older backup fails: the revision went backwards', async () => {
    const diff = diffInventories(await of(SHRUNK), await of(FULL))
    expect(diff.failures).toEqual([
      "revision went backwards: 161 → 138 (an older backup, or another cluster's)"
    ])
  })

  it('a storage-version migration is not a vanished kind; losing all encryption is', () => {
    const old = inv({
      kinds: [{ apiVersion: 'batch/v1beta1', kind: 'CronJob', keys: 3, bytes: 3 }],
      encrypted: { keys: 4, bytes: 4, providers: { aescbc: 4 } }
    })
    const now = inv({
      kinds: [{ apiVersion: 'batch/v1', kind: 'CronJob', keys: 3, bytes: 3 }],
      encrypted: { keys: 4, bytes: 4, providers: { kms: 4 } }
    })
    const migrated = diffInventories(old, now)
    expect(migrated.passed).toBe(true)
    expect(migrated.kinds.map(changeLine)).toEqual(['CronJob (batch/v1beta1, batch/v1) 3 → 3 (0%)'])
    const plain = diffInventories(old, inv({ kinds: now.kinds }))
    expect(plain.failures).toEqual([
      'encrypted 4 → 0 (−100%): no value is encrypted at rest any more'
    ])
  })

  it('formats changes and parses percentages', () => {
    const c = (o: number, n: number) =>
      formatChange({
        name: '',
        old: o,
        new: n,
        changePercent: o === 0 ? null : ((n - o) / o) * 100
      })
    expect([c(1000, 600), c(3, 4), c(0, 5), c(0, 0), c(100000, 100001)]).toEqual([
      '−40%',
      '+33.3%',
      'new',
      '0%',
      '±0%'
    ])
    expect(['10%', '10', '2.5%', ' 0 ', '101', '-1', 'x'].map(parsePercent)).toEqual([
      10,
      10,
      2.5,
      0,
      undefined,
      undefined,
      undefined
    ])
  })
})

describe('loadDiffSides', () => {
  it('reads a report or an inventory JSON on either side; snapshots are inventoried', async () => {
    const full = await of(FULL)
    const report = join(scratch, 'report.json')
    writeFileSync(
      report,
      JSON.stringify({ tool: { name: 'etcd-restore' }, snapshot: { inventory: full } })
    )
    const bare = join(scratch, 'inventory.json')
    writeFileSync(bare, `  ${JSON.stringify(full)}`)
    const [old, now] = await loadDiffSides(report, SHRUNK, undefined)
    expect(old).toMatchObject({ kind: 'report', path: report })
    expect(old.inventory).toEqual(full)
    expect(now.kind).toBe('snapshot')
    expect((await loadDiffSides(bare, FULL, undefined))[0].inventory).toEqual(full)
    const status = join(scratch, 'status.json')
    writeFileSync(status, JSON.stringify({ hash: 1, inventory: full }))
    expect((await loadDiffSides(status, FULL, undefined))[0].kind).toBe('report')
  })

  it('refuses JSON without an inventory, bad JSON and missing files, in one line', async () => {
    const empty = join(scratch, 'empty.json')
    writeFileSync(empty, '{"hash": 1}')
    await expect(loadDiffSides(empty, FULL, undefined)).rejects.toThrow(/JSON without an inventory/)
    const bad = join(scratch, 'bad.json')
    writeFileSync(bad, '{"hash": ')
    await expect(loadDiffSides(bad, FULL, undefined)).rejects.toThrow(/not valid JSON/)
    await expect(loadDiffSides(join(scratch, 'nope'), FULL, undefined)).rejects.toThrow(
      /does not exist/
    )
  })

  it('fails when undecodable objects or undecryptable values rose (deep decode on both sides)', async () => {
    const JUDGED = 'test/fixtures/k8s/k8s-judged.db'
    const config = (name: string) =>
      loadEncryptionConfig(`test/fixtures/k8s/k8s-judged.encryption-${name}.yaml`)
    const [, full] = await loadDiffSides(FULL, JUDGED, undefined, {
      encryptionConfig: await config('full')
    })
    const [, rotated] = await loadDiffSides(FULL, JUDGED, undefined, {
      encryptionConfig: await config('rotated')
    })
    const diff = diffInventories(full.inventory, rotated.inventory)
    expect(diff.kubernetes?.undecryptable).toMatchObject({ old: 1, new: 4 })
    expect(diff.failures).toEqual([
      'undecryptable values 1 → 4 (+300%): more values do not decrypt with the encryption config'
    ])
    const fromClean = diffInventories(await of(FULL), full.inventory, { maxDropPercent: 100 })
    expect(fromClean.failures).toContain(
      'undecodable objects 0 → 3 (new): more values do not decode'
    )
    // an older JSON inventory without the deep decode: nothing to compare, no failure
    const { kubernetes: _, ...older } = full.inventory
    expect(diffInventories(older, rotated.inventory).kubernetes).toBeUndefined()
  })
})
