import type { DrillCheck } from './run-check.js'
import { agree, clusterCheck, hex, perMember, show, type CheckContext } from './context.js'

/** Membership as etcd serves it: the member list, the cluster ID and one agreed leader. */

/** Every member lists the same members: the expected IDs, or as many as were booted. */
export function membersCheck(ctx: CheckContext): Promise<DrillCheck> {
  const { members } = ctx
  const wantIds = ctx.expected.memberIds?.map(hex).sort()
  const want = wantIds?.join(',') ?? `${members.length} members, same list everywhere`
  return clusterCheck(ctx, 'members', want, async () => {
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
      (wantIds === undefined ? ids.length === members.length : wantIds.join(',') === ids.join(','))
    return { ok, actual: show(members, lists) }
  })
}

export function clusterIdCheck(ctx: CheckContext): Promise<DrillCheck> {
  const { members } = ctx
  const clusterId = ctx.expected.clusterId
  const want = clusterId === undefined ? 'same everywhere' : hex(clusterId)
  return clusterCheck(ctx, 'cluster-id', want, async () => {
    const ids = await perMember(members, async (m) =>
      (await m.client.memberList()).header.clusterId.toString(16)
    )
    return {
      ok: agree(ids) && (clusterId === undefined || ids[0] === hex(clusterId)),
      actual: show(members, ids)
    }
  })
}

export function leaderCheck(ctx: CheckContext): Promise<DrillCheck> {
  const { members } = ctx
  return clusterCheck(ctx, 'leader', 'one leader, the same for all members', async () => {
    const statuses = await perMember(members, (m) => m.client.status())
    const leaders = statuses.map((s) => s.leader.toString(16))
    const selfIds = statuses.map((s) => s.header.memberId.toString(16))
    return {
      ok: agree(leaders) && leaders[0] !== '0' && selfIds.includes(leaders[0] as string),
      actual: show(members, leaders)
    }
  })
}
