// Error boundary of `etcd-restore`: nothing can fail before the catch is in place.
import v8 from 'node:v8'
import { main } from './main.js'
import { errorMessage, exitCodeOf } from '../lib/errors.js'
import { installInterruptHandlers } from '../lib/interrupt.js'

// The young generation stays at its first size (1 MB semi-spaces on Node 20): V8 doubles it up to
// 16 MB as bytes survive scavenges, which a sweep of millions of keys always adds up to, though
// little is alive at any time — 32 MB more RSS for nothing (issue 28: the inventory of a 4 M-key
// snapshot, 166 → 137 MB peak). The flag is read at each growth, so setting it here is enough;
// --max-semi-space-size is read only when the heap is made (no effect here).
v8.setFlagsFromString('--semi-space-growth-factor=1')

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
