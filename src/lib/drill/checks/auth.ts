import { AUTH_OFF_NOTE } from '../auth-off.js'
import type { ExpectedState } from '../expectations.js'
import { GatewayClient, GatewayError, type Credentials } from '../gateway.js'
import type { DrillCheck } from './run-check.js'
import { clusterCheck, type CheckContext } from './context.js'

/** Auth as the booted cluster serves it: the drill user's login, auth on or off, user and role names. */

/** How the drill handles auth (see runBootDrill): logged in, or booted with auth switched off. */
export interface AuthMode {
  credentials?: Credentials
  /** The booted members had auth switched off in their db (auth enabled in the snapshot). */
  authOff?: boolean
}

/** Every member accepts the drill user's login. */
export function authenticateCheck(
  ctx: CheckContext,
  credentials: Credentials
): Promise<DrillCheck> {
  const { user, password } = credentials
  return clusterCheck(ctx, 'authenticate', `logged in as ${user}`, async () => {
    await Promise.all(ctx.members.map((m) => m.client.authenticate(user, password)))
    return { ok: true, actual: `logged in as ${user} on ${ctx.members.length} members` }
  })
}

/**
 * The server's own answer on auth, asked without a login (with auth off anyone may list users),
 * and the user and role names read offline, listed with the login when auth is on.
 */
export function authCheck(ctx: CheckContext, mode: AuthMode): Promise<DrillCheck> {
  const { expected } = ctx
  return clusterCheck(ctx, 'auth', authExpected(expected, mode), async () => {
    const first = ctx.members[0]
    if (first === undefined) return { ok: false, actual: 'no members' }
    let serverOn = false
    let names: Names | undefined
    try {
      names = await userAndRoleNames(new GatewayClient(first.clientURL, 5_000))
    } catch (error) {
      if (!(error instanceof GatewayError && error.authRequired)) throw error
      serverOn = true
    }
    if (serverOn && mode.credentials !== undefined) names = await userAndRoleNames(first.client)
    const state = serverOn ? 'enabled' : mode.authOff === true ? AUTH_OFF_NOTE : 'disabled'
    const wantOn = expected.authEnabled === true && mode.authOff !== true
    const sameNames =
      names === undefined ||
      ((expected.users === undefined || sameList(names.users, expected.users)) &&
        (expected.roles === undefined || sameList(names.roles, expected.roles)))
    return {
      ok: (expected.authEnabled === undefined || serverOn === wantOn) && sameNames,
      actual: `${state}; ${names === undefined ? 'users not listed (no credentials given)' : showNames(names)}`
    }
  })
}

interface Names {
  users: string[]
  roles: string[]
}

/** What the auth check wants: the snapshot's state as booted, and the users/roles read offline. */
function authExpected(expected: ExpectedState, mode: AuthMode): string {
  if (expected.authEnabled === undefined) return 'reported'
  const state =
    mode.authOff === true ? AUTH_OFF_NOTE : expected.authEnabled ? 'enabled' : 'disabled'
  return expected.users === undefined || expected.roles === undefined
    ? state
    : `${state}; ${showNames({ users: expected.users, roles: expected.roles })}`
}

async function userAndRoleNames(client: GatewayClient): Promise<Names> {
  const [users, roles] = await Promise.all([client.userList(), client.roleList()])
  return { users, roles }
}

function showNames(names: Names): string {
  return `users ${[...names.users].sort().join(',') || '-'}; roles ${[...names.roles].sort().join(',') || '-'}`
}

function sameList(a: string[], b: string[]): boolean {
  return [...a].sort().join('\0') === [...b].sort().join('\0')
}
