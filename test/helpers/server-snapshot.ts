/**
 * The tiny fixture as a snapshot saved by another etcd server: restored for one member, booted
 * with that server on loopback, saved with its own `etcdctl snapshot save`, stopped. The keys,
 * revisions and leases stay the fixture's; the backend gets what the server writes (3.5: term,
 * confState, cluster version 3.5.0; 3.6+: also meta/storageVersion 3.6.0 / 3.7.0, which the server
 * stamps a moment after it raised the cluster version: the save waits for it).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { bootCluster, freeLoopbackPorts } from '../../src/lib/drill/index.js'
import { restore } from '../../src/lib/restore/index.js'
import type { EtcdServer } from './etcd-servers.js'

export async function snapshotSavedBy(
  server: EtcdServer,
  fixture: string,
  workDir: string
): Promise<string> {
  if (server.etcdctl === undefined)
    throw new Error(`etcd ${server.version} has no etcdctl beside it`)
  const dir = mkdtempSync(join(workDir, `saved-by-${server.version}-`))
  const [port] = await freeLoopbackPorts(1)
  const initialCluster = `m1=http://127.0.0.1:${port}`
  await restore({
    snapshotPath: fixture,
    skipHashCheck: false,
    initialCluster,
    initialClusterToken: 'saved-by',
    target: { kind: 'all', outDir: join(dir, 'out') },
    bumpRevision: 0n,
    markCompacted: false,
    targetVersion: '3.5'
  })
  const cluster = await bootCluster(
    [{ name: 'm1', dataDir: join(dir, 'out', 'm1'), peerURLs: [`http://127.0.0.1:${port}`] }],
    { etcdPath: server.etcd, initialCluster, token: 'saved-by', timeoutMs: 30_000 }
  )
  const saved = join(dir, 'snapshot.db')
  try {
    if (Number(server.minor.split('.')[1]) >= 6)
      await storageVersionStamped(server, cluster.endpoints[0]!)
    const run = spawnSync(
      server.etcdctl,
      ['--endpoints', cluster.endpoints[0]!, 'snapshot', 'save', saved],
      { encoding: 'utf8', env: { ...process.env, ETCDCTL_API: '3' }, timeout: 60_000 }
    )
    if (run.status !== 0) throw new Error(`etcdctl snapshot save failed: ${run.stderr}`)
  } finally {
    await cluster.stop()
  }
  return saved
}

/** Waits until a 3.6+ server reports the storage version of its own line (endpoint status). */
async function storageVersionStamped(server: EtcdServer, endpoint: string): Promise<void> {
  const want = `"storageVersion":"${server.minor}.0"`
  let seen = ''
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    const run = spawnSync(
      server.etcdctl!,
      ['--endpoints', endpoint, 'endpoint', 'status', '-w', 'json'],
      {
        encoding: 'utf8',
        timeout: 10_000
      }
    )
    seen = run.stdout ?? ''
    if (seen.includes(want)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`etcd ${server.version} did not stamp its storage version: ${seen}`)
}
