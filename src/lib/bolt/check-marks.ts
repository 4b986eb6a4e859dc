/**
 * The reachability bitmap of a check: one bit per page in [0, hwm), so memory stays at hwm/8
 * bytes whatever the file claims. A page may be marked once; a second mark is the "multiple
 * references" (or, when the page is on the current path, "branch cycle") error of bbolt check.
 */
import { BoltFormatError } from '../errors.js'

/** Progress is reported every this many pages. */
const PROGRESS_EVERY = 4096

export class PageMarks {
  readonly hwm: number
  private readonly bits: Uint8Array
  private readonly onProgress: ((pagesVisited: number) => void) | undefined
  /** Pages marked (overflow pages included). */
  reachable = 0
  /** Page spans marked (one per page header). */
  visited = 0

  constructor(hwm: number, onProgress?: (pagesVisited: number) => void) {
    this.hwm = hwm
    this.bits = new Uint8Array(Math.ceil(hwm / 8))
    this.onProgress = onProgress
  }

  has(id: number): boolean {
    return (this.bits[id >>> 3]! & (1 << (id & 7))) !== 0
  }

  /**
   * Marks [id, id+overflow]. `path` is the chain of pages above the referrer, to tell a cycle
   * from a plain duplicate reference.
   */
  mark(id: number, overflow: number, referrer: number, path: readonly number[] = []): void {
    for (let j = 0; j <= overflow; j++) {
      const p = id + j
      if (p >= this.hwm) {
        throw new BoltFormatError(
          `page ${p} (overflow of page ${id}) is beyond the high-water mark ${this.hwm}`,
          id
        )
      }
      if (this.has(p)) {
        const what = j === 0 ? `page ${p}` : `page ${p} (overflow ${j} of page ${id})`
        if (path.includes(p)) {
          const chain = [...path, p].join(' → ')
          throw new BoltFormatError(
            `branch cycle: ${what} is referenced by its own descendant ${referrer} (${chain})`,
            p
          )
        }
        throw new BoltFormatError(
          `multiple references: ${what} is reachable twice (again from page ${referrer})`,
          p
        )
      }
      this.bits[p >>> 3]! |= 1 << (p & 7)
      this.reachable++
    }
    this.visited++
    if (this.onProgress !== undefined && this.visited % PROGRESS_EVERY === 0)
      this.onProgress(this.visited)
  }

  reportProgress(): void {
    this.onProgress?.(this.visited)
  }

  /** Free = in [2, hwm) and not marked. */
  isFree(id: number): boolean {
    return id >= 2 && id < this.hwm && !this.has(id)
  }

  freePageIds(): number[] {
    const ids: number[] = []
    for (let id = 2; id < this.hwm; id++) if (!this.has(id)) ids.push(id)
    return ids
  }
}
