/**
 * Issue 27, item 5: two jobs on one self-hosted runner install the same etcd release at once.
 * Both the CLI's cache (installRelease) and the action's tool cache (toolCacheEtcd) must let
 * every installer succeed, with one whole release in the cache and no staging left. The mirror is
 * a real HTTP server on 127.0.0.1 serving a small fake release (shell scripts that answer
 * `--version`), repacked as the official tarball with its SHA256SUMS.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { toolCacheEtcd } from '../../src/action/drill/etcd-release.js'
import { installRelease } from '../../src/lib/etcd-release/cli-cache.js'
import { releaseArch } from '../../src/lib/etcd-release/releases.js'
import type { Logger } from '../../src/lib/logger.js'
import { EtcdMirror, repackRelease } from '../emulator/etcd-mirror.js'
import { treeOf } from './helpers.js'

const VERSION = '3.5.30'
const RACERS = 4
const SNAPSHOT = 'test/fixtures/tiny-snapshot.db'
const arch = releaseArch()
const BINARIES = ['etcd', 'etcdctl', 'etcdutl']

let root = ''
let mirror: EtcdMirror

/** A logger that keeps every line (to see who lost the rename). */
function lines(): { logger: Logger; lines: string[] } {
  const kept: string[] = []
  const logger: Logger = {
    info: (m) => kept.push(m),
    warn: (m) => kept.push(`warn: ${m}`),
    debug: () => {},
    group: (_n, fn) => fn()
  }
  return { logger, lines: kept }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'etcd-release-race-'))
  const fake = join(root, 'fake-release')
  mkdirSync(fake)
  for (const b of BINARIES) {
    writeFileSync(
      join(fake, b),
      `#!/bin/sh\necho "etcd Version: ${VERSION}"\necho "Git SHA: fake"\necho "Go Version: go1.0"\n`
    )
    chmodSync(join(fake, b), 0o755)
  }
  mirror = await new EtcdMirror().add(await repackRelease(VERSION, fake)).start()
})

afterAll(async () => {
  await mirror?.stop()
  if (root !== '') rmSync(root, { recursive: true, force: true })
})

describe('installing one etcd release from several processes at once', () => {
  it(`CLI cache: ${RACERS} installs of ${VERSION} into one cache all succeed`, async () => {
    const cache = join(root, 'cli-cache')
    const before = mirror.count(`etcd-v${VERSION}-linux-${arch}.tar.gz`)
    const logs = Array.from({ length: RACERS }, lines)
    const results = await Promise.all(
      logs.map(({ logger }) =>
        installRelease({ version: VERSION, mirror: mirror.url, root: cache, logger })
      )
    )
    const final = join(cache, 'etcd', VERSION, arch)
    for (const r of results)
      expect(r).toMatchObject({ path: join(final, 'etcd'), version: VERSION })
    // every one downloaded (none found it cached), so all but one lost the rename
    expect(mirror.count(`etcd-v${VERSION}-linux-${arch}.tar.gz`) - before).toBe(RACERS)
    const losers = logs.filter((l) => l.lines.some((m) => /installed meanwhile/.test(m)))
    expect(losers).toHaveLength(RACERS - 1)
    expect(treeOf(join(cache, 'etcd'))).toEqual([
      VERSION,
      join(VERSION, arch),
      ...BINARIES.map((b) => join(VERSION, arch, b))
    ])
  })

  it('CLI cache: a torn folder in the way (an older non-atomic install) is replaced', async () => {
    const cache = join(root, 'cli-torn')
    const final = join(cache, 'etcd', VERSION, arch)
    mkdirSync(final, { recursive: true })
    writeFileSync(join(final, 'etcdctl'), 'half') // no etcd: unusable
    const results = await Promise.all(
      [lines(), lines()].map(({ logger }) =>
        installRelease({ version: VERSION, mirror: mirror.url, root: cache, logger })
      )
    )
    for (const r of results) expect(r.version).toBe(VERSION)
    expect(treeOf(join(cache, 'etcd'))).toEqual([
      VERSION,
      join(VERSION, arch),
      ...BINARIES.map((b) => join(VERSION, arch, b))
    ])
  })

  describe('the action (tool cache)', () => {
    let toolCache = ''
    let runnerTemp = ''
    beforeAll(() => {
      toolCache = join(root, 'tool-cache')
      runnerTemp = join(root, 'runner-temp')
      mkdirSync(runnerTemp)
      vi.stubEnv('RUNNER_TOOL_CACHE', toolCache)
      vi.stubEnv('RUNNER_TEMP', runnerTemp)
    })
    afterAll(() => vi.unstubAllEnvs())

    it(`${RACERS} jobs installing etcd ${VERSION} at once all succeed; one whole release cached`, async () => {
      const logs = Array.from({ length: RACERS }, lines)
      const results = await Promise.all(
        logs.map(({ logger }) =>
          toolCacheEtcd({ spec: { version: VERSION }, mirror: mirror.url }, SNAPSHOT, logger)
        )
      )
      const final = join(toolCache, 'etcd', VERSION, arch)
      for (const r of results)
        expect(r).toMatchObject({ path: join(final, 'etcd'), version: VERSION, source: 'download' })
      const losers = logs.filter((l) => l.lines.some((m) => /installed meanwhile/.test(m)))
      expect(losers).toHaveLength(RACERS - 1)
      expect(treeOf(join(toolCache, 'etcd'))).toEqual([
        VERSION,
        join(VERSION, arch),
        `${join(VERSION, arch)}.complete`,
        ...BINARIES.map((b) => join(VERSION, arch, b))
      ])
      expect(readdirSync(runnerTemp)).toEqual([])
      // the next job finds it
      const next = await toolCacheEtcd(
        { spec: { version: VERSION }, mirror: mirror.url },
        SNAPSHOT,
        lines().logger
      )
      expect(next.source).toBe('tool-cache')
    })

    it('a torn tool-cache folder (no .complete, no etcd) is replaced', async () => {
      rmSync(toolCache, { recursive: true, force: true })
      const final = join(toolCache, 'etcd', VERSION, arch)
      mkdirSync(final, { recursive: true })
      writeFileSync(join(final, 'etcdctl'), 'half')
      const results = await Promise.all(
        [lines(), lines()].map(({ logger }) =>
          toolCacheEtcd({ spec: { version: VERSION }, mirror: mirror.url }, SNAPSHOT, logger)
        )
      )
      for (const r of results) expect(r.version).toBe(VERSION)
      expect(existsSync(`${final}.complete`)).toBe(true)
      expect(treeOf(final)).toEqual(BINARIES)
    })
  })
})
