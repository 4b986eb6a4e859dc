import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { PublishedArtifact } from '../../src/action/publish/upload.js'
import { chartLabel, chartUnit, kindBars, kindsChart } from '../../src/action/report/chart.js'
import { uploadCost } from '../../src/action/report/cost.js'
import { setOutputs } from '../../src/action/report/outputs.js'
import { writeJobSummary } from '../../src/action/report/summary.js'
import { readOutputs } from '../emulator/env.js'
import { fakeReport } from './fake-report.js'

describe('outputs and job summary', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'summary-test-'))
    process.env.GITHUB_OUTPUT = join(root, 'output')
    process.env.GITHUB_STEP_SUMMARY = join(root, 'summary')
    await writeFile(process.env.GITHUB_OUTPUT, '')
    await writeFile(process.env.GITHUB_STEP_SUMMARY, '')
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  const artifacts: PublishedArtifact[] = ['m1', 'm2', 'm3'].map((member, i) => ({
    ...{ members: [member], dirs: [member], name: `etcd-data-${member}.tar`, id: 10 + i },
    ...{ size: 64_010_240, rawBytes: 64e6, digest: `${i}`.repeat(64), archive: 'tar', ms: 1200 },
    layout: 'member'
  }))

  it('sets every output; members carries the artifact of each member', async () => {
    const report = fakeReport('/out')
    setOutputs({
      restored: report,
      artifacts,
      reportPath: '/out/etcd-restore-report.json',
      cacheHit: false
    })
    const outputs = readOutputs(process.env.GITHUB_OUTPUT!)
    expect(outputs).toMatchObject({
      'cluster-id': 'db8de8e7d3d50195',
      'member-names': '["m1","m2","m3"]',
      'snapshot-sha256': report.snapshot.sha256,
      revision: '44',
      'compact-revision': '33',
      'total-keys': '240',
      report: '/out/etcd-restore-report.json',
      'cache-hit': 'false'
    })
    expect(JSON.parse(outputs.members!)[1]).toEqual({
      ...{ name: 'm2', id: '78e38f2d93f8a53a', peerURLs: ['http://127.0.0.1:23821'] },
      ...{ dataDir: '/out/m2', walDir: '/out/m2/member/wal' },
      artifact: {
        ...{ name: 'etcd-data-m2.tar', id: 11, digest: '1'.repeat(64), size: 64_010_240 },
        dir: 'm2'
      }
    })
  })

  it('a bumped, compacted restore reports the new revision as compact revision', async () => {
    const report = {
      ...fakeReport('/out'),
      bumpRevision: '1000',
      markCompacted: true,
      restoredRevision: 1044
    }
    await writeFile(process.env.GITHUB_OUTPUT!, '')
    setOutputs({ restored: report, artifacts: [], reportPath: '/r.json', cacheHit: true })
    const outputs = readOutputs(process.env.GITHUB_OUTPUT!)
    expect(outputs).toMatchObject({
      revision: '1044',
      'compact-revision': '1044',
      'cache-hit': 'true'
    })
    expect(JSON.parse(outputs.members!)[0].artifact).toBeUndefined()
  })

  it('writes snapshot facts, the cluster, artifacts and timings, escaped', async () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const origin = {
      kind: 'artifact' as const,
      name: 'nightly',
      id: 7,
      file: 'etcd.db',
      size: 1,
      repository: 'octo/backups',
      runId: 99,
      createdAt: '2026-11-25T03:17:00.000Z'
    }
    await writeJobSummary({
      clusterName: 'drill',
      restored: fakeReport('/out'),
      origin,
      artifacts,
      timings: { snapshot: 1500, restore: 320 },
      cacheHit: false,
      cache: {
        key: 'etcd-restore-f2-k',
        hit: false,
        saved: true,
        entry: { entryBytes: 70 << 20, dataDirBytes: 130 << 20, sharedDbMembers: 3 }
      },
      cost: uploadCost(artifacts, undefined, 'schedule')
    })
    stdout.mockRestore()
    const html = await readFile(process.env.GITHUB_STEP_SUMMARY!, 'utf8')
    for (const text of [
      '<h2>etcd restore</h2>',
      'artifact <code>nightly</code> (id 7, octo/backups run 99), file <code>etcd.db</code>, created 2026-11-25T03:17:00.000Z',
      '<h3>Cluster db8de8e7d3d50195</h3>',
      '<td>m3</td><td><code>7a758a68060ad0e8</code></td>',
      '<td><code>etcd-data-m1.tar</code></td><td>10</td><td>61.0 MiB</td>',
      '<li>snapshot: 1.5 s</li>',
      '<td>Cache</td><td>miss: saved; entry 70.0 MiB before compression, the db once for 3 members (data-dirs 130.0 MiB)</td>',
      '<h3>Storage</h3>',
      '<li>3 artifacts (tar): 183.1 MiB → 183.1 MiB stored (100.0% of raw), retention repository default</li>',
      '<li>a nightly run keeps 16.1 GiB of artifacts at steady state (183.1 MiB a run × 90 days: ' +
        'the repository default, assumed to be GitHub&#39;s 90)</li>',
      '<li>⚠️ a nightly run keeps 16.1 GiB',
      '&#39;layout: cluster&#39; (one artifact, the db stored once, not per member)',
      'a &#60;warning&#62; with markup'
    ])
      expect(html).toContain(text)
    expect(html.length).toBeLessThan(64 * 1024)
  })
})

describe('keys-per-kind chart', () => {
  const kind = (apiVersion: string, kind: string, keys: number) => ({
    ...{ apiVersion, kind, keys },
    bytes: 1
  })

  it('keeps only characters Mermaid reads as text in a quoted label, on one line, cut in the middle', () => {
    expect(chartLabel('Pod"]\n  bar [999')).toBe('Pod?? bar ?999')
    expect(chartLabel('%%{init: {"theme": "dark"}}%%')).toBe('???init? ??the…?? ?dark?????')
    expect(chartLabel('#quot;<b>`x`')).toBe('?quot??b??x?')
    expect(chartLabel('🚀 Ünï')).toBe('? ?n?')
    expect(chartLabel('  \t ')).toBe('?')
    expect(chartLabel('VeryLongCustomResourceKindNumber7WithASuffix')).toBe(
      'VeryLongCustom…r7WithASuffix'
    )
    expect(chartLabel('VeryLongCustomResourceKindNumber7WithASuffix')).toHaveLength(28)
  })

  it('labels are the kind alone, with the group/version when a kind repeats, and unique', () => {
    const bars = kindBars([
      kind('v1', 'Event', 9),
      kind('events.k8s.io/v1', 'Event', 8),
      kind('x/v1', 'A"B', 2),
      kind('x/v1', "A'B", 1)
    ])
    expect(bars.map((b) => b.label)).toEqual([
      'Event (v1)',
      'Event (events.k8s.io/v1)',
      'A?B (x/v1)',
      'A?B (x/v1) (2)'
    ])
  })

  it('at most 15 bars: the top 14 and "other" summing up the rest', () => {
    const kinds = Array.from({ length: 20 }, (_, i) => kind('v1', `K${i}`, 100 - i))
    const bars = kindBars(kinds)
    expect(bars).toHaveLength(15)
    expect(bars.at(-1)).toEqual({ label: 'other (6 kinds)', keys: 86 + 85 + 84 + 83 + 82 + 81 })
    expect(kindsChart({ kinds })).toContain('title "Keys per kind (top 14 of 20)"')
    expect(kindBars(kinds.slice(0, 15))).toHaveLength(15)
  })

  it('counts in a unit that keeps the value axis to four digits a tick', () => {
    expect(chartUnit(9999)).toEqual({ per: 1, name: 'keys' })
    expect(chartUnit(10_000)).toEqual({ per: 1e3, name: 'thousand keys' })
    expect(chartUnit(2_400_000)).toEqual({ per: 1e3, name: 'thousand keys' })
    expect(chartUnit(24_000_000)).toEqual({ per: 1e6, name: 'million keys' })
    expect(chartUnit(1e13)).toEqual({ per: 1e9, name: 'billion keys' })
    expect(kindsChart({ kinds: [kind('v1', 'Pod', 24_000_000), kind('v1', 'Node', 1234)] })).toBe(
      [
        'xychart-beta horizontal',
        '  title "Keys per kind"',
        '  x-axis ["Pod", "Node"]',
        '  y-axis "million keys" 0 --> 24',
        '  bar [24, 0.001]'
      ].join('\n')
    )
  })
})
