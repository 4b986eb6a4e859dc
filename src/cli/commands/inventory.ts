import { InputError, UndecryptableError } from '../../lib/errors.js'
import { inspectSnapshot } from '../../lib/snapshot/inspect.js'
import { takeInventory, undecryptableSummary } from '../../lib/inventory/inventory.js'
import {
  flagHelp,
  parseFlags,
  snapshotArgument,
  writeOut,
  type FlagSpec,
  type ParsedFlags
} from '../flags.js'
import { inventorySimple, inventoryTable } from '../inventory-render.js'
import type { Command } from './command.js'
import {
  encryptionConfigFlag,
  kubernetesOptions,
  kubernetesPrefixFlag
} from './kubernetes-flags.js'

export const depthFlag: FlagSpec = {
  name: 'depth',
  kind: 'string',
  help: 'folders that group a key outside /registry',
  defaultText: '1'
}

/** --depth: 1-64 folders; undefined when not given. */
export function depthOf(parsed: ParsedFlags): number | undefined {
  const text = parsed.strings.get('depth')
  if (text === undefined) return undefined
  if (!/^[0-9]{1,2}$/.test(text) || Number(text) < 1 || Number(text) > 64)
    throw new InputError(`invalid value "${text}" for --depth: want 1 to 64 folders`)
  return Number(text)
}

const flags: FlagSpec[] = [
  {
    name: 'write-out',
    short: 'w',
    kind: 'string',
    help: 'output format: simple, table or json',
    defaultText: 'simple'
  },
  depthFlag,
  encryptionConfigFlag,
  kubernetesPrefixFlag
]

const help = `Counts what a snapshot holds at its latest revision: live keys and bytes by Kubernetes kind
(protobuf envelope or JSON apiVersion/kind), by prefix (/registry/<resource>/ and
/registry/<group>/<resource>/; other keys by their first --depth folders), by namespace, values
encrypted at rest by provider, and the 10 largest keys. One pass over the key history.

Every live key under the Kubernetes prefix is decoded: objects that do not decode, and objects
whose metadata.name/namespace disagree with their key, are counted (with the first keys, never
values). Encrypted values are counted by provider and key name; with --encryption-config each
aescbc, aesgcm and secretbox value is decrypted with the config's key (and decoded), kms ones
are named only. Exit code 7 when a value does not decrypt with the config: the restored
cluster could not read it. Nothing of the config or of a plaintext is ever printed.

Usage:
  etcd-restore snapshot inventory <filename> [-w simple|table|json] [--depth N]
      [--encryption-config encryption.yaml] [--kubernetes-prefix /registry]

Flags:
${flagHelp(flags)}
`

export const inventoryCommand: Command = {
  async run(argv) {
    const parsed = parseFlags(argv, flags)
    if (parsed.help) {
      process.stdout.write(help)
      return 0
    }
    const format = writeOut(parsed, ['simple', 'table', 'json'] as const)
    const depth = depthOf(parsed)
    const path = snapshotArgument(parsed, 'snapshot inventory')
    const k8s = await kubernetesOptions(parsed)
    const inventory = await inspectSnapshot(path, (db) => takeInventory(db, { depth, ...k8s }))
    process.stdout.write(
      format === 'json'
        ? `${JSON.stringify(inventory)}\n`
        : format === 'table'
          ? inventoryTable(inventory)
          : inventorySimple(inventory)
    )
    const unreadable = undecryptableSummary(inventory.kubernetes)
    if (unreadable) throw new UndecryptableError(`${path}: ${unreadable}`)
    return 0
  }
}
