/**
 * The v2 store JSON inside the restore `.snap` (format doc §7.5): Go's `json.Marshal(store)` after
 * etcd 3.4/3.5 created `/0/members/<hex>/raftAttributes` for each member in ascending ID order.
 * Field order, the 1000-slot event queue and the zero ExpireTime are all part of the bytes.
 */
import type { Cluster, ClusterMember } from '../cluster/initial-cluster.js'
import { idHex } from '../cluster/ids.js'
import { InvariantError } from '../errors.js'
import { goJsonString, raftAttributesJson } from '../json/go-json.js'

/** `eventQueue.Capacity` (etcd `newEventHistory(1000)`); a server reading 0 would divide by zero. */
export const EVENT_QUEUE_CAPACITY = 1000
const ZERO_TIME = '"0001-01-01T00:00:00Z"'

interface V2Node {
  path: string
  index: number
  value: string
  /** undefined for a key (Go nil map → null); a folder, even empty, has a map (→ {}). */
  children?: Map<string, V2Node>
}

function nodeJson(node: V2Node): string {
  let children = 'null'
  if (node.children) {
    // Go's encoding/json sorts map keys as byte strings; hex IDs of different lengths interleave.
    const keys = [...node.children.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const parts = keys.map((k) => `${goJsonString(k)}:${nodeJson(node.children!.get(k)!)}`)
    children = `{${parts.join(',')}}`
  }
  return (
    `{"Path":${goJsonString(node.path)},"CreatedIndex":${node.index},"ModifiedIndex":${node.index},` +
    `"ExpireTime":${ZERO_TIME},"Value":${goJsonString(node.value)},"Children":${children}}`
  )
}

function statsJson(creates: number, getsFail: number): string {
  const stats: [string, number][] = [
    ['getsSuccess', 0],
    ['getsFail', getsFail],
    ['setsSuccess', 0],
    ['setsFail', 0],
    ['deleteSuccess', 0],
    ['deleteFail', 0],
    ['updateSuccess', 0],
    ['updateFail', 0],
    ['createSuccess', creates],
    ['createFail', 0],
    ['compareAndSwapSuccess', 0],
    ['compareAndSwapFail', 0],
    ['compareAndDeleteSuccess', 0],
    ['compareAndDeleteFail', 0],
    ['expireCount', 0],
    ['watchers', 0]
  ]
  return `{${stats.map(([k, v]) => `"${k}":${v}`).join(',')}}`
}

/** `raftpb.Snapshot.data` of the restore `.snap`, byte-exact with etcdctl 3.4 / etcdutl 3.5. */
export function v2StoreJson(cluster: Cluster): string {
  // 3.4/3.5 add the members to the store in ascending ID order (`Members()` sorts them)
  return membersStoreJson(cluster.members, { getsFail: 0 })
}

/**
 * `json.Marshal` of a fresh v2 store (`/0`, `/1`) after `Create(/0/members/<hex>/raftAttributes)`
 * for each of `created`, in that order: member k gets index k and event slot k-1. `getsFail`
 * counts the failed `Get`s made before (3.6+ makes one).
 */
export function membersStoreJson(
  created: readonly ClusterMember[],
  stats: { getsFail: number }
): string {
  const n = created.length
  if (n === 0 || n > EVENT_QUEUE_CAPACITY) {
    throw new InvariantError(`v2 store for ${n} members (1..${EVENT_QUEUE_CAPACITY} supported)`)
  }
  // `/0/members` is created together with the first member, so it gets index 1.
  const members: V2Node = { path: '/0/members', index: 1, value: '', children: new Map() }
  const events: string[] = []
  created.forEach((member, i) => {
    const k = i + 1
    const hex = idHex(member.id)
    const key = `/0/members/${hex}/raftAttributes`
    const value = raftAttributesJson(member.peerURLs)
    const attrs: V2Node = { path: key, index: k, value }
    const dir: V2Node = { path: `/0/members/${hex}`, index: k, value: '', children: new Map() }
    dir.children!.set('raftAttributes', attrs)
    members.children!.set(hex, dir)
    events.push(
      `{"action":"create","node":{"key":${goJsonString(key)},"value":${goJsonString(value)},` +
        `"modifiedIndex":${k},"createdIndex":${k}}}`
    )
  })
  const zero: V2Node = {
    path: '/0',
    index: 0,
    value: '',
    children: new Map([['members', members]])
  }
  const one: V2Node = { path: '/1', index: 0, value: '', children: new Map() }
  const root: V2Node = {
    path: '/',
    index: 0,
    value: '',
    children: new Map([
      ['0', zero],
      ['1', one]
    ])
  }
  const slots = [...events, ...Array<string>(EVENT_QUEUE_CAPACITY - n).fill('null')]
  // eventQueue.insert: Back wraps modulo Capacity; with n ≤ Capacity nothing is dequeued.
  const queue =
    `{"Events":[${slots.join(',')}],"Size":${n},"Front":0,"Back":${n % EVENT_QUEUE_CAPACITY},` +
    `"Capacity":${EVENT_QUEUE_CAPACITY}}`
  return (
    `{"Root":${nodeJson(root)},` +
    `"WatcherHub":{"EventHistory":{"Queue":${queue},"StartIndex":1,"LastIndex":${n}}},` +
    `"CurrentIndex":${n},"Stats":${statsJson(n, stats.getsFail)},"CurrentVersion":2}`
  )
}
