import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copiesParent, copyMembers } from '../../../src/lib/drill/workspace.js'

const scratch = mkdtempSync(join(tmpdir(), 'workspace-test-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('copiesParent: where the boot copies go', () => {
  const saved = process.env.TMPDIR
  beforeEach(() => delete process.env.TMPDIR)
  afterEach(() => {
    if (saved === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = saved
  })

  it('memory (/dev/shm) when the copies fit there and in free memory', () => {
    expect(copiesParent(2 ** 20, scratch)).toBe(scratch)
  })

  it('the temp folder when they do not fit, or there is no /dev/shm', () => {
    expect(copiesParent(2 ** 50, scratch)).toBe(tmpdir())
    expect(copiesParent(2 ** 20, join(scratch, 'absent'))).toBe(tmpdir())
  })

  it('the temp folder the user named in TMPDIR, always', () => {
    process.env.TMPDIR = scratch
    expect(copiesParent(2 ** 20, '/dev/shm')).toBe(scratch)
  })
})

describe('copyMembers', () => {
  it('copies every member side by side with its modes, and removes them all', async () => {
    const members = ['a', 'b/c'].map((name, i) => {
      const dataDir = join(scratch, `m${i}`)
      mkdirSync(join(dataDir, 'member', 'snap'), { recursive: true, mode: 0o700 })
      writeFileSync(join(dataDir, 'member', 'snap', 'db'), Buffer.alloc(70_000, i + 1), {
        mode: 0o600
      })
      return { name, dataDir, peerURLs: [`http://127.0.0.1:${2380 + i}`] }
    })
    const copies = await copyMembers(members, scratch)
    expect(copies.members.map((m) => m.name)).toEqual(['a', 'b/c'])
    for (const m of copies.members) {
      expect(statSync(join(m.dataDir, 'member', 'snap', 'db')).size).toBe(70_000)
      expect(statSync(join(m.dataDir, 'member', 'snap', 'db')).mode & 0o777).toBe(0o600)
      expect(statSync(join(m.dataDir, 'member')).mode & 0o777).toBe(0o700)
    }
    expect(readdirSync(copies.root)).toEqual(['0-a', '1-b_c'])
    copies.remove()
    expect(readdirSync(scratch).filter((n) => n.startsWith('etcd-drill-data-'))).toEqual([])
  })
})
