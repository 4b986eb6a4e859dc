// The floor of a restore: one sequential pass that reads the snapshot, sha256-hashes it and
// writes the database (trailer excluded) as member 1's db, then a kernel copy (copy_file_range
// or reflink) of that db for every other member. Usage: node floor.mjs <snapshot> <dir> <members>
/* global Buffer */
import { createHash } from 'node:crypto'
import {
  closeSync,
  constants,
  copyFileSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  writeSync
} from 'node:fs'
import { join } from 'node:path'

const [file, dir, count] = process.argv.slice(2)
const dbPath = (i) => join(dir, `m${i}`, 'member', 'snap', 'db')
for (let i = 1; i <= Number(count); i++)
  mkdirSync(join(dir, `m${i}`, 'member', 'snap'), { recursive: true })
const src = openSync(file, 'r')
const out = openSync(dbPath(1), 'w', 0o600)
const size = fstatSync(src).size
const dbSize = size % 512 === 32 ? size - 32 : size
const hash = createHash('sha256')
const buffer = Buffer.allocUnsafe(8 << 20)
for (let at = 0; at < dbSize;) {
  const n = readSync(src, buffer, 0, Math.min(buffer.length, dbSize - at), at)
  hash.update(buffer.subarray(0, n))
  writeSync(out, buffer, 0, n, at)
  at += n
}
hash.digest()
fsyncSync(out)
closeSync(out)
closeSync(src)
// restore fsyncs every db it writes, and so does the floor
for (let i = 2; i <= Number(count); i++) {
  copyFileSync(dbPath(1), dbPath(i), constants.COPYFILE_FICLONE)
  const fd = openSync(dbPath(i), 'r')
  fsyncSync(fd)
  closeSync(fd)
}
