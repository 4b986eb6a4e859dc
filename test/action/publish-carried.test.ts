/**
 * Issue 26 (disk): layout member's compressed archives, uploaded one at a time, are written in
 * one file that carries the db's frames from member to member, so the disk holds the db
 * compressed once at any time; each archive is byte for byte the one the shared-file way (uploads
 * at once) makes, whether the db's frames stay or move (`m10`'s longer head moves them up, `m3`'s
 * back down); a failed upload leaves no file. Real @actions/artifact
 * against the emulator.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MemberReport } from '../../src/lib/report.js'
import { ResultsService } from '../emulator/results-service.js'
import { fakeMemberDir, memoryLogger, useEmulatorEnv } from './helpers.js'

const DB_BYTES = 3 << 20 // incompressible: the compressed db is ~3 MiB

describe('layout member, one at a time: the db carried in one file', () => {
  let root: string
  let work: string
  let service: ResultsService
  let members: MemberReport[]
  /** The most bytes the work folder held while a blob was being written. */
  let peak = 0

  /** Each archive's inode, as seen while a blob was being written. */
  const inodes = new Map<string, number>()

  async function workBytes(): Promise<number> {
    const names = await readdir(work).catch(() => [])
    const sizes = await Promise.all(
      names.map((n) =>
        stat(join(work, n)).then(
          (s) => (inodes.set(n, s.ino), s.size),
          () => 0 // gone meanwhile
        )
      )
    )
    return sizes.reduce((sum, n) => sum + n, 0)
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'carried-'))
    work = join(root, 'work')
    const blobDelayMs = () => {
      void workBytes().then((bytes) => (peak = Math.max(peak, bytes)))
      return 20
    }
    service = await new ResultsService({ blobDelayMs }).start()
    useEmulatorEnv(service.url, root)
    const db = randomBytes(DB_BYTES)
    members = []
    for (const name of ['m1', 'm2', 'm10', 'm3']) {
      const member = await fakeMemberDir(join(root, 'out'), name)
      await writeFile(join(member.dataDir, 'member/snap/db'), db)
      members.push(member)
    }
  })
  afterAll(async () => {
    await service?.stop()
    await rm(root, { recursive: true, force: true })
  })

  async function publish(prefix: string, concurrency?: number, names = (m: string) => m) {
    const { publishMembers } = await import('../../src/action/publish/upload.js')
    const options = {
      ...{ archive: 'tar.gz' as const, compressionLevel: 6, workDir: work },
      artifactName: (m: string) => `${prefix}-${names(m)}`,
      ...(concurrency !== undefined && { concurrency })
    }
    return publishMembers(members, options, memoryLogger())
  }

  const blob = (name: string): Buffer => {
    const artifact = service.artifacts.find((a) => a.name === name)!
    return service.memoryBlobs.blobs.get(`artifacts/${artifact.blobName}`)!.body
  }

  it('each archive is the shared-file way’s bytes, and the disk held the db compressed once', async () => {
    peak = 0
    const carried = await publish('carried')
    const carriedPeak = peak
    const atOnce = await publish('at-once', 3)
    expect(carried.map((p) => p.members[0])).toEqual(['m1', 'm2', 'm10', 'm3'])
    for (const [i, p] of carried.entries()) {
      expect(blob(p.name).equals(blob(atOnce[i]!.name))).toBe(true)
      // a tar, the db inside: what GNU tar and node-tar read back is checked in archive.test.ts
      const tar = zlib.gunzipSync(blob(p.name))
      expect(tar.subarray(tar.length - 1024).equals(Buffer.alloc(1024))).toBe(true)
    }
    const oneArchive = Math.max(...carried.map((p) => p.size))
    expect(carriedPeak).toBeGreaterThan(DB_BYTES)
    expect(carriedPeak).toBeLessThanOrEqual(oneArchive + 64 * 1024)
    expect(await readdir(work)).toEqual([])
    // one file all along: each archive is the last one's, renamed and rewritten around the db
    const ino = (m: string) => inodes.get(`carried-${m}.tar.gz`)
    expect(ino('m1')).toBeDefined()
    for (const m of ['m2', 'm10', 'm3']) expect(ino(m)).toBe(ino('m1'))
  })

  it('a failed upload (409 for m10: the name is taken) leaves no file and fails the step', async () => {
    await publish('taken')
    const rename = (m: string) => (m === 'm10' ? m : `again-${m}`)
    await expect(publish('taken', undefined, rename)).rejects.toThrow(/409|exists|Conflict/i)
    expect(await readdir(work)).toEqual([])
  })
})
