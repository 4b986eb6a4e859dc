/**
 * run() in-process with the restore engine replaced by a fake that writes member dirs: the
 * wiring of inputs → snapshot download → restore → cache → upload → report/outputs/summary,
 * with the real @actions clients against the emulator.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { MemberOutput } from '../../src/action/report/outputs.js'
import type { RestoreOptions } from '../../src/lib/options.js'
import { actionEnv, readOutputs } from '../emulator/env.js'
import { ResultsService } from '../emulator/results-service.js'
import { fakeReport } from './fake-report.js'
import { fakeMemberDir, useEmulatorEnv } from './helpers.js'

const restoreCalls: RestoreOptions[] = []
let runs = 0
vi.mock('../../src/lib/restore/index.js', () => ({
  restore: async (options: RestoreOptions) => {
    restoreCalls.push(options)
    if (options.target.kind !== 'all') throw new Error('the action restores kind all')
    const report = fakeReport(options.target.outDir)
    for (const m of report.cluster.members) await fakeMemberDir(options.target.outDir, m.name)
    return { ...report, snapshot: { ...report.snapshot, path: options.snapshotPath } }
  }
}))

describe('run() with a fake restore engine', () => {
  let root: string
  let service: ResultsService

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'main-test-'))
    service = await new ResultsService().start()
    useEmulatorEnv(service.url, root)
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(root, 'etcd.db'), 'snapshot bytes')
    await new DefaultArtifactClient().uploadArtifact('snap', [join(root, 'etcd.db')], root)
  })
  afterAll(async () => {
    await service?.stop()
    await rm(root, { recursive: true, force: true })
  })

  const runWith = async (inputs: Record<string, string>, runId?: string) => {
    const { env, outputFile, summaryFile } = actionEnv({
      serviceUrl: service.url,
      root: join(root, `run-${++runs}`),
      inputs,
      runId
    })
    for (const key of Object.keys(process.env))
      if (key.startsWith('INPUT_')) delete process.env[key]
    Object.assign(process.env, env)
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      // core.summary keeps the first GITHUB_STEP_SUMMARY it saw; each run here has its own
      const core = await import('@actions/core')
      Reflect.set(core.summary, '_filePath', undefined)
      const { run } = await import('../../src/action/main.js')
      await run()
      const log = stdout.mock.calls.map((c) => String(c[0])).join('')
      return { log, outputs: readOutputs(outputFile), summary: await readFile(summaryFile, 'utf8') }
    } finally {
      stdout.mockRestore()
    }
  }

  it('downloads, restores, uploads, reports; then a cache hit skips the restore', async () => {
    const inputs = {
      'snapshot-artifact': 'snap',
      'initial-cluster':
        'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23821,m3=http://127.0.0.1:23831',
      'initial-cluster-token': 'restore-token',
      members: 'm1,m2,m3',
      path: join(root, 'out'),
      'artifact-name': 'drill-{name}',
      cache: 'true'
    }
    const first = await runWith(inputs)
    expect(restoreCalls).toHaveLength(1)
    expect(restoreCalls[0]).toMatchObject({
      ...{ initialCluster: inputs['initial-cluster'], initialClusterToken: 'restore-token' },
      target: { kind: 'all', outDir: join(root, 'out'), members: ['m1', 'm2', 'm3'] },
      ...{ bumpRevision: 0n, markCompacted: false, targetVersion: '3.5', skipHashCheck: false }
    })
    expect(await readFile(restoreCalls[0]!.snapshotPath, 'utf8')).toBe('snapshot bytes')
    expect(first.outputs).toMatchObject({ 'cluster-id': 'db8de8e7d3d50195', 'cache-hit': 'false' })
    const members = JSON.parse(first.outputs.members!)
    expect(members.map((m: { artifact: { name: string } }) => m.artifact.name)).toEqual([
      'drill-m1.tar.zst',
      'drill-m2.tar.zst',
      'drill-m3.tar.zst'
    ])
    const report = JSON.parse(await readFile(first.outputs.report!, 'utf8'))
    expect(report.action.snapshot).toMatchObject({
      kind: 'artifact',
      name: 'snap',
      file: 'etcd.db'
    })
    expect(Object.keys(report.action.timingsMs)).toEqual(
      expect.arrayContaining(['snapshot', 'restore', 'cache save', 'upload'])
    )
    expect(first.summary).toContain('<h2>etcd restore</h2>')
    // the fake engine's dbs differ from member to member: each is cached as it is
    expect(report.action.cache).toMatchObject({
      hit: false,
      saved: true,
      entry: { sharedDbMembers: 1 }
    })
    const { entryBytes, dataDirBytes } = report.action.cache.entry
    expect(entryBytes - dataDirBytes).toBeGreaterThan(0) // every file, and a small manifest
    expect(entryBytes - dataDirBytes).toBeLessThan(1024)
    expect(first.summary).toContain('<td>Cache</td><td>miss: saved; entry ')
    expect(first.log).toContain('m2: uploading as drill-m2.tar.zst: ')
    expect(first.log).toMatch(/m2: uploaded drill-m2\.tar\.zst: .* → .* stored in /)

    // Same inputs in another run: the data-dirs come from the cache, no restore.
    await rm(join(root, 'out'), { recursive: true })
    service.artifacts.splice(
      0,
      service.artifacts.length,
      ...service.artifacts.filter((a) => a.name === 'snap')
    )
    const second = await runWith(inputs)
    expect(restoreCalls).toHaveLength(1)
    expect(second.outputs['cache-hit']).toBe('true')
    expect(second.outputs['cluster-id']).toBe('db8de8e7d3d50195')
    const hitReport = JSON.parse(await readFile(second.outputs.report!, 'utf8'))
    expect(hitReport.action.cache).toEqual({ ...report.action.cache, hit: true, saved: false })
    expect(second.summary).toContain('<td>Cache</td><td>hit: restore skipped; entry ')
    const digests = (o: Record<string, string>) =>
      JSON.parse(o.members!).map((m: { artifact: { digest: string } }) => m.artifact.digest)
    expect(digests(second.outputs)).toEqual(digests(first.outputs))
  })

  it('a matrix over two clusters, defaults only: no name collides, every artifact is there', async () => {
    const initialCluster =
      'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23821,m3=http://127.0.0.1:23831'
    const runId = '2002' // a run of its own: only these two jobs upload in it
    process.env.GITHUB_EVENT_NAME = 'schedule' // actionEnv keeps no GITHUB_*: set after it
    for (const cluster of ['eu-1', 'us-1']) {
      const result = await runWith(
        {
          'snapshot-path': join(root, 'etcd.db'),
          'initial-cluster': initialCluster,
          'cluster-name': cluster,
          path: join(root, `out-${cluster}`)
        },
        runId
      )
      // \b: a random signature in the debug log may hold the digits 409
      expect(result.log).not.toMatch(/\b409\b|already exists|failed/)
      expect(
        JSON.parse(result.outputs.members!).map((m: MemberOutput) => m.artifact?.name)
      ).toEqual(['m1', 'm2', 'm3'].map((m) => `etcd-data-${cluster}-${m}.tar.zst`))
      // what it costs: in the report (a new field) and the summary
      const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'))
      const sizes = report.action.artifacts.map((a: { size: number }) => a.size)
      const stored = sizes.reduce((n: number, size: number) => n + size, 0)
      expect(report.action.upload).toMatchObject({
        ...{ artifacts: 3, storedBytes: stored, retention: 'repository default' },
        nightly: { steadyStateBytes: stored * 90, days: 90, assumedDefault: true }
      })
      expect(result.summary).toContain('<h3>Storage</h3>')
      expect(result.summary).toContain('a nightly run keeps ')
    }
    delete process.env.GITHUB_EVENT_NAME
    const names = service.artifacts.filter((a) => a.runId === runId).map((a) => a.name)
    expect(names.sort()).toEqual(
      ['eu-1', 'us-1']
        .flatMap((c) => [
          ...['m1', 'm2', 'm3'].map((m) => `etcd-data-${c}-${m}.tar.zst`),
          `etcd-restore-report-${c}`
        ])
        .sort()
    )
  })

  it('upload: false restores only; the summary has no artifact table', async () => {
    const result = await runWith({
      'snapshot-path': join(root, 'etcd.db'),
      'initial-cluster': 'm1=http://127.0.0.1:23811',
      path: join(root, 'out-local'),
      upload: 'false'
    })
    expect(result.log).toContain("initial-cluster-token is etcd's default 'etcd-cluster'")
    expect(JSON.parse(result.outputs.members!)[0].artifact).toBeUndefined()
    expect(result.summary).toContain('<h2>etcd restore</h2>')
    expect(result.summary).not.toContain('Artifacts')
    expect(result.outputs).toMatchObject({ 'drill-passed': '', 'drill-report': '' })
    expect(Number(result.outputs['snapshot-age-seconds'])).toBeGreaterThanOrEqual(0)
  })
})
