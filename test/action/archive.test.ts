import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rename, rm, utimes } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commonParent, isInside, pack, walk } from '../../src/action/publish/archive.js'
import { execFileAsync, fakeMemberDir, memoryLogger } from './helpers.js'

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
})
