/**
 * Read-ahead of spans a reader names before it reads them (ByteSource.prefetch): a branch page's
 * children, say. A churned snapshot's live pages lie in long runs scattered through free ones
 * (the bench's 250 MB file: 5,716 live pages in 204 runs); read one page per call, the walk
 * spends more time entering the kernel than copying. The named spans are sorted, merged into
 * runs across small gaps, and read with one call per run into one reused arena.
 */

/** Gaps up to this many bytes are read through: copying a few free pages beats another call. */
export const READ_AHEAD_MAX_GAP = 32 * 1024
/** The arena's bound: spans past it are not read ahead (each is read when asked for). */
export const READ_AHEAD_MAX_BYTES = 2 * 1024 * 1024

/** Reads `out.length` bytes at `position` into `out`, or throws. */
export type ReadInto = (out: Uint8Array, position: number) => void

export class ReadAhead {
  private arena = new Uint8Array(0)
  /** Runs held, ascending by position: [runStart[i], runEnd[i]) lies at arena offset runAt[i]. */
  private runStart: number[] = []
  private runEnd: number[] = []
  private runAt: number[] = []
  private sorted = new Float64Array(0)

  constructor(
    private readonly maxGap = READ_AHEAD_MAX_GAP,
    private readonly maxBytes = READ_AHEAD_MAX_BYTES
  ) {}

  /**
   * Reads the spans [position, position + length) for `positions` (any order, duplicates
   * allowed), merged into runs, in place of what was read ahead before; spans past the bound
   * are left out. `limit` is the end of the readable bytes.
   */
  fill(positions: readonly number[], length: number, limit: number, read: ReadInto): void {
    this.clear()
    const n = positions.length
    if (n === 0 || length <= 0) return
    if (this.sorted.length < n) this.sorted = new Float64Array(Math.max(n, 2 * this.sorted.length))
    const sorted = this.sorted.subarray(0, n)
    for (let i = 0; i < n; i++) sorted[i] = positions[i]!
    sorted.sort()
    let bytes = 0
    for (let i = 0; i < n; i++) {
      const start = sorted[i]!
      const end = Math.min(start + length, limit)
      if (start < 0 || end <= start) continue
      const last = this.runEnd.length - 1
      if (last >= 0 && start <= this.runEnd[last]! + this.maxGap) {
        if (end <= this.runEnd[last]!) continue
        if (bytes + end - this.runEnd[last]! > this.maxBytes) break
        bytes += end - this.runEnd[last]!
        this.runEnd[last] = end
      } else {
        if (bytes + end - start > this.maxBytes) break
        this.runStart.push(start)
        this.runEnd.push(end)
        this.runAt.push(bytes)
        bytes += end - start
      }
    }
    if (this.arena.length < bytes) {
      this.arena = new Uint8Array(Math.min(this.maxBytes, Math.max(bytes, 2 * this.arena.length)))
    }
    try {
      for (let i = 0; i < this.runStart.length; i++) {
        const at = this.runAt[i]!
        read(this.arena.subarray(at, at + this.runEnd[i]! - this.runStart[i]!), this.runStart[i]!)
      }
    } catch (error) {
      this.clear()
      throw error
    }
  }

  /** The bytes [position, position + length) when one run holds them all, else undefined. */
  find(position: number, length: number): Uint8Array | undefined {
    const hi = this.runOf(position)
    if (hi < 0 || position + length > this.runEnd[hi]!) return undefined
    const at = this.runAt[hi]! + position - this.runStart[hi]!
    return this.arena.subarray(at, at + length)
  }

  /**
   * The bytes from `position` to the end of the run that holds it (at most `length`), or
   * undefined: the start of a span that runs past what was read ahead (a leaf's overflow pages,
   * which the page size named in fill() does not cover).
   */
  prefix(position: number, length: number): Uint8Array | undefined {
    const i = this.runOf(position)
    if (i < 0 || position >= this.runEnd[i]!) return undefined
    const at = this.runAt[i]! + position - this.runStart[i]!
    return this.arena.subarray(at, at + Math.min(length, this.runEnd[i]! - position))
  }

  /** The last run starting at or before `position`, or -1. */
  private runOf(position: number): number {
    const starts = this.runStart
    let lo = 0
    let hi = starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      if (starts[mid]! <= position) lo = mid + 1
      else hi = mid - 1
    }
    return hi
  }

  /** Forgets what was read ahead (the arena is kept for the next fill). */
  clear(): void {
    this.runStart.length = 0
    this.runEnd.length = 0
    this.runAt.length = 0
  }

  /** Forgets everything, the arena too. */
  release(): void {
    this.clear()
    this.arena = new Uint8Array(0)
    this.sorted = new Float64Array(0)
  }
}
