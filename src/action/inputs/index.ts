import * as core from '@actions/core'
import { DEFAULT_CLUSTER_TOKEN, Inputs, VERIFY_MODES } from '../constants.js'
import { baselineInputs } from './baseline.js'
import { drillInputs } from './drill.js'
import { encryptionConfigInput } from './encryption.js'
import { etcdInputs } from './etcd.js'
import { checkArchiveSupport, publishInputs } from './publish.js'
import { oneOf, text } from './read.js'
import { restoreInputs } from './restore.js'
import { snapshotInput } from './snapshot.js'
import type { ActionInputs } from './types.js'

export type * from './types.js'
export { checkEtcd } from './etcd.js'

/**
 * Reads and checks every input, before any I/O. Throws one InputError naming the input and the
 * allowed values; warns about inputs that have no effect.
 */
export function getInputs(): ActionInputs {
  // Mask first: nothing may log the token before this line.
  const token = text(Inputs.GitHubToken)
  if (token) core.setSecret(token)
  const drillPassword = text(Inputs.DrillPassword)
  if (drillPassword) core.setSecret(drillPassword)
  const encryptionConfig = encryptionConfigInput()
  const snapshot = snapshotInput(token)
  const restore = { ...restoreInputs(), ...(encryptionConfig && { encryptionConfig }) }
  const publish = publishInputs(restore)
  const verify = oneOf(Inputs.Verify, VERIFY_MODES, 'none')
  const inputs: ActionInputs = {
    ...{ snapshot, restore, publish },
    drill: drillInputs(verify, drillPassword),
    etcd: etcdInputs(verify),
    baseline: baselineInputs(token, publish.clusterName)
  }
  if (publish.upload) checkArchiveSupport(publish.archive)
  if (restore.initialClusterToken === DEFAULT_CLUSTER_TOKEN)
    core.warning(
      `${Inputs.InitialClusterToken} is etcd's default '${DEFAULT_CLUSTER_TOKEN}': give the restored ` +
        'cluster its own token so its members can never talk to the original cluster'
    )
  return inputs
}
