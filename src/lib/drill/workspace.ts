import { constants, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DrillMember } from './etcd-process.js'
import { trackFolder } from '../interrupt.js'
import { diskFull } from '../errors.js'

/**
 * Booting a member rewrites its data-dir (WAL entries, db pages, the drill key), so the drill
 * boots copies unless told to use the restored folders in place. Copies are reflinks where the
 * file system allows (FICLONE), plain copies elsewhere.
 */
export function copyMembers(
  members: DrillMember[],
  parent = tmpdir()
): { members: DrillMember[]; root: string; remove(): void } {
  const root = mkdtempSync(join(parent, 'etcd-drill-data-'))
  const untrack = trackFolder(root)
  const remove = (): void => {
    rmSync(root, { recursive: true, force: true })
    untrack()
  }
  try {
    const copies = members.map((m, i) => {
      // index prefix: member names are free text and may repeat characters unsafe in paths
      const base = join(root, `${i}-${m.name.replace(/[^A-Za-z0-9._-]/g, '_')}`)
      cpSync(m.dataDir, join(base, 'data'), { recursive: true, mode: constants.COPYFILE_FICLONE })
      const copy: DrillMember = {
        name: m.name,
        dataDir: join(base, 'data'),
        peerURLs: [...m.peerURLs]
      }
      if (m.walDir !== undefined) {
        cpSync(m.walDir, join(base, 'wal'), { recursive: true, mode: constants.COPYFILE_FICLONE })
        copy.walDir = join(base, 'wal')
      }
      return copy
    })
    return { members: copies, root, remove }
  } catch (error) {
    remove()
    throw diskFull(error, root) // `disk full: /tmp/etcd-drill-data-…` (already removed)
  }
}
