import { existsSync, lstatSync, readdirSync, renameSync, rmSync, rmdirSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join, resolve } from 'node:path'
import { TargetError } from '../errors.js'
import { trackUndo } from '../interrupt.js'
import { fsyncDir } from './fsync.js'

/** Every staging entry starts with this, so a later run can recognise (and clear) what a killed run left. */
const STAGE_PREFIX = '.etcd-restore-'

type PathState = 'absent' | 'empty-dir'

/**
 * Checks a restore target the way etcd does, with clearer words: a data-dir may be absent or an
 * empty folder (3.5 rule); a symlink, a file or a non-empty folder is refused and left untouched.
 */
export function targetState(path: string, what: 'data-dir' | 'wal-dir' | 'out-dir'): PathState {
  let stat
  try {
    stat = lstatSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent'
    throw new TargetError(`cannot inspect ${what} "${path}": ${(error as Error).message}`)
  }
  if (stat.isSymbolicLink())
    throw new TargetError(`${what} "${path}" is a symbolic link; give the real path`)
  if (!stat.isDirectory()) throw new TargetError(`${what} "${path}" exists and is not a directory`)
  if (readdirSync(path).length > 0) throw new TargetError(`${what} "${path}" is not empty`)
  return 'empty-dir'
}

interface Entry {
  finalPath: string
  stagePath: string
  replaceEmptyDir: boolean
  committed: boolean
}

/**
 * Builds output beside its final place and moves it there with rename(2), so a reader (or a run
 * killed half-way) sees a target either complete or absent. Staging paths are siblings of their
 * targets: same filesystem, so the rename is atomic.
 */
export class Staging {
  private readonly entries: Entry[] = []
  private readonly tag = `${process.pid}-${randomBytes(4).toString('hex')}`
  /** While anything is staged: a signal removes what is not committed (interrupt.ts). */
  private untrack: (() => void) | undefined

  private track(): void {
    this.untrack ??= trackUndo({
      paths: () =>
        this.entries
          .filter((e) => !e.committed && existsSync(e.stagePath))
          .map((e) => resolve(e.stagePath)),
      undo: () => this.abort()
    })
  }

  /** A fresh staging path for `finalPath` (not created). `state` comes from targetState(). */
  stage(finalPath: string, state: PathState): string {
    const stagePath = join(dirname(finalPath), `${STAGE_PREFIX}${basename(finalPath)}-${this.tag}`)
    this.track()
    this.entries.push({
      finalPath,
      stagePath,
      replaceEmptyDir: state === 'empty-dir',
      committed: false
    })
    return stagePath
  }

  /** A scratch path beside the targets, removed by commit() and abort(). */
  scratch(nearPath: string, name: string): string {
    const path = join(dirname(nearPath), `${STAGE_PREFIX}${name}-${this.tag}`)
    this.track()
    this.entries.push({ finalPath: '', stagePath: path, replaceEmptyDir: false, committed: false })
    return path
  }

  /** Moves every staged tree into place; if one move fails, the ones already made are undone. */
  commit(): void {
    const moves = this.entries.filter((e) => e.finalPath !== '')
    try {
      for (const entry of moves) {
        if (entry.replaceEmptyDir) rmdirSync(entry.finalPath) // fails (safely) if someone filled it meanwhile
        renameSync(entry.stagePath, entry.finalPath)
        entry.committed = true
      }
      // Parents are synced after all renames: a kill between the renames of a data-dir and its
      // separate wal-dir leaves one without the other, so that window stays a few syscalls wide.
      for (const parent of new Set(moves.map((e) => dirname(e.finalPath)))) fsyncDir(parent)
    } catch (error) {
      this.rollback()
      throw new TargetError(
        `could not move the restored files into place: ${(error as Error).message}`,
        { cause: error }
      )
    }
    this.removeScratch()
    this.untrack?.()
  }

  /** Removes everything staged; committed targets are left alone. */
  abort(): void {
    for (const entry of this.entries)
      if (!entry.committed) rmSync(entry.stagePath, { recursive: true, force: true })
    this.untrack?.()
  }

  private rollback(): void {
    for (const entry of this.entries.filter((e) => e.committed).reverse()) {
      try {
        renameSync(entry.finalPath, entry.stagePath)
        entry.committed = false
      } catch {
        // Best effort: the target stays complete, which is still a valid state.
      }
    }
    this.abort()
  }

  private removeScratch(): void {
    for (const entry of this.entries)
      if (entry.finalPath === '') rmSync(entry.stagePath, { recursive: true, force: true })
  }
}

/**
 * Removes staging entries in `dir` left by runs that no longer exist (killed with SIGKILL, say),
 * so a rerun starts clean. Entries of live processes are left alone.
 */
export function clearStaleStaging(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const match = /^\.etcd-restore-.*-(\d+)-[0-9a-f]{8}$/.exec(name)
    if (!match || processAlive(Number(match[1]))) continue
    rmSync(join(dir, name), { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
