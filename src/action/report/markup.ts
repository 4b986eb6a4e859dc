import type * as core from '@actions/core'

/** HTML pieces of the job summary, escaped. */

export type Row = Parameters<typeof core.summary.addTable>[0][number]

export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export const header = (...cells: string[]): Row => cells.map((data) => ({ data, header: true }))

export const code = (text: string): string => `<code>${escape(text)}</code>`
