import { errorMessage } from '../../errors.js'

/** One line of the drill report: what a check wanted, what it saw, and how long it took. */
export interface DrillCheck {
  name: string
  ok: boolean
  expected: string
  actual: string
  ms: number
}

/** A check's verdict. `expected` replaces the check's own when the failure changes what was wanted. */
export interface Outcome {
  ok: boolean
  actual: string
  expected?: string
}

/**
 * Turns an error thrown by a check into its failed outcome; undefined when the error is not the
 * check's to judge (a usage error, a bug): it then propagates.
 */
export type ErrorOutcome = (error: unknown) => Outcome | undefined

const propagate: ErrorOutcome = () => undefined

/**
 * Runs one check: times `fn` and turns its outcome, or an error `onError` judges, into a
 * DrillCheck. Every other error propagates.
 */
export async function runCheck(
  name: string,
  expected: string,
  fn: () => Promise<Outcome>,
  onError: ErrorOutcome = propagate
): Promise<DrillCheck> {
  const started = performance.now()
  let outcome: Outcome
  try {
    outcome = await fn()
  } catch (error) {
    const failed = onError(error)
    if (failed === undefined) throw error
    outcome = failed
  }
  return {
    name,
    ok: outcome.ok,
    expected: outcome.expected ?? expected,
    actual: outcome.actual,
    ms: elapsedMs(started)
  }
}

/**
 * An ErrorOutcome for one error class (e.g. VerificationError from a boot): the check fails with
 * the error's message, and wants `expected` instead when given.
 */
export function failsOn(
  errorClass: abstract new (...args: never[]) => Error,
  expected?: string
): ErrorOutcome {
  return (error) =>
    error instanceof errorClass
      ? { ok: false, actual: errorMessage(error), ...(expected === undefined ? {} : { expected }) }
      : undefined
}

/** Whole milliseconds since `started` (a performance.now() reading). */
export function elapsedMs(started: number): number {
  return Math.round(performance.now() - started)
}
