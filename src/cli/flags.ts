import { InputError } from '../lib/errors.js'

/** A flag a command accepts. Booleans take no value (`--x`, `--x=true|false`), strings take one. */
export interface FlagSpec {
  name: string
  kind: 'string' | 'boolean'
  /** One-letter alias, e.g. `w` for `--write-out`. */
  short?: string
  help: string
  /** Shown in --help; the parser does not apply it (commands know their own defaults). */
  defaultText?: string
}

export interface ParsedFlags {
  strings: Map<string, string>
  booleans: Map<string, boolean>
  positionals: string[]
  help: boolean
}

/**
 * Parses flags the way etcdutl's (cobra/pflag) parser does for the forms people type:
 * `--flag value`, `--flag=value`, `-w json`, `--bool`, `--bool=false`, and `--` ending flags.
 * A repeated flag keeps its last value, as pflag does.
 */
export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParsedFlags {
  const byName = new Map(specs.map((s) => [s.name, s]))
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]))
  const out: ParsedFlags = { strings: new Map(), booleans: new Map(), positionals: [], help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1))
      break
    }
    if (arg === '--help' || arg === '-h') {
      out.help = true
      continue
    }
    if (!arg.startsWith('-') || arg === '-') {
      out.positionals.push(arg)
      continue
    }
    const long = arg.startsWith('--')
    const body = arg.slice(long ? 2 : 1)
    const eq = body.indexOf('=')
    const key = eq === -1 ? body : body.slice(0, eq)
    const spec = long ? byName.get(key) : byShort.get(key)
    if (!spec) throw new InputError(`unknown flag: ${long ? '--' : '-'}${key} (see --help)`)
    const inline = eq === -1 ? undefined : body.slice(eq + 1)
    if (spec.kind === 'boolean') {
      out.booleans.set(spec.name, parseBool(spec.name, inline ?? 'true'))
      continue
    }
    let value = inline
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new InputError(`flag needs an argument: --${spec.name}`)
      value = argv[++i] as string
    }
    out.strings.set(spec.name, value)
  }
  return out
}

function parseBool(name: string, value: string): boolean {
  // pflag accepts Go's strconv.ParseBool spellings.
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value)) return true
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(value)) return false
  throw new InputError(`invalid value "${value}" for --${name}: want true or false`)
}

/** Parses a non-negative decimal integer flag into a bigint (uint64 range). */
export function parseUint64(name: string, value: string): bigint {
  if (!/^[0-9]{1,20}$/.test(value))
    throw new InputError(`invalid value "${value}" for --${name}: want a whole number`)
  const n = BigInt(value)
  if (n > 0xffffffffffffffffn)
    throw new InputError(`invalid value "${value}" for --${name}: larger than uint64`)
  return n
}

/** Renders the flag table of a command's --help. */
export function flagHelp(specs: readonly FlagSpec[]): string {
  const rows = specs.map((s) => {
    const names = `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.kind === 'string' ? ' <value>' : ''}`
    const def = s.defaultText ? ` (default ${s.defaultText})` : ''
    return [names, `${s.help}${def}`] as const
  })
  const width = Math.max(...rows.map(([n]) => n.length)) + 2
  return rows.map(([n, h]) => `  ${n.padEnd(width)}${h}`).join('\n')
}

/** The one snapshot path a `snapshot …` command takes. */
export function snapshotArgument(parsed: ParsedFlags, command: string): string {
  if (parsed.positionals.length !== 1) {
    throw new InputError(
      `${command} needs exactly one snapshot path argument, got ${parsed.positionals.length}`
    )
  }
  return parsed.positionals[0] as string
}

/** The -w/--write-out value, checked against what the command can print. */
export function writeOut<T extends string>(parsed: ParsedFlags, allowed: readonly T[]): T {
  const format = parsed.strings.get('write-out') ?? allowed[0]
  if (!allowed.includes(format as T)) {
    const choices = `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`
    throw new InputError(`unsupported output format "${format}": want ${choices}`)
  }
  return format as T
}
