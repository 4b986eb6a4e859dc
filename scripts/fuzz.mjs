// `npm run fuzz [-- --cases N --seed S --time-limit MS --save-dir DIR]`: bundles the fuzzer
// (test/corpus/fuzz-entry.ts) with ncc into a temp folder and runs it; exit code 1 on a crash or hang.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'etcd-restore-fuzz-build-'))
let status = 2
try {
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      'test/corpus/fuzz-entry.ts',
      '-o',
      dir,
      '--quiet',
      '--transpile-only'
    ],
    { stdio: 'inherit' }
  )
  const run = spawnSync(process.execPath, [join(dir, 'index.js'), ...process.argv.slice(2)], {
    stdio: 'inherit'
  })
  status = run.status ?? 2
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.exit(status)
