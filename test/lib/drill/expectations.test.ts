/**
 * The drill's expectations: the live key count taken from the restore's inventory (no second
 * read of the output's db) is the one the full read of that db finds, on every real snapshot of
 * the fixtures; with --bump-revision (a key the inventory never saw) the full read is kept.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { snapshotStatus } from '../../../src/lib/backend/status.js'
import { computeExpectations } from '../../../src/lib/drill/expectations.js'
import { FileByteFile } from '../../../src/lib/io/page-file.js'
import { silentLogger } from '../../../src/lib/logger.js'
import { memberLayout } from '../../../src/lib/member-dir/layout.js'
import type { TargetVersion } from '../../../src/lib/options.js'
import type { RestoreReport } from '../../../src/lib/report.js'
import { restore } from '../../../src/lib/restore/index.js'

const fixtures = join(import.meta.dirname, '../../fixtures')
const SNAPSHOTS: [string, TargetVersion][] = [
  ['tiny-snapshot.db', '3.5'],
  ['churned-snapshot.db', '3.5'],
  ['source-snapshot-etcd3.4.23.db', '3.5'],
  ['backend/all-deleted.db', '3.5'],
  ['backend/compact-at-head.db', '3.5'],
  ['backend/history.db', '3.5'],
  // a bumped restore's db saved as a snapshot: its marker (key "") is history now
  ['backend/tiny-bumped-1000.db', '3.5'],
  ['etcd-3.5.30/auth.db', '3.5'],
  ['etcd-3.5.30/plain.db', '3.5'],
  ['etcd-3.6.17/auth.db', '3.6'],
  ['etcd-3.6.17/plain.db', '3.6'],
  ['etcd-3.7.4/auth.db', '3.7'],
  ['etcd-3.7.4/plain.db', '3.7'],
  ['k8s/k8s-full.db', '3.5'],
  ['k8s/k8s-judged.db', '3.6'],
  ['k8s/k8s-shrunk.db', '3.5']
]

let work = ''
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'drill-expectations-'))
})
afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true })
})

async function restored(snapshot: string, target: TargetVersion, bump = 0n) {
  return restore({
    snapshotPath: join(fixtures, snapshot),
    // some fixtures are raw member dbs (no sha256 trailer); the trailer is not what is tested
    skipHashCheck: true,
    initialCluster: 'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:2381',
    initialClusterToken: 'expectations',
    target: { kind: 'all', outDir: mkdtempSync(join(work, 'out-')) },
    bumpRevision: bump,
    markCompacted: bump > 0n,
    targetVersion: target,
    computeHashKV: true,
    computeInventory: true
  })
}

/** The expectations as the drill makes them, and as the full read of the output's db makes them. */
function bothWays(output: RestoreReport) {
  const { inventory: _inventory, ...snapshot } = output.snapshot
  const withoutInventory = { ...output, snapshot }
  const fast = computeExpectations(output, output, '3.5.30', silentLogger)
  const full = computeExpectations(withoutInventory, withoutInventory, '3.5.30', silentLogger)
  return { fast, full }
}

function liveKeysOfOutput(output: RestoreReport): number | undefined {
  const path = memberLayout(output.cluster.members[0]!.dataDir).dbPath
  const file = FileByteFile.open(path, { writable: false })
  try {
    return snapshotStatus(BoltDb.open(file), { hash: false }).liveKeys
  } finally {
    file.close()
  }
}

describe('computeExpectations: the key count from the inventory', () => {
  it.each(SNAPSHOTS)(
    '%s: the inventory count is the full read of the output',
    async (name, target) => {
      const output = await restored(name, target)
      expect(output.snapshot.inventory).toBeDefined()
      const { fast, full } = bothWays(output)
      // the same expectations either way, but the prefix counts (from the inventory only)
      const { prefixCounts: _prefixCounts, ...fastRest } = fast.expected
      expect(fastRest).toEqual(full.expected)
      expect(fast.notes).toEqual(full.notes)
      expect(fast.expected.keyCount).toBe(output.snapshot.inventory!.liveKeys)
      expect(full.expected.keyCount).toBe(liveKeysOfOutput(output))
    }
  )

  it('lists the auth names of an auth-enabled snapshot the same both ways', async () => {
    const output = await restored('etcd-3.5.30/auth.db', '3.5')
    const { fast, full } = bothWays(output)
    expect(fast.expected.users?.length).toBeGreaterThan(0)
    expect(fast.expected.users).toEqual(full.expected.users)
    expect(fast.expected.roles).toEqual(full.expected.roles)
  })

  it('--bump-revision: counts from the output db, without the marker the inventory never saw', async () => {
    const output = await restored('tiny-snapshot.db', '3.5', 1000n)
    const { fast, full } = bothWays(output)
    expect(fast.expected).toMatchObject({ keyCount: full.expected.keyCount })
    // the output's db holds one more live key than the snapshot: the marker, read as key ""
    expect(liveKeysOfOutput(output)).toBe(output.snapshot.inventory!.liveKeys + 1)
    expect(fast.expected.keyCount).toBe(output.snapshot.inventory!.liveKeys)
    expect(fast.expected.hashKV).toBe(full.expected.hashKV)
  })
})
