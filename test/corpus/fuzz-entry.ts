/**
 * `npm run fuzz` (scripts/fuzz.mjs bundles this file with ncc and runs it).
 * Options: --cases N (default 100000) --seed S (default 1) --time-limit MS (per case, default
 * 2000) --save-dir DIR (where failing inputs go; default a temp folder).
 * The cases run in a worker thread; the main thread is a watchdog: a case still running after
 * the time limit is a hang, so the worker is terminated and restarted after that case. Cases
 * that finish but took longer than the limit count as hangs too. Exit code 1 on any crash or hang.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import {
  describeError,
  makeCase,
  prepareBases,
  runCase,
  syntheticDb,
  syntheticDb64k,
  type FuzzBase
} from './fuzz.js'

interface Options {
  cases: number
  seed: number
  timeLimitMs: number
  saveDir: string
  fixtures: string
}

interface Failure {
  kind: 'crash' | 'hang'
  index: number
  detail: string
}

/** Worker → main: a failure as it happens, or the end of the range. */
type WorkerMessage = { failure: Failure } | { done: true }

/** Shared counters: [running case, ok, expected]. Survive a terminated worker. */
const CURRENT = 0
const OK = 1
const EXPECTED = 2

const TRAILER = 32

function loadBases(fixtures: string): FuzzBase[] {
  const db = (name: string) => {
    const file = readFileSync(join(fixtures, name))
    return { name, db: new Uint8Array(file.subarray(0, file.length - TRAILER)) }
  }
  return prepareBases([
    db('source-snapshot-etcd3.4.23.db'),
    db('tiny-snapshot.db'),
    { name: 'synthetic-512', db: syntheticDb() },
    { name: 'synthetic-64k', db: syntheticDb64k() }
  ])
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    cases: 100_000,
    seed: 1,
    timeLimitMs: 2000,
    saveDir: '',
    fixtures: resolve('test/fixtures')
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined]
    const value = () => inline ?? argv[++i] ?? ''
    if (flag === '--cases') options.cases = Number(value())
    else if (flag === '--seed') options.seed = Number(value())
    else if (flag === '--time-limit') options.timeLimitMs = Number(value())
    else if (flag === '--save-dir') options.saveDir = value()
    else if (flag === '--fixtures') options.fixtures = resolve(value())
    else throw new Error(`unknown option ${flag} (--cases N --seed S --time-limit MS --save-dir D)`)
  }
  for (const [name, n] of [
    ['--cases', options.cases],
    ['--seed', options.seed],
    ['--time-limit', options.timeLimitMs]
  ] as const) {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} wants a whole number`)
  }
  options.saveDir ||= join(tmpdir(), `etcd-restore-fuzz-seed-${options.seed}`)
  return options
}

/** Worker: runs cases [start, end); counts in `shared`, failures posted as they happen. */
function workerMain(): void {
  const { options, start, end, shared } = workerData as {
    options: Options
    start: number
    end: number
    shared: Int32Array
  }
  const bases = loadBases(options.fixtures)
  // Self-test of the watchdog: FUZZ_SELFTEST_HANG=N spins forever at case N.
  const spinAt = Number(process.env.FUZZ_SELFTEST_HANG ?? -1)
  const post = (message: WorkerMessage) => parentPort!.postMessage(message)
  for (let index = start; index < end; index++) {
    Atomics.store(shared, CURRENT, index)
    const c = makeCase(bases, options.seed, index)
    while (index === spinAt) {
      // spin
    }
    const started = performance.now()
    const result = runCase(c.bytes)
    const ms = performance.now() - started
    if (result.outcome === 'ok') Atomics.add(shared, OK, 1)
    else if (result.outcome === 'expected') Atomics.add(shared, EXPECTED, 1)
    else post({ failure: { kind: 'crash', index, detail: describeError(result.error) } })
    if (ms > options.timeLimitMs) {
      post({ failure: { kind: 'hang', index, detail: `took ${Math.round(ms)} ms` } })
    }
  }
  post({ done: true })
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2))
  const bases = loadBases(options.fixtures)
  const started = performance.now()
  const totals = { ok: 0, expected: 0 }
  const failures: Failure[] = []
  let next = 0
  console.log(
    `fuzz: ${options.cases} cases, seed ${options.seed}, time limit ${options.timeLimitMs} ms, ` +
      `bases ${bases.map((b) => `${b.name} (${b.layout.hwm} pages)`).join(', ')}`
  )
  while (next < options.cases) {
    next = await runWorker(options, next, totals, failures)
  }
  const seconds = (performance.now() - started) / 1000
  const crashes = failures.filter((f) => f.kind === 'crash')
  const hangs = failures.filter((f) => f.kind === 'hang')
  if (failures.length > 0) mkdirSync(options.saveDir, { recursive: true })
  for (const f of failures) {
    const c = makeCase(bases, options.seed, f.index)
    const file = join(options.saveDir, `seed-${options.seed}-case-${f.index}-${f.kind}.db`)
    writeFileSync(file, c.bytes)
    console.log(
      `${f.kind.toUpperCase()} seed ${options.seed} case ${f.index} (${c.base}: ${c.ops.join('; ')})`
    )
    console.log(`  ${f.detail}`)
    console.log(`  input saved to ${file}`)
  }
  const rssMiB = process.resourceUsage().maxRSS / 1024
  console.log(
    `fuzz: ${options.cases} cases in ${seconds.toFixed(1)} s (${Math.round(options.cases / seconds)}/s): ` +
      `ok ${totals.ok}, expected errors ${totals.expected}, crashes ${crashes.length}, ` +
      `hangs ${hangs.length}; peak RSS ${rssMiB.toFixed(0)} MiB`
  )
  return failures.length > 0 ? 1 : 0
}

/** Runs cases from `start` in a worker until it finishes or hangs; returns the next index. */
function runWorker(
  options: Options,
  start: number,
  totals: { ok: number; expected: number },
  failures: Failure[]
): Promise<number> {
  const shared = new Int32Array(new SharedArrayBuffer(12))
  shared[CURRENT] = start
  const worker = new Worker(process.argv[1]!, {
    workerData: { options, start, end: options.cases, shared }
  })
  return new Promise((resolvePromise, reject) => {
    let seen = -1
    let since = performance.now()
    let finished = false
    const finish = (value: number) => {
      finished = true
      clearInterval(timer)
      totals.ok += Atomics.load(shared, OK)
      totals.expected += Atomics.load(shared, EXPECTED)
      void worker.terminate()
      resolvePromise(value)
    }
    const timer = setInterval(() => {
      const now = performance.now()
      const index = Atomics.load(shared, CURRENT)
      if (index !== seen) {
        seen = index
        since = now
      } else if (now - since > options.timeLimitMs) {
        failures.push({
          kind: 'hang',
          index,
          detail: `still running after ${options.timeLimitMs} ms`
        })
        finish(index + 1)
      }
    }, 50)
    worker.on('message', (message: WorkerMessage) => {
      if (finished) return
      if ('failure' in message) failures.push(message.failure)
      else finish(options.cases)
    })
    worker.on('error', (error) => {
      if (finished) return
      // The worker died (out of memory, say): count the running case as a crash and go on.
      const index = Atomics.load(shared, CURRENT)
      failures.push({ kind: 'crash', index, detail: `worker died: ${describeError(error)}` })
      finish(index + 1)
    })
    worker.on('exit', (code) => {
      if (!finished) reject(new Error(`fuzz worker exited with code ${code}`))
    })
  })
}

if (isMainThread) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`fuzz: ${describeError(error)}`)
      process.exit(2)
    }
  )
} else {
  workerMain()
}
