/**
 * --encryption-config and --kubernetes-prefix, shared by the commands that take an inventory
 * (inventory, restore, drill, diff). Kept apart from inventory.ts so a restore does not load the
 * inventory command's code (its renderer, the snapshot inspector) just for two flag specs; the
 * EncryptionConfiguration parser loads only when the flag is given.
 */
import { InputError } from '../../lib/errors.js'
import type { EncryptionConfig } from '../../lib/inventory/encryption-config.js'
import { kubernetesRoot } from '../../lib/inventory/prefix.js'
import type { FlagSpec, ParsedFlags } from '../flags.js'

export const encryptionConfigFlag: FlagSpec = {
  name: 'encryption-config',
  kind: 'string',
  help: "kube-apiserver's EncryptionConfiguration: decrypt k8s:enc: values with its keys"
}

export const kubernetesPrefixFlag: FlagSpec = {
  name: 'kubernetes-prefix',
  kind: 'string',
  help: "where Kubernetes' objects are (kube-apiserver --etcd-prefix)",
  defaultText: '/registry'
}

/** --encryption-config and --kubernetes-prefix as inventory options. */
export async function kubernetesOptions(
  parsed: ParsedFlags
): Promise<{ encryptionConfig?: EncryptionConfig; kubernetesPrefix?: string }> {
  const path = parsed.strings.get('encryption-config')
  const prefix = parsed.strings.get('kubernetes-prefix')
  const root = prefix === undefined ? undefined : kubernetesRoot(prefix)
  if (prefix !== undefined && root === undefined)
    throw new InputError(
      `invalid value "${prefix}" for --kubernetes-prefix: want a key prefix such as /registry`
    )
  const loadEncryptionConfig =
    path === undefined
      ? undefined
      : (await import('../../lib/inventory/encryption-config.js')).loadEncryptionConfig
  return {
    ...(path !== undefined && { encryptionConfig: await loadEncryptionConfig!(path) }),
    ...(root !== undefined && { kubernetesPrefix: root })
  }
}
