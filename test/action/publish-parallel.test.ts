/**
 * Members' artifacts upload one at a time by default (UPLOAD_CONCURRENCY: memory, issue 26) and
 * up to `concurrency` at once when asked: here 3 at once through the real @actions/artifact client against the
 * emulator, whose blob writes are slowed so the uploads overlap; the results keep the members'
 * order whatever order the uploads finish in.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mapBounded } from '../../src/action/publish/pool.js'
import { ResultsService } from '../emulator/results-service.js'
import { fakeMemberDir, memoryLogger, useEmulatorEnv } from './helpers.js'

const ARTIFACT = '/twirp/github.actions.results.api.v1.ArtifactService/'

/** The most artifacts between CreateArtifact and FinalizeArtifact at any one time. */
function maxInFlight(requests: { path: string }[]): number {
  let now = 0
  let max = 0
  for (const { path } of requests) {
    if (path === `${ARTIFACT}CreateArtifact`) max = Math.max(max, ++now)
    if (path === `${ARTIFACT}FinalizeArtifact`) now--
  }
  return max
}

describe('parallel member uploads', () => {
  let root: string
  let service: ResultsService

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'publish-parallel-'))
    // m1's blob is the slowest, so m1 finishes after members started later
    const blobDelayMs = (path: string) => (path.includes('-m1.tar') ? 400 : 60)
    service = await new ResultsService({ blobDelayMs }).start()
    useEmulatorEnv(service.url, root)
  })
  afterAll(async () => {
    await service?.stop()
    await rm(root, { recursive: true, force: true })
  })

  it('uploads at most 3 at once, one start and one finish line each, results in member order', async () => {
    const { publishMembers, UPLOAD_CONCURRENCY } =
      await import('../../src/action/publish/upload.js')
    expect(UPLOAD_CONCURRENCY).toBe(1)
    const names = ['m1', 'm2', 'm3', 'm4', 'm5']
    const members = []
    for (const name of names) members.push(await fakeMemberDir(join(root, 'out'), name))
    const logger = memoryLogger()
    const options = {
      archive: 'tar' as const,
      artifactName: (m: string) => `par-${m}`,
      compressionLevel: 6,
      workDir: join(root, 'work'),
      concurrency: 3
    }
    const published = await publishMembers(members, options, logger)

    expect(maxInFlight(service.requests)).toBe(3)
    expect(published.map((p) => p.members)).toEqual(names.map((m) => [m]))
    expect(published.map((p) => p.name)).toEqual(names.map((m) => `par-${m}.tar`))
    const raw = (1 << 20) + 'bolt db of m1'.length * 100 + 'snap m1'.length
    for (const p of published) {
      expect(p.rawBytes).toBe(raw)
      expect(p.size).toBeGreaterThan(raw) // a .tar: headers and padding on top
      expect(service.artifacts.find((a) => a.id === p.id)?.name).toBe(p.name)
    }
    for (const m of names) {
      const mine = logger.lines.filter((l) => l.startsWith(`${m}: upload`))
      expect(mine).toHaveLength(2)
      expect(mine[0]).toMatch(
        new RegExp(`^${m}: uploading as par-${m}\\.tar: 1\\.0 MiB in 7 entries$`)
      )
      expect(mine[1]).toMatch(
        new RegExp(
          `^${m}: uploaded par-${m}\\.tar: 1\\.0 MiB → 1\\.0 MiB stored in .* \\(.*/s\\), id \\d+, sha256 [0-9a-f]{64}$`
        )
      )
    }
    // m1 finished after m2 started and finished: completion order is not the result order
    const finished = logger.lines.filter((l) => / uploaded par-/.test(l)).map((l) => l.slice(0, 2))
    expect(finished.indexOf('m1')).toBeGreaterThan(finished.indexOf('m2'))
    expect(logger.lines.at(-1)).toMatch(
      /^Uploaded 5 artifacts \(3 at once\): 5\.0 MiB → 5\.0 MiB stored in /
    )
  })

  it('mapBounded: after a failure nothing new starts, the calls in flight are awaited, the first error is thrown', async () => {
    const started: number[] = []
    const settled: number[] = []
    const run = mapBounded([0, 1, 2, 3, 4, 5], 3, async (n) => {
      started.push(n)
      await new Promise((done) => setTimeout(done, n === 1 ? 5 : 30))
      settled.push(n)
      if (n === 1) throw new Error('boom 1')
      return n
    })
    await expect(run).rejects.toThrow('boom 1')
    expect(started).toEqual([0, 1, 2])
    expect(settled.sort()).toEqual([0, 1, 2])
    expect(await mapBounded([3, 1, 2], 2, async (n) => n * 10)).toEqual([30, 10, 20])
  })
})
