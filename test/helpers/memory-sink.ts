/** A CompactSink into memory, for tests of the compacting writer. */
import { expect } from 'vitest'
import type { CompactSink } from '../../src/lib/bolt/compact/compact.js'
import { decodePageHeader } from '../../src/lib/bolt/page.js'
import { MemoryByteFile } from '../../src/lib/io/page-file.js'

/** Collects the compacted file in memory, checking what the page writer checks. */
export class MemorySink implements CompactSink {
  readonly file = new MemoryByteFile()
  private next = 2
  finished = false
  constructor(readonly pageSize: number) {}
  get nextId(): number {
    return this.next
  }
  append(span: Uint8Array): void {
    expect(span.length % this.pageSize).toBe(0)
    expect(decodePageHeader(span).id).toBe(this.next)
    this.file.write(this.next * this.pageSize, span)
    this.next += span.length / this.pageSize
  }
  finish(hwm: number, metas: [Uint8Array, Uint8Array]): void {
    expect(hwm).toBe(this.next)
    this.file.truncate(hwm * this.pageSize)
    this.file.write(0, metas[0])
    this.file.write(this.pageSize, metas[1])
    this.finished = true
  }
}
