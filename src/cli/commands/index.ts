/**
 * Every command: the words that select it and its summary, here; its code is loaded only when it
 * runs. (A CLI run pays to load every module it imports: the drill's alone cost ~40 ms of a
 * restore's start.)
 */

import { prewarmHashWorker } from '../../lib/snapshot/hash-worker.js'
import type { Command } from './command.js'

/**
 * Whether a restore with these flags will compact its snapshot in place, the case that hashes it
 * in a worker thread: with --defrag always (not for help). `auto` boots its worker only once its
 * estimate of the free pages says to compact (the worker then boots beside the compacting sweep):
 * a dense snapshot, copied, would pay a spare worker's start (~8 MB, measured 1.05-1.2x the CPU
 * of --defrag never on a dense 200 MB snapshot) for nothing.
 */
function mayHashInWorker(argv: string[]): boolean {
  const always = argv.some(
    (arg, i) => arg === '--defrag=always' || (arg === '--defrag' && argv[i + 1] === 'always')
  )
  return always && !asksForHelp(argv)
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
      if (mayHashInWorker(argv)) prewarmHashWorker()
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
