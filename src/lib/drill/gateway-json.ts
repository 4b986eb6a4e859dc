import { VerificationError } from '../errors.js'

/** Shapes of etcd's JSON gateway replies, and the parsing shared by the gateway client. */

/** The key `\0`: as a range start and end together it means every key. */
export const ALL_KEYS = Buffer.from([0])

/** Response header: which cluster/member answered, at which store revision. */
export interface ResponseHeader {
  clusterId: bigint
  memberId: bigint
  revision: bigint
  raftTerm: bigint
}

export interface KeyValue {
  key: Buffer
  value: Buffer
  createRevision: bigint
  modRevision: bigint
  version: bigint
  lease: bigint
}

export interface RangeOptions {
  /** Every key starting with `key`. */
  prefix?: boolean
  /** Explicit range end (exclusive); `\0` with key `\0` means every key. */
  rangeEnd?: Buffer | string
  /** Read at this revision (0/undefined: latest). */
  revision?: bigint
  limit?: number
  countOnly?: boolean
  keysOnly?: boolean
  /** Answer from this member's store without a leader round-trip. */
  serializable?: boolean
}

export interface RangeResult {
  header: ResponseHeader
  kvs: KeyValue[]
  more: boolean
  count: bigint
}

export interface StatusResult {
  header: ResponseHeader
  version: string
  dbSize: bigint
  leader: bigint
  raftIndex: bigint
  raftTerm: bigint
}

export interface Member {
  id: bigint
  name: string
  peerURLs: string[]
  clientURLs: string[]
}

export interface LeaseTimeToLive {
  id: bigint
  /** Remaining seconds; -1 when the lease does not exist. */
  ttl: bigint
  grantedTtl: bigint
  keys: Buffer[]
}

/** A gateway call answered with an error (or not at all). `grpcCode` is etcd's status code. */
export class GatewayError extends VerificationError {
  constructor(
    message: string,
    readonly grpcCode: number | undefined,
    readonly etcdMessage: string
  ) {
    super(message)
  }

  /** The read asked for a revision below the compaction revision. etcd only says so in text. */
  get compacted(): boolean {
    return this.etcdMessage.includes('required revision has been compacted')
  }

  /** Auth is on and the request carried no (valid) token. */
  get authRequired(): boolean {
    return /user name is empty|invalid auth token|permission denied/.test(this.etcdMessage)
  }

  /** A token etcd does not know: forgotten (restart) or not applied yet (etcd issue 18437). */
  get invalidToken(): boolean {
    return this.etcdMessage.includes('invalid auth token')
  }

  /** The user is logged in but lacks the permission (a non-root user, for admin-only calls). */
  get permissionDenied(): boolean {
    return this.etcdMessage.includes('permission denied')
  }

  /** Authenticate refused the name or password. */
  get loginRefused(): boolean {
    return this.etcdMessage.includes('authentication failed')
  }
}

/** The exclusive end of the range of keys starting with `prefix` (etcd's GetPrefixRangeEnd). */
export function prefixEnd(prefix: Buffer): Buffer {
  const end = Buffer.from(prefix)
  for (let i = end.length - 1; i >= 0; i--) {
    if ((end[i] as number) < 0xff) {
      end[i] = (end[i] as number) + 1
      return end.subarray(0, i + 1)
    }
  }
  // all 0xff (or empty): to the end of the keyspace
  return Buffer.from([0])
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>

export function bytes(value: Buffer | string): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value
}

export function bytes64(value: unknown): Buffer {
  return Buffer.from(typeof value === 'string' ? value : '', 'base64')
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined ? '' : String(value)
}

export function list(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : []
}

/** int64/uint64 fields arrive as JSON strings; absent means 0 (proto3 default). */
export function int(value: unknown): bigint {
  if (value === undefined || value === null) return 0n
  if (typeof value === 'string' && /^-?\d{1,20}$/.test(value)) return BigInt(value)
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value)
  throw new VerificationError(`etcd gateway sent ${JSON.stringify(value)} where an integer belongs`)
}

export function header(value: unknown): ResponseHeader {
  const h = (value ?? {}) as Json
  return {
    clusterId: int(h.cluster_id),
    memberId: int(h.member_id),
    revision: int(h.revision),
    raftTerm: int(h.raft_term)
  }
}

export function keyValue(kv: Json): KeyValue {
  return {
    key: bytes64(kv.key),
    value: bytes64(kv.value),
    createRevision: int(kv.create_revision),
    modRevision: int(kv.mod_revision),
    version: int(kv.version),
    lease: int(kv.lease)
  }
}
