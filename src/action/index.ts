import { keepYoungGenerationSmall } from '../lib/heap.js'

// Before anything else is loaded: loading the bundle's modules is what first grows V8's young
// generation (to 8 MB semi-spaces under Node 24), and it never shrinks back (see heap.ts).
keepYoungGenerationSmall()

// The action itself is a chunk of its own (ncc splits at import()), loaded after the flag is set.
import('./start.js').then(
  ({ start }) => start(),
  (error: unknown) => {
    process.stdout.write(`::error::${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
