/**
 * Not a timed test: a measurement, run only with UPLOAD_WALL=1. The upload step's wall time for
 * 3 members of 64 MiB each (UPLOAD_WALL_MIB; an incompressible db), one at a time (concurrency 1, as before) and
 * 3 at once, against the emulator with no blob latency and with 20 ms per blob request
 * (UPLOAD_WALL_LATENCY=0,20; UPLOAD_WALL_ROUNDS=3).
 *   UPLOAD_WALL=1 npx vitest run test/action/upload-wall.test.ts
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MemberReport } from '../../src/lib/report.js'
import { ResultsService } from '../emulator/results-service.js'
import { fakeMemberDir, memoryLogger, useEmulatorEnv } from './helpers.js'

const MIB = 1 << 20
const SIZE_MIB = Number(process.env.UPLOAD_WALL_MIB ?? 64)

describe.runIf(process.env.UPLOAD_WALL)(`upload wall time, 3 members × ${SIZE_MIB} MiB`, () => {
  let root: string
  let latency = 0
  let service: ResultsService
  const members: MemberReport[] = []

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'upload-wall-'))
    service = await new ResultsService({ blobDelayMs: () => latency }).start()
    useEmulatorEnv(service.url, root)
    for (const name of ['m1', 'm2', 'm3']) {
      const member = await fakeMemberDir(join(root, 'out'), name)
      await writeFile(join(member.dataDir, 'member/snap/db'), randomBytes(SIZE_MIB * MIB))
      members.push(member)
    }
  })
  afterAll(async () => {
    await service?.stop()
    await rm(root, { recursive: true, force: true })
  })

  it('measures', async () => {
    const { publishMembers } = await import('../../src/action/publish/upload.js')
    const lines: string[] = []
    let run = 0
    for (const ms of (process.env.UPLOAD_WALL_LATENCY ?? '0,20').split(',').map(Number))
      for (let round = 0; round < Number(process.env.UPLOAD_WALL_ROUNDS ?? 3); round++)
        for (const concurrency of [1, 3]) {
          latency = ms
          const options = {
            ...{ archive: 'tar' as const, compressionLevel: 6, concurrency },
            artifactName: (m: string) => `wall-${++run}-${m}`,
            workDir: join(root, 'work')
          }
          const started = performance.now()
          const published = await publishMembers(members, options, memoryLogger())
          const wall = performance.now() - started
          expect(published).toHaveLength(3)
          lines.push(`latency ${ms} ms, concurrency ${concurrency}: ${(wall / 1000).toFixed(2)} s`)
          service.artifacts.splice(0)
          service.memoryBlobs.blobs.clear()
        }
    console.log(lines.join('\n'))
  })
})
