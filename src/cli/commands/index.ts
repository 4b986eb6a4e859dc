/**
 * Every command: the words that select it and its summary, here; its code is loaded only when it
 * runs. (A CLI run pays to load every module it imports: the drill's alone cost ~40 ms of a
 * restore's start.)
 */

import { prewarmHashWorker } from '../../lib/snapshot/hash-worker.js'
import type { Command } from './command.js'

/**
 * Whether a restore with these flags may compact its snapshot in place, the case that hashes it
 * in a worker thread: unless --defrag never (or help). `auto` decides only once its code has
 * loaded and its estimate of the free pages is read (~0.15 s in); a worker booted then put its
 * boot (~0.1 s) and the whole hash on the restore's critical path (churned 250 MB: 0.69 s against
 * a 0.42 s floor). Booted at start, it loads beside our code and hashes the snapshot at once
 * (snapshotGuess); a restore that copies takes that digest when it is ready or the db is small
 * (restore/index.ts, WORKER_DIGEST_MAX_BYTES), else stops it unused (releaseSpareHashWorker) and
 * hashes as it reads, cheaper than waiting for the worker's second read of a large file.
 */
function mayHashInWorker(argv: string[]): boolean {
  return defragOf(argv) !== 'never' && !asksForHelp(argv)
}

/** The last --defrag given (as parseFlags takes it), or undefined. */
function defragOf(argv: string[]): string | undefined {
  let defrag: string | undefined
  argv.forEach((arg, i) => {
    if (arg === '--defrag') defrag = argv[i + 1]
    else if (arg.startsWith('--defrag=')) defrag = arg.slice('--defrag='.length)
  })
  return defrag
}

/** Flags of `snapshot restore` that take no value (the others take the next word). */
const RESTORE_BOOLEANS = new Set([
  '--skip-hash-check',
  '--mark-compacted',
  '--inventory',
  '--help',
  '-h'
])

/**
 * The restore's snapshot argument as its flags will parse (the first word that is no flag nor a
 * flag's value), for the prewarmed worker to hash at once. A wrong guess costs only that early
 * pass: the worker's digest is taken only for the file the restore then reads (hash-worker.ts).
 */
function snapshotGuess(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') return argv[i + 1]
    if (!arg.startsWith('-') || arg === '-') return arg
    if (!arg.includes('=') && !RESTORE_BOOLEANS.has(arg)) i++ // its value
  }
  return undefined
}

function asksForHelp(argv: string[]): boolean {
  return argv.includes('--help') || argv.includes('-h')
}

export type { Command } from './command.js'

export interface CommandEntry {
  /** Words that select the command, e.g. ['snapshot', 'restore']. */
  path: string[]
  summary: string
  load(): Promise<Command>
  /** Work to start before the code loads (the restore boots its hash worker meanwhile). */
  prepare?(argv: string[]): void
}

export const commands: CommandEntry[] = [
  {
    path: ['snapshot', 'restore'],
    summary: 'restore data-dirs from a snapshot',
    load: async () => (await import('./restore.js')).restoreCommand,
    prepare: (argv) => {
      if (mayHashInWorker(argv)) prewarmHashWorker(snapshotGuess(argv))
    }
  },
  {
    path: ['snapshot', 'status'],
    summary: 'show what a snapshot holds (etcdctl-compatible numbers and more)',
    load: async () => (await import('./status.js')).statusCommand,
    // the snapshot's sha256 is computed in a worker thread beside the status sweep
    prepare: (argv) => {
      if (!asksForHelp(argv)) prewarmHashWorker()
    }
  },
  {
    path: ['snapshot', 'hashkv'],
    summary: "compute etcd's HashKV offline",
    load: async () => (await import('./hashkv.js')).hashkvCommand
  },
  {
    path: ['drill'],
    summary: 'restore, boot with real etcd and verify (a restore drill)',
    load: async () => (await import('./drill.js')).drillCommand
  },
  {
    path: ['snapshot', 'inventory'],
    summary: 'count keys by Kubernetes kind, prefix and namespace',
    load: async () => (await import('./inventory.js')).inventoryCommand
  },
  {
    path: ['snapshot', 'diff'],
    summary: 'compare two backups by kind and prefix; fail on lost content',
    load: async () => (await import('./diff.js')).diffCommand
  }
]
