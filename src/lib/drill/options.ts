import type { AfterPortPick } from './member-failure.js'
import type { Logger } from '../logger.js'
import type { RestoreRunOptions } from '../restore/index.js'
import type { RestoreReport } from '../report.js'
import type { ExpectedState } from './expectations.js'
import type { Credentials } from './gateway.js'
import type { DrillMember } from './etcd-process.js'

/** What a restore drill is asked to do: a restore, plus how to boot and judge it. */
export interface DrillOptions extends RestoreRunOptions {
  /** The `etcd-path` input / --etcd-path; PATH otherwise. */
  etcdPath?: string
  /** Fail the drill when the snapshot is older than this (RPO). */
  maxAgeMs?: number
  /** When the snapshot was taken (e.g. the artifact's createdAt); default the file's mtime. */
  snapshotCreatedAt?: Date
  /**
   * `drill-timeout`: per boot (the first and the restart), every member healthy under one leader
   * within this time; default 60 s + 10 s per GB of the biggest db (defaultDrillTimeoutMs).
   */
  bootTimeoutMs?: number
  /** Copy the members' full etcd logs (`<member>.log`) into this folder when the drill ends. */
  saveLogsTo?: string
  /** Only needed when the snapshot has auth enabled: a user that may read everything. */
  credentials?: Credentials
  logger?: Logger
  /**
   * A restore already made with exactly these options (e.g. the action's cache hit): drilled as
   * it is instead of restoring again. Without `snapshot.hashKV` the hashkv check only requires
   * agreement between members.
   */
  restored?: RestoreReport
}

/** Tests only: seams into a drill run, kept out of DrillOptions. */
export interface DrillHooks {
  /**
   * Runs on the restore that is booted, before the boot: what it changes there is what boots
   * (the copies are then made after it, not by the restore).
   */
  afterRestore?: (booted: RestoreReport) => void | Promise<void>
  /** Runs on the members about to boot (the copies, or a twin), before anything changes them. */
  beforeBoot?: (members: DrillMember[]) => void | Promise<void>
  /** Replaces expected values (the checks' and the report's). */
  expectedOverride?: Partial<ExpectedState>
  /** The clock for the age check. */
  now?: () => Date
  /** Runs between the boot's port pick and its first etcd start (to take a port meanwhile). */
  afterPortPick?: AfterPortPick
  /**
   * Runs in the restore once its mirrors began booting (before its members land), with the
   * mirrors' folder; what it throws fails the restore there.
   */
  afterMirrorsReady?: (mirrorsRoot: string) => void
}
