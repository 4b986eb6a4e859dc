import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../src/lib/errors.js'
import { startAzurite, type Azurite } from '../emulator/azurite.js'
import { ResultsService } from '../emulator/results-service.js'
import { execFileAsync, fakeMemberDir, memoryLogger, modesOf, useEmulatorEnv } from './helpers.js'

const MODES = {
  m1: '700',
  'm1/member': '700',
  'm1/member/snap': '700',
  'm1/member/wal': '700',
  'm1/member/snap/db': '600',
  'm1/member/snap/0000000000000001-0000000000000003.snap': '644',
  'm1/member/wal/0000000000000000-0000000000000000.wal': '600'
}
/** Node 24's zlib zstd, or (vitest's Node 20) the zstd binary the action falls back to. */
const hasZstd = (await import('../../src/action/publish/tar.js')).zstdEngine() !== undefined

for (const backend of ['memory', 'azurite'] as const) {
  describe(`publish with the real @actions/artifact client (${backend} blobs)`, () => {
    let root: string
    let service: ResultsService
    let azurite: Azurite | undefined

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'publish-test-'))
      azurite = backend === 'azurite' ? await startAzurite(['artifacts', 'cache']) : undefined
      service = await new ResultsService({ blobs: azurite }).start()
      useEmulatorEnv(service.url, root)
    })
    afterAll(async () => {
      await service?.stop()
      await azurite?.stop()
      await rm(root, { recursive: true, force: true })
    })

    const roundTrip = async (archive: 'tar' | 'tar.gz' | 'tar.zst', runName: string) => {
      const { publishMembers } = await import('../../src/action/publish/upload.js')
      const { DefaultArtifactClient } = await import('@actions/artifact')
      const member = await fakeMemberDir(join(root, runName, 'out'), 'm1')
      const logger = memoryLogger()
      const options = {
        archive,
        artifactName: (m: string) => `${runName}-${m}`,
        compressionLevel: 6,
        workDir: join(root, runName, 'work')
      }
      const [published] = await publishMembers([member], options, logger)
      expect(published.name).toBe(`${runName}-m1.${archive}`)
      expect(logger.lines.some((l) => /^m1: Packed 7 entries into .* \(.*\/s\)$/.test(l))).toBe(
        true
      )
      expect(await readdir(options.workDir)).toEqual([]) // archive removed after upload

      const client = new DefaultArtifactClient()
      const { artifact } = await client.getArtifact(published.name)
      expect(artifact.id).toBe(published.id)
      expect(artifact.digest).toBe(`sha256:${published.digest}`)
      const downloaded = join(root, runName, 'download')
      const result = await client.downloadArtifact(artifact.id, {
        path: downloaded,
        expectedHash: artifact.digest
      })
      expect(result.digestMismatch).toBe(false)
      const file = join(downloaded, published.name)
      const bytes = await readFile(file)
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(published.digest)
      const extracted = join(root, runName, 'extracted')
      await execFileAsync('mkdir', ['-p', extracted])
      await execFileAsync('tar', ['-xpf', file, '-C', extracted])
      expect(await modesOf(extracted, Object.keys(MODES))).toEqual(MODES)
      const wal = 'm1/member/wal/0000000000000000-0000000000000000.wal'
      // Buffer.equals: toEqual walks a 1 MiB buffer byte by byte (seconds).
      const original = await readFile(join(member.dataDir, '..', wal))
      expect((await readFile(join(extracted, wal))).equals(original)).toBe(true)
      return published
    }

    it('uploads a member as one uncompressed .tar (skipArchive) and gets it back with modes', async () => {
      const first = await roundTrip('tar', 'plain')
      expect(service.artifacts.find((a) => a.id === first.id)?.mimeType).toBe('application/x-tar')
      // Deterministic: the same data-dir packs to the same bytes under another name.
      const again = await roundTrip('tar', 'again')
      expect(again.digest).toBe(first.digest)
    })

    it.skipIf(backend === 'azurite')('tar.gz keeps modes too', async () => {
      await roundTrip('tar.gz', 'gz')
    })

    it.skipIf(backend === 'azurite' || !hasZstd)('tar.zst keeps modes too', async () => {
      await roundTrip('tar.zst', 'zst')
    })

    it.runIf(backend === 'memory')(
      'tar.zst without zlib zstd nor a zstd binary is refused before any work',
      async () => {
        const { checkArchiveSupport } = await import('../../src/action/inputs/publish.js')
        const zlib = await import('node:zlib')
        if (typeof zlib.createZstdCompress === 'function') return // Node 24: always there
        const path = process.env.PATH
        process.env.PATH = '/nonexistent'
        try {
          expect(() => checkArchiveSupport('tar.zst')).toThrow(InputError)
        } finally {
          process.env.PATH = path
        }
        expect(() => checkArchiveSupport('tar.zst')).not.toThrow()
      }
    )

    for (const archive of ['tar', 'tar.zst'] as const)
      it.skipIf(backend === 'azurite' || (archive === 'tar.zst' && !hasZstd))(
        `layout cluster (${archive}): one artifact, <member>/ each, the db stored once as hard links`,
        async () => {
          const { publishMembers } = await import('../../src/action/publish/upload.js')
          const { DefaultArtifactClient } = await import('@actions/artifact')
          const run = `cluster-${archive}`
          const db = Buffer.from('bbolt page '.repeat(100_000))
          const members = []
          for (const name of ['m1', 'm2', 'm3']) {
            const m = await fakeMemberDir(join(root, run, 'out'), name)
            await writeFile(join(m.dataDir, 'member/snap/db'), db)
            members.push(m)
          }
          const logger = memoryLogger()
          const options = {
            archive,
            layout: 'cluster' as const,
            artifactName: (m: string) => `etcd-data-${m}`,
            compressionLevel: 3,
            workDir: join(root, run, 'work')
          }
          const published = await publishMembers(members, options, logger)
          expect(published).toHaveLength(1)
          const [one] = published
          expect(one).toMatchObject({
            members: ['m1', 'm2', 'm3'],
            dirs: ['m1', 'm2', 'm3'],
            name: `etcd-data-cluster.${archive}`,
            layout: 'cluster'
          })
          expect(one!.rawBytes).toBe(3 * (db.length + (1 << 20) + 'snap m1'.length))
          expect(logger.lines).toContain(
            `uploading as etcd-data-cluster.${archive}: 3 members, ${(one!.rawBytes / (1 << 20)).toFixed(1)} MiB in 21 entries (the db stored once, 2 hard links to it)`
          )
          expect(await readdir(options.workDir)).toEqual([])
          // one db's bytes, not three: the plain tar is just over one db plus three WALs
          if (archive === 'tar') expect(one!.size).toBeLessThan(db.length + 3 * (1 << 20) + 20_000)
          else expect(one!.size).toBeLessThan(db.length / 10)

          const downloaded = join(root, run, 'download')
          await new DefaultArtifactClient().downloadArtifact(one!.id, { path: downloaded })
          const extracted = join(root, run, 'extracted')
          await mkdir(extracted, { recursive: true })
          await execFileAsync('tar', ['-xpf', join(downloaded, one!.name), '-C', extracted])
          const inodes = new Set<number>()
          for (const m of ['m1', 'm2', 'm3']) {
            const modes = Object.fromEntries(
              Object.entries(MODES).map(([k, v]) => [k.replace(/^m1/, m), v])
            )
            expect(await modesOf(extracted, Object.keys(modes))).toEqual(modes)
            const dbFile = join(extracted, m, 'member/snap/db')
            expect((await readFile(dbFile)).equals(db)).toBe(true)
            inodes.add((await stat(dbFile)).ino)
            const wal = `${m}/member/wal/0000000000000000-0000000000000000.wal`
            expect((await readFile(join(extracted, wal))).equals(Buffer.alloc(1 << 20, 1))).toBe(
              true
            )
          }
          expect(inodes.size).toBe(1) // m2's and m3's dbs are hard links to m1's
        }
      )

    it.skipIf(backend === 'azurite')(
      'zip uploads the files and warns that modes are lost',
      async () => {
        const { publishMembers } = await import('../../src/action/publish/upload.js')
        const { DefaultArtifactClient } = await import('@actions/artifact')
        const member = await fakeMemberDir(join(root, 'zip', 'out'), 'm1')
        const logger = memoryLogger()
        const options = {
          archive: 'zip' as const,
          artifactName: (m: string) => `zip-${m}`,
          compressionLevel: 1,
          workDir: join(root, 'zip', 'work')
        }
        const [published] = await publishMembers([member], options, logger)
        expect(published.name).toBe('zip-m1')
        expect(
          logger.lines.some((l) => l.startsWith('warning: archive: zip loses file modes'))
        ).toBe(true)
        const downloaded = join(root, 'zip', 'download')
        await new DefaultArtifactClient().downloadArtifact(published.id, { path: downloaded })
        const db = await readFile(join(downloaded, 'm1/member/snap/db'), 'utf8')
        expect(db.startsWith('bolt db of m1')).toBe(true)
      }
    )
  })
}
