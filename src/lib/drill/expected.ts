import { join } from 'node:path'
import { BoltDb } from '../bolt/db.js'
import { hashKV } from '../backend/hashkv.js'
import { snapshotStatus } from '../backend/status.js'
import { FileByteFile } from '../io/page-file.js'
import type { RestoreReport } from '../report.js'
import type { ExpectedState } from './checks.js'
import type { DrillExpectations } from './report.js'

/**
 * What a cluster booted from the restore output must serve, computed offline: revision and
 * HashKV from the restore (the snapshot's own), the live key count and, after --bump-revision,
 * the HashKV from the output's db, where the bump marker and its scheduled compaction live.
 */
export function computeExpectations(
  output: RestoreReport,
  booted: RestoreReport
): { expectations: DrillExpectations; notes: string[]; auth?: OfflineAuth } {
  const notes: string[] = []
  let auth: OfflineAuth | undefined
  const bumped = BigInt(output.bumpRevision) > 0n
  const first = output.cluster.members[0]
  let keyCount: number | undefined
  let bumpedHash: { hash: number; compactRevision: number } | undefined
  if (first !== undefined) {
    const file = FileByteFile.open(join(first.dataDir, 'member', 'snap', 'db'), { writable: false })
    try {
      const db = BoltDb.open(file)
      const status = snapshotStatus(db, { maxListed: MAX_NAMES + 1 })
      const live = status.liveKeys
      const { users, roles } = status.auth
      // a list that hit the bound is not the whole list: then the names are not compared
      if (users.length <= MAX_NAMES && roles.length <= MAX_NAMES) auth = { users, roles }
      else notes.push(`more than ${MAX_NAMES} users or roles: their names are not compared`)
      // the bump marker's empty value reads as key "", alive, and never counted by a range from "\0"
      if (live !== undefined) keyCount = bumped ? live - 1 : live
      else notes.push('too many distinct keys to count offline: key-count only requires agreement')
      if (bumped) bumpedHash = hashKV(db, 0)
    } finally {
      file.close()
    }
  }
  const snapshotHash = output.snapshot.hashKV
  const hash = bumped ? bumpedHash : snapshotHash
  if (bumped) {
    notes.push(
      `--bump-revision ${output.bumpRevision}: revision, compaction and HashKV expected from the restored db ` +
        `(starting at revision ${output.restoredRevision}), not from the snapshot`
    )
  }
  const expectations: DrillExpectations = {
    revision: output.restoredRevision,
    compactRevision: hash?.compactRevision ?? output.snapshot.compactRevision,
    memberIds: booted.cluster.members.map((m) => m.id),
    clusterId: booted.cluster.id
  }
  if (hash !== undefined) expectations.hashKV = hash.hash
  else notes.push('HashKV not computed offline: the hashkv check only requires agreement')
  if (keyCount !== undefined) expectations.keyCount = keyCount
  return auth === undefined ? { expectations, notes } : { expectations, notes, auth }
}

/** Users and roles the auth check compares by name, at most. */
const MAX_NAMES = 1000

/** User and role names in the restored db (authUsers/authRoles), read without booting it. */
export interface OfflineAuth {
  users: string[]
  roles: string[]
}

/** The boot drill's form of the expectations, with the snapshot's auth state. */
export function toExpectedState(
  e: DrillExpectations,
  authEnabled: boolean,
  auth?: OfflineAuth
): ExpectedState {
  const state: ExpectedState = {
    revision: e.revision,
    compactRevision: e.compactRevision,
    memberIds: e.memberIds,
    clusterId: e.clusterId,
    authEnabled,
    ...auth
  }
  if (e.hashKV !== undefined) state.hashKV = e.hashKV
  if (e.keyCount !== undefined) state.keyCount = e.keyCount
  return state
}
