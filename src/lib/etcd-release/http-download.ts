import { createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { errorMessage } from '../errors.js'
import { downloadFailed, type Download } from './fetch.js'

/**
 * The CLI's downloads: Node's fetch (redirects followed, as GitHub release URLs need) into new
 * files under `dir`. A body shorter than its Content-Length is a failed download.
 */
export function httpDownload(dir: string): Download {
  let n = 0
  return async (url) => {
    const dest = join(dir, `download-${++n}`)
    let response: Response
    try {
      response = await fetch(url, { redirect: 'follow' })
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause
      throw downloadFailed(url, errorMessage(cause ?? error), error)
    }
    if (!response.ok || response.body === null)
      throw downloadFailed(url, `HTTP ${response.status} ${response.statusText}`.trim())
    const header = response.headers.get('content-length')
    const declared = header === null ? undefined : Number(header)
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
      await pipeline(
        Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
        count,
        createWriteStream(dest, { mode: 0o600 })
      )
    } catch (error) {
      throw downloadFailed(url, `${short()} (${errorMessage(error)})`, error)
    }
    if (declared !== undefined && bytes !== declared) throw downloadFailed(url, short())
    return dest
  }
}
