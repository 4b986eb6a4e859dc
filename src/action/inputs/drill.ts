import { InputError } from '../../lib/errors.js'
import { Inputs } from '../constants.js'
import { duration, text } from './read.js'
import { checkArtifactName, ignoredWithoutBoot } from './rules.js'
import type { DrillInputs } from './types.js'

/** verify, max-age, drill-timeout, drill-report-artifact, drill-user and drill-password. */
export function drillInputs(verify: DrillInputs['verify'], password: string): DrillInputs {
  const reportArtifact = text(Inputs.DrillReportArtifact)
  checkArtifactName(Inputs.DrillReportArtifact, reportArtifact)
  const user = text(Inputs.DrillUser)
  if (Boolean(user) !== Boolean(password))
    throw new InputError(
      `inputs '${Inputs.DrillUser}' and '${Inputs.DrillPassword}' go together: set both or neither`
    )
  ignoredWithoutBoot(verify, [
    Inputs.EtcdPath,
    Inputs.DrillReportArtifact,
    Inputs.DrillUser,
    Inputs.DrillTimeout
  ])
  const drillTimeoutMs = duration(Inputs.DrillTimeout)
  return {
    verify,
    maxAgeMs: duration(Inputs.MaxAge),
    ...(drillTimeoutMs === undefined ? {} : { drillTimeoutMs }),
    reportArtifact: reportArtifact || undefined,
    ...(user ? { credentials: { user, password } } : {})
  }
}
