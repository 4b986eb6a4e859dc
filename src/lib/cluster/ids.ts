/**
 * Member and cluster IDs, computed the way etcd's membership package does (format doc §2).
 * Restore never adds the "now" suffix that `member add` uses, so the IDs are deterministic.
 */
import { createHash } from 'node:crypto'
import { compareBigints } from './order.js'

/** First 8 bytes of SHA-1(concat(sorted peer URLs) + token), big-endian. `peerURLs` must be normalized. */
export function memberId(peerURLs: readonly string[], token: string): bigint {
  const sorted = [...peerURLs].sort()
  const hash = createHash('sha1')
  for (const url of sorted) hash.update(url, 'utf8')
  hash.update(token, 'utf8')
  return hash.digest().readBigUInt64BE(0)
}

/** First 8 bytes of SHA-1(member IDs ascending, each as 8 big-endian bytes). */
export function clusterId(memberIds: readonly bigint[]): bigint {
  const sorted = [...memberIds].sort(compareBigints)
  const bytes = Buffer.alloc(8 * sorted.length)
  sorted.forEach((id, i) => bytes.writeBigUInt64BE(id, 8 * i))
  return createHash('sha1').update(bytes).digest().readBigUInt64BE(0)
}

/** `types.ID.String()`: lowercase hex without padding (v2 store paths, `members` bucket keys). */
export function idHex(id: bigint): string {
  return id.toString(16)
}

/** `%016x`: the zero-padded form used in file names. */
export function idPadded(id: bigint): string {
  return id.toString(16).padStart(16, '0')
}
