/**
 * run() with verify and max-age, the restore and the drill replaced by fakes: which restore the
 * drill gets (fresh or the cache hit's), that a failed check fails the step only after the
 * reports, outputs, summary and artifacts exist, and the one-line errors.
 */
import { chmod, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DrillOptions } from '../../src/lib/drill/run.js'
import type { RestoreOptions } from '../../src/lib/options.js'
import { actionEnv, readOutputs } from '../emulator/env.js'
import { ResultsService } from '../emulator/results-service.js'
import { fakeReport } from './fake-report.js'
import { fakeMemberDir, useEmulatorEnv } from './helpers.js'

const restoreCalls: RestoreOptions[] = []
const drillCalls: DrillOptions[] = []
let bootOk = true
let restoreRefused = false
vi.mock('../../src/lib/restore/index.js', () => ({
  restore: async (options: RestoreOptions) => {
    restoreCalls.push(options)
    if (options.target.kind !== 'all') throw new Error('the action restores kind all')
    const report = fakeReport(options.target.outDir)
    for (const m of report.cluster.members) await fakeMemberDir(options.target.outDir, m.name)
    return { ...report, snapshot: { ...report.snapshot, path: options.snapshotPath } }
  }
}))
vi.mock('../../src/lib/drill/run.js', () => ({
  runDrillWithOutput: async (options: DrillOptions) => {
    drillCalls.push(options)
    const { restore } = await import('../../src/lib/restore/index.js')
    const { buildDrillReport } = await import('../../src/lib/drill/report.js')
    const { checkAge } = await import('../../src/lib/drill/age.js')
    const age = checkAge(options.snapshotCreatedAt ?? new Date(), options.maxAgeMs)
    const when = { startedAt: new Date(), finishedAt: new Date(), age, durationsMs: { total: 9 } }
    const ageCheck = { name: 'age', ok: age.ok, expected: 'at most …', actual: age.message, ms: 0 }
    if (restoreRefused) {
      const refused = {
        name: 'restore',
        ok: false,
        expected: 'a restorable snapshot',
        actual: 'bad\nsnapshot',
        ms: 1
      }
      return { report: buildDrillReport({ ...when, checks: [ageCheck, refused] }) }
    }
    const output = options.restored ?? (await restore(options))
    if (options.saveLogsTo !== undefined) {
      // what the real drill leaves there: each member's full etcd log
      const { mkdir } = await import('node:fs/promises')
      await mkdir(options.saveLogsTo, { recursive: true })
      for (const m of output.cluster.members)
        await writeFile(join(options.saveLogsTo, `${m.name}.log`), `etcd log of ${m.name}\n`)
    }
    const boot = {
      name: 'boot',
      ok: bootOk,
      expected: 'one leader',
      actual: bootOk ? 'leader 1' : 'no\nleader',
      ms: 9
    }
    const report = buildDrillReport({ ...when, restored: output, checks: [ageCheck, boot] })
    return { report, output }
  }
}))

describe('run() with verify and max-age (fake restore and drill)', () => {
  let root: string
  let service: ResultsService
  let fakeEtcd: string
  let runs = 0
  const cluster = 'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23821,m3=http://127.0.0.1:23831'

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'main-drill-test-'))
    service = await new ResultsService().start()
    useEmulatorEnv(service.url, root)
    await writeFile(join(root, 'etcd.db'), 'snapshot bytes')
    fakeEtcd = join(root, 'etcd')
    await writeFile(fakeEtcd, '#!/bin/sh\necho "etcd Version: 3.4.23"\n')
    await chmod(fakeEtcd, 0o755)
  })
  afterAll(async () => {
    await service?.stop()
    await rm(root, { recursive: true, force: true })
  })
  beforeEach(() => {
    bootOk = true
    restoreRefused = false
  })

  const runWith = async (inputs: Record<string, string>) => {
    const { env, outputFile, summaryFile } = actionEnv({
      serviceUrl: service.url,
      root: join(root, `run-${++runs}`),
      inputs: { 'snapshot-path': join(root, 'etcd.db'), 'initial-cluster': cluster, ...inputs }
    })
    for (const key of Object.keys(process.env))
      if (key.startsWith('INPUT_')) delete process.env[key]
    Object.assign(process.env, env)
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    let error: unknown
    try {
      // core.summary keeps the first GITHUB_STEP_SUMMARY it saw; each run here has its own
      const core = await import('@actions/core')
      Reflect.set(core.summary, '_filePath', undefined)
      const { run } = await import('../../src/action/main.js')
      await run().catch((e: unknown) => (error = e))
      const log = stdout.mock.calls.map((c) => String(c[0])).join('')
      const summary = await readFile(summaryFile, 'utf8')
      return { error, log, outputs: readOutputs(outputFile), summary }
    } finally {
      stdout.mockRestore()
    }
  }

  it('verify: none with max-age fails a too-old snapshot after the report, outputs and summary', async () => {
    const old = join(root, 'old.db')
    await writeFile(old, 'old snapshot')
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000)
    await utimes(old, twoDaysAgo, twoDaysAgo)
    const r = await runWith({
      'snapshot-path': old,
      'max-age': '26h',
      path: join(root, 'out-old'),
      upload: 'false'
    })
    expect((r.error as Error).name).toBe('VerificationError')
    expect((r.error as Error).message).toMatch(
      /^max-age: snapshot is 2d(\d+s)? old \(taken .*\), older than max age 1d2h$/
    )
    expect(drillCalls).toHaveLength(0)
    expect(Number(r.outputs['snapshot-age-seconds'])).toBeGreaterThanOrEqual(172_800)
    expect(r.outputs).toMatchObject({ 'drill-passed': '', 'drill-report': '', revision: '44' })
    const report = JSON.parse(await readFile(r.outputs.report!, 'utf8'))
    expect(report.action.snapshotAge).toMatchObject({ ok: false, maxAgeSeconds: 93_600 })
    expect(r.summary).toContain('<h2>etcd restore</h2>')
    expect(r.summary).toContain('**Snapshot age**: ❌ snapshot is 2d')
  })

  it('verify: boot drills the fresh restore, then a cache hit drills the cached data-dirs', async () => {
    const inputs = {
      verify: 'boot',
      'etcd-path': fakeEtcd,
      'max-age': '1h',
      path: join(root, 'out-boot'),
      upload: 'false',
      cache: 'true',
      'drill-report-artifact': 'drill-report-1'
    }
    const first = await runWith(inputs)
    expect(first.error).toBeUndefined()
    expect(restoreCalls.at(-1)?.snapshotPath).toBe(join(root, 'etcd.db'))
    expect(drillCalls.at(-1)).toMatchObject({
      etcdPath: fakeEtcd,
      maxAgeMs: 3_600_000,
      restored: undefined,
      target: { kind: 'all', outDir: join(root, 'out-boot') }
    })
    expect(drillCalls.at(-1)?.snapshotCreatedAt).toBeInstanceOf(Date)
    expect(first.outputs).toMatchObject({
      'drill-passed': 'true',
      'drill-report': join(root, 'out-boot', 'etcd-restore-drill.json'),
      'cache-hit': 'false',
      'cluster-id': 'db8de8e7d3d50195'
    })
    const drill = JSON.parse(await readFile(first.outputs['drill-report']!, 'utf8'))
    expect(drill).toMatchObject({ version: 1, passed: true })
    const report = JSON.parse(await readFile(first.outputs.report!, 'utf8'))
    expect(report.action.drill).toMatchObject({
      passed: true,
      artifact: { name: 'drill-report-1' }
    })
    expect(service.artifacts.map((a) => a.name)).toContain('drill-report-1')
    expect(first.summary).toContain('### ✅ Restore drill passed')

    const restores = restoreCalls.length
    await rm(join(root, 'out-boot'), { recursive: true })
    const second = await runWith({ ...inputs, 'drill-report-artifact': 'drill-report-2' })
    expect(second.error).toBeUndefined()
    expect(restoreCalls).toHaveLength(restores)
    expect(second.outputs['cache-hit']).toBe('true')
    expect(drillCalls.at(-1)?.restored?.cluster.id).toBe('db8de8e7d3d50195')
    expect(second.outputs['drill-passed']).toBe('true')
  })

  it('a failed drill fails the step last: members and the drill report are uploaded first', async () => {
    bootOk = false
    const r = await runWith({
      verify: 'boot',
      'etcd-path': fakeEtcd,
      path: join(root, 'out-fail'),
      'artifact-name': 'fail-{name}',
      'drill-report-artifact': 'drill-report-fail'
    })
    const drillPath = join(root, 'out-fail', 'etcd-restore-drill.json')
    expect((r.error as Error).name).toBe('VerificationError')
    expect((r.error as Error).message).toBe(
      `restore drill failed (1 of 2 checks): boot: no leader (expected one leader) (report ${drillPath})`
    )
    expect(r.outputs).toMatchObject({ 'drill-passed': 'false', 'drill-report': drillPath })
    expect(Number(r.outputs['snapshot-age-seconds'])).toBeGreaterThanOrEqual(0)
    const names = service.artifacts.map((a) => a.name)
    expect(names).toEqual(
      expect.arrayContaining(['fail-m1.tar.zst', 'fail-m3.tar.zst', 'drill-report-fail'])
    )
    expect(JSON.parse(await readFile(drillPath, 'utf8')).passed).toBe(false)
    expect(r.summary).toContain('### ❌ Restore drill failed')
    // the members' full etcd logs go up with the drill report (zip entry names are plain text)
    expect(drillCalls.at(-1)?.saveLogsTo).toBe(join(root, 'out-fail', 'etcd-restore-drill-logs'))
    const zip = [...service.memoryBlobs.blobs.entries()].find(([k]) =>
      k.includes('drill-report-fail')
    )?.[1].body
    expect(zip?.toString('latin1')).toContain('etcd-restore-drill.json')
    for (const m of ['m1', 'm2', 'm3'])
      expect(zip?.toString('latin1')).toContain(`etcd-restore-drill-logs/${m}.log`)
  })

  it('a snapshot the drill cannot restore: drill outputs and summary, no restore outputs', async () => {
    restoreRefused = true
    const uploads = service.artifacts.length
    const r = await runWith({ verify: 'boot', 'etcd-path': fakeEtcd, path: join(root, 'out-bad') })
    expect((r.error as Error).message).toBe(
      'restore drill failed (1 of 2 checks): restore: bad snapshot (expected a restorable snapshot) ' +
        `(report ${join(root, 'out-bad', 'etcd-restore-drill.json')})`
    )
    expect(r.outputs['drill-passed']).toBe('false')
    expect(r.outputs.report).toBeUndefined()
    expect(service.artifacts.length).toBe(uploads)
    expect(r.summary).toContain('### ❌ Restore drill failed')
  })

  it('names etcd-path when its file is missing, before downloading anything', async () => {
    const requests = service.requests.length
    const r = await runWith({
      'snapshot-path': '',
      'snapshot-artifact': 'never-looked-up',
      verify: 'boot',
      'etcd-path': join(root, 'no-such-etcd')
    })
    expect((r.error as Error).name).toBe('InputError')
    expect((r.error as Error).message).toBe(
      `input 'etcd-path': etcd binary ${join(root, 'no-such-etcd')} does not exist or is not executable`
    )
    expect(service.requests.length).toBe(requests)
  })

  it('without etcd-path and no etcd on PATH, leaves it to etcd-version auto (a download)', async () => {
    const saved = process.env.PATH
    process.env.PATH = join(root, 'empty')
    try {
      const { checkEtcd } = await import('../../src/action/inputs/index.js')
      expect(checkEtcd(undefined)).toBeUndefined()
      expect(checkEtcd(fakeEtcd, { spec: 'auto', mirror: 'http://m' })).toBeUndefined()
      expect(checkEtcd(fakeEtcd)).toBe(fakeEtcd)
    } finally {
      process.env.PATH = saved
    }
  })
})
