/**
 * The bundled action under Node 24 brings its own etcd: `etcd-version` downloads the release
 * from a mirror on 127.0.0.1 (tarballs repacked from the real 3.5.16/3.5.30 servers and the built
 * 3.6/3.7 ones; `auto` for a 3.6 or 3.7 snapshot fetches and boots the newest patch), verifies it
 * against SHA256SUMS, caches it with @actions/tool-cache and drills on it; a second job on the
 * same runner finds it in the tool cache without a download. A tampered tarball, a missing
 * SHA256SUMS line, a 404, a truncated download, an unknown `auto` line and a wrong pin each fail
 * the step with one clear line and leave nothing in the tool cache.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freeLoopbackPorts } from '../../src/lib/drill/ports.js'
import { NEWEST_PATCH, releaseArch } from '../../src/lib/etcd-release/releases.js'
import { buildBundle, errorLines, runBundle, type ActionRun } from '../action/bundle.js'
import type { EtcdMirror, MirrorFault } from '../emulator/etcd-mirror.js'
import { ResultsService } from '../emulator/results-service.js'
import { releaseSourcesOrSkip, startMirror, treeOf, withClusterVersion } from './helpers.js'

const have = releaseSourcesOrSkip()
const SNAPSHOT = join(import.meta.dirname, '../fixtures/tiny-snapshot.db')
const arch = releaseArch()

describe.skipIf(!have)('the bundled action downloads, verifies and caches etcd for drills', () => {
  let root: string
  let dist: string
  let service: ResultsService
  let mirror: EtcdMirror
  let runs = 0

  /** One job: its own RUNNER_TEMP and workspace; the tool cache is the runner's (shared). */
  const runAction = async (
    inputs: Record<string, string>,
    toolCache: string,
    extra: Record<string, string> = {}
  ): Promise<ActionRun & { runRoot: string }> => {
    const runRoot = join(root, `run-${++runs}`)
    const run = await runBundle(dist, service, runRoot, '2001', inputs, {
      extra: { RUNNER_TOOL_CACHE: toolCache, ...extra }
    })
    return { ...run, runRoot }
  }
  const drillInputs = async (extra: Record<string, string>) => ({
    'snapshot-path': SNAPSHOT,
    'initial-cluster': (await freeLoopbackPorts(1)).map((p) => `m1=http://127.0.0.1:${p}`).join(),
    'initial-cluster-token': 'release-drill',
    path: join(root, `out-${runs + 1}`),
    upload: 'false',
    verify: 'boot',
    'etcd-mirror': mirror.url,
    ...extra
  })

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'etcd-release-action-'))
    dist = join(root, 'dist')
    await buildBundle(dist)
    service = await new ResultsService().start()
    mirror = await startMirror()
  }, 240_000)
  afterAll(async () => {
    await mirror?.stop()
    await service?.stop()
    if (root) await rm(root, { recursive: true, force: true })
  })

  it('etcd-version 3.5.16: downloaded, verified, cached, drilled on; the next job uses the tool cache', async () => {
    const toolCache = join(root, 'tool-cache')
    const tarball = `etcd-v3.5.16-linux-${arch}.tar.gz`
    const run = await runAction(await drillInputs({ 'etcd-version': '3.5.16' }), toolCache)
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs).toMatchObject({ 'drill-passed': 'true', 'etcd-version': '3.5.16' })
    const cached = join(toolCache, 'etcd', '3.5.16', arch)
    const drill = JSON.parse(await readFile(run.outputs['drill-report']!, 'utf8'))
    expect(drill).toMatchObject({
      passed: true,
      etcd: { version: '3.5.16', path: join(cached, 'etcd') }
    })
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'))
    expect(report.action.etcd).toMatchObject({
      version: '3.5.16',
      source: 'download',
      url: `${mirror.url}/v3.5.16/${tarball}`,
      verifiedBy: 'SHA256SUMS'
    })
    expect(run.summary).toContain('**Booted with**: etcd 3.5.16')
    expect(run.summary).toContain(
      `**etcd**: 3.5.16, the official release, downloaded from ${mirror.url}/v3.5.16/${tarball}, sha256 \`${report.action.etcd.sha256}\` matched SHA256SUMS`
    )
    expect(treeOf(join(toolCache, 'etcd'))).toEqual([
      '3.5.16',
      join('3.5.16', arch),
      `${join('3.5.16', arch)}.complete`,
      ...['etcd', 'etcdctl', 'etcdutl'].map((b) => join('3.5.16', arch, b))
    ])
    // the download and extraction folders are gone
    expect(await readdir(join(run.runRoot, 'runner-temp'))).not.toContainEqual(
      expect.stringMatching(/^etcd-release-/)
    )
    expect([mirror.count('v3.5.16/SHA256SUMS'), mirror.count(tarball)]).toEqual([1, 1])

    const again = await runAction(await drillInputs({ 'etcd-version': 'v3.5.16' }), toolCache)
    expect(again.code, again.stdout + again.stderr).toBe(0)
    expect(again.outputs).toMatchObject({ 'drill-passed': 'true', 'etcd-version': '3.5.16' })
    expect(again.stdout).toContain(`etcd 3.5.16: found in the tool cache (${cached})`)
    expect(again.summary).toContain(
      '**etcd**: 3.5.16, the official release, from the tool cache (verified when it was downloaded)'
    )
    expect([mirror.count('v3.5.16/SHA256SUMS'), mirror.count(tarball)]).toEqual([1, 1])

    // a cached etcd that no longer runs is downloaded again, not trusted
    await writeFile(join(cached, 'etcd'), 'broken')
    const repaired = await runAction(await drillInputs({ 'etcd-version': '3.5.16' }), toolCache)
    expect(repaired.code, repaired.stdout + repaired.stderr).toBe(0)
    expect(repaired.stdout).toMatch(
      /^::warning::.* is unusable \(.*\): downloading etcd 3\.5\.16 again$/m
    )
    expect(repaired.outputs['etcd-version']).toBe('3.5.16')
    expect([mirror.count('v3.5.16/SHA256SUMS'), mirror.count(tarball)]).toEqual([2, 2])
  }, 240_000)

  /** A run that must fail with exactly `expected` as its one error line, caching nothing. */
  const refused = async (
    inputs: Record<string, string>,
    fault: MirrorFault | undefined,
    expected: RegExp,
    extra?: Record<string, string>
  ): Promise<void> => {
    const toolCache = join(root, `tool-cache-${runs + 1}`)
    const all = await drillInputs(inputs)
    if (fault) mirror.faults.set('3.5.30', fault)
    let run: ActionRun & { runRoot: string }
    try {
      run = await runAction(all, toolCache, extra)
    } finally {
      mirror.faults.delete('3.5.30')
    }
    expect(run.code, run.stdout + run.stderr).toBe(1)
    expect(errorLines(run)).toHaveLength(1)
    expect(errorLines(run)[0]).toMatch(expected)
    expect(treeOf(toolCache)).toEqual([])
    expect(existsSync(all.path)).toBe(false)
    expect(await readdir(join(run.runRoot, 'runner-temp'))).not.toContainEqual(
      expect.stringMatching(/^etcd-release-/)
    )
  }
  const url = (file: string) =>
    `${mirror.url}/v3.5.30/${file}`.replace(/[.]/g, '\\.').replace(/\//g, '\\/')

  it('refuses a tampered tarball: the sha256 line names both hashes', async () => {
    await refused(
      { 'etcd-version': '3.5.30' },
      'tamper',
      new RegExp(
        `^::error::sha256 mismatch for etcd-v3\\.5\\.30-linux-${arch}\\.tar\\.gz: SHA256SUMS says [0-9a-f]{64}, file is [0-9a-f]{64}$`
      )
    )
  }, 60_000)

  it('refuses a tarball SHA256SUMS does not list', async () => {
    await refused(
      { 'etcd-version': '3.5.30' },
      'no-sums-line',
      new RegExp(
        `^::error::SHA256SUMS at ${url('SHA256SUMS')} has no line for etcd-v3\\.5\\.30-linux-${arch}\\.tar\\.gz: refusing an unverified tarball \\(or pin it with etcd-sha256\\)$`
      )
    )
  }, 60_000)

  it('fails on a 404', async () => {
    await refused(
      { 'etcd-version': '3.5.30' },
      'missing',
      new RegExp(
        `^::error::download of ${url(`etcd-v3.5.30-linux-${arch}.tar.gz`)} failed: HTTP 404 Not Found$`
      )
    )
  }, 60_000)

  it('fails on a truncated download after 5 attempts (ETCD_RESTORE_RETRY_DELAY_MS: ms, not s)', async () => {
    const before = mirror.count(`v3.5.30/etcd-v3.5.30-linux-${arch}.tar.gz`)
    await refused(
      { 'etcd-version': '3.5.30' },
      'truncate',
      new RegExp(
        `^::error::download of ${url(`etcd-v3.5.30-linux-${arch}.tar.gz`)} failed after 5 attempts: cut short after \\d+ of \\d+ bytes \\(aborted\\)$`
      ),
      { ETCD_RESTORE_RETRY_DELAY_MS: '10' }
    )
    expect(mirror.count(`v3.5.30/etcd-v3.5.30-linux-${arch}.tar.gz`) - before).toBe(5)
  }, 120_000)

  it('refuses a tarball that does not match the etcd-sha256 pin (SHA256SUMS not fetched)', async () => {
    const sums = mirror.count('v3.5.30/SHA256SUMS')
    await refused(
      { 'etcd-version': '3.5.30', 'etcd-sha256': 'F'.repeat(64) },
      undefined,
      new RegExp(
        `^::error::sha256 mismatch for etcd-v3\\.5\\.30-linux-${arch}\\.tar\\.gz: etcd-sha256 says ${'f'.repeat(64)}, file is [0-9a-f]{64}$`
      )
    )
    expect(mirror.count('v3.5.30/SHA256SUMS')).toBe(sums)
  }, 60_000)

  it('auto: an unknown cluster version line is one line; a 3.5 snapshot asks for 3.5.36', async () => {
    const dir = join(root, 'patched')
    await mkdir(dir, { recursive: true })
    const v39 = await withClusterVersion(SNAPSHOT, '3.9.0', dir)
    await refused(
      { 'snapshot-path': v39, 'etcd-version': 'auto' },
      undefined,
      /^::error::etcd-version auto: no etcd release known for cluster version 3\.9\.0 of snapshot \S+ \(known lines: 3\.4, 3\.5, 3\.6, 3\.7\); set etcd-version to a release$/
    )
    const v35 = await withClusterVersion(SNAPSHOT, '3.5.0', dir)
    await refused(
      { 'snapshot-path': v35, 'etcd-version': 'auto' },
      undefined,
      /^::error::download of http:\/\/127\.0\.0\.1:\d+\/v3\.5\.36\/SHA256SUMS failed: HTTP 404 Not Found$/
    )
  }, 60_000)

  it.each(['3.6', '3.7'])(
    'auto: a snapshot of a %s cluster downloads the newest patch of its line and drills on it',
    async (line) => {
      const version = NEWEST_PATCH[line]!
      const dir = join(root, `auto-${line}`)
      await mkdir(dir, { recursive: true })
      const stamped = await withClusterVersion(SNAPSHOT, `${line}.0`, dir)
      const toolCache = join(root, `tool-cache-auto-${line}`)
      const inputs = await drillInputs({ 'etcd-version': 'auto', 'target-version': line })
      const run = await runAction({ ...inputs, 'snapshot-path': stamped }, toolCache)
      expect(run.code, run.stdout + run.stderr).toBe(0)
      expect(run.outputs).toMatchObject({ 'drill-passed': 'true', 'etcd-version': version })
      const drill = JSON.parse(await readFile(run.outputs['drill-report']!, 'utf8'))
      expect(drill).toMatchObject({
        passed: true,
        etcd: { version, path: join(toolCache, 'etcd', version, arch, 'etcd') },
        snapshot: { clusterVersion: `${line}.0` }
      })
      const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'))
      expect(report.action.etcd).toMatchObject({
        version,
        source: 'download',
        url: `${mirror.url}/v${version}/etcd-v${version}-linux-${arch}.tar.gz`,
        verifiedBy: 'SHA256SUMS'
      })
      expect(mirror.count(`v${version}/SHA256SUMS`)).toBe(1)
    },
    120_000
  )

  it('without etcd-version, etcd-path or etcd on PATH: auto (the fixture is 3.4, so 3.4.45)', async () => {
    // a PATH with tar and gzip (extractTar needs them) but no etcd
    const bin = join(root, 'bin-no-etcd')
    await mkdir(bin, { recursive: true })
    for (const tool of ['tar', 'gzip']) await symlink(`/usr/bin/${tool}`, join(bin, tool))
    await refused(
      {},
      undefined,
      /^::error::download of http:\/\/127\.0\.0\.1:\d+\/v3\.4\.45\/SHA256SUMS failed: HTTP 404 Not Found$/,
      { PATH: bin }
    )
  }, 60_000)
})
