/** Times the phases of a run: each lap() records the milliseconds since the previous one. */
export class Stopwatch {
  private last = performance.now()
  private readonly recorded: Record<string, number> = {}

  lap(name: string): number {
    const now = performance.now()
    const ms = Math.round(now - this.last)
    this.recorded[name] = (this.recorded[name] ?? 0) + ms
    this.last = now
    return ms
  }

  laps(): Record<string, number> {
    return { ...this.recorded }
  }
}
