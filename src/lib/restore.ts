import { mkdirSync, rmdirSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { RestoreOptions } from './options.js'
import type { MemberReport, RestoreReport } from './report.js'
import { silentLogger } from './logger.js'
import { InputError, InvariantError, TargetError } from './errors.js'
import { TOOL_VERSION } from './version.js'
import {
  buildCluster,
  parseInitialCluster,
  verifyAdvertisePeerUrls,
  type Cluster,
  type ClusterMember
} from './cluster/initial-cluster.js'
import { idHex } from './cluster/ids.js'
import { copyAndVerify } from './snapshot/verify.js'
import { assertUnchanged, plainSnapshot } from './snapshot/source-identity.js'
import { FileByteFile } from './io/page-file.js'
import { BoltDb } from './bolt/db.js'
import { checkDb, type CheckOptions } from './bolt/check.js'
import { editBackend } from './backend/edit.js'
import { readFacts } from './backend/facts.js'
import { assertStorageVersionFits } from './backend/storage-version.js'
import { Buckets } from './backend/schema.js'
import { hashKV } from './backend/hashkv.js'
import { memberFiles } from './member-dir/member-files.js'
import { copyDb, makeMemberDirs, syncFile, writeMemberFiles } from './member-dir/write.js'
import { WriteJournal } from './io/write-journal.js'
import { describeFiles } from './member-dir/describe.js'
import { Staging, clearStaleStaging, targetState } from './member-dir/staging.js'
import { Stopwatch } from './stopwatch.js'

/** One member to produce, with its final and staging paths. */
interface Planned {
  member: ClusterMember
  dataDir: string
  walDir?: string
  stageDataDir: string
  stageWalDir?: string
}

/**
 * The staging db goes to disk in the background every 128 MiB while the snapshot is still being
 * read (measured at 1 GB: 0.1-0.2 s off a 2.1 s restore; 64 and 256 MiB did no better).
 */
const WRITEBACK_BYTES = 128 * 1024 * 1024

/** etcd revisions are int64. */
const MAX_REVISION = (1n << 63n) - 1n

/**
 * Verifies the snapshot once, checks and edits its database once, and writes every requested
 * member's data-dir (db, WAL, .snap), all staged beside the targets and renamed into place at the
 * end. Throws a RestoreError subclass on any user problem; on failure nothing is left behind and
 * the snapshot is never modified.
 */
export async function restore(options: RestoreOptions): Promise<RestoreReport> {
  const log = options.logger ?? silentLogger
  const clock = new Stopwatch()
  const warnings: string[] = []

  if (options.bumpRevision > 0n !== options.markCompacted) {
    throw new InputError(
      '--mark-compacted required if --bump-revision > 0, and --bump-revision > 0 required with --mark-compacted'
    )
  }
  const cluster = buildCluster(options.initialCluster, options.initialClusterToken)
  // People read members in the order they wrote them; the raft log keeps etcd's ID order.
  const written = [...parseInitialCluster(options.initialCluster).keys()]
  const selected = [...selectMembers(cluster, options)].sort(
    (a, b) => written.indexOf(a.name) - written.indexOf(b.name)
  )
  const staging = new Staging()
  // Parent folders this run creates: removed again (when still empty) if the restore fails.
  const createdParents: string[] = []
  /** Member db copies in flight; each settles to its error, or undefined. */
  let copies: Promise<unknown>[] = []

  try {
    const { planned, scratchNear } = planTargets(selected, options, staging, createdParents)
    const scratchDir = staging.scratch(scratchNear, 'work')
    mkdirSync(scratchDir, { mode: 0o700 })
    const dbPath = join(scratchDir, 'db')
    // Every member but the last gets a kernel copy of the db (reflink or copy_file_range, in the
    // thread pool): of the snapshot file itself, side by side with the verifying pass, when it is
    // a plain bbolt file, else of the verified staging db while it is checked. The edit is
    // computed once and replayed onto each copy.
    const layouts = planned.map((p) => {
      try {
        return makeMemberDirs(p.stageDataDir, p.stageWalDir)
      } catch (error) {
        throw targetWriteError(error, p.dataDir)
      }
    })
    const copyTargets = layouts.slice(0, -1)
    const plain = copyTargets.length > 0 ? plainSnapshot(options.snapshotPath) : undefined
    const startCopies = (source: string, size?: number) =>
      copyTargets.map((layout, i) =>
        copyDb(source, layout.dbPath, size).then(
          () => undefined,
          (error: unknown) => targetWriteError(error, planned[i]!.dataDir)
        )
      )
    if (plain !== undefined) copies = startCopies(plain.path, plain.dbSize)

    const verified = await log.group('Verify snapshot', async () => {
      const result = await copyAndVerify(options.snapshotPath, dbPath, {
        skipHashCheck: options.skipHashCheck,
        fsync: false,
        writebackEvery: WRITEBACK_BYTES
      })
      log.info(
        `read ${options.snapshotPath}: ${result.dbSize} database bytes, sha256 ${result.sha256} (${result.hash})`
      )
      return result
    })
    clock.lap('verify')

    if (plain === undefined) copies = startCopies(dbPath)
    else if (plain.dbSize !== verified.dbSize) {
      throw new InvariantError(`copied ${plain.dbSize} database bytes, verified ${verified.dbSize}`)
    }
    // the verified db goes to disk meanwhile too (the edit's own syncs then cost what it wrote)
    copies.push(
      syncFile(dbPath).then(
        () => undefined,
        (error: unknown) => targetWriteError(error, planned[planned.length - 1]!.dataDir)
      )
    )

    const file = FileByteFile.open(dbPath, { writable: true })
    let facts
    let edited
    try {
      const db = BoltDb.open(file)
      const check = checkDb(db)
      const trustedBuckets = bucketRoots(db)
      clock.lap('check')
      facts = readFacts(db, check)
      if (options.computeHashKV === true) {
        // before the edit: the snapshot's own HashKV (a bump adds a revision and a compaction)
        const kv = hashKV(db, 0)
        const { hash, hashRevision, compactRevision } = kv
        facts = { ...facts, hashKV: { hash, hashRevision, compactRevision } }
        clock.lap('hashkv')
      }
      log.info(
        `database ok: ${check.hwm} pages of ${check.pageSize} bytes, revision ${facts.revision}, ${facts.totalKeys} keys`
      )
      assertStorageVersionFits(options.targetVersion, facts.storageVersion, facts.clusterVersion)
      if (BigInt(facts.revision) + options.bumpRevision > MAX_REVISION) {
        throw new InputError(
          `--bump-revision ${options.bumpRevision} would take revision ${facts.revision} past the largest revision etcd accepts (2^63-1)`
        )
      }
      // The copies read the db: it is edited only once they are all done.
      for (const failure of await Promise.all(copies)) if (failure !== undefined) throw failure
      // copied from the snapshot file: only valid if that file still holds what was verified
      if (plain !== undefined) assertUnchanged(plain)
      clock.lap('copy')
      const journal = new WriteJournal()
      edited = editBackend(journal.record(file), {
        cluster,
        targetVersion: options.targetVersion,
        bumpRevision: options.bumpRevision,
        markCompacted: options.markCompacted,
        latestRevision: BigInt(facts.revision)
      })
      const recheck = options.fullRecheck === true ? {} : { trustedBuckets }
      checkDb(BoltDb.open(file), recheck)
      copyTargets.forEach((layout, i) => {
        try {
          journal.replay(layout.dbPath)
        } catch (error) {
          throw targetWriteError(error, planned[i]!.dataDir)
        }
        // what the edit left, checked again on the copy: it costs what the edit touched
        recheckCopy(layout.dbPath, recheck)
      })
      clock.lap('edit')
    } finally {
      file.close()
    }

    const members: MemberReport[] = []
    await log.group('Write member data-dirs', async () => {
      planned.forEach((p, i) => {
        const files = memberFiles(cluster, p.member.id, options.targetVersion)
        const last = i === planned.length - 1 // the last member takes the edited db itself
        try {
          writeMemberFiles(layouts[i]!, files, last ? dbPath : undefined)
        } catch (error) {
          throw targetWriteError(error, p.dataDir)
        }
        log.info(`${p.member.name}: ${idHex(p.member.id)} → ${p.dataDir}`)
      })
    })
    clock.lap('write')
    staging.commit()
    clock.lap('commit')
    for (const p of planned) {
      members.push({
        name: p.member.name,
        id: idHex(p.member.id),
        peerURLs: p.member.peerURLs,
        dataDir: resolve(p.dataDir),
        walDir: resolve(p.walDir ?? join(p.dataDir, 'member', 'wal')),
        files: describeFiles(p.dataDir, p.walDir)
      })
    }
    return {
      tool: { name: 'etcd-restore', version: TOOL_VERSION },
      snapshot: { ...verified, ...facts, path: options.snapshotPath },
      cluster: { id: idHex(cluster.id), token: cluster.token, members },
      targetVersion: options.targetVersion,
      bumpRevision: options.bumpRevision.toString(),
      markCompacted: options.markCompacted,
      restoredRevision: Number(edited.restoredRevision),
      durationsMs: clock.laps(),
      warnings
    }
  } catch (error) {
    // copies still running would write into folders abort() is removing
    await Promise.all(copies)
    staging.abort()
    removeEmptyDirs(createdParents)
    throw error
  }
}

/** Structural re-check of a member's copy after the replayed edit (its bytes equal the checked db's). */
function recheckCopy(path: string, options: CheckOptions): void {
  const file = FileByteFile.open(path)
  try {
    checkDb(BoltDb.open(file), options)
  } finally {
    file.close()
  }
}

/** Root pages of the schema's paged top-level buckets, for the re-check after the edit. */
function bucketRoots(db: BoltDb): Map<string, number> {
  const roots = new Map<string, number>()
  for (const name of Object.values(Buckets)) {
    const root = db.bucket(name)?.rootPage ?? 0
    if (root !== 0) roots.set(new TextDecoder().decode(name), root)
  }
  return roots
}

function selectMembers(cluster: Cluster, options: RestoreOptions): ClusterMember[] {
  const target = options.target
  if (target.kind === 'single') {
    verifyAdvertisePeerUrls(cluster, target.name, target.initialAdvertisePeerUrls)
    return cluster.members.filter((m) => m.name === target.name)
  }
  if (!target.members) return cluster.members
  if (target.members.length === 0) {
    throw new InputError(
      '--members names no member: give comma-separated names, or leave it out for all'
    )
  }
  const wanted = new Set(target.members)
  for (const name of wanted) {
    if (!cluster.members.some((m) => m.name === name)) {
      throw new InputError(
        `member "${name}" is not in --initial-cluster (${cluster.members.map((m) => m.name).join(', ')})`
      )
    }
  }
  return cluster.members.filter((m) => wanted.has(m.name))
}

/**
 * Decides where each member goes and where it is staged. With --out-dir absent or empty, the
 * whole cluster is staged as one folder and appears with a single rename.
 */
function planTargets(
  selected: ClusterMember[],
  options: RestoreOptions,
  staging: Staging,
  created: string[]
): { planned: Planned[]; scratchNear: string } {
  const target = options.target
  if (target.kind === 'single') {
    const dataState = targetState(target.dataDir, 'data-dir')
    if (target.walDir !== undefined && targetState(target.walDir, 'wal-dir') !== 'absent') {
      throw new TargetError(`wal-dir "${target.walDir}" exists`)
    }
    prepareParent(target.dataDir, created)
    const member = selected[0] as ClusterMember
    const plan: Planned = {
      member,
      dataDir: target.dataDir,
      stageDataDir: staging.stage(target.dataDir, dataState)
    }
    if (target.walDir !== undefined) {
      plan.walDir = target.walDir
      const inside = nestedWalDir(target.dataDir, target.walDir, {
        exact: ['member'],
        tree: [join('member', 'snap')]
      })
      if (inside !== undefined) {
        // etcd accepts a --wal-dir inside the data-dir: it is staged (and renamed) with it
        plan.stageWalDir = join(plan.stageDataDir, inside)
      } else {
        prepareParent(target.walDir, created)
        plan.stageWalDir = staging.stage(target.walDir, 'absent')
      }
    }
    return { planned: [plan], scratchNear: plan.stageDataDir }
  }
  const outState = targetState(target.outDir, 'out-dir')
  prepareParent(target.outDir, created)
  const outStage = staging.stage(target.outDir, outState)
  let walStage: string | undefined
  const inside =
    target.walDir === undefined
      ? undefined
      : nestedWalDir(target.outDir, target.walDir, { tree: selected.map((m) => m.name) })
  if (target.walDir !== undefined && inside === undefined) {
    const walState = targetState(target.walDir, 'wal-dir')
    prepareParent(target.walDir, created)
    walStage = staging.stage(target.walDir, walState)
    mkdirSync(walStage, { mode: 0o700 })
  }
  mkdirSync(outStage, { mode: 0o700 })
  if (inside !== undefined) {
    walStage = join(outStage, inside)
    mkdirSync(walStage, { recursive: true, mode: 0o700 })
  }
  const planned = selected.map((member) => ({
    member,
    dataDir: join(target.outDir, member.name),
    stageDataDir: join(outStage, member.name),
    ...(target.walDir !== undefined && walStage !== undefined
      ? { walDir: join(target.walDir, member.name), stageWalDir: join(walStage, member.name) }
      : {})
  }))
  return { planned, scratchNear: outStage }
}

/**
 * The path of `walDir` relative to `dir` when it lies inside it (staged together then), else
 * undefined. Refuses the same folder, and folders restore itself writes: `exact` ones (e.g.
 * member) and anything at or under a `tree` (member/snap, another member's data-dir).
 */
function nestedWalDir(
  dir: string,
  walDir: string,
  reserved: { exact?: string[]; tree?: string[] }
): string | undefined {
  const inside = relative(resolve(dir), resolve(walDir))
  if (inside === '') throw new InputError(`--wal-dir "${walDir}" must differ from "${dir}"`)
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined
  const clash =
    reserved.exact?.find((r) => inside === r) ??
    reserved.tree?.find((r) => inside === r || inside.startsWith(`${r}${sep}`))
  if (clash !== undefined) {
    throw new InputError(
      `--wal-dir "${walDir}" cannot be ${join(dir, clash)}, which restore writes itself`
    )
  }
  return inside
}

/** Creates the target's parent (as etcd's MkdirAll would) and clears what killed runs left there. */
function prepareParent(path: string, created: string[]): void {
  const parent = dirname(resolve(path))
  const first = mkdirSync(parent, { recursive: true, mode: 0o700 })
  // mkdirSync returns the top-most folder it made: record it and every one below it
  if (first !== undefined) {
    for (let dir = parent; dir.length >= first.length; dir = dirname(dir)) created.push(dir)
  }
  clearStaleStaging(parent)
}

/** Deepest first; a folder someone filled meanwhile stays. */
function removeEmptyDirs(dirs: string[]): void {
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(dir)
    } catch {
      // not empty, or already gone
    }
  }
}

/** A file-system failure while writing a member (disk full, read-only, permissions) is the target's. */
function targetWriteError(error: unknown, dataDir: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error
  return new TargetError(`cannot write data-dir "${dataDir}": ${(error as Error).message}`, {
    cause: error
  })
}
