import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DiskFullError, InputError } from '../errors.js'
import { silentLogger, type Logger } from '../logger.js'
import type { RestoreReport } from '../report.js'
import { ageCheck, snapshotAge } from './age.js'
import { startBootDrill, type BootDrillOptions, type StartedBootDrill } from './boot.js'
import { kubernetesCheck } from './checks/kubernetes.js'
import { elapsedMs, type DrillCheck } from './checks/run-check.js'
import { findEtcd, type EtcdBinary } from '../etcd-release/etcd-binary.js'
import { computeExpectations, type ComputedExpectations } from './expectations.js'
import type { DrillHooks, DrillOptions } from './options.js'
import { buildDrillReport, type DrillReport } from './report.js'
import { bootTarget, drillMember, restoreCheck, type BootTarget } from './restore.js'
import { inScope } from '../interrupt.js'
import type { MirrorsReady, RestoreRunOptions } from '../restore/index.js'
import { bootsAsRestored, twinReason } from './twin.js'
import { copiedMembers, copiesFolder, type CopiedMembers, type CopiesFolder } from './workspace.js'
import type { MemberLog } from './member-failure.js'
import { drillDiskNeeds } from './disk.js'
import { CLI_ADVICE } from '../restore/disk-need.js'
import { checkDiskSpace, roomOf } from '../restore/disk-space.js'

export type { DrillHooks, DrillOptions } from './options.js'

/**
 * A restore drill: restores the snapshot as asked (plus a loopback twin when the output cannot
 * boot on 127.0.0.1), boots it with real etcd, and checks that it serves what the snapshot holds,
 * and that the snapshot is recent enough. Failed checks (including a snapshot the restore
 * refuses) give `passed: false`; only usage errors (flags, missing etcd, out-dir in the way) throw.
 */
export async function runDrill(
  options: DrillOptions,
  hooks: DrillHooks = {}
): Promise<DrillReport> {
  return (await runDrillWithOutput(options, hooks)).report
}

/**
 * runDrill, plus the restore report of the output (absent when the restore failed). The phases,
 * in order: age → disk (room for everything it writes, or DiskSpaceError) → restore → kubernetes
 * → expectations → boot → checks → restart → report.
 */
export async function runDrillWithOutput(
  options: DrillOptions,
  hooks: DrillHooks = {}
): Promise<{ report: DrillReport; output?: RestoreReport }> {
  // phases named "drill restore", "drill boot", … in the line a signal prints (interrupt.ts)
  return inScope('drill', () => drillSequence(options, hooks))
}

async function drillSequence(
  options: DrillOptions,
  hooks: DrillHooks
): Promise<{ report: DrillReport; output?: RestoreReport }> {
  const log = options.logger ?? silentLogger
  const startedAt = new Date()
  const started = performance.now()
  assertMaxAge(options.maxAgeMs)
  const etcd = findEtcd(options.etcdPath)
  let t = performance.now()
  const age = snapshotAge(options, hooks.now?.() ?? new Date())
  const checks: DrillCheck[] = [ageCheck(age, elapsedMs(t))]
  if (age.ok) log.info(age.message)
  else log.warn(age.message)
  const bootDir = checkDrillDisk(options, log)
  const mirrors = mirrorsFor(options, hooks, bootDir)
  let early: StartedBootDrill | undefined
  try {
    t = performance.now()
    const onMirrorsReady =
      mirrors !== undefined && bootsEarly(hooks)
        ? (ready: MirrorsReady): void => {
            early = startEarlyBoot(options, hooks, ready, mirrors.folder, etcd, bootDir, log)
            hooks.afterMirrorsReady?.(mirrors.folder.root)
          }
        : undefined
    const { check, output } = await restoreCheck(
      options,
      log,
      mirrors?.write,
      onMirrorsReady
    ).catch((error: unknown) => {
      throw mirrors === undefined ? error : copiesFull(error, mirrors.folder.root)
    })
    checks.push(check)
    const durationsMs: Record<string, number> = { restore: elapsedMs(t) }
    if (output === undefined) {
      await early?.abandon()
      early = undefined
      durationsMs.total = elapsedMs(started)
      const parts = { startedAt, finishedAt: new Date(), age, checks, notes: [], durationsMs }
      return { report: buildDrillReport(parts) }
    }
    const configGiven = options.encryptionConfig !== undefined
    checks.push(await kubernetesCheck(output.snapshot.inventory, configGiven))
    const begun = early
    early = undefined // drillOutput finishes or abandons it
    const drilled = await drillOutput(options, hooks, output, etcd, bootDir, log, mirrors, begun)
    return { report: drillReport(drilled, durationsMs), output }
  } finally {
    await early?.abandon() // the restore threw after the mirrors' boot began
    mirrors?.folder.remove()
  }

  function drillReport(drilled: Drilled, durationsMs: Record<string, number>): DrillReport {
    Object.assign(durationsMs, drilled.durationsMs, { total: elapsedMs(started) })
    return buildDrillReport({
      startedAt,
      finishedAt: new Date(),
      restored: drilled.output,
      age,
      expected: drilled.expected,
      checks: [...checks, ...drilled.checks],
      ...(drilled.twin === undefined ? {} : { twin: drilled.twin }),
      etcd: { path: etcd.path, version: etcd.version },
      notes: drilled.notes,
      durationsMs,
      ...(drilled.memberLogs === undefined ? {} : { memberLogs: drilled.memberLogs })
    })
  }
}

/**
 * The boot copies of a fresh restore whose output boots as is: written by the restore itself,
 * in its one pass (its mirrors), into a folder under `bootDir`. None when the drill is handed a
 * restore, boots a twin, or a test hook may change the output before the boot (it is then
 * copied after the hook, as a handed restore is).
 */
function mirrorsFor(
  options: DrillOptions,
  hooks: DrillHooks,
  bootDir: string
): Mirrors | undefined {
  if (options.restored !== undefined || hooks.afterRestore !== undefined) return undefined
  if (!bootsAsRestored(options)) return undefined
  const folder = copiesFolder(bootDir)
  return {
    folder,
    write: (m) => {
      const copy = folder.member(m.index, m.name, m.separateWal)
      mkdirSync(dirname(copy.dataDir), { mode: 0o700 })
      return copy
    }
  }
}

/**
 * A restore that ran out of space while writing the boot copies too: `disk full: <the copies'
 * folder>` when theirs is the fuller file system (another one than the output's: TMPDIR or
 * /dev/shm), as when the copies were made after the restore; else the restore's own error.
 */
function copiesFull(error: unknown, root: string): unknown {
  if (!(error instanceof DiskFullError)) return error
  try {
    const [copies, output] = [roomOf(root), roomOf(error.path)]
    if (copies.dev === output.dev || copies.free >= output.free) return error
  } catch {
    return error
  }
  return new DiskFullError(root, { cause: error.cause ?? error })
}

/**
 * Whether the mirrors boot as soon as the restore has written them, beside the rest of the
 * restore (the members' bytes still going to disk: ~0.5–0.9 s of a 1 GB drill's restore on
 * 2 CPUs, otherwise spent waiting). Not with a test hook that expects the output complete
 * before the boot (beforeBoot, or a pause at `copy` or `boot`).
 */
function bootsEarly(hooks: DrillHooks): boolean {
  const pause = process.env.ETCD_RESTORE_PAUSE_AT
  return hooks.beforeBoot === undefined && pause !== 'copy' && pause !== 'boot'
}

/**
 * The boot drill of the mirrors, started from the restore's onMirrorsReady: finished by
 * drillOutput once the restore has landed, or abandoned when it failed.
 */
function startEarlyBoot(
  options: DrillOptions,
  hooks: DrillHooks,
  ready: MirrorsReady,
  folder: CopiesFolder,
  etcd: EtcdBinary,
  bootDir: string,
  log: Logger
): StartedBootDrill {
  const members = ready.members.map((m, i) => ({
    ...folder.member(i, m.name, m.separateWal),
    name: m.name,
    peerURLs: [...m.peerURLs]
  }))
  const copies: CopiedMembers = { members, root: folder.root, remove: () => folder.remove() }
  return startBootDrill(
    {
      ...bootOptions(options, hooks, etcd, bootDir, log),
      members,
      initialCluster: options.initialCluster,
      token: ready.token,
      // the revision is known once the restore lands (finish's `expected`); auth now
      expected: { revision: 0, authEnabled: ready.authEnabled, ...hooks.expectedOverride },
      copies,
      throwaway: true
    },
    { started: performance.now() }
  )
}

/** What every boot drill of the drill gets from its options and hooks. */
function bootOptions(
  options: DrillOptions,
  hooks: DrillHooks,
  etcd: EtcdBinary,
  bootDir: string,
  log: Logger
): Pick<
  BootDrillOptions,
  | 'etcd'
  | 'copiesDir'
  | 'bootTimeoutMs'
  | 'saveLogsTo'
  | 'credentials'
  | 'afterPortPick'
  | 'beforeBoot'
  | 'logger'
> {
  return {
    etcd,
    copiesDir: bootDir,
    ...(options.bootTimeoutMs === undefined ? {} : { bootTimeoutMs: options.bootTimeoutMs }),
    ...(options.saveLogsTo === undefined ? {} : { saveLogsTo: options.saveLogsTo }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    ...(hooks.afterPortPick && { afterPortPick: hooks.afterPortPick }),
    ...(hooks.beforeBoot && { beforeBoot: hooks.beforeBoot }),
    logger: log
  }
}

/** The boot copies the restore writes (mirrorsFor): member i's at folder.member(i, …). */
interface Mirrors {
  folder: CopiesFolder
  write: NonNullable<RestoreRunOptions['mirrors']>
}

/**
 * Before the first write: room for the restore and the booted members (DiskSpaceError). Returns
 * where the booted members go, the place the check counted them on.
 */
function checkDrillDisk(options: DrillOptions, log: Logger): string {
  const { needs, ifCompacted, bootDir } = drillDiskNeeds(options)
  if (options.checkDisk === false) return bootDir
  checkDiskSpace(needs, options.diskAdvice ?? CLI_ADVICE, {
    ...(ifCompacted && { ifCompacted }),
    logger: log
  })
  return bootDir
}

function assertMaxAge(maxAgeMs: number | undefined): void {
  if (maxAgeMs !== undefined && !(maxAgeMs > 0 && Number.isFinite(maxAgeMs))) {
    throw new InputError(`max age must be a positive duration, got ${maxAgeMs} ms`)
  }
}

/** What drillOutput hands the report. */
interface Drilled {
  output: RestoreReport
  checks: DrillCheck[]
  notes: string[]
  expected: ComputedExpectations
  twin?: DrillReport['twin']
  durationsMs: Record<string, number>
  memberLogs?: MemberLog[]
}

/**
 * From a restored output: its boot target → the boot drill, the expectations computed while its
 * members start; the report's parts.
 */
async function drillOutput(
  options: DrillOptions,
  hooks: DrillHooks,
  output: RestoreReport,
  etcd: EtcdBinary,
  bootDir: string,
  log: Logger,
  mirrors: Mirrors | undefined,
  early: StartedBootDrill | undefined
): Promise<Drilled> {
  // a twin (not foreseen by mirrorsFor) boots in place: the copies' memory is freed first
  if (mirrors !== undefined && twinReason(options, output) !== undefined) {
    await early?.abandon()
    early = undefined
    mirrors.folder.remove()
  }
  let target: BootTarget
  try {
    target = await bootTarget(options, output, log, bootDir)
  } catch (error) {
    await early?.abandon()
    throw error
  }
  try {
    const durationsMs: Record<string, number> = {}
    if (target.twinMs !== undefined) durationsMs.twinRestore = target.twinMs
    if (hooks.afterRestore !== undefined) await hooks.afterRestore(target.booted)
    // read from the restored db while etcd starts on the copies (or else before the checks)
    let computed: { expected: ComputedExpectations; notes: string[] } | undefined
    const expectations = (): { expected: ComputedExpectations; notes: string[] } => {
      if (computed !== undefined) return computed
      const t = performance.now()
      const made = computeExpectations(output, target.booted, etcd.version, log)
      computed = { expected: { ...made.expected, ...hooks.expectedOverride }, notes: made.notes }
      durationsMs.expectations = elapsedMs(t)
      return computed
    }
    // what the boot needs before the members start: how auth is handled
    const known = {
      revision: output.restoredRevision,
      authEnabled: output.snapshot.authEnabled,
      ...hooks.expectedOverride
    }
    // the mirrors as copies, unless they are booting already (early)
    const copies =
      early === undefined && mirrors !== undefined && target.twin === undefined
        ? copiedMembers(output.cluster.members.map(drillMember), mirrors.folder)
        : undefined
    const late = { expected: known, computeExpected: () => expectations().expected }
    const result = await (
      early ??
      startBootDrill({
        ...bootOptions(options, hooks, etcd, bootDir, log),
        members: target.booted.cluster.members.map(drillMember),
        initialCluster: target.initialCluster,
        token: target.booted.cluster.token,
        ...late,
        ...(copies && { copies }),
        // a twin is ours to throw away; the output stays as restored
        inPlace: target.twin !== undefined,
        throwaway: true
      })
    ).finish(late)
    const { expected, notes: expectationNotes } = expectations()
    for (const [phase, ms] of Object.entries(result.durationsMs)) {
      if (phase !== 'total') durationsMs[`boot.${phase}`] = ms
    }
    durationsMs.boot = result.durationsMs.total
    const notes = [...expectationNotes, ...result.notes]
    const drilled: Drilled = {
      output,
      checks: result.checks,
      notes,
      expected,
      durationsMs,
      ...(result.memberLogs === undefined ? {} : { memberLogs: result.memberLogs })
    }
    return target.twinFacts === undefined ? drilled : { ...drilled, twin: target.twinFacts }
  } finally {
    target.twin?.remove()
  }
}
