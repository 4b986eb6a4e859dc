/**
 * The baseline: an earlier run's restore report artifact (`report-artifact` of that run), found
 * with the same @actions/artifact `findBy` as a cross-run snapshot. Without `baseline-run-id` the
 * newest successful runs of this workflow are searched, newest first (GitHub REST
 * `GET /repos/{owner}/{repo}/actions/workflows/{file}/runs?status=success`). A run that failed
 * (a gate that tripped, a broken drill) never becomes the baseline. No baseline found (the first
 * night) is not an error: the gate is skipped and says so.
 */
import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { SnapshotError } from '../../lib/errors.js'
import type { Inventory } from '../../lib/inventory/inventory.js'
import { readReportInventory } from '../../lib/inventory/source.js'
import type { Logger } from '../../lib/logger.js'
import { downloadRetryPolicy, type RetryPolicy } from '../../lib/retry.js'
import type { BaselineSource } from '../inputs/types.js'
import { downloadArtifactSafely } from './artifact.js'

/** Successful runs looked at, newest first, for the artifact. */
const RUNS_SEARCHED = 10

export interface BaselineOrigin {
  artifact: string
  artifactId: number
  runId: number
  createdAt?: string
}

export type BaselineResult =
  { found: true; origin: BaselineOrigin; inventory: Inventory } | { found: false; searched: string }

/** The workflow file of this run (`nightly.yml`), from GITHUB_WORKFLOW_REF. */
export function workflowFile(ref = process.env.GITHUB_WORKFLOW_REF ?? ''): string | undefined {
  const path = ref.split('@')[0] ?? ''
  const match = /\/\.github\/workflows\/([^/]+)$/.exec(path)
  return match?.[1]
}

/** Newest successful runs of this workflow, excluding this run. */
async function successfulRuns(input: BaselineSource): Promise<number[]> {
  const file = workflowFile()
  if (!file)
    throw new SnapshotError(
      'cannot tell which workflow this is (GITHUB_WORKFLOW_REF): set baseline-run-id'
    )
  const api = process.env.GITHUB_API_URL || 'https://api.github.com'
  const url =
    `${api}/repos/${input.repositoryOwner}/${input.repositoryName}/actions/workflows/` +
    `${encodeURIComponent(file)}/runs?status=success&per_page=${RUNS_SEARCHED + 1}`
  const response = await fetch(url, {
    headers: {
      authorization: `token ${input.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28'
    }
  })
  if (!response.ok)
    throw new SnapshotError(
      `listing runs of workflow ${file} for the baseline: HTTP ${response.status} ${response.statusText}`
    )
  const body = (await response.json()) as { workflow_runs?: { id: number }[] }
  const current = Number(process.env.GITHUB_RUN_ID)
  return (body.workflow_runs ?? [])
    .map((r) => r.id)
    .filter((id) => id !== current)
    .slice(0, RUNS_SEARCHED)
}

/** Finds, downloads and reads the baseline report. */
export async function findBaseline(
  input: BaselineSource,
  workDir: string,
  logger: Logger,
  retry: RetryPolicy = downloadRetryPolicy()
): Promise<BaselineResult> {
  const runs = input.runId !== undefined ? [input.runId] : await successfulRuns(input)
  const client = new DefaultArtifactClient()
  for (const runId of runs) {
    const findBy = {
      token: input.token,
      workflowRunId: runId,
      repositoryOwner: input.repositoryOwner,
      repositoryName: input.repositoryName
    }
    const artifact = await client.getArtifact(input.name, { findBy }).then(
      (found) => found.artifact,
      (error: unknown) => {
        if (error instanceof ArtifactNotFoundError) return undefined
        throw error
      }
    )
    if (!artifact) continue
    const dir = join(workDir, `baseline-${artifact.id}`)
    logger.info(
      `Downloading baseline report '${artifact.name}' (id ${artifact.id}) of run ${runId}`
    )
    await downloadArtifactSafely({
      ...{ client, artifact, findBy, dir, logger, retry },
      label: `baseline artifact '${artifact.name}' (id ${artifact.id})`
    })
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json'))
    if (files.length !== 1)
      throw new SnapshotError(
        `baseline artifact '${artifact.name}' of run ${runId} holds ${files.length} JSON files, want one report`
      )
    const inventory = await readReportInventory(join(dir, files[0]!))
    const origin = {
      ...{ artifact: artifact.name, artifactId: artifact.id, runId },
      ...(artifact.createdAt && { createdAt: artifact.createdAt.toISOString() })
    }
    return { found: true, origin, inventory }
  }
  const where =
    input.runId !== undefined
      ? `run ${input.runId}`
      : `the last ${RUNS_SEARCHED} successful runs of this workflow (${runs.length} found)`
  return { found: false, searched: where }
}
