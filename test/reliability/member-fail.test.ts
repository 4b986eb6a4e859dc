/**
 * A member that does not come up (issue 27, item 2), with real etcd 3.5 (ETCD_SERVERS picks;
 * the newest 3.5 found by default); on 3.6 and 3.7 only a member that exits at once and a client
 * port taken after the pick (its detection reads the member's log, whose format each line owns): etcd exits at once (a wrong flag), one member's copy is
 * corrupted, a port is taken between our pick and etcd's bind (client: retried once on fresh
 * ports; peer: cannot move, fails), and a wrapper that lets etcd become healthy and then kills
 * it. Each drill must end within its drill-timeout, name the member and the phase, keep the
 * log tails in the report, and leave no etcd of ours and no drill folder behind.
 */
import { readdirSync, readFileSync, chmodSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import { writeFileSync, writeSync, closeSync, mkdirSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freeLoopbackPorts, runningEtcdCount, stopAllEtcd } from '../../src/lib/drill/index.js'
import type { AfterPortPick } from '../../src/lib/drill/member-failure.js'
import type { DrillReport } from '../../src/lib/drill/report.js'
import { runDrill, type DrillOptions, type DrillHooks } from '../../src/lib/drill/run.js'
import { stderrLogger } from '../../src/cli/logger.js'
import { memberLayout } from '../../src/lib/member-dir/layout.js'
import { etcdServersForTests, targetFor, type EtcdServer } from '../helpers/etcd-servers.js'

const tiny = join(import.meta.dirname, '../fixtures/tiny-snapshot.db')
const server = etcdServersForTests()
  .filter((s) => s.minor === '3.5')
  .at(-1)
/** The newer lines our users run: the cheapest representative cases only (CI time). */
const newer = etcdServersForTests().filter((s) => s.minor === '3.6' || s.minor === '3.7')
const TIMEOUT_MS = 20_000
/** Stopping three members and removing folders after the bound. */
const SLACK_MS = 15_000
let work = ''
let drillTmp = ''
const savedTmp = process.env.TMPDIR

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'member-fail-'))
  // the drill's own folders (logs, boot copies) go here, so the test can see what is left
  drillTmp = join(work, 'tmp')
  mkdirSync(drillTmp)
  process.env.TMPDIR = drillTmp
})

afterAll(async () => {
  if (savedTmp === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = savedTmp
  await stopAllEtcd()
  if (work !== '') rmSync(work, { recursive: true, force: true })
})

async function options(
  etcdPath: string,
  timeoutMs: number,
  on: EtcdServer = server!
): Promise<DrillOptions> {
  const ports = await freeLoopbackPorts(3)
  return {
    snapshotPath: tiny,
    skipHashCheck: false,
    initialCluster: ports.map((p, i) => `m${i + 1}=http://127.0.0.1:${p}`).join(','),
    initialClusterToken: 'member-fail',
    target: { kind: 'all', outDir: mkdtempSync(join(work, 'out-')) },
    bumpRevision: 0n,
    markCompacted: false,
    targetVersion: targetFor(on),
    etcdPath,
    bootTimeoutMs: timeoutMs,
    ...(process.env.MEMBER_FAIL_DEBUG === '1' ? { logger: stderrLogger() } : {})
  }
}

/** A shell script standing in for etcd: `--version` goes to the real one, the rest to `body`. */
function fakeEtcd(name: string, body: string, on: EtcdServer = server!): string {
  const path = join(work, name)
  writeFileSync(
    path,
    `#!/bin/sh\nREAL=${on.etcd}\nif [ "$1" = --version ]; then exec "$REAL" --version; fi\n${body}\n`
  )
  chmodSync(path, 0o755)
  return path
}

/** Runs the drill, timed; then nothing of it may be left. */
async function drill(
  etcdPath: string,
  hooks: DrillHooks = {},
  timeoutMs = TIMEOUT_MS,
  extra: Partial<DrillOptions> = {},
  on: EtcdServer = server!
): Promise<DrillReport> {
  const started = performance.now()
  const report = await runDrill({ ...(await options(etcdPath, timeoutMs, on)), ...extra }, hooks)
  const ms = performance.now() - started
  expect(ms).toBeLessThan(2 * timeoutMs + SLACK_MS) // boot and restart, each bounded
  expect(runningEtcdCount()).toBe(0)
  expect(etcdProcessesUnder(work)).toEqual([])
  expect(readdirSync(drillTmp)).toEqual([])
  return report
}

/** Pids of processes whose command line mentions `dir` (every drill member's data-dir does). */
function etcdProcessesUnder(dir: string): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (cmdline.includes('etcd') && cmdline.includes(dir)) pids.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return pids
}

/** The one failed boot-phase check; it names the member and the phase. */
function failure(report: DrillReport, name: string): string {
  expect(report.passed).toBe(false)
  const check = report.checks.find((c) => c.name === name)
  expect(check, `check ${name} in ${JSON.stringify(report.checks)}`).toBeDefined()
  expect(check!.ok).toBe(false)
  return check!.actual
}

function logOf(report: DrillReport, member: string): string {
  const log = report.memberLogs?.find((l) => l.name === member)
  expect(log, `memberLogs of ${member}`).toBeDefined()
  expect(report.memberLogs!.map((l) => l.name)).toEqual(['m1', 'm2', 'm3'])
  return log!.logTail
}

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const s = createServer((socket) => socket.destroy()) // etcd's clients must not hang on it
    s.once('error', reject)
    s.listen({ host: '127.0.0.1', port, exclusive: true }, () => resolve(s))
  })
}

const close = (s: Server): Promise<void> => new Promise((resolve) => s.close(() => resolve()))

/** etcd exits at once (a wrong flag): boot fails naming the member, its log in the report. */
async function wrongFlag(on: EtcdServer): Promise<void> {
  const etcd = fakeEtcd(`wrong-flag-${on.version}`, 'exec "$REAL" --no-such-flag "$@"', on)
  const saveLogsTo = join(work, `wrong-flag-logs-${on.version}`)
  const report = await drill(etcd, {}, TIMEOUT_MS, { saveLogsTo }, on)
  const actual = failure(report, 'boot')
  expect(actual).toMatch(/etcd member m\d exited during boot \(code \d+/)
  // the full logs, kept for the action's drill-report-artifact
  expect(readdirSync(saveLogsTo).sort()).toEqual(['m1.log', 'm2.log', 'm3.log'])
  expect(actual).toContain('no-such-flag')
  expect(report.memberLogs?.some((l) => l.logTail.includes('no-such-flag'))).toBe(true)
}

/** A client port taken after the pick: retried once on fresh ports, the drill passes. */
async function clientPortTaken(on: EtcdServer): Promise<void> {
  let held: Server | undefined
  const afterPortPick: AfterPortPick = async ({ client }) => {
    held = await listen(client[1]!)
  }
  try {
    const report = await drill(on.etcd, { afterPortPick }, TIMEOUT_MS, {}, on)
    expect(held?.listening).toBe(true) // still held: m2 booted on another port
    expect(report.checks.filter((c) => !c.ok)).toEqual([])
    expect(report.passed).toBe(true)
    expect(report.memberLogs).toBeUndefined()
  } finally {
    if (held !== undefined) await close(held)
  }
}

describe.each(newer.map((s) => ({ on: s, version: s.version })))(
  'a member that does not come up (etcd $version)',
  ({ on }) => {
    it('etcd exits at once (a wrong flag): named, its log in the report', async () => {
      await wrongFlag(on)
    }, 60_000)

    it('a client port taken after the pick: retried once on fresh ports, passes', async () => {
      await clientPortTaken(on)
    }, 90_000)
  }
)

describe.skipIf(server === undefined)('a member that does not come up (etcd 3.5)', () => {
  it('etcd exits at once (a wrong flag): boot fails naming the member, its log in the report', async () => {
    await wrongFlag(server!)
  }, 60_000)

  it('a cluster that never elects (two members never start): fails at drill-timeout, naming one', async () => {
    const etcd = fakeEtcd(
      'only-m1',
      'case " $* " in *" --name m1 "*) exec "$REAL" "$@" ;; esac\necho "fake etcd: not starting"\nexec sleep 600'
    )
    const started = performance.now()
    const report = await drill(etcd, {}, 4_000)
    expect(performance.now() - started).toBeGreaterThan(4_000)
    const actual = failure(report, 'boot')
    expect(actual).toMatch(
      /etcd cluster not ready after 4000 ms \(drill-timeout\) during boot: member m\d not ready/
    )
    expect(logOf(report, 'm2')).toContain('fake etcd: not starting')
  }, 60_000)

  it('a corrupted copy of one member: boot fails naming it, with its log tail', async () => {
    const report = await drill(server!.etcd, {
      afterRestore: (booted) => {
        const m2 = booted.cluster.members.find((m) => m.name === 'm2')!
        const fd = openSync(memberLayout(m2.dataDir).dbPath, 'r+')
        writeSync(fd, Buffer.alloc(16384, 0xff), 0, 16384, 0) // both bbolt meta pages
        closeSync(fd)
      }
    })
    const actual = failure(report, 'boot')
    expect(actual).toMatch(/etcd member m2 exited during boot/)
    expect(logOf(report, 'm2')).not.toBe('')
    expect(actual).toContain(logOf(report, 'm2').split('\n').at(-1))
  }, 60_000)

  it('a client port taken after the pick: retried once on fresh ports, the drill passes', async () => {
    await clientPortTaken(server!)
  }, 90_000)

  it('a peer port taken after the pick: not movable, boot fails naming the member', async () => {
    let held: Server | undefined
    let port = 0
    const afterPortPick: AfterPortPick = async ({ peer }) => {
      port = peer[1]!
      held = await listen(port)
    }
    try {
      const report = await drill(server!.etcd, { afterPortPick })
      const actual = failure(report, 'boot')
      expect(actual).toMatch(/etcd member m\d exited during boot/)
      expect(actual).toContain(`peer port 127.0.0.1:${port} is still in use`)
      expect(report.memberLogs?.map((l) => l.logTail).join('\n')).toContain(
        'address already in use'
      )
    } finally {
      if (held !== undefined) await close(held)
    }
  }, 60_000)

  it('a member that crashes after it became healthy (at the restart): named, with its log', async () => {
    const marker = join(work, 'm2-started-once')
    const etcd = fakeEtcd(
      'crash-after-healthy',
      `name=; url=; prev=
for a in "$@"; do
  [ "$prev" = --name ] && name=$a
  [ "$prev" = --listen-client-urls ] && url=$a
  prev=$a
done
if [ "$name" != m2 ]; then exec "$REAL" "$@"; fi
if [ ! -e ${marker} ]; then : > ${marker}; exec "$REAL" "$@"; fi
"$REAL" "$@" & pid=$!
trap 'kill $pid; wait $pid; exit 143' TERM
until curl -sf "$url/health" >/dev/null; do sleep 0.1; done
echo "fake etcd: killing m2 after it became healthy"
kill -9 $pid
wait $pid
exit 137`
    )
    const report = await drill(etcd)
    expect(report.passed).toBe(false)
    const failed = report.checks.filter((c) => !c.ok)
    const named = failed.find((c) => /etcd member m2 exited during .*restart/.test(c.actual))
    expect(named, JSON.stringify(failed)).toBeDefined()
    expect(logOf(report, 'm2')).toContain('killing m2 after it became healthy')
  }, 90_000)
})
