/**
 * The `.snap` payload etcdutl 3.6 and 3.7 write: `etcdserver.GetMembershipInfoInV2Format`
 * (v3.6.14 and v3.7.1 server/etcdserver/cluster_util.go:450) builds a fresh v2 store
 * (`/0`, `/1`), lets `RaftCluster.Store` fill it and marshals it with `SaveNoCopy`. Against the
 * 3.4/3.5 payload (v2store.ts) two things differ:
 * - `Store` first calls `verifyNoMembersInStore`, whose `Get("/0/members")` fails: getsFail 1;
 * - the members are created while ranging over the `c.members` Go map, not in ID order. Go maps
 *   of at most 8 entries keep their entries in insertion order and start each range at a random
 *   slot, so the order is a rotation of the insertion order; the members were inserted by ranging
 *   over the --initial-cluster map (itself a rotation of the written order). Every run writes one
 *   of N rotations of the --initial-cluster order: this writes rotation 0 (the order as written).
 *   Beyond 8 members Go's hash order decides; the written order is then one valid order among
 *   those etcd could produce, and etcd reads any order back the same.
 * No `/0/version` (a restored cluster has no version yet), no removed members, no attributes.
 */
import type { Cluster, ClusterMember } from '../cluster/initial-cluster.js'
import { InvariantError } from '../errors.js'
import { membersStoreJson } from './v2store.js'

/** The failed `Get("/0/members")` of `verifyNoMembersInStore`. */
const GETS_FAIL = 1

/** `GetMembershipInfoInV2Format` for a restored cluster, members in --initial-cluster order. */
export function membershipV2Json(cluster: Cluster): string {
  return membersStoreJson(creationOrder(cluster), { getsFail: GETS_FAIL })
}

/** The members in the order etcd would create them: `writtenOrder` when known, else by ID. */
export function creationOrder(cluster: Cluster): ClusterMember[] {
  if (cluster.writtenOrder === undefined) return cluster.members
  const byId = new Map(cluster.members.map((m) => [m.id, m]))
  const ordered = cluster.writtenOrder.map((id) => byId.get(id))
  if (ordered.length !== byId.size || ordered.some((m) => m === undefined)) {
    throw new InvariantError('writtenOrder does not list the cluster members')
  }
  return ordered as ClusterMember[]
}
