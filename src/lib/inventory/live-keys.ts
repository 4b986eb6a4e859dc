/**
 * The live keys of a sweep of the `key` bucket (issue 28, item 5): per live key 12 bytes in typed
 * arrays the garbage collector never scans — a 64-bit fingerprint of the key (KeyHash) and its
 * latest put's class and size in one word (class < 4095 and size < 1 MiB; a put past either is kept
 * in a Map beside) — instead of a Map entry (~160 B) per key. No revision: a key is named again
 * (rarely) by a sweep that hashes each put's key, as any put of a key names it.
 *
 * The bucket is ordered by revision, not by key, so whether a put is still a key's latest is known
 * only later. Puts and deletions are appended to a buffer; when it fills, it is sorted by
 * fingerprint (the latest entry of each key wins) and merged into the sorted run of live keys, in
 * chunks taken from and given back to a pool, so a merge needs no second copy of the run. The
 * merge tells its sink what each key's previous and new state are (added / removed), which is how
 * the inventory keeps its counters; the run itself is read again only to name keys (forEach).
 *
 * Two keys share a fingerprint with probability 2^-64 per pair (4 M keys: ~4·10^-7, 20 M keys:
 * ~10^-5); such a pair would count as one key.
 */
import { KeyHash } from '../backend/key-fingerprints.js'
import { freeNow } from '../heap.js'

/** Records per chunk of the run (12 B each: 384 KiB). */
const CHUNK_BITS = 15
const CHUNK = 1 << CHUNK_BITS
const MIN_BUFFER = 1 << 16
const MAX_BUFFER = 1 << 19

/** One chunk of the run: one allocation, four columns. */
class Chunk {
  readonly memory = new ArrayBuffer(12 * CHUNK)
  readonly a = new Uint32Array(this.memory, 0, CHUNK)
  readonly b = new Uint32Array(this.memory, 4 * CHUNK, CHUNK)
  /** class << SIZE_BITS | size, or ESCAPED */
  readonly meta = new Uint32Array(this.memory, 8 * CHUNK, CHUNK)
}

const SIZE_BITS = 20
const SIZE_MASK = 2 ** SIZE_BITS - 1
const ESCAPED = 0xffffffff
/** Classes below this pack with a size below 2^SIZE_BITS (ESCAPED's own class is never used). */
const PACKED_CLASSES = 2 ** (32 - SIZE_BITS) - 1

/** Told, as buffered entries are merged, how each key's latest state changes. */
export interface LiveKeysSink {
  /** A key's latest put (`place`: what the entry was buffered with). */
  added(place: number, cls: number, size: number): void
  /** The put that was a key's latest no longer is (overwritten or deleted). */
  removed(place: number, cls: number, size: number): void
}

export class LiveKeys {
  private chunks: Chunk[] = []
  private pool: Chunk[] = []
  /** Records in the run. */
  private length = 0
  /** The class and size of each record whose meta is ESCAPED, by fingerprint "a,b". */
  private readonly escaped = new Map<string, [number, number]>()

  private readonly hash = new KeyHash()
  private capacity = MIN_BUFFER
  private bA = new Uint32Array(MIN_BUFFER)
  private bB = new Uint32Array(MIN_BUFFER)
  private bSize = new Uint32Array(MIN_BUFFER)
  private bCls = new Uint16Array(MIN_BUFFER)
  private bPlace = new Uint32Array(MIN_BUFFER)
  /** 1: a deletion. */
  private bDead = new Uint8Array(MIN_BUFFER)
  private bOrder = new Uint32Array(MIN_BUFFER)
  private bTemp = new Uint32Array(MIN_BUFFER)
  private buffered = 0
  /** The radix sort's digit counts (kept: nothing is allocated per merge). */
  private readonly counts = new Uint32Array(1 << 16)

  constructor(private readonly sink: LiveKeysSink) {}

  /** Live keys (after flush()). */
  get size(): number {
    return this.length
  }

  /** A put of `key` (later ones win): its class, size and place. */
  put(key: Uint8Array, size: number, cls: number, place: number): void {
    this.append(key, size, cls, place, 0)
  }

  /** A deletion of `key` (`place`: the key's). */
  delete(key: Uint8Array, place: number): void {
    this.append(key, 0, 0, place, 1)
  }

  private append(key: Uint8Array, size: number, cls: number, place: number, dead: number): void {
    if (this.buffered === this.capacity) this.flush()
    const i = this.buffered++
    this.hash.of(key)
    this.bA[i] = this.hash.a
    this.bB[i] = this.hash.b
    this.bSize[i] = size
    this.bCls[i] = cls
    this.bPlace[i] = place
    this.bDead[i] = dead
  }

  /** Merges the buffer into the run. */
  flush(): void {
    if (this.buffered === 0) return
    this.sortBuffer()
    this.merge()
    this.buffered = 0
    // the buffer grows with the run (1/64 of it), so merges stay few: O(n log n) in all
    const want = Math.min(
      MAX_BUFFER,
      Math.max(MIN_BUFFER, 2 ** Math.floor(Math.log2(this.length / 64)))
    )
    if (want > this.capacity) this.resizeBuffer(want)
  }

  /** Every live key: its fingerprint, its latest put's size and class (after flush()), in fingerprint order. */
  forEach(visit: (a: number, b: number, size: number, cls: number) => void): void {
    for (let i = 0; i < this.length; i++) {
      const c = this.chunks[i >>> CHUNK_BITS]!
      const at = i & (CHUNK - 1)
      const meta = c.meta[at]!
      if (meta !== ESCAPED) visit(c.a[at]!, c.b[at]!, meta & SIZE_MASK, meta >>> SIZE_BITS)
      else {
        const [cls, size] = this.escaped.get(`${c.a[at]!},${c.b[at]!}`)!
        visit(c.a[at]!, c.b[at]!, size, cls)
      }
    }
  }

  /** Gives the memory back (at once, where the runtime can: see freeNow). */
  clear(): void {
    for (const chunk of [...this.chunks, ...this.pool]) if (chunk) freeNow(chunk.memory)
    this.chunks = []
    this.pool = []
    this.length = 0
    this.escaped.clear()
    this.buffered = 0
    this.resizeBuffer(MIN_BUFFER)
  }

  private resizeBuffer(capacity: number): void {
    freeNow(
      this.bA,
      this.bB,
      this.bSize,
      this.bCls,
      this.bPlace,
      this.bDead,
      this.bOrder,
      this.bTemp
    )
    this.capacity = capacity
    this.bA = new Uint32Array(capacity)
    this.bB = new Uint32Array(capacity)
    this.bSize = new Uint32Array(capacity)
    this.bCls = new Uint16Array(capacity)
    this.bPlace = new Uint32Array(capacity)
    this.bDead = new Uint8Array(capacity)
    this.bOrder = new Uint32Array(capacity)
    this.bTemp = new Uint32Array(capacity)
  }

  /**
   * bOrder = the buffer's indices by (a, b, index): an LSD radix sort on `a` (two stable 16-bit
   * passes), then runs of equal `a` put in `b` order by a stable insertion sort (rare, short).
   */
  private sortBuffer(): void {
    const n = this.buffered
    const a = this.bA
    const b = this.bB
    let from = this.bTemp
    let to = this.bOrder
    for (let i = 0; i < n; i++) from[i] = i
    const counts = this.counts
    for (const shift of [0, 16]) {
      counts.fill(0)
      for (let i = 0; i < n; i++) counts[(a[from[i]!]! >>> shift) & 0xffff]!++
      let sum = 0
      for (let d = 0; d < counts.length; d++) {
        const c = counts[d]!
        counts[d] = sum
        sum += c
      }
      for (let i = 0; i < n; i++) {
        const x = from[i]!
        to[counts[(a[x]! >>> shift) & 0xffff]!++] = x
      }
      ;[from, to] = [to, from]
    }
    // two passes: the result is back in `from` === bTemp; keep bOrder the sorted one
    ;[this.bOrder, this.bTemp] = [from, to]
    const order = this.bOrder
    for (let i = 1; i < n; i++) {
      const x = order[i]!
      if (a[x] !== a[order[i - 1]!]) continue
      let j = i
      while (j > 0 && a[order[j - 1]!] === a[x] && b[order[j - 1]!]! > b[x]!) {
        order[j] = order[j - 1]!
        j--
      }
      order[j] = x
    }
  }

  private takeChunk(): Chunk {
    return this.pool.pop() ?? new Chunk()
  }

  /** The run merged with the sorted buffer, into chunks from the pool (emptied ones go back). */
  private merge(): void {
    const { sink, bA, bB, bSize, bCls, bPlace, bDead, bOrder } = this
    const input = this.chunks
    const inputLength = this.length
    const output: Chunk[] = []
    let out: Chunk | undefined
    let written = 0
    let i = 0 // next record of the run
    let j = 0 // next of bOrder
    const n = this.buffered
    const write = (a: number, b: number, meta: number) => {
      const at = written & (CHUNK - 1)
      if (at === 0) output.push((out = this.takeChunk()))
      const c = out!
      c.a[at] = a
      c.b[at] = b
      c.meta[at] = meta
      written++
    }
    const copyRun = () => {
      const c = input[i >>> CHUNK_BITS]!
      const at = i & (CHUNK - 1)
      write(c.a[at]!, c.b[at]!, c.meta[at]!)
    }
    const advanceRun = () => {
      i++
      if ((i & (CHUNK - 1)) === 0 || i === inputLength) {
        const done = (i - 1) >>> CHUNK_BITS
        this.pool.push(input[done]!)
        input[done] = undefined as unknown as Chunk
      }
    }
    while (j < n) {
      const x = bOrder[j]!
      const a = bA[x]!
      const b = bB[x]!
      // the key's last buffered entry decides
      let last = x
      while (j + 1 < n && bA[bOrder[j + 1]!] === a && bB[bOrder[j + 1]!] === b) last = bOrder[++j]!
      j++
      // records of the run before this key stay
      for (;;) {
        if (i >= inputLength) break
        const c = input[i >>> CHUNK_BITS]!
        const at = i & (CHUNK - 1)
        const ra = c.a[at]!
        if (ra > a || (ra === a && c.b[at]! >= b)) break
        copyRun()
        advanceRun()
      }
      if (i < inputLength) {
        const c = input[i >>> CHUNK_BITS]!
        const at = i & (CHUNK - 1)
        if (c.a[at] === a && c.b[at] === b) {
          const meta = c.meta[at]!
          if (meta !== ESCAPED) sink.removed(bPlace[last]!, meta >>> SIZE_BITS, meta & SIZE_MASK)
          else {
            const print = `${a},${b}`
            const [cls, size] = this.escaped.get(print)!
            this.escaped.delete(print)
            sink.removed(bPlace[last]!, cls, size)
          }
          advanceRun()
        }
      }
      if (bDead[last] === 1) continue
      const cls = bCls[last]!
      const size = bSize[last]!
      if (cls < PACKED_CLASSES && size <= SIZE_MASK) write(a, b, (cls << SIZE_BITS) | size)
      else {
        write(a, b, ESCAPED)
        this.escaped.set(`${a},${b}`, [cls, size])
      }
      sink.added(bPlace[last]!, bCls[last]!, bSize[last]!)
    }
    while (i < inputLength) {
      copyRun()
      advanceRun()
    }
    this.chunks = output
    this.length = written
    // the emptied chunks stay in the pool for the next merge: freed chunks would only wait for
    // the garbage collector (RSS), and the run needs them again as it grows
  }
}
