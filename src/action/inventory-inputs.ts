import { InputError } from '../lib/errors.js'
import { parsePercent } from '../lib/inventory/diff.js'
import { Inputs } from './constants.js'
import { BAD_NAME_CHARS, int, text } from './input-values.js'

export const DEFAULT_REPORT_ARTIFACT = 'etcd-restore-report'

/** Where the baseline report comes from: an earlier run of this repository's workflows. */
export interface BaselineInput {
  /** The report artifact's name, `{cluster}` replaced. */
  name: string
  token: string
  repositoryOwner: string
  repositoryName: string
  /** An explicit run; else the newest successful run of this workflow that has the artifact. */
  runId?: number
}

export interface InventoryInputs {
  /** Names this cluster in artifact names (`{cluster}`) and heads the job summary. */
  clusterName: string
  /** The restore report is uploaded under this name (`{cluster}` replaced). */
  reportArtifact: string
  baseline?: BaselineInput
  maxDropPercent: number
  minKeys: number
}

/** Replaces `{cluster}` in an artifact name template. */
export function withCluster(template: string, clusterName: string): string {
  return template.replaceAll('{cluster}', clusterName)
}

function artifactName(input: Inputs, value: string): string {
  const bad = BAD_NAME_CHARS.exec(value)
  if (bad)
    throw new InputError(
      `input '${input}': artifact names may not contain ${JSON.stringify(bad[0])} (got '${value}')`
    )
  return value
}

/** The inventory, report-artifact and baseline inputs. `token` is the (masked) github-token. */
export function inventoryInputs(token: string, initialClusterToken: string): InventoryInputs {
  const clusterName = artifactName(
    Inputs.ClusterName,
    text(Inputs.ClusterName) || initialClusterToken
  )
  const reportArtifact = artifactName(
    Inputs.ReportArtifact,
    withCluster(text(Inputs.ReportArtifact) || DEFAULT_REPORT_ARTIFACT, clusterName)
  )
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
    return { clusterName, reportArtifact, maxDropPercent, minKeys }
  }
  if (!token)
    throw new InputError(
      `input '${Inputs.BaselineArtifact}' needs '${Inputs.GitHubToken}' (actions:read) to find an earlier run`
    )
  if (runText && !/^[1-9][0-9]{0,15}$/.test(runText))
    throw new InputError(
      `input '${Inputs.BaselineRunId}' must be a workflow run id (digits), got '${runText}'`
    )
  const [owner, repoName] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repoName)
    throw new InputError('GITHUB_REPOSITORY is not set: cannot find a baseline')
  const baseline: BaselineInput = {
    name: artifactName(Inputs.BaselineArtifact, withCluster(baselineName, clusterName)),
    token,
    repositoryOwner: owner,
    repositoryName: repoName,
    ...(runText && { runId: Number(runText) })
  }
  return { clusterName, reportArtifact, baseline, maxDropPercent, minKeys }
}
