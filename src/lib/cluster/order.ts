/** Ascending unsigned order for bigint IDs (Array.prototype.sort compares as strings otherwise). */
export function compareBigints(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0
}
