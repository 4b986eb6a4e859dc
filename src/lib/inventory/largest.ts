/** The `size` biggest items seen, in a min-heap of at most `size` entries (memory O(size)). */
export class Largest<T> {
  private readonly heap: { weight: number; item: T }[] = []

  constructor(private readonly size: number) {}

  offer(weight: number, item: () => T): void {
    const heap = this.heap
    if (heap.length < this.size) {
      heap.push({ weight, item: item() })
      this.up(heap.length - 1)
    } else if (this.size > 0 && weight > heap[0]!.weight) {
      heap[0] = { weight, item: item() }
      this.down(0)
    }
  }

  /** Biggest first. */
  sorted(): { weight: number; item: T }[] {
    return [...this.heap].sort((a, b) => b.weight - a.weight)
  }

  private up(i: number): void {
    const heap = this.heap
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (heap[parent]!.weight <= heap[i]!.weight) return
      ;[heap[parent], heap[i]] = [heap[i]!, heap[parent]!]
      i = parent
    }
  }

  private down(i: number): void {
    const heap = this.heap
    for (;;) {
      let least = i
      for (const child of [2 * i + 1, 2 * i + 2])
        if (child < heap.length && heap[child]!.weight < heap[least]!.weight) least = child
      if (least === i) return
      ;[heap[least], heap[i]] = [heap[i]!, heap[least]!]
      i = least
    }
  }
}

/** A live key as the inventory names it: its key (latin1) and the size of its latest put. */
export interface SizedKey {
  key: string
  size: number
}

/**
 * The best keys offered (by `better`, a strict order: ties broken by key), one entry per key, at
 * most `capacity`, in a sorted array. A key's entry is removed when the key is overwritten or
 * deleted (remove), so the set holds only keys still live, but then a key pushed out earlier may
 * belong among the best again: `top` says whether the best `n` are known for certain, from the
 * best entry ever turned away.
 */
export class BestKeys {
  /** Best first. */
  private readonly items: SizedKey[] = []
  private readonly keys = new Set<string>()
  /** The best entry turned away or pushed out so far. */
  private lost: SizedKey | undefined

  constructor(
    private readonly capacity: number,
    private readonly better: (x: SizedKey, y: SizedKey) => boolean
  ) {}

  /** The key's latest put. */
  offer(key: string, size: number): void {
    const item = { key, size }
    const items = this.items
    if (items.length === this.capacity) {
      if (!this.better(item, items[items.length - 1]!)) {
        this.turnAway(item)
        return
      }
      const out = items.pop()!
      this.keys.delete(out.key)
      this.turnAway(out)
    }
    let i = items.length
    while (i > 0 && this.better(item, items[i - 1]!)) i--
    items.splice(i, 0, item)
    this.keys.add(key)
  }

  /** `key` is no longer what was offered (overwritten or deleted): its entry goes. */
  remove(key: string): void {
    if (!this.keys.delete(key)) return
    const at = this.items.findIndex((x) => x.key === key)
    this.items.splice(at, 1)
  }

  /** Whether `key` has an entry. */
  has(key: string): boolean {
    return this.keys.has(key)
  }

  /** The best `n` live keys, best first; undefined when they are not known for certain. */
  top(n: number): SizedKey[] | undefined {
    const lost = this.lost
    if (lost === undefined) return this.items.slice(0, n)
    const sure = this.items.filter((x) => this.better(x, lost))
    return sure.length >= n ? sure.slice(0, n) : undefined
  }

  private turnAway(item: SizedKey): void {
    if (this.lost === undefined || this.better(item, this.lost)) this.lost = item
  }
}
