/**
 * The drill's prefix-counts check against real etcd: the Kubernetes-shaped snapshot booted by
 * every server the suite boots, each inventory prefix counted on every member; a wrong count
 * fails the check and names the prefix.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { freeLoopbackPorts, runningEtcdCount, stopAllEtcd } from '../../../src/lib/drill/index.js'
import { prefixExpectations } from '../../../src/lib/drill/expectations.js'
import { runDrill } from '../../../src/lib/drill/run.js'
import type { Inventory } from '../../../src/lib/inventory/inventory.js'
import { DEFAULTS } from '../../../src/lib/options.js'
import { requireEtcdOrSkip } from '../../helpers/etcd-cluster.js'
import { etcdServersForTests } from '../../helpers/etcd-servers.js'

const haveEtcd = requireEtcdOrSkip()
const work = mkdtempSync(join(tmpdir(), 'drill-prefix-counts-'))
afterAll(async () => {
  await stopAllEtcd()
  expect(runningEtcdCount()).toBe(0)
  rmSync(work, { recursive: true, force: true })
})

async function drill(etcdPath: string, name: string, override = {}) {
  const ports = await freeLoopbackPorts(2)
  return runDrill(
    {
      snapshotPath: 'test/fixtures/k8s/k8s-full.db',
      skipHashCheck: false,
      initialCluster: ports.map((p, i) => `m${i + 1}=http://127.0.0.1:${p}`).join(','),
      initialClusterToken: 'prefix-drill',
      target: { kind: 'all', outDir: join(work, name) },
      bumpRevision: 0n,
      markCompacted: false,
      targetVersion: DEFAULTS.targetVersion,
      etcdPath
    },
    { expectedOverride: override }
  )
}

describe('prefixExpectations', () => {
  it('a group counts the longer groups inside it; keys without a folder are skipped', () => {
    const inventory = {
      prefixes: [
        { prefix: '/registry/services/specs/', keys: 3, bytes: 0 },
        { prefix: '/registry/services/', keys: 1, bytes: 0 },
        { prefix: '', keys: 4, bytes: 0 }
      ]
    } as Inventory
    expect(prefixExpectations(inventory)).toEqual({
      prefixCounts: [
        { prefix: '/registry/services/specs/', keys: 3 },
        { prefix: '/registry/services/', keys: 4 }
      ]
    })
    expect(prefixExpectations(undefined)).toEqual({})
  })
})

describe.skipIf(!haveEtcd)('the drill counts keys per inventory prefix (real etcd)', () => {
  for (const server of etcdServersForTests()) {
    it(`etcd ${server.version}: every prefix matches; a wrong count fails and names the prefix`, async () => {
      const passed = await drill(server.etcd, `pass-${server.version}`)
      expect(passed.passed, passed.verdict).toBe(true)
      const counts = passed.checks.filter((c) => c.name.endsWith('prefix-counts'))
      expect(counts.map((c) => c.name)).toEqual(['prefix-counts', 'after-restart:prefix-counts'])
      expect(counts[0]!.expected).toMatch(
        /^15 prefixes as the inventory counted \(\/registry\/pods\/ 39, /
      )
      expect(counts[0]!.actual).toBe('15 prefixes match on all 2 members')

      const failed = await drill(server.etcd, `fail-${server.version}`, {
        prefixCounts: [{ prefix: '/registry/pods/', keys: 40 }]
      })
      expect(failed.passed).toBe(false)
      const check = failed.checks.find((c) => c.name === 'prefix-counts')!
      expect(check.ok).toBe(false)
      expect(check.actual).toBe('/registry/pods/ 39 (want 40) on all 2 members')
    }, 120_000)
  }
})
