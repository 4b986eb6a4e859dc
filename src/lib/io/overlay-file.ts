/**
 * A ByteFile whose writes stay in memory on top of a read-only source: the copy-on-write edit of
 * a restore runs against it, and what it reads back is the edited db (the same bytes the copy
 * path writes into each member's file) without a copy of the snapshot ever being made. A commit
 * writes whole pages: a handful for an etcd restore's edit.
 */
import { InvariantError } from '../errors.js'
import type { ByteFile, ByteSource } from './page-source.js'

export class OverlayByteFile implements ByteFile {
  private readonly pages = new Map<number, Uint8Array>()
  private length: number

  constructor(
    private readonly base: ByteSource,
    private readonly pageSize: number
  ) {
    this.length = base.size
  }

  get size(): number {
    return this.length
  }

  /** Bytes written over the source (pages held in memory). */
  get overlayBytes(): number {
    return this.pages.size * this.pageSize
  }

  read(position: number, length: number): Uint8Array {
    return this.view(position, length, false)
  }

  readTransient(position: number, length: number): Uint8Array {
    return this.view(position, length, true)
  }

  /**
   * Passed on to the source, which ignores positions past its end: the overlay's own pages are
   * in memory, the rest are read there.
   */
  prefetch(positions: readonly number[], length: number): void {
    this.base.prefetch?.(positions, length)
  }

  write(position: number, data: Uint8Array): void {
    if (position % this.pageSize !== 0 || data.length % this.pageSize !== 0) {
      throw new InvariantError(
        `overlay write of ${data.length} bytes at ${position} is not whole pages`
      )
    }
    for (let off = 0; off < data.length; off += this.pageSize) {
      this.pages.set((position + off) / this.pageSize, data.slice(off, off + this.pageSize))
    }
    this.length = Math.max(this.length, position + data.length)
  }

  truncate(size: number): void {
    for (const id of this.pages.keys()) if (id * this.pageSize >= size) this.pages.delete(id)
    this.length = size
  }

  sync(): void {
    // nothing is durable here: the overlay is only read back
  }

  private view(position: number, length: number, transient: boolean): Uint8Array {
    if (position < 0 || length < 0 || position + length > this.length) {
      throw new RangeError(
        `read of ${length} bytes at ${position} goes past the end (${this.length} bytes)`
      )
    }
    const first = Math.floor(position / this.pageSize)
    const last = Math.floor((position + length - 1) / this.pageSize)
    let touched = false
    for (const id of this.pages.keys()) {
      if (id >= first && id <= last) {
        touched = true
        break
      }
    }
    if (!touched && position + length <= this.base.size) {
      return transient && this.base.readTransient !== undefined
        ? this.base.readTransient(position, length)
        : this.base.read(position, length)
    }
    const out = new Uint8Array(length)
    for (let id = first; id <= last; id++) {
      const start = Math.max(position, id * this.pageSize)
      const end = Math.min(position + length, (id + 1) * this.pageSize)
      const page = this.pages.get(id)
      if (page !== undefined) {
        out.set(
          page.subarray(start - id * this.pageSize, end - id * this.pageSize),
          start - position
        )
      } else if (start < this.base.size) {
        out.set(this.base.read(start, Math.min(end, this.base.size) - start), start - position)
      }
    }
    return out
  }
}
