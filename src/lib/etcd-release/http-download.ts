import { createWriteStream } from 'node:fs'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { errorMessage } from '../errors.js'
import { attemptFailed, retryableStatus, type DownloadAttempt } from './fetch.js'

/**
 * The CLI's download attempt: Node's fetch (redirects followed, as GitHub release URLs need)
 * into a new file. A body shorter than its Content-Length is a failed attempt.
 */
export const fetchAttempt: DownloadAttempt = async (url, dest) => {
  let response: Response
  try {
    response = await fetch(url, { redirect: 'follow' })
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause
    throw attemptFailed(errorMessage(cause ?? error), true, error)
  }
  if (!response.ok || response.body === null) {
    await response.body?.cancel()
    const status = `HTTP ${response.status} ${response.statusText}`.trim()
    throw attemptFailed(status, retryableStatus(response.status))
  }
  const header = response.headers.get('content-length')
  await saveBody(
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
    header === null ? undefined : Number(header),
    dest
  )
}

/**
 * Writes a response body to `dest` (mode 0600), counting its bytes: a body that breaks or ends
 * before `declared` bytes is a retryable failed attempt ("cut short after N of M bytes").
 */
export async function saveBody(
  body: NodeJS.ReadableStream,
  declared: number | undefined,
  dest: string
): Promise<void> {
  let bytes = 0
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      done(null, chunk)
    }
  })
  const short = (): string =>
    `cut short after ${bytes}${declared === undefined ? '' : ` of ${declared}`} bytes`
  try {
    await pipeline(body, count, createWriteStream(dest, { mode: 0o600 }))
  } catch (error) {
    throw attemptFailed(`${short()} (${errorMessage(error)})`, true, error)
  }
  if (declared !== undefined && bytes !== declared) throw attemptFailed(short(), true)
}
