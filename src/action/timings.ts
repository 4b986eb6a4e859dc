import { memoryPhase } from '../lib/heap.js'
import { enterPhase } from '../lib/interrupt.js'

/** How long each step took, in the order the steps ran (the report and the summary list them so). */
export class Timings {
  readonly ms: Record<string, number> = {}

  /** Runs `fn` as `step` (the phase a signal names); its time is kept even when it throws. */
  async time<T>(step: string, fn: () => Promise<T>): Promise<T> {
    const started = Date.now()
    await enterPhase(step)
    memoryPhase(step)
    try {
      return await fn()
    } finally {
      this.ms[step] = Date.now() - started
      memoryPhase(`after ${step}`)
    }
  }

  /** Adds the library's own step times under `prefix: `. */
  add(prefix: string, durations: Record<string, number>): void {
    for (const [step, ms] of Object.entries(durations)) this.ms[`${prefix}: ${step}`] = ms
  }
}
