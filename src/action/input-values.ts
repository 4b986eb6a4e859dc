import * as core from '@actions/core'
import { InputError } from '../lib/errors.js'
import { parseDuration } from '../lib/drill/age.js'
import { TARGET_VERSIONS, type TargetVersion } from '../lib/options.js'
import { Inputs } from './constants.js'

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

/** Characters @actions/artifact rejects in artifact names (NTFS and URL reasons). */
export const BAD_NAME_CHARS = /[":<>|*?\r\n\\/]/
const MEMBER_NAME = /^[A-Za-z0-9._-]{1,63}$/

/** Member names of `name=url,name=url` (a name may repeat, one entry per peer URL). */
export function clusterNames(initialCluster: string): string[] {
  const names: string[] = []
  for (const entry of initialCluster.split(',')) {
    const eq = entry.indexOf('=')
    const name = entry.slice(0, Math.max(eq, 0)).trim()
    if (eq <= 0 || entry.slice(eq + 1).trim() === '')
      throw new InputError(
        `input '${Inputs.InitialCluster}': '${entry.trim()}' is not name=peer-url`
      )
    if (!MEMBER_NAME.test(name))
      throw new InputError(
        `input '${Inputs.InitialCluster}': member name '${name}' must be 1-63 of A-Z a-z 0-9 . _ - ` +
          `(it names a folder and an artifact)`
      )
    if (name === '.' || name === '..')
      throw new InputError(`input '${Inputs.InitialCluster}': member name '${name}' is not allowed`)
    if (!names.includes(name)) names.push(name)
  }
  return names
}

export function checkArtifactNames(
  template: string,
  members: string[],
  nameOf: (m: string) => string
): void {
  if (members.length > 1 && !template.includes('{name}'))
    throw new InputError(
      `input '${Inputs.ArtifactName}' must contain {name}: one artifact per member, names must differ`
    )
  const bad = BAD_NAME_CHARS.exec(nameOf(members[0] ?? ''))
  if (bad)
    throw new InputError(
      `input '${Inputs.ArtifactName}': artifact names may not contain ${JSON.stringify(bad[0])} ` +
        `(forbidden: " : < > | * ? \\ / and line breaks)`
    )
}
