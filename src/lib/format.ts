/** Human sizes for logs and the summary: binary units, one decimal. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`
}

/** `12.3 MiB/s`; a zero duration counts as 1 ms so tiny transfers still show a rate. */
export function formatRate(bytes: number, ms: number): string {
  return `${formatBytes(Math.round((bytes * 1000) / Math.max(ms, 1)))}/s`
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

/**
 * `db size → restored size (N% free pages dropped)`, the line the report, the job summary and
 * `snapshot status` show; a copied db says its free pages were kept.
 */
export function describeDb(db: {
  mode: 'copy' | 'compact'
  sourceSize: number
  restoredSize: number
  freePercent: number
}): string {
  const sizes = `${formatBytes(db.sourceSize)} → ${formatBytes(db.restoredSize)}`
  return db.mode === 'compact'
    ? `${sizes} (${db.freePercent}% free pages dropped)`
    : `${sizes} (copied; its ${db.freePercent}% free pages kept)`
}
