/**
 * Positional access to a file's bytes, so the bolt codec never holds a whole file and never
 * imports `fs`. Positions and lengths are byte offsets (numbers: files stay far below 2^53).
 */
export interface ByteSource {
  /** Size of the readable bytes. */
  readonly size: number
  /**
   * Returns exactly `length` bytes starting at `position`. Throws a RangeError when the range
   * goes past `size`. The returned view may be shared with a cache: callers must not keep it
   * across writes, and must not modify it.
   */
  read(position: number, length: number): Uint8Array
  /**
   * Like read(), for one sweep over a file that keeps nothing it is given: the view is valid only
   * until the next readTransient() or write, since its memory is reused. A checker walking every
   * page then reads gigabytes without allocating (discarded read buffers would pile up in
   * memory faster than the garbage collector returns them). Sources without it fall back to read().
   */
  readTransient?(position: number, length: number): Uint8Array
  /**
   * A hint: the spans [position, position + length) for `positions` are about to be read (a
   * branch page's children). A source may read them ahead, together; the views earlier
   * readTransient() calls returned are then no longer valid. Positions past `size` are ignored.
   */
  prefetch?(positions: readonly number[], length: number): void
}

/** A ByteSource that can also be written, for the copy-on-write commit. */
export interface ByteFile extends ByteSource {
  write(position: number, data: Uint8Array): void
  /** Sets the file size (grows with zeros or shrinks). */
  truncate(size: number): void
  /** Flushes data to stable storage (fdatasync). */
  sync(): void
}
