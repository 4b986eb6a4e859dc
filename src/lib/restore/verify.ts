/**
 * Step 2 of a restore: the snapshot is verified (etcd's sha256 trailer rule, the bbolt meta), its
 * database checked in full by the strict checker, and what the report needs is read from it.
 */
import type { Logger } from '../logger.js'
import type { RestoreOptions } from '../options.js'
import type { EncryptionConfig } from '../inventory/encryption-config.js'
import type { SnapshotFacts } from '../report.js'
import { InputError, InvariantError } from '../errors.js'
import { BoltDb } from '../bolt/db.js'
import type { CheckReport } from '../bolt/check.js'
import { readFacts, type BackendFacts } from '../backend/facts.js'
import { bootRevisions, hashKV } from '../backend/hashkv.js'
import { HashKVStream, keyBucketObserver } from '../backend/hashkv-stream.js'
import { Buckets } from '../backend/schema.js'
import type { EntryObserver } from '../bolt/walk.js'
import { assertStorageVersionFits } from '../backend/storage-version.js'
import { MAX_REVISION } from '../backend/revision.js'
import type { Inventory, InventorySweep } from '../inventory/inventory.js'
import { copyAndVerify, verifyInPlace, type VerifiedCopy } from '../snapshot/verify.js'
import { estimateFree, mostlyFree } from '../snapshot/read-options.js'
import type { FreeEstimate } from '../bolt/compact/estimate.js'
import { AUTO_FREE_SHARE } from './db.js'
import type { DiskAdvice } from './disk-need.js'

/**
 * The staging db goes to disk in the background every 128 MiB while the snapshot is still being
 * read (measured at 1 GB: 0.1-0.2 s off a 2.1 s restore; 64 and 256 MiB did no better).
 */
const WRITEBACK_BYTES = 128 * 1024 * 1024

/**
 * The free pages of a snapshot's db (a plain snapshot file, or the verified staging copy) as
 * `auto` sees them: estimated from its branch pages and some leaf headers (estimate.ts), never
 * from a compaction. Undefined when the file cannot be read that way.
 */
export function estimateDbFree(db: { path: string; dbSize: number }): FreeEstimate | undefined {
  return estimateFree(db.path, db.dbSize)
}

/**
 * Whether `auto` compacts a db of this estimate: at least AUTO_FREE_SHARE of its pages free, or
 * unknown (the compacting sweep's strict check, or the verifying pass, then says why).
 */
export function worthCompacting(estimate: FreeEstimate | undefined): boolean {
  return mostlyFree(estimate, AUTO_FREE_SHARE)
}

/**
 * Starts verifying a plain snapshot file where it lies (a restore that compacts reads it there):
 * the hash runs in a worker thread from now on, and verifySnapshot awaits it. `signal` stops it.
 */
export function startVerifyInPlace(
  options: RestoreOptions,
  signal: AbortSignal,
  stamp?: string
): Promise<VerifiedCopy> {
  const verifying = verifyInPlace(options.snapshotPath, {
    skipHashCheck: options.skipHashCheck,
    signal,
    ...(stamp !== undefined && { stamp })
  })
  verifying.catch(() => undefined) // awaited by verifySnapshot; this only marks it handled
  return verifying
}

/**
 * Verifies the snapshot: copied to `stagingDb` on the way (decompressed if needed; hashed on the
 * way unless `digest` brings the hash of the same plain file from a worker), or, given
 * the promise of startVerifyInPlace (a plain file the restore reads where it lies), awaited.
 */
export async function verifySnapshot(
  options: RestoreOptions,
  from:
    | {
        stagingDb: string
        digest?: Promise<Buffer>
        /** VerifyOptions.writebackLeft: the staging db's last background sync, not waited for. */
        writebackLeft?: (pending: Promise<unknown>) => void
      }
    | { inPlace: Promise<VerifiedCopy> },
  log: Logger
): Promise<VerifiedCopy> {
  return log.group('Verify snapshot', async () => {
    const result =
      'inPlace' in from
        ? await from.inPlace
        : await copyAndVerify(options.snapshotPath, from.stagingDb, {
            skipHashCheck: options.skipHashCheck,
            fsync: false,
            writebackEvery: WRITEBACK_BYTES,
            ...(from.digest && { digest: from.digest }),
            ...(from.writebackLeft && { writebackLeft: from.writebackLeft })
          })
    log.info(
      `read ${options.snapshotPath}: ${result.dbSize} database bytes, sha256 ${result.sha256} (${result.hash})`
    )
    return result
  })
}

/** The source database's facts for the report, HashKV included when asked. */
export type SourceFacts = BackendFacts & Pick<SnapshotFacts, 'hashKV' | 'inventory'>

/**
 * What the report's HashKV and inventory (when asked) take from the `key` bucket, gathered
 * along the strict check's own sweep of the source db (`observer`, for checkDb's `entries`):
 * the bucket is walked once, not once more after the check. Nothing it is fed throws: what
 * would have is thrown by readSourceFacts, after the check.
 */
export interface SourceSweep {
  readonly observer: EntryObserver
  readonly hashing: HashKVStream | undefined
  readonly inventory: InventorySweep | undefined
  /** What feeding it threw, if anything (a value that does not decode). */
  readonly failure: { error: unknown } | undefined
}

/** RestoreOptions, plus what the inventory needs that the base floor cannot name. */
export interface RestoreRunOptions extends RestoreOptions {
  /** With computeInventory: kube-apiserver's EncryptionConfiguration (decrypts `k8s:enc:` values). */
  encryptionConfig?: EncryptionConfig
  /** With computeInventory: where Kubernetes' objects are, ending in `/` (default `/registry/`). */
  kubernetesPrefix?: string
  /** How a refusal for want of disk names the settings that help (default: the CLI's flags). */
  diskAdvice?: DiskAdvice
  /**
   * False skips the disk check before the first write (a caller that checked everything it
   * will write, the restore's part included; and tests: a write then fails `disk full`).
   */
  checkDisk?: boolean
  /**
   * Throwaway copies of every member's data-dir, made in the same pass as the members (the
   * drill boots them): `mirror(i)` names where member i's goes (folders that must not exist
   * yet; `walDir` when the member has a separate one). Byte for byte the member's files, but
   * not staged, not committed and not made durable: the caller's to remove, whether the restore
   * succeeds or throws (nothing writes them any more by then).
   */
  mirrors?: (member: MirrorMember) => { dataDir: string; walDir?: string }
  /**
   * With `mirrors`: called once the mirrors hold their final bytes and the snapshot is verified,
   * before the members land (on the copy path, while their bytes still go to disk): the drill
   * starts booting the mirrors then. The restore may still fail after it.
   */
  onMirrorsReady?: (ready: MirrorsReady) => void
}

/** What a caller of onMirrorsReady needs to boot the mirrors. */
export interface MirrorsReady {
  /** The restored cluster's token. */
  token: string
  /** In the order of the restore's members. */
  members: { name: string; peerURLs: string[]; separateWal: boolean }[]
  /** Whether the restored db has auth on. */
  authEnabled: boolean
}

/** A member whose data-dir a restore also writes as a throwaway mirror (RestoreRunOptions.mirrors). */
export interface MirrorMember {
  /** In the order of the restore's members (its report's). */
  index: number
  name: string
  /** Whether the member's WAL folder is a separate one (--wal-dir). */
  separateWal: boolean
}

/** The inventory's code: its decoders, protobufjs and the ciphers are ~0.5 MB of JS. */
type InventoryCode = typeof import('../inventory/inventory.js')
let inventoryCode: InventoryCode | undefined

/**
 * Loads the inventory's code when `options` asks for an inventory (before sourceSweep and
 * readSourceFacts need it): a restore without one does not load, compile and run it (in the
 * CLI, a third of the code a restore would load at start; in a bundle that already holds the
 * module it is only run, once).
 */
export async function loadInventoryCode(options: RestoreRunOptions): Promise<void> {
  if (options.computeInventory === true) inventoryCode ??= await import('../inventory/inventory.js')
}

function inventoryModule(): InventoryCode {
  if (inventoryCode === undefined)
    throw new InvariantError('the inventory was asked for before loadInventoryCode')
  return inventoryCode
}

/**
 * The sweep for what `options` asks of `db`; undefined when it asks for neither, or (`lenient`)
 * when `db` cannot even be read for it (readSourceFacts then reads it after the check, which
 * says why).
 */
export function sourceSweep(
  db: BoltDb,
  options: RestoreRunOptions,
  lenient = true
): SourceSweep | undefined {
  if (options.computeHashKV !== true && options.computeInventory !== true) return undefined
  let hashing: HashKVStream | undefined
  let inventory: InventorySweep | undefined
  try {
    if (options.computeHashKV === true)
      hashing = new HashKVStream(bootRevisions(db, db.bucket(Buckets.key)))
    if (options.computeInventory === true)
      inventory = new (inventoryModule().InventorySweep)(db, {
        ...(options.encryptionConfig && { encryptionConfig: options.encryptionConfig }),
        ...(options.kubernetesPrefix !== undefined && {
          kubernetesPrefix: options.kubernetesPrefix
        })
      })
  } catch (error) {
    if (lenient) return undefined
    throw error
  }
  let failure: { error: unknown } | undefined
  const observer = keyBucketObserver((key, value) => {
    if (failure !== undefined) return
    try {
      hashing?.entry(key, value)
      inventory?.entry(key, value)
    } catch (error) {
      failure = { error }
    }
  })
  return {
    observer,
    hashing,
    inventory,
    get failure() {
      return failure
    }
  }
}

/**
 * What the report says about the source database, from the check that visited every page plus
 * point reads; the snapshot's own HashKV when asked (before the edit: a bump adds a revision and
 * a compaction) and its inventory when asked, from `swept` (the check's sweep fed it), else
 * from one sweep of their own. Refuses a backend newer than the target (a 3.6+ storageVersion)
 * and a bump past etcd's largest revision.
 */
export function readSourceFacts(
  db: BoltDb,
  check: CheckReport,
  options: RestoreRunOptions,
  log: Logger,
  warn: (message: string) => void,
  swept?: SourceSweep
): SourceFacts {
  let facts: SourceFacts = readFacts(db, check)
  const sweep = swept ?? sweepOnce(db, options)
  if (sweep?.failure !== undefined) throw sweep.failure.error
  let inventory: Inventory | undefined
  try {
    inventory = sweep?.inventory?.result()
  } catch (error) {
    if (!(error instanceof inventoryModule().InventoryLimitError)) throw error
  }
  if (options.computeHashKV === true) {
    const { hash, hashRevision, compactRevision } = sweep?.hashing?.resultIn(db) ?? hashKV(db, 0)
    facts = { ...facts, hashKV: { hash, hashRevision, compactRevision } }
  }
  if (inventory) facts = { ...facts, inventory }
  else if (options.computeInventory === true)
    warn('the snapshot has too many live keys for an inventory: the report has none')
  log.info(
    `database ok: ${check.hwm} pages of ${check.pageSize} bytes, revision ${facts.revision}, ${facts.totalKeys} keys`
  )
  assertStorageVersionFits(options.targetVersion, facts.storageVersion, facts.clusterVersion)
  if (BigInt(facts.revision) + options.bumpRevision > MAX_REVISION) {
    throw new InputError(
      `--bump-revision ${options.bumpRevision} would take revision ${facts.revision} past the largest revision etcd accepts (2^63-1)`
    )
  }
  return facts
}

/** A sweep of the `key` bucket for `options` alone (no check fed one). */
function sweepOnce(db: BoltDb, options: RestoreRunOptions): SourceSweep | undefined {
  const sweep = sourceSweep(db, options, false)
  if (sweep === undefined) return undefined
  sweep.observer.enterBucket(Buckets.key, 0n)
  for (const e of db.bucket(Buckets.key)?.sweep() ?? []) {
    if (e.isBucket) {
      sweep.observer.enterBucket(e.key, 0n)
      sweep.observer.leaveBucket()
    } else sweep.observer.value(e.key, e.value)
  }
  sweep.observer.leaveBucket()
  return sweep
}
