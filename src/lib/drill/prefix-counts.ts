/**
 * The drill's per-prefix key counts: each prefix group of the snapshot's inventory must hold as
 * many keys in the booted cluster (a count-only range at the restored revision, on every member)
 * as the inventory counted. A group's range also holds the keys of every longer group inside it
 * (`/registry/services/` holds `/registry/services/specs/`), so that is the expected count. The
 * group of keys without a `/` cannot be ranged apart and is skipped; only the largest
 * MAX_CHECKED_PREFIXES groups are checked, to bound the requests.
 */
import type { Inventory } from '../inventory/inventory.js'
import type { BootedMember } from './cluster.js'
import { agree, perMember } from './checks.js'

export const MAX_CHECKED_PREFIXES = 50

export interface PrefixCount {
  prefix: string
  keys: number
}

/** The counts a booted cluster must serve, from the restore report's inventory. */
export function prefixExpectations(inventory: Inventory | undefined): {
  prefixCounts?: PrefixCount[]
} {
  if (!inventory) return {}
  const groups = inventory.prefixes.filter((p) => p.prefix !== '' && !p.prefix.includes('\uFFFD'))
  const prefixCounts = groups.slice(0, MAX_CHECKED_PREFIXES).map(({ prefix }) => ({
    prefix,
    keys: groups.reduce((n, q) => (q.prefix.startsWith(prefix) ? n + q.keys : n), 0)
  }))
  return { prefixCounts }
}

export function describePrefixCounts(want: PrefixCount[]): string {
  const shown = want.slice(0, 5).map((p) => `${p.prefix} ${p.keys}`)
  return `${want.length} prefixes as the inventory counted (${shown.join(', ')}${want.length > 5 ? ', …' : ''})`
}

/** Counts every prefix on every member at `revision`. */
export async function checkPrefixCounts(
  members: BootedMember[],
  want: PrefixCount[],
  revision: bigint
): Promise<{ ok: boolean; actual: string }> {
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
