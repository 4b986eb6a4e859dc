import type { Logger } from '../lib/logger.js'

/** Progress and warnings go to stderr, so stdout carries only the result (text or JSON). */
export function stderrLogger(options: { debug?: boolean } = {}): Logger {
  const write = (line: string) => process.stderr.write(`${line}\n`)
  return {
    info: write,
    warn: (message) => write(`warning: ${message}`),
    debug: (message) => {
      if (options.debug || process.env.ETCD_RESTORE_DEBUG) write(`debug: ${message}`)
    },
    group: async (name, fn) => {
      write(`== ${name}`)
      return fn()
    }
  }
}
