/**
 * A stream the bundled artifact client uploads in place of a file's bytes, so an archive goes up
 * while it is packed instead of after (issue 26). The client has no such option: the action's
 * bundle rewrites it (scripts/patch-artifact-upload.mjs) to look the file's path up in a registry
 * on globalThis, which its module creates as it loads. Without the rewrite (the sources run
 * unbundled, in tests) there is no registry and the archive is packed to the file first.
 */
import type { Readable } from 'node:stream'

/** The rewrite's key; the same string as UPLOAD_SOURCES in scripts/patch-artifact-upload.mjs. */
const UPLOAD_SOURCES = Symbol.for('etcd-restore-action.upload-sources')

type Sources = Map<string, () => Readable>

function registry(): Sources | undefined {
  const sources = (globalThis as Record<symbol, unknown>)[UPLOAD_SOURCES]
  return sources instanceof Map ? (sources as Sources) : undefined
}

/** Whether the loaded artifact client uploads a registered stream (the action's bundle). */
export function uploadsFromStreams(): boolean {
  return registry() !== undefined
}

/**
 * Until the returned function is called, the client's upload of `path` reads `stream` (once)
 * instead of the file (a second read fails); the file must exist, for the client's own checks.
 */
export function uploadFrom(path: string, stream: Readable): () => void {
  const sources = registry()
  if (!sources) throw new Error('the artifact client takes no upload sources (not the bundle)')
  let taken = false
  sources.set(path, () => {
    // a second read would get the file's bytes: a placeholder, not the archive
    if (taken) throw new Error(`the archive ${path} is a stream: it can be uploaded once`)
    taken = true
    return stream
  })
  return () => {
    sources.delete(path)
  }
}
