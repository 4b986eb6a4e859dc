import * as core from '@actions/core'
import { errorMessage } from '../lib/errors.js'
import { run } from './main.js'

run().catch((error: unknown) => core.setFailed(errorMessage(error)))
