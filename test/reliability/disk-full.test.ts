/**
 * A full disk is the restore target's problem, never the snapshot's: the CLI must say so (exit 4,
 * one line), leave nothing on the full filesystem and never call a good snapshot corrupt. Needs a
 * small tmpfs, so it runs as root with mount rights and skips loudly otherwise.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ExitCode } from '../../src/lib/errors.js'
import { buildCliBundle, failureProblem, runCli, sha256File } from '../corpus/cli-harness.js'

const CLUSTER = 'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:2381,m3=http://127.0.0.1:2382'
const snapshot = new URL('../fixtures/tiny-snapshot.db', import.meta.url).pathname

let root: string
let mountPoint: string
let mounted = false
let bundle: string

/** (Re)mounts a tmpfs of `size` on the mount point; false when this machine does not allow it. */
function tmpfs(size: string): boolean {
  try {
    const options = mounted ? `remount,size=${size}` : `size=${size}`
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', mountPoint], { stdio: 'ignore' })
    mounted = true
    return true
  } catch {
    return false
  }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'disk-full-'))
  mountPoint = mkdtempSync(join(tmpdir(), 'disk-full-mnt-'))
  if (!tmpfs('400k')) {
    console.warn('\n*** disk-full tests skipped: cannot mount a tmpfs here (needs root) ***\n')
  }
  bundle = await buildCliBundle(join(root, 'cli'))
})
afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint])
  rmSync(mountPoint, { recursive: true, force: true })
  rmSync(root, { recursive: true, force: true })
})

async function restoreOnto(size: string, members: string): Promise<string | null> {
  for (const name of readdirSync(mountPoint)) rmSync(join(mountPoint, name), { recursive: true })
  if (!tmpfs(size)) return 'skip'
  const sha = sha256File(snapshot)
  const args = ['snapshot', 'restore', snapshot, '--out-dir', join(mountPoint, 'o')]
  // the check before the first write would refuse it: skipped, so the disk fills mid-write
  const run = await runCli(bundle, [...args, '--initial-cluster', members], {
    cwd: root,
    env: { ETCD_RESTORE_DISK_CHECK: 'off' }
  })
  const problem = failureProblem(run, /disk full: /)
  if (problem !== null) return problem
  if (run.code !== ExitCode.disk) return `exit code ${run.code}`
  const left = readdirSync(mountPoint)
  if (left.length > 0) return `left on the full disk: ${left.join(', ')}`
  return sha256File(snapshot) === sha ? null : 'snapshot changed'
}

describe('restore onto a full disk', () => {
  it('blames the disk, not the snapshot, when the staging copy does not fit', async (context) => {
    const problem = await restoreOnto('400k', 'm1=http://127.0.0.1:2380')
    if (problem === 'skip') return context.skip()
    expect(problem).toBeNull()
  })

  it('reports a target error when the member data-dirs do not fit', async (context) => {
    const problem = await restoreOnto('1400k', CLUSTER)
    if (problem === 'skip') return context.skip()
    expect(problem).toBeNull()
  })
})
