// Rewrites the bundled @actions/artifact's upload of a single file (skipArchive, the action's
// tar archives) to hold less memory while it sends (issue 26). Applied to ncc's output before
// the compact pass, by scripts/bundle.mjs, the tests' bundles (test/action/bundle.ts) and the
// bench's; each rewrite's expected source must be found exactly once in the whole bundle, or the
// build fails: a library update that changes it cannot silently drop the rewrite.
// Usage: node scripts/patch-artifact-upload.mjs <dir> (rewrites its .js files in place)
//
// @actions/artifact 6.2.1 reads the file (createRawFileUploadStream) with an 8 MiB high-water
// mark into an 8 MiB-high-water-mark Transform, which it pipes to a PassThrough and a sha256,
// and @azure/storage-blob's uploadStream copies that into blocks of getUploadChunkSize() (8 MiB),
// ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY of them (src/action/publish/upload.ts). Every 8 MiB read is
// a new Buffer that each stage holds in turn: ~10 of them live or not yet collected at the send's
// peak, ~80 MB of RSS for 3 blocks. The reads are most of it, the blocks the rest (measured, 1 GB
// dense db, layout cluster, 3 blocks, the send phase's peak RSS, one run each): 190 MB as shipped;
// 142 MB with 64 KiB reads (8 MiB blocks, 24 MiB PUT in flight as before); with 64 KiB reads and
// 4 MiB blocks 134 MB (12 MiB in flight), 140 MB with 6 blocks (20 MiB), 148 MB with 8 blocks
// (24 MiB); 2 MiB blocks 129 MB (3 blocks), 127 MB (8 blocks). Without the smaller reads, 4 MiB
// blocks alone: 142-156 MB on the 100 MB db (8 MiB: 178). Smaller blocks only trade bytes in
// flight for memory; 8 MiB reads cost memory for nothing. Both are rewritten: see CHUNK_BYTES.
// There is no option for either size (6.2.1 is the newest), hence a rewrite at bundle time.
// Two more let the action upload an archive while it packs it (UPLOAD_SOURCES: a stream in place
// of the file's bytes), and make a failing source fail the upload instead of stalling it.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The file's reads, and the Transform they go through, at 256 KiB instead of the block size: the
 * blocks are still filled whole (the scheduler copies the reads into them), only the stages before
 * them hold 256 KiB instead of 8 MiB each. 64 KiB (Node's default for file streams) held no less
 * at the 1 GB peak and made the 1 GB member upload ~9 % slower: layouts bench, dense 1 GB db,
 * member/tar.zst, 6 alternated runs each, medians 64 → 256 KiB 45.6 s → 41.7 s at the same peak
 * RSS (143.8 MB; highest 147.7 and 151.9 MB). Not free at 100 MB: member/tar.zst peaked ~4 MB
 * higher (138.8 → 143.1 MB) and cluster/tar.zst took 4.28 → 5.02 s. 1 MiB reads peaked at ~153 MB.
 */
export const READ_BYTES = 256 * 1024

/**
 * The blob's block size (each PUT's bytes): 4 MiB, not the library's 8 MiB. The scheduler holds
 * its blocks (BLOCKS_PER_UPLOAD, 3) and one more block's bytes it waits to copy into a free one:
 * 32 MiB at 8 MiB, 16 MiB at 4 MiB. With 64 KiB reads and 8 MiB blocks the send still peaked at
 * ~155 MB (100 MB db, layout member), with 4 MiB blocks ~135-145 MB, below the packing's peak.
 * The cost: 12 MiB PUT in flight instead of 24 (3 PUTs of 4 MiB); 4 MiB × 8 blocks (6 PUTs, 24
 * MiB) would cost ~16 MB more than 4 MiB × 3, above the 150 MB the action keeps to (issue 26).
 * Azure's 50,000 blocks a blob still allow 195 GiB. getUploadChunkSize() also sizes the zip
 * upload's stream (the reports: small files).
 */
export const CHUNK_BYTES = 4 * 1024 * 1024

/**
 * Where the action hands the client a stream to upload in place of a file's bytes (src/action/
 * publish/upload-source.ts): a Map from the file's path to a function returning the stream. The
 * client's module creates it when it loads, so the action knows the rewrite is there; unpatched
 * (the tests' src), the action packs to a file first and the client reads it, as before.
 */
export const UPLOAD_SOURCES = 'etcd-restore-action.upload-sources'

const sources = `globalThis[Symbol.for(${JSON.stringify(UPLOAD_SOURCES)})]`

/** Each rewrite: the library's source (whitespace runs match any whitespace) and what replaces it. */
export const REWRITES = [
  {
    what: 'createRawFileUploadStream: reads and transform of READ_BYTES',
    from: [
      'const bufferSize = getUploadChunkSize();',
      'const uploadStream = new WaterMarkedUploadStream(bufferSize);'
    ].join('\n'),
    to:
      `const bufferSize = ${READ_BYTES}; /* etcd-restore-action, issue 26: was getUploadChunkSize() */ ` +
      'const uploadStream = new WaterMarkedUploadStream(bufferSize);'
  },
  {
    what: 'getUploadChunkSize: blocks of CHUNK_BYTES',
    from: ['function getUploadChunkSize() {', 'return 8 * 1024 * 1024; // 8 MB Chunks', '}'].join(
      '\n'
    ),
    to: `function getUploadChunkSize() { return ${CHUNK_BYTES}; /* etcd-restore-action, issue 26: was 8 MiB (8 * 1024 * 1024) */ }`
  },
  {
    what: 'upload sources: the registry, created as the module loads',
    from: '// Custom stream transformer so we can set the highWaterMark property',
    to: `${sources} ??= new Map(); /* etcd-restore-action, issue 26: upload sources */ // Custom stream transformer so we can set the highWaterMark property`
  },
  {
    what: 'createRawFileUploadStream: a registered stream in place of the file',
    from: 'const fileStream =',
    to: `const fileStream = ${sources}?.get(sourcePath)?.() ?? /* etcd-restore-action, issue 26: upload sources */`
  },
  {
    // Without it a failing source (a read error, or the action's packing) leaves the blob's
    // stream open: the upload waits for the chunk timeout (5 minutes), then fails as "stalled".
    what: "uploadToBlobStorage: the source's error fails the blob upload",
    from: 'uploadStream.pipe(blobUploadStream); // This stream is used for the upload',
    to: 'uploadStream.pipe(blobUploadStream); uploadStream.on("error", (error) => blobUploadStream.destroy(error)); /* etcd-restore-action, issue 26: a failed source fails the upload */'
  }
]

/** `text` as a regex matching it with any whitespace where it has whitespace. */
function loose(text) {
  const parts = text.trim().split(/\s+/)
  return new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+'), 'g')
}

/**
 * Applies every rewrite to `files` (name → source; the bundle's files): each rewrite's source
 * must occur exactly once among all of them. Returns the files it changed, name → new source.
 */
export function patchSources(files, rewrites = REWRITES) {
  const changed = new Map()
  for (const { what, from, to } of rewrites) {
    const pattern = loose(from)
    const found = []
    for (const [name, text] of Object.entries(files)) {
      const source = changed.get(name) ?? text
      const count = source.match(pattern)?.length ?? 0
      if (count > 0) found.push({ name, source, count })
    }
    const total = found.reduce((sum, f) => sum + f.count, 0)
    if (total !== 1)
      throw new Error(
        `patch-artifact-upload: ${what}: its source is found ${total} times, not once ` +
          `(${found.map((f) => f.name).join(', ') || 'nowhere'}): has @actions/artifact changed? ` +
          `Check scripts/patch-artifact-upload.mjs against it.\n${from}`
      )
    const { name, source } = found[0]
    changed.set(
      name,
      source.replace(pattern, () => to)
    )
  }
  return changed
}

/** Applies every rewrite to the .js files directly in `dir`, in place. */
export async function patchDir(dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.js')).sort()
  const files = {}
  for (const name of names) files[name] = await readFile(join(dir, name), 'utf8')
  for (const [name, text] of patchSources(files)) await writeFile(join(dir, name), text)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.length !== 3) {
    console.error('usage: node scripts/patch-artifact-upload.mjs <dir>')
    process.exit(2)
  }
  await patchDir(process.argv[2])
}
