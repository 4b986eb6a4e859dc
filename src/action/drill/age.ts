import { stat } from 'node:fs/promises'
import { checkAge, type AgeCheck } from '../../lib/drill/age.js'
import type { DrillReport } from '../../lib/drill/report.js'
import { SnapshotError } from '../../lib/errors.js'
import { Inputs } from '../constants.js'
import type { ResolvedSnapshot } from '../download/snapshot.js'

/**
 * When the snapshot was taken: the artifact's creation time, or the file's mtime for
 * snapshot-path. Undefined when an artifact has none; then max-age cannot be checked.
 */
export async function snapshotCreatedAt(
  snapshot: ResolvedSnapshot,
  maxAgeMs: number | undefined
): Promise<Date | undefined> {
  const origin = snapshot.origin
  if (origin.kind === 'path') return (await stat(snapshot.path)).mtime
  if (origin.createdAt) return new Date(origin.createdAt)
  if (maxAgeMs === undefined) return undefined
  throw new SnapshotError(
    `snapshot artifact '${origin.name}' (id ${origin.id}) has no creation time: cannot check '${Inputs.MaxAge}'`
  )
}

/** The age check: the drill's when it ran, else computed here (max-age applies with any verify). */
export function snapshotAge(
  createdAt: Date | undefined,
  maxAgeMs: number | undefined,
  drill: DrillReport | undefined
): AgeCheck | undefined {
  if (createdAt === undefined) return undefined
  return drill?.age ?? checkAge(createdAt, maxAgeMs)
}
