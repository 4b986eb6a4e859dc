/**
 * Official etcd releases: which one `auto` means for a cluster version line, and where a release
 * lives on a mirror laid out like https://github.com/etcd-io/etcd/releases/download.
 */
import { InputError } from '../errors.js'

/**
 * The newest patch of each line this version of etcd-restore knows; bump when etcd releases.
 * 3.5–3.7: the newest `go list -m -versions go.etcd.io/etcd/server/v3` lists (2026-12-05); 3.4
 * (not on the Go module proxy): 3.4.45. No sha256 here: a tarball is checked against its line in
 * the release's SHA256SUMS (or the etcd-sha256 pin).
 */
export const NEWEST_PATCH: Readonly<Record<string, string>> = {
  '3.4': '3.4.45',
  '3.5': '3.5.36',
  '3.6': '3.6.17',
  '3.7': '3.7.4'
}

export const DEFAULT_ETCD_MIRROR = 'https://github.com/etcd-io/etcd/releases/download'

/** A release (`3.5.30`) or `auto` (the newest patch of the snapshot's cluster version line). */
export type EtcdVersionSpec = 'auto' | { version: string }

/** The failure to get a verified etcd release; one line, like the missing `etcd-path`. */
export class EtcdReleaseError extends InputError {}

/** `3.5.30`, `v3.5.30`, `3.6.0-rc.1` or `auto`; throws naming `what` (the input or flag). */
export function parseEtcdVersion(value: string, what: string): EtcdVersionSpec {
  const trimmed = value.trim()
  if (trimmed === 'auto') return 'auto'
  const match = /^v?(\d{1,4}\.\d{1,4}\.\d{1,4}(?:-[0-9A-Za-z.]{1,40})?)$/.exec(trimmed)
  if (match === null)
    throw new InputError(
      `${what} must be an etcd release such as 3.5.30 (or v3.5.30) or auto, got '${value}'`
    )
  return { version: match[1] as string }
}

/** A tarball's expected sha256 (64 hex digits), lower-cased; throws naming `what`. */
export function parseSha256(value: string, what: string): string {
  const trimmed = value.trim().toLowerCase()
  if (!/^[0-9a-f]{64}$/.test(trimmed))
    throw new InputError(`${what} must be a sha256 of 64 hex digits, got '${value}'`)
  return trimmed
}

/** A mirror base URL (http or https), without a trailing slash; throws naming `what`. */
export function parseMirror(value: string, what: string): string {
  const trimmed = value.trim().replace(/\/+$/, '')
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    throw new InputError(`${what} must be an http(s) URL, got '${value}'`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(`${what} must be an http(s) URL, got '${value}'`)
  if (url.username || url.password)
    throw new InputError(`${what} must not carry credentials in the URL`)
  return trimmed
}

/** The release `auto` means for a snapshot whose `cluster` bucket says `clusterVersion`. */
export function autoRelease(clusterVersion: string | undefined, snapshotPath: string): string {
  const known = Object.keys(NEWEST_PATCH).join(', ')
  if (clusterVersion === undefined)
    throw new EtcdReleaseError(
      `etcd-version auto: snapshot ${snapshotPath} records no cluster version; set etcd-version to a release (known lines: ${known})`
    )
  const line = /^(\d+\.\d+)\./.exec(clusterVersion)?.[1]
  const version = line === undefined ? undefined : NEWEST_PATCH[line]
  if (version === undefined)
    throw new EtcdReleaseError(
      `etcd-version auto: no etcd release known for cluster version ${clusterVersion} of snapshot ${snapshotPath} (known lines: ${known}); set etcd-version to a release`
    )
  return version
}

/** etcd's name for this machine's architecture in release file names. */
export function releaseArch(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch
): 'amd64' | 'arm64' {
  const name = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined
  if (platform !== 'linux' || name === undefined)
    throw new EtcdReleaseError(
      `no official etcd release tarball for ${platform}/${arch} (linux amd64 and arm64 only); set etcd-path instead`
    )
  return name
}

/** One release's files on a mirror. */
export interface ReleaseFiles {
  version: string
  arch: 'amd64' | 'arm64'
  /** `etcd-v3.5.30-linux-amd64.tar.gz`, as SHA256SUMS names it. */
  tarball: string
  tarballUrl: string
  sumsUrl: string
  /** The tarball's one top folder: `etcd-v3.5.30-linux-amd64`. */
  topDir: string
}

export function releaseFiles(
  mirror: string,
  version: string,
  arch: 'amd64' | 'arm64'
): ReleaseFiles {
  const topDir = `etcd-v${version}-linux-${arch}`
  const base = `${mirror.replace(/\/+$/, '')}/v${version}`
  const tarball = `${topDir}.tar.gz`
  return {
    ...{ version, arch, tarball, topDir },
    tarballUrl: `${base}/${tarball}`,
    sumsUrl: `${base}/SHA256SUMS`
  }
}
