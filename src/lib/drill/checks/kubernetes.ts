import {
  undecryptableSummary,
  type Inventory,
  type KeyExamples
} from '../../inventory/inventory.js'
import { runCheck, type DrillCheck, type Outcome } from './run-check.js'

/**
 * The drill's `kubernetes` check, judged on the inventory the restore took (deep decode, and
 * decryption with the EncryptionConfiguration when one was given): fails on any value under the
 * Kubernetes prefix that does not decode, any object whose metadata.name/namespace disagree with
 * its key, and any encrypted value the given config cannot open. Passes as "not a Kubernetes
 * snapshot" when no key sits under the prefix. Keys only in its lines, never values.
 */
export function kubernetesCheck(
  inventory: Inventory | undefined,
  configGiven: boolean
): Promise<DrillCheck> {
  const expected = configGiven
    ? 'every object decodes under its own key; every encrypted value decrypts with the encryption config'
    : 'every object decodes under its own key'
  return runCheck('kubernetes', expected, () => Promise.resolve(judge(inventory, configGiven)))
}

function examples(k: KeyExamples): string {
  return k.examples.length > 0
    ? ` (${k.examples.join(', ')}${k.count > k.examples.length ? ', …' : ''})`
    : ''
}

/** The check's verdict from the inventory's deep decode. */
export function judge(inventory: Inventory | undefined, configGiven: boolean): Outcome {
  if (!inventory) return { ok: true, actual: 'not checked: the restore took no inventory' }
  const k8s = inventory.kubernetes
  if (!k8s) return { ok: true, actual: 'not checked: the inventory has no deep decode' }
  if (k8s.keys === 0)
    return { ok: true, actual: `not a Kubernetes snapshot: no key under ${k8s.prefix}` }
  const problems: string[] = []
  const { undecodable, mismatched } = k8s
  if (undecodable.count > 0)
    problems.push(`${undecodable.count} values do not decode${examples(undecodable)}`)
  if (mismatched.count > 0)
    problems.push(
      `${mismatched.count} objects disagree with their key on name/namespace${examples(mismatched)}`
    )
  const undecryptable = undecryptableSummary(k8s)
  if (undecryptable) problems.push(undecryptable)
  if (configGiven && !k8s.encryption.config && k8s.encryption.keys.length > 0)
    problems.push('the encrypted values were not checked against the encryption config')
  if (problems.length > 0) return { ok: false, actual: problems.join('; ') }
  const enc = k8s.encryption
  const encrypted = enc.keys.reduce((n, g) => n + g.values, 0)
  const secrets =
    encrypted === 0
      ? ''
      : enc.config
        ? `; ${encrypted} encrypted values: ${enc.keys.map((g) => g.verdict).join('; ')}`
        : `; ${encrypted} encrypted values not decrypted (no encryption config given)`
  return {
    ok: true,
    actual: `${k8s.objects} objects under ${k8s.prefix} decode under their own key${secrets}`
  }
}
