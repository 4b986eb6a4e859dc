/** WAL segment names `%016x-%016x.wal` from (sequence, first raft index) (etcd wal/util.go). */
import { InvariantError } from '../errors.js'

const MAX_U64 = (1n << 64n) - 1n
const WAL_NAME = /^([0-9a-fA-F]{16})-([0-9a-fA-F]{16})\.wal$/

export function walName(seq: bigint, index: bigint): string {
  for (const v of [seq, index]) {
    if (v < 0n || v > MAX_U64) throw new InvariantError(`${v} is not a uint64`)
  }
  return `${seq.toString(16).padStart(16, '0')}-${index.toString(16).padStart(16, '0')}.wal`
}

/** `{seq, index}` of a WAL file name, or undefined when the name is not one etcd would read. */
export function parseWalName(name: string): { seq: bigint; index: bigint } | undefined {
  const m = WAL_NAME.exec(name)
  if (!m) return undefined
  return { seq: BigInt(`0x${m[1]!}`), index: BigInt(`0x${m[2]!}`) }
}
