import { lstatSync, readdirSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'

export interface FileEntry {
  /** Path relative to the member's data-dir (WAL files outside it keep their absolute path). */
  path: string
  bytes: number
  /** Octal permission bits, e.g. "0600". */
  mode: string
}

/** Lists a restored member's folders and files with sizes and modes, for the report. */
export function describeFiles(dataDir: string, walDir?: string): FileEntry[] {
  const out: FileEntry[] = []
  walk(dataDir, dataDir, out)
  if (walDir !== undefined) {
    const inside = relative(resolve(dataDir), resolve(walDir))
    // A WAL folder inside the data-dir was listed by the walk above.
    if (inside.startsWith('..') || isAbsolute(inside)) walk(resolve(walDir), undefined, out)
  }
  return out
}

/** `base` undefined: absolute paths (a --wal-dir outside the data-dir). */
function walk(dir: string, base: string | undefined, out: FileEntry[]): void {
  const show = (path: string) => (base === undefined ? path : relative(base, path))
  const stat = lstatSync(dir)
  out.push({ path: `${show(dir) || '.'}/`, bytes: 0, mode: octal(stat.mode) })
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    const entry = lstatSync(path)
    if (entry.isDirectory()) walk(path, base, out)
    else out.push({ path: show(path), bytes: entry.size, mode: octal(entry.mode) })
  }
}

function octal(mode: number): string {
  return `0${(mode & 0o777).toString(8)}`
}
