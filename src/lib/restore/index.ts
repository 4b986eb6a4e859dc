/**
 * A restore, step by step: plan (members, targets, staging) → verify (the snapshot, its whole
 * database) → db (copy the snapshot's db and edit it, or compact it with the edit applied) →
 * member files (WAL, .snap; a compacting restore writes them while its new db is checked) →
 * commit (rename into place, report). Every member is staged beside its target: on failure
 * nothing is left behind, and the snapshot is never modified.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Defrag } from '../options.js'
import type { DbReport, RestoreReport } from '../report.js'
import type { CheckReport } from '../bolt/check.js'
import { silentLogger, type Logger } from '../logger.js'
import type { FreeEstimate } from '../bolt/compact/estimate.js'
import { DiskFullError, InvariantError, isNoSpace } from '../errors.js'
import { copyDb, makeMemberDirs, writeMemberFiles } from '../member-dir/write.js'
import { memberFiles } from '../member-dir/member-files.js'
import { copyInWorker } from '../member-dir/copy-worker.js'
import { DB_MODE, type MemberLayout } from '../member-dir/layout.js'
import { Staging } from '../member-dir/staging.js'
import { fsyncInPool } from '../member-dir/fsync.js'
import { assertUnchanged, plainSnapshot, type PlainSnapshot } from '../snapshot/source-identity.js'
import { FileByteFile, limitByteSource, type FileByteFileOptions } from '../io/page-file.js'
import type { ByteSource } from '../io/page-source.js'
import { BoltDb } from '../bolt/db.js'
import { checkDb } from '../bolt/check.js'
import type { BackendEdit, BackendEditResult } from '../backend/edit.js'
import { servedRevision } from '../backend/revision.js'
import { formatBytes } from '../format.js'
import { Stopwatch } from '../stopwatch.js'
import { enterPhase, pausePoint, trackUndo } from '../interrupt.js'
import {
  planCluster,
  planTargets,
  removeEmptyDirs,
  targetWriteError,
  type Planned
} from './plan.js'
import {
  estimateDbFree,
  loadInventoryCode,
  readSourceFacts,
  sourceSweep,
  worthCompacting,
  startVerifyInPlace,
  verifySnapshot,
  type RestoreRunOptions,
  type SourceFacts,
  type SourceSweep
} from './verify.js'
export type { MirrorMember, MirrorsReady, RestoreRunOptions } from './verify.js'
import type { VerifiedCopy } from '../snapshot/verify.js'
import { SPARSE_READS } from '../snapshot/read-options.js'
import {
  hasSpareHashWorker,
  releaseSpareHashWorker,
  spareEarlyDigestReady
} from '../snapshot/hash-worker.js'
import { hashSnapshot } from '../snapshot/verify.js'
import { chooseDbPath, dbReport, type DbPath } from './db.js'
import { bucketRoots, editAndReplay } from './db-copy.js'
import {
  compactInPlace,
  compactWithEdit,
  type CompactedDb,
  type CompactOutput
} from './db-compact.js'
import { writeMembers } from './member-files.js'
import { CLI_ADVICE, restoreNeeds, type DbSizes, type DiskNeed } from './disk-need.js'
import { checkDiskSpace, roomOf, snapshotSizes, willCompact } from './disk-space.js'
import { commitMembers, restoreReport } from './commit.js'

/**
 * The largest db a copy takes the CLI's prewarmed hash worker's digest for while the worker is
 * still hashing (a ready digest is always taken). Waiting for it, the kernel making the copies,
 * beat hashing as the copy reads at 113 MB and lost at 1.1 GB, 2 CPUs, dense real-etcd
 * snapshots, --defrag auto: 100 MB 0.56-0.62 s with it against 0.66-0.69 s without (--defrag never
 * 0.63 s), 5 alternated runs; 1 GB 3.26 s median with it against 2.91 s without (never 2.85 s),
 * 4 alternated runs (the worker's second read of the file, beside the copies' writeback).
 */
const WORKER_DIGEST_MAX_BYTES = 512 * 1024 * 1024

function logEstimate(log: Logger, estimate: FreeEstimate): void {
  const from =
    estimate.basis === 'freelist'
      ? 'its freelist'
      : `${estimate.pagesRead} pages and headers${estimate.basis === 'sampled' ? ', sampled' : ''}`
  log.info(
    `free pages: about ${estimate.freePages} of ${estimate.hwm} (${Math.round(100 * estimate.freeShare)}%, estimated from ${from})`
  )
}

/**
 * Verifies the snapshot once, checks its database once, makes every requested member's db from
 * it (copied and edited, or compacted with the edit applied: `options.defrag`) and writes each
 * member's data-dir (db, WAL, .snap). Throws a RestoreError subclass on any user problem.
 */
export async function restore(options: RestoreRunOptions): Promise<RestoreReport> {
  const run = new RestoreRun(options)
  try {
    return await run.run()
  } catch (error) {
    const full = run.diskFull(error) // before abort() frees the staging's space again
    await run.abort()
    throw full
  }
}

/** What step 2 (verify) decided and left running, for the steps after it. */
interface Verified {
  plain: PlainSnapshot | undefined
  /** How the snapshot file is read in place (SPARSE_READS when it may be mostly free). */
  reads: FileByteFileOptions
  /** The in-place hash, in a worker thread (only when the restore may compact in place). */
  hashing: Promise<VerifiedCopy> | undefined
  /** The in-place sweep's compaction, already written (its check stands for the db's). */
  swept: (CompactedDb & { check: CheckReport }) | undefined
  /** Copy or compact, when already known (else decided once the db is checked). */
  path: DbPath | undefined
  /** The members' copies come from the plain snapshot file itself. */
  copyFrom: PlainSnapshot | undefined
  /** The copy's verification (undefined in place: awaited at the end). */
  verified: VerifiedCopy | undefined
  stagingMayBeSparse: boolean
  /** The report's HashKV and inventory, fed by the in-place sweep (when there was one). */
  sourceFeed: SourceSweep | undefined
}

/** What step 3 (db) made. */
interface MadeDb {
  path: DbPath
  facts: SourceFacts
  edited: BackendEditResult
  dbMade: DbReport
}

/** One restore's state: the steps below share it, in the order restore() runs them. */
class RestoreRun {
  private readonly options: RestoreRunOptions
  private readonly log: Logger
  private readonly clock = new Stopwatch()
  private readonly warnings: string[] = []
  private readonly defrag: Defrag
  private readonly cluster: ReturnType<typeof planCluster>['cluster']
  private readonly selected: ReturnType<typeof planCluster>['selected']
  private readonly staging = new Staging()
  /** Parent folders this run creates: removed again (when still empty) if the restore fails. */
  private readonly createdParents: string[] = []
  /** Member db copies and fsyncs in flight; each settles to its error, or undefined. */
  private inFlight: Promise<unknown>[] = []
  /**
   * Syncs nothing waits for until the members land: the verifying pass's last background sync
   * of the staging db, and on the copy path each member copy's fsync after the edit (the edit
   * needs the copies written, not durable). Each settles like inFlight's.
   */
  private syncing: Promise<unknown>[] = []
  /** Stops the in-place hash's worker thread (not needed after all, or the restore failed). */
  private readonly stopHashing = new AbortController()
  /** Stops the copy's hash worker (the CLI's prewarmed one), when the restore fails. */
  private readonly stopCopyHash = new AbortController()
  // set by plan()
  private planned: Planned[] = []
  private layouts: MemberLayout[] = []
  private dbPath = ''
  /** Copying, every member but the last gets a kernel copy of the db (reflink or
   * copy_file_range, in the thread pool); the last one takes the staging db itself. Every
   * mirror (options.mirrors) gets one too. */
  private copyTargets: MemberLayout[] = []
  /** The throwaway mirrors of the members (options.mirrors), in the members' order. */
  private mirrorLayouts: MemberLayout[] = []
  /** A compaction writes every member's db in its one pass (the last member's is the one its
   * checks read back), so no copy follows it and their fsyncs are single thread-pool jobs. */
  private compactOut: Required<CompactOutput> = { path: '', mirrors: [] }
  private editBase!: Omit<BackendEdit, 'latestRevision'>
  /** The snapshot's sizes and free-page estimate, read before anything is written. */
  private sizes: DbSizes | undefined

  constructor(options: RestoreRunOptions) {
    this.options = options
    this.log = options.logger ?? silentLogger
    this.defrag = options.defrag ?? 'auto'
    const { cluster, selected } = planCluster(options)
    this.cluster = cluster
    this.selected = selected
  }

  private readonly warn = (message: string): void => {
    this.warnings.push(message)
    this.log.warn(message)
  }

  async run(): Promise<RestoreReport> {
    await enterPhase('restore')
    // registered before the staging, so a signal removes the staging first, then these parents
    const untrack = trackUndo({
      paths: () => this.createdParents.filter((p) => existsSync(p)),
      undo: () => removeEmptyDirs(this.createdParents)
    })
    try {
      return await this.stages()
    } finally {
      untrack()
    }
  }

  private async stages(): Promise<RestoreReport> {
    await loadInventoryCode(this.options)
    this.checkDisk()
    this.plan()
    const verify = await this.verify()
    const made = await this.makeDb(verify)
    // the copy path verified the snapshot before the copies: its mirrors may boot while the
    // members' bytes still go to disk; elsewhere they wait for the hash
    const mirrorsEarly = made.path === 'copy' && verify.verified !== undefined
    if (made.path === 'copy') {
      // 4. member files (the compaction wrote them above): the last member takes the staging db
      const mirrored = this.writeMirrors()
      this.inFlight = await writeMembers(
        this.cluster,
        this.planned,
        this.layouts,
        this.dbPath,
        this.options.targetVersion,
        this.log
      )
      this.inFlight.push(...mirrored)
      if (mirrorsEarly) await this.mirrorsReady(mirrored, made)
      await this.settleInFlight()
      this.clock.lap('write')
    }
    const snapshotFile = verify.verified ?? (await this.verifyInPlace(verify))
    if (!mirrorsEarly) await this.mirrorsReady([], made)
    for (const failure of await Promise.all(this.syncing)) if (failure !== undefined) throw failure
    await pausePoint('restore') // a test hook: everything staged, nothing committed
    // 5. commit
    const members = commitMembers(this.staging, this.planned)
    this.clock.lap('commit')
    return restoreReport({
      options: this.options,
      snapshot: { ...snapshotFile, ...made.facts, path: this.options.snapshotPath },
      cluster: this.cluster,
      members,
      restoredRevision: servedRevision(
        made.edited.restoredRevision,
        BigInt(made.facts.compactRevision)
      ),
      durationsMs: this.clock.laps(),
      warnings: this.warnings,
      db: made.dbMade
    })
  }

  /**
   * A write that failed for want of space, wherever in the run (a member's copy, the compaction,
   * the edit, the WAL): `disk full: <output>`, naming the target the user gave (a separate
   * --wal-dir when that is the fuller file system). Other errors as they are.
   */
  diskFull(error: unknown): unknown {
    const cause = error instanceof Error ? error.cause : undefined
    if (!(error instanceof DiskFullError) && !isNoSpace(error) && !isNoSpace(cause)) return error
    const target = this.options.target
    let path = target.kind === 'single' ? target.dataDir : target.outDir
    try {
      if (target.walDir !== undefined) {
        const [out, wal] = [roomOf(path), roomOf(target.walDir)]
        if (wal.dev !== out.dev && wal.free < out.free) path = target.walDir
      }
    } catch {
      // the output's name will do
    }
    return new DiskFullError(path, { cause: error })
  }

  async abort(): Promise<void> {
    this.stopHashing.abort()
    this.stopCopyHash.abort()
    // copies still running would write into folders abort() is removing
    await Promise.all([...this.inFlight, ...this.syncing])
    this.staging.abort()
    removeEmptyDirs(this.createdParents)
  }

  /**
   * 0. room: before the first write, what the members need (the compacted size when compacting)
   * on each file system against its free bytes; a compressed snapshot is checked again once its
   * database is staged and its size known (checkDiskAfterStaging).
   */
  private checkDisk(): void {
    this.sizes = snapshotSizes(this.options.snapshotPath)
    if (this.options.checkDisk === false) return
    this.assertRoom(this.sizes, this.defrag, (needs) => needs)
  }

  private assertRoom(
    sizes: DbSizes,
    defrag: Defrag,
    left: (needs: DiskNeed[], compacts: boolean) => DiskNeed[]
  ): void {
    const { target } = this.options
    const members = this.selected.length
    const compacts = willCompact(defrag, sizes)
    const needs = left(restoreNeeds(target, members, sizes, compacts), compacts)
    const ifCompacted =
      !compacts && sizes.estimate !== undefined
        ? left(restoreNeeds(target, members, sizes, true), true)
        : undefined
    checkDiskSpace(needs, this.options.diskAdvice ?? CLI_ADVICE, {
      ...(ifCompacted && { ifCompacted }),
      logger: this.log
    })
  }

  /**
   * A compressed snapshot's database, now staged: its exact size and estimate. What is left to
   * write: a copy takes the staged db as its last member's, a compaction writes every member
   * afresh (the staged db is already on disk either way).
   */
  private checkDiskAfterStaging(sizes: DbSizes, defrag: Defrag): void {
    if (this.options.checkDisk === false) return
    this.assertRoom(sizes, defrag, (needs, compacts) =>
      needs
        .filter((n) => n.phase !== 'restore')
        .map((n, i) => (i === 0 && !compacts ? { ...n, bytes: n.bytes - sizes.dbBytes } : n))
    )
  }

  /** 1. plan: every member's staging folders, and the scratch folder of the staging db. */
  private plan(): void {
    const options = this.options
    const { planned, scratchNear } = planTargets(
      this.selected,
      options,
      this.staging,
      this.createdParents
    )
    this.planned = planned
    const scratchDir = this.staging.scratch(scratchNear, 'work')
    mkdirSync(scratchDir, { mode: 0o700 })
    this.dbPath = join(scratchDir, 'db')
    this.layouts = planned.map((p) => {
      try {
        return makeMemberDirs(p.stageDataDir, p.stageWalDir)
      } catch (error) {
        throw targetWriteError(error, p.dataDir)
      }
    })
    this.mirrorLayouts = this.planMirrors()
    this.copyTargets = [...this.layouts.slice(0, -1), ...this.mirrorLayouts]
    this.compactOut = {
      path: this.layouts[this.layouts.length - 1]!.dbPath,
      mirrors: this.copyTargets.map((layout) => layout.dbPath)
    }
    this.editBase = {
      cluster: this.cluster,
      targetVersion: options.targetVersion,
      bumpRevision: options.bumpRevision,
      markCompacted: options.markCompacted
    }
  }

  /**
   * `work` on the staging db (the last member's), settling to undefined or to its error naming
   * that member, like inFlight's: a rejection or an error it settles to.
   */
  private lastMemberWrite(work: Promise<unknown>): Promise<unknown> {
    const last = this.planned.length - 1
    return work.then(
      (failed) => (failed === undefined ? undefined : this.memberError(failed, last)),
      (error: unknown) => this.memberError(error, last)
    )
  }

  private memberError(error: unknown, i: number): unknown {
    return targetWriteError(error, this.planned[i]!.dataDir)
  }

  /** The error of copy target `i` (copyTargets: the members but the last, then the mirrors). */
  private copyError(error: unknown, i: number): unknown {
    const mirror = i - (this.copyTargets.length - this.mirrorLayouts.length)
    if (mirror < 0) return this.memberError(error, i)
    return targetWriteError(error, this.mirrorLayouts[mirror]!.dataDir)
  }

  /** options.mirrors' folders, made like the members' (but not staged: they are throwaway). */
  private planMirrors(): MemberLayout[] {
    const mirrorOf = this.options.mirrors
    if (mirrorOf === undefined) return []
    return this.planned.map((p, index) => {
      const m = mirrorOf({ index, name: p.member.name, separateWal: p.walDir !== undefined })
      try {
        return makeMemberDirs(m.dataDir, m.walDir)
      } catch (error) {
        throw targetWriteError(error, m.dataDir)
      }
    })
  }

  /**
   * Tells options.onMirrorsReady, once, that the mirrors hold their final bytes (their WAL and
   * .snap written, `mirrored`, and the snapshot verified); the members may still be on their way
   * to disk.
   */
  private async mirrorsReady(mirrored: Promise<unknown>[], made: MadeDb): Promise<void> {
    const ready = this.options.onMirrorsReady
    if (ready === undefined || this.mirrorLayouts.length === 0) return
    for (const failure of await Promise.all(mirrored)) if (failure !== undefined) throw failure
    ready({
      token: this.cluster.token,
      members: this.planned.map((p) => ({
        name: p.member.name,
        peerURLs: [...p.member.peerURLs],
        separateWal: p.walDir !== undefined
      })),
      authEnabled: made.facts.authEnabled
    })
  }

  /** Each mirror's WAL and .snap (its db is a copy target); settle like writeMembers' promises. */
  private writeMirrors(): Promise<unknown>[] {
    return this.mirrorLayouts.map((layout, i) => {
      const files = memberFiles(
        this.cluster,
        this.planned[i]!.member.id,
        this.options.targetVersion
      )
      try {
        return writeMemberFiles(layout, files).then(
          () => undefined,
          (error: unknown) => targetWriteError(error, layout.dataDir)
        )
      } catch (error) {
        return Promise.resolve(targetWriteError(error, layout.dataDir))
      }
    })
  }

  /**
   * Every copy target's copy of `source`: the members' side by side in the thread pool, the
   * mirrors' one after the other in a worker thread (the verifying pass's reads and writes, and
   * the members' fsyncs, need the pool meanwhile; throwaway copies have no fsync to wait for).
   */
  private startCopies(source: string, size?: number): Promise<unknown>[] {
    const members = this.copyTargets.length - this.mirrorLayouts.length
    const mirrored = copyInWorker(
      source,
      this.mirrorLayouts.map((layout) => layout.dbPath),
      { mode: DB_MODE, ...(size === undefined ? {} : { size }) }
    )
    return this.copyTargets.map((layout, i) =>
      (i < members ? copyDb(source, layout.dbPath, size) : mirrored[i - members]!).then(
        () => undefined,
        (error: unknown) => this.copyError(error, i)
      )
    )
  }

  private async settleInFlight(): Promise<void> {
    for (const failure of await Promise.all(this.inFlight)) if (failure !== undefined) throw failure
  }

  private removeCompacted(): void {
    for (const path of [this.compactOut.path, ...this.compactOut.mirrors])
      rmSync(path, { force: true })
  }

  /**
   * The staging db's copies, unless they came from the snapshot file. Its fsync comes once it
   * is the last member's db (writeMemberFiles): the verifying pass's background syncs have
   * written most of it by then, and one started here could still be opening it when it moves.
   */
  private startStagingCopies(copyFrom: PlainSnapshot | undefined): void {
    if (copyFrom === undefined) this.inFlight = this.startCopies(this.dbPath)
  }

  /**
   * 2. verify. A plain snapshot file that may be compacted is read where it lies, never
   * copied: one sweep checks its db strictly and, the edit applied, compacts it into the
   * staging db. `auto` decides before, from an estimate of its free pages that reads its
   * branch pages and a few leaf headers (estimate.ts): never a compaction to throw away. Its
   * hash starts first, in a worker thread: it overlaps the sweep and everything after, and is
   * awaited before anything lands (stopped when the restore copies).
   */
  private async verify(): Promise<Verified> {
    const { options, defrag } = this
    const plain = plainSnapshot(options.snapshotPath)
    // read before the first write (checkDisk), of this same file unless it changed since
    const known = plain?.dbSize === this.sizes?.dbBytes ? this.sizes?.estimate : undefined
    const estimate =
      plain !== undefined && defrag !== 'never' ? (known ?? estimateDbFree(plain)) : undefined
    if (estimate !== undefined) logEstimate(this.log, estimate)
    // A file that may be mostly free has its live pages scattered: they are read a page or a run
    // of pages at a time (SPARSE_READS); a dense one (`always`) in 1 MiB chunks, about in order.
    const mayBeSparse = plain !== undefined && defrag !== 'never' && worthCompacting(estimate)
    const mayCompact = plain !== undefined && (defrag === 'always' || mayBeSparse)
    const reads = mayBeSparse ? SPARSE_READS : {}
    // plain's stamp lets a worker the CLI booted at start with this file (already hashing it) hand
    // over its digest: the file was the same all along (hash-worker.ts)
    const hashing = mayCompact
      ? startVerifyInPlace(options, this.stopHashing.signal, plain?.stamp)
      : undefined
    // the report's HashKV and inventory ride along the strict check's sweep (one pass over `key`)
    let sourceFeed: SourceSweep | undefined
    const swept = mayCompact
      ? compactInPlace(
          plain,
          this.compactOut,
          this.editBase,
          reads,
          (db) => (sourceFeed = sourceSweep(db, options))?.observer
        )
      : undefined
    const precheck = swept?.check
    // a compaction made is kept: the choice was made before it
    let path: DbPath | undefined = precheck
      ? 'compact'
      : plain !== undefined && defrag !== 'always'
        ? 'copy'
        : undefined
    if (precheck) this.clock.lap('compact')
    const inPlace = path === 'compact'
    if (!inPlace) {
      this.stopHashing.abort()
      if (swept) this.removeCompacted() // the copy path puts its copies there
    }
    // Copying a plain file, with a worker the CLI booted at start in case it compacted: that
    // worker has been hashing this file since (hash-worker.ts), so its digest can stand for the
    // copy's (its early pass is taken only if the file kept plain's stamp) and the kernel copies.
    // Taken when it is ready, or the file small enough that it soon will be; else the worker is
    // let go and the copy hashes as it reads (WORKER_DIGEST_MAX_BYTES).
    const digest =
      !inPlace &&
      plain !== undefined &&
      (spareEarlyDigestReady(plain.path) ||
        (hasSpareHashWorker() && plain.dbSize <= WORKER_DIGEST_MAX_BYTES))
        ? hashSnapshot(plain.path, plain.dbSize, this.stopCopyHash.signal, plain.stamp)
        : undefined
    digest?.catch(() => undefined) // awaited by the copy's verdict; this only marks it handled
    releaseSpareHashWorker() // unused: a large file not hashed yet, or a compressed one
    // Copying: the members' copies come from the snapshot file itself, side by side with the
    // verifying pass, when it is a plain bbolt file; else from the verified staging db.
    const copyFrom = !inPlace && this.copyTargets.length > 0 ? plain : undefined
    if (copyFrom !== undefined) this.inFlight = this.startCopies(copyFrom.path, copyFrom.dbSize)
    // in place, the hash is awaited once the compaction is written (verifyInPlace)
    const verified = inPlace
      ? undefined
      : await verifySnapshot(
          options,
          {
            stagingDb: this.dbPath,
            ...(digest && { digest }),
            // settled before anything lands, like the staging db's own fsync
            writebackLeft: (pending) => this.syncing.push(this.lastMemberWrite(pending))
          },
          this.log
        )
    if (!inPlace) this.clock.lap('verify')
    // the pre-check stands for the verified bytes only if the file did not change since
    if (precheck !== undefined && !inPlace) assertUnchanged(plain!)
    if (copyFrom !== undefined && copyFrom.dbSize !== verified?.dbSize) {
      throw new InvariantError(
        `copied ${copyFrom.dbSize} database bytes, verified ${verified?.dbSize}`
      )
    }
    // a compressed snapshot's staging db: copy it at once when it cannot be worth compacting;
    // one that may be is read like a sparse plain file (its live pages scattered, see reads)
    const stagingEstimate =
      path === undefined && defrag !== 'never' && verified !== undefined
        ? estimateDbFree({ path: this.dbPath, dbSize: verified.dbSize })
        : undefined
    if (stagingEstimate !== undefined) logEstimate(this.log, stagingEstimate)
    const stagingMayBeSparse =
      path === undefined &&
      defrag !== 'never' &&
      verified !== undefined &&
      worthCompacting(stagingEstimate)
    if (path === undefined && (defrag === 'never' || (defrag === 'auto' && !stagingMayBeSparse)))
      path = 'copy'
    if (plain === undefined && verified !== undefined) {
      const staged = { dbBytes: verified.dbSize, exact: true, compressed: true }
      this.checkDiskAfterStaging(
        { ...staged, estimate: stagingEstimate },
        path === 'copy' ? 'never' : defrag
      )
    }
    if (path === 'copy') this.startStagingCopies(copyFrom)
    return {
      ...{ plain, reads, hashing, swept, path, copyFrom, verified, stagingMayBeSparse },
      sourceFeed
    }
  }

  /** 3. db: the members' dbs, copied and edited or compacted with the edit applied. */
  private async makeDb(v: Verified): Promise<MadeDb> {
    const inPlace = v.path === 'compact'
    const file = inPlace
      ? FileByteFile.open(this.options.snapshotPath, v.reads)
      : FileByteFile.open(this.dbPath, {
          writable: true,
          ...(v.stagingMayBeSparse ? SPARSE_READS : {})
        })
    try {
      const source = inPlace ? limitByteSource(file, v.plain!.dbSize) : file
      const db = BoltDb.open(source)
      const precheck = v.swept?.check
      const sourceFeed = precheck ? v.sourceFeed : sourceSweep(db, this.options)
      const check =
        precheck ?? checkDb(db, sourceFeed === undefined ? {} : { entries: sourceFeed.observer })
      if (!precheck) this.clock.lap('check')
      const facts = readSourceFacts(db, check, this.options, this.log, this.warn, sourceFeed)
      const edit = { ...this.editBase, latestRevision: BigInt(facts.revision) }
      let path = v.path
      if (path === undefined) {
        path = chooseDbPath(this.defrag, check)
        if (path === 'copy') this.startStagingCopies(v.copyFrom)
      }
      const { edited, restoredSize } =
        path === 'copy'
          ? await this.copyAndEdit(file, db, edit, v.copyFrom)
          : await this.compact(source, check, edit, v.swept)
      return { path, facts, edited, dbMade: dbReport(path, this.defrag, check, restoredSize) }
    } finally {
      file.close()
    }
  }

  /** The copy path: every copy made, then the edit applied to each (editAndReplay). */
  private async copyAndEdit(
    file: FileByteFile,
    db: BoltDb,
    edit: BackendEdit,
    copyFrom: PlainSnapshot | undefined
  ): Promise<{ edited: BackendEditResult; restoredSize: number }> {
    const trustedBuckets = bucketRoots(db)
    // The copies read the db: it is edited only once they are all done.
    await this.settleInFlight()
    // copied from the snapshot file: only valid if that file still holds what was verified
    if (copyFrom !== undefined) assertUnchanged(copyFrom)
    this.clock.lap('copy')
    const copyPaths = this.copyTargets.map((layout) => layout.dbPath)
    const edited = editAndReplay(
      file,
      trustedBuckets,
      copyPaths,
      { ...edit, fullRecheck: this.options.fullRecheck === true },
      (error, i) => this.copyError(error, i)
    )
    // the edit wrote without a sync: the members' copies are made durable now, as a whole
    const members = this.copyTargets.length - this.mirrorLayouts.length
    this.syncing.push(
      ...copyPaths.slice(0, members).map((path, i) =>
        fsyncInPool(path, 'file').then(
          () => undefined,
          (error: unknown) => this.memberError(error, i)
        )
      )
    )
    this.clock.lap('edit')
    return { edited, restoredSize: file.size }
  }

  /**
   * The compaction path (the in-place sweep's, or one now over the staging db): every member's
   * db is written; their fsyncs, and (4.) the member files with theirs, run in the thread pool
   * while the new db is checked; a failed check removes them all with the rest of the staging.
   */
  private async compact(
    source: ByteSource,
    check: CheckReport,
    edit: BackendEdit,
    swept: Verified['swept']
  ): Promise<{ edited: BackendEditResult; restoredSize: number }> {
    const compacted = swept ?? compactWithEdit(source, check.pageSize, this.compactOut, edit)
    if (!swept) this.clock.lap('compact')
    const { edited, restoredSize } = compacted
    this.log.info(
      `compacted: ${formatBytes(check.dbSize)} → ${formatBytes(restoredSize)} (${check.freePages} of ${check.hwm} pages were free)`
    )
    this.inFlight = this.layouts.map((layout, i) =>
      fsyncInPool(layout.dbPath, 'file').then(
        () => undefined,
        (error: unknown) => this.memberError(error, i)
      )
    )
    this.inFlight.push(
      ...(await writeMembers(
        this.cluster,
        this.planned,
        this.layouts,
        undefined,
        this.options.targetVersion,
        this.log
      )),
      ...this.writeMirrors()
    )
    this.clock.lap('write')
    compacted.verify()
    this.clock.lap('check')
    await this.settleInFlight()
    this.clock.lap('sync')
    return { edited, restoredSize }
  }

  /**
   * The member files are staged, so a restore that compacts in place wrote them while the
   * snapshot's hash was still being computed; nothing lands before it is verified.
   */
  private async verifyInPlace(v: Verified): Promise<VerifiedCopy> {
    if (v.hashing === undefined) throw new InvariantError('the snapshot was never verified')
    const hashed = await verifySnapshot(this.options, { inPlace: v.hashing }, this.log)
    this.clock.lap('verify')
    if (hashed.dbSize !== v.plain!.dbSize) {
      throw new InvariantError(`read ${v.plain!.dbSize} database bytes, verified ${hashed.dbSize}`)
    }
    // read where it lies: only valid if the file still holds what was verified
    assertUnchanged(v.plain!)
    return hashed
  }
}
