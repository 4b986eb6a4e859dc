/**
 * The raft snapshot file `<term %016x>-<index %016x>.snap` (format doc §7.3):
 * snappb.snapshot{crc = CRC-32C(data), data = raftpb.Snapshot{v2 store JSON, metadata}}.
 */
import type { Cluster } from '../cluster/initial-cluster.js'
import { SnapshotError } from '../errors.js'
import { protoType } from '../proto/load.js'
import { encodeRaftSnapshot, encodeSnapEnvelope } from '../proto/messages.js'
import { fromU64 } from '../proto/u64.js'
import { crc32c } from '../wal/crc32c.js'
import { v2StoreJson } from './v2store.js'
import { membershipV2Json } from './membership-v2.js'

/** A `.snap` file etcd would refuse (it renames such files to `*.broken`). */
export class SnapFileError extends SnapshotError {}

export interface DecodedSnapFile {
  crc: number
  /** raftpb.Snapshot.data: the v2 store JSON bytes. */
  data: Uint8Array
  voters: bigint[]
  learners: bigint[]
  index: bigint
  term: bigint
}

/** `%016x-%016x.snap` from (term, index). */
export function snapFileName(term: bigint, index: bigint): string {
  return `${term.toString(16).padStart(16, '0')}-${index.toString(16).padStart(16, '0')}.snap`
}

/**
 * Which etcdutl's `.snap` to write: '3.5' (etcdctl 3.4 and etcdutl 3.5: the v2 store kept during
 * the restore), '3.6' (`GetMembershipInfoInV2Format`, gogoproto) or '3.7' (the same payload,
 * raftpb marshalled by protobuf-go: no ConfState.auto_leave).
 */
export type SnapFormat = '3.5' | '3.6' | '3.7'

/** The restore `.snap` contents for `cluster`: term 1, index N, all members voters. */
export function encodeSnapFile(cluster: Cluster, format: SnapFormat = '3.5'): Uint8Array {
  const payload = format === '3.5' ? v2StoreJson(cluster) : membershipV2Json(cluster)
  const json = new TextEncoder().encode(payload)
  const voters = cluster.members.map((m) => m.id)
  const wire = format === '3.7' ? 'protobuf-go' : 'gogo'
  const body = encodeRaftSnapshot(json, { voters }, BigInt(voters.length), 1n, wire)
  return encodeSnapEnvelope(crc32c(body), body)
}

/** Decodes and checks a `.snap` file as etcd's snapshotter.Read does (empty, crc 0, mismatch). */
export function decodeSnapFile(bytes: Uint8Array, name = '.snap file'): DecodedSnapFile {
  const fail = (what: string, cause?: unknown): SnapFileError =>
    new SnapFileError(`${name}: ${what}`, { cause })
  if (bytes.length === 0) throw fail('file is empty')
  let envelope: { crc?: number; data?: Uint8Array }
  try {
    envelope = protoType('snappb.snapshot').decode(bytes) as typeof envelope
  } catch (e) {
    throw fail(`not a snappb.snapshot: ${(e as Error).message}`, e)
  }
  const body = envelope.data
  if (!body || body.length === 0 || !envelope.crc) throw fail('empty snapshot (no data or crc 0)')
  const actual = crc32c(body)
  if (actual !== envelope.crc) {
    throw fail(`crc mismatch: stored ${hex32(envelope.crc)}, computed ${hex32(actual)}`)
  }
  let snap: {
    data?: Uint8Array
    metadata?: {
      conf_state?: { voters?: unknown[]; learners?: unknown[] } | null
      index: unknown
      term: unknown
    } | null
  }
  try {
    // the protobuf-go declaration reads gogoproto's files too (etcd 3.7 reads both)
    snap = protoType('raftpb.v37.Snapshot').decode(body) as unknown as typeof snap
  } catch (e) {
    throw fail(`not a raftpb.Snapshot: ${(e as Error).message}`, e)
  }
  const metadata = snap.metadata
  if (!metadata) throw fail('not a raftpb.Snapshot: no metadata')
  const cs = metadata.conf_state ?? {}
  return {
    crc: envelope.crc,
    data: snap.data ?? new Uint8Array(0),
    voters: (cs.voters ?? []).map(fromU64),
    learners: (cs.learners ?? []).map(fromU64),
    index: fromU64(metadata.index),
    term: fromU64(metadata.term)
  }
}

function hex32(n: number): string {
  return n.toString(16).padStart(8, '0')
}
