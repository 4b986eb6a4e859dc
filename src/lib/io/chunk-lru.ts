/**
 * A least-recently-used set of file chunks by chunk index, O(1) per operation: a Map finds the
 * slot, a doubly-linked list over slot numbers keeps the order. (A Map alone, re-inserted on
 * every hit and evicted through `keys().next()`, is O(n) per eviction in V8: the deleted entries
 * it must skip pile up at the front until the table is rehashed. Measured on a churned snapshot
 * read in page-sized chunks: a third of the restore's time.)
 */
export class ChunkLru {
  private readonly slotOf = new Map<number, number>()
  private readonly indexOf: number[] = []
  private readonly chunkOf: (Uint8Array | null)[] = []
  private readonly newer: Int32Array
  private readonly older: Int32Array
  private readonly free: number[] = []
  /** Most and least recently used slots; -1 when empty. */
  private newest = -1
  private oldest = -1

  constructor(readonly capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) {
      throw new RangeError(`chunk cache capacity ${capacity} is not a positive integer`)
    }
    this.newer = new Int32Array(capacity).fill(-1)
    this.older = new Int32Array(capacity).fill(-1)
  }

  get size(): number {
    return this.slotOf.size
  }

  get full(): boolean {
    return this.slotOf.size >= this.capacity
  }

  /** The chunk at `index`, now the most recently used; undefined when not held. */
  get(index: number): Uint8Array | undefined {
    const slot = this.slotOf.get(index)
    if (slot === undefined) return undefined
    if (slot !== this.newest) {
      this.unlink(slot)
      this.linkNewest(slot)
    }
    return this.chunkOf[slot]!
  }

  /** Holds `chunk` as `index` (most recently used). The cache must not be full: see evictOldest. */
  set(index: number, chunk: Uint8Array): void {
    const existing = this.slotOf.get(index)
    if (existing !== undefined) {
      this.chunkOf[existing] = chunk
      this.get(index)
      return
    }
    if (this.full) throw new RangeError('chunk cache is full: evict first')
    const slot = this.free.pop() ?? this.slotOf.size
    this.slotOf.set(index, slot)
    this.indexOf[slot] = index
    this.chunkOf[slot] = chunk
    this.linkNewest(slot)
  }

  /** Drops the least recently used chunk and returns it (for its memory); undefined when empty. */
  evictOldest(): Uint8Array | undefined {
    if (this.oldest === -1) return undefined
    return this.delete(this.indexOf[this.oldest]!)
  }

  /** Drops the chunk at `index`; returns it, or undefined when not held. */
  delete(index: number): Uint8Array | undefined {
    const slot = this.slotOf.get(index)
    if (slot === undefined) return undefined
    this.slotOf.delete(index)
    this.unlink(slot)
    const chunk = this.chunkOf[slot]!
    this.chunkOf[slot] = null
    this.free.push(slot)
    return chunk
  }

  /** The chunk indexes held, in no particular order. */
  indexes(): number[] {
    return [...this.slotOf.keys()]
  }

  clear(): void {
    this.slotOf.clear()
    this.indexOf.length = 0
    this.chunkOf.length = 0
    this.free.length = 0
    this.newer.fill(-1)
    this.older.fill(-1)
    this.newest = -1
    this.oldest = -1
  }

  private linkNewest(slot: number): void {
    this.older[slot] = this.newest
    this.newer[slot] = -1
    if (this.newest !== -1) this.newer[this.newest] = slot
    this.newest = slot
    if (this.oldest === -1) this.oldest = slot
  }

  private unlink(slot: number): void {
    const newer = this.newer[slot]!
    const older = this.older[slot]!
    if (newer !== -1) this.older[newer] = older
    else this.newest = older
    if (older !== -1) this.newer[older] = newer
    else this.oldest = newer
    this.newer[slot] = -1
    this.older[slot] = -1
  }
}
