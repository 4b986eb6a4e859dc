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
