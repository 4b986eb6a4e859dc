import * as core from '@actions/core'
import { InputError } from '../../lib/errors.js'
import {
  parseEncryptionConfig,
  type EncryptionConfig
} from '../../lib/inventory/encryption-config.js'
import { Inputs } from '../constants.js'
import { kubernetesRoot } from '../../lib/inventory/prefix.js'
import { text } from './read.js'

/**
 * encryption-config: kube-apiserver's EncryptionConfiguration YAML, the content (from a secret).
 * Masked before anything can log it: the whole text, and each key's secret as written and as
 * decoded-then-encoded (the runner masks a multi-line secret line by line, which would miss a
 * key quoted differently). Parse errors name a line number, never its text.
 */
export function encryptionConfigInput(): EncryptionConfig | undefined {
  const content = text(Inputs.EncryptionConfig)
  if (!content) return undefined
  core.setSecret(content)
  for (const m of content.matchAll(/secret\s*:\s*["']?([^\s"'#]+)/g)) core.setSecret(m[1]!)
  let config: EncryptionConfig
  try {
    config = parseEncryptionConfig(content)
  } catch (error) {
    if (error instanceof InputError)
      throw new InputError(`input '${Inputs.EncryptionConfig}': ${error.message}`)
    throw error
  }
  for (const r of config.resources)
    for (const p of r.providers)
      if ('keys' in p) for (const k of p.keys) core.setSecret(k.secret.toString('base64'))
  return config
}

/** kubernetes-prefix: kube-apiserver's `--etcd-prefix` (default /registry). */
export function kubernetesPrefixInput(): string {
  const value = text(Inputs.KubernetesPrefix) || '/registry'
  const root = kubernetesRoot(value)
  if (root === undefined)
    throw new InputError(
      `input '${Inputs.KubernetesPrefix}' must be a key prefix such as /registry, got '${value}'`
    )
  return root
}
