import { constants, mkdtempSync, rmSync, statfsSync } from 'node:fs'
import { cp } from 'node:fs/promises'
import { freemem, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DrillMember } from './etcd-process.js'
import { trackFolder } from '../interrupt.js'
import { diskFull } from '../errors.js'

/** Linux's memory-backed file system for shared memory, on every GitHub-hosted Linux runner. */
const SHM = '/dev/shm'
/** Memory left for the etcd processes, their page cache and everything else on the runner. */
const MEMORY_RESERVE = 2 * 2 ** 30

/**
 * Where the booted members (`bytes`: their files and what etcd adds, DRILL_MEMBER_BYTES each) go: the temp folder when TMPDIR names one (the user chose
 * it); else /dev/shm when they fit there and in free memory with room to spare, the temp folder
 * otherwise. On memory etcd's fsyncs cost nothing and the copies are never written back to disk:
 * a copy made only to be booted and removed needs no durability.
 */
export function copiesParent(bytes: number, shm = SHM): string {
  if (process.env.TMPDIR) return tmpdir()
  try {
    const fs = statfsSync(shm)
    const free = Number(fs.bavail) * Number(fs.bsize)
    if (bytes <= free / 2 && bytes + MEMORY_RESERVE <= freemem()) return shm
  } catch {
    // no /dev/shm here (not Linux, or a container without it)
  }
  return tmpdir()
}

/** The folder of the members a drill boots: one sub-folder per member, removed with it. */
export interface CopiesFolder {
  root: string
  /** Where member `index` (named `name`) goes: its data-dir, and its WAL folder when separate. */
  member(index: number, name: string, separateWal: boolean): { dataDir: string; walDir?: string }
  /** Removes the folder and everything in it; idempotent. */
  remove(): void
}

/** A new, empty folder for booted copies under `parent`, tracked for removal on a signal. */
export function copiesFolder(parent = tmpdir()): CopiesFolder {
  const root = mkdtempSync(join(parent, 'etcd-drill-data-'))
  const untrack = trackFolder(root)
  let removed = false
  return {
    root,
    member(index, name, separateWal) {
      // index prefix: member names are free text and may repeat characters unsafe in paths
      const dir = join(root, `${index}-${name.replace(/[^A-Za-z0-9._-]/g, '_')}`)
      const dataDir = join(dir, 'data')
      return separateWal ? { dataDir, walDir: join(dir, 'wal') } : { dataDir }
    },
    remove() {
      if (removed) return
      rmSync(root, { recursive: true, force: true })
      untrack()
      removed = true
    }
  }
}

/** Booted copies of members, in their order, and how to remove them. */
export interface CopiedMembers {
  members: DrillMember[]
  root: string
  remove(): void
}

/**
 * The members as copied into `folder` (by the restore, as its mirrors, or by copyMembers): same
 * names and peer URLs, their files at folder.member(i).
 */
export function copiedMembers(members: DrillMember[], folder: CopiesFolder): CopiedMembers {
  return {
    members: members.map((m, i) => ({
      ...folder.member(i, m.name, m.walDir !== undefined),
      name: m.name,
      peerURLs: [...m.peerURLs]
    })),
    root: folder.root,
    remove: () => folder.remove()
  }
}

/**
 * Booting a member rewrites its data-dir (WAL entries, db pages, the drill key), so the drill
 * boots copies unless told to use the restored folders in place. The members are copied side
 * by side, as reflinks where the file system allows (FICLONE), plain copies elsewhere, under
 * `parent` (the drill's: copiesParent, chosen once with its disk check). A fresh restore's
 * copies need none of this: the restore writes them as its mirrors (run.ts).
 */
export async function copyMembers(
  members: DrillMember[],
  parent = tmpdir()
): Promise<CopiedMembers> {
  const folder = copiesFolder(parent)
  const copies = copiedMembers(members, folder)
  const copy = (from: string, to: string): Promise<void> =>
    cp(from, to, { recursive: true, mode: constants.COPYFILE_FICLONE })
  // settled, not all: on a failure no copy may still be writing while the folder is removed
  const settled = await Promise.allSettled(
    members.map(async (m, i) => {
      const member = copies.members[i]!
      await copy(m.dataDir, member.dataDir)
      if (m.walDir !== undefined && member.walDir !== undefined) await copy(m.walDir, member.walDir)
    })
  )
  const failed = settled.find((r) => r.status === 'rejected')
  if (failed) {
    folder.remove()
    throw diskFull(failed.reason, folder.root) // `disk full: …/etcd-drill-data-…` (already removed)
  }
  return copies
}
