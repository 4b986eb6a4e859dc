/**
 * Snapshots saved by a real etcd server, made the way a user's would be: the tiny fixture
 * restored and booted with the given server (etcd on PATH by default) on loopback, then, for an
 * auth-enabled one, root's password set (root exists in the fixture with an unknown one; auth is
 * off, so it can be reset) and auth enabled, and saved by that server's `etcdctl snapshot save`.
 * A newer server first raises the cluster version (e.g. 3.4.0 → 3.5.0), as an upgraded cluster
 * would, so the snapshot carries the server's own.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { bootCluster, findEtcd, freeLoopbackPorts } from '../../src/lib/drill/index.js'
import { DEFAULTS } from '../../src/lib/options.js'
import { restore } from '../../src/lib/restore/index.js'
import type { EtcdServer } from './etcd-servers.js'

export const AUTH_USER = 'root'
export const AUTH_PASSWORD = 'drill-pw'
/** A user without the root role (role `reader`), to log in as someone who may not do everything. */
export const READER_USER = 'alice'
export const READER_PASSWORD = 'alice-pw'

export interface SavedSnapshotOptions {
  /** The server that boots and saves; etcd and etcdctl on PATH when absent. */
  server?: EtcdServer
  /** Enable auth before saving (default true). */
  auth?: boolean
}

export async function makeAuthSnapshot(
  fixture: string,
  workDir: string,
  options: SavedSnapshotOptions = {}
): Promise<string> {
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
  const etcd = findEtcd(options.server?.etcd)
  const cluster = await bootCluster(
    [{ name: 'm1', dataDir: join(dir, 'out', 'm1'), peerURLs: [peerURL] }],
    { etcdPath: etcd.path, initialCluster, token: 'auth-snapshot', timeoutMs: 30_000 }
  )
  const endpoint = cluster.endpoints[0]!
  const saved = join(dir, options.auth === false ? 'snapshot.db' : 'auth-snapshot.db')
  try {
    const etcdctl = (args: string[], input?: string): void => {
      const result = spawnSync(
        options.server?.etcdctl ?? 'etcdctl',
        ['--endpoints', endpoint, ...args],
        {
          encoding: 'utf8',
          input,
          env: { ...process.env, ETCDCTL_API: '3' }
        }
      )
      if (result.status !== 0) throw new Error(`etcdctl ${args[0]} failed: ${result.stderr}`)
    }
    await clusterVersionOf(endpoint, etcd.version)
    const login: string[] = []
    if (options.auth !== false) {
      etcdctl(['user', 'passwd', AUTH_USER, '--interactive=false'], `${AUTH_PASSWORD}\n`)
      etcdctl(['user', 'passwd', READER_USER, '--interactive=false'], `${READER_PASSWORD}\n`)
      etcdctl(['auth', 'enable'])
      login.push('--user', `${AUTH_USER}:${AUTH_PASSWORD}`)
    }
    etcdctl([...login, 'snapshot', 'save', saved])
  } finally {
    await cluster.stop()
  }
  return saved
}

/** Waits until the cluster runs at the server's minor version (etcd raises it every ~4 s). */
async function clusterVersionOf(endpoint: string, serverVersion: string): Promise<void> {
  const minor = serverVersion.split('.').slice(0, 2).join('.')
  const deadline = Date.now() + 20_000
  let seen = ''
  while (Date.now() < deadline) {
    const reply = (await (await fetch(`${endpoint}/version`)).json()) as { etcdcluster?: string }
    seen = reply.etcdcluster ?? ''
    if (seen.startsWith(`${minor}.`)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`cluster version still ${seen} after 20 s, server ${serverVersion}`)
}
