import type { ResponseHeader } from '../gateway.js'
import type { DrillCheck } from './run-check.js'
import { agree, clusterCheck, perMember, show, type CheckContext } from './context.js'
import { drillWrites } from './write.js'

/** The restored keyspace as served: revision, compaction, HashKV and the live key count. */

/** Every member is at the restored revision, plus one per drill write; returns that revision. */
export async function revisionCheck(
  ctx: CheckContext
): Promise<{ check: DrillCheck; current: bigint }> {
  const { members, revision } = ctx
  let current = revision
  const check = await clusterCheck(ctx, 'revision', String(revision), async () => {
    const writes = await drillWrites(ctx)
    current = revision + writes
    const revs = await perMember(members, async (m) =>
      (await m.client.status()).header.revision.toString()
    )
    const note =
      writes === 0n ? '' : ` (${revision} + ${writes} drill write${writes === 1n ? '' : 's'})`
    return { ok: revs.every((r) => r === current.toString()), actual: show(members, revs) + note }
  })
  return { check, current }
}

type HashKVReply = { hash: number; compactRevision: bigint; header: ResponseHeader }

/** Each member's HashKV answer (or its error), asked once for the compact-revision and hashkv checks. */
export interface HashKVAnswers {
  answers: (HashKVReply | Error)[]
  /** Hashed at the current revision instead of the restored one (see hashKVAnswers). */
  atCurrent: boolean
  /** The revision a member hashed at when that is not the restored one. */
  laterRevision?: bigint
}

/**
 * etcd refuses HashKV at a compacted revision, and after --mark-compacted the restored revision
 * is the compaction point: hash the current revision, comparable while no drill write is there.
 */
export async function hashKVAnswers(ctx: CheckContext): Promise<HashKVAnswers> {
  const { compactRevision } = ctx.expected
  const atCurrent = compactRevision !== undefined && BigInt(compactRevision) >= ctx.revision
  const answers = await Promise.all(
    ctx.members.map((m) =>
      m.client
        .hashKV(atCurrent ? 0n : ctx.revision)
        .catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))
    )
  )
  const laterRevision = answers.find(
    (h): h is HashKVReply => !(h instanceof Error) && h.header.revision !== ctx.revision
  )?.header.revision
  return laterRevision === undefined
    ? { answers, atCurrent }
    : { answers, atCurrent, laterRevision }
}

export function compactRevisionCheck(
  ctx: CheckContext,
  hashes: HashKVAnswers,
  compactRevision: number
): Promise<DrillCheck> {
  const want = BigInt(compactRevision)
  return clusterCheck(ctx, 'compact-revision', String(want), async () => {
    const revs = hashes.answers.map((h) =>
      h instanceof Error ? `error: ${h.message}` : h.compactRevision.toString()
    )
    return { ok: revs.every((r) => r === want.toString()), actual: show(ctx.members, revs) }
  })
}

/** The members agree on HashKV, and it is the expected one where that is comparable. */
export function hashKVCheck(ctx: CheckContext, hashes: HashKVAnswers): Promise<DrillCheck> {
  const { hashKV } = ctx.expected
  const want = `${hashKV ?? 'equal on all members'} at revision ${ctx.revision}`
  return clusterCheck(ctx, 'hashkv', want, async () => {
    const values = hashes.answers.map((h) =>
      h instanceof Error ? `error: ${h.message}` : String(h.hash)
    )
    const comparable = !hashes.atCurrent || hashes.laterRevision === undefined
    const ok =
      agree(values) &&
      !values[0]?.startsWith('error') &&
      (hashKV === undefined || !comparable || values[0] === String(hashKV))
    const note = comparable
      ? ''
      : ` (at revision ${hashes.laterRevision}, after drill writes: compared across members only)`
    return { ok, actual: show(ctx.members, values) + note }
  })
}

/** Live keys at the restored revision, counted by every member itself (serializable). */
export function keyCountCheck(ctx: CheckContext): Promise<DrillCheck> {
  const { members, revision } = ctx
  const { keyCount } = ctx.expected
  const want = `${keyCount ?? 'equal on all members'} at revision ${revision}`
  return clusterCheck(ctx, 'key-count', want, async () => {
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
      agree(counts) && (keyCount === undefined || counts[0] === BigInt(keyCount).toString())
    return { ok, actual: show(members, counts) }
  })
}
