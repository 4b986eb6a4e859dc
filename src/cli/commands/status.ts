import { inspectSnapshotFile } from '../../lib/snapshot/inspect.js'
import { snapshotStatus } from '../../lib/backend/status.js'
import { hashKVAlongside } from '../../lib/backend/hashkv-stream.js'
import { inventoryWithinBound } from '../../lib/inventory/inventory.js'
import { compactedSize } from '../../lib/bolt/compact/compact.js'
import { chooseDbPath } from '../../lib/restore/db.js'
import { describeDb } from '../../lib/format.js'
import { flagHelp, parseFlags, snapshotArgument, writeOut, type FlagSpec } from '../flags.js'
import { etcdTable, humanizeBytes } from '../etcd-table.js'
import { textTable } from '../render.js'
import type { Command } from './command.js'
import {
  ETCD_COMPATS,
  compatStatus,
  countsUserKeys,
  type EtcdCompat
} from '../../lib/backend/status-compat.js'
import { InputError } from '../../lib/errors.js'

const flags: FlagSpec[] = [
  {
    name: 'write-out',
    short: 'w',
    kind: 'string',
    help: 'output format: simple, table or json',
    defaultText: 'simple'
  },
  {
    name: 'etcd-compat',
    kind: 'string',
    help: `whose hash, revision, totalKey, totalSize (and version) to print: ${ETCD_COMPATS.join(', ')} (3.4/3.5: totalKey counts every bucket entry; 3.6/3.7: live user keys, plus the storage version)`,
    defaultText: '3.5'
  }
]

const help = `Gets the status of a snapshot file: etcdctl's hash, revision, total keys and total size,
plus compaction, leases, auth, versions, the sha256 trailer verdict and the offline hashkv.

Usage:
  etcd-restore snapshot status <filename> [-w simple|table|json] [--etcd-compat 3.4|3.5|3.6|3.7]

Flags:
${flagHelp(flags)}
`

export const statusCommand: Command = {
  async run(argv) {
    const parsed = parseFlags(argv, flags)
    if (parsed.help) {
      process.stdout.write(help)
      return 0
    }
    const format = writeOut(parsed, ['simple', 'table', 'json'] as const)
    const compat = etcdCompat(parsed.strings.get('etcd-compat'))
    const path = snapshotArgument(parsed, 'snapshot status')
    const read = await readStatus(path, format === 'json', compat)
    const etcdctl = compatStatus(read.status, compat)
    if (format === 'json') {
      process.stdout.write(`${JSON.stringify(statusJson(etcdctl, read))}\n`)
      return 0
    }
    const cells = [
      read.status.hash.toString(16),
      `${etcdctl.revision}`,
      `${etcdctl.totalKey}`,
      humanizeBytes(etcdctl.totalSize)
    ]
    if (etcdctl.version !== undefined) cells.push(etcdctl.version)
    if (format === 'simple') {
      process.stdout.write(`${cells.join(', ')}\n`)
      return 0
    }
    const header = ['HASH', 'REVISION', 'TOTAL KEYS', 'TOTAL SIZE']
    if (etcdctl.version !== undefined) header.push('VERSION')
    // etcdutl 3.7 prints with tablewriter v1 (box drawing), the others with v0.0.5
    process.stdout.write(etcdTable(header, [cells], compat === '3.7' ? 'light' : 'ascii'))
    process.stdout.write(textTable(['DETAIL', 'VALUE'], detailRows(read)))
    return 0
  }
}

/** One sweep over the snapshot: the status, HashKV, the restored db's size and (json) the inventory. */
async function readStatus(path: string, withInventory: boolean, compat: EtcdCompat) {
  const { value, file } = await inspectSnapshotFile(path, (db, check) => {
    // HashKV rides along the status sweep (one-pass rule, hashkv-stream.ts)
    const hashing = hashKVAlongside(db)
    const status = snapshotStatus(db, {
      // etcdutl 3.6+ count keys with a set of them, as this does
      ...(countsUserKeys(compat) ? { maxTrackedKeys: Infinity } : {}),
      keyEntries: hashing.entry
    })
    return {
      status,
      kv: hashing.result(),
      // what a restore's member db would be (before its small edit)
      db: {
        mode: chooseDbPath('auto', check),
        sourceSize: check.dbSize,
        restoredSize: compactedSize(db),
        pages: check.hwm,
        freePages: check.freePages,
        freePercent: Math.round((100 * check.freePages) / check.hwm)
      },
      // only -w json prints it: the other formats keep etcdctl's cost
      inventory: withInventory ? inventoryWithinBound(db) : undefined
    }
  })
  return { ...value, file }
}

type StatusRead = Awaited<ReturnType<typeof readStatus>>

/** `-w json`: etcdctl's fields (as `compat` has them), then the rest. */
function statusJson(etcdctl: ReturnType<typeof compatStatus>, read: StatusRead) {
  const { status, kv, db, file, inventory } = read
  return {
    ...etcdctl,
    compactRevision: status.compactRevision,
    scheduledCompactRevision: status.scheduledCompactRevision,
    keyRevisions: status.keyRevisions,
    tombstones: status.tombstones,
    liveKeys: status.liveKeys ?? null,
    hashKV: {
      hash: kv.hash,
      hashRevision: kv.hashRevision,
      compactRevision: kv.compactRevision
    },
    leases: status.leases,
    auth: { enabled: status.auth.enabled, users: status.auth.users, roles: status.auth.roles },
    consistentIndex: status.consistentIndex?.toString() ?? null,
    term: status.term?.toString() ?? null,
    storageVersion: status.storageVersion ?? null,
    clusterVersion: status.clusterVersion ?? null,
    members: status.members,
    pageSize: status.pageSize,
    db: {
      size: db.sourceSize,
      pages: db.pages,
      freePages: db.freePages,
      freePercent: db.freePercent,
      compactedSize: db.restoredSize,
      defragAuto: db.mode
    },
    file: {
      size: file.fileSize,
      compression: file.compression,
      dbSize: file.dbSize,
      sha256: file.sha256,
      trailer: file.trailer
    },
    inventory: inventory ?? null
  }
}

/** The table format's second table: what etcdctl does not print. */
function detailRows(read: StatusRead): string[][] {
  const { status, kv, db, file } = read
  const trailer = {
    valid: 'valid',
    mismatch: 'MISMATCH (corrupt)',
    absent: 'absent (raw db copy?)'
  }[file.trailer]
  return [
    ['compact revision', `${status.compactRevision}`],
    ['key revisions', `${status.keyRevisions} (${status.tombstones} tombstones)`],
    [
      'live keys',
      status.liveKeys === undefined ? 'unknown (too many to count)' : `${status.liveKeys}`
    ],
    ['hashkv', `${kv.hash} at revision ${kv.hashRevision}`],
    ['leases', `${status.leases.count}`],
    [
      'auth',
      `${status.auth.enabled ? 'enabled' : 'disabled'}; users: ${status.auth.users.join(', ') || '-'}; roles: ${status.auth.roles.join(', ') || '-'}`
    ],
    ['source members', status.members.join(', ') || '-'],
    ['cluster version', status.clusterVersion ?? '-'],
    ['storage version', status.storageVersion ?? '-'],
    ['sha256', `${file.sha256} (trailer ${trailer})`],
    [
      'restored db',
      `${describeDb({ ...db, mode: 'compact' })}${db.mode === 'compact' ? '' : ' with --defrag always (auto copies it)'}`
    ]
  ]
}

function etcdCompat(value: string | undefined): EtcdCompat {
  if (value === undefined) return '3.5'
  if (!(ETCD_COMPATS as readonly string[]).includes(value)) {
    throw new InputError(`invalid --etcd-compat "${value}": want one of ${ETCD_COMPATS.join(', ')}`)
  }
  return value as EtcdCompat
}
