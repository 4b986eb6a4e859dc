// Runs the whole Vitest suite and ends with one plain closing line ("N passed, N failed, N skipped"),
// which CI reads; extra arguments go to vitest (e.g. a file filter).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'etcd-restore-test-'))
const out = join(dir, 'results.json')
const vitest = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...process.argv.slice(2)
  ],
  { stdio: 'inherit' }
)
let summary = 'tests: 0 passed, 1 failed (vitest wrote no results)'
try {
  const r = JSON.parse(readFileSync(out, 'utf8'))
  const skipped = r.numPendingTests + r.numTodoTests
  summary = `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`
  const unrun = r.testResults.filter(
    (t) => t.status === 'failed' && t.assertionResults.length === 0
  )
  if (unrun.length > 0) summary += ` (${unrun.length} test files failed to run)`
} catch {
  // keep the failure line above
}
rmSync(dir, { recursive: true, force: true })
console.log(summary)
process.exit(vitest.status ?? 1)
