import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { diskFull } from './errors.js'

/**
 * Writes a JSON report (restore, action or drill report) atomically (temp file + rename), so a
 * reader never sees half of it; a failed write leaves no temp file (`disk full: <path>` when
 * for want of space).
 */
export async function writeReportFile(path: string, report: object): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.tmp-${process.pid}`
  try {
    await writeFile(tmp, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o644 })
    await rename(tmp, path)
  } catch (error) {
    await rm(tmp, { force: true })
    throw diskFull(error, path)
  }
}
