/**
 * Typed decoders for the WAL payloads restore writes, so tests and the output verification
 * step can read them back. 64-bit values come back as bigint.
 */
import { SnapshotError } from '../errors.js'
import { protoType } from './load.js'
import { fromU64 } from './u64.js'

/** Bytes that are not the protobuf message they should be. */
export class ProtoDecodeError extends SnapshotError {}

type Raw = Record<string, unknown>

function decode(typeName: string, bytes: Uint8Array): Raw {
  try {
    return protoType(typeName).decode(bytes) as unknown as Raw
  } catch (e) {
    throw new ProtoDecodeError(`not a valid ${typeName}: ${(e as Error).message}`, { cause: e })
  }
}

function u64List(value: unknown): bigint[] {
  return Array.isArray(value) ? value.map(fromU64) : []
}

export interface ConfState {
  voters: bigint[]
  learners: bigint[]
  votersOutgoing: bigint[]
  learnersNext: bigint[]
  autoLeave: boolean
}

function confState(raw: Raw): ConfState {
  return {
    voters: u64List(raw.voters),
    learners: u64List(raw.learners),
    votersOutgoing: u64List(raw.voters_outgoing),
    learnersNext: u64List(raw.learners_next),
    autoLeave: raw.auto_leave === true
  }
}

export function decodeMetadata(bytes: Uint8Array): { nodeId: bigint; clusterId: bigint } {
  const m = decode('etcdserverpb.Metadata', bytes)
  return { nodeId: fromU64(m.NodeID), clusterId: fromU64(m.ClusterID) }
}

export function decodeWalSnapshot(bytes: Uint8Array): {
  index: bigint
  term: bigint
  confState?: ConfState
} {
  // the 3.7 (all optional) declaration reads the gogoproto records too, as etcd 3.7 does
  const m = decode('walpb.v37.Snapshot', bytes)
  const out: { index: bigint; term: bigint; confState?: ConfState } = {
    index: fromU64(m.index),
    term: fromU64(m.term)
  }
  if (Object.hasOwn(m, 'conf_state')) out.confState = confState(m.conf_state as Raw)
  return out
}

export function decodeHardState(bytes: Uint8Array): { term: bigint; vote: bigint; commit: bigint } {
  const m = decode('raftpb.HardState', bytes)
  return { term: fromU64(m.term), vote: fromU64(m.vote), commit: fromU64(m.commit) }
}

export function decodeEntry(bytes: Uint8Array): {
  term: bigint
  index: bigint
  type: number
  data?: Uint8Array
} {
  const m = decode('raftpb.Entry', bytes)
  const out: { term: bigint; index: bigint; type: number; data?: Uint8Array } = {
    term: fromU64(m.Term),
    index: fromU64(m.Index),
    type: m.Type as number
  }
  if (Object.hasOwn(m, 'Data')) out.data = m.Data as Uint8Array
  return out
}

export function decodeConfChange(bytes: Uint8Array): {
  id: bigint
  type: number
  nodeId: bigint
  context?: Uint8Array
} {
  const m = decode('raftpb.v37.ConfChange', bytes)
  const out: { id: bigint; type: number; nodeId: bigint; context?: Uint8Array } = {
    id: fromU64(m.id),
    type: m.type as number,
    nodeId: fromU64(m.node_id)
  }
  if (Object.hasOwn(m, 'context')) out.context = m.context as Uint8Array
  return out
}
