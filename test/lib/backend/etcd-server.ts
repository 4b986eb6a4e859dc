/**
 * A throwaway single-member etcd 3.4 on loopback for backend tests: real `etcdctl snapshot
 * status` / `endpoint hashkv` numbers to compare with. Tests skip loudly when etcd is absent,
 * unless REQUIRE_ETCD=1 (then they fail).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** True when `etcd` and `etcdctl` run; throws when REQUIRE_ETCD=1 and they do not. */
export function etcdAvailable(): boolean {
  const ok =
    spawnSync('etcd', ['--version']).status === 0 && spawnSync('etcdctl', ['version']).status === 0
  if (!ok && process.env.REQUIRE_ETCD === '1')
    throw new Error('REQUIRE_ETCD=1 but etcd/etcdctl are not on PATH')
  if (!ok) console.warn('SKIP: etcd/etcdctl not on PATH; set REQUIRE_ETCD=1 to make this a failure')
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

/** Runs etcdctl (API 3) and returns stdout; throws with stderr on failure. */
export function etcdctl(args: string[], input?: string | Uint8Array): string {
  const r = spawnSync('etcdctl', args, {
    env: { ...process.env, ETCDCTL_API: '3' },
    input,
    encoding: 'utf8',
    timeout: 60_000
  })
  if (r.status !== 0) throw new Error(`etcdctl ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}

export class EtcdServer {
  private constructor(
    readonly dir: string,
    readonly endpoint: string,
    private readonly child: ChildProcess
  ) {}

  static async start(): Promise<EtcdServer> {
    const dir = mkdtempSync(join(tmpdir(), 'etcd-backend-test-'))
    const [client, peer] = [await freePort(), await freePort()]
    const endpoint = `http://127.0.0.1:${client}`
    const child = spawn(
      'etcd',
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
      { stdio: 'ignore' }
    )
    const server = new EtcdServer(dir, endpoint, child)
    for (let i = 0; i < 100; i++) {
      if (
        spawnSync('etcdctl', ['--endpoints', endpoint, 'endpoint', 'health'], {
          env: { ...process.env, ETCDCTL_API: '3' }
        }).status === 0
      ) {
        return server
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    await server.stop()
    throw new Error('etcd did not become healthy in 10 s')
  }

  ctl(args: string[], input?: string | Uint8Array): string {
    return etcdctl(['--endpoints', this.endpoint, ...args], input)
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
