/**
 * Peer URLs as etcd's `types.NewURLs` accepts them, in the string form Go's `url.URL.String()`
 * gives (that string is hashed into member IDs and written into the WAL and `.snap`).
 *
 * We reproduce Go's normalization only for plain `scheme://host:port` URLs, where it just
 * lowercases the scheme. Anything Go would re-encode or that etcd handles differently across
 * versions (user info, query, fragment, percent-encoding, IPv6 zones, paths, non-ASCII) is
 * rejected with an InputError naming the URL and the rule, rather than risk a different member ID.
 *
 * A query is refused for what etcd does with it, not for its ID: etcdutl restores such URLs
 * and every server here (3.4.23 to 3.7.4) boots and replicates over them, but a follower appends
 * its lease paths after the query when it forwards to the leader, so lease keep-alives and
 * time-to-live sent to a follower fail (test/e2e/target-boot-matrix.test.ts).
 */
import { InputError } from '../errors.js'

/** Longer URLs are certainly mistakes; the bound keeps error messages and IDs sane. */
export const MAX_URL_LENGTH = 1024

const SCHEMES = new Set(['http', 'https', 'unix', 'unixs'])
const GO_ASCII_SPACE = /^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s
const REG_NAME = /^[A-Za-z0-9._~-]+$/
const IPV6 = /^\[[0-9A-Fa-f:.]+\]$/

/** Normalizes one peer URL (TrimSpace, Go parse, String()); throws InputError if etcd or we reject it. */
export function normalizePeerUrl(raw: string): string {
  const bad = (rule: string): InputError =>
    new InputError(`invalid peer URL ${quote(raw)}: ${rule}`)
  const text = raw.replace(GO_ASCII_SPACE, '')
  if (text === '') throw bad('it is empty')
  if (text.length > MAX_URL_LENGTH) throw bad(`it is longer than ${MAX_URL_LENGTH} characters`)
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) throw bad('it contains a control character')
  if (/[^\u0020-\u007e]/.test(text)) throw bad('it contains a non-ASCII character')
  if (/\s/.test(text)) throw bad('it contains whitespace')
  const m = SCHEME.exec(text)
  if (!m) throw bad('it must look like scheme://host:port')
  const scheme = m[1]!.toLowerCase()
  const rest = m[2]!
  if (!SCHEMES.has(scheme)) throw bad('URL scheme must be http, https, unix, or unixs')
  if (rest.includes('@')) throw bad('user info (user@) is not supported')
  if (rest.includes('?'))
    throw bad(
      'a query (?) is not supported: etcd appends its peer paths after it, so lease keep-alives sent to a follower fail ("etcdserver: requested lease not found" from etcd 3.7.4)'
    )
  if (rest.includes('#')) throw bad('a fragment (#) is not supported')
  if (rest.includes('%')) throw bad('percent-encoding and IPv6 zones (%) are not supported')
  if (rest.includes('/') || rest.includes('\\')) throw bad('URL must not contain a path')
  // A bracketed IPv6 host ends at `]`; otherwise the port follows the last colon.
  const bracketEnd = rest.startsWith('[') ? rest.indexOf(']') : -1
  const colon = bracketEnd >= 0 ? bracketEnd + 1 : rest.lastIndexOf(':')
  if (colon === 0) throw bad('the host is empty')
  if (colon < 0 || rest[colon] !== ':') throw bad('URL address does not have the form "host:port"')
  const host = rest.slice(0, colon)
  const port = rest.slice(colon + 1)
  if (host === '') throw bad('the host is empty')
  if (!REG_NAME.test(host) && !IPV6.test(host)) {
    throw bad('the host must be a name, an IPv4 address or a [bracketed] IPv6 address')
  }
  if (!/^[0-9]{1,5}$/.test(port) || Number(port) > 65535) {
    throw bad('URL address does not have the form "host:port" (port must be 0-65535)')
  }
  return `${scheme}://${host}:${port}`
}

/** `types.NewURLs`: normalizes every URL and sorts by the normalized string (byte order). */
export function normalizePeerUrls(raws: readonly string[]): string[] {
  return raws.map(normalizePeerUrl).sort(compareStrings)
}

/** A comma-separated URL list (`--initial-advertise-peer-urls`), normalized and sorted. */
export function parsePeerUrlList(csv: string): string[] {
  return normalizePeerUrls(csv.split(','))
}

/** Byte-order comparison; equal to Go's for the ASCII strings this module produces. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Go's %q is close enough to JSON quoting for messages. */
export function quote(text: string): string {
  return JSON.stringify(text)
}
