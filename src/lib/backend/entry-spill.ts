/**
 * The `key` bucket's entries as HashKV's later sweeps need them, 16 bytes each in bucket order
 * (a user key's 96-bit fingerprint and two flags), in an unnamed temporary file: a sweep of a
 * class of keys (key-classes.ts) then reads ~16 B per entry instead of the bucket's pages (a
 * 4 GB db's 2.1 million entries: 34 MB against 4 GB; the pages' reads were 12.8 s of a 28.5 s
 * `snapshot hashkv` that took 9 sweeps). The file is unlinked as soon as it is open, so nothing
 * is left behind however the process ends. Memory: one 1 MiB buffer.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freeNow } from '../heap.js'

const RECORD_WORDS = 4
const BUFFER_BYTES = 1 << 20

export const SPILL_PUT = 1
export const SPILL_BELOW = 2

export class EntrySpill {
  private readonly buffer = new Uint32Array(BUFFER_BYTES / 4)
  private used = 0
  private written = 0

  private constructor(private readonly fd: number) {}

  /** A new empty spill, or undefined when no temporary file can be made (then: sweep the db). */
  static open(): EntrySpill | undefined {
    let dir: string | undefined
    let fd: number | undefined
    try {
      dir = mkdtempSync(join(tmpdir(), 'etcd-restore-hashkv-'))
      const path = join(dir, 'entries')
      fd = openSync(path, 'w+', 0o600)
      unlinkSync(path)
      return new EntrySpill(fd)
    } catch {
      if (fd !== undefined) closeSync(fd)
      return undefined
    } finally {
      // the file is already unlinked, unless that failed: then it goes with its folder
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
    }
  }

  /** Appends one entry; false when the file cannot take it (a full disk): the spill is void. */
  append(a: number, b: number, c: number, flags: number): boolean {
    const at = this.used
    this.buffer[at] = a
    this.buffer[at + 1] = b
    this.buffer[at + 2] = c
    this.buffer[at + 3] = flags
    this.used = at + RECORD_WORDS
    return this.used < this.buffer.length || this.flush()
  }

  /** Writes what is buffered; false when the file cannot take it. */
  flush(): boolean {
    try {
      const bytes = new Uint8Array(this.buffer.buffer, 0, this.used * 4)
      for (let done = 0; done < bytes.length;)
        done += writeSync(this.fd, bytes, done, bytes.length - done, this.written + done)
      this.written += bytes.length
      this.used = 0
      return true
    } catch {
      return false
    }
  }

  /** Every entry appended, in order, with its position (from 0). */
  forEach(visit: (a: number, b: number, c: number, flags: number, position: number) => void): void {
    const bytes = new Uint8Array(this.buffer.buffer)
    let position = 0
    for (let offset = 0; offset < this.written;) {
      let got = 0
      const want = Math.min(bytes.length, this.written - offset)
      while (got < want) {
        const n = readSync(this.fd, bytes, got, want - got, offset + got)
        if (n === 0) throw new Error('hashkv: the temporary file of entries shrank')
        got += n
      }
      offset += got
      const words = got / 4
      for (let at = 0; at < words; at += RECORD_WORDS)
        visit(
          this.buffer[at]!,
          this.buffer[at + 1]!,
          this.buffer[at + 2]!,
          this.buffer[at + 3]!,
          position++
        )
    }
  }

  close(): void {
    freeNow(this.buffer)
    closeSync(this.fd)
  }
}
