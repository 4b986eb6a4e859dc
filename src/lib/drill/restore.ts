import { resolve } from 'node:path'
import { SnapshotError } from '../errors.js'
import type { Logger } from '../logger.js'
import { memberLayout } from '../member-dir/layout.js'
import type { MemberReport, RestoreReport } from '../report.js'
import { restore, type RestoreRunOptions } from '../restore/index.js'
import { elapsedMs, failsOn, runCheck, type DrillCheck } from './checks/run-check.js'
import type { DrillMember } from './etcd-process.js'
import type { DrillOptions } from './options.js'
import type { DrillReport } from './report.js'
import { restoreTwin, TWIN_NOTE, twinReason, type Twin } from './twin.js'

/**
 * The restore phase: the output as asked (or the restore given), then what the drill boots: the
 * output itself, or a loopback twin when the output cannot boot on 127.0.0.1.
 */

/**
 * Restores the snapshot as asked; a snapshot the restore refuses is a failed `restore` check.
 * `mirrors`: where the restore also writes each member's throwaway copy (the boot's);
 * `onMirrorsReady`: told when they are complete, before the members land.
 */
export async function restoreCheck(
  options: DrillOptions,
  log: Logger,
  mirrors?: RestoreRunOptions['mirrors'],
  onMirrorsReady?: RestoreRunOptions['onMirrorsReady']
): Promise<{ check: DrillCheck; output?: RestoreReport }> {
  let output: RestoreReport | undefined
  const given = options.restored !== undefined
  const check = await runCheck(
    'restore',
    'every requested member restored',
    async () => {
      const restored =
        options.restored ??
        (await restore({
          ...options,
          computeHashKV: true,
          computeInventory: true,
          logger: log,
          ...(mirrors && { mirrors }),
          ...(onMirrorsReady && { onMirrorsReady })
        }))
      output = restored
      return {
        ok: true,
        actual:
          `${restored.cluster.members.length} members at revision ${restored.restoredRevision}` +
          (given ? ' (an existing restore, not restored again)' : '')
      }
    },
    failsOn(SnapshotError, 'a restorable snapshot')
  )
  return output === undefined ? { check } : { check, output }
}

/** What the boot drill boots, and the twin to remove afterwards when there is one. */
export interface BootTarget {
  booted: RestoreReport
  initialCluster: string
  twin?: Twin
  /** The report's `twin` facts. */
  twinFacts?: DrillReport['twin']
  /** How long the twin's restore took. */
  twinMs?: number
}

/** The output itself when it can boot on loopback, else a freshly restored loopback twin. */
export async function bootTarget(
  options: DrillOptions,
  output: RestoreReport,
  log: Logger,
  /** Where a twin goes: the drill's place for booted members (copiesParent). */
  bootDir?: string
): Promise<BootTarget> {
  const reason = twinReason(options, output)
  if (reason === undefined) return { booted: output, initialCluster: options.initialCluster }
  const t = performance.now()
  log.info(`restore drill: ${reason}; restoring a loopback twin`)
  const twin = await restoreTwin({ ...options, logger: log }, bootDir)
  const twinFacts = {
    reason,
    note: TWIN_NOTE,
    clusterId: twin.report.cluster.id,
    members: twin.report.cluster.members.map((m) => ({
      name: m.name,
      id: m.id,
      peerURLs: m.peerURLs
    }))
  }
  const twinMs = elapsedMs(t)
  return { booted: twin.report, initialCluster: twin.initialCluster, twin, twinFacts, twinMs }
}

/** A restored member as the boot drill takes it; the WAL folder only when it is a separate one. */
export function drillMember(m: MemberReport): DrillMember {
  const member: DrillMember = { name: m.name, dataDir: m.dataDir, peerURLs: m.peerURLs }
  if (resolve(m.walDir) !== resolve(memberLayout(m.dataDir).walDir)) member.walDir = m.walDir
  return member
}
