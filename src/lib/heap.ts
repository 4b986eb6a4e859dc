import v8 from 'node:v8'
import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'

const YOUNG_GENERATION_SMALL = '--semi-space-growth-factor=1'
/** V8's default: each growth doubles the semi-spaces. */
const YOUNG_GENERATION_GROWS = '--semi-space-growth-factor=2'
let keptSmall = false

/**
 * Keeps V8's young generation at its first size (1 MB semi-spaces on Node 20). V8 doubles it up
 * to 16 MB as bytes survive scavenges, which a sweep of millions of keys always adds up to,
 * though little is alive at any time: 32 MB more RSS for nothing (issue 28: the inventory of a
 * 4 M-key snapshot, 166 → 137 MB peak). The flag is read at each growth, so setting it at start
 * is enough; --max-semi-space-size is read only when the heap is made (no effect here). "At
 * start" means before the code is loaded: evaluating the action's bundle (7.7 MB) grew the young
 * generation to 8 MB semi-spaces under Node 24, and it never shrinks back on its own (the
 * download then peaked at ~152 MB RSS instead of ~110 MB), so the action's entry sets it and
 * only then imports the rest.
 */
export function keepYoungGenerationSmall(): void {
  v8.setFlagsFromString(YOUNG_GENERATION_SMALL)
  keptSmall = true
}

/**
 * For a worker thread about to boot: lets the young generation grow meanwhile when
 * keepYoungGenerationSmall is in force, and returns the flag the worker sets back
 * (v8.setFlagsFromString) once its own modules are loaded, or undefined. The flag is the
 * process's, so a worker booted under it loads its ~120 modules through 1 MB semi-spaces,
 * scavenging again and again beside a main thread busy loading its own code: the restore's
 * hash worker, whose boot is a churned restore's critical path, booted in 139 ms under it and in
 * 102 ms with this (medians of 15 alternated churned 250 MB restores, Node 24, 2 CPUs). The main
 * thread's young generation may grow a step meanwhile (1 → 2 MB semi-spaces there: ~2 MB of
 * RSS). Call keepYoungGenerationSmall when the worker exits, in case it did before it set the
 * flag back.
 */
export function youngGenerationGrowsWhileBooting(): string | undefined {
  if (!keptSmall) return undefined
  v8.setFlagsFromString(YOUNG_GENERATION_GROWS)
  return YOUNG_GENERATION_SMALL
}

/**
 * Gives back at once the memory of typed arrays (or ArrayBuffers) their owner is done with, by
 * detaching their buffers (ArrayBuffer.prototype.transfer, Node 21+). V8 starts a full
 * collection for ArrayBuffer memory only after ~64 MB more of it since the last one, and a
 * sweep over a big db dropping a grown table, or done with its key runs, left that much in RSS
 * (a 4 GB drill: ~60 MB dead at its peak). Older runtimes detach by a transfer to a clone the
 * collector frees in its time: no memory back sooner, but a detached array reads as empty on
 * every runtime, so a use after this shows in tests on any of them. Only for buffers the caller
 * allocated itself and reads no more: never a slice of Node's Buffer pool.
 */
export function freeNow(...arrays: (ArrayBufferView | ArrayBuffer | undefined)[]): void {
  for (const array of arrays) {
    const buffer = array instanceof ArrayBuffer ? array : array?.buffer
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength === 0) continue
    const transfer = (buffer as { transfer?: (length: number) => ArrayBuffer }).transfer
    if (transfer) transfer.call(buffer, 0)
    else structuredClone(buffer, { transfer: [buffer] })
  }
}

/** Where ETCD_RESTORE_TRACE_MEMORY=1 measures: the peaks of the phase in progress. */
interface Trace {
  phase: string
  started: number
  /** The young generation's size (V8's new space), at its largest in the phase. */
  newSpace: number
  peak: { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number }
}

let trace: Trace | undefined
let sampler: NodeJS.Timeout | undefined

/**
 * A debugging aid: with ETCD_RESTORE_TRACE_MEMORY=1, memory is sampled every 50 ms and, when
 * the next phase starts (and at exit), the phase's peaks are written to stderr: `memory: <phase>:
 * rss … heapTotal … heapUsed … external … arrayBuffers … newSpace … (VmHWM …, RssAnon …, RssFile …)`. Off, it
 * does nothing.
 */
export function memoryPhase(name: string): void {
  if (process.env.ETCD_RESTORE_TRACE_MEMORY !== '1') return
  if (!sampler) {
    sampler = setInterval(sampleMemory, 50).unref()
    process.once('exit', () => endPhase())
  }
  endPhase()
  trace = {
    phase: name,
    started: Date.now(),
    newSpace: 0,
    peak: { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }
  }
  sampleMemory()
}

function sampleMemory(): void {
  if (!trace) return
  const usage = process.memoryUsage()
  const peak = trace.peak
  for (const key of ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'] as const)
    peak[key] = Math.max(peak[key], usage[key])
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')
  trace.newSpace = Math.max(trace.newSpace, young?.space_size ?? 0)
}

function endPhase(): void {
  if (!trace) return
  sampleMemory()
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`
  const { peak } = trace
  process.stderr.write(
    `memory: ${trace.phase} (${Date.now() - trace.started} ms): rss ${mb(peak.rss)}, ` +
      `heapTotal ${mb(peak.heapTotal)}, heapUsed ${mb(peak.heapUsed)}, external ${mb(peak.external)}, ` +
      `arrayBuffers ${mb(peak.arrayBuffers)}, newSpace ${mb(trace.newSpace)} (${procStatus()})\n`
  )
  trace = undefined
}

/** The process's peak RSS so far and what its RSS is made of now, from /proc (Linux). */
function procStatus(): string {
  try {
    const status = readFileSync('/proc/self/status', 'utf8')
    const field = (name: string) => new RegExp(`${name}:\\s*(\\d+ kB)`).exec(status)?.[1] ?? '?'
    return ['VmHWM', 'RssAnon', 'RssFile'].map((f) => `${f} ${field(f)}`).join(', ')
  } catch {
    return 'no /proc'
  }
}

/**
 * Growth of Buffer memory since the last collection that triggers the next one. 8 MiB was
 * measured too (issue 26, 1 GB db): the packing's peak fell ~10-25 MB, the upload's not at all,
 * since at its peak the artifact client's ~80 MB of 8 MiB buffers were all still referenced (its
 * read, transform, pass-through, unresolved data and 3 blocks), for a full collection per block.
 * Once its reads were 64 KiB (256 KiB since) and its blocks 4 MiB
 * (scripts/patch-artifact-upload.mjs), what the send leaves is dropped reads, and 12 MiB instead
 * of 24 took ~6-10 MB off both the packing's and the send's peaks (layouts bench, 100 MB and 1 GB
 * dense dbs). Collecting by scavenges first (a full collection only when they fall behind) was
 * built and measured no faster, 3 alternated 1 GB runs each (member/tar.zst medians 48.5 against
 * 48.2 s, cluster 30.6 against 30.7 s) at a slightly higher peak, so the full collection stays:
 * the 1 GB member upload's lost time was the 64 KiB reads' (READ_BYTES). With 256 KiB reads,
 * 8 MiB instead of 12 kept that upload under 150 MB (5 alternated 1 GB member/tar.zst runs each:
 * peak medians 150.2 → 142.4 MB, highest 152.7 → 146.3; wall 47.7 → 48.7 s; 100 MB: no change
 * beyond the noise).
 */
const RECLAIM_AFTER_BYTES = 8 << 20

let reclaimer: { timer: NodeJS.Timeout; collect: () => void } | undefined

/**
 * Collects garbage whenever the process's Buffer (ArrayBuffer) memory has grown by
 * RECLAIM_AFTER_BYTES since the last collection, checked every 50 ms. V8 counts Buffers as
 * external memory and starts a collection only once they grew by ~64 MB: the upload path (the
 * artifact client's reads, copied into the blocks it sends) drops Buffers faster
 * than that, and the dropped ones stayed in RSS until then. `gc` comes from --expose-gc set at
 * run time, kept out of the global scope. Collects once at once; returns a stop function.
 */
export function reclaimDroppedBuffers(): () => void {
  if (reclaimer) return () => {}
  v8.setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  let floor = 0
  const collect = () => {
    gc()
    floor = process.memoryUsage().arrayBuffers
  }
  const timer = setInterval(() => {
    const now = process.memoryUsage().arrayBuffers
    if (now < floor) floor = now
    if (now - floor >= RECLAIM_AFTER_BYTES) collect()
  }, 50).unref()
  reclaimer = { timer, collect }
  collect()
  return () => {
    clearInterval(timer)
    reclaimer = undefined
  }
}

/**
 * While reclaimDroppedBuffers runs, collects garbage now: where a step has just dropped its
 * Buffers (an upload's blocks and reads, ~30 MB) and the next is about to allocate its own,
 * so the two never add up in RSS. Otherwise nothing.
 */
export function reclaimNow(): void {
  reclaimer?.collect()
}
