import { randomBytes } from 'node:crypto'
import { rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { errorMessage } from '../errors.js'
import type { Logger } from '../logger.js'

/**
 * Moves a verified release folder `staged` to `final` with one rename (both on one file system:
 * stage beside the final folder), so a reader sees the whole release or nothing. Two jobs on one
 * runner installing the same release race here: the loser checks the winner's folder with
 * `verify` and uses it. A folder in the way that fails `verify` (left torn by a non-atomic
 * installer) is renamed aside, removed, and ours takes its place.
 */
export async function placeRelease<T>(
  staged: string,
  final: string,
  verify: (dir: string) => T,
  logger: Logger
): Promise<{ installed: T; raced: boolean }> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(staged, final)
      return { installed: verify(final), raced: false }
    } catch (error) {
      if (!inTheWay(error)) throw error
    }
    try {
      const installed = verify(final)
      logger.info(`${final}: installed meanwhile by another process; verified, using it`)
      return { installed, raced: true }
    } catch (error) {
      if (attempt > 0) throw error
      logger.warn(`${final} is unusable (${errorMessage(error)}): replacing it`)
      await discardDir(final)
    }
  }
}

/**
 * Removes `dir` without a window where it is half gone: renamed aside first (a reader sees it
 * whole or not at all), then deleted. A folder already gone is fine.
 */
export async function discardDir(dir: string): Promise<void> {
  const aside = join(dirname(dir), `.discard-${basename(dir)}-${randomBytes(4).toString('hex')}`)
  try {
    await rename(dir, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  await rm(aside, { recursive: true, force: true })
}

/** rename(2) onto a non-empty folder. */
function inTheWay(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EISDIR' || code === 'ENOTDIR'
}
