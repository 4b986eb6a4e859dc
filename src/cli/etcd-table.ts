/**
 * etcdctl's output helpers, so `-w table` and `-w simple` read exactly like etcdctl's
 * (olekukonko/tablewriter borders, go-humanize sizes).
 */

/**
 * go-humanize Bytes(): SI units, "655 kB", "1.0 GB". Its `%.0f` rounds a tie to even, as Go's
 * strconv does: 20,480 bytes → 20.5 → "20 kB" (JavaScript's toFixed would say "21 kB").
 */
export function humanizeBytes(size: number): string {
  if (size < 10) return `${size} B`
  const sizes = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB']
  const e = Math.floor(Math.log(size) / Math.log(1000))
  const value = Math.floor((size / 1000 ** e) * 10 + 0.5) / 10
  if (value < 10) return `${value.toFixed(1)} ${sizes[e]}` // one decimal already: no rounding
  const whole = Math.floor(value)
  const tie = value - whole === 0.5
  const rounded = tie ? whole + (whole % 2) : Math.round(value)
  return `${rounded} ${sizes[e]}`
}

/**
 * The borders of olekukonko/tablewriter: `ascii` is v0.0.5's `+-|` (etcdctl 3.4, etcdutl
 * 3.5 and 3.6), `light` v1.x's default box drawing (etcdutl 3.7: tablewriter v1.1.4).
 */
export type TableStyle = 'ascii' | 'light'

/** Corners and crossings (left, cross, right) of the top, middle and bottom rules; bar; line. */
const BORDERS: Record<TableStyle, [string, string, string, string, string]> = {
  ascii: ['+++', '+++', '+++', '|', '-'],
  light: ['┌┬┐', '├┼┤', '└┴┘', '│', '─']
}

/** A bordered table: header centred, cells right-aligned, as etcdctl prints snapshot status. */
export function etcdTable(header: string[], rows: string[][], style: TableStyle = 'ascii'): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const [top, mid, bottom, bar, dash] = BORDERS[style]
  const rule = (corners: string) =>
    `${corners[0]}${widths.map((w) => dash.repeat(w + 2)).join(corners[1])}${corners[2]}`
  const centre = (text: string, width: number) => {
    const gap = width - text.length
    const left = Math.floor(gap / 2)
    return ' '.repeat(left) + text + ' '.repeat(gap - left)
  }
  const line = (cells: string[], align: (c: string, w: number) => string) =>
    `${bar} ${cells.map((c, i) => align(c, widths[i] ?? 0)).join(` ${bar} `)} ${bar}`
  return (
    [
      rule(top),
      line(header, centre),
      rule(mid),
      ...rows.map((r) => line(r, (c, w) => c.padStart(w))),
      rule(bottom)
    ].join('\n') + '\n'
  )
}
