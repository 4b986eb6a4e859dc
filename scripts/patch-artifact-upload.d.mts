/** The bundled artifact client's file reads (and the Transform they go through), in bytes. */
export const READ_BYTES: number
/** The bundled artifact client's block size (getUploadChunkSize()), in bytes. */
export const CHUNK_BYTES: number
/** The globalThis Symbol.for() key of the bundled client's upload sources (path → stream). */
export const UPLOAD_SOURCES: string
export interface Rewrite {
  what: string
  /** The library's source; a whitespace run in it matches any whitespace. */
  from: string
  to: string
}
export const REWRITES: Rewrite[]
/**
 * Applies every rewrite to `files` (name → source): each rewrite's source must occur exactly once
 * among all of them, else it throws. Returns the files it changed, name → new source.
 */
export function patchSources(
  files: Record<string, string>,
  rewrites?: Rewrite[]
): Map<string, string>
/** Applies every rewrite to the .js files directly in `dir`, in place. */
export function patchDir(dir: string): Promise<void>
