/**
 * What the action uploads, and how long it takes, per layout and archive (issue 26): the bundled
 * action (download a snapshot artifact → restore 3 members → upload) against the emulator
 * (test/emulator, in-process blobs), under the runner's Node, for `member`/`tar` (the old
 * default), `member`/`tar.zst` (the default) and `cluster`/`tar.zst`; beside it the floor, one
 * `zstd -3` of the restored db. Each case's bytes uploaded are the sizes the service stored for
 * the members' artifacts; its wall time and peak RSS come from /usr/bin/time around the action.
 * Cases alternate their order run by run; prints one JSON line.
 * Usage: layouts-entry <action dist> <transfers.mjs> <node> <snapshot> <work dir> <runs>
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { actionEnv } from '../../test/emulator/env.js'
import { ResultsService } from '../../test/emulator/results-service.js'

const [dist, transfers, node, snapshot, work, runsText] = process.argv
  .slice(2)
  .map((arg, i) => (i === 5 ? arg : resolve(arg)))
const runs = Number(runsText ?? 3)
const RUN_ID = '1001'
const TIME = '/usr/bin/time'

const ALL_CASES = [
  { name: 'member/tar', layout: 'member', archive: 'tar' },
  { name: 'member/tar.zst', layout: 'member', archive: 'tar.zst' },
  { name: 'cluster/tar.zst', layout: 'cluster', archive: 'tar.zst' }
] as const
/**
 * LAYOUTS_BLOCKS=n: the runner's ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY (blocks in flight per upload),
 * which actionEnv drops from this process's environment.
 */
const extra: Record<string, string> = process.env.LAYOUTS_BLOCKS
  ? { ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY: process.env.LAYOUTS_BLOCKS }
  : {}
/** LAYOUTS_CASES=member/tar.zst,… runs only those cases. */
const only = process.env.LAYOUTS_CASES?.split(',')
const CASES = ALL_CASES.filter((c) => !only || only.includes(c.name))

interface Sample {
  wall: number
  rssMB?: number
  uploaded: number
  artifacts: number
}

let service: ResultsService

async function run(
  root: string,
  argv: string[],
  inputs: Record<string, string> = {}
): Promise<{ wall: number; rssMB?: number }> {
  rmSync(root, { recursive: true, force: true })
  spawnSync('sync') // no dirty pages left by the previous case
  const { env } = actionEnv({ serviceUrl: service.url, root, runId: RUN_ID, inputs, extra })
  const timed = existsSync(TIME)
  const [command, args] = timed ? [TIME, ['-f', 'RSS_KB %M', node, ...argv]] : [node, argv]
  const started = process.hrtime.bigint()
  const child = spawn(command, args, {
    env,
    cwd: env.GITHUB_WORKSPACE,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-200_000)))
  child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-200_000)))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  if (code !== 0) throw new Error(`${argv.join(' ')} exited ${code}:\n${output}`)
  // ETCD_RESTORE_TRACE_MEMORY=1: the action's memory per phase (src/lib/heap.ts)
  for (const line of output.split('\n').filter((l) => l.startsWith('memory: ')))
    process.stderr.write(`${inputs.layout ?? ''}/${inputs.archive ?? ''} ${line}\n`)
  // LAYOUTS_LOG=1: the action's whole log, for where its time goes
  if (process.env.LAYOUTS_LOG === '1') process.stderr.write(output)
  const rss = /RSS_KB (\d+)/.exec(output)
  return { wall, ...(rss && { rssMB: Number(rss[1]) / 1024 }) }
}

/** Drops every artifact but the snapshot: names can be reused, and the blobs' memory is freed. */
function forgetMemberArtifacts(): void {
  for (let i = service.artifacts.length - 1; i >= 0; i--) {
    const a = service.artifacts[i]!
    if (a.name === 'etcd-snapshot') continue
    service.memoryBlobs.blobs.delete(`artifacts/${a.blobName}`)
    service.artifacts.splice(i, 1)
  }
}

/** One `zstd -3` of the db (the floor: what storing the db once, compressed, costs). */
function zstdFloor(db: string): { bytes: number; wall: number } {
  const out = join(work, 'floor.zst')
  const started = process.hrtime.bigint()
  const r = spawnSync('zstd', ['-q', '-3', '-f', '-o', out, db])
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  if (r.status !== 0) throw new Error(`zstd -3 failed: ${r.stderr?.toString()}`)
  const bytes = statSync(out).size
  rmSync(out)
  return { bytes, wall }
}

async function main(): Promise<void> {
  service = await new ResultsService({ repository: 'octo/etcd-backups' }).start()
  try {
    mkdirSync(work, { recursive: true })
    await run(join(work, 'setup'), [transfers, 'upload', 'etcd-snapshot', snapshot])
    const cluster = [1, 2, 3].map((i) => `m${i}=http://127.0.0.1:${23800 + i}`).join(',')
    const samples: Record<string, Sample[]> = Object.fromEntries(CASES.map((c) => [c.name, []]))
    let dbBytes = 0
    let floor = { bytes: 0, wall: 0 }
    // round -1 is an untimed warm-up (LAYOUTS_WARMUP=0 skips it)
    const first = process.env.LAYOUTS_WARMUP === '0' ? 0 : -1
    for (let i = first; i < runs; i++) {
      const order = i % 2 === 0 ? [...CASES] : [...CASES].reverse()
      for (const c of order) {
        const before = service.artifacts.length
        const out = join(work, 'action', 'out')
        const timing = await run(join(work, 'action'), [join(dist, 'index.js')], {
          'snapshot-artifact': 'etcd-snapshot',
          'initial-cluster': cluster,
          'initial-cluster-token': 'bench',
          'target-version': '3.5',
          upload: 'true',
          archive: c.archive,
          layout: c.layout,
          path: out
        })
        const members = service.artifacts
          .slice(before)
          .filter((a) => a.name.startsWith('etcd-data-'))
        const uploaded = members.reduce((sum, a) => sum + a.size, 0)
        if (members.length !== (c.layout === 'cluster' ? 1 : 3))
          throw new Error(`${c.name}: expected member artifacts, got ${members.length}`)
        if (i >= 0) samples[c.name]!.push({ ...timing, uploaded, artifacts: members.length })
        if (i === first && c === order[0]) {
          const db = join(out, 'm1', 'member', 'snap', 'db')
          dbBytes = statSync(db).size
          floor = zstdFloor(db)
        }
        forgetMemberArtifacts()
      }
    }
    console.log(
      JSON.stringify({ snapshot: basename(snapshot), dbBytes, floor, members: 3, samples })
    )
  } finally {
    await service.stop()
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
