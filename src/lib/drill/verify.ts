import { randomBytes } from 'node:crypto'
import { errorMessage } from '../errors.js'
import type { BootedCluster, BootedMember } from './cluster.js'
import { AUTH_OFF_NOTE } from './auth-off.js'
import { GatewayClient, GatewayError } from './gateway.js'
import {
  agree,
  authHint,
  DRILL_PREFIX,
  hex,
  perMember,
  show,
  type DrillCheck,
  type DrillWrite,
  type ExpectedState,
  type VerifyOptions,
  type VerifyResult
} from './checks.js'

export { DRILL_PREFIX }
export type { DrillCheck, DrillWrite, ExpectedState, VerifyOptions, VerifyResult }
type Outcome = { ok: boolean; actual: string }

/** Runs every check against every member; a failing check never stops the others. */
export async function verifyCluster(
  cluster: BootedCluster,
  expected: ExpectedState,
  options: VerifyOptions = {}
): Promise<VerifyResult> {
  const members = cluster.members
  const revision = BigInt(expected.revision)
  const checks: DrillCheck[] = []
  const check = async (name: string, want: string, fn: () => Promise<Outcome>): Promise<void> => {
    const started = performance.now()
    let outcome: Outcome
    try {
      outcome = await fn()
    } catch (error) {
      const hint = authHint(error, options.credentials !== undefined)
      outcome = { ok: false, actual: `error: ${errorMessage(error)}${hint}` }
    }
    checks.push({
      name,
      ok: outcome.ok,
      expected: want,
      actual: outcome.actual,
      ms: Math.round(performance.now() - started)
    })
  }

  if (options.credentials !== undefined) {
    const { user, password } = options.credentials
    await check('authenticate', `logged in as ${user}`, async () => {
      await Promise.all(members.map((m) => m.client.authenticate(user, password)))
      return { ok: true, actual: `logged in as ${user} on ${members.length} members` }
    })
  }

  const wantIds = expected.memberIds?.map(hex).sort()
  await check(
    'members',
    wantIds?.join(',') ?? `${members.length} members, same list everywhere`,
    async () => {
      const lists = await perMember(members, async (m) => {
        const { members: list } = await m.client.memberList()
        return list
          .map((x) => `${x.id.toString(16)}`)
          .sort()
          .join(',')
      })
      const ids = lists[0]?.split(',') ?? []
      const ok =
        agree(lists) &&
        (wantIds === undefined
          ? ids.length === members.length
          : wantIds.join(',') === ids.join(','))
      return { ok, actual: show(members, lists) }
    }
  )

  await check(
    'cluster-id',
    expected.clusterId === undefined ? 'same everywhere' : hex(expected.clusterId),
    async () => {
      const ids = await perMember(members, async (m) =>
        (await m.client.memberList()).header.clusterId.toString(16)
      )
      return {
        ok: agree(ids) && (expected.clusterId === undefined || ids[0] === hex(expected.clusterId)),
        actual: show(members, ids)
      }
    }
  )

  await check('leader', 'one leader, the same for all members', async () => {
    const statuses = await perMember(members, (m) => m.client.status())
    const leaders = statuses.map((s) => s.leader.toString(16))
    const selfIds = statuses.map((s) => s.header.memberId.toString(16))
    return {
      ok: agree(leaders) && leaders[0] !== '0' && selfIds.includes(leaders[0] as string),
      actual: show(members, leaders)
    }
  })

  // Drill writes (this run's and earlier ones) each add exactly one revision.
  const drillWrites = async (): Promise<bigint> => {
    const client = members[0]?.client
    if (client === undefined) return 0n
    const now = (await client.range(DRILL_PREFIX, { prefix: true, countOnly: true })).count
    const before = await client
      .range(DRILL_PREFIX, { prefix: true, countOnly: true, revision })
      .then((r) => r.count)
      .catch(() => 0n)
    return now - before
  }
  let current = revision
  await check('revision', String(revision), async () => {
    const writes = await drillWrites()
    current = revision + writes
    const revs = await perMember(members, async (m) =>
      (await m.client.status()).header.revision.toString()
    )
    const note =
      writes === 0n ? '' : ` (${revision} + ${writes} drill write${writes === 1n ? '' : 's'})`
    return { ok: revs.every((r) => r === current.toString()), actual: show(members, revs) + note }
  })

  // etcd refuses HashKV at a compacted revision, and after --mark-compacted the restored revision
  // is the compaction point: hash the current revision, comparable while no drill write is there.
  const atCurrent =
    expected.compactRevision !== undefined && BigInt(expected.compactRevision) >= revision
  const hashes = await Promise.all(
    members.map((m) => m.client.hashKV(atCurrent ? 0n : revision).catch((e: unknown) => e))
  )
  const laterRevision = hashes.find(
    (h): h is { header: { revision: bigint } } =>
      !(h instanceof Error) && (h as { header: { revision: bigint } }).header.revision !== revision
  )?.header.revision
  if (expected.compactRevision !== undefined) {
    const want = BigInt(expected.compactRevision)
    await check('compact-revision', String(want), async () => {
      const revs = hashes.map((h) =>
        h instanceof Error
          ? `error: ${h.message}`
          : (h as { compactRevision: bigint }).compactRevision.toString()
      )
      return { ok: revs.every((r) => r === want.toString()), actual: show(members, revs) }
    })
  }
  await check(
    'hashkv',
    `${expected.hashKV ?? 'equal on all members'} at revision ${revision}`,
    async () => {
      const values = hashes.map((h) =>
        h instanceof Error ? `error: ${h.message}` : String((h as { hash: number }).hash)
      )
      const comparable = !atCurrent || laterRevision === undefined
      const ok =
        agree(values) &&
        !values[0]?.startsWith('error') &&
        (expected.hashKV === undefined || !comparable || values[0] === String(expected.hashKV))
      const note = comparable
        ? ''
        : ` (at revision ${laterRevision}, after drill writes: compared across members only)`
      return { ok, actual: show(members, values) + note }
    }
  )

  await check(
    'key-count',
    `${expected.keyCount ?? 'equal on all members'} at revision ${revision}`,
    async () => {
      const counts = await perMember(members, async (m) =>
        (
          await m.client.range('\0', {
            rangeEnd: '\0',
            countOnly: true,
            revision,
            serializable: true
          })
        ).count.toString()
      )
      const ok =
        agree(counts) &&
        (expected.keyCount === undefined || counts[0] === BigInt(expected.keyCount).toString())
      return { ok, actual: show(members, counts) }
    }
  )

  if (expected.leases !== undefined) {
    const want = expected.leases
      .map((l) => `${hex(l.id)} ttl ${l.grantedTtl ?? '?'} [${(l.keys ?? []).join(' ')}]`)
      .sort()
    await check('leases', want.join('; '), async () => {
      const seen = await perMember(members, async (m) => {
        const ids = await m.client.leases()
        const lines = await Promise.all(
          ids.map(async (id) => {
            const t = await m.client.leaseTimeToLive(id, true)
            const keys = t.keys.map((k) => k.toString('utf8')).sort()
            const spec = expected.leases?.find((l) => hex(l.id) === id.toString(16))
            return `${id.toString(16)} ttl ${spec?.grantedTtl === undefined ? '?' : t.grantedTtl} [${spec?.keys === undefined ? '' : keys.join(' ')}]`
          })
        )
        return lines.sort().join('; ')
      })
      return { ok: seen.every((s) => s === want.join('; ')), actual: show(members, seen) }
    })
  }

  await check('auth', authExpected(expected, options), async () => {
    const first = members[0]
    if (first === undefined) return { ok: false, actual: 'no members' }
    // the server's own answer, asked without a login: with auth off anyone may list users
    let serverOn = false
    let names: { users: string[]; roles: string[] } | undefined
    try {
      names = await userAndRoleNames(new GatewayClient(first.clientURL, 5_000))
    } catch (error) {
      if (!(error instanceof GatewayError && error.authRequired)) throw error
      serverOn = true
    }
    if (serverOn && options.credentials !== undefined) names = await userAndRoleNames(first.client)
    const state = serverOn ? 'enabled' : options.authOff === true ? AUTH_OFF_NOTE : 'disabled'
    const wantOn = expected.authEnabled === true && options.authOff !== true
    const sameNames =
      names === undefined ||
      ((expected.users === undefined || sameList(names.users, expected.users)) &&
        (expected.roles === undefined || sameList(names.roles, expected.roles)))
    return {
      ok: (expected.authEnabled === undefined || serverOn === wantOn) && sameNames,
      actual: `${state}; ${names === undefined ? 'users not listed (no credentials given)' : showNames(names)}`
    }
  })

  let write: DrillWrite | undefined
  if (options.write !== false) {
    await check(
      'write',
      `a new key readable on every member at revision ${current + 1n}`,
      async () => {
        const key = `${DRILL_PREFIX}${new Date().toISOString()}-${randomBytes(4).toString('hex')}`
        const value = `drill ${randomBytes(8).toString('hex')}`
        const first = members[0] as BootedMember
        const header = await first.client.put(key, value)
        write = { key, value, modRevision: header.revision.toString() }
        const reads = await perMember(members, async (m) => {
          const kv = (await m.client.range(key)).kvs[0]
          return kv === undefined
            ? 'missing'
            : kv.value.toString('utf8') === value
              ? `rev ${kv.modRevision}`
              : 'wrong value'
        })
        const ok =
          header.revision === current + 1n && reads.every((r) => r === `rev ${header.revision}`)
        return { ok, actual: `put at revision ${header.revision}; ${show(members, reads)}` }
      }
    )
  }

  if (options.persisted !== undefined) {
    const before = options.persisted
    await check(
      'persisted',
      `${before.key} = ${JSON.stringify(before.value)} at rev ${before.modRevision}`,
      async () => {
        const reads = await perMember(members, async (m) => {
          const kv = (await m.client.range(before.key, { serializable: true })).kvs[0]
          return kv === undefined
            ? 'missing'
            : `${JSON.stringify(kv.value.toString('utf8'))} rev ${kv.modRevision}`
        })
        const want = `${JSON.stringify(before.value)} rev ${before.modRevision}`
        return { ok: reads.every((r) => r === want), actual: show(members, reads) }
      }
    )
  }

  return write === undefined ? { checks } : { checks, write }
}

/** What the auth check wants: the snapshot's state as booted, and the users/roles read offline. */
function authExpected(expected: ExpectedState, options: VerifyOptions): string {
  if (expected.authEnabled === undefined) return 'reported'
  const state =
    options.authOff === true ? AUTH_OFF_NOTE : expected.authEnabled ? 'enabled' : 'disabled'
  return expected.users === undefined || expected.roles === undefined
    ? state
    : `${state}; ${showNames({ users: expected.users, roles: expected.roles })}`
}

async function userAndRoleNames(
  client: GatewayClient
): Promise<{ users: string[]; roles: string[] }> {
  const [users, roles] = await Promise.all([client.userList(), client.roleList()])
  return { users, roles }
}

function showNames(names: { users: string[]; roles: string[] }): string {
  return `users ${[...names.users].sort().join(',') || '-'}; roles ${[...names.roles].sort().join(',') || '-'}`
}

function sameList(a: string[], b: string[]): boolean {
  return [...a].sort().join('\0') === [...b].sort().join('\0')
}
