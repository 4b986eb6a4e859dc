import * as core from '@actions/core'
import type { Logger } from '../lib/logger.js'

/**
 * The library's Logger on top of @actions/core. Groups do not nest in the runner's UI, so a group
 * opened inside another one is logged as a plain line instead of breaking the outer group.
 */
export function coreLogger(): Logger {
  let depth = 0
  return {
    info: (message) => core.info(message),
    warn: (message) => core.warning(message),
    debug: (message) => core.debug(message),
    async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
      if (depth > 0) {
        core.info(`-- ${name}`)
        return fn()
      }
      depth++
      try {
        return await core.group(name, fn)
      } finally {
        depth--
      }
    }
  }
}
