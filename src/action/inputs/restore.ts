import { join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import { InputError } from '../../lib/errors.js'
import { DEFRAG_MODES } from '../../lib/options.js'
import { DEFAULT_CLUSTER_TOKEN, Inputs } from '../constants.js'
import { bigUint, bool, list, oneOf, targetVersion, text } from './read.js'
import { kubernetesPrefixInput } from './encryption.js'
import { clusterNames } from './rules.js'
import type { RestoreInputs } from './types.js'

/** initial-cluster, members, the revision and format choices, and where the data-dirs go. */
export function restoreInputs(): RestoreInputs {
  const initialCluster = text(Inputs.InitialCluster)
  if (!initialCluster) throw new InputError(`input '${Inputs.InitialCluster}' is required`)
  const all = clusterNames(initialCluster)
  const members = list(Inputs.Members)
  for (const name of members ?? []) {
    if (!all.includes(name))
      throw new InputError(
        `input '${Inputs.Members}': '${name}' is not in '${Inputs.InitialCluster}' (${all.join(', ')})`
      )
  }
  const bumpRevision = bigUint(Inputs.BumpRevision)
  // Fully determined by bump-revision, but kept as an input that must agree (etcdutl's flags).
  const markCompacted = bool(Inputs.MarkCompacted, false)
  if (markCompacted !== bumpRevision > 0n)
    throw new InputError(
      `inputs '${Inputs.MarkCompacted}' and '${Inputs.BumpRevision}' go together: ` +
        `set mark-compacted: true exactly when bump-revision > 0 (as etcdutl requires)`
    )
  const walDir = text(Inputs.WalDir)
  const outDir = text(Inputs.Path) || join(process.env.RUNNER_TEMP || tmpdir(), 'etcd-restore')
  return {
    ...{ initialCluster, memberNames: members ?? all, members },
    initialClusterToken: text(Inputs.InitialClusterToken) || DEFAULT_CLUSTER_TOKEN,
    skipHashCheck: bool(Inputs.SkipHashCheck, false),
    ...{ bumpRevision, markCompacted, targetVersion: targetVersion(Inputs.TargetVersion) },
    walDir: walDir ? resolve(walDir) : undefined,
    outDir: resolve(outDir),
    cache: bool(Inputs.Cache, false),
    defrag: oneOf(Inputs.Defrag, DEFRAG_MODES, 'auto'),
    kubernetesPrefix: kubernetesPrefixInput()
  }
}
