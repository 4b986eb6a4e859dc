import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync, readSync, fstatSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../errors.js'
import { etcdEnv } from '../etcd-release/etcd-binary.js'
import { currentPhase, trackChild } from '../interrupt.js'

/** One restored member as the drill boots it. */
export interface DrillMember {
  name: string
  dataDir: string
  /** The separate WAL folder the member was restored with, if any. */
  walDir?: string
  /** The member's restored peer URLs; the drill listens on exactly these (loopback only). */
  peerURLs: string[]
}

export interface EtcdStartOptions {
  etcdPath: string
  /** Port for the member's client URL on 127.0.0.1. */
  clientPort: number
  initialCluster: string
  token: string
  /** Folder for the member's log file (`<name>.log`). */
  logDir: string
  /** Backend quota; large restored dbs would otherwise raise NOSPACE on the first write. */
  quotaBackendBytes?: number
  /** The member's GOMAXPROCS (goMaxProcsFor); unset: Go's own choice. */
  goMaxProcs?: number
}

/**
 * GOMAXPROCS for each of `members` etcd processes sharing `cpus`: their share, rounded up, so
 * together they run about one thread per CPU. Left to Go (undefined) when the environment sets
 * GOMAXPROCS or a member has every CPU to itself anyway. Why: each Go runtime sizes itself for
 * the whole machine, and three of them loading 1 GB each on 2 CPUs spent ~8 % more CPU in GC
 * workers and preemption (drill floor, etcd 3.5.30: restart 4.43 → 4.07 s, medians of 10).
 */
export function goMaxProcsFor(
  members: number,
  cpus: number,
  env: NodeJS.ProcessEnv = process.env
): number | undefined {
  if (env.GOMAXPROCS !== undefined && env.GOMAXPROCS !== '') return undefined
  const share = Math.max(1, Math.ceil(cpus / Math.max(1, members)))
  return share < cpus ? share : undefined
}

const STOP_GRACE_MS = 10_000
const LOG_TAIL_BYTES = 4096

/**
 * Every etcd child we started and have not seen exit; `stopAllEtcd()` reaps them, and the
 * interrupt registry (src/lib/interrupt.ts) on a signal or at process exit.
 */
const running = new Set<EtcdProcess>()

/** A running etcd server. Create with `startEtcd`; always `await stop()`. */
export class EtcdProcess {
  readonly clientURL: string
  /** Resolves when the process has exited (never rejects). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined
  private stopping: Promise<void> | undefined
  /** The phase running when the process exited (interrupt.ts's name, e.g. "drill verify"). */
  exitPhase: string | undefined

  constructor(
    readonly member: DrillMember,
    readonly logPath: string,
    private readonly child: ChildProcess,
    clientPort: number
  ) {
    this.clientURL = `http://127.0.0.1:${clientPort}`
    const untrack = trackChild({ pid: child.pid, stop: (graceMs) => this.terminate(graceMs) })
    this.exited = new Promise((resolve) => {
      const done = (code: number | null, signal: NodeJS.Signals | null): void => {
        this.exitInfo ??= { code, signal }
        this.exitPhase ??= currentPhase()
        running.delete(this)
        untrack()
        resolve(this.exitInfo)
      }
      child.once('exit', done)
      // spawn failures (ENOENT, EACCES) emit 'error' and maybe never 'exit'
      child.once('error', () => done(null, null))
    })
    running.add(this)
  }

  get name(): string {
    return this.member.name
  }

  get pid(): number | undefined {
    return this.child.pid
  }

  /** undefined while running; how it ended otherwise. */
  get exit(): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    return this.exitInfo
  }

  /** True once stop() or kill() was called: an exit after it is ours, not a crash. */
  get stopRequested(): boolean {
    return this.stopping !== undefined
  }

  /** SIGTERM, then SIGKILL after 10 s. Idempotent; resolves once the process is gone. */
  stop(graceMs = STOP_GRACE_MS): Promise<void> {
    this.stopping ??= this.terminate(graceMs)
    return this.stopping
  }

  /**
   * SIGKILL at once, for a member whose data-dir is thrown away right after: nothing of its
   * state is kept, so a graceful stop would buy nothing. Idempotent with stop() (whichever came
   * first wins); resolves once the process is gone.
   */
  kill(): Promise<void> {
    this.stopping ??= this.killNow()
    return this.stopping
  }

  private async killNow(): Promise<void> {
    if (this.exitInfo !== undefined) return
    this.child.kill('SIGKILL')
    await this.exited
  }

  /** SIGTERM, SIGKILL after `graceMs`; not memoized, so a signal's shorter grace applies too. */
  private async terminate(graceMs: number): Promise<void> {
    if (this.exitInfo !== undefined) return
    this.child.kill('SIGTERM')
    let timer: NodeJS.Timeout | undefined
    const killed = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.child.kill('SIGKILL')
        resolve()
      }, graceMs)
    })
    await Promise.race([this.exited, killed])
    clearTimeout(timer)
    await this.exited
  }

  /** The last lines of the member's log, for error messages. */
  logTail(lines = 15): string {
    return readLogTail(this.logPath, lines)
  }
}

/**
 * Starts one member on loopback. The `--initial-*` flags only matter without a WAL; a restored
 * member has one, so they are ignored by etcd but keep the command line self-describing.
 */
export function startEtcd(member: DrillMember, options: EtcdStartOptions): EtcdProcess {
  const peerURLs = member.peerURLs.map((url) => loopbackURL(url, `${member.name} peer URL`))
  if (peerURLs.length === 0) throw new InputError(`member ${member.name} has no peer URLs`)
  const clientURL = `http://127.0.0.1:${options.clientPort}`
  const args = [
    '--name',
    member.name,
    '--data-dir',
    member.dataDir,
    ...(member.walDir === undefined ? [] : ['--wal-dir', member.walDir]),
    '--listen-client-urls',
    clientURL,
    '--advertise-client-urls',
    clientURL,
    '--listen-peer-urls',
    peerURLs.join(','),
    '--initial-advertise-peer-urls',
    peerURLs.join(','),
    '--initial-cluster',
    options.initialCluster,
    '--initial-cluster-token',
    options.token,
    '--initial-cluster-state',
    'new',
    ...(options.quotaBackendBytes === undefined
      ? []
      : ['--quota-backend-bytes', String(options.quotaBackendBytes)])
  ]
  const logPath = join(options.logDir, `${member.name.replace(/[^A-Za-z0-9._-]/g, '_')}.log`)
  const logFd = openSync(logPath, 'a', 0o600)
  try {
    const child = spawn(options.etcdPath, args, {
      env: {
        ...etcdEnv(),
        ...(options.goMaxProcs === undefined ? {} : { GOMAXPROCS: String(options.goMaxProcs) })
      },
      stdio: ['ignore', logFd, logFd],
      detached: false
    })
    return new EtcdProcess(member, logPath, child, options.clientPort)
  } finally {
    // the child holds its own copy of the descriptor
    closeSync(logFd)
  }
}

/** Stops every etcd this process started and has not seen exit. */
export async function stopAllEtcd(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop()))
}

/** How many started etcd processes are still running (tests assert 0 at the end). */
export function runningEtcdCount(): number {
  return running.size
}

// Last resort when the test runner or CLI exits without awaiting stop(): never leave servers behind.
process.once('exit', () => {
  for (const p of running) {
    try {
      process.kill(p.pid ?? -1, 'SIGKILL')
    } catch {
      // already gone
    }
  }
})

/** Accepts only `http://127.0.0.1:<port>`: the drill never listens anywhere else. */
export function loopbackURL(raw: string, what: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InputError(`${what} ${JSON.stringify(raw)} is not a URL`)
  }
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || url.port === '') {
    throw new InputError(
      `${what} ${raw} is not http://127.0.0.1:<port>: the boot drill only listens on loopback; ` +
        'restore a drill copy with loopback peer URLs'
    )
  }
  return `http://127.0.0.1:${url.port}`
}

export function readLogTail(path: string, lines: number): string {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const size = fstatSync(fd).size
    const length = Math.min(size, LOG_TAIL_BYTES)
    const buffer = Buffer.alloc(length)
    readSync(fd, buffer, 0, length, size - length)
    return withoutUsage(buffer.toString('utf8').trimEnd()).split('\n').slice(-lines).join('\n')
  } catch (error) {
    return `(no log: ${(error as Error).message})`
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * etcd prints its whole usage text after a flag error ("flag provided but not defined: …"); from
 * 3.7 on it is longer than a log tail, which would then hold no word of the error. The usage is
 * cut, the lines before it kept.
 */
function withoutUsage(log: string): string {
  const usage = log.search(/^Usage:$/m)
  if (usage <= 0) return log
  return `${log.slice(0, usage).trimEnd()}\n(etcd's usage text follows in the full log)`
}
