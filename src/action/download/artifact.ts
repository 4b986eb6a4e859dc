/**
 * An artifact's download with the real @actions/artifact client, made safe to retry and to
 * fail. What the client does itself (6.2.1, measured against test/emulator's fault injection,
 * test/action/download-faults.test.ts): the blob GET is tried 5 times, 5 s apart, and a 500 is
 * seen at once; a connection reset mid-body is not seen (the response stream's error is not
 * piped on) and costs its 30 s stall timer before the next try; after the 5th failure it throws
 * "Artifact download failed after 5 retries." without the reason (that is in its debug log).
 * It never compares the body with its length, only with `expectedHash`.
 *
 * So here: the folder is emptied before each attempt and removed after a failed one (and on a
 * signal); a digest mismatch (a cut or corrupted body the client took as whole) is retried with
 * back-off (lib/retry.ts), as is a 5xx or a dropped connection on the REST call a cross-run
 * download makes first; the client's own exhausted retries are not multiplied; the last failure
 * is one line, `download of … failed after N attempts: <reason>`.
 */
import type { Artifact, DefaultArtifactClient } from '@actions/artifact'
import { mkdir, rm } from 'node:fs/promises'
import { SnapshotError } from '../../lib/errors.js'
import { trackFolder } from '../../lib/interrupt.js'
import type { Logger } from '../../lib/logger.js'
import {
  PermanentFailure,
  retriedMessage,
  RetriesFailed,
  withRetries,
  type RetryPolicy
} from '../../lib/retry.js'
import type { FindBy } from '../inputs/types.js'

/** @actions/artifact's words when its own blob retries ran out (download-artifact.js). */
const CLIENT_GAVE_UP = /Artifact download failed after (\d+) retries/

export interface ArtifactDownload {
  client: DefaultArtifactClient
  artifact: Artifact
  findBy?: FindBy
  /** Created (emptied) for each attempt; removed when the download fails. */
  dir: string
  /** For the lines: "snapshot artifact 'nightly' (id 3)". */
  label: string
  logger: Logger
  retry: RetryPolicy
  /** Runs after each attempt's bytes are on disk, before they are checked (a test hook). */
  afterDownload?: () => Promise<void>
}

/** Downloads `artifact` into `dir`, its digest checked; throws one SnapshotError line. */
export async function downloadArtifactSafely(d: ArtifactDownload): Promise<void> {
  const { artifact, dir } = d
  const what = `download of ${d.label}`
  if (!artifact.digest)
    d.logger.warn(
      `${d.label} has no digest: its bytes cannot be checked against the service ` +
        '(the snapshot is still checked against its own sha256 trailer)'
    )
  // a signal mid-download removes the partial download (lib/interrupt.ts)
  const untrack = trackFolder(dir)
  try {
    await withRetries(
      async () => {
        await rm(dir, { recursive: true, force: true })
        await mkdir(dir, { recursive: true })
        const result = await d.client
          .downloadArtifact(artifact.id, {
            ...(d.findBy && { findBy: d.findBy }),
            ...{ path: dir, expectedHash: artifact.digest }
          })
          .catch((error: unknown) => {
            throw classify(error)
          })
        await d.afterDownload?.()
        if (result.digestMismatch)
          throw new Error(`the downloaded bytes do not match its digest ${artifact.digest}`)
      },
      {
        policy: d.retry,
        logger: d.logger,
        what,
        cleanup: () => rm(dir, { recursive: true, force: true })
      }
    )
  } catch (error) {
    if (!(error instanceof RetriesFailed)) throw error
    throw new SnapshotError(retriedMessage(what, error), { cause: error.last })
  } finally {
    untrack()
  }
}

/** Whether another call may pass: see the module comment. */
function classify(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error)
  const gaveUp = CLIENT_GAVE_UP.exec(message)
  if (gaveUp) {
    const tries = Number(gaveUp[1])
    return new PermanentFailure(
      `blob storage failed ${tries} times in a row (@actions/artifact retries it itself, 5 s apart; ` +
        "each try's error is in the step's debug log)",
      error,
      tries
    )
  }
  // the REST call of a cross-run download (octokit's RequestError carries the HTTP status)
  const status = (error as { status?: unknown }).status
  const code = (error as { code?: unknown }).code
  const retryable =
    (typeof status === 'number' && (status >= 500 || status === 408 || status === 429)) ||
    (typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN)$/.test(code))
  const reason = typeof status === 'number' ? `${message} (HTTP ${status})` : message
  return retryable ? new Error(reason, { cause: error }) : new PermanentFailure(reason, error)
}
