import { InputError } from '../errors.js'
import { silentLogger, type Logger } from '../logger.js'
import type { RestoreReport } from '../report.js'
import { ageCheck, snapshotAge } from './age.js'
import { runBootDrill } from './boot.js'
import { kubernetesCheck } from './checks/kubernetes.js'
import { elapsedMs, type DrillCheck } from './checks/run-check.js'
import { findEtcd, type EtcdBinary } from '../etcd-release/etcd-binary.js'
import { computeExpectations, type ComputedExpectations } from './expectations.js'
import type { DrillHooks, DrillOptions } from './options.js'
import { buildDrillReport, type DrillReport } from './report.js'
import { bootTarget, drillMember, restoreCheck } from './restore.js'
import { enterPhase, inScope } from '../interrupt.js'
import type { MemberLog } from './member-failure.js'
import { drillDiskNeeds } from './disk.js'
import { CLI_ADVICE } from '../restore/disk-need.js'
import { checkDiskSpace } from '../restore/disk-space.js'

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
  t = performance.now()
  const { check, output } = await restoreCheck(options, log)
  checks.push(check)
  const durationsMs: Record<string, number> = { restore: elapsedMs(t) }
  if (output === undefined) {
    durationsMs.total = elapsedMs(started)
    const parts = { startedAt, finishedAt: new Date(), age, checks, notes: [], durationsMs }
    return { report: buildDrillReport(parts) }
  }
  const configGiven = options.encryptionConfig !== undefined
  checks.push(await kubernetesCheck(output.snapshot.inventory, configGiven))
  const drilled = await drillOutput(options, hooks, output, etcd, bootDir, log)
  Object.assign(durationsMs, drilled.durationsMs, { total: elapsedMs(started) })
  const report = buildDrillReport({
    startedAt,
    finishedAt: new Date(),
    restored: output,
    age,
    expected: drilled.expected,
    checks: [...checks, ...drilled.checks],
    ...(drilled.twin === undefined ? {} : { twin: drilled.twin }),
    etcd: { path: etcd.path, version: etcd.version },
    notes: drilled.notes,
    durationsMs,
    ...(drilled.memberLogs === undefined ? {} : { memberLogs: drilled.memberLogs })
  })
  return { report, output }
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

/** From a restored output: its boot target → expectations → the boot drill; the report's parts. */
async function drillOutput(
  options: DrillOptions,
  hooks: DrillHooks,
  output: RestoreReport,
  etcd: EtcdBinary,
  bootDir: string,
  log: Logger
): Promise<{
  checks: DrillCheck[]
  notes: string[]
  expected: ComputedExpectations
  twin?: DrillReport['twin']
  durationsMs: Record<string, number>
  memberLogs?: MemberLog[]
}> {
  const target = await bootTarget(options, output, log, bootDir)
  try {
    const durationsMs: Record<string, number> = {}
    if (target.twinMs !== undefined) durationsMs.twinRestore = target.twinMs
    const t = performance.now()
    await enterPhase('expectations')
    const computed = computeExpectations(output, target.booted, etcd.version, log)
    const expected = { ...computed.expected, ...hooks.expectedOverride }
    durationsMs.expectations = elapsedMs(t)
    await hooks.afterRestore?.(target.booted)
    const result = await runBootDrill({
      members: target.booted.cluster.members.map(drillMember),
      initialCluster: target.initialCluster,
      token: target.booted.cluster.token,
      etcd,
      expected,
      // a twin is ours to throw away; the output stays as restored
      inPlace: target.twin !== undefined,
      throwaway: true,
      copiesDir: bootDir,
      ...(options.bootTimeoutMs === undefined ? {} : { bootTimeoutMs: options.bootTimeoutMs }),
      ...(options.saveLogsTo === undefined ? {} : { saveLogsTo: options.saveLogsTo }),
      ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
      ...(hooks.afterPortPick && { afterPortPick: hooks.afterPortPick }),
      logger: log
    })
    for (const [phase, ms] of Object.entries(result.durationsMs)) {
      if (phase !== 'total') durationsMs[`boot.${phase}`] = ms
    }
    durationsMs.boot = result.durationsMs.total
    const notes = [...computed.notes, ...result.notes]
    const drilled = {
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
