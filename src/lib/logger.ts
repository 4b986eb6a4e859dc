/** Where the library reports progress. The action backs it with @actions/core, the CLI with stderr. */
export interface Logger {
  info(message: string): void
  warn(message: string): void
  debug(message: string): void
  /** Runs `fn` inside a named, collapsible section and returns its result. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/** A logger that drops everything; the default for library calls and tests. */
export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  debug: () => {},
  group: (_name, fn) => fn()
}
