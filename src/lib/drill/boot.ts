import { VerificationError } from '../errors.js'
import { silentLogger, type Logger } from '../logger.js'
import { AUTH_OFF_NOTE, switchAuthOff } from './auth-off.js'
import type { AuthMode } from './checks/auth.js'
import { elapsedMs, failsOn, runCheck, type DrillCheck } from './checks/run-check.js'
import { verifyCluster } from './checks/verify.js'
import { bootCluster, type BootedCluster } from './cluster.js'
import type { EtcdBinary } from '../etcd-release/etcd-binary.js'
import { loopbackURL, type DrillMember } from './etcd-process.js'
import type { ExpectedState } from './expectations.js'
import type { Credentials } from './gateway.js'
import { restartAndVerify } from './restart.js'
import { copyMembers, type CopiedMembers } from './workspace.js'
import { enterPhase, pausePoint } from '../interrupt.js'
import {
  LOG_TAIL_LINES,
  memberLogs,
  MemberDownError,
  type MemberLog,
  type AfterPortPick
} from './member-failure.js'

export interface BootDrillOptions {
  /** Tests only (DrillHooks.afterPortPick). */
  afterPortPick?: AfterPortPick
  /** Tests only (DrillHooks.beforeBoot). */
  beforeBoot?: (members: DrillMember[]) => void | Promise<void>
  members: DrillMember[]
  initialCluster: string
  token: string
  /** The etcd server to boot (findEtcd). */
  etcd: EtcdBinary
  /** `authEnabled` decides how auth is handled: see `credentials`. */
  expected: ExpectedState
  /**
   * What the checks expect, computed while the members start (etcd's start takes seconds, this
   * process waits meanwhile): replaces `expected` for the checks; its `authEnabled` must be
   * `expected`'s, which the boot needs before. Called once.
   */
  computeExpected?: () => ExpectedState
  /**
   * Copies of `members` made already (the restore's mirrors): booted and removed here instead of
   * copying `members` again. Not with `inPlace`.
   */
  copies?: CopiedMembers
  /**
   * Used only when `expected.authEnabled`: every client logs in as this user (root, since
   * 3.5.28 / 3.4.42 / 3.6.9 Status and MemberList need an admin). Without them, auth is switched
   * off in the booted members' db (see switchAuthOff) and every check runs without a login.
   */
  credentials?: Credentials
  /**
   * Boot the restored folders themselves. Default false: boot copies in a temp folder, because
   * etcd rewrites its data-dir, the drill writes a key, and may switch auth off.
   */
  inPlace?: boolean
  /**
   * The booted data-dirs are removed right after the drill, so its final stop kills every member
   * at once instead of stopping them gracefully (the restart phase always stops gracefully).
   * Default: true for copies (removed here), false in place; the drill sets it for a twin it
   * removes itself.
   */
  throwaway?: boolean
  /** Where the copies go (default the temp folder): the drill's place for booted members. */
  copiesDir?: string
  /** Copy the members' full etcd logs here before the drill removes its log folder. */
  saveLogsTo?: string
  /** Per boot (the first and the restart), `drill-timeout`. Default: defaultDrillTimeoutMs. */
  bootTimeoutMs?: number
  logger?: Logger
}

/** The boot drill's phases, in milliseconds; every key is present (0 when a phase did not run). */
export interface BootDurations {
  copy: number
  boot: number
  verify: number
  restart: number
  verifyAfterRestart: number
  stop: number
  total: number
}

/** Every phase at 0 ms, in the report's order. */
const NOT_RUN: Readonly<BootDurations> = {
  copy: 0,
  boot: 0,
  verify: 0,
  restart: 0,
  verifyAfterRestart: 0,
  stop: 0,
  total: 0
}

export interface DrillResult {
  passed: boolean
  checks: DrillCheck[]
  /** How auth was handled, when it was (a line for the report). */
  notes: string[]
  etcdVersion: string
  etcdPath: string
  durationsMs: BootDurations
  /** On failure: every member's last log lines, read before the drill's log folder went away. */
  memberLogs?: MemberLog[]
}

/**
 * `verify: boot`: boots the restored members on loopback, checks what they serve, writes one
 * key, restarts them all and checks again (the write must survive). Every etcd started here is
 * stopped before this returns or throws. A cluster that does not come up is a failed `boot`
 * check, not an exception.
 */
export async function runBootDrill(opts: BootDrillOptions): Promise<DrillResult> {
  return startBootDrill(opts).finish()
}

/** A boot drill whose members are starting (startBootDrill). */
export interface StartedBootDrill {
  /**
   * Waits for the boot, then the checks, the restart and the stop, as runBootDrill; `late`
   * replaces `expected` and `computeExpected` (known only once the restore has landed). Every
   * etcd is stopped before it returns or throws.
   */
  finish(late?: Pick<BootDrillOptions, 'expected' | 'computeExpected'>): Promise<DrillResult>
  /** Kills the members (once started) and removes the copies, checking nothing. Never throws. */
  abandon(): Promise<void>
}

/** What the boot phase leaves for finish(). */
interface Booting {
  auth: ReturnType<typeof authPlan>
  copies: CopiedMembers | undefined
  durationsMs: BootDurations
  bootStarted: number
  boot?: { check: DrillCheck; cluster?: BootedCluster; logs?: MemberLog[] }
  /** What `whileStarting` computed, when it ran. */
  expected?: ExpectedState
}

/**
 * Starts a boot drill: copies (unless `opts.copies`), then the members' start, at once. With
 * `early`, it runs beside the restore that is still making the members durable: no phase is
 * entered and no expectation computed until finish().
 */
export function startBootDrill(
  opts: BootDrillOptions,
  early: { started: number } | undefined = undefined
): StartedBootDrill {
  const logger = opts.logger ?? silentLogger
  const started = early?.started ?? performance.now()
  const phase = (name: string): Promise<void> =>
    early === undefined ? enterPhase(name) : Promise.resolve()
  const booting = (async (): Promise<Booting> => {
    // before copying gigabytes: the drill can only boot members restored with loopback peer URLs
    for (const m of opts.members)
      for (const url of m.peerURLs) loopbackURL(url, `${m.name} peer URL`)
    logger.info(
      `boot drill: etcd ${opts.etcd.version} (${opts.etcd.path}), ${opts.members.length} members`
    )
    const auth = authPlan(opts.expected.authEnabled, opts.credentials)
    for (const note of auth.notes) logger.info(`boot drill: ${note}`)
    const durationsMs = { ...NOT_RUN }
    let t = performance.now()
    let copies = opts.copies
    try {
      await phase('copy')
      if (copies === undefined && opts.inPlace !== true)
        copies = await copyMembers(opts.members, opts.copiesDir)
    } catch (error) {
      opts.copies?.remove()
      throw error
    }
    // 0 when the restore wrote the copies (opts.copies): no copy phase here
    durationsMs.copy = opts.copies === undefined ? elapsedMs(t) : 0
    const state: Booting = { auth, copies, durationsMs, bootStarted: performance.now() }
    try {
      await pausePoint('copy') // a test hook: the copies made, no etcd yet
      const members = copies?.members ?? opts.members
      await opts.beforeBoot?.(members)
      if (auth.mode.authOff === true) switchAuthOff(members)
      t = performance.now()
      state.bootStarted = t
      await phase('boot')
      const compute = early === undefined ? opts.computeExpected : undefined
      const whileStarting =
        compute === undefined ? undefined : (): void => void (state.expected = compute())
      state.boot = await bootCheck(members, opts, auth.mode.credentials, whileStarting)
    } catch (error) {
      copies?.remove()
      throw error
    }
    return state
  })()
  booting.catch(() => undefined) // awaited by finish() or abandon(); this only marks it handled

  const finish = async (
    late?: Pick<BootDrillOptions, 'expected' | 'computeExpected'>
  ): Promise<DrillResult> => {
    const state = await booting
    const { auth, copies, durationsMs } = state
    const checks: DrillCheck[] = []
    let cluster: BootedCluster | undefined
    let logs: MemberLog[] | undefined
    try {
      if (early !== undefined) await enterPhase('boot')
      const boot = state.boot!
      checks.push(boot.check)
      durationsMs.boot = elapsedMs(state.bootStarted)
      cluster = boot.cluster
      logs = boot.logs
      if (cluster !== undefined) {
        const compute = late?.computeExpected ?? opts.computeExpected
        const expected = state.expected ?? compute?.() ?? late?.expected ?? opts.expected
        const checked = { ...opts, expected }
        const more = await checkAndRestart(cluster, checked, auth.mode, logger, durationsMs)
        checks.push(...more)
        if (!checks.every((c) => c.ok)) logs = memberLogs(cluster.members.map((m) => m.process))
      }
    } finally {
      const t = performance.now()
      await enterPhase('stop')
      if (opts.throwaway ?? opts.inPlace !== true) await cluster?.kill()
      else await cluster?.stop()
      copies?.remove()
      durationsMs.stop = elapsedMs(t)
    }
    durationsMs.total = elapsedMs(started)
    logChecks(checks, logger)
    return {
      passed: checks.every((c) => c.ok),
      checks,
      notes: auth.notes,
      etcdVersion: opts.etcd.version,
      etcdPath: opts.etcd.path,
      durationsMs,
      ...(logs === undefined ? {} : { memberLogs: logs })
    }
  }

  const abandon = async (): Promise<void> => {
    const state = await booting.catch(() => undefined)
    await state?.boot?.cluster?.kill().catch(() => undefined)
    state?.copies?.remove()
  }
  return { finish, abandon }
}

/**
 * A member that crashed after the cluster came up (during the checks, or after the restart) is
 * a failed `members-up` check naming it, the phase and its log tail; undefined when all run.
 */
function memberDownCheck(cluster: BootedCluster): DrillCheck | undefined {
  const down = cluster.members.find((m) => m.process.exit !== undefined && !m.process.stopRequested)
  if (down === undefined) return undefined
  const exit = down.process.exit
  return {
    name: 'members-up',
    ok: false,
    expected: 'every member running until the drill stops it',
    actual:
      `etcd member ${down.name} exited during ${down.process.exitPhase ?? 'the checks'} ` +
      `(code ${exit?.code}, signal ${exit?.signal}); last log lines:\n${down.process.logTail(LOG_TAIL_LINES)}`,
    ms: 0
  }
}

/**
 * With auth on in the snapshot: log in with the drill credentials, or without them switch auth
 * off in the booted copies. Notes say which, for the report.
 */
function authPlan(
  authEnabled: boolean | undefined,
  credentials: Credentials | undefined
): { mode: AuthMode; notes: string[] } {
  const login = authEnabled === true ? credentials : undefined
  const authOff = authEnabled === true && login === undefined
  const notes: string[] = []
  if (authOff) {
    notes.push(
      `auth: ${AUTH_OFF_NOTE} (no drill credentials given; the restored output keeps auth on)`
    )
  } else if (credentials !== undefined && authEnabled === false) {
    notes.push('auth: disabled in the snapshot; the drill credentials were not needed and not used')
  }
  return { mode: login === undefined ? { authOff } : { credentials: login }, notes }
}

/** The boot phase: every member healthy under one leader, or a failed `boot` check. */
async function bootCheck(
  members: DrillMember[],
  opts: BootDrillOptions,
  login: Credentials | undefined,
  whileStarting: (() => void) | undefined
): Promise<{ check: DrillCheck; cluster?: BootedCluster; logs?: MemberLog[] }> {
  let cluster: BootedCluster | undefined
  let logs: MemberLog[] | undefined
  const failed = failsOn(VerificationError)
  const check = await runCheck(
    'boot',
    'all members healthy, one leader',
    async () => {
      const booted = await bootCluster(members, {
        etcdPath: opts.etcd.path,
        initialCluster: opts.initialCluster,
        token: opts.token,
        ...(opts.bootTimeoutMs === undefined ? {} : { timeoutMs: opts.bootTimeoutMs }),
        ...(opts.saveLogsTo === undefined ? {} : { saveLogsTo: opts.saveLogsTo }),
        // the logs go where the booted members are (memory, when they fit there): see logParent
        ...(opts.copiesDir === undefined ? {} : { logParent: opts.copiesDir }),
        ...(login === undefined ? {} : { credentials: login }),
        ...(opts.afterPortPick && { afterPortPick: opts.afterPortPick }),
        ...(whileStarting && { whileStarting })
      })
      cluster = booted
      return { ok: true, actual: `leader ${booted.leaderId}` }
    },
    (error) => {
      if (error instanceof MemberDownError) logs = error.logs
      return failed(error)
    }
  )
  if (cluster !== undefined) return { check, cluster }
  return logs === undefined ? { check } : { check, logs }
}

/** The checks phase on the booted cluster, then the restart phase. */
async function checkAndRestart(
  cluster: BootedCluster,
  opts: BootDrillOptions,
  auth: AuthMode,
  logger: Logger,
  durationsMs: BootDurations
): Promise<DrillCheck[]> {
  const t = performance.now()
  await enterPhase('verify')
  await pausePoint('verify') // a test hook: the cluster up, nothing checked yet
  const first = await logger.group('drill: verify', () =>
    verifyCluster(cluster, opts.expected, { write: true, ...auth })
  )
  durationsMs.verify = elapsedMs(t)
  const crashed = memberDownCheck(cluster)
  if (crashed !== undefined) return [...first.checks, crashed]
  const second = await restartAndVerify(cluster, opts.expected, first, auth, logger, durationsMs)
  const down = memberDownCheck(cluster)
  return down === undefined ? [...first.checks, ...second] : [...first.checks, ...second, down]
}

function logChecks(checks: DrillCheck[], logger: Logger): void {
  for (const c of checks) {
    const line = `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.actual}${c.ok ? '' : ` (expected ${c.expected})`} [${c.ms} ms]`
    if (c.ok) logger.info(line)
    else logger.warn(line)
  }
}
