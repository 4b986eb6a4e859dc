/**
 * Step 1 of a restore: which members, where each goes, and where each is staged beside its
 * target (created parents are recorded so a failed restore can remove them again).
 */
import { mkdirSync, rmdirSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { RestoreOptions } from '../options.js'
import { InputError, TargetError, diskFull, isNoSpace } from '../errors.js'
import {
  buildCluster,
  parseInitialCluster,
  verifyAdvertisePeerUrls,
  type Cluster,
  type ClusterMember
} from '../cluster/initial-cluster.js'
import { Staging, clearStaleStaging, targetState } from '../member-dir/staging.js'

/** One member to produce, with its final and staging paths. */
export interface Planned {
  member: ClusterMember
  dataDir: string
  walDir?: string
  stageDataDir: string
  stageWalDir?: string
}

/** The target cluster and the members to produce, in the order the user wrote them. */
export function planCluster(options: RestoreOptions): {
  cluster: Cluster
  selected: ClusterMember[]
} {
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
  return { cluster, selected }
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
export function planTargets(
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
export function removeEmptyDirs(dirs: string[]): void {
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(dir)
    } catch {
      // not empty, or already gone
    }
  }
}

/**
 * A file-system failure while writing a member (read-only, permissions) is the target's; one for
 * want of space is `disk full: <data-dir>` (DiskFullError).
 */
export function targetWriteError(error: unknown, dataDir: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error
  if (isNoSpace(error)) return diskFull(error, dataDir)
  return new TargetError(`cannot write data-dir "${dataDir}": ${(error as Error).message}`, {
    cause: error
  })
}
