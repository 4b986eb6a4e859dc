// The bundles' code as Node keeps it in memory, smaller (issue 26). Node holds every loaded
// module's source text for the process's life (V8 parses functions lazily, and
// Function.prototype.toString returns it), and one character above U+00FF makes V8 store a
// whole source as two bytes a character: the action's main chunk (5.6 MB, 3,382 such characters
// in its dependencies' strings, regexes and comments) cost 11 MB. terser rewrites each file with
// every non-ASCII character escaped (same values), no comments and no indentation; it neither
// compresses nor mangles (names stay: stack traces stay readable). A file that still holds a
// non-ASCII character (a tagged template's raw text) fails the build, and so does a backslash
// before U+2028/U+2029: a line continuation terser reads as an escaped character (5.51).
// Usage: node scripts/compact-bundle.mjs <dir>... (rewrites every .js file directly in each)
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { minify } from 'terser'

const OPTIONS = {
  module: true, // ncc's bundles are ES modules
  compress: false,
  mangle: false,
  format: { ascii_only: true, comments: false }
}

/** The compacted source of a bundle file (ASCII only, no comments). */
export async function compact(text, name = 'input') {
  if (/\\[\u2028\u2029]/.test(text)) throw new Error(`${name}: a line continuation on U+2028/9`)
  const { code } = await minify({ [name]: text }, OPTIONS)
  if (code === undefined) throw new Error(`${name}: terser returned no code`)
  const at = code.search(/[^ -~\t\n\r]/)
  if (at >= 0) throw new Error(`${name}: a non-ASCII character left at ${at}`)
  return code
}

/** Compacts every .js file directly in `dir`, in place. */
export async function compactDir(dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.js')).sort()
  for (const name of names) {
    const file = join(dir, name)
    await writeFile(file, await compact(await readFile(file, 'utf8'), file))
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const dir of process.argv.slice(2)) await compactDir(dir)
