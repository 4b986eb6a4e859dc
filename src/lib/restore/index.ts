/**
 * A restore, step by step: plan (members, targets, staging) → verify (the snapshot, its whole
 * database) → db (copy the snapshot's db and edit it, or compact it with the edit applied) →
 * member files (WAL, .snap; a compacting restore writes them while its new db is checked) →
 * commit (rename into place, report). Every member is staged beside its target: on failure
 * nothing is left behind, and the snapshot is never modified.
 */
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { RestoreOptions } from '../options.js'
import type { DbReport, RestoreReport } from '../report.js'
import { silentLogger, type Logger } from '../logger.js'
import type { FreeEstimate } from '../bolt/compact/estimate.js'
import { InvariantError } from '../errors.js'
import { copyDb, makeMemberDirs, syncFile } from '../member-dir/write.js'
import { Staging } from '../member-dir/staging.js'
import { fsyncInPool } from '../member-dir/fsync.js'
import { assertUnchanged, plainSnapshot } from '../snapshot/source-identity.js'
import { FileByteFile, limitByteSource } from '../io/page-file.js'
import { BoltDb } from '../bolt/db.js'
import { checkDb } from '../bolt/check.js'
import type { BackendEditResult } from '../backend/edit.js'
import { servedRevision } from '../backend/revision.js'
import { formatBytes } from '../format.js'
import { Stopwatch } from '../stopwatch.js'
import { planCluster, planTargets, removeEmptyDirs, targetWriteError } from './plan.js'
import {
  estimateDbFree,
  readSourceFacts,
  sourceSweep,
  worthCompacting,
  startVerifyInPlace,
  verifySnapshot,
  type SourceFacts,
  type SourceSweep
} from './verify.js'
import type { VerifiedCopy } from '../snapshot/verify.js'
import { SPARSE_READS } from '../snapshot/read-options.js'
import { chooseDbPath, dbReport, type DbPath } from './db.js'
import { bucketRoots, editAndReplay } from './db-copy.js'
import { compactInPlace, compactWithEdit } from './db-compact.js'
import { writeMembers } from './member-files.js'
import { commitMembers, restoreReport } from './commit.js'

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
export async function restore(options: RestoreOptions): Promise<RestoreReport> {
  const log = options.logger ?? silentLogger
  const clock = new Stopwatch()
  const warnings: string[] = []
  const warn = (message: string) => {
    warnings.push(message)
    log.warn(message)
  }
  const defrag = options.defrag ?? 'auto'

  const { cluster, selected } = planCluster(options)
  const staging = new Staging()
  // Parent folders this run creates: removed again (when still empty) if the restore fails.
  const createdParents: string[] = []
  /** Member db copies and fsyncs in flight; each settles to its error, or undefined. */
  let inFlight: Promise<unknown>[] = []
  /** Stops the in-place hash's worker thread (not needed after all, or the restore failed). */
  const stopHashing = new AbortController()

  try {
    // 1. plan
    const { planned, scratchNear } = planTargets(selected, options, staging, createdParents)
    const scratchDir = staging.scratch(scratchNear, 'work')
    mkdirSync(scratchDir, { mode: 0o700 })
    const dbPath = join(scratchDir, 'db')
    const layouts = planned.map((p) => {
      try {
        return makeMemberDirs(p.stageDataDir, p.stageWalDir)
      } catch (error) {
        throw targetWriteError(error, p.dataDir)
      }
    })
    // Copying, every member but the last gets a kernel copy of the db (reflink or
    // copy_file_range, in the thread pool); the last one takes the staging db itself.
    const copyTargets = layouts.slice(0, -1)
    const memberError = (error: unknown, i: number) => targetWriteError(error, planned[i]!.dataDir)
    const startCopies = (source: string, size?: number) =>
      copyTargets.map((layout, i) =>
        copyDb(source, layout.dbPath, size).then(
          () => undefined,
          (error: unknown) => memberError(error, i)
        )
      )
    const settleInFlight = async () => {
      for (const failure of await Promise.all(inFlight)) if (failure !== undefined) throw failure
    }
    // A compaction writes every member's db in its one pass (the last member's is the one its
    // checks read back), so no copy follows it and their fsyncs are single thread-pool jobs.
    const compactOut = {
      path: layouts[layouts.length - 1]!.dbPath,
      mirrors: copyTargets.map((layout) => layout.dbPath)
    }
    const removeCompacted = () => {
      for (const path of [compactOut.path, ...compactOut.mirrors]) rmSync(path, { force: true })
    }

    const editBase = {
      cluster,
      targetVersion: options.targetVersion,
      bumpRevision: options.bumpRevision,
      markCompacted: options.markCompacted
    }

    // 2. verify. A plain snapshot file that may be compacted is read where it lies, never
    // copied: one sweep checks its db strictly and, the edit applied, compacts it into the
    // staging db. `auto` decides before, from an estimate of its free pages that reads its
    // branch pages and a few leaf headers (estimate.ts): never a compaction to throw away. Its
    // hash starts first, in a worker thread: it overlaps the sweep and everything after, and is
    // awaited before anything lands (stopped when the restore copies).
    const plain = plainSnapshot(options.snapshotPath)
    const estimate = plain !== undefined && defrag !== 'never' ? estimateDbFree(plain) : undefined
    if (estimate !== undefined) logEstimate(log, estimate)
    // A file that may be mostly free has its live pages scattered: they are read a page or a run
    // of pages at a time (SPARSE_READS); a dense one (`always`) in 1 MiB chunks, about in order.
    const mayBeSparse = plain !== undefined && defrag !== 'never' && worthCompacting(estimate)
    const mayCompact = plain !== undefined && (defrag === 'always' || mayBeSparse)
    const reads = mayBeSparse ? SPARSE_READS : {}
    const hashing = mayCompact ? startVerifyInPlace(options, stopHashing.signal) : undefined
    // the report's HashKV and inventory ride along the strict check's sweep (one pass over `key`)
    let sourceFeed: SourceSweep | undefined
    const swept = mayCompact
      ? compactInPlace(
          plain,
          compactOut,
          editBase,
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
    if (precheck) clock.lap('compact')
    const inPlace = path === 'compact'
    if (!inPlace) {
      stopHashing.abort()
      if (swept) removeCompacted() // the copy path puts its copies there
    }
    // Copying: the members' copies come from the snapshot file itself, side by side with the
    // verifying pass, when it is a plain bbolt file; else from the verified staging db.
    const copyFrom = !inPlace && copyTargets.length > 0 ? plain : undefined
    if (copyFrom !== undefined) inFlight = startCopies(copyFrom.path, copyFrom.dbSize)
    // in place, the hash is awaited once the compaction is written (below)
    const verified = inPlace ? undefined : await verifySnapshot(options, { stagingDb: dbPath }, log)
    if (!inPlace) clock.lap('verify')
    // the pre-check stands for the verified bytes only if the file did not change since
    if (precheck !== undefined && !inPlace) assertUnchanged(plain!)
    if (copyFrom !== undefined && copyFrom.dbSize !== verified?.dbSize) {
      throw new InvariantError(
        `copied ${copyFrom.dbSize} database bytes, verified ${verified?.dbSize}`
      )
    }
    const startStagingCopies = () => {
      if (copyFrom === undefined) inFlight = startCopies(dbPath)
      // the verified db goes to disk meanwhile too (the edit's own syncs then cost what it wrote)
      inFlight.push(
        syncFile(dbPath).then(
          () => undefined,
          (error: unknown) => targetWriteError(error, planned[planned.length - 1]!.dataDir)
        )
      )
    }
    // a compressed snapshot's staging db: copy it at once when it cannot be worth compacting;
    // one that may be is read like a sparse plain file (its live pages scattered, see reads)
    const stagingEstimate =
      path === undefined && defrag !== 'never' && verified !== undefined
        ? estimateDbFree({ path: dbPath, dbSize: verified.dbSize })
        : undefined
    if (stagingEstimate !== undefined) logEstimate(log, stagingEstimate)
    const stagingMayBeSparse =
      path === undefined &&
      defrag !== 'never' &&
      verified !== undefined &&
      worthCompacting(stagingEstimate)
    if (path === undefined && (defrag === 'never' || (defrag === 'auto' && !stagingMayBeSparse)))
      path = 'copy'
    if (path === 'copy') startStagingCopies()

    // 3. db
    let facts: SourceFacts
    let edited: BackendEditResult
    let restoredSize: number
    let dbMade: DbReport
    let hashed: VerifiedCopy | undefined
    const file = inPlace
      ? FileByteFile.open(options.snapshotPath, reads)
      : FileByteFile.open(dbPath, { writable: true, ...(stagingMayBeSparse ? SPARSE_READS : {}) })
    try {
      const source = inPlace ? limitByteSource(file, plain!.dbSize) : file
      const db = BoltDb.open(source)
      if (!precheck) sourceFeed = sourceSweep(db, options)
      const check =
        precheck ?? checkDb(db, sourceFeed === undefined ? {} : { entries: sourceFeed.observer })
      if (!precheck) clock.lap('check')
      facts = readSourceFacts(db, check, options, log, warn, sourceFeed)
      const edit = { ...editBase, latestRevision: BigInt(facts.revision) }
      if (path === undefined) {
        path = chooseDbPath(defrag, check)
        if (path === 'copy') startStagingCopies()
      }
      if (path === 'copy') {
        const trustedBuckets = bucketRoots(db)
        // The copies read the db: it is edited only once they are all done.
        await settleInFlight()
        // copied from the snapshot file: only valid if that file still holds what was verified
        if (copyFrom !== undefined) assertUnchanged(copyFrom)
        clock.lap('copy')
        const copyPaths = copyTargets.map((layout) => layout.dbPath)
        edited = editAndReplay(
          file,
          trustedBuckets,
          copyPaths,
          { ...edit, fullRecheck: options.fullRecheck === true },
          memberError
        )
        restoredSize = file.size
        clock.lap('edit')
      } else {
        const compacted = swept ?? compactWithEdit(source, check.pageSize, compactOut, edit)
        if (!swept) clock.lap('compact')
        ;({ edited, restoredSize } = compacted)
        log.info(
          `compacted: ${formatBytes(check.dbSize)} → ${formatBytes(restoredSize)} (${check.freePages} of ${check.hwm} pages were free)`
        )
        // every member's db is written: their fsyncs, and (4.) the member files with theirs,
        // run in the thread pool while the new db is checked; a failed check removes them all
        // with the rest of the staging
        inFlight = layouts.map((layout, i) =>
          fsyncInPool(layout.dbPath, 'file').then(
            () => undefined,
            (error: unknown) => memberError(error, i)
          )
        )
        inFlight.push(
          ...(await writeMembers(cluster, planned, layouts, undefined, options.targetVersion, log))
        )
        clock.lap('write')
        if (!compacted.verify().hashKVCompared) {
          warn(
            'compacted db: HashKV not compared (more keys at or below the compact revision than it tracks); every bucket, key and meta included, matched the snapshot by digest'
          )
        }
        clock.lap('check')
        await settleInFlight()
        clock.lap('sync')
      }
      dbMade = dbReport(path, defrag, check, restoredSize)
    } finally {
      file.close()
    }

    if (path === 'copy') {
      // 4. member files (the compaction wrote them above): the last member takes the staging db
      inFlight = await writeMembers(cluster, planned, layouts, dbPath, options.targetVersion, log)
      await settleInFlight()
      clock.lap('write')
    }
    // the member files are staged, so a restore that compacts in place wrote them while the
    // snapshot's hash was still being computed; nothing lands before it is verified
    if (inPlace) {
      hashed = await verifySnapshot(options, { inPlace: hashing! }, log)
      clock.lap('verify')
      if (hashed.dbSize !== plain!.dbSize) {
        throw new InvariantError(`read ${plain!.dbSize} database bytes, verified ${hashed.dbSize}`)
      }
      // read where it lies: only valid if the file still holds what was verified
      assertUnchanged(plain!)
    }
    const snapshotFile = verified ?? hashed
    if (snapshotFile === undefined) throw new InvariantError('the snapshot was never verified')

    // 5. commit
    const members = commitMembers(staging, planned)
    clock.lap('commit')
    return restoreReport({
      options,
      snapshot: { ...snapshotFile, ...facts, path: options.snapshotPath },
      cluster,
      members,
      restoredRevision: servedRevision(edited.restoredRevision, BigInt(facts.compactRevision)),
      durationsMs: clock.laps(),
      warnings,
      db: dbMade
    })
  } catch (error) {
    stopHashing.abort()
    // copies still running would write into folders abort() is removing
    await Promise.all(inFlight)
    staging.abort()
    removeEmptyDirs(createdParents)
    throw error
  }
}
