/**
 * fsyncInPool: one thread-pool job per file or folder; a path that cannot be opened rejects with
 * the system error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { fsyncInPool } from '../../../src/lib/member-dir/fsync.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fsync-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

test('a file and its folder', async () => {
  const file = join(dir, 'f')
  writeFileSync(file, Buffer.alloc(1 << 20, 1))
  await expect(Promise.all([fsyncInPool(file, 'file'), fsyncInPool(dir, 'dir')])).resolves.toEqual([
    undefined,
    undefined
  ])
})

test('a missing path rejects with ENOENT', async () => {
  await expect(fsyncInPool(join(dir, 'nope'), 'file')).rejects.toMatchObject({ code: 'ENOENT' })
})
