import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Writes a JSON report (restore, action or drill report) atomically (temp file + rename), so a
 * reader never sees half of it.
 */
export async function writeReportFile(path: string, report: object): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.tmp-${process.pid}`
  await writeFile(tmp, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o644 })
  await rename(tmp, path)
}
