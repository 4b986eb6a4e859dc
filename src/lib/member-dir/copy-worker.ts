/**
 * Kernel copies of one file to several places, one after the other in a worker thread: off
 * libuv's thread pool, whose four threads a restore's own reads, writes, copies and fsyncs need
 * meanwhile. For throwaway copies (the drill's boot copies, RestoreRunOptions.mirrors): no fsync.
 */
import { Worker } from 'node:worker_threads'

/**
 * The worker's code (inline, so the bundles need no second file): copies `source` to each of
 * `dests` in turn (a reflink where the file system can, else copy_file_range/sendfile), sets
 * `mode`, cuts it to `size` when given, and reports each one done or failed.
 */
const COPY_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { chmodSync, constants, copyFileSync, truncateSync } = require('node:fs')
const { source, dests, size, mode } = workerData
dests.forEach((dest, i) => {
  try {
    copyFileSync(source, dest, constants.COPYFILE_FICLONE)
    chmodSync(dest, mode)
    if (size !== undefined) truncateSync(dest, size)
    parentPort.postMessage({ i })
  } catch (error) {
    const { message, code, errno, syscall, path } = error
    parentPort.postMessage({ i, error: { message, code, errno, syscall, path } })
  }
})
`

/**
 * Copies `source` to every one of `dests`, in order, in one worker thread; returns, per dest, the
 * promise that its copy is complete (a failed one rejects with the fs error, its `code` kept). The
 * last promise settles only once the worker has nothing left to write.
 */
export function copyInWorker(
  source: string,
  dests: readonly string[],
  options: { mode: number; size?: number }
): Promise<void>[] {
  if (dests.length === 0) return []
  const pending = dests.map(() => {
    let settle!: { resolve: () => void; reject: (error: Error) => void }
    const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }))
    return { promise, ...settle, done: false }
  })
  const worker = new Worker(COPY_WORKER, {
    eval: true,
    workerData: { source, dests: [...dests], mode: options.mode, size: options.size }
  })
  const fail = (error: Error): void => {
    for (const p of pending) if (!p.done) p.reject(error)
  }
  worker.on('message', (m: { i: number; error?: NodeJS.ErrnoException }) => {
    const p = pending[m.i]!
    p.done = true
    if (m.error === undefined) p.resolve()
    else p.reject(Object.assign(new Error(m.error.message), m.error))
  })
  worker.on('error', fail)
  worker.once('exit', (code) => fail(new Error(`copy worker exited (code ${code})`)))
  return pending.map((p) => p.promise)
}
