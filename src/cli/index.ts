// Error boundary of `etcd-restore`: nothing can fail before the catch is in place.
import { main } from './main.js'
import { errorMessage, exitCodeOf } from '../lib/errors.js'

// A reader that goes away (`… -w json | head -c1`) is not an error of ours: the work is done, so
// stop writing quietly instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`Error: ${errorMessage(error)}\n`)
    if (process.env.ETCD_RESTORE_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`)
    process.exitCode = exitCodeOf(error)
  }
)
