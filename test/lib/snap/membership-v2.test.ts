/**
 * The 3.6/3.7 `.snap` payload (GetMembershipInfoInV2Format): the 3.5 v2 store JSON with one failed
 * Get counted and the members created in --initial-cluster order.
 */
import { describe, expect, test } from 'vitest'
import { buildCluster } from '../../../src/lib/cluster/initial-cluster.js'
import { idHex } from '../../../src/lib/cluster/ids.js'
import { creationOrder, membershipV2Json } from '../../../src/lib/snap/membership-v2.js'
import { v2StoreJson } from '../../../src/lib/snap/v2store.js'

interface Store {
  Root: { Children: { '0': { Children: { members: { CreatedIndex: number; Children: object } } } } }
  WatcherHub: {
    EventHistory: { Queue: { Events: ({ node: { key: string; createdIndex: number } } | null)[] } }
  }
  Stats: { getsFail: number; createSuccess: number }
  CurrentIndex: number
}

describe('membershipV2Json', () => {
  test('members are created in the order written, whatever their IDs', () => {
    const cluster = buildCluster('c=http://h:3,a=http://h:1,b=http://h:2,d=http://h:4', 't')
    const written = cluster.writtenOrder!.map(
      (id) => cluster.members.find((m) => m.id === id)!.name
    )
    expect(written).toEqual(['c', 'a', 'b', 'd'])
    expect(creationOrder(cluster).map((m) => m.name)).toEqual(written)
    const store = JSON.parse(membershipV2Json(cluster)) as Store
    const events = store.WatcherHub.EventHistory.Queue.Events
    expect(events.slice(0, 4).map((e) => [e!.node.key, e!.node.createdIndex])).toEqual(
      creationOrder(cluster).map((m, i) => [`/0/members/${idHex(m.id)}/raftAttributes`, i + 1])
    )
    expect(events.slice(4).every((e) => e === null)).toBe(true)
    expect(events).toHaveLength(1000)
    expect(store.Root.Children['0'].Children.members.CreatedIndex).toBe(1)
    expect(store.Stats).toMatchObject({ getsFail: 1, createSuccess: 4 })
    expect(store.CurrentIndex).toBe(4)
  })

  test('with the members written in ID order it is the 3.5 JSON with getsFail 1', () => {
    const cluster = buildCluster('a=http://h:1,b=http://h:2,c=http://h:3', 't')
    const byId = { ...cluster, writtenOrder: cluster.members.map((m) => m.id) }
    expect(membershipV2Json(byId)).toBe(
      v2StoreJson(cluster).replace('"getsFail":0', '"getsFail":1')
    )
    // without a written order (a Cluster built elsewhere): ID order
    const { writtenOrder: _unused, ...noOrder } = cluster
    expect(creationOrder(noOrder)).toEqual(cluster.members)
  })
})
