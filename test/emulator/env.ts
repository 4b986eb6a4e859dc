import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * An unsigned JWT carrying only what @actions/artifact decodes: the `Actions.Results:RUN:JOB`
 * scope (the signature is never checked, @actions/cache does not decode it at all).
 */
export function runtimeToken(runId: string, jobId: string): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.Results:${runId}:${jobId}` })}.`
}

export interface ActionEnvOptions {
  /** Base URL of the results service (also the REST API). */
  serviceUrl: string
  /** A temp dir: becomes GITHUB_WORKSPACE's parent, RUNNER_TEMP, and holds the output/summary files. */
  root: string
  runId?: string
  jobId?: string
  /** Inputs by their action.yml names (`snapshot-path`), written as INPUT_SNAPSHOT-PATH. */
  inputs?: Record<string, string>
  extra?: Record<string, string>
}

export interface ActionEnv {
  env: Record<string, string>
  outputFile: string
  summaryFile: string
}

/**
 * The environment a runner gives a JS action, pointed at the emulator. Inherited GITHUB_*,
 * ACTIONS_*, RUNNER_* and INPUT_* are dropped; GITHUB_SERVER_URL stays unset (a localhost one
 * would make the artifact client think it is on GHES); loopback bypasses any proxy.
 */
export function actionEnv(options: ActionEnvOptions): ActionEnv {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^(GITHUB_|ACTIONS_|RUNNER_|INPUT_)/.test(key)) continue
    if (/^(https?|all)_proxy$/i.test(key)) continue
    env[key] = value
  }
  mkdirSync(options.root, { recursive: true })
  const outputFile = join(options.root, 'github-output')
  const summaryFile = join(options.root, 'step-summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const runId = options.runId ?? '1001'
  mkdirSync(join(options.root, 'workspace'), { recursive: true })
  mkdirSync(join(options.root, 'runner-temp'), { recursive: true })
  Object.assign(env, {
    ACTIONS_RUNTIME_TOKEN: runtimeToken(runId, options.jobId ?? '1'),
    ACTIONS_RESULTS_URL: `${options.serviceUrl}/`,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_API_URL: options.serviceUrl,
    GITHUB_WORKSPACE: join(options.root, 'workspace'),
    GITHUB_REPOSITORY: 'octo/etcd-backups',
    GITHUB_RUN_ID: runId,
    RUNNER_TEMP: join(options.root, 'runner-temp'),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost'
  })
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  return { env: { ...env, ...options.extra }, outputFile, summaryFile }
}

/** Parses the `name<<delimiter … delimiter` blocks core.setOutput appends to GITHUB_OUTPUT. */
export function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i].match(/^([^<]+)<<(.+)$/)
    if (!head) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== head[2]; i++) value.push(lines[i])
    outputs[head[1]] = value.join('\n')
  }
  return outputs
}
