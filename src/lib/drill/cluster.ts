import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError, VerificationError } from '../errors.js'
import { memberLayout } from '../member-dir/layout.js'
import { pausePoint, trackFolder } from '../interrupt.js'
import {
  goMaxProcsFor,
  loopbackURL,
  startEtcd,
  type DrillMember,
  type EtcdProcess
} from './etcd-process.js'
import { GatewayClient, GatewayError, type Credentials } from './gateway.js'
import { freeLoopbackPorts, isLoopbackPortFree, releasePorts } from './ports.js'
import {
  biggestDb,
  type AfterPortPick,
  defaultDrillTimeoutMs,
  scanTimeoutMs,
  memberLogs,
  MemberDownError,
  LOG_TAIL_LINES,
  saveLogs
} from './member-failure.js'

export interface BootOptions {
  etcdPath: string
  /** `name=url,...` exactly as restored (only used by etcd when there is no WAL). */
  initialCluster: string
  token: string
  /**
   * Per boot (`drill-timeout`): every member healthy and one agreed leader within this time.
   * Default 60 s + 10 s per GB of the biggest db (defaultDrillTimeoutMs).
   */
  timeoutMs?: number
  /** Keep the log folder after stop() (it is printed in errors either way). */
  keepLogs?: boolean
  /**
   * Where the members' log folder goes (default the temp folder). A stopping etcd fsyncs its log
   * (zap's Sync on exit): on a disk still writing back a fresh restore's gigabytes that one small
   * fsync waits for the file system's journal, up to a second per member in the restart; on
   * memory (/dev/shm, where the drill boots its copies when they fit) it costs nothing.
   */
  logParent?: string
  /** Tests only: runs between the port pick and the first etcd start. */
  afterPortPick?: AfterPortPick
  /**
   * Synchronous work to do while the first start's members come up (after every member is
   * started, before waiting for them): it overlaps etcd's own start. Runs once; should it throw,
   * the members are stopped and the boot throws that.
   */
  whileStarting?: () => void
  /** Copy the members' full logs into this folder before the log folder is removed. */
  saveLogsTo?: string
  /**
   * For data with auth on: every client logs in, readiness included (Status needs a user since
   * 3.5.28 / 3.4.42 / 3.6.9).
   */
  credentials?: Credentials
}

export interface BootedMember {
  name: string
  clientURL: string
  client: GatewayClient
  process: EtcdProcess
}

/** A running drill cluster. Always `await stop()` (try/finally); `stopAllEtcd()` is the backstop. */
export interface BootedCluster {
  endpoints: string[]
  members: BootedMember[]
  logDir: string
  /** Member ID (hex) of the leader seen by the last readiness wait. */
  leaderId: string
  /** Stops every member gracefully (the followers together, then the leader: stopMembers). */
  stop(): Promise<void>
  /**
   * Kills every member at once (SIGKILL) and waits until all are gone: for members booted on
   * throwaway data-dirs, removed right after, where a graceful stop buys nothing. The logs are
   * saved and removed as by stop().
   */
  kill(): Promise<void>
  /** Stops all members, then starts them again on the same ports and waits until ready. */
  restart(): Promise<void>
}

// a boot takes seconds; a 50 ms poll costs little (a request to a member still starting waits
// on its socket) and finds the cluster ready sooner than 150 ms did
const POLL_MS = 50
/** How often a stopping leader's /metrics is read for its active peers (stopMembers). */
const PEERS_POLL_MS = 20
const MAX_MEMBERS = 64

/** Boots restored members on loopback and waits until every one is healthy under one leader. */
export async function bootCluster(
  members: DrillMember[],
  opts: BootOptions
): Promise<BootedCluster> {
  const peerPorts = await freePeerPorts(members)
  let clientPorts = await freeLoopbackPorts(members.length, peerPorts)
  const timeoutMs = opts.timeoutMs ?? defaultDrillTimeoutMs(members)
  const logDir = mkdtempSync(join(opts.logParent ?? tmpdir(), 'etcd-drill-'))
  const untrackLogs = trackFolder(logDir)
  // the client ports stay claimed (freeLoopbackPorts) until the members stop for good
  const removeLogs = (): void => {
    releasePorts(clientPorts)
    if (opts.saveLogsTo !== undefined) saveLogs(logDir, opts.saveLogsTo)
    if (opts.keepLogs !== true) rmSync(logDir, { recursive: true, force: true })
    untrackLogs()
  }
  const quota = quotaFor(members)
  const scanMs = scanTimeoutMs(members)
  const goMaxProcs = goMaxProcsFor(members.length, availableParallelism())
  let whileStarting = opts.whileStarting
  let booted: BootedMember[] = []
  let leaderId = ''

  const startOnce = async (pauseAt: 'boot' | 'restart'): Promise<void> => {
    booted = []
    try {
      members.forEach((member, i) => {
        const process = startEtcd(member, {
          etcdPath: opts.etcdPath,
          clientPort: clientPorts[i] as number,
          initialCluster: opts.initialCluster,
          token: opts.token,
          logDir,
          quotaBackendBytes: quota,
          ...(goMaxProcs === undefined ? {} : { goMaxProcs })
        })
        const clientURL = process.clientURL
        booted.push({
          name: member.name,
          clientURL,
          process,
          client: new GatewayClient(clientURL, 5_000, opts.credentials, scanMs)
        })
      })
      await pausePoint(pauseAt) // a test hook: every member started, none ready yet
      if (pauseAt === 'boot') whileStarting = runOnce(whileStarting) // not again on a retry
      leaderId = await waitReady(booted, timeoutMs, pauseAt)
    } catch (error) {
      await stopMembers(booted)
      throw error
    }
  }
  // a port taken between our pick and etcd's bind: once more on fresh client ports
  const startAll = async (phase: 'boot' | 'restart'): Promise<void> => {
    try {
      await startOnce(phase)
    } catch (error) {
      if (!(error instanceof MemberDownError && error.portCollision)) throw error
      const busyPeer = await busyPort(peerPorts)
      if (busyPeer !== undefined) {
        throw error.withNote(
          `peer port 127.0.0.1:${busyPeer} is still in use (a restored peer URL cannot move): not retried`
        )
      }
      const taken = clientPorts
      clientPorts = await freeLoopbackPorts(members.length, peerPorts)
      releasePorts(taken)
      await startOnce(phase)
    }
  }

  const cluster: BootedCluster = {
    get endpoints() {
      return booted.map((m) => m.clientURL)
    },
    get members() {
      return booted
    },
    logDir,
    get leaderId() {
      return leaderId
    },
    stop: async () => {
      await stopMembers(booted)
      removeLogs()
    },
    kill: async () => {
      await Promise.all(booted.map((m) => m.process.kill()))
      removeLogs()
    },
    restart: async () => {
      await stopMembers(booted)
      await startAll('restart')
    }
  }
  try {
    await opts.afterPortPick?.({ client: clientPorts, peer: [...peerPorts] })
    await startAll('boot')
  } catch (error) {
    removeLogs()
    throw error
  }
  return cluster
}

/** Runs `work` (when given); returns what is left to run: nothing. */
function runOnce(work: (() => void) | undefined): undefined {
  work?.()
  return undefined
}

/**
 * The members' loopback peer ports, once every member is known to be a restored data-dir (a
 * unique name, a WAL, a db) and every port free.
 */
async function freePeerPorts(members: DrillMember[]): Promise<Set<number>> {
  if (members.length === 0 || members.length > MAX_MEMBERS) {
    throw new InputError(`boot drill needs 1..${MAX_MEMBERS} members, got ${members.length}`)
  }
  const names = new Set(members.map((m) => m.name))
  if (names.size !== members.length) throw new InputError('boot drill: member names must be unique')
  const peerPorts = new Set<number>()
  for (const m of members) {
    assertRestored(m)
    if (m.peerURLs.length === 0) throw new InputError(`member ${m.name} has no peer URLs`)
    for (const url of m.peerURLs)
      peerPorts.add(Number(new URL(loopbackURL(url, `${m.name} peer URL`)).port))
  }
  const busy = await busyPort(peerPorts)
  if (busy !== undefined) {
    throw new VerificationError(
      `peer port 127.0.0.1:${busy} is already in use: the restored peer URLs must be free to boot the drill cluster`
    )
  }
  return peerPorts
}

async function busyPort(ports: Iterable<number>): Promise<number | undefined> {
  for (const port of ports) if (!(await isLoopbackPortFree(port))) return port
  return undefined
}

/**
 * Polls /health and Status until every member is healthy and all report the same leader, which
 * is one of them. A member that exits fails at once, naming it and quoting its log.
 */
async function waitReady(
  members: BootedMember[],
  timeoutMs: number,
  phase: 'boot' | 'restart'
): Promise<string> {
  const deadline = Date.now() + timeoutMs
  const last = new Map<string, string>()
  for (;;) {
    for (const m of members) {
      const exit = m.process.exit
      if (exit !== undefined) {
        throw new MemberDownError(
          `etcd member ${m.name} exited during ${phase} (code ${exit.code}, signal ${exit.signal}); last log lines from ${m.process.logPath}:\n${m.process.logTail(LOG_TAIL_LINES)}`,
          m.name,
          phase,
          memberLogs(members.map((b) => b.process))
        )
      }
    }
    const leaders = await Promise.all(
      members.map(async (m) => {
        try {
          if (!(await m.client.health())) {
            last.set(m.name, 'not healthy yet')
            return undefined
          }
          const status = await m.client.status()
          last.set(m.name, `leader ${status.leader.toString(16)}`)
          return status.leader
        } catch (error) {
          // a refused login or a user without the root role does not heal by waiting
          if (error instanceof GatewayError && error.loginRefused) {
            throw new VerificationError(`etcd member ${m.name}: cannot log in: ${error.message}`)
          }
          if (error instanceof GatewayError && error.permissionDenied) {
            throw new VerificationError(
              `etcd member ${m.name}: the drill user may not read the member status ` +
                `(etcd 3.4.42+, 3.5.28–3.5.31 and 3.6.9–3.6.11 want the root role): ${error.message}`
            )
          }
          last.set(m.name, (error as Error).message)
          return undefined
        }
      })
    )
    const first = leaders[0]
    if (first !== undefined && first !== 0n && leaders.every((l) => l === first)) {
      return first.toString(16)
    }
    if (Date.now() > deadline) {
      const waiting =
        members.find((_m, i) => leaders[i] === undefined || leaders[i] === 0n) ?? members[0]
      const states = members.map((m) => `${m.name}: ${last.get(m.name) ?? 'no answer'}`).join('; ')
      const name = waiting?.name ?? '?'
      throw new MemberDownError(
        `etcd cluster not ready after ${timeoutMs} ms (drill-timeout) during ${phase}: member ${name} not ready (${states}); last log lines from ${waiting?.process.logPath}:\n${waiting?.process.logTail(LOG_TAIL_LINES)}`,
        name,
        phase,
        memberLogs(members.map((b) => b.process))
      )
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

/**
 * A graceful stop of every member: the followers together, then the leader once it counts no
 * follower active (or they have exited). A leader signalled while it counts a peer active hands
 * its leadership over first (etcd's TransferLeadership), and when that peer is itself stopping it
 * waits for it up to ~7 s; counting none, it has no one to hand over to and exits at once. A member
 * stopping while a peer still holds connections to it waits up to 1 s for them to close: the
 * followers wait so for the leader, which goes as soon as they have left the cluster, not 1 s later.
 */
async function stopMembers(members: BootedMember[]): Promise<void> {
  const left = members.filter((m) => m.process.exit === undefined)
  const followersGone: Promise<void>[] = []
  try {
    if (left.length > 1) {
      const leader = left[await leaderIndex(left)] as BootedMember
      const followers = Promise.all(left.filter((m) => m !== leader).map((m) => m.process.stop()))
      followersGone.push(followers.then(() => undefined))
      await leaderAlone(leader, followers)
    }
  } finally {
    // the leader; and whatever happened above, nothing stays running
    await Promise.all([...members.map((m) => m.process.stop()), ...followersGone])
  }
}

/**
 * Resolves once `leader` counts no active peer (its /metrics), or else once `followers` have
 * exited (a member without the metric, or not answering).
 */
async function leaderAlone(leader: BootedMember, followers: Promise<unknown>): Promise<void> {
  let gone = false
  void followers.then(() => (gone = true))
  while (!gone) {
    const active = await leader.client.activePeers().catch(() => undefined)
    if (active === 0) return
    if (active === undefined) break
    await Promise.race([followers, new Promise((resolve) => setTimeout(resolve, PEERS_POLL_MS))])
  }
  await followers
}

/** Index of the member that is the leader now; 0 when nobody knows. */
async function leaderIndex(members: BootedMember[]): Promise<number> {
  const statuses = await Promise.all(members.map((m) => m.client.status().catch(() => undefined)))
  const leader = statuses.find((s) => s !== undefined && s.leader !== 0n)?.leader
  const index = statuses.findIndex((s) => s !== undefined && s.header.memberId === leader)
  return index < 0 ? 0 : index
}

/**
 * Without a WAL etcd would bootstrap a brand-new empty member (creating folders as needed), and
 * the drill would test something other than the restore: refuse that up front.
 */
function assertRestored(m: DrillMember): void {
  const { walDir, dbPath: db } = memberLayout(m.dataDir, m.walDir)
  let wals: string[] = []
  try {
    wals = readdirSync(walDir).filter((f) => f.endsWith('.wal'))
  } catch {
    // reported below
  }
  if (wals.length === 0) {
    throw new VerificationError(
      `member ${m.name}: no *.wal file in ${walDir}: not a restored data-dir, refusing to boot it`
    )
  }
  if (!existsSync(db))
    throw new VerificationError(`member ${m.name}: ${db} is missing: not a restored data-dir`)
}

/** etcd 3.4's default quota is 2 GiB; give big restored dbs room for the drill write (max 8 GiB). */
function quotaFor(members: DrillMember[]): number | undefined {
  const wanted = biggestDb(members) + 1024 * 1024 * 1024
  if (wanted <= 2 * 1024 * 1024 * 1024) return undefined
  return Math.min(wanted, 8 * 1024 * 1024 * 1024)
}
