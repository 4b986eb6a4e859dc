import { closeSync, fsync, fsyncSync, openSync } from 'node:fs'

/** Makes a directory's entries (new files, renames) durable: fsync on the directory itself. */
export function fsyncDir(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * fsync of a file or folder (`what`) as one job in libuv's thread pool: once it is queued,
 * nothing waits for the main thread, which may be busy with synchronous work meanwhile (a chain
 * of open → fsync → close promises would wait for it between steps).
 */
export function fsyncInPool(path: string, what: 'file' | 'dir'): Promise<void> {
  let fd: number
  try {
    fd = openSync(path, what === 'file' ? 'r+' : 'r')
  } catch (error) {
    return Promise.reject(error as Error)
  }
  return new Promise((resolve, reject) => {
    fsync(fd, (error) => {
      try {
        closeSync(fd)
      } catch (closeError) {
        error ??= closeError as NodeJS.ErrnoException
      }
      if (error) reject(error)
      else resolve()
    })
  })
}
