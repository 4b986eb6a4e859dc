/**
 * The installed @actions/artifact with the action bundle's rewrites applied
 * (scripts/patch-artifact-upload.mjs), so the unbundled sources can run against the client the
 * action ships: a copy under node_modules/.cache (its own imports resolve to the project's
 * node_modules), rebuilt when the rewrites or the library change. Returns its entry's file URL.
 */
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { patchSources } from '../../scripts/patch-artifact-upload.mjs'

const LIBRARY = resolve('node_modules/@actions/artifact')
const PATCHER = resolve('scripts/patch-artifact-upload.mjs')

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f))
}

export function patchedArtifact(): string {
  const version = createHash('sha256')
    .update(readFileSync(join(LIBRARY, 'package.json')))
    .update(readFileSync(PATCHER))
    .digest('hex')
    .slice(0, 12)
  const copy = resolve(`node_modules/.cache/etcd-restore-patched-artifact-${version}`)
  const entry = join(copy, 'lib', 'artifact.js')
  if (!existsSync(entry)) {
    const staging = `${copy}.${process.pid}`
    rmSync(staging, { recursive: true, force: true })
    cpSync(LIBRARY, staging, { recursive: true })
    const files = Object.fromEntries(
      jsFiles(staging).map((f) => [relative(staging, f), readFileSync(f, 'utf8')])
    )
    for (const [name, text] of patchSources(files)) writeFileSync(join(staging, name), text)
    try {
      renameSync(staging, copy) // whole or not at all; another worker may have won
    } catch (error) {
      rmSync(staging, { recursive: true, force: true })
      if (!existsSync(entry)) throw error
    }
  }
  return pathToFileURL(entry).href
}
