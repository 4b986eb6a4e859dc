/**
 * Every error a user can meet. Each class owns an exit code, so the CLI and the action
 * report one clear line and the right status without matching on message text.
 * Anything thrown that is not a RestoreError is a bug (exit code 1).
 */

/** Exit codes of `etcd-restore`, documented in the README. */
export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  snapshot: 3,
  target: 4,
  verification: 5,
  regression: 6,
  undecryptable: 7,
  disk: 8
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

/** Base class of the errors that are the user's to fix. */
export class RestoreError extends Error {
  readonly exitCode: ExitCode = ExitCode.internal
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** A flag, input or cluster description is wrong. Nothing was read or written. */
export class InputError extends RestoreError {
  override readonly exitCode = ExitCode.usage
}

/** The snapshot cannot be trusted: it is missing, unreadable, truncated, corrupt or not etcd's. */
export class SnapshotError extends RestoreError {
  override readonly exitCode = ExitCode.snapshot
}

/** The file has no sha256 trailer (size % 512 != 32): most likely a raw `member/snap/db` copy. */
export class MissingHashError extends SnapshotError {}

/** The file is shorter than the database it describes. */
export class TruncatedSnapshotError extends SnapshotError {}

/** The sha256 trailer does not match the contents. */
export class HashMismatchError extends SnapshotError {}

/**
 * The bbolt structure is broken. `pageId` names the page where the first problem was found,
 * when there is one.
 */
export class BoltFormatError extends SnapshotError {
  readonly pageId: number | undefined
  constructor(message: string, pageId?: number) {
    super(pageId === undefined ? message : `page ${pageId}: ${message}`)
    this.pageId = pageId
  }
}

/** The restore target is in the way (data-dir not empty, wal-dir exists) or cannot be written. */
export class TargetError extends RestoreError {
  override readonly exitCode = ExitCode.target
}

/** A restore drill check failed: the restored cluster does not serve what the snapshot holds. */
export class VerificationError extends RestoreError {
  override readonly exitCode = ExitCode.verification
}

/** The backup holds less than its baseline (snapshot diff gate): revision back, keys or kinds lost. */
export class RegressionError extends RestoreError {
  override readonly exitCode = ExitCode.regression
}

/**
 * `snapshot inventory --encryption-config`: values encrypted at rest that the given
 * EncryptionConfiguration does not decrypt (a key it lacks, or a key of that name that does not
 * open them): the restored cluster cannot read them.
 */
export class UndecryptableError extends RestoreError {
  override readonly exitCode = ExitCode.undecryptable
}

/**
 * Not enough disk: found before the first byte is written (`needs 6.2 GiB on /runner/_temp,
 * 4.1 GiB free; …`), or a write that failed with ENOSPC or EDQUOT (DiskFullError). Nothing
 * half-written is left either way.
 */
export class DiskSpaceError extends RestoreError {
  override readonly exitCode = ExitCode.disk
}

/** A write failed for want of space (ENOSPC, or EDQUOT: the user's quota): `disk full: <path>`. */
export class DiskFullError extends DiskSpaceError {
  readonly path: string
  constructor(path: string, options?: { cause?: unknown }) {
    super(`disk full: ${path}`, options)
    this.path = path
  }
}

/** The file-system error codes that mean "no space left" (for the writer, or on the device). */
const NO_SPACE = new Set(['ENOSPC', 'EDQUOT'])

/** Whether `error` is a failed write for want of space (ENOSPC or EDQUOT). */
export function isNoSpace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && NO_SPACE.has(code)
}

/**
 * `error` as a DiskFullError naming `path` when it is a no-space error (or already one: kept),
 * else `error` itself: for every catch around a write.
 */
export function diskFull(error: unknown, path: string): unknown {
  if (error instanceof DiskFullError) return error
  return isNoSpace(error) ? new DiskFullError(path, { cause: error }) : error
}

/** A broken internal invariant: a bug in this tool, never the user's input. */
export class InvariantError extends Error {
  constructor(message: string) {
    super(`assertion failed: ${message}`)
    this.name = 'InvariantError'
  }
}

/** One line for a person: the message of a RestoreError, or of anything else thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

/** The exit code for anything thrown. */
export function exitCodeOf(error: unknown): ExitCode {
  return error instanceof RestoreError ? error.exitCode : ExitCode.internal
}
