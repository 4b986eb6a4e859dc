/**
 * Logical dump of a bbolt db in the text format of test/fixtures/vectors/expected/*.txt:
 *   txid=<active txid> size=<hwm*pageSize> pagesize=<pageSize>
 *   bucket "<name>" (<n> keys)
 *      "<key>" => "<value>"
 * Bytes that are all printable ASCII print quoted (`"` and `\` escaped), anything else as
 * hex:<lowercase hex>. Nested buckets print as `bucket` lines indented under their parent.
 */
import type { BoltDb } from '../../src/lib/bolt/db.js'
import type { Bucket } from '../../src/lib/bolt/bucket.js'
import { Bucket as BucketClass } from '../../src/lib/bolt/bucket.js'

export function formatBytes(bytes: Uint8Array): string {
  let printable = true
  for (const b of bytes) {
    if (b < 0x20 || b > 0x7e) {
      printable = false
      break
    }
  }
  if (!printable) return `hex:${Buffer.from(bytes).toString('hex')}`
  return `"${Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\\"]/g, (c) => `\\${c}`)}"`
}

function dumpBucket(bucket: Bucket, name: Uint8Array, indent: string, lines: string[]): void {
  const entries = [...bucket.entries()]
  lines.push(`${indent}bucket ${formatBytes(name)} (${entries.length} keys)`)
  for (const e of entries) {
    if (e.isBucket)
      dumpBucket(BucketClass.fromValue(bucket.db, e.value), e.key, `${indent}   `, lines)
    else lines.push(`${indent}   ${formatBytes(e.key)} => ${formatBytes(e.value)}`)
  }
}

/** The dump text, ending with a newline. */
export function dumpBolt(db: BoltDb): string {
  const lines = [`txid=${db.meta.txid} size=${db.hwm * db.pageSize} pagesize=${db.pageSize}`]
  for (const e of db.rootBucket().entries()) {
    if (e.isBucket) dumpBucket(BucketClass.fromValue(db, e.value), e.key, '', lines)
    else lines.push(`${formatBytes(e.key)} => ${formatBytes(e.value)}`)
  }
  return `${lines.join('\n')}\n`
}
