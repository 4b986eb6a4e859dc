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
export const MAX_CHART_BARS = 12
/** Characters of a label before it is cut with "…". */
export const MAX_LABEL = 28

/** The characters a label keeps; anything else (quotes, `%`, `#`, `;`, `:`, `<`, `[`...) is `?`. */
const UNSAFE = /[^A-Za-z0-9 ._()/-]/g

/** `text` as the inside of a Mermaid quoted string: safe characters only, one line, ≤ `max`. */
export function chartLabel(text: string, max = MAX_LABEL): string {
  const safe = [...text]
    .map((c) => c.replace(UNSAFE, '?'))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
  if (safe === '') return '?'
  return safe.length > max ? `${safe.slice(0, max - 1).trimEnd()}…` : safe
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
    for (let n = 2; seen.has(label); n++) label = `${bar.label.slice(0, MAX_LABEL - 4)} (${n})`
    seen.add(label)
    bar.label = label
  }
  return bars
}

/** The Mermaid source of the keys-per-kind bar chart. */
export function kindsChart(inventory: Pick<Inventory, 'kinds'>): string {
  const bars = kindBars(inventory.kinds)
  const title =
    bars.length < inventory.kinds.length
      ? `Keys per kind (top ${bars.length - 1} of ${inventory.kinds.length})`
      : 'Keys per kind'
  return [
    'xychart-beta horizontal',
    `  title "${title}"`,
    `  x-axis [${bars.map((b) => `"${b.label}"`).join(', ')}]`,
    `  y-axis "keys" 0 --> ${Math.max(1, ...bars.map((b) => b.keys))}`,
    `  bar [${bars.map((b) => b.keys).join(', ')}]`
  ].join('\n')
}
