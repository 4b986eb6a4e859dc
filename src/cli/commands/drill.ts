import { InputError, VerificationError } from '../../lib/errors.js'
import { parseDuration } from '../../lib/drill/age.js'
import { renderDrillMarkdown, type DrillReport } from '../../lib/drill/report.js'
import { runDrill } from '../../lib/drill/run.js'
import { writeReportFile } from '../../lib/report-file.js'
import { flagHelp, parseFlags, writeOut, type FlagSpec } from '../flags.js'
import { stderrLogger } from '../logger.js'
import { textTable } from '../render.js'
import type { Command } from './command.js'
import {
  encryptionConfigFlag,
  kubernetesOptions,
  kubernetesPrefixFlag
} from './kubernetes-flags.js'
import { restoreFlags, restoreOptionsFromFlags } from './restore.js'
import { DEFAULT_ETCD_MIRROR } from '../../lib/etcd-release/releases.js'
import { releaseEtcdPath } from '../../lib/etcd-release/cli.js'

const FORMATS = ['simple', 'json', 'markdown'] as const

const flags: FlagSpec[] = [
  {
    name: 'out-dir',
    kind: 'string',
    help: 'restore every member of --initial-cluster, each into <out-dir>/<name> (required)'
  },
  {
    name: 'members',
    kind: 'string',
    help: 'comma-separated names to produce (the drill then boots a loopback twin of the whole cluster)',
    defaultText: 'all'
  },
  {
    name: 'wal-dir',
    kind: 'string',
    help: "separate WAL folder root: each member's WAL goes to <wal-dir>/<name>"
  },
  {
    name: 'etcd-path',
    kind: 'string',
    help: 'etcd server binary to boot the restored cluster with',
    defaultText: 'etcd on PATH'
  },
  {
    name: 'etcd-version',
    kind: 'string',
    help: "boot the official etcd release X.Y.Z (or auto: the newest known patch of the snapshot's cluster version line), downloaded, sha256-verified and cached under $XDG_CACHE_HOME/etcd-restore"
  },
  {
    name: 'etcd-mirror',
    kind: 'string',
    help: 'base URL of the etcd release files (<mirror>/v<V>/etcd-v<V>-linux-<arch>.tar.gz, <mirror>/v<V>/SHA256SUMS)',
    defaultText: DEFAULT_ETCD_MIRROR
  },
  {
    name: 'etcd-sha256',
    kind: 'string',
    help: 'expected sha256 of the --etcd-version tarball (then SHA256SUMS is not fetched)'
  },
  {
    name: 'max-age',
    kind: 'string',
    help: 'fail when the snapshot file is older than this (e.g. 26h, 90m, 1h30m, 7d)'
  },
  {
    name: 'user',
    kind: 'string',
    help: 'name[:password] to log in with when the snapshot has auth enabled (as etcdctl; or ETCDCTL_USER); without, the drill boots its copies with auth off'
  },
  {
    name: 'password',
    kind: 'string',
    help: 'password for --user (then --user is the whole name; or ETCDCTL_PASSWORD)'
  },
  {
    name: 'drill-timeout',
    kind: 'string',
    help: 'per boot (the first and the restart): every member healthy under one leader within this time (e.g. 90s, 5m)',
    defaultText: '60s + 10s per GB of db'
  },
  { name: 'report', kind: 'string', help: 'also write the JSON drill report to this file' },
  {
    name: 'write-out',
    short: 'w',
    kind: 'string',
    help: `output format: ${FORMATS.join(', ')}`,
    defaultText: 'simple'
  },
  encryptionConfigFlag,
  kubernetesPrefixFlag,
  ...restoreFlags
]

const help = `Proves a snapshot restores: restores every member into --out-dir, boots the result with a real
etcd on 127.0.0.1, and checks that it serves the snapshot's revision, HashKV (computed offline),
key count, members and cluster ID, takes a write and keeps it across a restart. The kubernetes
check fails on a value under /registry/ that does not decode or sits under another object's key,
and (with --encryption-config) on a secret the config cannot decrypt. With peer URLs
that are not http://127.0.0.1:<port> (the production case) the output is restored as asked and
a loopback twin of it is booted instead. Exit code 0 when every check passes, 5 when one fails.

Usage:
  etcd-restore drill <filename> --out-dir D --initial-cluster IC --initial-cluster-token T [flags]

Flags:
${flagHelp(flags)}
`

export const drillCommand: Command = {
  async run(argv) {
    const parsed = parseFlags(argv, flags)
    if (parsed.help) {
      process.stdout.write(help)
      return 0
    }
    if (!parsed.strings.has('out-dir'))
      throw new InputError('drill needs --out-dir (where the restored members go)')
    const format = writeOut(parsed, FORMATS)
    const maxAge = parsed.strings.get('max-age')
    const drillTimeout = parsed.strings.get('drill-timeout')
    const options = restoreOptionsFromFlags(parsed.positionals, parsed.strings, parsed.booleans)
    const kubernetes = await kubernetesOptions(parsed)
    const etcdPath =
      (await releaseEtcdPath(parsed.strings, options.snapshotPath, stderrLogger())) ??
      parsed.strings.get('etcd-path')
    const credentials = drillCredentials(parsed.strings, process.env)
    const report = await runDrill({
      ...options,
      ...kubernetes,
      ...(etcdPath === undefined ? {} : { etcdPath }),
      ...(credentials === undefined ? {} : { credentials }),
      ...(maxAge === undefined ? {} : { maxAgeMs: parseDuration(maxAge) }),
      ...(drillTimeout === undefined
        ? {}
        : { bootTimeoutMs: parseDuration(drillTimeout, '--drill-timeout') }),
      logger: stderrLogger()
    })
    const reportPath = parsed.strings.get('report')
    if (reportPath !== undefined) await writeReportFile(reportPath, report)
    process.stdout.write(
      format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'markdown'
          ? renderDrillMarkdown(report)
          : renderDrill(report)
    )
    if (!report.passed) {
      const failures = report.checks
        .filter((c) => !c.ok)
        .map((c) => `  ${c.name}: expected ${c.expected}, got ${c.actual}`)
      throw new VerificationError(`restore drill failed:\n${failures.join('\n')}`)
    }
    return 0
  }
}

/**
 * etcdctl's rules for --user/--password, without its prompt (a drill runs unattended): with
 * --password (or ETCDCTL_PASSWORD) the user is the whole --user value, else name:password. The
 * flags win over ETCDCTL_USER/ETCDCTL_PASSWORD.
 */
export function drillCredentials(
  strings: ReadonlyMap<string, string>,
  env: NodeJS.ProcessEnv
): { user: string; password: string } | undefined {
  const user = strings.get('user') ?? env.ETCDCTL_USER
  const password = strings.get('password') ?? env.ETCDCTL_PASSWORD
  if (user === undefined) {
    if (strings.has('password')) throw new InputError('--password needs --user')
    return undefined
  }
  if (password !== undefined) {
    if (user === '') throw new InputError('--user names no user')
    return { user, password }
  }
  const colon = user.indexOf(':')
  if (colon < 0) {
    throw new InputError(
      '--user has no password: give --user <name>:<password>, --password, or ETCDCTL_PASSWORD (a drill does not prompt)'
    )
  }
  if (colon === 0) throw new InputError('--user names no user before the ":"')
  return { user: user.slice(0, colon), password: user.slice(colon + 1) }
}

/** The simple table's width: the terminal's, or 100 columns when stdout is not a terminal. */
function outputWidth(): number {
  return process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 100
}

/** Lines of a check's result in the simple table; the JSON and Markdown reports keep it whole. */
const MAX_RESULT_LINES = 3

/**
 * Words of `text` in lines of at most `width` characters (a longer word is cut), at most
 * MAX_RESULT_LINES of them, the last ending in "…" when text was left out.
 */
export function wrapCell(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    let rest = word
    while (rest !== '') {
      const room = line === '' ? width : width - line.length - 1
      if (rest.length <= room) {
        line = line === '' ? rest : `${line} ${rest}`
        rest = ''
      } else if (line !== '' && (rest.length <= width || room < 8)) {
        lines.push(line)
        line = ''
      } else {
        // a word longer than a line: fill this one and go on with the rest of the word
        lines.push(line === '' ? rest.slice(0, room) : `${line} ${rest.slice(0, room)}`)
        line = ''
        rest = rest.slice(room)
      }
    }
  }
  if (line !== '') lines.push(line)
  if (lines.length <= MAX_RESULT_LINES) return lines
  const kept = lines.slice(0, MAX_RESULT_LINES)
  kept[MAX_RESULT_LINES - 1] = `${kept[MAX_RESULT_LINES - 1]!.slice(0, width - 1)}…`
  return kept
}

/** The human form: verdict, facts, one row per check (wrapped to `width`), timings. */
export function renderDrill(report: DrillReport, width = outputWidth()): string {
  const lines = [report.verdict, `age        ${report.age.message}`]
  if (report.snapshot !== null) {
    const s = report.snapshot
    lines.push(
      `snapshot   ${s.path}: revision ${s.revision}, compacted at ${s.compactRevision}` +
        (s.hashKV ? `, hashkv ${s.hashKV.hash}` : '')
    )
  }
  if (report.restore !== null) {
    lines.push(
      `restored   cluster ${report.restore.clusterId}: ${report.restore.members.map((m) => `${m.name} ${m.id} → ${m.dataDir}`).join(', ')}`
    )
  }
  if (report.twin !== undefined)
    lines.push(`twin       ${report.twin.reason}`, `           ${report.twin.note}`)
  if (report.etcd !== null) lines.push(`etcd       ${report.etcd.version} (${report.etcd.path})`)
  for (const note of report.notes) lines.push(`note       ${note}`)
  lines.push('')
  const nameWidth = Math.max(5, ...report.checks.map((c) => c.name.length))
  const msWidth = Math.max(2, ...report.checks.map((c) => String(c.ms).length))
  // ok/FAIL, name and ms columns, two spaces between columns; the result gets the rest
  const resultWidth = Math.max(20, width - (4 + nameWidth + msWidth + 3 * 2))
  let cut = false
  const rows = report.checks.flatMap((c) => {
    const result = c.ok ? c.actual : `${c.actual} (expected ${c.expected})`
    const wrapped = wrapCell(result, resultWidth)
    if (wrapped.at(-1)?.endsWith('…') === true && !result.endsWith('…')) cut = true
    return wrapped.map((line, i) =>
      i === 0 ? [c.ok ? 'ok' : 'FAIL', c.name, line, `${c.ms}`] : ['', '', line, '']
    )
  })
  lines.push(textTable(['', 'CHECK', 'RESULT', 'MS'], rows))
  if (cut) lines.push('(results cut to fit: the whole text is in --report and -w json/markdown)')
  lines.push(
    `timings    ${Object.entries(report.durationsMs)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(', ')}`
  )
  return lines.join('\n').replace(/\n*$/, '\n')
}
