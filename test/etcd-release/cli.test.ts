/**
 * The CLI's official etcd: `etcd-restore drill --etcd-version 3.5.30 --etcd-mirror URL` boots the
 * release fetched from a real HTTP mirror on 127.0.0.1 (tarballs repacked from the real servers),
 * cached under $XDG_CACHE_HOME/etcd-restore and found there the next time; every refused download
 * is one clear line and leaves nothing in the cache.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { drillCommand } from '../../src/cli/commands/drill.js'
import { freeLoopbackPorts, runningEtcdCount, stopAllEtcd } from '../../src/lib/drill/index.js'
import { etcdCacheRoot, installRelease } from '../../src/lib/etcd-release/cli-cache.js'
import { EtcdReleaseError, NEWEST_PATCH, releaseArch } from '../../src/lib/etcd-release/releases.js'
import { silentLogger } from '../../src/lib/logger.js'
import { EtcdMirror, releaseSourceDir, repackRelease } from '../emulator/etcd-mirror.js'
import { releaseSourcesOrSkip, startMirror, treeOf, withClusterVersion } from './helpers.js'

const have = releaseSourcesOrSkip()
const SNAPSHOT = 'test/fixtures/tiny-snapshot.db'
const arch = releaseArch()

describe.skipIf(!have)('CLI: official etcd releases from a mirror', () => {
  let root: string
  let mirror: EtcdMirror
  let n = 0
  const fresh = (): string => join(root, `cache-${++n}`)
  const install = (version: string, cache: string, pin?: string, from = mirror) =>
    installRelease({
      version,
      mirror: from.url,
      root: cache,
      logger: silentLogger,
      retry: { attempts: 5, firstDelayMs: 10, maxDelayMs: 80 },
      ...(pin && { pin: { sha256: pin, source: '--etcd-sha256' } })
    })
  const refused = async (promise: Promise<unknown>): Promise<string> => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(EtcdReleaseError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  const drill = async (args: string[]): Promise<number> => {
    const cluster = (await freeLoopbackPorts(1)).map((p) => `m1=http://127.0.0.1:${p}`).join(',')
    // the JSON report goes to stdout; the tests read the --report file
    const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    return drillCommand
      .run([
        SNAPSHOT,
        ...['--out-dir', join(root, `out-${++n}`), '--initial-cluster', cluster],
        ...['--initial-cluster-token', 'release-drill', '-w', 'json'],
        ...args
      ])
      .finally(() => quiet.mockRestore())
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'etcd-release-cli-'))
    mirror = await startMirror()
  }, 120_000)
  afterEach(() => vi.unstubAllEnvs())
  afterAll(async () => {
    await stopAllEtcd()
    expect(runningEtcdCount()).toBe(0)
    await mirror?.stop()
    if (root) await rm(root, { recursive: true, force: true })
  })

  it('drill --etcd-version 3.5.30 --etcd-mirror: downloads, verifies, caches, boots; then the cache', async () => {
    vi.stubEnv('XDG_CACHE_HOME', join(root, 'xdg'))
    const cached = join(root, 'xdg', 'etcd-restore', 'etcd', '3.5.30', arch)
    expect(etcdCacheRoot()).toBe(join(root, 'xdg', 'etcd-restore'))
    const report1 = join(root, 'report-1.json')
    const args = ['--etcd-version', 'v3.5.30', '--etcd-mirror', mirror.url]
    expect(await drill([...args, '--report', report1])).toBe(0)
    const first = JSON.parse(await readFile(report1, 'utf8'))
    expect(first).toMatchObject({
      passed: true,
      etcd: { version: '3.5.30', path: join(cached, 'etcd') }
    })
    expect(treeOf(join(root, 'xdg', 'etcd-restore', 'etcd'))).toEqual([
      '3.5.30',
      join('3.5.30', arch),
      ...['etcd', 'etcdctl', 'etcdutl'].map((b) => join('3.5.30', arch, b))
    ])
    expect([
      mirror.count('v3.5.30/SHA256SUMS'),
      mirror.count(`etcd-v3.5.30-linux-${arch}.tar.gz`)
    ]).toEqual([1, 1])

    const report2 = join(root, 'report-2.json')
    expect(await drill([...args, '--report', report2])).toBe(0)
    expect(JSON.parse(await readFile(report2, 'utf8'))).toMatchObject({
      passed: true,
      etcd: { version: '3.5.30' }
    })
    expect(mirror.count(`etcd-v3.5.30-linux-${arch}.tar.gz`)).toBe(1)
  }, 180_000)

  it.each(['3.6', '3.7'])(
    'drill --etcd-version <newest %s> --target-version: the built release, repacked, boots the restore',
    async (line) => {
      const version = NEWEST_PATCH[line]!
      vi.stubEnv('XDG_CACHE_HOME', join(root, `xdg-${line}`))
      const report = join(root, `report-${line}.json`)
      const args = ['--etcd-version', version, '--etcd-mirror', mirror.url]
      expect(await drill([...args, '--target-version', line, '--report', report])).toBe(0)
      const cached = join(root, `xdg-${line}`, 'etcd-restore', 'etcd', version, arch)
      const drilled = JSON.parse(await readFile(report, 'utf8'))
      expect(drilled).toMatchObject({
        passed: true,
        etcd: { version, path: join(cached, 'etcd') }
      })
      // the fixture's cluster ran 3.4: another minor is a note, not a failure
      expect(drilled.notes.some((n: string) => n.startsWith('version:'))).toBe(true)
      expect(treeOf(cached)).toEqual(['etcd', 'etcdctl', 'etcdutl'])
      expect(mirror.count(`v${version}/SHA256SUMS`)).toBe(1)
    },
    120_000
  )

  it('refuses a tampered tarball, naming both hashes; nothing cached', async () => {
    const cache = fresh()
    mirror.faults.set('3.5.16', 'tamper')
    try {
      const message = await refused(install('3.5.16', cache))
      expect(message).toMatch(
        /^sha256 mismatch for etcd-v3\.5\.16-linux-amd64\.tar\.gz: SHA256SUMS says [0-9a-f]{64}, file is [0-9a-f]{64}$/
      )
    } finally {
      mirror.faults.delete('3.5.16')
    }
    expect(treeOf(cache)).toEqual(['etcd'])
  })

  it('refuses a SHA256SUMS without the tarball, a 404, a truncated body and a wrong pin', async () => {
    const cases: [string, () => Promise<unknown>, RegExp][] = [
      [
        'no-sums-line',
        () => install('3.5.16', fresh()),
        /^SHA256SUMS at http:\/\/127\.0\.0\.1:\d+\/v3\.5\.16\/SHA256SUMS has no line for etcd-v3\.5\.16-linux-amd64\.tar\.gz: refusing an unverified tarball/
      ],
      [
        'missing',
        () => install('3.5.16', fresh()),
        /^download of http:\/\/127\.0\.0\.1:\d+\/v3\.5\.16\/etcd-v3\.5\.16-linux-amd64\.tar\.gz failed: HTTP 404 Not Found$/
      ],
      [
        'truncate',
        () => install('3.5.16', fresh()),
        /^download of \S+\/etcd-v3\.5\.16-linux-amd64\.tar\.gz failed after 5 attempts: cut short after \d+ of \d+ bytes/
      ],
      [
        '',
        () => install('3.5.16', fresh(), 'f'.repeat(64)),
        new RegExp(
          `^sha256 mismatch for etcd-v3\\.5\\.16-linux-amd64\\.tar\\.gz: --etcd-sha256 says ${'f'.repeat(64)}, file is [0-9a-f]{64}$`
        )
      ]
    ]
    for (const [fault, run, expected] of cases) {
      if (fault) mirror.faults.set('3.5.16', fault as 'missing')
      try {
        expect(await refused(run()), fault).toMatch(expected)
      } finally {
        mirror.faults.delete('3.5.16')
      }
      expect(treeOf(join(root, `cache-${n}`)), fault).toEqual(['etcd'])
    }
    // the pin alone is enough: no SHA256SUMS fetched
    const pin = await repackedSha('3.5.16', mirror)
    const sums = mirror.count('v3.5.16/SHA256SUMS')
    const ok = await install('3.5.16', fresh(), pin)
    expect(ok).toMatchObject({ version: '3.5.16', downloaded: true })
    expect(mirror.count('v3.5.16/SHA256SUMS')).toBe(sums)
  }, 120_000)

  it('refuses a mirror whose verified tarball holds another version', async () => {
    const liar = await new EtcdMirror()
      .add(await repackRelease('3.5.16', releaseSourceDir('3.5.30')!))
      .start()
    try {
      const cache = fresh()
      expect(await refused(install('3.5.16', cache, undefined, liar))).toBe(
        'etcd-v3.5.16-linux-amd64.tar.gz holds etcd 3.5.30, not 3.5.16: refusing it'
      )
      expect(treeOf(cache)).toEqual(['etcd'])
    } finally {
      await liar.stop()
    }
  }, 60_000)

  it('--etcd-version auto follows the snapshot: 3.4 asks for 3.4.45, 3.9 is unknown', async () => {
    vi.stubEnv('XDG_CACHE_HOME', join(root, 'xdg-auto'))
    await expect(drill(['--etcd-version', 'auto', '--etcd-mirror', mirror.url])).rejects.toThrow(
      `download of ${mirror.url}/v3.4.45/SHA256SUMS failed: HTTP 404 Not Found`
    )
    const patched = await withClusterVersion(SNAPSHOT, '3.9.0', root)
    await expect(
      drillCommand.run([
        patched,
        ...['--out-dir', join(root, 'out-auto'), '--initial-cluster', 'm1=http://127.0.0.1:2380'],
        ...['--etcd-version', 'auto', '--etcd-mirror', mirror.url]
      ])
    ).rejects.toThrow(
      /^etcd-version auto: no etcd release known for cluster version 3\.9\.0 of snapshot/
    )
    await expect(drill(['--etcd-sha256', 'a'.repeat(64)])).rejects.toThrow(
      '--etcd-sha256 needs --etcd-version'
    )
    await expect(
      drill(['--etcd-version', '3.5.30', '--etcd-path', '/usr/bin/etcd'])
    ).rejects.toThrow('set at most one of --etcd-path and --etcd-version')
    expect(treeOf(join(root, 'xdg-auto', 'etcd-restore', 'etcd'))).toEqual([])
  })
})

async function repackedSha(version: string, mirror: EtcdMirror): Promise<string> {
  const sums = await (await fetch(`${mirror.url}/v${version}/SHA256SUMS`)).text()
  return /^([0-9a-f]{64}) {2}etcd-v\S+linux/m.exec(sums)![1]!
}
