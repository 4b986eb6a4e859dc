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

/**
 * Booting a member rewrites its data-dir (WAL entries, db pages, the drill key), so the drill
 * boots copies unless told to use the restored folders in place. The members are copied side
 * by side, as reflinks where the file system allows (FICLONE), plain copies elsewhere, under
 * `parent` (the drill's: copiesParent, chosen once with its disk check).
 */
export async function copyMembers(
  members: DrillMember[],
  parent = tmpdir()
): Promise<{ members: DrillMember[]; root: string; remove(): void }> {
  const root = mkdtempSync(join(parent, 'etcd-drill-data-'))
  const untrack = trackFolder(root)
  const remove = (): void => {
    rmSync(root, { recursive: true, force: true })
    untrack()
  }
  const copy = (from: string, to: string): Promise<void> =>
    cp(from, to, { recursive: true, mode: constants.COPYFILE_FICLONE })
  // settled, not all: on a failure no copy may still be writing while the folder is removed
  const settled = await Promise.allSettled(
    members.map(async (m, i) => {
      // index prefix: member names are free text and may repeat characters unsafe in paths
      const dir = join(root, `${i}-${m.name.replace(/[^A-Za-z0-9._-]/g, '_')}`)
      const member: DrillMember = {
        name: m.name,
        dataDir: join(dir, 'data'),
        peerURLs: [...m.peerURLs]
      }
      await copy(m.dataDir, member.dataDir)
      if (m.walDir !== undefined) {
        member.walDir = join(dir, 'wal')
        await copy(m.walDir, member.walDir)
      }
      return member
    })
  )
  const failed = settled.find((r) => r.status === 'rejected')
  if (failed) {
    remove()
    throw diskFull(failed.reason, root) // `disk full: …/etcd-drill-data-…` (already removed)
  }
  return {
    members: settled.map((r) => (r as PromiseFulfilledResult<DrillMember>).value),
    root,
    remove
  }
}
