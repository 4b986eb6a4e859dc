import { createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { NEWEST_PATCH } from '../../src/lib/etcd-release/releases.js'
import { TRAILER_BYTES } from '../../src/lib/snapshot/verify.js'
import { EtcdMirror, releaseSourceDir, repackRelease } from '../emulator/etcd-mirror.js'

/**
 * A copy of a snapshot whose cluster/clusterVersion says `version` instead of 3.4.0: the value is
 * patched in its leaf page (and in freed old copies of it; same length; bbolt pages carry no checksum) and the sha256 trailer
 * recomputed, so the copy is a valid snapshot of a cluster on another version line.
 */
export async function withClusterVersion(
  snapshot: string,
  version: string,
  dir: string
): Promise<string> {
  const bytes = await readFile(snapshot)
  const db = Buffer.from(bytes.subarray(0, bytes.length - TRAILER_BYTES))
  const from = Buffer.from('clusterVersion3.4.0')
  if (db.indexOf(from) < 0 || version.length !== 5)
    throw new Error(`cannot patch the cluster version of ${snapshot}`)
  // Every copy: old copies of the page sit in pages the freelist holds.
  for (let at = db.indexOf(from); at >= 0; at = db.indexOf(from, at + 1))
    db.write(version, at + 'clusterVersion'.length)
  const out = join(dir, `cluster-${version}.db`)
  await writeFile(out, Buffer.concat([db, createHash('sha256').update(db).digest()]))
  return out
}

/**
 * The real servers the mirror repacks as official releases: Debian's 3.5.16 and 3.5.30, and the
 * 3.6 and 3.7 that scripts/build-etcd.sh builds, which are the releases `etcd-version: auto` asks
 * for (NEWEST_PATCH; the build's pins in test/etcd-build/<line>/go.mod follow it).
 */
export const MIRROR_VERSIONS = ['3.5.16', '3.5.30', NEWEST_PATCH['3.6']!, NEWEST_PATCH['3.7']!]

/**
 * Whether every MIRROR_VERSIONS server is in /opt/etcd-<version> to repack. Absent: a loud skip,
 * or a failure under REQUIRE_ETCD=1.
 */
export function releaseSourcesOrSkip(): boolean {
  const missing = MIRROR_VERSIONS.filter((v) => releaseSourceDir(v) === undefined)
  if (missing.length === 0) return true
  const message = `etcd ${missing.join(', ')} not in /opt/etcd-<version> (run scripts/install-etcd-servers.sh and scripts/build-etcd.sh)`
  if (process.env.REQUIRE_ETCD === '1') throw new Error(`REQUIRE_ETCD=1 but ${message}`)
  console.warn(`\n*** SKIPPED: ${message}: the release mirror tests cannot run ***\n`)
  return false
}

/** A started mirror serving every MIRROR_VERSIONS release, repacked from the real servers. */
export async function startMirror(): Promise<EtcdMirror> {
  const mirror = new EtcdMirror()
  for (const v of MIRROR_VERSIONS) mirror.add(await repackRelease(v, releaseSourceDir(v)!))
  return mirror.start()
}

/** Every file and folder under `dir` (relative), [] when it does not exist. */
export function treeOf(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : []
}
