/**
 * Times the structural check (checkDb) of a snapshot's database, read positionally without the
 * 32-byte trailer, and a page at a time when it is mostly free pages (as the restore reads it).
 * Prints one JSON line: { bytes, ms, pages }.
 * Usage: node check.js <snapshot>
 */
import { statSync } from 'node:fs'
import { FileByteFile, limitByteSource } from '../../src/lib/io/page-file.js'
import { BoltDb } from '../../src/lib/bolt/db.js'
import { checkDb } from '../../src/lib/bolt/check.js'
import { readOptionsFor } from '../../src/lib/snapshot/read-options.js'

const path = process.argv[2]
if (!path) {
  process.stderr.write('usage: check.js <snapshot>\n')
  process.exit(2)
}
const fileSize = statSync(path).size
const withTrailer = fileSize % 512 === 32
const dbSize = withTrailer ? fileSize - 32 : fileSize
const file = FileByteFile.open(path, readOptionsFor(path, dbSize))
try {
  const source = withTrailer ? limitByteSource(file, dbSize) : file
  const started = process.hrtime.bigint()
  const report = checkDb(BoltDb.open(source))
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const { rss, heapTotal, external, arrayBuffers } = process.memoryUsage()
  const memory = { rss, heapTotal, external, arrayBuffers }
  process.stdout.write(
    `${JSON.stringify({ bytes: report.dbSize, ms, pages: report.hwm, memory })}\n`
  )
} finally {
  file.close()
}
