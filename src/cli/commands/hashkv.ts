import { InputError } from '../../lib/errors.js'
import { inspectSnapshot } from '../../lib/snapshot/inspect.js'
import { hashKV } from '../../lib/backend/hashkv.js'
import { flagHelp, parseFlags, snapshotArgument, writeOut, type FlagSpec } from '../flags.js'
import { etcdTable } from '../etcd-table.js'
import type { Command } from './command.js'

const flags: FlagSpec[] = [
  { name: 'rev', kind: 'string', help: 'revision to hash up to (0 = latest)', defaultText: '0' },
  {
    name: 'write-out',
    short: 'w',
    kind: 'string',
    help: 'output format: simple, table or json',
    defaultText: 'simple'
  }
]

const help = `Computes etcd's HashKV of a snapshot offline, the value 'etcdctl endpoint hashkv' reports
for a cluster booted from it (as etcdutl 3.6's 'snapshot hashkv').

Usage:
  etcd-restore snapshot hashkv <filename> [--rev R] [-w simple|table|json]

Flags:
${flagHelp(flags)}
`

export const hashkvCommand: Command = {
  async run(argv) {
    const parsed = parseFlags(argv, flags)
    if (parsed.help) {
      process.stdout.write(help)
      return 0
    }
    const revText = parsed.strings.get('rev') ?? '0'
    if (!/^[0-9]{1,15}$/.test(revText))
      throw new InputError(`invalid value "${revText}" for --rev: want a revision number`)
    const format = writeOut(parsed, ['simple', 'table', 'json'] as const)
    const kv = await inspectSnapshot(snapshotArgument(parsed, 'snapshot hashkv'), (db) =>
      hashKV(db, Number(revText))
    )
    if (format === 'json') {
      process.stdout.write(
        `${JSON.stringify({ hash: kv.hash, hashRevision: kv.hashRevision, compactRevision: kv.compactRevision })}\n`
      )
    } else if (format === 'simple') {
      process.stdout.write(`${kv.hash}, ${kv.hashRevision}, ${kv.compactRevision}\n`)
    } else {
      process.stdout.write(
        etcdTable(
          ['HASH', 'HASH REVISION', 'COMPACT REVISION'],
          [[`${kv.hash}`, `${kv.hashRevision}`, `${kv.compactRevision}`]]
        )
      )
    }
    return 0
  }
}
