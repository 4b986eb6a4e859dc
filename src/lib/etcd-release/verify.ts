/**
 * The trust step between a download and the tool cache: a release tarball is used only when its
 * sha256 matches the pin or its own line in the release's SHA256SUMS.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { EtcdReleaseError, type ReleaseFiles } from './releases.js'

/** Where the expected sha256 came from, as the error line names it. */
export interface ExpectedSha256 {
  sha256: string
  /** `etcd-sha256` (the pin) or `SHA256SUMS`. */
  source: string
}

/**
 * The sha256 that SHA256SUMS (`<sha256>  <file>` lines, `*<file>` for binary mode) gives for
 * `files.tarball`. Exactly one line must name it.
 */
export function sha256FromSums(text: string, files: ReleaseFiles): ExpectedSha256 {
  const found: string[] = []
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim())
    if (match !== null && match[2]?.trim() === files.tarball)
      found.push((match[1] as string).toLowerCase())
  }
  if (found.length === 0)
    throw new EtcdReleaseError(
      `SHA256SUMS at ${files.sumsUrl} has no line for ${files.tarball}: refusing an unverified tarball (or pin it with etcd-sha256)`
    )
  if (new Set(found).size > 1)
    throw new EtcdReleaseError(
      `SHA256SUMS at ${files.sumsUrl} has ${found.length} different lines for ${files.tarball}`
    )
  return { sha256: found[0] as string, source: 'SHA256SUMS' }
}

/** sha256 (hex) of a file, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Throws the one-line mismatch error unless the downloaded tarball has the expected sha256. */
export async function checkTarball(
  path: string,
  files: ReleaseFiles,
  expected: ExpectedSha256
): Promise<void> {
  const actual = await sha256File(path)
  if (actual !== expected.sha256)
    throw new EtcdReleaseError(
      `sha256 mismatch for ${files.tarball}: ${expected.source} says ${expected.sha256}, file is ${actual}`
    )
}
