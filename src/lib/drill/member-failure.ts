import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { VerificationError } from '../errors.js'
import { memberLayout } from '../member-dir/layout.js'
import type { DrillMember, EtcdProcess } from './etcd-process.js'

/** Lines of each member's log kept in a failed drill's report and error. */
export const LOG_TAIL_LINES = 20

/** One member's last log lines, as the drill report keeps them on failure. */
export interface MemberLog {
  name: string
  logTail: string
}

/**
 * A member that did not come up (exited, or no agreed leader in time) during `phase`: names it
 * and carries every member's log tail, read before the drill's log folder goes away.
 */
export class MemberDownError extends VerificationError {
  constructor(
    message: string,
    readonly member: string,
    readonly phase: string,
    readonly logs: MemberLog[]
  ) {
    super(message)
  }

  /** The same failure, with a sentence added to its message. */
  withNote(note: string): MemberDownError {
    return new MemberDownError(`${this.message}\n${note}`, this.member, this.phase, this.logs)
  }

  /** etcd could not bind one of its ports (taken between our pick and its bind). */
  get portCollision(): boolean {
    return /address already in use/.test(
      this.logs.find((l) => l.name === this.member)?.logTail ?? ''
    )
  }
}

/** Every member's last LOG_TAIL_LINES log lines. */
export function memberLogs(processes: EtcdProcess[]): MemberLog[] {
  return processes.map((p) => ({ name: p.name, logTail: p.logTail(LOG_TAIL_LINES) }))
}

const BASE_TIMEOUT_MS = 60_000
const PER_GB_MS = 10_000
const GB = 1024 ** 3

/**
 * The default `drill-timeout`: how long one boot (the first, or the restart) may take until
 * every member is healthy under one leader: 60 s plus 10 s per started GB of the biggest db
 * (etcd reads and hashes the whole db before it serves).
 */
export function defaultDrillTimeoutMs(members: DrillMember[]): number {
  return BASE_TIMEOUT_MS + PER_GB_MS * Math.ceil(biggestDb(members) / GB)
}

const SCAN_BASE_TIMEOUT_MS = 10_000
const SCAN_PER_GB_MS = 10_000

/**
 * How long a request whose work grows with the keyspace (HashKV, a count over every key) may
 * take: 10 s plus 10 s per started GB of the biggest db. A 4 GB db's HashKV took over 5 s on a
 * member while the other two hashed theirs (2 CPUs), where the other requests' 5 s failed it.
 */
export function scanTimeoutMs(members: DrillMember[]): number {
  return SCAN_BASE_TIMEOUT_MS + SCAN_PER_GB_MS * Math.ceil(biggestDb(members) / GB)
}

/** Size in bytes of the biggest member db (0 when none can be read). */
export function biggestDb(members: DrillMember[]): number {
  let biggest = 0
  for (const m of members) {
    try {
      biggest = Math.max(biggest, statSync(memberLayout(m.dataDir).dbPath).size)
    } catch {
      // a missing db is reported by etcd itself at boot
    }
  }
  return biggest
}

/**
 * Copies the members' full logs (`<member>.log`, the restart's lines appended) from the drill's
 * log folder into `to` before that folder is removed. Best effort: a log is a diagnostic, a
 * failed copy never fails the drill.
 */
export function saveLogs(logDir: string, to: string): void {
  try {
    mkdirSync(to, { recursive: true })
    for (const name of readdirSync(logDir)) copyFileSync(join(logDir, name), join(to, name))
  } catch {
    // the report's memberLogs still hold the tails
  }
}

/** The ports a boot picked, before its first etcd starts. */
export type AfterPortPick = (ports: { client: number[]; peer: number[] }) => Promise<void>
