/** The compacted source of a bundle file (ASCII only, no comments). */
export function compact(text: string, name?: string): Promise<string>
/** Compacts every .js file directly in `dir`, in place. */
export function compactDir(dir: string): Promise<void>
