import type { BootedCluster } from '../cluster.js'
import type { ExpectedState } from '../expectations.js'
import { authCheck, authenticateCheck, type AuthMode } from './auth.js'
import { checkContext } from './context.js'
import {
  compactRevisionCheck,
  hashKVAnswers,
  hashKVCheck,
  keyCountCheck,
  revisionCheck
} from './keyspace.js'
import { leasesCheck } from './leases.js'
import { clusterIdCheck, leaderCheck, membersCheck } from './membership.js'
import { prefixCountsCheck } from './prefix-counts.js'
import { elapsedMs, type DrillCheck } from './run-check.js'
import { persistedCheck, writeCheck, type DrillWrite } from './write.js'

export interface VerifyOptions extends AuthMode {
  /** Put one key under DRILL_PREFIX and read it back from every member (default true). */
  write?: boolean
  /** A write from before a restart that must still be there. */
  persisted?: DrillWrite
}

export interface VerifyResult {
  checks: DrillCheck[]
  write?: DrillWrite
}

/**
 * The checks phase: every check against every member, in this order; a failing check never
 * stops the others. Checks without an expectation to compare (leases, prefix counts, compaction)
 * are left out; the others then only require the members to agree.
 */
export async function verifyCluster(
  cluster: BootedCluster,
  expected: ExpectedState,
  options: VerifyOptions = {}
): Promise<VerifyResult> {
  const ctx = checkContext(cluster, expected, options.credentials !== undefined)
  const checks: DrillCheck[] = []
  if (options.credentials !== undefined)
    checks.push(await authenticateCheck(ctx, options.credentials))
  checks.push(await membersCheck(ctx))
  checks.push(await clusterIdCheck(ctx))
  checks.push(await leaderCheck(ctx))
  const revision = await revisionCheck(ctx)
  checks.push(revision.check)
  // every member hashes its whole key bucket: most of this phase's time on a big db, counted
  // in the hashkv check's ms (the compact-revision check reads the same answers)
  const asked = performance.now()
  const hashes = await hashKVAnswers(ctx)
  const hashedMs = elapsedMs(asked)
  if (expected.compactRevision !== undefined)
    checks.push(await compactRevisionCheck(ctx, hashes, expected.compactRevision))
  const hashed = await hashKVCheck(ctx, hashes)
  checks.push({ ...hashed, ms: hashed.ms + hashedMs })
  checks.push(await keyCountCheck(ctx))
  if (expected.prefixCounts !== undefined)
    checks.push(await prefixCountsCheck(ctx, expected.prefixCounts))
  if (expected.leases !== undefined) checks.push(await leasesCheck(ctx, expected.leases))
  checks.push(await authCheck(ctx, options))
  let write: DrillWrite | undefined
  if (options.write !== false) {
    const written = await writeCheck(ctx, revision.current)
    checks.push(written.check)
    write = written.write
  }
  if (options.persisted !== undefined) checks.push(await persistedCheck(ctx, options.persisted))
  return write === undefined ? { checks } : { checks, write }
}
