/**
 * The drill's `kubernetes` check against the inventory of test/fixtures/k8s/k8s-judged.db (whose
 * answers Kubernetes' own code gave, see test/lib/inventory/k8s-judge.test.ts), with each of its
 * configs; a snapshot without /registry/ keys is "not a Kubernetes snapshot".
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { drillCommand } from '../../../src/cli/commands/drill.js'
import { judge, kubernetesCheck } from '../../../src/lib/drill/checks/kubernetes.js'
import { parseEncryptionConfig } from '../../../src/lib/inventory/encryption-config.js'
import { takeInventory, type Inventory } from '../../../src/lib/inventory/inventory.js'
import { inspectSnapshot } from '../../../src/lib/snapshot/inspect.js'

const K8S = 'test/fixtures/k8s'

async function inventoryOf(db: string, config?: 'full' | 'rotated' | 'stale'): Promise<Inventory> {
  const encryptionConfig =
    config &&
    parseEncryptionConfig(await readFile(`${K8S}/k8s-judged.encryption-${config}.yaml`, 'utf8'))
  return inspectSnapshot(db, (d) => takeInventory(d, encryptionConfig && { encryptionConfig }))
}

/** The full config's inventory with the fixture's deliberate faults taken out: what a sound backup gives. */
function sound(inventory: Inventory): Inventory {
  const k8s = inventory.kubernetes!
  const none = { count: 0, examples: [] }
  const keys = k8s.encryption.keys.filter((g) => g.readable || g.provider === 'kms')
  return {
    ...inventory,
    kubernetes: {
      ...k8s,
      ...{ undecodable: none, mismatched: none },
      encryption: { ...k8s.encryption, undecryptable: none, keys }
    }
  }
}

describe('drill check kubernetes', () => {
  // k8s-judged.db holds deliberate faults (Kubernetes' own code agrees): 3 values that do not
  // decode, 4 objects under another key, one aesgcm secret copied to another key (its additional
  // data is the key, so no config opens it)
  const faults =
    '3 values do not decode (/registry/configmaps/team-a/cut, /registry/configmaps/team-a/garbage, /registry/example.com/widgets/team-a/cut-json); ' +
    '4 objects disagree with their key on name/namespace (/registry/configmaps/team-a/wrong-name, /registry/configmaps/team-b/moved, /registry/example.com/widgets/team-b/w-moved, /registry/secrets/team-b/swapped); '
  const copied =
    "1 secret on aesgcm key `key3` does not decrypt with the config's key of that name: the restored cluster cannot read it"

  it('with the full config: fails on the faults and the copied secret, keys only', async () => {
    const check = await kubernetesCheck(await inventoryOf(`${K8S}/k8s-judged.db`, 'full'), true)
    expect(check.name).toBe('kubernetes')
    expect(check.ok).toBe(false)
    expect(check.actual).toBe(
      `${faults}1 value does not decrypt with the encryption config: ${copied}`
    )
    expect(check.expected).toBe(
      'every object decodes under its own key; every encrypted value decrypts with the encryption config'
    )
  })

  it('with the rotated config: the library sentence for the rotated-out key', async () => {
    const check = await kubernetesCheck(await inventoryOf(`${K8S}/k8s-judged.db`, 'rotated'), true)
    expect(check.ok).toBe(false)
    expect(check.actual).toBe(
      `${faults}4 values do not decrypt with the encryption config: ` +
        '3 secrets are encrypted with aescbc key `key1`, which the config does not have: the restored cluster cannot read them; ' +
        copied
    )
  })

  it('with the stale config: fails on what it cannot decrypt', async () => {
    const check = await kubernetesCheck(await inventoryOf(`${K8S}/k8s-judged.db`, 'stale'), true)
    expect(check.ok).toBe(false)
    expect(check.actual).toMatch(/values? do(es)? not decrypt with the encryption config: /)
  })

  it('without a config: fails on the faults only', async () => {
    const check = await kubernetesCheck(await inventoryOf(`${K8S}/k8s-judged.db`), false)
    expect(check.ok).toBe(false)
    expect(check.actual).toBe(
      faults
        .replace('4 objects', '3 objects')
        .replace(', /registry/secrets/team-b/swapped', '')
        .slice(0, -2)
    )
    expect(check.expected).toBe('every object decodes under its own key')
  })

  it('a sound backup passes, with a verdict per key', async () => {
    const outcome = judge(sound(await inventoryOf(`${K8S}/k8s-judged.db`, 'full')), true)
    expect(outcome.ok, outcome.actual).toBe(true)
    expect(outcome.actual).toMatch(
      /^30 objects under \/registry\/ decode under their own key; \d+ encrypted values: /
    )
    expect(outcome.actual).toContain('3 secrets on aescbc key `key1`: all decrypt')
    expect(outcome.actual).toContain('needs the KMS, not checked offline')
    const unchecked = judge(sound(await inventoryOf(`${K8S}/k8s-judged.db`)), false)
    expect(unchecked.ok).toBe(true)
    expect(unchecked.actual).toMatch(
      /encrypted values not decrypted \(no encryption config given\)$/
    )
  })

  it('a config asked for but not applied (an inventory taken without it) fails', async () => {
    const outcome = judge(sound(await inventoryOf(`${K8S}/k8s-judged.db`)), true)
    expect(outcome).toEqual({
      ok: false,
      actual: 'the encrypted values were not checked against the encryption config'
    })
  })

  it('a snapshot without /registry/ keys is not a Kubernetes snapshot', async () => {
    const check = await kubernetesCheck(await inventoryOf('test/fixtures/tiny-snapshot.db'), false)
    expect(check).toMatchObject({
      ok: true,
      actual: 'not a Kubernetes snapshot: no key under /registry/'
    })
  })
})

describe('etcd-restore drill --encryption-config', () => {
  const args = (config: string) => [
    `${K8S}/k8s-judged.db`,
    ...['--out-dir', '/nonexistent/out', '--initial-cluster', 'm1=http://127.0.0.1:2380'],
    ...['--initial-cluster-token', 't', '--encryption-config', config]
  ]

  it('reads the config before anything else: unreadable or bad, a usage error naming no secret', async () => {
    await expect(drillCommand.run(args(`${K8S}/missing.yaml`))).rejects.toThrow(
      /^cannot read --encryption-config test\/fixtures\/k8s\/missing\.yaml: ENOENT$/
    )
    await expect(drillCommand.run(args(`${K8S}/k8s-judged.db`))).rejects.toThrow(
      /^test\/fixtures\/k8s\/k8s-judged\.db: encryption config/
    )
  })
})
