/**
 * Issue 26: with the client the action bundles (its upload rewritten to take a stream,
 * scripts/patch-artifact-upload.mjs), an archive goes up while it is packed: the same bytes as
 * packed to a file first, no archive on disk meanwhile (layout cluster), and a packing that fails
 * midway fails the upload at once, with nothing finalized and nothing left behind. Real
 * @actions/artifact, rewritten as in the bundle, against the emulator.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { UPLOAD_SOURCES } from '../../scripts/patch-artifact-upload.mjs'
import type { MemberReport } from '../../src/lib/report.js'
import { ResultsService } from '../emulator/results-service.js'
import { execFileAsync, fakeMemberDir, memoryLogger, useEmulatorEnv } from './helpers.js'

vi.mock('@actions/artifact', async () => {
  const { patchedArtifact } = await import('./patched-artifact.js')
  return (await import(patchedArtifact())) as object
})

const DB_BYTES = 6 << 20 // incompressible: several 4 MiB blocks

describe('the archive uploads while it is packed (the bundled client)', () => {
  let root: string
  let work: string
  let service: ResultsService
  let members: MemberReport[]
  /** The most bytes the work folder held while a blob was being written. */
  let peak = 0
  /** Called at each blob request (a block's PUT, the commit): a test's fault. */
  let onBlob: (() => void) | undefined

  async function workBytes(): Promise<number> {
    const names = await readdir(work).catch(() => [])
    const sizes = await Promise.all(
      names.map((n) =>
        stat(join(work, n)).then(
          (s) => s.size,
          () => 0
        )
      )
    )
    return sizes.reduce((sum, n) => sum + n, 0)
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'streamed-'))
    work = join(root, 'work')
    const blobDelayMs = () => {
      onBlob?.()
      void workBytes().then((bytes) => (peak = Math.max(peak, bytes)))
      return 10
    }
    service = await new ResultsService({ blobDelayMs }).start()
    useEmulatorEnv(service.url, root)
    const db = randomBytes(DB_BYTES)
    members = []
    for (const name of ['m1', 'm2', 'm3']) {
      const member = await fakeMemberDir(join(root, 'out'), name)
      await writeFile(join(member.dataDir, 'member/snap/db'), db)
      members.push(member)
    }
  })
  afterAll(async () => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for(UPLOAD_SOURCES)]
    await service?.stop()
    await rm(root, { recursive: true, force: true })
  })

  async function publish(prefix: string, layout: 'member' | 'cluster', concurrency?: number) {
    const { publishMembers } = await import('../../src/action/publish/upload.js')
    const options = {
      ...{ archive: 'tar.gz' as const, compressionLevel: 6, workDir: work, layout },
      artifactName: (m: string) => `${prefix}-${m}`,
      ...(concurrency !== undefined && { concurrency })
    }
    return publishMembers(members, options, memoryLogger())
  }

  const blob = (name: string): Buffer => {
    const artifact = service.artifacts.find((a) => a.name === name && a.finalized)!
    return service.memoryBlobs.blobs.get(`artifacts/${artifact.blobName}`)!.body
  }

  /** Publishes with the registry hidden: the archive packed to a file, then uploaded. */
  async function publishFromFiles(prefix: string, layout: 'member' | 'cluster', n?: number) {
    const g = globalThis as Record<symbol, unknown>
    const key = Symbol.for(UPLOAD_SOURCES)
    const sources = g[key]
    delete g[key]
    try {
      return await publish(prefix, layout, n)
    } finally {
      g[key] = sources
    }
  }

  it('the client the bundle ships takes upload sources', async () => {
    await import('@actions/artifact')
    const { uploadsFromStreams } = await import('../../src/action/publish/upload-source.js')
    expect(uploadsFromStreams()).toBe(true)
  })

  for (const [layout, concurrency] of [
    ['cluster', undefined],
    ['member', undefined], // one at a time: the db carried in one file, the first streamed
    ['member', 3] // at once: around the db compressed once
  ] as const) {
    it(`${layout}${concurrency ? `, ${concurrency} at once` : ''}: the same bytes as packed to a file first`, async () => {
      const streamed = await publish(`s-${layout}-${concurrency}`, layout, concurrency)
      const filed = await publishFromFiles(`f-${layout}-${concurrency}`, layout, concurrency)
      expect(streamed.map((p) => p.size)).toEqual(filed.map((p) => p.size))
      for (const [i, p] of streamed.entries()) {
        expect(blob(p.name).equals(blob(filed[i]!.name)), p.name).toBe(true)
        expect(p.digest).toBe(filed[i]!.digest)
      }
      expect(await readdir(work)).toEqual([])
    })
  }

  it('layout cluster: no archive on disk while it goes up; GNU tar reads it back', async () => {
    peak = 0
    const [cluster] = await publish('disk', 'cluster')
    expect(cluster!.size).toBeGreaterThan(DB_BYTES)
    expect(peak).toBe(0) // the empty file the client checks, nothing more
    const file = join(root, 'disk.tar.gz')
    await writeFile(file, blob(cluster!.name))
    const into = join(root, 'disk')
    await execFileAsync('mkdir', ['-p', into])
    await execFileAsync('tar', ['-xpf', file, '-C', into])
    expect((await stat(join(into, 'm3/member/snap/db'))).size).toBe(DB_BYTES)
    expect((await stat(join(into, 'm3/member/snap'))).mode & 0o777).toBe(0o700)
  })

  it('a packing that fails midway (the db shrinks) fails the upload at once: nothing finalized or left', async () => {
    const db = join(members[0]!.dataDir, 'member/snap/db')
    const original = await import('node:fs/promises').then((fs) => fs.readFile(db))
    onBlob = () => {
      onBlob = undefined
      void truncate(db, DB_BYTES / 2) // the first block is on its way: the db is being read
    }
    const started = Date.now()
    try {
      await expect(publish('broken', 'cluster')).rejects.toThrow(/changed while packed/)
    } finally {
      onBlob = undefined
      await writeFile(db, original)
    }
    expect(Date.now() - started).toBeLessThan(20_000) // not the client's 5-minute stall
    expect(service.artifacts.filter((a) => a.name.startsWith('broken-') && a.finalized)).toEqual([])
    expect(await readdir(work)).toEqual([])
  })

  it('an upload that fails before it reads (409: the name is taken) stops the packing', async () => {
    await publish('taken', 'cluster')
    await expect(publish('taken', 'cluster')).rejects.toThrow(/409|exists|Conflict/i)
    expect(await readdir(work)).toEqual([])
  })
})
