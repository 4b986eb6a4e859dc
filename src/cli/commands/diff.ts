import { InputError, RegressionError } from '../../lib/errors.js'
import {
  DEFAULT_MAX_DROP_PERCENT,
  DEFAULT_MIN_KEYS,
  diffInventories,
  parsePercent
} from '../../lib/inventory/diff.js'
import { loadDiffSides } from '../../lib/inventory/source.js'
import { flagHelp, parseFlags, writeOut, type FlagSpec } from '../flags.js'
import { diffText } from '../inventory-render.js'
import type { Command } from './command.js'
import { depthFlag, depthOf } from './inventory.js'
import {
  encryptionConfigFlag,
  kubernetesOptions,
  kubernetesPrefixFlag
} from './kubernetes-flags.js'

const flags: FlagSpec[] = [
  {
    name: 'max-drop',
    kind: 'string',
    help: 'largest accepted drop of the live keys, or of a kind or prefix with --min-keys keys',
    defaultText: `${DEFAULT_MAX_DROP_PERCENT}%`
  },
  {
    name: 'min-keys',
    kind: 'string',
    help: 'kinds and prefixes with fewer keys in <old> are not held to --max-drop',
    defaultText: `${DEFAULT_MIN_KEYS}`
  },
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

const help = `Compares what two backups hold, per Kubernetes kind, prefix and encryption provider, and fails
(exit code 6) when <new> lost content against <old>: the revision went backwards, the live keys
or a kind or prefix with at least --min-keys keys in <old> dropped by more than --max-drop, or a
kind (or all encryption at rest) vanished, or more values do not decode, or more do not decrypt
with --encryption-config (snapshot sides; a report keeps what its own run found). Each side is a snapshot, or a JSON file written earlier
that holds an inventory ('snapshot inventory -w json', 'snapshot status -w json', a restore report).

Usage:
  etcd-restore snapshot diff <old> <new> [--max-drop 10%] [--min-keys 50] [-w simple|table|json]

Flags:
${flagHelp(flags)}
`

export const diffCommand: Command = {
  async run(argv) {
    const parsed = parseFlags(argv, flags)
    if (parsed.help) {
      process.stdout.write(help)
      return 0
    }
    const format = writeOut(parsed, ['simple', 'table', 'json'] as const)
    const maxDropText = parsed.strings.get('max-drop')
    const maxDropPercent = maxDropText === undefined ? undefined : parsePercent(maxDropText)
    if (maxDropText !== undefined && maxDropPercent === undefined)
      throw new InputError(
        `invalid value "${maxDropText}" for --max-drop: want a percentage such as 10%`
      )
    const minKeysText = parsed.strings.get('min-keys')
    if (minKeysText !== undefined && !/^[0-9]{1,12}$/.test(minKeysText))
      throw new InputError(`invalid value "${minKeysText}" for --min-keys: want a whole number`)
    if (parsed.positionals.length !== 2)
      throw new InputError(
        `snapshot diff needs two arguments, <old> and <new>, got ${parsed.positionals.length}`
      )
    const [oldPath, newPath] = parsed.positionals as [string, string]
    const [old, now] = await loadDiffSides(
      oldPath,
      newPath,
      depthOf(parsed),
      await kubernetesOptions(parsed)
    )
    const diff = diffInventories(old.inventory, now.inventory, {
      maxDropPercent,
      minKeys: minKeysText === undefined ? undefined : Number(minKeysText)
    })
    process.stdout.write(
      format === 'json'
        ? `${JSON.stringify({ old: { path: old.path, kind: old.kind }, new: { path: now.path, kind: now.kind }, ...diff })}\n`
        : diffText(diff, format)
    )
    if (!diff.passed)
      throw new RegressionError(
        `${newPath} lost content against ${oldPath}: ${diff.failures.join('; ')}`
      )
    return 0
  }
}
