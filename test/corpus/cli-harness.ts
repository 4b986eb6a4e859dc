/**
 * Runs the CLI the way users do: an ncc bundle of src/cli/index.ts (built once per test file into
 * a temp folder, so the repo's dist/ is untouched) executed as a child process.
 */
import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

/** Builds the CLI bundle into `dir`; returns the path of its index.js. */
export async function buildCliBundle(dir: string): Promise<string> {
  await execFileAsync(process.execPath, [
    'node_modules/@vercel/ncc/dist/ncc/cli.js',
    'build',
    'src/cli/index.ts',
    '-o',
    dir,
    '--quiet',
    '--transpile-only'
  ])
  return join(dir, 'index.js')
}

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

/** Runs `node bundle ...args` in `cwd`; kills it after `timeoutMs` (the result then has a signal). */
export function runCli(
  bundle: string,
  args: string[],
  options: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv }
): Promise<CliResult> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...options.env }
    delete env.ETCD_RESTORE_DEBUG
    const child = spawn(process.execPath, [bundle, ...args], { cwd: options.cwd, env })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 10_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started })
    })
  })
}

/**
 * Why a failed run does not meet the bar (non-zero exit, one `Error: …` line, no stack trace,
 * under the time limit), or null when it does.
 */
export function failureProblem(result: CliResult, expect: RegExp, limitMs = 10_000): string | null {
  if (result.signal !== null) return `killed by ${result.signal} after ${Math.round(result.ms)} ms`
  if (result.code === 0) return 'exit code 0'
  if (result.ms > limitMs) return `took ${Math.round(result.ms)} ms`
  const errors = result.stderr.split('\n').filter((l) => l.startsWith('Error: '))
  if (errors.length !== 1)
    return `${errors.length} Error: lines in ${JSON.stringify(result.stderr)}`
  if (/^\s+at .+[(:]\d+/m.test(result.stderr) || /node:internal|\.ts:\d+/.test(result.stderr)) {
    return `stack trace on stderr: ${result.stderr}`
  }
  if (!expect.test(errors[0]!))
    return `error line ${JSON.stringify(errors[0])} does not match ${expect}`
  return null
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** Names of staging entries the tool leaves in `dir` (should be none). */
export function stagingLeftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.startsWith('.etcd-restore-'))
}

/** Runs `jobs` with at most `limit` in flight. */
export async function pool<T>(limit: number, jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(jobs.length)
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++
      results[i] = await jobs[i]!()
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker))
  return results
}
