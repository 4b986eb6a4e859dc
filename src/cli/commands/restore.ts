import { InputError } from '../../lib/errors.js'
import {
  DEFAULTS,
  DEFRAG_MODES,
  TARGET_VERSIONS,
  type Defrag,
  type RestoreOptions,
  type TargetVersion
} from '../../lib/options.js'
import { restore } from '../../lib/restore/index.js'
import { flagHelp, parseFlags, parseUint64, writeOut, type FlagSpec } from '../flags.js'
import { stderrLogger } from '../logger.js'
import { renderRestoreReport } from '../render.js'
import { writeReportFile } from '../../lib/report-file.js'
import type { Command } from './command.js'
import {
  encryptionConfigFlag,
  kubernetesOptions,
  kubernetesPrefixFlag
} from './kubernetes-flags.js'

/** Flags of every command that restores: the target cluster and what the restore changes. */
export const restoreFlags: FlagSpec[] = [
  {
    name: 'initial-cluster',
    kind: 'string',
    help: 'initial cluster configuration for restore bootstrap',
    defaultText: DEFAULTS.initialCluster
  },
  {
    name: 'initial-cluster-token',
    kind: 'string',
    help: 'initial cluster token for the etcd cluster during restore bootstrap',
    defaultText: DEFAULTS.initialClusterToken
  },
  {
    name: 'skip-hash-check',
    kind: 'boolean',
    help: 'ignore the snapshot integrity hash (needed for a db copied from a data directory)'
  },
  {
    name: 'bump-revision',
    kind: 'string',
    help: 'how much to increase the latest revision after restore',
    defaultText: '0'
  },
  {
    name: 'mark-compacted',
    kind: 'boolean',
    help: 'mark the latest revision after restore as the point of scheduled compaction (required with --bump-revision > 0)'
  },
  {
    name: 'target-version',
    kind: 'string',
    help: `data-dir format: ${TARGET_VERSIONS.join(', ')} (3.4 = byte-identical to etcdctl 3.4; 3.5 boots 3.4, 3.5 and 3.6; 3.6/3.7 = etcdutl 3.6.14/3.7.1)`,
    defaultText: DEFAULTS.targetVersion
  },
  {
    name: 'defrag',
    kind: 'string',
    help: 'write the member dbs without the free pages: auto (when >= 20% of the pages are free), always or never',
    defaultText: 'auto'
  }
]

const flags: FlagSpec[] = [
  {
    name: 'name',
    kind: 'string',
    help: 'human-readable name of the member to restore',
    defaultText: DEFAULTS.name
  },
  {
    name: 'data-dir',
    kind: 'string',
    help: 'path to the data directory',
    defaultText: '<name>.etcd'
  },
  {
    name: 'wal-dir',
    kind: 'string',
    help: 'path to the WAL directory (with --out-dir: one folder per member under it)',
    defaultText: '<data-dir>/member/wal'
  },
  {
    name: 'out-dir',
    kind: 'string',
    help: 'restore every member of --initial-cluster, each into <out-dir>/<name>, from one verified read'
  },
  {
    name: 'members',
    kind: 'string',
    help: 'with --out-dir: comma-separated names to produce',
    defaultText: 'all'
  },
  {
    name: 'initial-advertise-peer-urls',
    kind: 'string',
    help: "list of this member's peer URLs to advertise",
    defaultText: DEFAULTS.initialAdvertisePeerUrls
  },
  { name: 'report', kind: 'string', help: 'also write the JSON report to this file' },
  {
    name: 'inventory',
    kind: 'boolean',
    help: "add the snapshot's inventory (kinds, prefixes, namespaces) to the report"
  },
  { ...encryptionConfigFlag, help: `with --inventory: ${encryptionConfigFlag.help}` },
  { ...kubernetesPrefixFlag, help: `with --inventory: ${kubernetesPrefixFlag.help}` },
  {
    name: 'write-out',
    short: 'w',
    kind: 'string',
    help: 'output format: simple or json',
    defaultText: 'simple'
  },
  {
    name: 'initial-memory-map-size',
    kind: 'string',
    help: 'accepted for etcdutl compatibility; has no effect'
  },
  ...restoreFlags
]

const help = `Restores an etcd member snapshot to an etcd directory (etcdutl-compatible), or with --out-dir
every member of the cluster from one verified read.

Usage:
  etcd-restore snapshot restore <filename> [--name N] [--data-dir D] [--wal-dir W] [flags]
  etcd-restore snapshot restore <filename> --out-dir D --initial-cluster IC --initial-cluster-token T [flags]

<filename> may be gzip- or zstd-compressed (detected from its first bytes); it is never modified.

Flags:
${flagHelp(flags)}
`

export const restoreCommand: Command = {
  async run(argv) {
    const parsed = parseFlags(argv, flags)
    if (parsed.help) {
      process.stdout.write(help)
      return 0
    }
    const options = restoreOptionsFromFlags(parsed.positionals, parsed.strings, parsed.booleans)
    const format = writeOut(parsed, ['simple', 'json'] as const)
    const computeInventory = parsed.booleans.get('inventory') === true
    const kubernetes = await kubernetesOptions(parsed)
    if (!computeInventory && Object.keys(kubernetes).length > 0)
      throw new InputError('--encryption-config and --kubernetes-prefix need --inventory')
    const report = await restore({
      ...options,
      computeInventory,
      ...kubernetes,
      logger: stderrLogger()
    })
    const reportPath = parsed.strings.get('report')
    if (reportPath) await writeReportFile(reportPath, report)
    process.stdout.write(
      format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderRestoreReport(report)
    )
    return 0
  }
}

/** Builds RestoreOptions from parsed flags, with etcdutl's defaults and cross-checks. */
export function restoreOptionsFromFlags(
  positionals: string[],
  strings: Map<string, string>,
  booleans: Map<string, boolean>
): RestoreOptions {
  if (positionals.length !== 1) {
    throw new InputError(
      `snapshot restore needs exactly one snapshot path argument, got ${positionals.length}`
    )
  }
  const bumpRevision = parseUint64('bump-revision', strings.get('bump-revision') ?? '0')
  const markCompacted = booleans.get('mark-compacted') ?? false
  const targetVersion = (strings.get('target-version') ?? DEFAULTS.targetVersion) as TargetVersion
  if (!TARGET_VERSIONS.includes(targetVersion)) {
    throw new InputError(
      `invalid --target-version "${targetVersion}": want one of ${TARGET_VERSIONS.join(', ')}`
    )
  }
  const defrag = (strings.get('defrag') ?? 'auto') as Defrag
  if (!DEFRAG_MODES.includes(defrag)) {
    throw new InputError(`invalid --defrag "${defrag}": want one of ${DEFRAG_MODES.join(', ')}`)
  }
  const outDir = strings.get('out-dir')
  const name = strings.get('name')
  let target: RestoreOptions['target']
  if (outDir !== undefined) {
    for (const single of ['name', 'data-dir', 'initial-advertise-peer-urls']) {
      if (strings.has(single))
        throw new InputError(
          `--${single} cannot be combined with --out-dir (every member is restored under it)`
        )
    }
    const members = strings.get('members')
    target = {
      kind: 'all',
      outDir,
      members:
        members === undefined || members === 'all'
          ? undefined
          : members.split(',').filter((m) => m !== ''),
      walDir: strings.get('wal-dir')
    }
  } else {
    if (strings.has('members')) throw new InputError('--members needs --out-dir')
    const memberName = name ?? DEFAULTS.name
    target = {
      kind: 'single',
      name: memberName,
      dataDir: strings.get('data-dir') ?? `${memberName}.etcd`,
      walDir: strings.get('wal-dir'),
      initialAdvertisePeerUrls:
        strings.get('initial-advertise-peer-urls') ?? DEFAULTS.initialAdvertisePeerUrls
    }
  }
  return {
    snapshotPath: positionals[0] as string,
    skipHashCheck: booleans.get('skip-hash-check') ?? false,
    initialCluster: strings.get('initial-cluster') ?? DEFAULTS.initialCluster,
    initialClusterToken: strings.get('initial-cluster-token') ?? DEFAULTS.initialClusterToken,
    target,
    bumpRevision,
    markCompacted,
    targetVersion,
    defrag
  }
}
