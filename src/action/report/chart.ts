/**
 * The job summary's Mermaid chart: keys per kind as a horizontal `xychart-beta` bar chart, which
 * GitHub renders. Horizontal, so each label has a row of its own; the kind alone (the table beside
 * it names the group/version), at most MAX_CHART_BARS bars (the rest summed up in one "other"
 * bar). Every label comes from the snapshot, which is untrusted: it is cut down to characters that
 * Mermaid reads as plain text inside a quoted string (no quote, `%%`, `#entity;`, markup or line
 * break gets through), shortened, and made unique (Mermaid merges bars of the same label).
 */
import type { Inventory, KindCount } from '../../lib/inventory/inventory.js'

/** Bars in the chart, the "other" bar included. */
export const MAX_CHART_BARS = 15
/** Characters of a label; a longer one is cut in the middle with "…". */
export const MAX_LABEL = 28

/** The characters a label keeps; anything else (quotes, `%`, `#`, `;`, `:`, `<`, `[`...) is `?`. */
const UNSAFE = /[^A-Za-z0-9 ._()/-]/gu

/**
 * `text` as the inside of a Mermaid quoted string: safe characters only, one line, at most `max`
 * characters (a longer one keeps its start and end around a "…").
 */
export function chartLabel(text: string, max = MAX_LABEL): string {
  const safe = [...text.replace(/\s+/g, ' ').trim()].map((c) => c.replace(UNSAFE, '?')).join('')
  if (safe === '') return '?'
  if (safe.length <= max) return safe
  // cut in the middle: generated kinds differ at the end as often as at the start
  const head = Math.ceil((max - 1) / 2)
  return `${safe.slice(0, head)}…${safe.slice(safe.length - (max - 1 - head))}`
}

/** The bars: the top kinds, then "other (N kinds)" when there are more than MAX_CHART_BARS. */
export function kindBars(kinds: KindCount[]): { label: string; keys: number }[] {
  const shown = kinds.length > MAX_CHART_BARS ? kinds.slice(0, MAX_CHART_BARS - 1) : kinds
  const rest = kinds.slice(shown.length)
  const short = shown.map((k) => chartLabel(k.kind))
  const clash = (label: string) => short.filter((s) => s === label).length > 1
  // the same kind in two groups (Event in v1 and events.k8s.io/v1): the group/version says which
  const bars = shown.map((k, i) => ({
    label: clash(short[i]!)
      ? chartLabel(`${k.kind} (${k.apiVersion || 'no apiVersion'})`)
      : short[i]!,
    keys: k.keys
  }))
  if (rest.length > 0)
    bars.push({
      label: `other (${rest.length} kinds)`,
      keys: rest.reduce((n, k) => n + k.keys, 0)
    })
  const seen = new Set<string>()
  for (const bar of bars) {
    let label = bar.label
    for (let n = 2; seen.has(label); n++)
      label = `${bar.label.slice(0, MAX_LABEL - ` (${n})`.length).trimEnd()} (${n})`
    seen.add(label)
    bar.label = label
  }
  return bars
}

/** Units of the value axis, so its tick labels stay short (Mermaid writes 1000000000 in full). */
const UNITS: [number, string][] = [
  [1, 'keys'],
  [1e3, 'thousand keys'],
  [1e6, 'million keys'],
  [1e9, 'billion keys']
]

/** The smallest unit in which the largest bar, `max` keys, is below 10,000: four digits a tick. */
export function chartUnit(max: number): { per: number; name: string } {
  const [per, name] = UNITS.find(([per]) => max / per < 10_000) ?? UNITS.at(-1)!
  return { per, name }
}

/** The Mermaid source of the keys-per-kind bar chart. */
export function kindsChart(inventory: Pick<Inventory, 'kinds'>): string {
  const bars = kindBars(inventory.kinds)
  const title =
    bars.length < inventory.kinds.length
      ? `Keys per kind (top ${bars.length - 1} of ${inventory.kinds.length})`
      : 'Keys per kind'
  const max = Math.max(1, ...bars.map((b) => b.keys))
  const unit = chartUnit(max)
  const value = (keys: number) => String(Number((keys / unit.per).toFixed(3)))
  return [
    'xychart-beta horizontal',
    `  title "${title}"`,
    `  x-axis [${bars.map((b) => `"${b.label}"`).join(', ')}]`,
    `  y-axis "${unit.name}" 0 --> ${value(max)}`,
    `  bar [${bars.map((b) => value(b.keys)).join(', ')}]`
  ].join('\n')
}
