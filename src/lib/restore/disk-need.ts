/**
 * What a run will write, and where, before it writes anything: the restore's members (db, WAL,
 * .snap; the compacted size when it compacts), its staging, the drill's copies, the action's
 * archives. Pure: the file systems and their free bytes come from disk-space.ts. A file system's
 * need is its peak: what stays (the outputs) plus the largest of the passing phases (a drill's
 * copies are gone before the archives are packed).
 */
import { DiskSpaceError } from '../errors.js'
import type { FreeEstimate } from '../bolt/compact/estimate.js'
import { DEFAULT_FILL_PERCENT } from '../bolt/compact/tree-builder.js'
import { formatBytes } from '../format.js'
import type { RestoreTarget } from '../options.js'

/** The settings that move or shrink a need: named by the CLI's flags or the action's inputs. */
export type DiskKnob = 'outDir' | 'dataDir' | 'walDir' | 'defrag' | 'temp' | 'archives'

/** How each knob is put in the one line of a refusal (CLI_ADVICE, or the action's). */
export type DiskAdvice = Record<DiskKnob, string>

export const CLI_ADVICE: DiskAdvice = {
  outDir: 'choose another --out-dir',
  dataDir: 'choose another --data-dir',
  walDir: 'choose another --wal-dir',
  defrag: '--defrag always',
  temp: 'set TMPDIR to a larger disk',
  archives: 'pack no archive' // the CLI packs none: never named
}

/** One thing written somewhere. */
export interface DiskNeed {
  /** The folder it goes in (need not exist yet: its nearest existing ancestor tells the file system). */
  path: string
  bytes: number
  /** For the log: "3 members' data-dirs". */
  what: string
  /** Gone again before the run ends (needs of one phase add up; phases do not). Undefined: kept. */
  phase?: string
  knob: DiskKnob
}

/** A file system as disk-space.ts found it. */
export interface FileSystemRoom {
  /** stat().dev of the nearest existing ancestor. */
  dev: number
  /** Bytes an unprivileged writer may still use there (statfs bavail × bsize). */
  free: number
}

/** A file system that cannot hold what is meant for it. */
export interface Shortfall {
  /** The first need's path: what the line names. */
  path: string
  need: number
  free: number
  needs: DiskNeed[]
}

/**
 * Per member, besides its db: the .snap, the WAL's records (the 64 MB segment is sparse: etcd
 * preallocates it on its first boot), four folders, each rounded up to whole blocks.
 */
export const MEMBER_FILES_BYTES = 64 * 1024

/**
 * Per member a drill boots, besides its db: etcd preallocates the WAL segment it writes (64 MB)
 * and the next one (its file pipeline), and writes its key and the restart's entries.
 */
export const DRILL_MEMBER_BYTES = 2 * 64 * 1000 * 1000 + 4 * 1024 * 1024

/** The snapshot's sizes as the restore will meet them. */
export interface DbSizes {
  /** Bytes of the snapshot's database (a compressed one's: from its header, or at least its file size). */
  dbBytes: number
  /** Whether dbBytes is exact (a plain file, or a compressed one whose header says). */
  exact: boolean
  /** The snapshot is compressed: its database is staged (decompressed) beside the output first. */
  compressed: boolean
  /** The free-page estimate of the database, when it could be read where it lies (plain files). */
  estimate: FreeEstimate | undefined
}

/**
 * The db a compaction writes for `estimate`: its live pages, at the compaction's fill (a source
 * fuller than that takes more pages), plus the metas and freelist.
 */
export function compactedBytes(estimate: FreeEstimate): number {
  const live = estimate.hwm - estimate.freePages
  return Math.ceil(live / DEFAULT_FILL_PERCENT + 4) * estimate.pageSize
}

/** The member db a restore with `defrag` writes: compacted or copied. */
export function memberDbBytes(sizes: DbSizes, compacts: boolean): number {
  return compacts && sizes.estimate !== undefined ? compactedBytes(sizes.estimate) : sizes.dbBytes
}

/**
 * What a restore writes into `target`: `members` data-dirs (the WAL's part beside a separate
 * --wal-dir), and, for a compressed snapshot that is compacted, its decompressed db staged until
 * the commit. `compacts`: the restore will compact (from defrag and the estimate).
 */
export function restoreNeeds(
  target: RestoreTarget,
  members: number,
  sizes: DbSizes,
  compacts: boolean
): DiskNeed[] {
  const single = target.kind === 'single'
  const output = single ? target.dataDir : target.outDir
  const knob: DiskKnob = single ? 'dataDir' : 'outDir'
  const db = memberDbBytes(sizes, compacts)
  const walApart = target.walDir !== undefined
  const needs: DiskNeed[] = [
    {
      path: output,
      bytes: members * (db + (walApart ? MEMBER_FILES_BYTES / 2 : MEMBER_FILES_BYTES)),
      what: members === 1 ? "the member's data-dir" : `${members} members' data-dirs`,
      knob
    }
  ]
  if (target.walDir !== undefined) {
    needs.push({
      path: target.walDir,
      bytes: (members * MEMBER_FILES_BYTES) / 2,
      what: 'WAL',
      knob: 'walDir'
    })
  }
  // a copy takes the staged db as its last member's; a compaction writes every member afresh
  if (sizes.compressed && compacts) {
    needs.push({
      path: output,
      bytes: sizes.dbBytes,
      what: 'the decompressed snapshot, staged',
      phase: 'restore',
      knob
    })
  }
  return needs
}

/**
 * Peak bytes per file system (`dev`): what is kept, plus the largest phase. Returns those that
 * do not fit, in the order their first need was given.
 */
export function shortfalls(
  needs: DiskNeed[],
  roomOf: (path: string) => FileSystemRoom
): Shortfall[] {
  const byDev = new Map<number, { room: FileSystemRoom; needs: DiskNeed[] }>()
  for (const need of needs) {
    if (need.bytes <= 0) continue
    const room = roomOf(need.path)
    const entry = byDev.get(room.dev) ?? { room, needs: [] }
    entry.needs.push(need)
    byDev.set(room.dev, entry)
  }
  const short: Shortfall[] = []
  for (const { room, needs: here } of byDev.values()) {
    const need = peak(here)
    if (need > room.free) short.push({ path: here[0]!.path, need, free: room.free, needs: here })
  }
  return short
}

function peak(needs: DiskNeed[]): number {
  let kept = 0
  const phases = new Map<string, number>()
  for (const n of needs) {
    if (n.phase === undefined) kept += n.bytes
    else phases.set(n.phase, (phases.get(n.phase) ?? 0) + n.bytes)
  }
  return kept + Math.max(0, ...phases.values())
}

/**
 * The one line of a refusal: `needs 6.2 GiB on /runner/_temp/etcd-restore, 4.1 GiB free; set
 * path: or defrag: always`. `defragFits`: compacting would make it fit (then it is offered).
 */
export function shortfallMessage(s: Shortfall, advice: DiskAdvice, defragFits: boolean): string {
  const knobs = [...new Set(s.needs.map((n) => n.knob))]
  if (defragFits) knobs.push('defrag')
  const remedies = knobs.map((k) => advice[k])
  return (
    `needs ${formatBytes(s.need)} on ${s.path}, ${formatBytes(s.free)} free` +
    (remedies.length > 0 ? `; ${remedies.join(' or ')}` : '')
  )
}

/**
 * Throws DiskSpaceError for the first file system short of room. `ifCompacted`: the same needs
 * with the members compacted (when the run would not compact), to offer `defrag` where it helps.
 */
export function assertRoom(
  needs: DiskNeed[],
  roomOf: (path: string) => FileSystemRoom,
  advice: DiskAdvice,
  ifCompacted?: DiskNeed[]
): void {
  const [first] = shortfalls(needs, roomOf)
  if (first === undefined) return
  const dev = roomOf(first.path).dev
  const defragFits =
    ifCompacted !== undefined &&
    !shortfalls(ifCompacted, roomOf).some((s) => roomOf(s.path).dev === dev)
  throw new DiskSpaceError(shortfallMessage(first, advice, defragFits))
}
