/**
 * Copies of the pages a walk keeps while it reads others transiently (db.transientPage): one
 * reused buffer per depth, since a depth-first walk holds at most one page per level at a time.
 */
export class HeldPages {
  private readonly buffers: Uint8Array[] = []

  /** A copy of `page`, valid until `depth` is held again. */
  hold(depth: number, page: Uint8Array): Uint8Array {
    let buffer = this.buffers[depth]
    if (buffer === undefined || buffer.length < page.length) {
      buffer = new Uint8Array(page.length)
      this.buffers[depth] = buffer
    }
    const copy = buffer.subarray(0, page.length)
    copy.set(page)
    return copy
  }
}
