// Error boundary of `etcd-restore`: nothing can fail before the catch is in place.
import { main } from './main.js'
import { errorMessage, exitCodeOf } from '../lib/errors.js'
import { installInterruptHandlers } from '../lib/interrupt.js'
import { keepYoungGenerationSmall } from '../lib/heap.js'
import { enableCompileCache } from './compile-cache.js'

// before the commands' code loads: see compile-cache.ts (Node ≥ 22.1)
enableCompileCache()

keepYoungGenerationSmall() // before the first sweep: see heap.ts

// SIGINT/SIGTERM/SIGHUP: every etcd stopped, every temp and staging folder removed, one line,
// exit 130/143/129 (src/lib/interrupt.ts).
installInterruptHandlers()

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
