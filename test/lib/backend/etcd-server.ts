/**
 * A throwaway single-member etcd on loopback for backend tests (any server of etcd-servers.ts):
 * real `snapshot status` / `endpoint hashkv` numbers to compare with. Tests skip loudly when
 * etcd is absent, unless REQUIRE_ETCD=1 (then they fail).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  discoverEtcdServers,
  type EtcdServer as ServerBinaries
} from '../../helpers/etcd-servers.js'

/** True when etcdctl 3.4 (the `snapshot status` reference of 3.4) runs; throws with REQUIRE_ETCD=1. */
export function etcdAvailable(): boolean {
  const ok = discoverEtcdServers().some((s) => s.minor === '3.4' && s.etcdctl !== undefined)
  if (!ok && process.env.REQUIRE_ETCD === '1')
    throw new Error('REQUIRE_ETCD=1 but etcd/etcdctl 3.4 are not installed')
  if (!ok)
    console.warn('SKIP: etcd/etcdctl 3.4 not installed; set REQUIRE_ETCD=1 to make this a failure')
  return ok
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Runs etcdctl (API 3; the one on PATH unless given) and returns stdout; throws with stderr. */
export function etcdctl(args: string[], input?: string | Uint8Array, bin = 'etcdctl'): string {
  const r = spawnSync(bin, args, {
    env: { ...process.env, ETCDCTL_API: '3' },
    input,
    encoding: 'utf8',
    timeout: 60_000
  })
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}

export class EtcdServer {
  private constructor(
    readonly dir: string,
    readonly endpoint: string,
    private readonly child: ChildProcess,
    readonly binaries: ServerBinaries
  ) {}

  /** A fresh member, or with `restoreFrom` one restored from that snapshot by the server's tool. */
  static async start(binaries: ServerBinaries, restoreFrom?: string): Promise<EtcdServer> {
    const dir = mkdtempSync(join(tmpdir(), 'etcd-backend-test-'))
    const [client, peer] = [await freePort(), await freePort()]
    const endpoint = `http://127.0.0.1:${client}`
    if (restoreFrom !== undefined) {
      const tool = binaries.etcdutl ?? binaries.etcdctl ?? 'etcdctl'
      const r = spawnSync(
        tool,
        [
          ...['snapshot', 'restore', restoreFrom, '--name', 'src', '--data-dir', join(dir, 'data')],
          ...['--initial-cluster', `src=http://127.0.0.1:${peer}`],
          ...['--initial-advertise-peer-urls', `http://127.0.0.1:${peer}`]
        ],
        { env: { ...withoutEtcdVars(), ETCDCTL_API: '3' }, encoding: 'utf8', timeout: 60_000 }
      )
      if (r.status !== 0) throw new Error(`${tool} snapshot restore failed: ${r.stderr}`)
    }
    const child = spawn(
      binaries.etcd,
      [
        '--name',
        'src',
        '--data-dir',
        join(dir, 'data'),
        '--listen-client-urls',
        endpoint,
        '--advertise-client-urls',
        endpoint,
        '--listen-peer-urls',
        `http://127.0.0.1:${peer}`,
        '--initial-advertise-peer-urls',
        `http://127.0.0.1:${peer}`,
        '--initial-cluster',
        `src=http://127.0.0.1:${peer}`
      ],
      { stdio: 'ignore', env: withoutEtcdVars() }
    )
    const server = new EtcdServer(dir, endpoint, child, binaries)
    for (let i = 0; i < 100; i++) {
      try {
        const health = (await (await fetch(`${endpoint}/health`)).json()) as { health?: string }
        if (health.health === 'true') return server
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    await server.stop()
    throw new Error('etcd did not become healthy in 10 s')
  }

  ctl(args: string[], input?: string | Uint8Array): string {
    return etcdctl(['--endpoints', this.endpoint, ...args], input, this.binaries.etcdctl)
  }

  /** `snapshot status -w json` of a saved file with this server's tool (etcdutl from 3.5 on). */
  snapshotStatus(path: string): unknown {
    const [bin, env] =
      this.binaries.etcdutl === undefined
        ? [this.binaries.etcdctl ?? 'etcdctl', { ETCDCTL_API: '3' }]
        : [this.binaries.etcdutl, {}]
    const r = spawnSync(bin, ['snapshot', 'status', path, '-w', 'json'], {
      env: { ...withoutEtcdVars(), ...env },
      encoding: 'utf8',
      timeout: 60_000
    })
    if (r.status !== 0) throw new Error(`${bin} snapshot status failed: ${r.stderr}`)
    return JSON.parse(r.stdout)
  }

  /** `endpoint hashkv --rev rev` → {hash, compactRevision, revision (header)}. */
  hashkv(rev = 0): { hash: number; compactRevision: number; revision: number } {
    const out = JSON.parse(this.ctl(['endpoint', 'hashkv', `--rev=${rev}`, '-w', 'json'])) as {
      HashKV: { header: { revision: number }; hash: number; compact_revision?: number }
    }[]
    const h = out[0]!.HashKV
    return { hash: h.hash, compactRevision: h.compact_revision ?? 0, revision: h.header.revision }
  }

  /** `snapshot save` into the server's temp dir; returns the path. */
  save(name: string): string {
    const path = join(this.dir, name)
    this.ctl(['snapshot', 'save', path])
    return path
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((r) => this.child.once('exit', r))
      this.child.kill('SIGTERM')
      await exited
    }
    rmSync(this.dir, { recursive: true, force: true })
  }
}

function withoutEtcdVars(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ETCD')))
}
