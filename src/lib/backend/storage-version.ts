/**
 * Which data-dir formats can take a snapshot from an etcd 3.6+ server. Such servers stamp
 * `meta/storageVersion` ("3.6.0", "3.7.0"); etcdutl restore copies it as it is. From source:
 * - etcd 3.4.31+ panics on any storage version other than 3.4/3.5 (v3.4.45 mvcc/kvstore.go:400);
 *   3.4.23 and 3.5 have no such check and were measured booting one (docs/compatibility.md), but
 *   etcd's only way from a 3.6 backend to 3.5 is `etcdutl migrate --target-version 3.5`;
 * - etcd 3.6 validates the schema at boot (v3.6.14 server/etcdserver/bootstrap.go:239) and has no
 *   migration step from 3.7 (server/storage/schema/schema.go: schemaChanges ends at 3.6), so it
 *   refuses a 3.7 backend; it also reads the cluster version from the backend and exits on one
 *   newer than itself (membership.MustDetectDowngrade);
 * - etcd 3.7 knows 3.5 (term), 3.6 and 3.7 (v3.7.1 schema.go schemaChanges).
 * Refusing here, before anything is written, beats a data-dir no server of the target boots.
 */
import type { TargetVersion } from '../options.js'
import { InputError } from '../errors.js'

/** The newest storage version the target's servers open (minor of 3.x). */
const NEWEST_STORAGE: Record<TargetVersion, number> = { '3.4': 5, '3.5': 5, '3.6': 6, '3.7': 7 }

/**
 * Why the target's servers cannot take a newer backend (measured here where a server of that line
 * runs: etcd 3.6.17 on a 3.7 backend restored by its own etcdutl; 3.4.23 and 3.5 servers do boot
 * a 3.6/3.7 backend, ignoring its stamp, but that is the downgrade etcd only does through
 * `etcdutl migrate`).
 */
const REFUSAL: Record<TargetVersion, (storageVersion: string) => string> = {
  '3.4': () => 'a downgrade etcd does not support; etcd 3.4.31+ exits on such a backend',
  '3.5': () =>
    'a downgrade etcd does only through etcdutl migrate; etcd 3.4.31+ exits on such a backend',
  '3.6': (v) =>
    `etcd 3.6.17 exits at startup: "Failed to validate schema", version "${v}" is not supported`,
  '3.7': (v) => `etcd 3.7 has no schema for version "${v}"`
}

/**
 * Throws when no server of `target`'s line would open a backend with this `meta/storageVersion`
 * and `cluster/clusterVersion` (undefined: absent), with one line that says which target to use.
 */
export function assertStorageVersionFits(
  target: TargetVersion,
  storageVersion: string | undefined,
  clusterVersion: string | undefined
): void {
  const storage = minorOf(storageVersion)
  // only 3.6+ servers read the cluster version from the backend (3.4/3.5 take it from the .snap)
  const cluster = NEWEST_STORAGE[target] >= 6 ? minorOf(clusterVersion) : undefined
  const newest = Math.max(storage ?? 0, cluster ?? 0)
  if (newest <= NEWEST_STORAGE[target]) return
  const fitting = (Object.keys(NEWEST_STORAGE) as TargetVersion[]).filter(
    (t) => NEWEST_STORAGE[t] >= newest
  )
  const what =
    storage === newest
      ? `meta/storageVersion ${storageVersion}`
      : `cluster/clusterVersion ${clusterVersion}`
  const why =
    storage === newest
      ? REFUSAL[target](storageVersion!)
      : `etcd ${target} exits on a cluster version newer than itself`
  const hint =
    fitting.length > 0
      ? `use --target-version ${fitting.join(' or ')} instead`
      : 'no --target-version of this tool opens it'
  throw new InputError(
    `the snapshot was taken from etcd 3.${newest} (${what}), too new for --target-version ${target} (${why}): ${hint}`
  )
}

/** 6 for "3.6.0"; undefined for anything that is not 3.<minor>[...]. */
function minorOf(version: string | undefined): number | undefined {
  const match = /^3\.(\d{1,4})(?:\.|$)/.exec(version ?? '')
  return match ? Number(match[1]) : undefined
}
