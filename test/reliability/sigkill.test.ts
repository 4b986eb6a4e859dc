/**
 * Crash safety: the CLI bundle restores the tiny fixture (3 members, --out-dir) and is killed
 * with SIGKILL after a random delay between 0 and a typical run's duration (fixed seed). After
 * each kill the out-dir must be absent or complete and valid (three data-dirs with db, .snap and
 * a 64,000,000-byte WAL; each db passes checkDb), never half-written; and a rerun into the same
 * out-dir must succeed and leave no `.etcd-restore-*` staging entries behind. Every other run
 * targets an existing empty out-dir, which may also be left as it was.
 */
import { spawn } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDb } from '../../src/lib/bolt/check.js'
import { BoltDb } from '../../src/lib/bolt/db.js'
import { FileByteFile } from '../../src/lib/io/page-file.js'
import { buildCliBundle, runCli, sha256File, stagingLeftovers } from '../corpus/cli-harness.js'
import { Rng } from '../corpus/fuzz.js'

const SEED = 7
const KILLS = 40
const WAL_KILLS = 20
const MEMBERS = ['m1', 'm2', 'm3']
const CLUSTER = MEMBERS.map((m, i) => `${m}=http://127.0.0.1:${2380 + i}`).join(',')
const WAL_SIZE = 64_000_000

let root: string
let bundle: string
let snapshot: string

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sigkill-'))
  bundle = await buildCliBundle(join(root, 'cli'))
  snapshot = join(root, 'tiny-snapshot.db')
  copyFileSync(new URL('../fixtures/tiny-snapshot.db', import.meta.url), snapshot)
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

function restoreArgs(outDir: string): string[] {
  return [
    'snapshot',
    'restore',
    snapshot,
    '--out-dir',
    outDir,
    '--initial-cluster',
    CLUSTER,
    '--initial-cluster-token',
    'sigkill'
  ]
}

/** Why `outDir` is not a complete, valid restore, or null. */
function incompleteness(outDir: string): string | null {
  const names = readdirSync(outDir).sort()
  if (names.join(',') !== MEMBERS.join(',')) return `members ${names.join(',')}`
  for (const m of MEMBERS) {
    const member = join(outDir, m, 'member')
    const snap = readdirSync(join(member, 'snap')).sort()
    if (snap.length !== 2 || snap[1] !== 'db' || !snap[0]!.endsWith('.snap')) {
      return `${m}/member/snap holds ${snap.join(',')}`
    }
    if (statSync(join(member, 'snap', snap[0]!)).size === 0) return `${m}: empty .snap`
    const wal = readdirSync(join(member, 'wal'))
    if (wal.length !== 1 || !wal[0]!.endsWith('.wal'))
      return `${m}/member/wal holds ${wal.join(',')}`
    const walSize = statSync(join(member, 'wal', wal[0]!)).size
    if (walSize !== WAL_SIZE) return `${m}: WAL is ${walSize} bytes`
    const file = FileByteFile.open(join(member, 'snap', 'db'))
    try {
      checkDb(BoltDb.open(file))
    } catch (error) {
      return `${m}: db fails the check: ${(error as Error).message}`
    } finally {
      file.close()
    }
  }
  return null
}

/** Runs a restore and SIGKILLs it after `delayMs`; resolves with its exit code (null if killed). */
function restoreAndKill(args: string[], delayMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: 'ignore' })
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
  })
}

describe('SIGKILL during a restore', () => {
  it(`leaves every target complete or absent, and a rerun succeeds (${KILLS} kills, seed ${SEED})`, async () => {
    // A typical run, measured here: kills spread over [0, typical].
    const timings: number[] = []
    for (let i = 0; i < 3; i++) {
      const dir = join(root, `warmup-${i}`)
      const result = await runCli(bundle, restoreArgs(join(dir, 'cluster')), { cwd: root })
      expect(result.code, result.stderr).toBe(0)
      expect(incompleteness(join(dir, 'cluster'))).toBeNull()
      timings.push(result.ms)
    }
    const typical = timings.sort((a, b) => a - b)[1]!
    const snapshotSha = sha256File(snapshot)
    const rng = new Rng(SEED)
    const problems: string[] = []
    const seen = { absent: 0, complete: 0, finished: 0 }
    for (let k = 0; k < KILLS; k++) {
      const parent = join(root, `kill-${k}`)
      const outDir = join(parent, 'cluster')
      mkdirSync(parent)
      // Every other run restores into an existing empty out-dir (removed, then replaced by rename).
      const preexisting = k % 2 === 1
      if (preexisting) mkdirSync(outDir)
      const delay = Math.round(rng.next() * typical)
      const code = await restoreAndKill(restoreArgs(outDir), delay)
      if (code === 0) seen.finished++
      else if (code !== null)
        problems.push(`kill ${k} (${delay} ms): exit code ${code} without a kill`)
      if (preexisting && existsSync(outDir) && readdirSync(outDir).length === 0) {
        seen.absent++ // still the user's empty folder: the kill came before the rename
      } else if (existsSync(outDir)) {
        const why = incompleteness(outDir)
        if (why !== null) problems.push(`kill ${k} (${delay} ms): half-written out-dir: ${why}`)
        seen.complete++
        rmSync(outDir, { recursive: true, force: true }) // a complete one is simply redone
      } else seen.absent++
      const rerun = await runCli(bundle, restoreArgs(outDir), { cwd: parent })
      if (rerun.code !== 0) problems.push(`kill ${k} (${delay} ms): rerun failed: ${rerun.stderr}`)
      else {
        const why = incompleteness(outDir)
        if (why !== null) problems.push(`kill ${k}: rerun output incomplete: ${why}`)
      }
      const left = stagingLeftovers(parent)
      if (left.length > 0)
        problems.push(`kill ${k} (${delay} ms): after the rerun: ${left.join(', ')}`)
      rmSync(parent, { recursive: true, force: true })
    }
    console.log(
      `sigkill: typical run ${Math.round(typical)} ms; ${KILLS} kills: ${seen.absent} absent, ` +
        `${seen.complete} complete (${seen.finished} finished before the kill)`
    )
    expect(problems).toEqual([])
    expect(sha256File(snapshot)).toBe(snapshotSha)
    // The kills must land on both sides of the final rename, or the test proves little.
    expect(seen.absent).toBeGreaterThan(5)
  })

  it(`never leaves a data-dir without its separate wal-dir (${WAL_KILLS} kills)`, async () => {
    const rng = new Rng(SEED + 1)
    const problems: string[] = []
    const seen = { absent: 0, complete: 0 }
    const typical = (await runCli(bundle, singleArgs(join(root, 'wal-warmup')), { cwd: root })).ms
    for (let k = 0; k < WAL_KILLS; k++) {
      const parent = join(root, `wal-kill-${k}`)
      mkdirSync(parent)
      // Aimed around the end of a run, where the two renames happen.
      const delay = Math.round((0.5 + rng.next()) * typical)
      await restoreAndKill(singleArgs(parent), delay)
      const data = existsSync(join(parent, 'data', 'm1'))
      const wal = existsSync(join(parent, 'wal', 'm1'))
      if (data !== wal) problems.push(`kill ${k} (${delay} ms): data-dir ${data}, wal-dir ${wal}`)
      else if (data) {
        const why = singleIncompleteness(parent)
        if (why !== null) problems.push(`kill ${k} (${delay} ms): ${why}`)
        seen.complete++
        rmSync(join(parent, 'data', 'm1'), { recursive: true })
        rmSync(join(parent, 'wal', 'm1'), { recursive: true })
      } else seen.absent++
      const rerun = await runCli(bundle, singleArgs(parent), { cwd: parent })
      if (rerun.code !== 0) problems.push(`kill ${k} (${delay} ms): rerun failed: ${rerun.stderr}`)
      else if (singleIncompleteness(parent) !== null) problems.push(`kill ${k}: rerun incomplete`)
      for (const dir of [join(parent, 'data'), join(parent, 'wal')]) {
        const left = stagingLeftovers(dir)
        if (left.length > 0) problems.push(`kill ${k}: left in ${dir}: ${left.join(', ')}`)
      }
      rmSync(parent, { recursive: true, force: true })
    }
    console.log(
      `sigkill --wal-dir: ${WAL_KILLS} kills: ${seen.absent} absent, ${seen.complete} complete`
    )
    expect(problems).toEqual([])
  })
})

/** One member (m1) with its WAL in a separate folder: two renames at commit. */
function singleArgs(parent: string): string[] {
  return [
    'snapshot',
    'restore',
    snapshot,
    '--name',
    'm1',
    '--initial-cluster',
    CLUSTER,
    '--initial-advertise-peer-urls',
    'http://127.0.0.1:2380',
    '--data-dir',
    join(parent, 'data', 'm1'),
    '--wal-dir',
    join(parent, 'wal', 'm1')
  ]
}

function singleIncompleteness(parent: string): string | null {
  const snap = readdirSync(join(parent, 'data', 'm1', 'member', 'snap')).sort()
  if (snap.length !== 2 || snap[1] !== 'db') return `member/snap holds ${snap.join(',')}`
  const wal = readdirSync(join(parent, 'wal', 'm1'))
  if (wal.length !== 1) return `wal-dir holds ${wal.join(',')}`
  if (statSync(join(parent, 'wal', 'm1', wal[0]!)).size !== WAL_SIZE) return 'short WAL'
  return null
}
