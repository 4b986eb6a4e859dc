/**
 * A snapshot artifact download that breaks, with the real @actions/artifact client against the
 * emulator's fault-injecting blob store: a reset mid-body, 500s, corrupted bytes; each either
 * recovers or ends in one line, with no folder left in the work dir. The client retries the blob
 * GET itself (5 tries, 5 s apart; a reset costs its 30 s stall timer), so the tests that go
 * through its retries take its time; they run side by side. Times are printed, and bounded
 * only from below (the client's own waits): a loaded machine stretches them.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FindBy, SnapshotInput } from '../../src/action/inputs/types.js'
import { SnapshotError } from '../../src/lib/errors.js'
import type { RetryPolicy } from '../../src/lib/retry.js'
import type { BlobFault } from '../emulator/blob-store.js'
import { ResultsService } from '../emulator/results-service.js'
import { actAsRun, memoryLogger, useEmulatorEnv } from './helpers.js'

const RUN = '6006'
const TOKEN = 'ghs_crossRunTokenForTests0123456789'
/** Our back-off in milliseconds: the same doubling as the default's seconds. */
const FAST: RetryPolicy = { attempts: 5, firstDelayMs: 20, maxDelayMs: 160 }

describe.concurrent('a breaking snapshot artifact download', () => {
  let root: string
  let service: ResultsService
  const bytes = new Map<string, Buffer>()
  let resolveSnapshot: typeof import('../../src/action/download/snapshot.js').resolveSnapshot
  /** The client's own retry lines (`::debug::Failed to download artifact …`), for failure messages. */
  const clientRetries: string[] = []
  const stdoutWrite = process.stdout.write

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'download-faults-'))
    service = await new ResultsService({
      repository: 'octo/etcd-backups',
      githubToken: TOKEN
    }).start()
    useEmulatorEnv(service.url, root, RUN)
    actAsRun(service.url, root, RUN)
    const write = process.stdout.write.bind(process.stdout) as (
      c: unknown,
      ...r: unknown[]
    ) => boolean
    process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === 'string' && chunk.includes('Failed to download artifact'))
        clientRetries.push(chunk.trim())
      return write(chunk, ...rest)
    }) as typeof process.stdout.write
    const { DefaultArtifactClient } = await import('@actions/artifact')
    ;({ resolveSnapshot } = await import('../../src/action/download/snapshot.js'))
    // zipped ones (the default) and raw ones (skipArchive: the artifact is the file)
    const artifacts: [string, boolean][] = [
      ['reset-once', false],
      ['reset-once-raw.db', true],
      ['five-hundred-thrice.db', true],
      ['always-500', false],
      ['corrupt-twice.db', true],
      ['corrupt-always.db', true],
      ['cross-run.db', true]
    ]
    for (const [name, skipArchive] of artifacts) {
      const dir = await mkdtemp(join(root, 'upload-'))
      const file = skipArchive ? name : 'etcd.db'
      const body = randomBytes(1 << 20)
      bytes.set(name, body)
      await writeFile(join(dir, file), body)
      await new DefaultArtifactClient().uploadArtifact(name, [join(dir, file)], dir, {
        skipArchive
      })
      await rm(dir, { recursive: true })
    }
  }, 120_000)
  afterAll(async () => {
    process.stdout.write = stdoutWrite
    await service?.stop()
    if (root) await rm(root, { recursive: true, force: true })
  })

  /** Arms `fault` for the next `times` GETs of the artifact's blob. */
  const arm = (name: string, fault: BlobFault, times: number): string => {
    const artifact = service.artifacts.find((a) => a.runId === RUN && a.name === name)!
    const path = `artifacts/${artifact.blobName}`
    service.memoryBlobs.readFaults.set(path, { fault, times })
    return path
  }
  const reads = (path: string) =>
    service.memoryBlobs.reads.filter((r) => r.path === path).map((r) => r.outcome)
  const download = async (name: string, findBy?: FindBy) => {
    const input: SnapshotInput = { kind: 'artifact', name, ...(findBy && { findBy }) }
    const workDir = join(root, `work-${name}`)
    const logger = memoryLogger()
    const started = Date.now()
    const result = await resolveSnapshot(input, workDir, logger, FAST).then(
      (found) => ({ found, error: undefined }),
      (error: unknown) => ({ found: undefined, error })
    )
    const seconds = (Date.now() - started) / 1000
    console.log(`${name}: ${seconds.toFixed(1)} s`)
    return { ...result, workDir, logger, seconds }
  }
  /** Every entry under `dir`, [] when it does not exist. */
  const tree = (dir: string): string[] =>
    existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : []

  it('a reset mid-body, then the whole blob: recovered by the client (after its 30 s stall timer)', async () => {
    const paths = ['reset-once', 'reset-once-raw.db'].map((name) => arm(name, 'reset', 1))
    const [zip, raw] = await Promise.all(
      ['reset-once', 'reset-once-raw.db'].map((name) => download(name))
    )
    for (const [run, name] of [
      [zip!, 'reset-once'],
      [raw!, 'reset-once-raw.db']
    ] as const) {
      expect(run.error).toBeUndefined()
      expect(await readFile(run.found!.path)).toEqual(bytes.get(name))
      expect(tree(run.workDir)).toHaveLength(2) // the folder and the one file
      expect(run.seconds).toBeGreaterThanOrEqual(30) // the client's stall timer, not ours
    }
    for (const path of paths) expect(reads(path), clientRetries.join('\n')).toEqual(['reset', 'ok'])
  }, 180_000)

  it('500 three times, then the blob: recovered by the client (5 s apart)', async () => {
    const path = arm('five-hundred-thrice.db', '500', 3)
    const run = await download('five-hundred-thrice.db')
    expect(run.error).toBeUndefined()
    expect(await readFile(run.found!.path)).toEqual(bytes.get('five-hundred-thrice.db'))
    const why = [...run.logger.lines, ...clientRetries].join('\n')
    expect(reads(path), why).toEqual(['500', '500', '500', 'ok'])
    expect(run.seconds).toBeGreaterThanOrEqual(15) // the client's 3 waits of 5 s
  }, 180_000)

  it('500 every time: one line after the 5 tries, no folder left', async () => {
    const path = arm('always-500', '500', Infinity)
    const run = await download('always-500')
    expect(run.error).toBeInstanceOf(SnapshotError)
    const message = (run.error as Error).message
    expect(message).toMatch(
      /^download of snapshot artifact 'always-500' \(id \d+\) failed after 5 attempts: blob storage failed 5 times in a row \(@actions\/artifact retries it itself, 5 s apart; each try's error is in the step's debug log\)$/
    )
    expect(reads(path)).toEqual(['500', '500', '500', '500', '500'])
    // our retries do not multiply the client's: 5 GETs, its 4 waits of 5 s
    expect(run.seconds).toBeGreaterThanOrEqual(20)
    expect(tree(run.workDir)).toEqual([])
    service.memoryBlobs.readFaults.delete(path)
  }, 180_000)

  it('corrupted bytes twice (the client takes them as whole): our retry, with back-off', async () => {
    const path = arm('corrupt-twice.db', 'corrupt', 2)
    const run = await download('corrupt-twice.db')
    expect(run.error).toBeUndefined()
    expect(await readFile(run.found!.path)).toEqual(bytes.get('corrupt-twice.db'))
    expect(reads(path)).toEqual(['corrupt', 'corrupt', 'ok'])
    const retries = run.logger.lines.filter((l) => l.includes(': attempt '))
    expect(retries).toEqual([
      expect.stringMatching(
        /^warning: download of snapshot artifact 'corrupt-twice\.db' \(id \d+\): attempt 1 of 5 failed \(the downloaded bytes do not match its digest sha256:[0-9a-f]{64}\); retrying in 20 ms$/
      ),
      expect.stringMatching(/: attempt 2 of 5 failed \(.*\); retrying in 40 ms$/)
    ])
  }, 60_000)

  it('corrupted bytes every time: one line after 5 attempts, no folder left', async () => {
    const path = arm('corrupt-always.db', 'corrupt', Infinity)
    const run = await download('corrupt-always.db')
    expect(run.error).toBeInstanceOf(SnapshotError)
    expect((run.error as Error).message).toMatch(
      /^download of snapshot artifact 'corrupt-always\.db' \(id \d+\) failed after 5 attempts: the downloaded bytes do not match its digest sha256:[0-9a-f]{64}$/
    )
    expect(reads(path)).toHaveLength(5)
    // 20 + 40 + 80 + 160 ms of back-off
    expect(run.seconds).toBeGreaterThanOrEqual(0.3)
    expect(tree(run.workDir)).toEqual([])
    service.memoryBlobs.readFaults.delete(path)
  }, 60_000)

  it('a cross-run download whose REST redirect answers 500 twice (the client does not retry it): ours does', async () => {
    const findBy = {
      ...{ token: TOKEN, workflowRunId: Number(RUN) },
      ...{ repositoryOwner: 'octo', repositoryName: 'etcd-backups' }
    }
    service.zipRouteFailures = 2
    const run = await download('cross-run.db', findBy)
    expect(run.error).toBeUndefined()
    expect(await readFile(run.found!.path)).toEqual(bytes.get('cross-run.db'))
    expect(service.zipRouteFailures).toBe(0)
    expect(run.logger.lines.filter((l) => l.includes(': attempt '))).toEqual([
      expect.stringMatching(
        /: attempt 1 of 5 failed \(Server Error \(HTTP 500\)\); retrying in 20 ms$/
      ),
      expect.stringMatching(
        /: attempt 2 of 5 failed \(Server Error \(HTTP 500\)\); retrying in 40 ms$/
      )
    ])
  }, 60_000)
})
