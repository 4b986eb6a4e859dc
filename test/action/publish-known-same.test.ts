/**
 * Issue 26 review: the restore records that every member's db is the same bytes
 * (`db.sameInEveryMember`), and the upload then reads none of them to compare: here two members
 * whose dbs differ (same size) show the record is trusted, and that without it, or when a size
 * disagrees with it, the dbs are compared as before. Real @actions/artifact against the emulator.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbReport, MemberReport } from '../../src/lib/report.js'
import { dbsKnownSame } from '../../src/lib/restore/db.js'
import { ResultsService } from '../emulator/results-service.js'
import { fakeMemberDir, memoryLogger, useEmulatorEnv } from './helpers.js'

const DB_BYTES = 'bolt db of m1'.length * 100
const record = (restoredSize = DB_BYTES): DbReport => ({
  ...{ mode: 'copy', defrag: 'auto', sourceSize: restoredSize, restoredSize },
  ...{ sourcePages: 1, freePages: 0, freePercent: 0, sameInEveryMember: true }
})

describe('members whose dbs the restore says are the same bytes', () => {
  let root: string
  let service: ResultsService
  let members: MemberReport[]
  let run = 0

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'known-same-'))
    service = await new ResultsService().start()
    useEmulatorEnv(service.url, root)
    members = [
      await fakeMemberDir(join(root, 'out'), 'm1'),
      await fakeMemberDir(join(root, 'out'), 'm2')
    ]
  })
  afterAll(async () => {
    await service?.stop()
    await rm(root, { recursive: true, force: true })
  })

  async function publish(layout: 'member' | 'cluster', db?: DbReport) {
    // tar.gz: its frames are shared like zstd's, and zlib reads them back on any Node
    const { publishMembers } = await import('../../src/action/publish/upload.js')
    const logger = memoryLogger()
    const prefix = `same-${++run}`
    const options = {
      ...{ archive: 'tar.gz' as const, compressionLevel: 3, layout },
      ...{ artifactName: (m: string) => `${prefix}-${m}`, workDir: join(root, 'work') },
      ...(db && { db })
    }
    const published = await publishMembers(members, options, logger)
    const body = (name: string): string => {
      const artifact = service.artifacts.find((a) => a.name === name)!
      const blob = service.memoryBlobs.blobs.get(`artifacts/${artifact.blobName}`)!
      return zlib.gunzipSync(blob.body).toString('latin1')
    }
    return { logger, published, body }
  }

  it('dbsKnownSame: the record, and every db still a file of the size it wrote', async () => {
    const paths = members.map((m) => join(m.dataDir, 'member/snap/db'))
    expect(await dbsKnownSame(record(), paths)).toBe(true)
    expect(await dbsKnownSame(undefined, paths)).toBe(false)
    expect(await dbsKnownSame({ ...record(), sameInEveryMember: undefined }, paths)).toBe(false)
    expect(await dbsKnownSame(record(DB_BYTES + 1), paths)).toBe(false)
    expect(await dbsKnownSame(record(), [...paths, join(root, 'nowhere')])).toBe(false)
  })

  it('layout member: with the record no db is compared (m2 gets the shared db); without, m2 is compressed on its own', async () => {
    const trusted = await publish('member', record())
    expect(trusted.logger.lines.join('\n')).not.toMatch(/differs/)
    expect(trusted.body(trusted.published[1]!.name)).toContain('bolt db of m1')

    for (const db of [undefined, record(DB_BYTES + 1)]) {
      const checked = await publish('member', db)
      expect(checked.logger.lines).toContain(
        "warning: m2: its db differs from the first member's: compressed on its own"
      )
      const m2 = checked.body(checked.published[1]!.name)
      expect(m2).toContain('bolt db of m2')
      expect(m2).not.toContain('bolt db of m1')
    }
  })

  it('layout cluster: with the record the second db is a hard link without a read; without, it is stored again', async () => {
    const trusted = await publish('cluster', record())
    expect(trusted.logger.lines.join('\n')).toMatch(/the db stored once, 1 hard links to it/)
    const checked = await publish('cluster')
    expect(checked.logger.lines.join('\n')).toMatch(/the db stored once, 0 hard links to it/)
    expect(checked.logger.lines.join('\n')).toMatch(/m2: its db differs from .*: stored again/)
  })

  it('a changed db (another size) is never trusted', async () => {
    await writeFile(join(members[1]!.dataDir, 'member/snap/db'), 'shorter')
    try {
      const checked = await publish('cluster', record())
      expect(checked.logger.lines.join('\n')).toMatch(/0 hard links/)
    } finally {
      await writeFile(join(members[1]!.dataDir, 'member/snap/db'), 'bolt db of m2'.repeat(100))
    }
  })
})
