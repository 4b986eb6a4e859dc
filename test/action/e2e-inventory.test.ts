/**
 * The bundled action's inventory and baseline gate, end to end under Node 24 against the
 * emulator: a nightly matrix of two clusters in one run (no artifact name collides), each
 * uploading its report; the next night each finds its baseline in the newest successful run of
 * the workflow; a shrunk backup fails only its own cluster's job, naming what it lost.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ResultsService } from '../emulator/results-service.js'
import { buildBundle, errorLines, FIXTURES, runBundle, type ActionRun } from './bundle.js'

const TOKEN = 'ghs_inventoryE2eToken0123456789abcdef'
const WORKFLOW_REF = 'octo/etcd-backups/.github/workflows/nightly.yml@refs/heads/main'
const FULL = join(FIXTURES, 'k8s', 'k8s-full.db')
const SHRUNK = join(FIXTURES, 'k8s', 'k8s-shrunk.db')

describe('the bundled action: inventory, report artifact, baseline gate, two clusters per run', () => {
  let root: string
  let dist: string
  let service: ResultsService

  /** One matrix job: run `runId`, job `jobId`, as the runner starts the action. */
  async function job(
    runId: number,
    jobId: number,
    cluster: string,
    snapshot: string,
    extra: Record<string, string> = {}
  ): Promise<ActionRun> {
    const inputs = {
      'snapshot-path': snapshot,
      'initial-cluster': 'm1=http://127.0.0.1:2380',
      'initial-cluster-token': `restore-${cluster}`,
      'cluster-name': cluster,
      path: join(root, `run-${runId}-${cluster}`, 'out'),
      'artifact-name': 'etcd-data-{cluster}-{name}',
      'report-artifact': 'etcd-report-{cluster}',
      'baseline-artifact': 'etcd-report-{cluster}',
      'github-token': TOKEN,
      ...extra
    }
    return runBundle(dist, service, join(root, `run-${runId}-${cluster}`), String(runId), inputs, {
      jobId: String(jobId),
      extra: { GITHUB_WORKFLOW_REF: WORKFLOW_REF }
    })
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'action-e2e-inventory-'))
    dist = join(root, 'dist')
    await buildBundle(dist)
    service = await new ResultsService({
      repository: 'octo/etcd-backups',
      githubToken: TOKEN
    }).start()
  }, 420_000) // ncc type-checks the whole project: minutes on a busy 2-CPU machine

  afterAll(async () => {
    await service?.stop()
    if (root) await rm(root, { recursive: true, force: true })
  })

  it('night 1: two clusters in one run, no baseline yet, each report uploaded under its own name', async () => {
    const [alpha, beta] = await Promise.all([job(600, 1, 'alpha', FULL), job(600, 2, 'beta', FULL)])
    for (const [run, cluster] of [
      [alpha, 'alpha'],
      [beta, 'beta']
    ] as const) {
      expect(run.code, run.stdout + run.stderr).toBe(0)
      expect(run.outputs['live-keys']).toBe('113')
      expect(JSON.parse(run.outputs.kinds!)[0]).toEqual({
        ...{ apiVersion: 'v1', kind: 'Pod', keys: 39 },
        bytes: expect.any(Number)
      })
      expect(run.outputs['baseline-passed']).toBe('')
      expect(run.stdout).toContain(`::warning::no baseline: artifact 'etcd-report-${cluster}'`)
      expect(run.summary).toMatch(new RegExp(`^<h1>${cluster}</h1>`))
      expect(run.summary).toContain(
        '```mermaid\nxychart-beta horizontal\n  title "Keys per kind"\n'
      )
      expect(run.summary).toContain('  bar [39, 15, 10, 10, 5, 4, 3, 3, 3, 3, 2, 1, 1]')
      expect(run.summary).toContain('<td>Pod</td><td>v1</td><td>39</td>')
      const members = JSON.parse(run.outputs.members!)
      expect(members[0].artifact.name).toBe(`etcd-data-${cluster}-m1.tar.zst`)
      const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'))
      expect(report.snapshot.inventory.liveKeys).toBe(113)
    }
    const names = service.artifacts.filter((a) => a.runId === '600').map((a) => a.name)
    expect(names.sort()).toEqual([
      'etcd-data-alpha-m1.tar.zst',
      'etcd-data-beta-m1.tar.zst',
      'etcd-report-alpha',
      'etcd-report-beta'
    ])
    service.workflowRuns.push({ id: 600, workflow: 'nightly.yml', conclusion: 'success' })
  })

  it('night 2: each cluster is gated by its own baseline; a shrunk backup fails only its job', async () => {
    const [alpha, beta] = await Promise.all([
      job(601, 1, 'alpha', FULL),
      job(601, 2, 'beta', SHRUNK, { 'min-keys': '5' })
    ])
    expect(alpha.code, alpha.stdout + alpha.stderr).toBe(0)
    expect(alpha.outputs['baseline-passed']).toBe('true')
    expect(alpha.summary).toContain('✅ Baseline check passed')
    expect(alpha.summary).toContain('No kind, prefix or encryption changed.')
    const alphaReport = JSON.parse(await readFile(alpha.outputs.report!, 'utf8'))
    expect(alphaReport.action.baseline).toMatchObject({
      found: true,
      origin: { artifact: 'etcd-report-alpha', runId: 600 },
      diff: { passed: true }
    })

    expect(beta.code).toBe(1)
    expect(beta.outputs['baseline-passed']).toBe('false')
    // the runner decodes %25 (workflow-command escaping) back to %
    expect(errorLines(beta).map((l) => l.replaceAll('%25', '%'))).toEqual([
      "::error::the backup lost content against baseline 'etcd-report-beta' of run 600: " +
        'live keys 113 → 90 (−20.4%); v1/Pod 39 → 27 (−30.8%); apps/v1/Deployment 10 → 7 (−30%); ' +
        'v1/ConfigMap 10 → 7 (−30%); example.com/v1/Widget 5 → 0 (−100%): the kind vanished; ' +
        '/registry/pods/ 39 → 27 (−30.8%); /registry/configmaps/ 10 → 7 (−30%); ' +
        '/registry/deployments/ 10 → 7 (−30%); /registry/example.com/widgets/ 5 → 0 (−100%)'
    ])
    expect(beta.summary).toContain('❌ Baseline check failed: the backup lost content')
    expect(beta.summary).toContain(
      '<td>kind</td><td>example.com/v1/Widget</td><td>5</td><td>0</td><td>−100%</td>'
    )
    // the evidence stays: report written and uploaded, outputs set
    expect(beta.outputs['live-keys']).toBe('90')
    expect(service.artifacts.some((a) => a.runId === '601' && a.name === 'etcd-report-beta')).toBe(
      true
    )
    service.workflowRuns.push({ id: 601, workflow: 'nightly.yml', conclusion: 'failure' })
  })

  it('night 3: a failed run is never the baseline; baseline-run-id picks a run; the token never leaks', async () => {
    const beta = await job(602, 1, 'beta', SHRUNK, { 'min-keys': '5' })
    expect(beta.code).toBe(1) // still against run 600, not the failed 601
    expect(beta.stdout).toContain("Downloading baseline report 'etcd-report-beta'")
    expect(beta.stdout).toContain('of run 600')
    const pinned = await job(603, 1, 'beta', SHRUNK, { 'baseline-run-id': '601' })
    expect(pinned.code, pinned.stdout).toBe(0)
    expect(pinned.outputs['baseline-passed']).toBe('true')
    const older = await job(604, 1, 'alpha', FULL, { 'baseline-run-id': '9999' })
    expect(older.code).toBe(0)
    expect(older.stdout).toContain(
      "::warning::no baseline: artifact 'etcd-report-alpha' is not in run 9999"
    )
    for (const run of [beta, pinned, older]) {
      const lines = run.stdout.split('\n')
      expect(lines[0]).toBe(`::add-mask::${TOKEN}`)
      expect(lines.slice(1).some((l) => l.includes(TOKEN))).toBe(false)
      expect(run.summary).not.toContain(TOKEN)
    }
  })
})
