import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Small tmpfs mounts under `root` for the disk tests (the tests run as root). `canMount` says
 * whether mounting works here; where it is refused the file says so loudly, once.
 */
export class TmpfsMounts {
  readonly canMount: boolean
  private readonly mounts: string[] = []

  constructor(
    private readonly root: string,
    testFile: string
  ) {
    this.canMount = this.tmpfs('64k') !== undefined
    this.unmountAll()
    if (!this.canMount)
      console.warn(
        `SKIPPED ${testFile}: cannot mount a tmpfs here (needs root); its disk tests did not run`
      )
  }

  /** A fresh tmpfs of `size` (mount's syntax: 1m, 512k); undefined where mounting is refused. */
  tmpfs(size: string): string | undefined {
    const dir = mkdtempSync(join(this.root, 'fs-'))
    const run = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir])
    if (run.status !== 0) return undefined
    this.mounts.push(dir)
    return dir
  }

  /** A fresh tmpfs of `size`, or a thrown error. */
  mount(size: string): string {
    const dir = this.tmpfs(size)
    if (dir === undefined) throw new Error(`mount -t tmpfs -o size=${size} failed`)
    return dir
  }

  unmountAll(): void {
    for (const dir of this.mounts.splice(0)) spawnSync('umount', [dir])
  }
}
