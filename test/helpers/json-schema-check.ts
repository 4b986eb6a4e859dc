/**
 * A tiny JSON Schema checker for the keywords docs/drill-report.schema.json uses: type, const,
 * enum, required, properties, additionalProperties (schema), items, minimum, maximum, pattern,
 * format date-time. Strict: an object key the schema does not describe is an error, so the
 * schema cannot silently fall behind the report.
 */
export type Schema = {
  type?: string | string[]
  const?: unknown
  enum?: unknown[]
  required?: string[]
  properties?: Record<string, Schema>
  additionalProperties?: Schema
  items?: Schema
  minimum?: number
  maximum?: number
  pattern?: string
  format?: string
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

export function schemaErrors(schema: Schema, value: unknown, at = '$'): string[] {
  const errors: string[] = []
  const actual = typeOf(value)
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type]
    const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'))
    if (!ok) return [`${at}: ${actual}, want ${types.join('|')}`]
  }
  if ('const' in schema && value !== schema.const)
    errors.push(`${at}: ${String(value)} != const ${String(schema.const)}`)
  if (schema.enum !== undefined && !schema.enum.includes(value))
    errors.push(`${at}: ${String(value)} not in enum`)
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      errors.push(`${at}: ${value} < ${schema.minimum}`)
    if (schema.maximum !== undefined && value > schema.maximum)
      errors.push(`${at}: ${value} > ${schema.maximum}`)
  }
  if (typeof value === 'string') {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push(`${at}: ${JSON.stringify(value)} does not match ${schema.pattern}`)
    }
    if (schema.format === 'date-time' && Number.isNaN(Date.parse(value)))
      errors.push(`${at}: not a date-time`)
  }
  if (actual === 'array' && schema.items !== undefined) {
    ;(value as unknown[]).forEach((item, i) =>
      errors.push(...schemaErrors(schema.items as Schema, item, `${at}[${i}]`))
    )
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>
    for (const key of schema.required ?? [])
      if (!(key in object)) errors.push(`${at}: missing ${key}`)
    for (const [key, child] of Object.entries(object)) {
      const sub = schema.properties?.[key] ?? schema.additionalProperties
      if (sub === undefined) errors.push(`${at}.${key}: not described by the schema`)
      else errors.push(...schemaErrors(sub, child, `${at}.${key}`))
    }
  }
  return errors
}
