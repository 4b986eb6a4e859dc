import type { DrillCheck } from './run-check.js'
import { clusterCheck, hex, perMember, show, type CheckContext } from './context.js'
import type { ExpectedState } from '../expectations.js'

type ExpectedLease = NonNullable<ExpectedState['leases']>[number]

/**
 * Every member serves exactly the expected leases: their IDs and, where the expectation gives
 * them, the granted TTL and the attached keys.
 */
export function leasesCheck(ctx: CheckContext, leases: ExpectedLease[]): Promise<DrillCheck> {
  const want = leases
    .map((l) => `${hex(l.id)} ttl ${l.grantedTtl ?? '?'} [${(l.keys ?? []).join(' ')}]`)
    .sort()
    .join('; ')
  return clusterCheck(ctx, 'leases', want, async () => {
    const seen = await perMember(ctx.members, async (m) => {
      const ids = await m.client.leases()
      const lines = await Promise.all(
        ids.map(async (id) => {
          const t = await m.client.leaseTimeToLive(id, true)
          const keys = t.keys.map((k) => k.toString('utf8')).sort()
          const spec = leases.find((l) => hex(l.id) === id.toString(16))
          return `${id.toString(16)} ttl ${spec?.grantedTtl === undefined ? '?' : t.grantedTtl} [${spec?.keys === undefined ? '' : keys.join(' ')}]`
        })
      )
      return lines.sort().join('; ')
    })
    return { ok: seen.every((s) => s === want), actual: show(ctx.members, seen) }
  })
}
