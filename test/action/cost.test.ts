import { describe, expect, it } from 'vitest'
import type { PublishedArtifact } from '../../src/action/publish/upload.js'
import {
  costLine,
  costWarning,
  nightlyLine,
  STEADY_STATE_WARN_BYTES,
  uploadCost
} from '../../src/action/report/cost.js'

const MIB = 1 << 20
const GIB = 1 << 30

/** Three members' artifacts of `stored` bytes each, from `raw` bytes each. */
function artifacts(raw: number, stored: number): PublishedArtifact[] {
  return ['m1', 'm2', 'm3'].map((member, i) => ({
    ...{ members: [member], dirs: [member], name: `etcd-data-${member}.tar.zst`, id: i + 1 },
    ...{ size: stored, rawBytes: raw, digest: 'a'.repeat(64), archive: 'tar.zst', ms: 10 },
    layout: 'member'
  }))
}

describe('uploadCost', () => {
  it('raw → stored and the retention in force; no steady state outside a schedule run', () => {
    const cost = uploadCost(artifacts(100 * MIB, 25 * MIB), 7, 'push')
    expect(cost).toEqual({
      ...{ artifacts: 3, layout: 'member', archive: 'tar.zst' },
      ...{ rawBytes: 300 * MIB, storedBytes: 75 * MIB, storedRatio: 0.25 },
      ...{ retentionDays: 7, retention: '7 days' }
    })
    expect(costLine(cost!)).toBe(
      '3 artifacts (tar.zst): 300.0 MiB → 75.0 MiB stored (25.0% of raw), retention 7 days'
    )
    expect(nightlyLine(cost!)).toBeUndefined()
    expect(costWarning(cost)).toBeUndefined()
    expect(uploadCost([], 7, 'schedule')).toBeUndefined()
  })

  it('layout cluster: one artifact, raw counts every member, the remedies left to name', () => {
    const one: PublishedArtifact = {
      ...{ members: ['m1', 'm2', 'm3'], dirs: ['m1', 'm2', 'm3'], name: 'etcd-data-cluster.tar' },
      ...{ id: 7, size: 2 * GIB + MIB, rawBytes: 6 * GIB + 3 * MIB, digest: 'b'.repeat(64) },
      ...{ archive: 'tar', layout: 'cluster', ms: 10 }
    }
    const cost = uploadCost([one], undefined, 'schedule')!
    expect(cost).toMatchObject({ artifacts: 1, layout: 'cluster', storedBytes: 2 * GIB + MIB })
    expect(costLine(cost)).toMatch(
      /^1 artifact for the cluster \(tar, the db stored once\): 6\.0 GiB → 2\.0 GiB stored \(33\.\d% of raw\)/
    )
    const warning = costWarning(cost)!
    expect(warning).not.toContain('layout')
    expect(warning).toContain("'archive: tar.zst' (the db compresses several times over)")
    expect(warning).toMatch(/, or 'upload: false' when the run only proves the backup$/)
  })

  it('a schedule run: stored bytes × retention days; the repository default is taken as 90 days, and said so', () => {
    const set = uploadCost(artifacts(100 * MIB, 20 * MIB), 10, 'schedule')!
    expect(set.nightly).toEqual({ steadyStateBytes: 600 * MIB, days: 10, assumedDefault: false })
    expect(nightlyLine(set)).toBe(
      'a nightly run keeps 600.0 MiB of artifacts at steady state (60.0 MiB a run × 10 days)'
    )
    const unset = uploadCost(artifacts(100 * MIB, 20 * MIB), undefined, 'schedule')!
    expect(unset).toMatchObject({ retention: 'repository default' })
    expect(unset.retentionDays).toBeUndefined()
    expect(unset.nightly).toEqual({
      ...{ steadyStateBytes: 60 * MIB * 90, days: 90, assumedDefault: true }
    })
    expect(nightlyLine(unset)).toBe(
      'a nightly run keeps 5.3 GiB of artifacts at steady state ' +
        "(60.0 MiB a run × 90 days: the repository default, assumed to be GitHub's 90)"
    )
    expect(costWarning(unset)).toBeUndefined() // under 10 GiB
  })

  it('warns above 10 GiB at steady state, naming the remedies that exist', () => {
    // the example: 3 × 2 GB uncompressed, repository default retention
    const cost = uploadCost(artifacts(2 * GIB, 2 * GIB + MIB), undefined, 'schedule')!
    expect(cost.nightly!.steadyStateBytes).toBeGreaterThan(STEADY_STATE_WARN_BYTES)
    const warning = costWarning(cost)!
    expect(warning).toMatch(/^a nightly run keeps 540\.\d GiB of artifacts at steady state/)
    expect(warning).toContain("over 10.0 GiB. To keep less: a shorter 'retention-days'")
    expect(warning).toContain("'layout: cluster' (one artifact, the db stored once")
    expect(warning).not.toContain("'archive: tar.zst'") // already compressed
    expect(warning).toContain("'upload: false'")
    expect(STEADY_STATE_WARN_BYTES).toBe(10 * GIB)
  })
})
