/** walpb.Record.type values (etcd wal/wal.go); any other value fails etcd's ReadAll. */
export const RecordType = {
  metadata: 1,
  entry: 2,
  state: 3,
  crc: 4,
  snapshot: 5
} as const
export type RecordType = (typeof RecordType)[keyof typeof RecordType]

export function isRecordType(value: number): value is RecordType {
  return Number.isInteger(value) && value >= 1 && value <= 5
}

export function recordTypeName(value: number): string {
  const entry = Object.entries(RecordType).find(([, v]) => v === value)
  return entry ? entry[0] : `unknown(${value})`
}
