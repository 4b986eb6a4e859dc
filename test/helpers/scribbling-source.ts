/**
 * A ByteSource whose transient reads break loudly when misused: each readTransient() returns a
 * fresh copy and overwrites the copy it returned before with 0xEE bytes. A reader that keeps a
 * transient view past its next read then sees garbage (and fails its check) instead of passing
 * by luck because the memory happened not to be reused yet. A prefetch() scribbles over it too
 * (a source that reads ahead reuses that memory), and is counted.
 */
import type { ByteSource } from '../../src/lib/io/page-source.js'

export const SCRIBBLE = 0xee

export function scribbling(
  source: ByteSource
): ByteSource & { transientReads: number; prefetches: number } {
  let previous: Uint8Array | null = null
  const wrapped = {
    transientReads: 0,
    prefetches: 0,
    get size() {
      return source.size
    },
    read: (position: number, length: number) => source.read(position, length),
    readTransient(position: number, length: number): Uint8Array {
      const copy = source.read(position, length).slice()
      previous?.fill(SCRIBBLE)
      previous = copy
      wrapped.transientReads++
      return copy
    },
    // a hint: positions past the end are ignored, as ByteSource.prefetch allows
    prefetch(): void {
      previous?.fill(SCRIBBLE)
      previous = null
      wrapped.prefetches++
    }
  }
  return wrapped
}
