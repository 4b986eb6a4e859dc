import { errorMessage, VerificationError } from '../errors.js'
import type { BootedMember } from './cluster.js'
import { GatewayError } from './gateway.js'

/** What verifyCluster compares and reports, and the small helpers its checks share. */

/** Keys the drill writes live under this prefix; never part of a restored keyspace's checks. */
export const DRILL_PREFIX = '/etcd-restore-drill/'

/** What the restored cluster must serve. IDs are hex as etcd prints them. */
export interface ExpectedState {
  /** Store revision of the restored data (before any drill write). */
  revision: number | bigint
  compactRevision?: number | bigint
  /** HashKV at `revision` (uint32). */
  hashKV?: number
  /** Live keys at `revision`. */
  keyCount?: number | bigint
  memberIds?: string[]
  clusterId?: string
  leases?: { id: string; grantedTtl?: number; keys?: string[] }[]
  /** Whether the snapshot has auth enabled. */
  authEnabled?: boolean
  /** User and role names read offline from the restored db's authUsers/authRoles buckets. */
  users?: string[]
  roles?: string[]
}

export interface DrillCheck {
  name: string
  ok: boolean
  expected: string
  actual: string
  ms: number
}

/** The key a write check put, to look for again after a restart. */
export interface DrillWrite {
  key: string
  value: string
  modRevision: string
}

export interface VerifyOptions {
  /** Put one key under DRILL_PREFIX and read it back from every member (default true). */
  write?: boolean
  /** A write from before a restart that must still be there. */
  persisted?: DrillWrite
  /** Used only when the snapshot has auth enabled. */
  credentials?: { user: string; password: string }
  /** The booted members had auth switched off in their db (auth enabled in the snapshot). */
  authOff?: boolean
}

export interface VerifyResult {
  checks: DrillCheck[]
  write?: DrillWrite
}

/** Checks that need a login fail with etcd's terse "user name is empty"; say what to do. */
export function authHint(error: unknown, loggedIn = false): string {
  const inner = error instanceof Error && error.cause !== undefined ? error.cause : error
  const required =
    (inner instanceof GatewayError && inner.authRequired) ||
    /user name is empty|permission denied|invalid auth token/.test(errorMessage(error))
  if (!required) return ''
  return loggedIn
    ? ' (the drill user needs the root role for this check)'
    : ' (auth is enabled in the restored data: give drill credentials to run this check)'
}

export async function perMember<T>(
  members: BootedMember[],
  fn: (m: BootedMember) => Promise<T>
): Promise<T[]> {
  return Promise.all(
    members.map((m) =>
      fn(m).catch((error: unknown) => {
        throw new VerificationError(`${m.name}: ${errorMessage(error)}`)
      })
    )
  )
}

export function agree(values: string[]): boolean {
  return values.length > 0 && values.every((v) => v === values[0])
}

/** "x on all 3 members" when they agree, else "m1=x, m2=y". */
export function show(members: BootedMember[], values: string[]): string {
  if (agree(values)) return `${values[0]} on all ${values.length} members`
  return values.map((v, i) => `${members[i]?.name}=${v}`).join(', ')
}

/** Normalizes a hex ID (any case, optional 0x, leading zeros) to etcd's `%x`. */
export function hex(id: string): string {
  return BigInt(id.startsWith('0x') ? id : `0x${id}`).toString(16)
}
