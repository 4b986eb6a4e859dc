import * as core from '@actions/core'
import { InputError } from '../../lib/errors.js'
import { Inputs, type VerifyMode } from '../constants.js'
import { text } from './read.js'

/** The rules several inputs share, each written once. */

/** Characters @actions/artifact rejects in artifact names (NTFS and URL reasons). */
const BAD_NAME_CHARS = /[":<>|*?\r\n\\/]/
const MEMBER_NAME = /^[A-Za-z0-9._-]{1,63}$/
const RUN_ID = /^[1-9][0-9]{0,15}$/

/**
 * The artifact-name rule: throws naming `input` and the first forbidden character. `detail` ends
 * the message (each input has always said it its own way; the messages are kept as they were).
 */
export function checkArtifactName(input: Inputs, name: string, detail = ''): void {
  const bad = BAD_NAME_CHARS.exec(name)
  if (bad)
    throw new InputError(
      `input '${input}': artifact names may not contain ${JSON.stringify(bad[0])}${detail}`
    )
}

/** The run-id rule: a workflow run id, as digits. */
export function runId(input: Inputs, value: string): number {
  if (!RUN_ID.test(value))
    throw new InputError(`input '${input}' must be a workflow run id (digits), got '${value}'`)
  return Number(value)
}

/** Replaces `{cluster}` in an artifact name template. */
export function withCluster(template: string, clusterName: string): string {
  return template.replaceAll('{cluster}', clusterName)
}

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

/**
 * Warns about drill-only inputs set without `verify: boot`. Tolerated, so a workflow can switch
 * verify with an expression and keep the rest.
 */
export function ignoredWithoutBoot(verify: VerifyMode, inputs: Inputs[]): void {
  for (const input of inputs)
    if (verify === 'none' && text(input))
      core.warning(`input '${input}' is ignored: it needs '${Inputs.Verify}: boot'`)
}
