/**
 * sha256 of a file's first bytes, computed in a worker thread while the main thread does other
 * work. A worker takes ~70 ms to boot (Node 24 here, idle; more beside a busy main thread), so a
 * run that will likely hash a snapshot can boot one as it starts (prewarmHashWorker), while its
 * own code still loads; hashInWorker then takes that one.
 */
import { Worker } from 'node:worker_threads'

/**
 * The worker's code (inline, so the bundles need no second file): waits for one job, replies
 * with the sha256 of [0, length) of path. Its modules load while it waits.
 */
const HASH_WORKER = `
const { parentPort } = require('node:worker_threads')
const { closeSync, openSync, readSync } = require('node:fs')
const { createHash } = require('node:crypto')
parentPort.once('message', ({ path, length, chunk }) => {
  const fd = openSync(path, 'r')
  try {
    const hash = createHash('sha256')
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunk, length)))
    for (let position = 0; position < length; ) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, length - position), position)
      if (n === 0) throw new Error('the file shrank while it was being read')
      hash.update(buffer.subarray(0, n))
      position += n
    }
    parentPort.postMessage(hash.digest())
  } finally {
    closeSync(fd)
  }
})
`

/** A booted (or booting) worker no job has taken yet. */
let spare: Worker | undefined

function bootWorker(): Worker {
  return new Worker(HASH_WORKER, { eval: true })
}

/**
 * Boots a hash worker now for a later hashInWorker. It does not keep the process alive while it
 * waits, and one that fails meanwhile is simply not used.
 */
export function prewarmHashWorker(): void {
  if (spare !== undefined) return
  const worker = bootWorker()
  worker.unref()
  worker.on('error', () => undefined)
  worker.once('exit', () => {
    if (spare === worker) spare = undefined
  })
  spare = worker
}

function takeWorker(): Worker {
  const worker = spare
  spare = undefined
  if (worker === undefined) return bootWorker()
  worker.removeAllListeners('error')
  worker.ref()
  return worker
}

/**
 * sha256 of the first `length` bytes of `path`, read `chunk` bytes at a time in a worker thread;
 * the job is handed over before this returns its promise (an async function runs up to its first
 * await). `signal` stops the worker (the promise then rejects with the signal's reason).
 */
export async function hashInWorker(
  path: string,
  length: number,
  chunk: number,
  signal?: AbortSignal
): Promise<Buffer> {
  signal?.throwIfAborted()
  const worker = takeWorker()
  let onAbort: (() => void) | undefined
  let digest: Uint8Array
  try {
    digest = await new Promise<Uint8Array>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`hash worker exited with code ${code}`)))
      onAbort = () => reject(signal!.reason)
      signal?.addEventListener('abort', onAbort, { once: true })
      worker.postMessage({ path, length, chunk })
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
  return Buffer.from(digest)
}
