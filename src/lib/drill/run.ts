import { statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { errorMessage, InputError, SnapshotError } from '../errors.js'
import { silentLogger, type Logger } from '../logger.js'
import type { RestoreOptions } from '../options.js'
import type { MemberReport, RestoreReport } from '../report.js'
import { restore } from '../restore/index.js'
import { checkAge, formatDuration, type AgeCheck } from './age.js'
import type { DrillCheck, ExpectedState } from './checks.js'
import { findEtcd } from '../etcd-release/etcd-binary.js'
import type { DrillMember } from './etcd-process.js'
import { computeExpectations, toExpectedState } from './expected.js'
import { prefixExpectations } from './prefix-counts.js'
import { runBootDrill } from './index.js'
import { buildDrillReport, type DrillExpectations, type DrillReport } from './report.js'
import { restoreTwin, TWIN_NOTE, twinReason, type Twin } from './twin.js'

export { checkAge, formatDuration, parseDuration, type AgeCheck } from './age.js'
export {
  buildDrillReport,
  DRILL_REPORT_VERSION,
  renderDrillMarkdown,
  type DrillReport
} from './report.js'

export interface DrillOptions extends RestoreOptions {
  /** The `etcd-path` input / --etcd-path; PATH otherwise. */
  etcdPath?: string
  /** Fail the drill when the snapshot is older than this (RPO). */
  maxAgeMs?: number
  /** When the snapshot was taken (e.g. the artifact's createdAt); default the file's mtime. */
  snapshotCreatedAt?: Date
  /** Per boot; default 60 s. */
  bootTimeoutMs?: number
  /** Only needed when the snapshot has auth enabled: a user that may read everything. */
  credentials?: { user: string; password: string }
  logger?: Logger
  /**
   * A restore already made with exactly these options (e.g. the action's cache hit): drilled as
   * it is instead of restoring again. Without `snapshot.hashKV` the hashkv check only requires
   * agreement between members.
   */
  restored?: RestoreReport
  /** Tests only: runs on the restore that is booted, after expectations are computed. */
  afterRestore?: (booted: RestoreReport) => void | Promise<void>
  /** Tests only: replaces expected values. */
  expectedOverride?: Partial<ExpectedState>
  /** Tests only: the clock for the age check. */
  now?: () => Date
}

const since = (t: number): number => Math.round(performance.now() - t)

/**
 * A restore drill: restores the snapshot as asked (plus a loopback twin when the output cannot
 * boot on 127.0.0.1), boots it with real etcd, and checks that it serves what the snapshot holds,
 * and that the snapshot is recent enough. Failed checks (including a snapshot the restore
 * refuses) give `passed: false`; only usage errors (flags, missing etcd, out-dir in the way) throw.
 */
export async function runDrill(options: DrillOptions): Promise<DrillReport> {
  return (await runDrillWithOutput(options)).report
}

/** runDrill, plus the restore report of the output (absent when the restore failed). */
export async function runDrillWithOutput(
  options: DrillOptions
): Promise<{ report: DrillReport; output?: RestoreReport }> {
  const log = options.logger ?? silentLogger
  const startedAt = new Date()
  const started = performance.now()
  const durationsMs: Record<string, number> = {}
  const checks: DrillCheck[] = []
  const notes: string[] = []
  if (
    options.maxAgeMs !== undefined &&
    !(options.maxAgeMs > 0 && Number.isFinite(options.maxAgeMs))
  ) {
    throw new InputError(`max age must be a positive duration, got ${options.maxAgeMs} ms`)
  }
  const etcd = findEtcd(options.etcdPath)

  let t = performance.now()
  const age = snapshotAge(options)
  checks.push({
    name: 'age',
    ok: age.ok,
    expected:
      age.maxAgeSeconds === undefined
        ? 'reported'
        : `at most ${formatDuration(age.maxAgeSeconds * 1000)}`,
    actual: `${formatDuration(age.ageSeconds * 1000)} (taken ${age.createdAt})`,
    ms: since(t)
  })
  if (!age.ok) log.warn(age.message)
  else log.info(age.message)

  t = performance.now()
  let output: RestoreReport
  try {
    output =
      options.restored ??
      (await restore({ ...options, computeHashKV: true, computeInventory: true, logger: log }))
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error
    checks.push({
      name: 'restore',
      ok: false,
      expected: 'a restorable snapshot',
      actual: errorMessage(error),
      ms: since(t)
    })
    durationsMs.restore = since(t)
    durationsMs.total = since(started)
    const report = buildDrillReport({
      startedAt,
      finishedAt: new Date(),
      age,
      checks,
      notes,
      durationsMs
    })
    return { report }
  }
  durationsMs.restore = since(t)
  checks.push({
    name: 'restore',
    ok: true,
    expected: 'every requested member restored',
    actual:
      `${output.cluster.members.length} members at revision ${output.restoredRevision}` +
      (options.restored === undefined ? '' : ' (an existing restore, not restored again)'),
    ms: durationsMs.restore
  })

  let twin: Twin | undefined
  let twinFacts: DrillReport['twin']
  try {
    const reason = twinReason(options, output)
    if (reason !== undefined) {
      t = performance.now()
      log.info(`restore drill: ${reason}; restoring a loopback twin`)
      twin = await restoreTwin({ ...options, logger: log })
      durationsMs.twinRestore = since(t)
      twinFacts = {
        reason,
        note: TWIN_NOTE,
        clusterId: twin.report.cluster.id,
        members: twin.report.cluster.members.map((m) => ({
          name: m.name,
          id: m.id,
          peerURLs: m.peerURLs
        }))
      }
    }
    const booted = twin?.report ?? output

    t = performance.now()
    const computed = computeExpectations(output, booted)
    notes.push(...computed.notes)
    const expectations: DrillExpectations = {
      ...computed.expectations,
      ...override(options.expectedOverride)
    }
    durationsMs.expectations = since(t)
    const mismatch = versionMismatch(etcd.version, output.snapshot.clusterVersion)
    if (mismatch !== undefined) {
      log.warn(`restore drill: ${mismatch}`)
      notes.push(mismatch)
    }
    await options.afterRestore?.(booted)

    const result = await runBootDrill({
      members: booted.cluster.members.map(drillMember),
      initialCluster: twin?.initialCluster ?? options.initialCluster,
      token: booted.cluster.token,
      etcdPath: etcd.path,
      expected: {
        ...toExpectedState(expectations, output.snapshot.authEnabled, computed.auth),
        ...prefixExpectations(output.snapshot.inventory),
        ...options.expectedOverride
      },
      // a twin is ours to throw away; the output stays as restored
      inPlace: twin !== undefined,
      ...(options.bootTimeoutMs === undefined ? {} : { bootTimeoutMs: options.bootTimeoutMs }),
      ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
      logger: log
    })
    checks.push(...result.checks)
    notes.push(...result.notes)
    for (const [phase, ms] of Object.entries(result.durationsMs)) {
      if (phase !== 'total') durationsMs[`boot.${phase}`] = ms
    }
    durationsMs.boot = result.durationsMs.total
    durationsMs.total = since(started)
    const report = buildDrillReport({
      startedAt,
      finishedAt: new Date(),
      restored: output,
      age,
      expected: expectations,
      checks,
      ...(twinFacts === undefined ? {} : { twin: twinFacts }),
      etcd: { path: result.etcdPath, version: result.etcdVersion },
      notes,
      durationsMs
    })
    return { report, output }
  } finally {
    twin?.remove()
  }
}

/**
 * A warning when the booting server's minor version is not the snapshot's cluster version
 * (`cluster/clusterVersion`, e.g. 3.5.0): the drill then proves less about the real cluster.
 */
export function versionMismatch(
  serverVersion: string,
  clusterVersion: string | undefined
): string | undefined {
  if (clusterVersion === undefined) return undefined
  const minor = (v: string): string => v.split('.').slice(0, 2).join('.')
  if (minor(serverVersion) === minor(clusterVersion)) return undefined
  return (
    `version: booted with etcd ${serverVersion}, but the snapshot's cluster ran etcd ${minor(clusterVersion)} ` +
    `(cluster version ${clusterVersion}); drill with an etcd ${minor(clusterVersion)} server (--etcd-path / etcd-path) to test what production runs`
  )
}

/** The artifact's createdAt when given, else the file's mtime. */
function snapshotAge(options: DrillOptions): AgeCheck {
  let createdAt = options.snapshotCreatedAt
  if (createdAt === undefined) {
    try {
      createdAt = statSync(options.snapshotPath).mtime
    } catch (error) {
      throw new SnapshotError(
        `cannot read snapshot ${options.snapshotPath}: ${errorMessage(error)}`
      )
    }
  }
  return checkAge(createdAt, options.maxAgeMs, options.now?.() ?? new Date())
}

/** Only the expectation fields a test may override that the report shows. */
function override(o: Partial<ExpectedState> | undefined): Partial<DrillExpectations> {
  if (o === undefined) return {}
  const out: Partial<DrillExpectations> = {}
  if (o.revision !== undefined) out.revision = Number(o.revision)
  if (o.compactRevision !== undefined) out.compactRevision = Number(o.compactRevision)
  if (o.hashKV !== undefined) out.hashKV = o.hashKV
  if (o.keyCount !== undefined) out.keyCount = Number(o.keyCount)
  if (o.memberIds !== undefined) out.memberIds = o.memberIds
  if (o.clusterId !== undefined) out.clusterId = o.clusterId
  return out
}

/** A restored member as the boot drill takes it; the WAL folder only when it is a separate one. */
function drillMember(m: MemberReport): DrillMember {
  const member: DrillMember = { name: m.name, dataDir: m.dataDir, peerURLs: m.peerURLs }
  if (resolve(m.walDir) !== resolve(join(m.dataDir, 'member', 'wal'))) member.walDir = m.walDir
  return member
}
