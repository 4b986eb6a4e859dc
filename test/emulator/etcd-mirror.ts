/**
 * A release mirror on 127.0.0.1 laid out as https://github.com/etcd-io/etcd/releases/download:
 * `/v<V>/etcd-v<V>-linux-<arch>.tar.gz` and `/v<V>/SHA256SUMS`. Tarballs are repacked at test time
 * from the real etcd servers in /opt/etcd-<V> (top folder etcd-v<V>-linux-<arch>/ with etcd,
 * etcdctl, etcdutl; the 3.6/3.7 builds' one binary under three hard-linked names becomes three
 * files, as in the official tarballs). Faults per version make it serve what a broken or hostile mirror would.
 * Every request is recorded, so tests can count downloads.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create as createTar } from 'tar'
import { releaseArch } from '../../src/lib/etcd-release/releases.js'

export interface MirrorRelease {
  version: string
  /** `etcd-v<V>-linux-<arch>.tar.gz` */
  name: string
  tarball: Buffer
  sha256: string
}

/**
 * tamper: one byte of the tarball flipped (SHA256SUMS still lists the original); no-sums-line:
 * SHA256SUMS lacks the tarball's line; missing: the tarball is a 404; truncate: the connection
 * closes after half of the declared Content-Length; reset: the same, but a TCP reset; 500: the
 * tarball answers 500 Internal Server Error.
 */
export type MirrorFault = 'tamper' | 'no-sums-line' | 'missing' | 'truncate' | 'reset' | '500'

/** A fault for only the next `times` tarball requests of a version (then it serves it well). */
export interface TransientFault {
  fault: 'reset' | '500'
  times: number
}

const BINARIES = ['etcd', 'etcdctl', 'etcdutl']

/** The real servers a mirror can serve: /opt/etcd-<V> holding all three binaries. */
export function releaseSourceDir(version: string): string | undefined {
  const dir = join(process.env.ETCD_SERVERS_ROOT ?? '/opt', `etcd-${version}`)
  return BINARIES.every((b) => existsSync(join(dir, b))) ? dir : undefined
}

/** Packs `sourceDir`'s etcd, etcdctl, etcdutl as the official tarball of `version` would be. */
export async function repackRelease(version: string, sourceDir: string): Promise<MirrorRelease> {
  const top = `etcd-v${version}-linux-${releaseArch()}`
  const work = await mkdtemp(join(tmpdir(), 'etcd-mirror-'))
  try {
    await mkdir(join(work, top))
    for (const b of BINARIES) await copyFile(join(sourceDir, b), join(work, top, b))
    const file = join(work, `${top}.tar.gz`)
    await createTar({ gzip: { level: 1 }, cwd: work, file, portable: true }, [top])
    const tarball = await readFile(file)
    const sha256 = createHash('sha256').update(tarball).digest('hex')
    return { version, name: `${top}.tar.gz`, tarball, sha256 }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

export class EtcdMirror {
  readonly requests: { method: string; path: string }[] = []
  readonly faults = new Map<string, MirrorFault>()
  /** Taken before `faults`, one per tarball request, until its `times` run out. */
  readonly transient = new Map<string, TransientFault>()
  private readonly releases = new Map<string, MirrorRelease>()
  private server: Server | undefined
  url = ''

  add(release: MirrorRelease): this {
    this.releases.set(release.version, release)
    return this
  }

  /** Requests for a path ending with `suffix` (a tarball name or `v3.5.16/SHA256SUMS`). */
  count(suffix: string): number {
    return this.requests.filter((r) => r.path.endsWith(suffix)).length
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://mirror').pathname
      this.requests.push({ method: req.method ?? '', path })
      const match = /^\/v([^/]+)\/([^/]+)$/.exec(path)
      const release = match ? this.releases.get(match[1] as string) : undefined
      const fault = release && this.fault(release.version, match?.[2] === release.name)
      if (release && match?.[2] === 'SHA256SUMS') {
        // A real SHA256SUMS lists every platform's file; a decoy line keeps the parser honest.
        const lines = [`${'0'.repeat(64)}  etcd-v${release.version}-darwin-arm64.zip`]
        if (fault !== 'no-sums-line') lines.push(`${release.sha256}  ${release.name}`)
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`${lines.join('\n')}\n`)
        return
      }
      if (!release || match?.[2] !== release.name || fault === 'missing') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found')
        return
      }
      const headers = {
        'content-type': 'application/octet-stream',
        'content-length': String(release.tarball.length)
      }
      if (fault === '500') {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error')
        return
      }
      if (fault === 'truncate' || fault === 'reset') {
        res.writeHead(200, headers)
        res.write(release.tarball.subarray(0, release.tarball.length >> 1), () =>
          fault === 'reset' ? res.socket?.resetAndDestroy() : res.socket?.destroy()
        )
        return
      }
      let body = release.tarball
      if (fault === 'tamper') {
        body = Buffer.from(release.tarball)
        const at = body.length >> 1
        body[at] = (body[at] as number) ^ 0xff
      }
      res.writeHead(200, headers).end(body)
    })
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  /** The fault for this request: a transient one first (tarball requests only), then `faults`. */
  private fault(version: string, tarball: boolean): MirrorFault | undefined {
    const next = tarball ? this.transient.get(version) : undefined
    if (next) {
      if (--next.times <= 0) this.transient.delete(version)
      return next.fault
    }
    return this.faults.get(version)
  }

  async stop(): Promise<void> {
    const server = this.server
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>((done) => server.close(() => done()))
  }
}
