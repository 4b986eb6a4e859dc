import type { BootedMember } from '../cluster.js'
import type { PrefixCount } from '../expectations.js'
import type { DrillCheck, Outcome } from './run-check.js'
import { agree, clusterCheck, perMember, type CheckContext } from './context.js'

/**
 * The drill's per-prefix key counts: each prefix group of the snapshot's inventory must hold as
 * many keys in the booted cluster (a count-only range at the restored revision, on every member)
 * as the inventory counted (prefixExpectations in expectations.ts).
 */
export function prefixCountsCheck(ctx: CheckContext, want: PrefixCount[]): Promise<DrillCheck> {
  return clusterCheck(ctx, 'prefix-counts', describePrefixCounts(want), () =>
    countPrefixes(ctx.members, want, ctx.revision)
  )
}

function describePrefixCounts(want: PrefixCount[]): string {
  const shown = want.slice(0, 5).map((p) => `${p.prefix} ${p.keys}`)
  return `${want.length} prefixes as the inventory counted (${shown.join(', ')}${want.length > 5 ? ', …' : ''})`
}

/** Counts every prefix on every member at `revision`. */
async function countPrefixes(
  members: BootedMember[],
  want: PrefixCount[],
  revision: bigint
): Promise<Outcome> {
  const seen = await perMember(members, async (m) => {
    const wrong: string[] = []
    for (const { prefix, keys } of want) {
      const { count } = await m.client.range(prefix, {
        prefix: true,
        countOnly: true,
        revision,
        serializable: true
      })
      if (count !== BigInt(keys)) wrong.push(`${prefix} ${count} (want ${keys})`)
    }
    return wrong.join(', ')
  })
  const ok = seen.every((s) => s === '')
  if (ok) return { ok, actual: `${want.length} prefixes match on all ${members.length} members` }
  const actual = agree(seen)
    ? `${seen[0]} on all ${members.length} members`
    : seen.map((s, i) => `${members[i]?.name}: ${s || 'all match'}`).join('; ')
  return { ok, actual }
}
