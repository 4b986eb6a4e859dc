import * as core from '@actions/core'
import { errorMessage } from '../lib/errors.js'
import { installInterruptHandlers } from '../lib/interrupt.js'
import { run } from './main.js'
import { keepYoungGenerationSmall } from '../lib/heap.js'

keepYoungGenerationSmall() // before the first sweep: see heap.ts

// A cancelled job (SIGINT, then SIGTERM 7.5 s later) stops every etcd and removes the staging.
installInterruptHandlers()
run().catch((error: unknown) => core.setFailed(errorMessage(error)))
