import { VerificationError } from '../errors.js'
import { silentLogger, type Logger } from '../logger.js'
import { AUTH_OFF_NOTE, switchAuthOff } from './auth-off.js'
import { bootCluster, type BootedCluster } from './cluster.js'
import { findEtcd } from '../etcd-release/etcd-binary.js'
import { copyMembers } from './workspace.js'
import { loopbackURL, type DrillMember } from './etcd-process.js'
import { verifyCluster, type DrillCheck, type ExpectedState, type VerifyOptions } from './verify.js'

export { findEtcd, type EtcdBinary } from '../etcd-release/etcd-binary.js'
export { freeLoopbackPorts } from './ports.js'
export { copyMembers } from './workspace.js'
export {
  startEtcd,
  stopAllEtcd,
  runningEtcdCount,
  type DrillMember,
  type EtcdProcess
} from './etcd-process.js'
export { GatewayClient, GatewayError, type Credentials } from './gateway.js'
export { switchAuthOff } from './auth-off.js'
export { bootCluster, type BootedCluster, type BootOptions } from './cluster.js'
export {
  verifyCluster,
  DRILL_PREFIX,
  type DrillCheck,
  type DrillWrite,
  type ExpectedState,
  type VerifyOptions,
  type VerifyResult
} from './verify.js'

export interface BootDrillOptions {
  members: DrillMember[]
  initialCluster: string
  token: string
  /** The `etcd-path` input / --etcd-path; PATH otherwise. */
  etcdPath?: string
  /** `authEnabled` decides how auth is handled: see `credentials`. */
  expected: ExpectedState
  /**
   * Used only when `expected.authEnabled`: every client logs in as this user (root, since
   * 3.5.28 / 3.4.42 / 3.6.9 Status and MemberList need an admin). Without them, auth is switched
   * off in the booted members' db (see switchAuthOff) and every check runs without a login.
   */
  credentials?: VerifyOptions['credentials']
  /**
   * Boot the restored folders themselves. Default false: boot copies in a temp folder, because
   * etcd rewrites its data-dir, the drill writes a key, and may switch auth off.
   */
  inPlace?: boolean
  /** Per boot (the first and the restart). Default 60 s. */
  bootTimeoutMs?: number
  logger?: Logger
}

export interface DrillResult {
  passed: boolean
  checks: DrillCheck[]
  /** How auth was handled, when it was (a line for the report). */
  notes: string[]
  etcdVersion: string
  etcdPath: string
  durationsMs: {
    copy: number
    boot: number
    verify: number
    restart: number
    verifyAfterRestart: number
    stop: number
    total: number
  }
}

/**
 * `verify: boot`: boots the restored members on loopback, checks what they serve, writes one
 * key, restarts them all and checks again (the write must survive). Every etcd started here is
 * stopped before this returns or throws. A cluster that does not come up is a failed `boot`
 * check, not an exception; a missing etcd binary is an InputError.
 */
export async function runBootDrill(opts: BootDrillOptions): Promise<DrillResult> {
  const logger = opts.logger ?? silentLogger
  const started = performance.now()
  const etcd = findEtcd(opts.etcdPath)
  // before copying gigabytes: the drill can only boot members restored with loopback peer URLs
  for (const m of opts.members) for (const url of m.peerURLs) loopbackURL(url, `${m.name} peer URL`)
  logger.info(`boot drill: etcd ${etcd.version} (${etcd.path}), ${opts.members.length} members`)
  const durationsMs = {
    copy: 0,
    boot: 0,
    verify: 0,
    restart: 0,
    verifyAfterRestart: 0,
    stop: 0,
    total: 0
  }
  const checks: DrillCheck[] = []
  const since = (t: number): number => Math.round(performance.now() - t)
  let cluster: BootedCluster | undefined
  let t = performance.now()
  const notes: string[] = []
  const authOn = opts.expected.authEnabled === true
  const login = authOn ? opts.credentials : undefined
  const authOff = authOn && login === undefined
  const verifyOptions: Pick<VerifyOptions, 'credentials' | 'authOff'> =
    login === undefined ? { authOff } : { credentials: login }
  if (authOff) {
    notes.push(
      `auth: ${AUTH_OFF_NOTE} (no drill credentials given; the restored output keeps auth on)`
    )
  } else if (opts.credentials !== undefined && opts.expected.authEnabled === false) {
    notes.push('auth: disabled in the snapshot; the drill credentials were not needed and not used')
  }
  for (const note of notes) logger.info(`boot drill: ${note}`)
  const copies = opts.inPlace === true ? undefined : copyMembers(opts.members)
  durationsMs.copy = since(t)
  try {
    const booted = copies?.members ?? opts.members
    if (authOff) switchAuthOff(booted)
    t = performance.now()
    try {
      cluster = await bootCluster(booted, {
        etcdPath: etcd.path,
        initialCluster: opts.initialCluster,
        token: opts.token,
        timeoutMs: opts.bootTimeoutMs ?? 60_000,
        ...(login === undefined ? {} : { credentials: login })
      })
      checks.push({
        name: 'boot',
        ok: true,
        expected: 'all members healthy, one leader',
        actual: `leader ${cluster.leaderId}`,
        ms: since(t)
      })
    } catch (error) {
      if (!(error instanceof VerificationError)) throw error
      checks.push({
        name: 'boot',
        ok: false,
        expected: 'all members healthy, one leader',
        actual: error.message,
        ms: since(t)
      })
    }
    durationsMs.boot = since(t)
    if (cluster !== undefined) {
      const running = cluster
      t = performance.now()
      const first = await logger.group('drill: verify', () =>
        verifyCluster(running, opts.expected, { write: true, ...verifyOptions })
      )
      checks.push(...first.checks)
      durationsMs.verify = since(t)

      t = performance.now()
      let restarted = true
      try {
        await running.restart()
        checks.push({
          name: 'restart',
          ok: true,
          expected: 'all members back, one leader',
          actual: `leader ${running.leaderId}`,
          ms: since(t)
        })
      } catch (error) {
        if (!(error instanceof VerificationError)) throw error
        restarted = false
        checks.push({
          name: 'restart',
          ok: false,
          expected: 'all members back, one leader',
          actual: error.message,
          ms: since(t)
        })
      }
      durationsMs.restart = since(t)
      if (restarted) {
        t = performance.now()
        const second = await logger.group('drill: verify after restart', () =>
          verifyCluster(running, opts.expected, {
            write: false,
            ...verifyOptions,
            ...(first.write === undefined ? {} : { persisted: first.write })
          })
        )
        checks.push(...second.checks.map((c) => ({ ...c, name: `after-restart:${c.name}` })))
        durationsMs.verifyAfterRestart = since(t)
      }
    }
  } finally {
    t = performance.now()
    await cluster?.stop()
    copies?.remove()
    durationsMs.stop = since(t)
  }
  durationsMs.total = since(started)
  for (const c of checks) {
    const line = `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.actual}${c.ok ? '' : ` (expected ${c.expected})`} [${c.ms} ms]`
    if (c.ok) logger.info(line)
    else logger.warn(line)
  }
  return {
    passed: checks.every((c) => c.ok),
    checks,
    notes,
    etcdVersion: etcd.version,
    etcdPath: etcd.path,
    durationsMs
  }
}

/** One line per failed check, for a VerificationError message. */
export function describeFailures(result: DrillResult): string {
  return result.checks
    .filter((c) => !c.ok)
    .map((c) => `${c.name}: expected ${c.expected}, got ${c.actual}`)
    .join('\n')
}
