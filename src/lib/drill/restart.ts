import { VerificationError } from '../errors.js'
import type { Logger } from '../logger.js'
import { verifyCluster, type VerifyOptions, type VerifyResult } from './checks/verify.js'
import { elapsedMs, failsOn, runCheck, type DrillCheck } from './checks/run-check.js'
import type { BootedCluster } from './cluster.js'
import type { ExpectedState } from './expectations.js'
import { enterPhase } from '../interrupt.js'

/**
 * The restart phase: stops every member, starts them again on the same ports, and runs the
 * checks once more (named `after-restart:<check>`), now looking for the first round's write
 * instead of writing again. A cluster that does not come back is a failed `restart` check.
 */
export async function restartAndVerify(
  cluster: BootedCluster,
  expected: ExpectedState,
  first: VerifyResult,
  auth: Pick<VerifyOptions, 'credentials' | 'authOff'>,
  logger: Logger,
  durationsMs: { restart: number; verifyAfterRestart: number }
): Promise<DrillCheck[]> {
  let t = performance.now()
  await enterPhase('restart')
  const restart = await runCheck(
    'restart',
    'all members back, one leader',
    async () => {
      await cluster.restart()
      return { ok: true, actual: `leader ${cluster.leaderId}` }
    },
    failsOn(VerificationError)
  )
  durationsMs.restart = elapsedMs(t)
  if (!restart.ok) return [restart]
  t = performance.now()
  await enterPhase('verify after restart')
  const second = await logger.group('drill: verify after restart', () =>
    verifyCluster(cluster, expected, {
      write: false,
      ...auth,
      ...(first.write === undefined ? {} : { persisted: first.write })
    })
  )
  durationsMs.verifyAfterRestart = elapsedMs(t)
  return [restart, ...second.checks.map((c) => ({ ...c, name: `after-restart:${c.name}` }))]
}
