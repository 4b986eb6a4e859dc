// Builds the two committed bundles: dist/index.js (the action; the modules it import()s, such as
// the drill and @actions/cache, are chunks beside it: dist/<id>.index.js) and dist/cli/index.js (the CLI).
// ncc is deterministic for a locked dependency tree, so check-dist can compare byte for byte.
// The action's bundled @actions/artifact gets its upload's read and block sizes rewritten, and
// takes a stream to upload in place of a file (scripts/patch-artifact-upload.mjs, issue 26; the
// CLI does not bundle it). Then terser compacts
// every file (scripts/compact-bundle.mjs: ASCII only, no comments, issue 26).
// No --transpile-only: it makes ncc emit require() for the ESM-only @actions/* packages.
import { execFileSync } from 'node:child_process'
import { rmSync, existsSync } from 'node:fs'
import { compactDir } from './compact-bundle.mjs'
import { patchDir } from './patch-artifact-upload.mjs'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit' })

if (existsSync('scripts/gen-proto.mjs')) run(['scripts/gen-proto.mjs'])
rmSync('dist', { recursive: true, force: true })
run([ncc, 'build', 'src/action/index.ts', '-o', 'dist', '--license', 'licenses.txt', '--quiet'])
run([ncc, 'build', 'src/cli/index.ts', '-o', 'dist/cli', '--quiet'])
await patchDir('dist')
await compactDir('dist')
await compactDir('dist/cli')
