import { DefaultArtifactClient } from '@actions/artifact'
import * as core from '@actions/core'
import { mkdir, rename, stat, writeFile } from 'node:fs/promises'
import { accessSync, constants } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { checkAge, type AgeCheck } from '../lib/drill/age.js'
import { findEtcd } from '../lib/etcd-release/etcd-binary.js'
import { renderDrillMarkdown, type DrillReport } from '../lib/drill/report.js'
import { errorMessage, InputError, SnapshotError } from '../lib/errors.js'
import type { Logger } from '../lib/logger.js'
import { DRILL_REPORT_FILE, Inputs, Outputs } from './constants.js'
import type { ResolvedSnapshot } from './download.js'
import type { ActionInputs } from './inputs.js'
import { toolCacheEtcd, type DrillEtcd, type ReleaseRequest } from './etcd-release.js'
import { DEFAULT_ETCD_MIRROR } from '../lib/etcd-release/releases.js'

/** The drill's part of the action's JSON report. */
export interface DrillSummary {
  passed: boolean
  verdict: string
  report: string
  artifact?: { name: string; id: number; digest: string; size: number }
}

/**
 * The etcd binary for `verify: boot`, found before any download; errors name `etcd-path`.
 * Undefined: an official release is fetched once the snapshot is known (etcd-version, or `auto`
 * when neither etcd-path nor PATH has an etcd).
 */
export function checkEtcd(
  etcdPath: string | undefined,
  release?: ReleaseRequest
): string | undefined {
  if (release !== undefined) return undefined
  if (!etcdPath && !etcdOnPath()) return undefined
  try {
    return findEtcd(etcdPath).path
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    throw new InputError(
      etcdPath
        ? `input '${Inputs.EtcdPath}': ${error.message}`
        : `${Inputs.Verify}: boot needs etcd: none on PATH; set the '${Inputs.EtcdPath}' input to an etcd binary`
    )
  }
}

/** The etcd the drill boots: the one checkEtcd found, else the official release (tool cache). */
export async function drillEtcd(
  found: string | undefined,
  inputs: Pick<ActionInputs, 'etcdPath' | 'etcdRelease' | 'etcdMirror'>,
  snapshotPath: string,
  logger: Logger
): Promise<DrillEtcd> {
  if (found !== undefined)
    return { ...findEtcd(found), source: inputs.etcdPath ? 'etcd-path' : 'PATH' }
  const request = inputs.etcdRelease ?? {
    spec: 'auto' as const,
    mirror: inputs.etcdMirror ?? DEFAULT_ETCD_MIRROR
  }
  if (inputs.etcdRelease === undefined)
    logger.info(`no etcd on PATH and no '${Inputs.EtcdPath}': using ${Inputs.EtcdVersion}: auto`)
  return toolCacheEtcd(request, snapshotPath, logger)
}

/** Whether PATH names an executable `etcd` at all (findEtcd then says if it is a usable one). */
function etcdOnPath(): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, 'etcd'), constants.X_OK)
      return dir !== ''
    } catch {
      return false
    }
  })
}

/**
 * When the snapshot was taken: the artifact's creation time, or the file's mtime for
 * snapshot-path. Undefined when an artifact has none; then max-age cannot be checked.
 */
export async function snapshotCreatedAt(
  snapshot: ResolvedSnapshot,
  maxAgeMs: number | undefined
): Promise<Date | undefined> {
  const origin = snapshot.origin
  if (origin.kind === 'path') return (await stat(snapshot.path)).mtime
  if (origin.createdAt) return new Date(origin.createdAt)
  if (maxAgeMs === undefined) return undefined
  throw new SnapshotError(
    `snapshot artifact '${origin.name}' (id ${origin.id}) has no creation time: cannot check '${Inputs.MaxAge}'`
  )
}

/** The age check: the drill's when it ran, else computed here (max-age applies with any verify). */
export function snapshotAge(
  createdAt: Date | undefined,
  maxAgeMs: number | undefined,
  drill: DrillReport | undefined
): AgeCheck | undefined {
  if (createdAt === undefined) return undefined
  return drill?.age ?? checkAge(createdAt, maxAgeMs)
}

/** Writes the drill report into the data-dirs' folder and uploads it when asked. */
export async function saveDrillReport(
  drill: DrillReport,
  inputs: Pick<ActionInputs, 'outDir' | 'drillReportArtifact' | 'retentionDays'>,
  logger: Logger
): Promise<{ summary: DrillSummary; uploadError?: string }> {
  const path = join(inputs.outDir, DRILL_REPORT_FILE)
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.tmp-${process.pid}`
  await writeFile(tmp, `${JSON.stringify(drill, null, 2)}\n`, { mode: 0o644 })
  await rename(tmp, path)
  const summary: DrillSummary = { passed: drill.passed, verdict: drill.verdict, report: path }
  const name = inputs.drillReportArtifact
  if (name === undefined) return { summary }
  try {
    const result = await new DefaultArtifactClient().uploadArtifact(name, [path], dirname(path), {
      retentionDays: inputs.retentionDays
    })
    if (result.id === undefined || !result.digest) throw new Error('no id or digest returned')
    const artifact = { name, id: result.id, digest: result.digest, size: result.size ?? 0 }
    logger.info(
      `Uploaded the drill report as ${name}: id ${artifact.id}, sha256 ${artifact.digest}`
    )
    return { summary: { ...summary, artifact } }
  } catch (error) {
    // Kept for the end: the verdict, outputs and summary come first.
    return {
      summary,
      uploadError: `upload of drill report artifact ${name}: ${errorMessage(error)}`
    }
  }
}

/** drill-passed, drill-report and snapshot-age-seconds; '' for what did not run. */
export function setDrillOutputs(drill: DrillSummary | undefined, age: AgeCheck | undefined): void {
  core.setOutput(Outputs.DrillPassed, drill ? String(drill.passed) : '')
  core.setOutput(Outputs.DrillReport, drill?.report ?? '')
  core.setOutput(Outputs.SnapshotAgeSeconds, age ? String(age.ageSeconds) : '')
}

/** Appends the drill's Markdown, or the age line when only max-age was checked. */
export async function writeDrillSummary(
  drill: DrillReport | undefined,
  age: AgeCheck | undefined,
  etcd?: DrillEtcd
): Promise<void> {
  if (drill) core.summary.addRaw(`\n${renderDrillMarkdown(drill)}`, true)
  if (drill && etcd) core.summary.addRaw(`${etcdLine(etcd)}\n`, true)
  else if (age) core.summary.addRaw(`\n**Snapshot age**: ${age.ok ? '' : '❌ '}${age.message}\n`)
  else return
  await core.summary.write()
}

/** Which etcd the drill booted, and how it was obtained. */
export function etcdLine(etcd: DrillEtcd): string {
  const how =
    etcd.source === 'download'
      ? `the official release, downloaded from ${etcd.url}, sha256 \`${etcd.sha256}\` matched ${etcd.verifiedBy}`
      : etcd.source === 'tool-cache'
        ? 'the official release, from the tool cache (verified when it was downloaded)'
        : `\`${etcd.path}\` (${etcd.source === 'PATH' ? 'etcd on PATH' : Inputs.EtcdPath})`
  return `**etcd**: ${etcd.version}, ${how}`
}

const MAX_LINE = 2000

/** One line for setFailed naming every failed check, or undefined when all passed. */
export function failureLine(
  drill: DrillReport | undefined,
  drillPath: string | undefined,
  age: AgeCheck | undefined,
  uploadError: string | undefined
): string | undefined {
  const parts: string[] = []
  if (drill && !drill.passed) {
    const failed = drill.checks.filter((c) => !c.ok)
    const each = failed.map((c) => `${c.name}: ${c.actual} (expected ${c.expected})`)
    parts.push(
      `restore drill failed (${failed.length} of ${drill.checks.length} checks): ${each.join('; ') || drill.verdict}` +
        ` (report ${drillPath})`
    )
  } else if (!drill && age && !age.ok) parts.push(`${Inputs.MaxAge}: ${age.message}`)
  if (uploadError) parts.push(uploadError)
  if (parts.length === 0) return undefined
  const line = parts.join('; ').replace(/\s+/g, ' ')
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line
}
