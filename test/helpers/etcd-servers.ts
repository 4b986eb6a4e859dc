/**
 * The real etcd servers the suites boot: Debian's 3.4.23 on PATH, the 3.5 servers that
 * scripts/install-etcd-servers.sh put in /opt/etcd-<version>/ (Debian trixie's and sid's), and the
 * 3.6 / 3.7 servers scripts/build-etcd.sh builds there from etcd's Go modules.
 *
 * ETCD_SERVERS (comma-separated versions like `3.4.23,3.5.16`, or directories holding `etcd`)
 * picks which; by default every server found. With REQUIRE_ETCD=1 a listed server that is missing,
 * or (without a list) no server of one of the lines 3.4–3.7, fails the suite instead of skipping.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, constants, readdirSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { DEFAULTS, type TargetVersion } from '../../src/lib/options.js'

export interface EtcdServer {
  /** `x.y.z` as the server reports it. */
  version: string
  /** `3.4`, `3.5`, … */
  minor: string
  etcd: string
  /** Beside the server, when present. */
  etcdctl?: string
  /** 3.5 and later. */
  etcdutl?: string
}

const OPT = process.env.ETCD_SERVERS_ROOT ?? '/opt'
/** The etcd lines our users run; each must have a server here. */
export const REQUIRED_LINES = ['3.4', '3.5', '3.6', '3.7'] as const
let cached: EtcdServer[] | undefined

/** Every server found (PATH first, then /opt/etcd-*), one per version, oldest first. */
export function discoverEtcdServers(): EtcdServer[] {
  if (cached !== undefined) return cached
  const dirs: string[] = []
  const onPath = which('etcd')
  if (onPath !== undefined) dirs.push(onPath.slice(0, -'/etcd'.length))
  try {
    for (const name of readdirSync(OPT).sort())
      if (/^etcd-\d+\.\d+\.\d+/.test(name)) dirs.push(join(OPT, name))
  } catch {
    // no /opt servers
  }
  const byVersion = new Map<string, EtcdServer>()
  for (const dir of dirs) {
    const server = probe(dir)
    if (server !== undefined && !byVersion.has(server.version))
      byVersion.set(server.version, server)
  }
  cached = [...byVersion.values()].sort((a, b) => compareVersions(a.version, b.version))
  return cached
}

/**
 * The servers a suite boots (ETCD_SERVERS, else all found). Empty means skip: a loud warning,
 * or a thrown error with REQUIRE_ETCD=1 when something required is missing.
 */
export function etcdServersForTests(): EtcdServer[] {
  const found = discoverEtcdServers()
  const wanted = (process.env.ETCD_SERVERS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const require = process.env.REQUIRE_ETCD === '1'
  let servers: EtcdServer[]
  const missing: string[] = []
  if (wanted.length > 0) {
    servers = []
    for (const w of wanted) {
      const hit = w.includes('/') ? probe(w) : found.find((s) => s.version === w.replace(/^v/, ''))
      if (hit === undefined) missing.push(w)
      else servers.push(hit)
    }
  } else {
    servers = found
    for (const minor of REQUIRED_LINES)
      if (!found.some((s) => s.minor === minor)) missing.push(`an etcd ${minor} server`)
  }
  if (missing.length > 0) {
    const message = `${missing.join(', ')} not installed (run scripts/install-etcd-servers.sh and scripts/build-etcd.sh)`
    if (require) throw new Error(`REQUIRE_ETCD=1 but ${message}`)
    console.warn(`\n*** SKIPPING servers: ${message} (REQUIRE_ETCD=1 makes this a failure) ***\n`)
  }
  if (servers.length === 0)
    console.warn('\n*** SKIPPED: no etcd server found: the real-etcd boot tests cannot run ***\n')
  return servers
}

/** The newest server of a minor line, if any (e.g. the etcdutl reference for 3.5). */
export function newestOf(minor: string): EtcdServer | undefined {
  return discoverEtcdServers()
    .filter((s) => s.minor === minor)
    .at(-1)
}

/**
 * The data-dir format to restore a snapshot that `server` saved into so that `server` boots it:
 * the default (3.5) up to 3.5; from 3.6 on the server's own line, as its snapshots carry
 * meta/storageVersion 3.<minor>.0, which restore refuses for a 3.5 data-dir (etcd-versions.md).
 */
export function targetFor(server: EtcdServer): TargetVersion {
  return server.minor === '3.6' || server.minor === '3.7' ? server.minor : DEFAULTS.targetVersion
}

function probe(dir: string): EtcdServer | undefined {
  const etcd = join(dir, 'etcd')
  if (!executable(etcd)) return undefined
  const run = spawnSync(etcd, ['--version'], { encoding: 'utf8', timeout: 10_000, env: cleanEnv() })
  const version = /etcd Version:\s*v?(\d+\.\d+\.\d+)/.exec(run.stdout ?? '')?.[1]
  if (version === undefined) return undefined
  const server: EtcdServer = { version, minor: version.split('.').slice(0, 2).join('.'), etcd }
  if (executable(join(dir, 'etcdctl'))) server.etcdctl = join(dir, 'etcdctl')
  if (executable(join(dir, 'etcdutl'))) server.etcdutl = join(dir, 'etcdutl')
  return server
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0)
  return 0
}

function which(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && executable(join(dir, command))) return join(dir, command)
  }
  return undefined
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ETCD')))
}
