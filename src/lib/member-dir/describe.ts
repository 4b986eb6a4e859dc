import { lstatSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

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
  if (walDir !== undefined) walk(walDir, dataDir, out)
  return out
}

function walk(dir: string, base: string, out: FileEntry[]): void {
  const stat = lstatSync(dir)
  out.push({ path: `${relative(base, dir) || '.'}/`, bytes: 0, mode: octal(stat.mode) })
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    const entry = lstatSync(path)
    if (entry.isDirectory()) walk(path, base, out)
    else out.push({ path: relative(base, path), bytes: entry.size, mode: octal(entry.mode) })
  }
}

function octal(mode: number): string {
  return `0${(mode & 0o777).toString(8)}`
}
