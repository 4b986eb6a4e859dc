/**
 * verify: boot end to end, registered inside e2e.test.ts so they share its ncc build: the
 * bundled action boots the tiny fixture's restore with every real etcd server under test
 * (`etcd-path`; the main case only, to keep CI short: the rest on the first server), uploads the
 * drill report, fails a too-old snapshot with its age in the one error line, and names etcd-path
 * when the binary is missing.
 */
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile, rm, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { freeLoopbackPorts } from '../../src/lib/drill/ports.js'
import type { ResultsService } from '../emulator/results-service.js'
import { AUTH_PASSWORD, AUTH_USER, makeAuthSnapshot } from '../helpers/auth-snapshot.js'
import type { EtcdServer } from '../helpers/etcd-servers.js'
import { downloadAs, errorLines, FIXTURES, uploadAs, type ActionRun } from './bundle.js'

export interface E2eContext {
  root: string
  service: ResultsService
  runAction: (runId: string, inputs: Record<string, string>) => Promise<ActionRun>
}

const loopbackCluster = async (n: number): Promise<string> =>
  (await freeLoopbackPorts(n)).map((port, i) => `m${i + 1}=http://127.0.0.1:${port}`).join(',')

export function drillTests(context: () => E2eContext, servers: EtcdServer[]): void {
  const first = servers[0]
  it.each(servers.map((server, i) => ({ server, i, version: server.version })))(
    'verify: boot with etcd-path $version boots the restored 3-member cluster, passes, and uploads the drill report',
    async ({ server, i }) => {
      const { root, service, runAction } = context()
      const runId = String(1010 + i * 10)
      await uploadAs(service, join(root, 'uploader'), runId, 'etcd-snapshot', [
        join(FIXTURES, 'tiny-snapshot.db')
      ])
      const out = join(root, `out-drill-${server.version}`)
      const inputs = {
        'snapshot-artifact': 'etcd-snapshot',
        'initial-cluster': await loopbackCluster(3),
        'initial-cluster-token': 'drill-e2e',
        path: out,
        upload: 'false',
        cache: 'true',
        verify: 'boot',
        'etcd-path': server.etcd
      }
      const run = await runAction(runId, {
        ...inputs,
        'max-age': '26h',
        'drill-report-artifact': 'etcd-drill-report'
      })
      expect(run.code, run.stdout + run.stderr).toBe(0)
      expect(run.outputs).toMatchObject({
        'drill-passed': 'true',
        'drill-report': join(out, 'etcd-restore-drill.json'),
        revision: '44'
      })
      expect(Number(run.outputs['snapshot-age-seconds'])).toBeLessThan(600)
      const drill = JSON.parse(await readFile(run.outputs['drill-report']!, 'utf8'))
      expect(drill).toMatchObject({ version: 1, passed: true, etcd: { version: server.version } })
      expect(drill.checks.map((c: { name: string }) => c.name)).toEqual(
        expect.arrayContaining(['age', 'restore', 'boot', 'hashkv', 'restart'])
      )
      expect(run.summary).toContain('### ✅ Restore drill passed')
      expect(run.summary).toContain(drill.verdict)
      expect(run.summary.length).toBeLessThan(100_000)

      const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'))
      expect(report.action.drill).toMatchObject({
        passed: true,
        report: run.outputs['drill-report']
      })
      const artifact = report.action.drill.artifact as { name: string; id: number }
      expect(artifact.name).toBe('etcd-drill-report')
      const dir = await downloadAs(
        service,
        join(root, 'downloader'),
        runId,
        artifact.id,
        join(root, `drill-download-${server.version}`)
      )
      const downloaded = JSON.parse(await readFile(join(dir, 'etcd-restore-drill.json'), 'utf8'))
      expect(downloaded).toEqual(drill)

      // A cache hit is drilled too: the cached data-dirs boot, with the cached HashKV expected.
      if (i > 0) return // once is enough: the cache does not depend on the server
      await rm(out, { recursive: true })
      const hit = await runAction(runId, inputs)
      expect(hit.code, hit.stdout + hit.stderr).toBe(0)
      expect(hit.outputs).toMatchObject({ 'cache-hit': 'true', 'drill-passed': 'true' })
      const again = JSON.parse(await readFile(hit.outputs['drill-report']!, 'utf8'))
      const check = (name: string) => again.checks.find((c: { name: string }) => c.name === name)
      expect(check('restore').actual).toBe(
        '3 members at revision 44 (an existing restore, not restored again)'
      )
      expect(check('hashkv').expected).toBe(`${drill.expected.hashKV} at revision 44`)
    },
    120_000
  )

  it.runIf(first !== undefined)(
    'verify: boot on a snapshot with auth enabled logs in with drill-user/drill-password (masked)',
    async () => {
      const { root, runAction } = context()
      const saved = await makeAuthSnapshot(join(FIXTURES, 'tiny-snapshot.db'), root)
      const run = await runAction('1015', {
        'snapshot-path': saved,
        'initial-cluster': await loopbackCluster(3),
        'initial-cluster-token': 'drill-auth',
        path: join(root, 'out-drill-auth'),
        upload: 'false',
        verify: 'boot',
        'etcd-path': first!.etcd,
        'drill-user': AUTH_USER,
        'drill-password': AUTH_PASSWORD
      })
      expect(run.code, run.stdout + run.stderr).toBe(0)
      expect(run.outputs['drill-passed']).toBe('true')
      const drill = JSON.parse(await readFile(run.outputs['drill-report']!, 'utf8'))
      const byName = (name: string) => drill.checks.find((c: { name: string }) => c.name === name)
      expect(byName('authenticate').actual).toBe('logged in as root on 3 members')
      expect(byName('auth').actual).toBe('enabled; users alice,root; roles reader')
      // the password appears once: in the mask command, before anything else
      const withPassword = (run.stdout + run.stderr)
        .split('\n')
        .filter((l) => l.includes(AUTH_PASSWORD))
      expect(withPassword).toEqual([`::add-mask::${AUTH_PASSWORD}`])
      expect(run.summary).not.toContain(AUTH_PASSWORD)
      expect(await readFile(run.outputs.report!, 'utf8')).not.toContain(AUTH_PASSWORD)
    },
    120_000
  )

  it.runIf(first !== undefined)(
    'max-age: a snapshot-path 2 days old fails the step with its age, after writing the report',
    async () => {
      const { root, runAction } = context()
      const old = join(root, 'old', 'tiny-snapshot.db')
      await mkdir(join(root, 'old'), { recursive: true })
      await copyFile(join(FIXTURES, 'tiny-snapshot.db'), old)
      const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000)
      await utimes(old, twoDaysAgo, twoDaysAgo)
      const run = await runAction('1011', {
        'snapshot-path': old,
        'initial-cluster': await loopbackCluster(1),
        'initial-cluster-token': 'drill-old',
        path: join(root, 'out-old'),
        upload: 'false',
        verify: 'boot',
        'etcd-path': first!.etcd,
        'max-age': '26h'
      })
      expect(run.code).toBe(1)
      const drillPath = join(root, 'out-old', 'etcd-restore-drill.json')
      expect(errorLines(run)).toHaveLength(1)
      expect(errorLines(run)[0]).toMatch(
        /^::error::restore drill failed \(1 of \d+ checks\): age: 2d\S* \(taken \S+\) \(expected at most 1d2h\) \(report (.*)\)$/
      )
      expect(errorLines(run)[0]).toContain(drillPath)
      expect(run.outputs).toMatchObject({ 'drill-passed': 'false', 'drill-report': drillPath })
      expect(Number(run.outputs['snapshot-age-seconds'])).toBeGreaterThanOrEqual(172_800)
      const drill = JSON.parse(await readFile(drillPath, 'utf8'))
      expect(drill).toMatchObject({ version: 1, passed: false, age: { ok: false } })
      expect(drill.checks.filter((c: { ok: boolean }) => !c.ok)).toHaveLength(1)
      expect(run.summary).toContain('### ❌ Restore drill failed')
    },
    120_000
  )

  it('verify: boot with a missing etcd-path fails with one line naming the input', async () => {
    const { root, runAction } = context()
    const missing = join(root, 'no-such-dir', 'etcd')
    const run = await runAction('1012', {
      'snapshot-path': join(FIXTURES, 'tiny-snapshot.db'),
      'initial-cluster': 'm1=http://127.0.0.1:2380',
      path: join(root, 'out-noetcd'),
      verify: 'boot',
      'etcd-path': missing
    })
    expect(run.code).toBe(1)
    expect(errorLines(run)).toEqual([
      `::error::input 'etcd-path': etcd binary ${missing} does not exist or is not executable`
    ])
    expect(existsSync(join(root, 'out-noetcd'))).toBe(false)
  })
}
