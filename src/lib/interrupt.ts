/**
 * The process-wide registry of what a signal must undo: the etcd children this process started
 * and the folders it is writing (drill copies, logs, twins, restore staging). Code that starts a
 * child or makes a folder registers it here and unregisters it when it has stopped or removed it
 * itself. The entry points (src/cli/index.ts, src/action/index.ts) install the signal handlers:
 * on SIGINT, SIGTERM or SIGHUP every child gets SIGTERM, then SIGKILL after a grace that fits in
 * GitHub's 7.5 s between a cancel's SIGINT and its SIGTERM; every folder is removed; the process
 * prints one line and exits 128 + the signal's number. A second signal exits at once, after
 * SIGKILL on every recorded pid.
 */
import { rmSync } from 'node:fs'

/** A started child process (an etcd server) to stop on a signal. */
export interface TrackedChild {
  pid: number | undefined
  /** Stops it: SIGTERM, SIGKILL after `graceMs`; resolves once it is gone. */
  stop(graceMs: number): Promise<void>
}

/** Something on disk to undo on a signal; `undo` is synchronous and never throws. */
export interface TrackedFolder {
  /** The paths named in the interrupt line. */
  paths: () => string[]
  undo(): void
}

export const INTERRUPT_GRACE_MS = 3_000
const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = {
  SIGHUP: 129,
  SIGINT: 130,
  SIGTERM: 143
}
const HANDLED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

const children = new Set<TrackedChild>()
const folders = new Set<TrackedFolder>()
let phase = 'startup'
let scope: string | undefined
let interruptedBy: NodeJS.Signals | undefined

/** Records a started child until the returned function is called (when it has exited). */
export function trackChild(child: TrackedChild): () => void {
  if (interruptedBy !== undefined) killNow(child)
  children.add(child)
  return () => children.delete(child)
}

/** Records a folder to remove on a signal until the returned function is called. */
export function trackFolder(path: string): () => void {
  return trackUndo({
    paths: () => [path],
    undo: () => rmSync(path, { recursive: true, force: true })
  })
}

/** Records any on-disk undo (a restore's staging) until the returned function is called. */
export function trackUndo(entry: TrackedFolder): () => void {
  folders.add(entry)
  return () => folders.delete(entry)
}

/** The current phase, for the interrupt line ("drill boot", "restore", "download"). */
export function currentPhase(): string {
  return phase
}

/** Whether a signal has come; work in progress then stops at its next `enterPhase`. */
export function interrupted(): boolean {
  return interruptedBy !== undefined
}

/** Runs `work` with its phases named `<name> <phase>` ("drill boot"). */
export async function inScope<T>(name: string, work: () => Promise<T>): Promise<T> {
  const outer = scope
  scope = outer === undefined ? name : `${outer} ${name}`
  try {
    return await work()
  } finally {
    scope = outer
  }
}

/** Names the phase now running. After a signal it never resolves: the work stops there. */
export async function enterPhase(name: string): Promise<void> {
  phase = scope === undefined ? name : `${scope} ${name}`
  if (interruptedBy !== undefined) return never()
}

/**
 * A test hook: with `ETCD_RESTORE_PAUSE_AT=<name>`, prints `etcd-restore: paused at <name>` on
 * stderr and waits (for a signal). After a signal it never resolves either.
 */
export async function pausePoint(name: string): Promise<void> {
  if (interruptedBy !== undefined) return never()
  if (process.env.ETCD_RESTORE_PAUSE_AT !== name) return
  process.stderr.write(`etcd-restore: paused at ${name}\n`)
  setInterval(() => undefined, 60_000) // nothing else may keep the loop alive meanwhile
  return never()
}

/** Children first (they hold the folders open), then every folder; returns what was undone. */
export async function cleanupAll(
  graceMs = INTERRUPT_GRACE_MS
): Promise<{ stopped: number; removed: string[] }> {
  const stopping = [...children]
  await Promise.all(stopping.map((c) => c.stop(graceMs).catch(() => undefined)))
  return { stopped: stopping.length, removed: undoFolders() }
}

/** Synchronous last resort: SIGKILL on every recorded pid, then every folder removed. */
export function cleanupNow(): { stopped: number; removed: string[] } {
  const stopped = children.size
  for (const child of children) killNow(child)
  return { stopped, removed: undoFolders() }
}

/**
 * Installs the SIGINT/SIGTERM/SIGHUP handlers (once per process). `write` prints the one line;
 * the process then exits 128 + the signal number.
 */
export function installInterruptHandlers(
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)
): void {
  if (installed) return
  installed = true
  for (const signal of HANDLED) process.on(signal, () => onSignal(signal, write))
  // also when a run exits without awaiting its stops: never leave servers behind
  process.once('exit', () => {
    for (const child of children) killNow(child)
  })
}

let installed = false

function onSignal(signal: NodeJS.Signals, write: (line: string) => void): void {
  const first = interruptedBy
  if (first !== undefined) {
    const done = cleanupNow()
    write(interruptLine(`${first}, then ${signal}`, done, 'killed'))
    process.exit(SIGNAL_CODES[first] ?? 1)
  }
  interruptedBy = signal
  // keeps the loop alive (and the exit code ours) while the children stop
  const keepAlive = setInterval(() => undefined, 1_000)
  void cleanupAll().then(
    (done) => {
      clearInterval(keepAlive)
      write(interruptLine(signal, done, 'stopped'))
      process.exit(SIGNAL_CODES[signal] ?? 1)
    },
    () => process.exit(SIGNAL_CODES[signal] ?? 1)
  )
}

function interruptLine(
  signals: string,
  done: { stopped: number; removed: string[] },
  verb: string
): string {
  const parts = [`${verb} ${done.stopped} etcd`]
  parts.push(
    done.removed.length === 0 ? 'no folder to remove' : `removed ${done.removed.join(', ')}`
  )
  return `interrupted (${signals}) during ${phase}: ${parts.join(', ')}`
}

function undoFolders(): string[] {
  const removed: string[] = []
  for (const entry of [...folders].reverse()) {
    folders.delete(entry)
    try {
      const paths = entry.paths()
      entry.undo()
      removed.push(...paths)
    } catch {
      // best effort: the next run clears stale staging
    }
  }
  return removed
}

function killNow(child: TrackedChild): void {
  try {
    if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

function never(): Promise<void> {
  return new Promise(() => undefined)
}
