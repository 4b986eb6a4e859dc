/**
 * Every command: the words that select it and its summary, here; its code is loaded only when it
 * runs. (A CLI run pays to load every module it imports: the drill's alone cost ~40 ms of a
 * restore's start.)
 */

import { prewarmHashWorker } from '../../lib/snapshot/hash-worker.js'
import type { Command } from './command.js'

/**
 * Whether a restore with these flags may compact its snapshot in place, the case that hashes it
 * in a worker thread: not with --defrag never, nor for help (a compressed snapshot is found out
 * later; its spare worker then just exits with the process).
 */
function mayHashInWorker(argv: string[]): boolean {
  const never = argv.some(
    (arg, i) => arg === '--defrag=never' || (arg === '--defrag' && argv[i + 1] === 'never')
  )
  return !never && !asksForHelp(argv)
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
