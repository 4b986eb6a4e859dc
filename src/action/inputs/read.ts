import * as core from '@actions/core'
import { InputError } from '../../lib/errors.js'
import { parseDuration } from '../../lib/drill/age.js'
import { TARGET_VERSIONS, type TargetVersion } from '../../lib/options.js'
import { Inputs } from '../constants.js'

/** Typed readers of single inputs; each throws one InputError naming the input. */

export function text(name: Inputs): string {
  return core.getInput(name).trim()
}

export function list(name: Inputs): string[] | undefined {
  const items = text(name)
    .split(/[\s,]+/)
    .filter((s) => s !== '')
  return items.length > 0 ? [...new Set(items)] : undefined
}

/** YAML 1.2 core-schema booleans, as core.getBooleanInput accepts. */
export function bool(name: Inputs, fallback: boolean): boolean {
  const value = text(name)
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(`input '${name}' must be true or false, got '${value}'`)
}

export function int(name: Inputs, min: number, max: number, fallback: number): number {
  const value = text(name)
  if (value === '') return fallback
  if (!/^[0-9]+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new InputError(`input '${name}' must be an integer from ${min} to ${max}, got '${value}'`)
  return Number(value)
}

export function bigUint(name: Inputs): bigint {
  const value = text(name)
  if (value === '') return 0n
  if (!/^[0-9]{1,20}$/.test(value) || BigInt(value) > 0xffffffffffffffffn)
    throw new InputError(`input '${name}' must be an unsigned 64-bit integer, got '${value}'`)
  return BigInt(value)
}

export function oneOf<T extends string>(name: Inputs, allowed: readonly T[], fallback: T): T {
  const value = text(name)
  if (value === '') return fallback
  if (!allowed.includes(value as T))
    throw new InputError(`input '${name}' must be one of ${allowed.join(', ')}, got '${value}'`)
  return value as T
}

export function targetVersion(name: Inputs): TargetVersion {
  return oneOf(name, TARGET_VERSIONS, '3.5')
}

/** A duration such as `26h`, `90m`, `1h30m`, `7d`, in milliseconds; undefined when empty. */
export function duration(name: Inputs): number | undefined {
  const value = text(name)
  return value === '' ? undefined : parseDuration(value, `input '${name}'`)
}
