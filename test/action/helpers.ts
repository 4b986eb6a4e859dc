import { execFile } from 'node:child_process'
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Logger } from '../../src/lib/logger.js'
import type { MemberReport } from '../../src/lib/report.js'
import { actionEnv } from '../emulator/env.js'

export const execFileAsync = promisify(execFile)

/** A Logger that keeps every line, for assertions. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (m) => void lines.push(m),
    warn: (m) => void lines.push(`warning: ${m}`),
    debug: () => {},
    group: async (name, fn) => {
      lines.push(`group: ${name}`)
      return fn()
    }
  }
}

/**
 * A data-dir shaped like etcd's (0700 dirs, 0600 db and WAL, 0644 .snap), small but with a
 * sparse-ish 1 MiB WAL so archives carry real bytes.
 */
export async function fakeMemberDir(outDir: string, name: string): Promise<MemberReport> {
  const dataDir = join(outDir, name)
  const files: [string, Buffer, number][] = [
    ['member/snap/db', Buffer.from(`bolt db of ${name}`.repeat(100)), 0o600],
    ['member/snap/0000000000000001-0000000000000003.snap', Buffer.from(`snap ${name}`), 0o644],
    ['member/wal/0000000000000000-0000000000000000.wal', Buffer.alloc(1 << 20, 1), 0o600]
  ]
  for (const dir of ['', 'member', 'member/snap', 'member/wal']) {
    await mkdir(join(dataDir, dir), { recursive: true })
    await chmod(join(dataDir, dir), 0o700)
  }
  for (const [path, body, mode] of files) {
    await writeFile(join(dataDir, path), body)
    await chmod(join(dataDir, path), mode)
  }
  return {
    name,
    id: '680a6d7308dc2baa',
    peerURLs: [`http://127.0.0.1:23811`],
    dataDir,
    walDir: join(dataDir, 'member', 'wal'),
    files: files.map(([path, body, mode]) => ({ path, bytes: body.length, mode: mode.toString(8) }))
  }
}

/** Sets INPUT_* as the runner does (upper case, hyphens kept), dropping any set before. */
export function setInputs(inputs: Partial<Record<string, string>>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [name, value] of Object.entries(inputs))
    if (value !== undefined) process.env[`INPUT_${name.toUpperCase()}`] = value
}

/** Points this process's @actions clients at the emulator (call before importing them). */
export function useEmulatorEnv(serviceUrl: string, root: string, runId = '1001'): void {
  dropDebugLines()
  const { env } = actionEnv({ serviceUrl, root, runId })
  for (const key of Object.keys(process.env)) {
    if (/^(GITHUB_|ACTIONS_|RUNNER_|INPUT_)/.test(key)) delete process.env[key]
  }
  Object.assign(process.env, env)
}

/** Switches the run the artifact client acts for (it reads the token at each call). */
export function actAsRun(serviceUrl: string, root: string, runId: string): void {
  const { env } = actionEnv({ serviceUrl, root, runId })
  process.env.ACTIONS_RUNTIME_TOKEN = env.ACTIONS_RUNTIME_TOKEN
  process.env.GITHUB_RUN_ID = runId
}

/** `mode` of every entry of an extracted tree, as octal strings keyed by relative path. */
export async function modesOf(root: string, paths: string[]): Promise<Record<string, string>> {
  const { stat } = await import('node:fs/promises')
  const modes: Record<string, string> = {}
  for (const path of paths) modes[path] = ((await stat(join(root, path))).mode & 0o777).toString(8)
  return modes
}

let filtered = false
/** The clients print every HTTP body as `::debug::`; drop those so test logs stay readable. */
function dropDebugLines(): void {
  if (filtered) return
  filtered = true
  const write = process.stdout.write.bind(process.stdout) as (
    chunk: unknown,
    ...rest: unknown[]
  ) => boolean
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
    typeof chunk === 'string' && chunk.startsWith('::debug::')
      ? true
      : write(chunk, ...rest)) as typeof process.stdout.write
}
