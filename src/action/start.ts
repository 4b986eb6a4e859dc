import * as core from '@actions/core'
import { errorMessage } from '../lib/errors.js'
import { installInterruptHandlers } from '../lib/interrupt.js'
import { run } from './main.js'

/** The action's run, once index.ts has set the heap up. */
export function start(): void {
  // A cancelled job (SIGINT, then SIGTERM 7.5 s later) stops every etcd and removes the staging.
  installInterruptHandlers()
  run().catch((error: unknown) => core.setFailed(errorMessage(error)))
}
