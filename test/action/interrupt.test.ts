/**
 * Issue 27, item 1, the action's side: a cancelled job (SIGINT; also SIGTERM and SIGHUP) while
 * the bundled action restores or drills. ETCD_RESTORE_PAUSE_AT=<phase> makes it print
 * `etcd-restore: paused at <phase>` and wait; then: exit 130/143/129, one `interrupted (…)`
 * line naming the phase, no etcd of ours left, no temp or staging folder left, the output
 * complete or absent. Upload and cache are off; the snapshot comes by path, or for the download
 * cell as an artifact from the emulated results service (the partial download must go too).
 * The cells run on one etcd (3.5); on 3.6 and 3.7 one cell each: SIGINT while the members boot.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { freeLoopbackPorts } from '../../src/lib/drill/ports.js'
import { actionEnv } from '../emulator/env.js'
import { ResultsService } from '../emulator/results-service.js'
import { etcdServersForTests, targetFor, type EtcdServer } from '../helpers/etcd-servers.js'
import { buildBundle, node, uploadAs } from './bundle.js'

const SNAPSHOT = resolve('test/fixtures/tiny-snapshot.db')
const servers = etcdServersForTests()
const etcd = servers.find((s) => s.version.startsWith('3.5.')) ?? servers.at(-1)
/** The newer lines our users run: only a cancelled job while the members boot (CI time). */
const newer = servers.filter((s) => s !== etcd && (s.minor === '3.6' || s.minor === '3.7'))
const CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const
type Signal = keyof typeof CODES

let root = ''
let dist = ''
let service: ResultsService | undefined
const timings: string[] = []

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'etcd-restore-action-interrupt-'))
  dist = join(root, 'dist')
  await buildBundle(dist)
  service = await new ResultsService({ repository: 'octo/etcd-backups' }).start()
  await uploadAs(service, join(root, 'uploader'), '1001', 'etcd-snapshot', [SNAPSHOT])
}, 180_000)

afterAll(async () => {
  await service?.stop()
  if (timings.length > 0) console.log(`action: signal → clean exit:\n${timings.join('\n')}`)
  if (root !== '') rmSync(root, { recursive: true, force: true })
})

interface Cell {
  name: string
  /** The snapshot by artifact (this run's `etcd-snapshot`) instead of by path. */
  artifact?: boolean
  verify: 'none' | 'boot'
  pauseAt: string
  signal: Signal
  phase: string
  out: 'absent' | 'complete'
  /** Default: the suite's etcd. */
  server?: EtcdServer
}

const cells: Cell[] = [
  {
    name: 'download',
    artifact: true,
    verify: 'none',
    pauseAt: 'download',
    signal: 'SIGINT',
    phase: 'snapshot'
  },
  { name: 'restore', verify: 'none', pauseAt: 'restore', signal: 'SIGHUP', phase: 'restore' },
  { name: 'drill-boot', verify: 'boot', pauseAt: 'boot', signal: 'SIGINT', phase: 'drill boot' },
  {
    name: 'drill-verify',
    verify: 'boot',
    pauseAt: 'verify',
    signal: 'SIGTERM',
    phase: 'drill verify'
  }
].map(
  (c) =>
    ({ ...c, out: ['restore', 'download'].includes(c.pauseAt) ? 'absent' : 'complete' }) as Cell
)
for (const server of newer) {
  cells.push({
    name: `drill-boot-${server.version}`,
    verify: 'boot',
    pauseAt: 'boot',
    signal: 'SIGINT',
    phase: 'drill boot',
    out: 'complete',
    server
  })
}

function ourEtcd(under: string): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (cmdline.includes(under) && /etcd\0/.test(cmdline)) pids.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return pids
}

function walk(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = join(prefix, e.name)
    return e.isDirectory() ? [rel, ...walk(join(dir, e.name), rel)] : [rel]
  })
}

async function runCell(cell: Cell) {
  const dir = join(root, cell.name)
  const tmp = join(dir, 'tmp')
  mkdirSync(tmp, { recursive: true })
  const ports = await freeLoopbackPorts(3)
  const { env } = actionEnv({
    serviceUrl: service!.url,
    root: dir,
    runId: '1001',
    inputs: {
      ...(cell.artifact === true
        ? { 'snapshot-artifact': 'etcd-snapshot' }
        : { 'snapshot-path': SNAPSHOT }),
      'initial-cluster': ports.map((p, i) => `m${i + 1}=http://127.0.0.1:${p}`).join(','),
      path: join(dir, 'out'),
      upload: 'false',
      cache: 'false',
      verify: cell.verify,
      ...(cell.verify === 'boot' ? { 'etcd-path': (cell.server ?? etcd!).etcd } : {}),
      ...(cell.server === undefined ? {} : { 'target-version': targetFor(cell.server) })
    },
    extra: { TMPDIR: tmp, ETCD_RESTORE_PAUSE_AT: cell.pauseAt }
  })
  const child = spawn(node, [join(dist, 'index.js')], { env, cwd: env.GITHUB_WORKSPACE })
  let stderr = ''
  let stdout = ''
  let sentAt = 0
  let pids: number[] = []
  return new Promise<{
    code: number | null
    stderr: string
    stdout: string
    ms: number
    pids: number[]
    dir: string
    tmp: string
  }>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      fail(new Error(`${cell.name}: no pause/exit in 60 s: ${stdout}${stderr}`))
    }, 60_000)
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d
      if (sentAt === 0 && stderr.includes(`etcd-restore: paused at ${cell.pauseAt}\n`)) {
        pids = ourEtcd(tmp)
        sentAt = performance.now()
        child.kill(cell.signal)
      }
    })
    child.on('error', fail)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, stderr, stdout, ms: performance.now() - sentAt, pids, dir, tmp })
    })
  })
}

describe.skipIf(etcd === undefined)(`the action, signalled (etcd ${etcd?.version})`, () => {
  test.concurrent.each(cells)(
    '$name ($signal)',
    async (cell) => {
      const run = await runCell(cell)
      const context = `${cell.name}: ${run.stdout}${run.stderr}`
      timings.push(`${cell.name.padEnd(14)} ${cell.signal.padEnd(8)} ${Math.round(run.ms)} ms`)
      expect(run.code, context).toBe(CODES[cell.signal])
      const lines = run.stderr.split('\n').filter((l) => l.startsWith('interrupted'))
      expect(lines, context).toHaveLength(1)
      expect(lines[0]).toContain(`(${cell.signal}) during ${cell.phase}:`)
      expect(run.pids.length, context).toBe(cell.verify === 'boot' ? 3 : 0)
      expect(ourEtcd(run.tmp), context).toEqual([])
      expect(readdirSync(run.tmp), context).toEqual([])
      expect(
        walk(run.dir).filter((p) => /\.etcd-restore-|etcd-drill-|snapshot-artifact-/.test(p)),
        context
      ).toEqual([])
      const dbs = walk(join(run.dir, 'out')).filter((p) => p.endsWith('/member/snap/db'))
      if (cell.out === 'absent') expect(existsSync(join(run.dir, 'out')), context).toBe(false)
      else expect(dbs, context).toHaveLength(3)
    },
    120_000
  )
})
