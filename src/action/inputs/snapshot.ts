import { resolve } from 'node:path'
import { InputError } from '../../lib/errors.js'
import { Inputs } from '../constants.js'
import { text } from './read.js'
import { runId } from './rules.js'
import type { FindBy, SnapshotInput } from './types.js'

/** snapshot-path, or snapshot-artifact with snapshot-file, github-token, repository and run-id. */
export function snapshotInput(token: string): SnapshotInput {
  const name = text(Inputs.SnapshotArtifact)
  const path = text(Inputs.SnapshotPath)
  const file = text(Inputs.SnapshotFile) || undefined
  if (Boolean(name) === Boolean(path))
    throw new InputError(
      `set exactly one of '${Inputs.SnapshotArtifact}' and '${Inputs.SnapshotPath}'`
    )
  if (path) {
    for (const input of [Inputs.SnapshotFile, Inputs.Repository, Inputs.RunId, Inputs.GitHubToken])
      if (text(input) && !(input === Inputs.GitHubToken && text(Inputs.BaselineArtifact)))
        throw new InputError(`input '${input}' needs '${Inputs.SnapshotArtifact}'`)
    return { kind: 'path', path: resolve(path) }
  }
  if (file && (file.split(/[\\/]/).includes('..') || file.startsWith('/')))
    throw new InputError(
      `input '${Inputs.SnapshotFile}' must be a relative path inside the artifact`
    )
  if (!token) {
    if (text(Inputs.Repository) || text(Inputs.RunId))
      throw new InputError(
        `inputs '${Inputs.Repository}'/'${Inputs.RunId}' need '${Inputs.GitHubToken}' (actions:read)`
      )
    return { kind: 'artifact', name, file }
  }
  return { kind: 'artifact', name, file, findBy: findBy(token) }
}

/** repository (default this one) and run-id (default this run). */
function findBy(token: string): FindBy {
  const repo = text(Inputs.Repository) || process.env.GITHUB_REPOSITORY || ''
  const [owner, repoName, extra] = repo.split('/')
  if (!owner || !repoName || extra !== undefined)
    throw new InputError(`input '${Inputs.Repository}' must look like owner/name, got '${repo}'`)
  const run = runId(Inputs.RunId, text(Inputs.RunId) || process.env.GITHUB_RUN_ID || '')
  return { token, repositoryOwner: owner, repositoryName: repoName, workflowRunId: run }
}
