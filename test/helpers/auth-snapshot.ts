/**
 * A snapshot with auth enabled, made the way a user's would be: the tiny fixture restored and
 * booted with real etcd on loopback, root's password set (root exists in the fixture with an
 * unknown one; auth is off, so it can be reset), auth enabled, saved by `etcdctl snapshot save`.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { bootCluster, findEtcd, freeLoopbackPorts } from '../../src/lib/drill/index.js'
import { DEFAULTS } from '../../src/lib/options.js'
import { restore } from '../../src/lib/restore/index.js'

export const AUTH_USER = 'root'
export const AUTH_PASSWORD = 'drill-pw'

export async function makeAuthSnapshot(fixture: string, workDir: string): Promise<string> {
  const dir = mkdtempSync(join(workDir, 'auth-snapshot-'))
  const [port] = await freeLoopbackPorts(1)
  const peerURL = `http://127.0.0.1:${port}`
  const initialCluster = `m1=${peerURL}`
  await restore({
    snapshotPath: fixture,
    skipHashCheck: false,
    initialCluster,
    initialClusterToken: 'auth-snapshot',
    target: { kind: 'all', outDir: join(dir, 'out') },
    bumpRevision: 0n,
    markCompacted: false,
    targetVersion: DEFAULTS.targetVersion
  })
  const cluster = await bootCluster(
    [{ name: 'm1', dataDir: join(dir, 'out', 'm1'), peerURLs: [peerURL] }],
    {
      etcdPath: findEtcd().path,
      initialCluster,
      token: 'auth-snapshot',
      timeoutMs: 30_000
    }
  )
  const saved = join(dir, 'auth-snapshot.db')
  try {
    const etcdctl = (args: string[], input?: string): void => {
      const result = spawnSync('etcdctl', ['--endpoints', cluster.endpoints[0]!, ...args], {
        encoding: 'utf8',
        input,
        env: { ...process.env, ETCDCTL_API: '3' }
      })
      if (result.status !== 0) throw new Error(`etcdctl ${args[0]} failed: ${result.stderr}`)
    }
    etcdctl(['user', 'passwd', AUTH_USER, '--interactive=false'], `${AUTH_PASSWORD}\n`)
    etcdctl(['auth', 'enable'])
    etcdctl(['--user', `${AUTH_USER}:${AUTH_PASSWORD}`, 'snapshot', 'save', saved])
  } finally {
    await cluster.stop()
  }
  return saved
}
