/**
 * Issue 27, item 1: SIGINT, SIGTERM and SIGHUP at each phase of `snapshot restore` and `drill`
 * (the CLI bundled from source, real etcd). ETCD_RESTORE_PAUSE_AT=<phase> makes the CLI print
 * `etcd-restore: paused at <phase>` and wait; the test then signals it and asserts: exit
 * 130/143/129, one `interrupted (…) during <phase>` line, no etcd of ours left (by pid and by
 * data-dir path in /proc/<pid>/cmdline), no temp or staging folder left, outputs complete or absent.
 * Every cell has its own TMPDIR (where the drill makes its folders) and out-dir. The full matrix
 * runs on one etcd (3.5); on 3.6 and 3.7 one cell each: SIGINT while the members boot.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { freeLoopbackPorts } from '../../src/lib/drill/ports.js'
import { buildCliBundle } from '../corpus/cli-harness.js'
import { etcdServersForTests, targetFor, type EtcdServer } from '../helpers/etcd-servers.js'

const SNAPSHOT = resolve('test/fixtures/tiny-snapshot.db')
const servers = etcdServersForTests()
const etcd = servers.find((s) => s.version.startsWith('3.5.')) ?? servers.at(-1)
/** The newer lines our users run: only a signal during boot each (CI time). */
const newer = servers.filter((s) => s !== etcd && (s.minor === '3.6' || s.minor === '3.7'))
const CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const
type Signal = keyof typeof CODES
const SIGNALS = Object.keys(CODES) as Signal[]

/** Pause point → the phase the line names, and whether the out-dir is complete then. */
const DRILL_PHASES = {
  restore: { line: 'drill restore', out: 'absent' },
  copy: { line: 'drill copy', out: 'complete' },
  boot: { line: 'drill boot', out: 'complete' },
  verify: { line: 'drill verify', out: 'complete' },
  restart: { line: 'drill restart', out: 'complete' }
} as const

let root = ''
let bundle = ''
const timings: string[] = []

/** At most 3 cells at once: each drill boots 3 etcd on a 2-CPU runner. */
let slots = 3
const waiting: (() => void)[] = []
async function withSlot<T>(fn: () => Promise<T>): Promise<T> {
  while (slots === 0) await new Promise<void>((r) => waiting.push(r))
  slots--
  try {
    return await fn()
  } finally {
    slots++
    waiting.shift()?.()
  }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'etcd-restore-interrupt-'))
  bundle = await buildCliBundle(join(root, 'bundle'))
}, 120_000)

afterAll(() => {
  if (timings.length > 0) console.log(`signal → clean exit:\n${timings.sort().join('\n')}`)
  if (root !== '') rmSync(root, { recursive: true, force: true })
})

interface Cell {
  name: string
  args: (ports: number[]) => string[]
  pauseAt: string
  signals: Signal[]
}

interface Outcome {
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
  /** Signal → exit, ms. */
  ms: number
  /** etcd pids running when the first signal was sent. */
  etcdPids: number[]
  dir: string
  tmp: string
}

/** Runs the cell's CLI until it pauses, sends its signals, and waits for the exit. */
async function runCell(cell: Cell): Promise<Outcome> {
  const dir = join(root, cell.name)
  const tmp = join(dir, 'tmp')
  mkdirSync(tmp, { recursive: true })
  const ports = await freeLoopbackPorts(3)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: tmp,
    ETCD_RESTORE_PAUSE_AT: cell.pauseAt
  }
  delete env.ETCD_RESTORE_DEBUG
  const child = spawn(process.execPath, [bundle, ...cell.args(ports)], { cwd: dir, env })
  let stderr = ''
  let sentAt = 0
  let etcdPids: number[] = []
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      fail(new Error(`${cell.name}: no pause/exit in 60 s; stderr: ${stderr}`))
    }, 60_000)
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d
      if (sentAt === 0 && stderr.includes(`etcd-restore: paused at ${cell.pauseAt}\n`)) {
        etcdPids = ourEtcd(tmp)
        sentAt = performance.now()
        // a second signal in the same tick: it lands while the first one's etcd are stopping
        for (const s of cell.signals) child.kill(s)
      }
    })
    child.stdout.resume()
    child.on('error', fail)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const ms = sentAt === 0 ? -1 : performance.now() - sentAt
      done({ code, signal, stderr, ms, etcdPids, dir, tmp })
    })
  })
}

/** Pids of etcd processes whose command line names a path under `tmp` (the cell's folders). */
function ourEtcd(tmp: string): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (cmdline.includes(tmp) && /etcd\0/.test(cmdline)) pids.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return pids
}

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !/^\d+ \(.*\) Z/.test(stat) // a zombie has exited
  } catch {
    return false
  }
}

/** Every path under `dir` (relative), depth first. */
function walk(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = join(prefix, e.name)
    return e.isDirectory() ? [rel, ...walk(join(dir, e.name), rel)] : [rel]
  })
}

function assertClean(cell: Cell, run: Outcome, phase: string, out: 'absent' | 'complete'): void {
  const context = `${cell.name}: ${run.stderr}`
  expect(run.signal, context).toBeNull()
  const lines = run.stderr.split('\n').filter((l) => l.startsWith('interrupted'))
  expect(lines, context).toHaveLength(1)
  // the exit code is the first signal the process saw; signals that land together may reach
  // node's handlers in either order (each thread takes its own), so the line is the judge
  const seen = /^interrupted \(([A-Z, then]+)\) during /.exec(lines[0]!)?.[1]?.split(', then ')
  expect(seen?.slice().sort(), context).toEqual(cell.signals.slice().sort())
  expect(run.code, context).toBe(CODES[seen![0] as Signal])
  expect(lines[0]).toContain(`(${seen!.join(', then ')}) during ${phase}:`)
  expect(run.stderr, context).not.toMatch(/^\s+at /m)
  // no etcd of ours: neither the pids seen at the signal nor any with our paths
  expect(run.etcdPids.filter(alive), context).toEqual([])
  expect(ourEtcd(run.tmp), context).toEqual([])
  // no temp folder (the drill's copies, logs, twins) and no staging beside the output
  expect(readdirSync(run.tmp), context).toEqual([])
  expect(
    walk(run.dir).filter((p) => p.includes('.etcd-restore-')),
    context
  ).toEqual([])
  const dbs = walk(join(run.dir, 'out')).filter((p) => p.endsWith('/member/snap/db'))
  if (out === 'absent') expect(existsSync(join(run.dir, 'out')), context).toBe(false)
  else expect(dbs, context).toHaveLength(3)
}

const cluster = (ports: number[]) =>
  ['m1', 'm2', 'm3'].map((m, i) => `${m}=http://127.0.0.1:${ports[i]}`).join(',')

const drillOn =
  (server: EtcdServer) =>
  (ports: number[]): string[] => [
    'drill',
    SNAPSHOT,
    '--out-dir',
    'out',
    '--initial-cluster',
    cluster(ports),
    '--etcd-path',
    server.etcd,
    '--target-version',
    targetFor(server)
  ]
const drillArgs = (ports: number[]): string[] => drillOn(etcd!)(ports)

const restoreArgs = (ports: number[]) => [
  'snapshot',
  'restore',
  SNAPSHOT,
  '--out-dir',
  'out',
  '--initial-cluster',
  cluster(ports)
]

describe.skipIf(etcd === undefined)(`signals (etcd ${etcd?.version})`, () => {
  const cells: { cell: Cell; phase: string; out: 'absent' | 'complete' }[] = []
  for (const signal of SIGNALS) {
    cells.push({
      cell: { name: `restore-${signal}`, args: restoreArgs, pauseAt: 'restore', signals: [signal] },
      phase: 'restore',
      out: 'absent'
    })
    for (const [pauseAt, { line, out }] of Object.entries(DRILL_PHASES)) {
      cells.push({
        cell: { name: `drill-${pauseAt}-${signal}`, args: drillArgs, pauseAt, signals: [signal] },
        phase: line,
        out
      })
    }
  }
  // a cancelled job: SIGINT, then SIGTERM before the grace is over; still exits at once, clean
  cells.push({
    cell: {
      name: 'drill-boot-SIGINT-SIGTERM',
      args: drillArgs,
      pauseAt: 'boot',
      signals: ['SIGINT', 'SIGTERM']
    },
    phase: 'drill boot',
    out: 'complete'
  })
  // the newer lines: a signal while the members boot (in the same pool of 3 at once)
  for (const server of newer) {
    cells.push({
      cell: {
        name: `drill-boot-SIGINT-${server.version}`,
        args: drillOn(server),
        pauseAt: 'boot',
        signals: ['SIGINT']
      },
      phase: 'drill boot',
      out: 'complete'
    })
  }

  test.concurrent.each(cells)(
    '$cell.name',
    async ({ cell, phase, out }) => {
      const run = await withSlot(() => runCell(cell))
      timings.push(
        `${cell.name.padEnd(28)} ${Math.round(run.ms)} ms (${run.etcdPids.length} etcd running)`
      )
      timings.push(`  ${run.stderr.split('\n').find((l) => l.startsWith('interrupted')) ?? ''}`)
      assertClean(cell, run, phase, out)
    },
    90_000
  )
})
