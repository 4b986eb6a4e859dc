import { statSync } from 'node:fs'
import { errorMessage, InputError, SnapshotError } from '../errors.js'
import type { DrillCheck } from './checks/run-check.js'

/** Backup age (RPO): how old the snapshot is, and whether that is within the allowed maximum. */

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000
}

/** Longest accepted duration: 10 years keeps every millisecond count exact in a double. */
const MAX_MS = 10 * 366 * UNIT_MS.d!

/**
 * Go-style durations (`time.ParseDuration`) plus days: `26h`, `90m`, `1h30m`, `1.5h`, `7d`,
 * `500ms`. Returns milliseconds (> 0). A bare number is refused: its unit would be a guess.
 */
export function parseDuration(text: string, what = '--max-age'): number {
  const trimmed = text.trim()
  if (
    trimmed.length === 0 ||
    trimmed.length > 64 ||
    !/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(trimmed)
  ) {
    throw new InputError(
      `invalid duration ${JSON.stringify(text)} for ${what}: want e.g. 26h, 90m, 1h30m, 7d (units ms, s, m, h, d)`
    )
  }
  let ms = 0
  for (const part of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    ms += Number(part[1]) * (UNIT_MS[part[2] as string] as number)
  }
  ms = Math.round(ms)
  if (ms <= 0) throw new InputError(`${what} must be longer than 0, got ${JSON.stringify(text)}`)
  if (ms > MAX_MS) throw new InputError(`${what} ${JSON.stringify(text)} is longer than 10 years`)
  return ms
}

/**
 * 93784000 → "1d2h3m4s", the form parseDuration reads; sub-second remainders are dropped (ages
 * are shown to the second). Not lib/format.ts's formatDuration ("1.2 s"), which times steps.
 */
export function formatDhms(ms: number): string {
  let rest = Math.max(0, Math.floor(ms / 1000))
  if (rest === 0) return '0s'
  const parts: string[] = []
  for (const [unit, seconds] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
    ['s', 1]
  ] as const) {
    const n = Math.floor(rest / seconds)
    rest -= n * seconds
    if (n > 0) parts.push(`${n}${unit}`)
  }
  return parts.join('')
}

export interface AgeCheck {
  /** ISO 8601 time the snapshot was taken (artifact createdAt, or the file's mtime). */
  createdAt: string
  /** Whole seconds between createdAt and now; 0 when createdAt is in the future. */
  ageSeconds: number
  maxAgeSeconds?: number
  /** True without a maximum. */
  ok: boolean
  /** One line for people: "snapshot is 2d0h (…) old, more than --max-age 26h". */
  message: string
}

/** Whether a snapshot taken at `createdAt` is at most `maxAgeMs` old at `now`. Pure. */
export function checkAge(
  createdAt: Date,
  maxAgeMs: number | undefined,
  now: Date = new Date()
): AgeCheck {
  if (Number.isNaN(createdAt.getTime()))
    throw new InputError('snapshot creation time is not a valid date')
  const ageMs = Math.max(0, now.getTime() - createdAt.getTime())
  const age = formatDhms(ageMs)
  const base = {
    createdAt: createdAt.toISOString(),
    ageSeconds: Math.floor(ageMs / 1000)
  }
  if (maxAgeMs === undefined) {
    return { ...base, ok: true, message: `snapshot is ${age} old (taken ${base.createdAt})` }
  }
  const ok = ageMs <= maxAgeMs
  const max = formatDhms(maxAgeMs)
  return {
    ...base,
    maxAgeSeconds: Math.floor(maxAgeMs / 1000),
    ok,
    message: ok
      ? `snapshot is ${age} old (taken ${base.createdAt}), within max age ${max}`
      : `snapshot is ${age} old (taken ${base.createdAt}), older than max age ${max}`
  }
}

/** The age of the snapshot at `now`: taken at `createdAt` when given, else at the file's mtime. */
export function snapshotAge(
  snapshot: { snapshotPath: string; snapshotCreatedAt?: Date; maxAgeMs?: number },
  now: Date
): AgeCheck {
  let createdAt = snapshot.snapshotCreatedAt
  if (createdAt === undefined) {
    try {
      createdAt = statSync(snapshot.snapshotPath).mtime
    } catch (error) {
      throw new SnapshotError(
        `cannot read snapshot ${snapshot.snapshotPath}: ${errorMessage(error)}`
      )
    }
  }
  return checkAge(createdAt, snapshot.maxAgeMs, now)
}

/** The drill's first check, `age`: reported, and failed when older than the maximum. */
export function ageCheck(age: AgeCheck, ms: number): DrillCheck {
  return {
    name: 'age',
    ok: age.ok,
    expected:
      age.maxAgeSeconds === undefined
        ? 'reported'
        : `at most ${formatDhms(age.maxAgeSeconds * 1000)}`,
    actual: `${formatDhms(age.ageSeconds * 1000)} (taken ${age.createdAt})`,
    ms
  }
}
