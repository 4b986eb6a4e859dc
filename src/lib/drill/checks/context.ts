import { errorMessage, VerificationError } from '../../errors.js'
import type { BootedCluster, BootedMember } from '../cluster.js'
import type { ExpectedState } from '../expectations.js'
import { GatewayError } from '../gateway.js'
import { runCheck, type DrillCheck, type ErrorOutcome, type Outcome } from './run-check.js'

/** What every check of a booted cluster reads, and the small helpers its checks share. */
export interface CheckContext {
  members: BootedMember[]
  expected: ExpectedState
  /** `expected.revision` as etcd's int64. */
  revision: bigint
  /** Whether the clients logged in (drill credentials): changes the hint of a refused request. */
  loggedIn: boolean
}

export function checkContext(
  cluster: BootedCluster,
  expected: ExpectedState,
  loggedIn: boolean
): CheckContext {
  return { members: cluster.members, expected, revision: BigInt(expected.revision), loggedIn }
}

/**
 * One check of the booted cluster: any error it throws (a member that does not answer, a refused
 * request) is its failure, never the end of the drill.
 */
export function clusterCheck(
  ctx: CheckContext,
  name: string,
  expected: string,
  fn: () => Promise<Outcome>
): Promise<DrillCheck> {
  const failed: ErrorOutcome = (error) => ({
    ok: false,
    actual: `error: ${errorMessage(error)}${authHint(error, ctx.loggedIn)}`
  })
  return runCheck(name, expected, fn, failed)
}

/** Checks that need a login fail with etcd's terse "user name is empty"; say what to do. */
function authHint(error: unknown, loggedIn = false): string {
  const inner = error instanceof Error && error.cause !== undefined ? error.cause : error
  const required =
    (inner instanceof GatewayError && inner.authRequired) ||
    /user name is empty|permission denied|invalid auth token/.test(errorMessage(error))
  if (!required) return ''
  return loggedIn
    ? ' (the drill user needs the root role for this check)'
    : ' (auth is enabled in the restored data: give drill credentials to run this check)'
}

/** `fn` on every member at once; a failure names the member. */
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
