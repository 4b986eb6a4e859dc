import { randomBytes } from 'node:crypto'
import type { BootedMember } from '../cluster.js'
import type { DrillCheck } from './run-check.js'
import { clusterCheck, perMember, show, type CheckContext } from './context.js'

/** The drill's own write: one key put and read back, and looked for again after a restart. */

/** Keys the drill writes live under this prefix; never part of a restored keyspace's checks. */
export const DRILL_PREFIX = '/etcd-restore-drill/'

/** The key a write check put, to look for again after a restart. */
export interface DrillWrite {
  key: string
  value: string
  modRevision: string
}

/** Drill writes (this run's and earlier ones) since `ctx.revision`: each added one revision. */
export async function drillWrites(ctx: CheckContext): Promise<bigint> {
  const client = ctx.members[0]?.client
  if (client === undefined) return 0n
  const now = (await client.range(DRILL_PREFIX, { prefix: true, countOnly: true })).count
  const before = await client
    .range(DRILL_PREFIX, { prefix: true, countOnly: true, revision: ctx.revision })
    .then((r) => r.count)
    .catch(() => 0n)
  return now - before
}

/** Puts a new key under DRILL_PREFIX; every member must serve it at the next revision. */
export async function writeCheck(
  ctx: CheckContext,
  current: bigint
): Promise<{ check: DrillCheck; write?: DrillWrite }> {
  const { members } = ctx
  let write: DrillWrite | undefined
  const want = `a new key readable on every member at revision ${current + 1n}`
  const check = await clusterCheck(ctx, 'write', want, async () => {
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
  })
  return write === undefined ? { check } : { check, write }
}

/** A write from before a restart is still there, unchanged, on every member. */
export function persistedCheck(ctx: CheckContext, before: DrillWrite): Promise<DrillCheck> {
  const { members } = ctx
  const want = `${before.key} = ${JSON.stringify(before.value)} at rev ${before.modRevision}`
  return clusterCheck(ctx, 'persisted', want, async () => {
    const reads = await perMember(members, async (m) => {
      const kv = (await m.client.range(before.key, { serializable: true })).kvs[0]
      return kv === undefined
        ? 'missing'
        : `${JSON.stringify(kv.value.toString('utf8'))} rev ${kv.modRevision}`
    })
    const served = `${JSON.stringify(before.value)} rev ${before.modRevision}`
    return { ok: reads.every((r) => r === served), actual: show(members, reads) }
  })
}
