/**
 * sha256 of a file's first bytes, computed in a worker thread while the main thread does other
 * work. A worker takes ~70 ms to boot (Node 24 here, idle; more beside a busy main thread), so a
 * run that will likely hash a snapshot can boot one as it starts (prewarmHashWorker), while its
 * own code still loads; hashInWorker then takes that one.
 */
import { Worker } from 'node:worker_threads'
import { MAGIC } from '../bolt/types.js'
import { keepYoungGenerationSmall, youngGenerationGrowsWhileBooting } from '../heap.js'

/** bbolt's magic as the worker compares it (a uint32 read little-endian at byte 16). */
const MAGIC_LE = MAGIC >>> 0
/** The early pass's reads (verify.ts's HASH_CHUNK_BYTES; the size does not change the digest). */
const EARLY_CHUNK_BYTES = 256 * 1024

/**
 * The worker's code (inline, so the bundles need no second file): waits for one job, replies
 * with the sha256 of [0, length) of path. Its modules load while it waits.
 *
 * Given a file at boot (workerData.path: prewarmHashWorker's guess of the snapshot a restore is
 * about to read), it hashes it at once instead of waiting for the job, so the hash no longer
 * waits for our code to load and decide (~0.15 s). A job then takes that early digest only for
 * the same path and length, and when the file's stamp (dev:ino:size:mtimeNs:ctimeNs, as
 * source-identity.ts writes it) was the same before and after the early pass and equals the
 * stamp the job expects (the restore's own, taken when it decided to read the file in place):
 * else the job hashes the file again. A file that is not a plain bbolt file (no magic at bytes
 * 16..19, e.g. a compressed snapshot) is not hashed early.
 */
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { closeSync, constants, fstatSync, openSync, readSync } = require('node:fs')
const { createHash } = require('node:crypto')
// booted: the young generation's flag back as the main thread keeps it (heap.ts)
if (workerData && workerData.v8Flags) require('node:v8').setFlagsFromString(workerData.v8Flags)
function hashFd(fd, length, chunk) {
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunk, length)))
  for (let position = 0; position < length; ) {
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, length - position), position)
    if (n === 0) throw new Error('the file shrank while it was being read')
    hash.update(buffer.subarray(0, n))
    position += n
  }
  return hash.digest()
}
function stampOf(s) {
  return [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':')
}
let early
if (workerData && typeof workerData.path === 'string') {
  try {
    // O_NONBLOCK: a FIFO would otherwise block the open until a writer comes (no effect on files)
    const fd = openSync(workerData.path, constants.O_RDONLY | constants.O_NONBLOCK)
    try {
      const before = fstatSync(fd, { bigint: true })
      const head = Buffer.alloc(20)
      if (before.isFile() && readSync(fd, head, 0, 20, 0) === 20 && head.readUInt32LE(16) === ${MAGIC_LE}) {
        const size = Number(before.size)
        const length = size % 512 === 32 ? size - 32 : size
        const digest = hashFd(fd, length, workerData.chunk)
        const stamp = stampOf(before)
        if (stampOf(fstatSync(fd, { bigint: true })) === stamp)
          early = { path: workerData.path, length, stamp, digest }
      }
    } finally {
      closeSync(fd)
    }
  } catch {
    early = undefined // the job hashes the file itself, and says what is wrong with it
  }
  if (early) parentPort.postMessage({ earlyDone: true })
}
parentPort.once('message', ({ path, length, chunk, stamp }) => {
  if (early && stamp !== undefined && early.stamp === stamp && early.path === path && early.length === length) {
    parentPort.postMessage({ digest: early.digest, early: true })
    return
  }
  const fd = openSync(path, 'r')
  try {
    parentPort.postMessage({ digest: hashFd(fd, length, chunk), early: false })
  } finally {
    closeSync(fd)
  }
})
`

/** How many jobs took a prewarmed worker's early digest (for tests and the curious). */
let earlyTaken = 0
export function earlyDigestsTaken(): number {
  return earlyTaken
}

/** A booted (or booting) worker no job has taken yet. */
let spare: Worker | undefined
/** Whether the spare worker has said its early digest is ready (`{ earlyDone: true }`). */
let spareEarlyDone = false
/** The file the spare worker was given to hash at boot. */
let spareGuess: string | undefined

function bootWorker(early?: string): Worker {
  const v8Flags = youngGenerationGrowsWhileBooting()
  const worker = new Worker(HASH_WORKER, {
    eval: true,
    workerData: {
      ...(early !== undefined && { path: early, chunk: EARLY_CHUNK_BYTES }),
      ...(v8Flags !== undefined && { v8Flags })
    }
  })
  // one that failed to boot never set the flag back
  if (v8Flags !== undefined) worker.once('exit', keepYoungGenerationSmall)
  return worker
}

/**
 * Boots a hash worker now for a later hashInWorker. It does not keep the process alive while it
 * waits, and one that fails meanwhile is simply not used. Given `snapshot`, the file the run will
 * likely hash, it hashes it at once (see HASH_WORKER): a hashInWorker of that file with the
 * stamp it had then takes the digest as soon as it is ready.
 */
export function prewarmHashWorker(snapshot?: string): void {
  if (spare !== undefined) return
  const worker = bootWorker(snapshot)
  worker.on('error', () => undefined)
  worker.on('message', (m: { earlyDone?: boolean }) => {
    if (m.earlyDone === true && spare === worker) spareEarlyDone = true
  })
  // after the 'message' listener, which refs the worker: a run that never takes it still exits
  worker.unref()
  worker.once('exit', () => {
    if (spare === worker) spare = undefined
  })
  spare = worker
  spareEarlyDone = false
  spareGuess = snapshot
}

/**
 * Whether the spare worker has finished its early pass over `path` with a digest: taking it then
 * costs no wait (the job still checks the file's stamp, and hashes it anew if it changed).
 */
export function spareEarlyDigestReady(path: string): boolean {
  return spare !== undefined && spareEarlyDone && spareGuess === path
}

/**
 * Stops the spare worker, if one was booted and no job took it (a restore that copies after all:
 * its hash is computed beside the copy instead).
 */
export function releaseSpareHashWorker(): void {
  const worker = spare
  spare = undefined
  spareEarlyDone = false
  if (worker !== undefined) void worker.terminate()
}

/** Whether a prewarmed worker is waiting for a job (the CLI booted one at start). */
export function hasSpareHashWorker(): boolean {
  return spare !== undefined
}

function takeWorker(): Worker {
  const worker = spare
  spare = undefined
  spareEarlyDone = false
  if (worker === undefined) return bootWorker()
  worker.removeAllListeners('error')
  worker.removeAllListeners('message')
  worker.ref()
  return worker
}

/**
 * sha256 of the first `length` bytes of `path`, read `chunk` bytes at a time in a worker thread;
 * the job is handed over before this returns its promise (an async function runs up to its first
 * await). `signal` stops the worker (the promise then rejects with the signal's reason). `stamp`
 * (source-identity.ts's, of the file as the caller saw it) lets a prewarmed worker's early
 * digest of the same file stand (see HASH_WORKER); without it the file is always hashed anew.
 */
export async function hashInWorker(
  path: string,
  length: number,
  chunk: number,
  signal?: AbortSignal,
  stamp?: string
): Promise<Buffer> {
  signal?.throwIfAborted()
  const worker = takeWorker()
  let onAbort: (() => void) | undefined
  let reply: { digest: Uint8Array; early: boolean }
  try {
    reply = await new Promise<{ digest: Uint8Array; early: boolean }>((resolve, reject) => {
      // the reply has a digest (an early pass's notice may come first)
      worker.on('message', (m: { digest?: Uint8Array; early?: boolean }) => {
        if (m.digest !== undefined) resolve({ digest: m.digest, early: m.early === true })
      })
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`hash worker exited with code ${code}`)))
      onAbort = () => reject(signal!.reason)
      signal?.addEventListener('abort', onAbort, { once: true })
      worker.postMessage({ path, length, chunk, stamp })
    })
  } catch (error) {
    await worker.terminate() // stopped before its caller goes on (it may be reading the file)
    throw error
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort)
  }
  // it has replied and ends by itself: its teardown (~10–20 ms) is not waited for
  worker.removeAllListeners()
  worker.on('error', () => undefined)
  void worker.terminate()
  if (reply.early) earlyTaken++
  return Buffer.from(reply.digest)
}
