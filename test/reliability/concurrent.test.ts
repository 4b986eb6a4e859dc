/**
 * Several restores racing for the same out-dir (a retried CI job, two operators): exactly one
 * wins and leaves a complete cluster; every other run fails with one clear line and leaves no
 * staging entries; the snapshot is never modified.
 *
 * Two drills at once on one runner (issue 27, item 5; self-hosted runners run jobs side by
 * side): the same workflow twice, same snapshot and same production `--initial-cluster`, each
 * boots 3 real etcd members on its own loopback ports in its own folders; both pass, and
 * afterwards no etcd of ours and no temp folder remain.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { etcdServersForTests, targetFor } from '../helpers/etcd-servers.js'
import {
  buildCliBundle,
  failureProblem,
  runCli,
  sha256File,
  stagingLeftovers
} from '../corpus/cli-harness.js'

const CLUSTER = 'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:2381,m3=http://127.0.0.1:2382'
const RACERS = 4

let root: string
let bundle: string

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'concurrent-'))
  bundle = await buildCliBundle(join(root, 'cli'))
  copyFileSync(new URL('../fixtures/tiny-snapshot.db', import.meta.url), join(root, 's.db'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('restores racing for one out-dir', () => {
  for (const preexisting of [false, true]) {
    it(`lets exactly one of ${RACERS} win (${preexisting ? 'existing empty' : 'absent'} out-dir)`, async () => {
      const parent = join(root, preexisting ? 'empty' : 'absent')
      mkdirSync(parent)
      const outDir = join(parent, 'cluster')
      if (preexisting) mkdirSync(outDir)
      const snapshot = join(root, 's.db')
      const sha = sha256File(snapshot)
      const args = [
        'snapshot',
        'restore',
        snapshot,
        '--out-dir',
        outDir,
        '--initial-cluster',
        CLUSTER
      ]
      const runs = await Promise.all(
        Array.from({ length: RACERS }, () => runCli(bundle, args, { cwd: parent }))
      )
      const winners = runs.filter((r) => r.code === 0)
      expect(winners).toHaveLength(1)
      for (const loser of runs.filter((r) => r.code !== 0)) {
        expect(
          failureProblem(loser, /out-dir .* is not empty|could not move the restored files/)
        ).toBeNull()
        expect(loser.code).toBe(4)
      }
      expect(readdirSync(outDir).sort()).toEqual(['m1', 'm2', 'm3'])
      expect(stagingLeftovers(parent)).toEqual([])
      expect(sha256File(snapshot)).toBe(sha)
    })
  }
})

const servers = etcdServersForTests()
const etcd = servers.find((s) => s.version === '3.5.30') ?? servers.at(-1)

interface EtcdSeen {
  ppid: number
  name: string
  dataDir: string
  client: number
  peer: number
}

/** Our etcd processes (a command line naming `under`), with their ports and parent. */
function etcdUnder(under: string): (EtcdSeen & { pid: number })[] {
  const seen: (EtcdSeen & { pid: number })[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')
      if (!args.join(' ').includes(under) || !args.includes('--listen-peer-urls')) continue
      const flag = (f: string): string => args[args.indexOf(f) + 1] ?? ''
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      seen.push({
        pid: Number(entry),
        ppid,
        name: flag('--name'),
        dataDir: flag('--data-dir'),
        client: Number(new URL(flag('--listen-client-urls')).port),
        peer: Number(new URL(flag('--listen-peer-urls')).port)
      })
    } catch {
      // gone meanwhile
    }
  }
  return seen
}

describe.skipIf(etcd === undefined)(
  `two drills at once on one runner (etcd ${etcd?.version})`,
  () => {
    it('same snapshot, same production peer URLs: both pass on their own ports and folders', async () => {
      const dir = join(root, 'two-drills')
      const tmp = join(dir, 'tmp') // one TMPDIR for both, as on a runner
      mkdirSync(tmp, { recursive: true })
      const production = ['m1', 'm2', 'm3'].map(
        (m, i) => `${m}=https://etcd-${i}.prod.example:2380`
      )
      const drill = (n: number) => {
        const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp }
        delete env.ETCD_RESTORE_DEBUG
        delete env.ETCD_RESTORE_PAUSE_AT
        const args = [
          ...['drill', join(root, 's.db'), '--out-dir', join(dir, `out-${n}`)],
          ...['--initial-cluster', production.join(','), '--etcd-path', etcd!.etcd],
          ...['--target-version', targetFor(etcd!), '--report', join(dir, `report-${n}.json`)]
        ]
        const child = spawn(process.execPath, [bundle, ...args], { cwd: dir, env })
        let stderr = ''
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
        child.stdout.resume()
        const done = new Promise<{ code: number | null; stderr: string; ms: number }>((resolve) => {
          const started = performance.now()
          const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
          child.on('close', (code) => {
            clearTimeout(timer)
            resolve({ code, stderr, ms: performance.now() - started })
          })
        })
        return { pid: child.pid!, done }
      }
      const runs = [drill(1), drill(2)]
      // watch /proc while both run: which etcd each drill started, on which ports
      const seen = new Map<string, EtcdSeen>()
      let watching = true
      const watcher = (async () => {
        while (watching) {
          for (const p of etcdUnder(tmp)) seen.set(`${p.pid}`, p)
          await new Promise((r) => setTimeout(r, 50))
        }
      })()
      const results = await Promise.all(runs.map((r) => r.done))
      watching = false
      await watcher
      for (const r of results) expect(r.code, r.stderr).toBe(0)
      const reports = [1, 2].map((n) =>
        JSON.parse(readFileSync(join(dir, `report-${n}.json`), 'utf8'))
      )
      for (const report of reports) {
        expect(report.passed).toBe(true)
        expect(report.twin).toBeDefined() // production peer URLs: each booted a loopback twin
      }
      // the two drills ran at the same time
      const [a, b] = reports.map((r) => [Date.parse(r.startedAt), Date.parse(r.finishedAt)])
      expect(a![0]! < b![1]! && b![0]! < a![1]!).toBe(true)
      // each drill's members (by parent pid): 3 names, ports of their own, data-dirs of their own
      const byDrill = runs.map((r) => [...seen.values()].filter((p) => p.ppid === r.pid))
      for (const members of byDrill) {
        expect(new Set(members.map((m) => m.name))).toEqual(new Set(['m1', 'm2', 'm3']))
      }
      const ports = byDrill.map((ms) => new Set(ms.flatMap((m) => [m.client, m.peer])))
      expect([...ports[0]!].filter((p) => ports[1]!.has(p))).toEqual([])
      const dirs = byDrill.map((ms) => new Set(ms.map((m) => m.dataDir)))
      expect([...dirs[0]!].filter((d) => dirs[1]!.has(d))).toEqual([])
      console.log(
        `two drills at once: ${results.map((r) => `${Math.round(r.ms)} ms`).join(', ')}; ports ` +
          ports.map((p) => [...p].sort().join(',')).join(' | ')
      )
      // nothing left: no etcd of ours, no temp folder, no staging; both outputs complete
      expect(etcdUnder(tmp)).toEqual([])
      expect(readdirSync(tmp)).toEqual([])
      expect(stagingLeftovers(dir)).toEqual([])
      for (const n of [1, 2])
        expect(readdirSync(join(dir, `out-${n}`)).sort()).toEqual(['m1', 'm2', 'm3'])
    }, 180_000)
  }
)
