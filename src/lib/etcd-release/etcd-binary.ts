import { spawnSync } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { InputError } from '../errors.js'

/** An etcd server binary and the version it reports. */
export interface EtcdBinary {
  path: string
  /** `x.y.z` from `etcd Version: x.y.z`. */
  version: string
}

const NOT_FOUND =
  'no etcd binary found: set the `etcd-path` input / --etcd-path, or put etcd on PATH'

/**
 * The etcd binary to boot: `explicitPath` when given, else the first `etcd` on PATH.
 * Runs `etcd --version` so a wrong file fails here, not halfway through a drill.
 */
export function findEtcd(explicitPath?: string): EtcdBinary {
  const path = explicitPath === undefined || explicitPath === '' ? searchPath('etcd') : explicitPath
  if (path === undefined) throw new InputError(NOT_FOUND)
  if (!isExecutableFile(path)) {
    throw new InputError(`etcd binary ${path} does not exist or is not executable`)
  }
  return { path, version: etcdVersion(path) }
}

function searchPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue
    const candidate = join(dir, command)
    if (isExecutableFile(candidate)) return candidate
  }
  return undefined
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function etcdVersion(path: string): string {
  const run = spawnSync(path, ['--version'], {
    encoding: 'utf8',
    timeout: 10_000,
    // ETCD_* variables would be read by `etcd --version` too; keep the probe clean.
    env: etcdEnv(),
    maxBuffer: 64 * 1024
  })
  if (run.error !== undefined) {
    throw new InputError(`cannot run ${path} --version: ${run.error.message}`)
  }
  const match = /etcd Version:\s*v?(\d+\.\d+\.\d+\S*)/.exec(run.stdout ?? '')
  if (run.status !== 0 || match === null) {
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().slice(0, 300)
    throw new InputError(
      `${path} is not an etcd server binary: \`--version\` exited ${run.status ?? run.signal} and printed ${JSON.stringify(output)}`
    )
  }
  return match[1] as string
}

/** The environment for etcd children: ours minus every ETCD_* variable (etcd reads them as flags). */
export function etcdEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.toUpperCase().startsWith('ETCD')) env[name] = value
  }
  return env
}
