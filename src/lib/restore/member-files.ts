/**
 * Step 4 of a restore: each member's WAL and .snap beside its db (written or copied there, or,
 * for the last member, the staging db moved in), every file and folder fsynced in the thread
 * pool while the restore goes on.
 */
import type { Logger } from '../logger.js'
import type { TargetVersion } from '../options.js'
import type { Cluster } from '../cluster/initial-cluster.js'
import { idHex } from '../cluster/ids.js'
import type { MemberLayout } from '../member-dir/layout.js'
import { memberFiles } from '../member-dir/member-files.js'
import { writeMemberFiles } from '../member-dir/write.js'
import { targetWriteError, type Planned } from './plan.js'

/**
 * Writes every member's files; returns, per member, the promise that they are durable, which
 * settles to undefined or to the member's error (it never rejects). `moveDbFrom`: the db the
 * last member takes, when it is not already in place.
 */
export async function writeMembers(
  cluster: Cluster,
  planned: Planned[],
  layouts: MemberLayout[],
  moveDbFrom: string | undefined,
  targetVersion: TargetVersion,
  log: Logger
): Promise<Promise<unknown>[]> {
  return log.group('Write member data-dirs', async () => {
    const durable: Promise<unknown>[] = []
    for (const [i, p] of planned.entries()) {
      const files = memberFiles(cluster, p.member.id, targetVersion)
      const last = i === planned.length - 1
      try {
        const synced = writeMemberFiles(layouts[i]!, files, last ? moveDbFrom : undefined)
        durable.push(
          synced.then(
            () => undefined,
            (error: unknown) => targetWriteError(error, p.dataDir)
          )
        )
      } catch (error) {
        await Promise.all(durable) // the members before are being synced: let that end first
        throw targetWriteError(error, p.dataDir)
      }
      log.info(`${p.member.name}: ${idHex(p.member.id)} → ${p.dataDir}`)
    }
    return durable
  })
}
