import { InputError } from '../lib/errors.js'
import { TOOL_VERSION } from '../lib/version.js'
import { commands } from './commands/index.js'

const usage = `etcd-restore ${TOOL_VERSION}: verify an etcd v3 snapshot and restore data-dirs for a whole cluster

Usage:
${commands.map((c) => `  etcd-restore ${c.path.join(' ').padEnd(18)} ${c.summary}`).join('\n')}
  etcd-restore version            print the version

Run 'etcd-restore <command> --help' for the flags of a command.
`

/** Dispatches argv to a command and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(usage)
    return 0
  }
  if (argv[0] === 'version' || argv[0] === '--version') {
    process.stdout.write(`etcd-restore ${TOOL_VERSION}\n`)
    return 0
  }
  const command = commands.find((c) => c.path.every((word, i) => argv[i] === word))
  if (!command) {
    if (argv[0] === 'snapshot' && (argv.length === 1 || argv[1]?.startsWith('-'))) {
      process.stdout.write(usage)
      return 0
    }
    throw new InputError(
      `unknown command "${argv.slice(0, 2).join(' ')}" (see 'etcd-restore --help')`
    )
  }
  const rest = argv.slice(command.path.length)
  command.prepare?.(rest)
  return (await command.load()).run(rest)
}
