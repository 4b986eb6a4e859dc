/**
 * Records the writes made through a ByteFile so the same edit can be applied to byte-identical
 * copies of the file without computing it again: restore edits one db and replays the few
 * pages it wrote onto each member's copy, which the kernel made while the edit's input was
 * still being checked.
 */
import { closeSync, fdatasyncSync, ftruncateSync, openSync, writeSync } from 'node:fs'
import { TargetError } from '../errors.js'
import type { ByteFile } from './page-source.js'

type JournalEntry =
  | { op: 'write'; position: number; data: Uint8Array }
  | { op: 'truncate'; size: number }
  | { op: 'sync' }

export class WriteJournal {
  private readonly entries: JournalEntry[] = []

  /** `file` with every write, truncate and sync also recorded here, in order. */
  record(file: ByteFile): ByteFile {
    const entries = this.entries
    return {
      get size() {
        return file.size
      },
      read: (position, length) => file.read(position, length),
      write(position, data) {
        file.write(position, data)
        // a copy: writers may reuse their buffers
        entries.push({ op: 'write', position, data: data.slice() })
      },
      truncate(size) {
        file.truncate(size)
        entries.push({ op: 'truncate', size })
      },
      sync() {
        file.sync()
        entries.push({ op: 'sync' })
      }
    }
  }

  /** Bytes the recorded writes hold. */
  get bytes(): number {
    return this.entries.reduce((n, e) => n + (e.op === 'write' ? e.data.length : 0), 0)
  }

  /**
   * Applies the recorded operations, in order, to the file at `path`, which must hold what the
   * recorded file held before them. Syncs stay where they were: the commit's order (data, sync,
   * meta, sync) is what keeps a crash from leaving a meta that points at unwritten pages.
   */
  replay(path: string): void {
    const fd = openSync(path, 'r+')
    try {
      for (const entry of this.entries) {
        if (entry.op === 'write') writeAllAt(fd, entry.data, entry.position)
        else if (entry.op === 'truncate') ftruncateSync(fd, entry.size)
        else fdatasyncSync(fd)
      }
    } finally {
      closeSync(fd)
    }
  }
}

function writeAllAt(fd: number, data: Uint8Array, position: number): void {
  for (let done = 0; done < data.length;) {
    const n = writeSync(fd, data, done, data.length - done, position + done)
    if (n <= 0) throw new TargetError(`write made no progress at byte ${position + done}`)
    done += n
  }
}
