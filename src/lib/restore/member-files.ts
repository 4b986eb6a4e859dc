/**
 * Step 4 of a restore: each member's WAL and .snap beside its db (the last member takes the
 * staging db itself, the others already hold their copies), everything fsynced.
 */
import type { Logger } from '../logger.js'
import type { TargetVersion } from '../options.js'
import type { Cluster } from '../cluster/initial-cluster.js'
import { idHex } from '../cluster/ids.js'
import type { MemberLayout } from '../member-dir/layout.js'
import { memberFiles } from '../member-dir/member-files.js'
import { writeMemberFiles } from '../member-dir/write.js'
import { targetWriteError, type Planned } from './plan.js'

export async function writeMembers(
  cluster: Cluster,
  planned: Planned[],
  layouts: MemberLayout[],
  dbPath: string,
  targetVersion: TargetVersion,
  log: Logger
): Promise<void> {
  await log.group('Write member data-dirs', async () => {
    planned.forEach((p, i) => {
      const files = memberFiles(cluster, p.member.id, targetVersion)
      const last = i === planned.length - 1 // the last member takes the staging db itself
      try {
        writeMemberFiles(layouts[i]!, files, last ? dbPath : undefined)
      } catch (error) {
        throw targetWriteError(error, p.dataDir)
      }
      log.info(`${p.member.name}: ${idHex(p.member.id)} → ${p.dataDir}`)
    })
  })
}
