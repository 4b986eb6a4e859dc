// The floor of a compacting restore: what it cannot avoid whatever its own code costs. A worker
// thread (booted as the restore boots its own) computes the sha256 of the snapshot's database
// bytes, read in 256 KiB chunks, while the main thread writes <members> files of <bytes> (the
// compacted db's size) and fsyncs them. No bbolt work at all: no check, no compaction, no WAL.
// Usage: node floor-compact.mjs <snapshot> <dir> <members> <bytes>
/* global Buffer */
import { Worker } from 'node:worker_threads'
import { createHash } from 'node:crypto'
import { closeSync, fsyncSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const [file, dir, count, bytes] = process.argv.slice(2)
const size = statSync(file).size
const dbSize = size % 512 === 32 ? size - 32 : size
const hashing = new Worker(
  `
const { parentPort, workerData } = require('node:worker_threads')
const { openSync, readSync } = require('node:fs')
const { createHash } = require('node:crypto')
const fd = openSync(workerData.file, 'r')
const hash = createHash('sha256')
const buffer = Buffer.allocUnsafe(256 * 1024)
for (let at = 0; at < workerData.dbSize; ) {
  const n = readSync(fd, buffer, 0, Math.min(buffer.length, workerData.dbSize - at), at)
  hash.update(buffer.subarray(0, n))
  at += n
}
parentPort.postMessage(hash.digest('hex'))
`,
  { eval: true, workerData: { file, dbSize } }
)
createHash('sha256') // the restore loads node:crypto on its main thread too
const buffer = Buffer.alloc(1 << 20, 7)
const fds = []
for (let i = 1; i <= Number(count); i++) {
  const snapDir = join(dir, `m${i}`, 'member', 'snap')
  mkdirSync(snapDir, { recursive: true })
  fds.push(openSync(join(snapDir, 'db'), 'w', 0o600))
}
for (let at = 0; at < Number(bytes); at += buffer.length) {
  const n = Math.min(buffer.length, Number(bytes) - at)
  for (const fd of fds) writeSync(fd, buffer, 0, n, at)
}
for (const fd of fds) {
  fsyncSync(fd)
  closeSync(fd)
}
hashing.once('message', () => hashing.terminate())
