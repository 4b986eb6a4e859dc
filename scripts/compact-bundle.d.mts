/** The compacted source of a bundle file (ASCII only, no comments); throws when unsure. */
export function compact(text: string, name?: string): string
/** Compacts every .js file directly in `dir`, in place. */
export function compactDir(dir: string): void
