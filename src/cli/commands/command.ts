/** A command's code: runs with the words after its path, returns the exit code. */
export interface Command {
  run(argv: string[]): Promise<number>
}
