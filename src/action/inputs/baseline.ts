import { InputError } from '../../lib/errors.js'
import { parsePercent } from '../../lib/inventory/diff.js'
import { Inputs } from '../constants.js'
import { int, text } from './read.js'
import { checkArtifactName, runId, withCluster } from './rules.js'
import type { BaselineInputs } from './types.js'

/** baseline-artifact, baseline-run-id, max-drop, min-keys. `token` is the (masked) github-token. */
export function baselineInputs(token: string, clusterName: string): BaselineInputs {
  const maxDropText = text(Inputs.MaxDrop)
  const maxDropPercent = maxDropText === '' ? 10 : parsePercent(maxDropText)
  if (maxDropPercent === undefined)
    throw new InputError(
      `input '${Inputs.MaxDrop}' must be a percentage from 0 to 100 such as 10%, got '${maxDropText}'`
    )
  const minKeys = int(Inputs.MinKeys, 0, Number.MAX_SAFE_INTEGER, 50)
  const baselineName = text(Inputs.BaselineArtifact)
  const runText = text(Inputs.BaselineRunId)
  if (!baselineName) {
    if (runText)
      throw new InputError(`input '${Inputs.BaselineRunId}' needs '${Inputs.BaselineArtifact}'`)
    return { maxDropPercent, minKeys }
  }
  if (!token)
    throw new InputError(
      `input '${Inputs.BaselineArtifact}' needs '${Inputs.GitHubToken}' (actions:read) to find an earlier run`
    )
  const run = runText ? runId(Inputs.BaselineRunId, runText) : undefined
  const [owner, repoName] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repoName)
    throw new InputError('GITHUB_REPOSITORY is not set: cannot find a baseline')
  const name = withCluster(baselineName, clusterName)
  checkArtifactName(Inputs.BaselineArtifact, name, ` (got '${name}')`)
  const from = {
    ...{ name, token, repositoryOwner: owner, repositoryName: repoName },
    ...(run !== undefined && { runId: run })
  }
  return { from, maxDropPercent, minKeys }
}
