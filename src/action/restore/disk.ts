/**
 * The action's disk check, once the snapshot is on the runner and before anything else is
 * written: the data-dirs in `path` (and `wal-dir`), the drill's booted members in the temp folder
 * (verify: boot), and the members' tar archives packed for upload (UPLOAD_CONCURRENCY at a time, in
 * the work folder), unless the artifact client sends them as they are packed (the bundle's: then
 * none is on disk). A compressed archive's size (tar.gz, tar.zst) and the cache's are not known
 * before they are packed: not counted; a disk that fills then says `disk full: <path>` and leaves
 * no partial archive.
 */
import { join } from 'node:path'
import type { Logger } from '../../lib/logger.js'
import { drillNeed } from '../../lib/drill/disk.js'
import {
  MEMBER_FILES_BYTES,
  memberDbBytes,
  restoreNeeds,
  type DiskAdvice,
  type DiskNeed
} from '../../lib/restore/disk-need.js'
import { checkDiskSpace, snapshotSizes, willCompact } from '../../lib/restore/disk-space.js'
import { buildCluster } from '../../lib/cluster/initial-cluster.js'
import type { ActionInputs } from '../inputs/index.js'
import { UPLOAD_CONCURRENCY } from '../publish/upload.js'
import { uploadsFromStreams } from '../publish/upload-source.js'

/** The action's inputs that move or shrink what it writes. */
export const ACTION_ADVICE: DiskAdvice = {
  outDir: 'set path:',
  dataDir: 'set path:',
  walDir: 'set wal-dir:',
  defrag: 'defrag: always',
  temp: 'set TMPDIR (the drill boots its members there)',
  archives: 'archive: tar.zst or upload: false'
}

/** Throws DiskSpaceError when a file system cannot hold what the run will write there. */
export function checkActionDisk(
  inputs: Pick<ActionInputs, 'restore' | 'publish' | 'drill'>,
  snapshotPath: string,
  workDir: string,
  logger: Logger
): void {
  const sizes = snapshotSizes(snapshotPath)
  const { restore: spec, publish } = inputs
  const members = spec.memberNames.length
  const target = { kind: 'all', outDir: spec.outDir, walDir: spec.walDir } as const
  const build = (compacts: boolean): DiskNeed[] => {
    const db = memberDbBytes(sizes, compacts)
    const needs = restoreNeeds(target, members, sizes, compacts)
    if (inputs.drill.verify === 'boot') {
      const cluster = buildCluster(spec.initialCluster, spec.initialClusterToken)
      needs.push(drillNeed(cluster.members.length, db))
    }
    // the bundled client sends a tar archive as it is packed: none is written (upload-source.ts)
    if (publish.upload && publish.archive === 'tar' && !uploadsFromStreams()) {
      needs.push({
        path: join(workDir, 'archives'),
        bytes: Math.min(UPLOAD_CONCURRENCY, members) * (db + MEMBER_FILES_BYTES),
        what: 'the members’ tar archives, packed for upload',
        phase: 'upload',
        knob: 'archives'
      })
    }
    return needs
  }
  const compacts = willCompact(spec.defrag, sizes)
  const ifCompacted = !compacts && sizes.estimate !== undefined ? build(true) : undefined
  checkDiskSpace(build(compacts), ACTION_ADVICE, { ...(ifCompacted && { ifCompacted }), logger })
}
