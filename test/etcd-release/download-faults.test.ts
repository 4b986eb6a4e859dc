/**
 * An etcd release download that breaks, for both front ends: the CLI's cache (fetch) and the
 * action's tool cache (@actions/http-client), against a real HTTP mirror on 127.0.0.1 that
 * resets the connection mid-body or answers 500, a few times or always. A few times: retried
 * with back-off and installed; always: one line after 5 attempts, nothing in the cache and no
 * staging or download folder left. A 404 is not retried. The back-off is the default's doubling
 * in milliseconds (the `retry` option), so no test waits for real back-off.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { toolCacheEtcd } from '../../src/action/drill/etcd-release.js'
import { installRelease } from '../../src/lib/etcd-release/cli-cache.js'
import { EtcdReleaseError, releaseArch } from '../../src/lib/etcd-release/releases.js'
import type { RetryPolicy } from '../../src/lib/retry.js'
import { memoryLogger } from '../action/helpers.js'
import {
  EtcdMirror,
  releaseSourceDir,
  repackRelease,
  type MirrorFault
} from '../emulator/etcd-mirror.js'
import { treeOf } from './helpers.js'

const VERSION = '3.5.16'
const arch = releaseArch()
const TARBALL = `etcd-v${VERSION}-linux-${arch}.tar.gz`
const SNAPSHOT = 'test/fixtures/tiny-snapshot.db'
const FAST: RetryPolicy = { attempts: 5, firstDelayMs: 10, maxDelayMs: 80 }

const source = releaseSourceDir(VERSION)
if (!source) {
  const message = `etcd ${VERSION} not in /opt/etcd-${VERSION} (run scripts/install-etcd-servers.sh)`
  if (process.env.REQUIRE_ETCD === '1') throw new Error(`REQUIRE_ETCD=1 but ${message}`)
  console.warn(`\n*** SKIPPED: ${message}: the release download fault tests cannot run ***\n`)
}

describe.skipIf(!source)('an etcd release download that breaks', () => {
  let root: string
  let mirror: EtcdMirror
  let n = 0

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'etcd-release-faults-'))
    mirror = await new EtcdMirror().add(await repackRelease(VERSION, source!)).start()
  }, 120_000)
  afterAll(async () => {
    vi.unstubAllEnvs()
    await mirror?.stop()
    if (root) await rm(root, { recursive: true, force: true })
  })

  /**
   * One install by `front` with a fresh cache and temp folder; the tarball's requests counted.
   * `cache` is the CLI's cache root or the action's RUNNER_TOOL_CACHE, `temp` its RUNNER_TEMP.
   */
  const install = async (front: 'cli' | 'action') => {
    const cache = join(root, `cache-${++n}`)
    const temp = join(root, `temp-${n}`)
    await mkdir(temp, { recursive: true })
    const logger = memoryLogger()
    const before = mirror.count(TARBALL)
    let run: Promise<{ path: string; version: string }>
    if (front === 'cli') {
      run = installRelease({
        version: VERSION,
        mirror: mirror.url,
        root: cache,
        logger,
        retry: FAST
      })
    } else {
      vi.stubEnv('RUNNER_TOOL_CACHE', cache)
      vi.stubEnv('RUNNER_TEMP', temp)
      const request = { spec: { version: VERSION }, mirror: mirror.url }
      run = toolCacheEtcd(request, SNAPSHOT, logger, FAST)
    }
    const result = await run.then(
      (installed) => ({ installed, error: undefined }),
      (error: unknown) => ({ installed: undefined, error })
    )
    return { ...result, cache, temp, logger, tarballRequests: mirror.count(TARBALL) - before }
  }
  /** What a complete install leaves in the cache: the three binaries (and tool-cache's marker). */
  const installed = (front: 'cli' | 'action'): string[] => {
    const dir = join('etcd', VERSION, arch)
    const marker = front === 'action' ? [`${dir}.complete`] : []
    const binaries = ['etcd', 'etcdctl', 'etcdutl'].map((b) => join(dir, b))
    return ['etcd', join('etcd', VERSION), dir, ...marker, ...binaries].sort()
  }
  const url = () => `${mirror.url}/v${VERSION}/${TARBALL}`
  const failing = async (front: 'cli' | 'action', fault: MirrorFault) => {
    mirror.faults.set(VERSION, fault)
    try {
      return await install(front)
    } finally {
      mirror.faults.delete(VERSION)
    }
  }
  /** Nothing cached, no staging folder, no download folder: [] or just the CLI's empty `etcd/`. */
  const nothingLeft = (run: { cache: string; temp: string }, front: 'cli' | 'action') => {
    expect(treeOf(run.cache)).toEqual(front === 'cli' ? ['etcd'] : [])
    expect(treeOf(run.temp)).toEqual([])
  }

  describe.each(['cli', 'action'] as const)('%s', (front) => {
    it('a reset mid-body, then the whole tarball: retried once, installed', async () => {
      mirror.transient.set(VERSION, { fault: 'reset', times: 1 })
      const run = await install(front)
      expect(run.error).toBeUndefined()
      expect(run.installed).toMatchObject({ version: VERSION })
      expect(run.tarballRequests).toBe(2)
      expect(treeOf(run.cache)).toEqual(installed(front))
      expect(treeOf(run.temp)).toEqual([])
      expect(run.logger.lines.filter((l) => l.includes('retrying'))).toEqual([
        expect.stringMatching(
          new RegExp(
            `^warning: download of ${esc(url())}: attempt 1 of 5 failed \\(cut short after \\d+ of \\d+ bytes \\(.+\\)\\); retrying in 10 ms$`
          )
        )
      ])
    }, 60_000)

    it('500 three times, then the tarball: retried with back-off, installed', async () => {
      mirror.transient.set(VERSION, { fault: '500', times: 3 })
      const run = await install(front)
      expect(run.error).toBeUndefined()
      expect(run.tarballRequests).toBe(4)
      expect(treeOf(run.cache)).toEqual(installed(front))
      const waits = run.logger.lines
        .filter((l) => l.includes('retrying'))
        .map((l) => /failed \((.*)\); retrying in (\d+ ms)$/.exec(l)?.slice(1))
      expect(waits).toEqual([
        ['HTTP 500 Internal Server Error', '10 ms'],
        ['HTTP 500 Internal Server Error', '20 ms'],
        ['HTTP 500 Internal Server Error', '40 ms']
      ])
    }, 60_000)

    it.each([
      ['500', 'HTTP 500 Internal Server Error'],
      ['reset', 'cut short after \\d+ of \\d+ bytes \\(.+\\)']
    ] as const)(
      '%s every time: one line after 5 attempts, nothing left',
      async (fault, reason) => {
        const run = await failing(front, fault)
        expect(run.error).toBeInstanceOf(EtcdReleaseError)
        const message = (run.error as Error).message
        expect(message).toMatch(
          new RegExp(`^download of ${esc(url())} failed after 5 attempts: ${reason}$`)
        )
        expect(message).not.toContain('\n')
        expect(run.tarballRequests).toBe(5)
        nothingLeft(run, front)
      },
      60_000
    )

    it('a 404 is not retried', async () => {
      const run = await failing(front, 'missing')
      expect((run.error as Error).message).toBe(`download of ${url()} failed: HTTP 404 Not Found`)
      expect(run.tarballRequests).toBe(1)
      nothingLeft(run, front)
    }, 60_000)
  })
})

function esc(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
