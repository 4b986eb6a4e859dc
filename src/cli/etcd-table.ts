/**
 * etcdctl's output helpers, so `-w table` and `-w simple` read exactly like etcdctl's
 * (olekukonko/tablewriter borders, go-humanize sizes).
 */

/** go-humanize Bytes(): SI units, "655 kB", "1.0 GB". */
export function humanizeBytes(size: number): string {
  if (size < 10) return `${size} B`
  const sizes = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB']
  const e = Math.floor(Math.log(size) / Math.log(1000))
  const value = Math.floor((size / 1000 ** e) * 10 + 0.5) / 10
  return `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ${sizes[e]}`
}

/** A bordered table: header centred, cells right-aligned, as etcdctl prints snapshot status. */
export function etcdTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const border = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`
  const centre = (text: string, width: number) => {
    const gap = width - text.length
    const left = Math.floor(gap / 2)
    return ' '.repeat(left) + text + ' '.repeat(gap - left)
  }
  const line = (cells: string[], align: (c: string, w: number) => string) =>
    `| ${cells.map((c, i) => align(c, widths[i] ?? 0)).join(' | ')} |`
  return (
    [
      border,
      line(header, centre),
      border,
      ...rows.map((r) => line(r, (c, w) => c.padStart(w))),
      border
    ].join('\n') + '\n'
  )
}
