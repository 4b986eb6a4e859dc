/**
 * Times the action pipeline against the emulator (test/emulator, in-process blobs): the bundled
 * action (download a snapshot artifact → restore 3 members → upload one .tar each) against the
 * same transfers alone (transfers.mjs: download that artifact, upload 3 files of the member tars'
 * sizes). Both run as child processes under the runner's Node, alternating; prints one JSON line.
 * Usage: action-entry <action dist> <transfers.mjs> <node> <snapshot> <work dir> <runs>
 */
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync, truncateSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { actionEnv } from '../../test/emulator/env.js'
import { ResultsService } from '../../test/emulator/results-service.js'

const [dist, transfers, node, snapshot, work, runsText] = process.argv
  .slice(2)
  .map((arg, i) => (i === 5 ? arg : resolve(arg)))
const runs = Number(runsText ?? 3)
const RUN_ID = '1001'

async function run(
  root: string,
  argv: string[],
  inputs: Record<string, string> = {}
): Promise<number> {
  rmSync(root, { recursive: true, force: true })
  spawnSync('sync') // no dirty pages left by the previous case
  const { env } = actionEnv({ serviceUrl: service.url, root, runId: RUN_ID, inputs })
  const started = process.hrtime.bigint()
  const child = spawn(node, argv, {
    env,
    cwd: env.GITHUB_WORKSPACE,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)))
  child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  if (code !== 0) throw new Error(`${argv.join(' ')} exited ${code}:\n${output}`)
  return wall
}

let service: ResultsService

/** Drops every artifact but the snapshot: names can be reused, and the blobs' memory is freed. */
function forgetMemberArtifacts(): void {
  for (let i = service.artifacts.length - 1; i >= 0; i--) {
    const a = service.artifacts[i]
    if (a.name === 'etcd-snapshot') continue
    service.memoryBlobs.blobs.delete(`artifacts/${a.blobName}`)
    service.artifacts.splice(i, 1)
  }
}

async function main(): Promise<void> {
  service = await new ResultsService({ repository: 'octo/etcd-backups' }).start()
  try {
    mkdirSync(work, { recursive: true })
    await run(join(work, 'setup'), [transfers, 'upload', 'etcd-snapshot', snapshot])
    const cluster = [1, 2, 3].map((i) => `m${i}=http://127.0.0.1:${23800 + i}`).join(',')
    const action: number[] = []
    const alone: number[] = []
    let tarSizes: number[] = []
    // round -1 is an untimed warm-up that also learns the member tars' sizes
    for (let i = -1; i < runs; i++) {
      const order = i % 2 !== 0 ? ['action', 'alone'] : ['alone', 'action']
      for (const which of order) {
        if (which === 'action') {
          const before = service.artifacts.length
          const wall = await run(join(work, 'action'), [join(dist, 'index.js')], {
            'snapshot-artifact': 'etcd-snapshot',
            'initial-cluster': cluster,
            'initial-cluster-token': 'bench',
            'target-version': '3.4',
            upload: 'true',
            archive: 'tar',
            path: join(work, 'action', 'out')
          })
          if (i >= 0) action.push(wall)
          tarSizes = service.artifacts.slice(before).map((a) => a.size)
          if (tarSizes.length !== 3) throw new Error(`expected 3 member artifacts, got ${tarSizes}`)
        } else {
          const files = tarSizes.map((size, n) => {
            const file = join(work, 'tars', `etcd-data-m${n + 1}.tar`)
            mkdirSync(join(work, 'tars'), { recursive: true })
            copyFileSync(snapshot, file)
            truncateSync(file, size)
            return file
          })
          const wall = await run(join(work, 'alone'), [
            transfers,
            'alone',
            'etcd-snapshot',
            join(work, 'dl'),
            ...files
          ])
          if (i >= 0) alone.push(wall)
          rmSync(join(work, 'dl'), { recursive: true, force: true })
        }
        forgetMemberArtifacts()
      }
    }
    console.log(JSON.stringify({ snapshot: basename(snapshot), action, alone, tarSizes }))
  } finally {
    await service.stop()
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
