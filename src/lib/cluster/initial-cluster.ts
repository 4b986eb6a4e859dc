/**
 * `--initial-cluster` parsing and bootstrap validation (format doc §1.2, §1.3): etcd's
 * `types.NewURLsMap` + `ServerConfig.VerifyBootstrap` + `NewClusterFromURLsMap`, plus guards of
 * our own, because member names also become directory and artifact names.
 */
import { InputError } from '../errors.js'
import { clusterId, idHex, memberId } from './ids.js'
import { compareBigints } from './order.js'
import { compareStrings, normalizePeerUrls, parsePeerUrlList, quote } from './urls.js'

/** etcd has no limit. Ours keeps the v2 store's 1000-slot event queue from wrapping (§7.5). */
export const MAX_MEMBERS = 1000
/** A file name component is at most 255 bytes on common file systems. */
export const MAX_NAME_BYTES = 255

export interface ClusterMember {
  name: string
  id: bigint
  /** Normalized, sorted by string. */
  peerURLs: string[]
}

export interface Cluster {
  token: string
  id: bigint
  /** Ascending id. */
  members: ClusterMember[]
  /**
   * Member IDs in --initial-cluster order (first appearance of each name): the order etcd 3.6+'s
   * Go maps hand the members out in when etcd's own map iteration happens to start at the first
   * (see src/lib/snap/membership-v2.ts). Absent: ascending ID.
   */
  writtenOrder?: bigint[]
}

/**
 * `types.NewURLsMap`: split on `,`, skip empty pieces, the first `=` separates name from URL,
 * names are not trimmed, a repeated name collects URLs. Returns name → normalized sorted URLs,
 * in order of first appearance.
 */
export function parseInitialCluster(initialCluster: string): Map<string, string[]> {
  const raw = new Map<string, string[]>()
  for (const piece of initialCluster.split(',')) {
    if (piece === '') continue
    const eq = piece.indexOf('=')
    if (eq < 0) throw new InputError(`--initial-cluster entry ${quote(piece)} is not name=url`)
    const name = piece.slice(0, eq)
    checkName(name)
    const urls = raw.get(name) ?? []
    urls.push(piece.slice(eq + 1))
    raw.set(name, urls)
    if (raw.size > MAX_MEMBERS) {
      throw new InputError(`--initial-cluster has more than ${MAX_MEMBERS} members`)
    }
  }
  const parsed = new Map<string, string[]>()
  for (const [name, urls] of raw) parsed.set(name, normalizePeerUrls(urls))
  return parsed
}

/** Builds the restored cluster: IDs, validation, members in ascending ID order. */
export function buildCluster(initialCluster: string, token: string): Cluster {
  const urlsMap = parseInitialCluster(initialCluster)
  if (urlsMap.size === 0) throw new InputError('--initial-cluster is empty')
  const seen = new Map<string, string>()
  for (const [name, urls] of urlsMap) {
    for (const url of urls) {
      const other = seen.get(url)
      if (other !== undefined) {
        throw new InputError(
          `initial cluster ${urlsMapString(urlsMap)} has duplicate url ${url} (members ${quote(other)} and ${quote(name)})`
        )
      }
      seen.set(url, name)
    }
  }
  const byId = new Map<bigint, ClusterMember>()
  for (const [name, peerURLs] of urlsMap) {
    const id = memberId(peerURLs, token)
    if (id === 0n) throw new InputError(`cannot use 0 as member id (member ${quote(name)})`)
    const other = byId.get(id)
    if (other) {
      throw new InputError(
        `member exists with identical ID ${idHex(id)}: ${quote(other.name)} and ${quote(name)}`
      )
    }
    byId.set(id, { name, id, peerURLs })
  }
  const writtenOrder = [...byId.keys()]
  const members = [...byId.values()].sort((a, b) => compareBigints(a.id, b.id))
  return { token, id: clusterId(members.map((m) => m.id)), members, writtenOrder }
}

/** The member called `name`; InputError with etcd's message when there is none. */
export function findMember(cluster: Cluster, name: string): ClusterMember {
  const member = cluster.members.find((m) => m.name === name)
  if (!member) {
    throw new InputError(
      `couldn't find local name ${quote(name)} in the initial cluster configuration`
    )
  }
  return member
}

/**
 * etcd's `advertiseMatchesCluster`, without its DNS resolution: the member's URLs must equal
 * `--initial-advertise-peer-urls` as sorted lists of normalized strings.
 */
export function verifyAdvertisePeerUrls(cluster: Cluster, name: string, advertise: string): void {
  const member = findMember(cluster, name)
  const advertised = parsePeerUrlList(advertise)
  const expected = member.peerURLs
  if (advertised.length === expected.length && advertised.every((u, i) => u === expected[i])) {
    return
  }
  const missing = expected.filter((u) => !advertised.includes(u))
  if (missing.length > 0) {
    throw new InputError(
      `--initial-cluster has ${missing.map((u) => `${name}=${u}`).join(',')} but missing from --initial-advertise-peer-urls=${advertised.join(',')}`
    )
  }
  const extra = advertised.filter((u) => !expected.includes(u))
  if (extra.length > 0) {
    throw new InputError(
      `--initial-advertise-peer-urls has ${extra.join(',')} but missing from --initial-cluster=${expected.map((u) => `${name}=${u}`).join(',')}`
    )
  }
  throw new InputError(
    `--initial-advertise-peer-urls=${advertised.join(',')} does not match --initial-cluster=${expected.map((u) => `${name}=${u}`).join(',')} (a URL is repeated)`
  )
}

/** Names become directory and artifact names, so we refuse more than etcd does. */
function checkName(name: string): void {
  const bad = (rule: string): InputError =>
    new InputError(
      `--initial-cluster member name ${quote(name)} ${rule} (names become directory and artifact names)`
    )
  if (name === '') throw bad('is empty')
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) throw bad('contains a control character')
  if (name.includes('/') || name.includes('\\')) throw bad('contains a path separator')
  if (name.includes('..') || name === '.') throw bad('contains ".." or is "."')
  if (/[\uD800-\uDFFF]/.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) {
    throw bad('is not valid Unicode')
  }
  if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES)
    throw bad(`is longer than ${MAX_NAME_BYTES} bytes`)
}

/** Go's `URLsMap.String()`: `name=url` pairs sorted as strings, joined by commas. */
function urlsMapString(urlsMap: Map<string, string[]>): string {
  const pairs: string[] = []
  for (const [name, urls] of urlsMap) for (const url of urls) pairs.push(`${name}=${url}`)
  return pairs.sort(compareStrings).join(',')
}
