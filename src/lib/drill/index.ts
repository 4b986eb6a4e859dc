/**
 * The drill's public API. A drill runs in this order: age → restore (restore.ts, twin.ts) →
 * expectations (expectations.ts) → boot (boot.ts, cluster.ts) → checks (checks/) → restart
 * (restart.ts) → report (report.ts); run.ts is the sequence.
 */
export { runDrill, runDrillWithOutput, type DrillOptions } from './run.js'
export { checkAge, formatDhms, parseDuration, type AgeCheck } from './age.js'
export {
  buildDrillReport,
  DRILL_REPORT_VERSION,
  renderDrillMarkdown,
  type DrillReport,
  type ReportedExpectations
} from './report.js'
export { type ExpectedState, type PrefixCount } from './expectations.js'
export { runBootDrill, type BootDrillOptions, type DrillResult } from './boot.js'
export { findEtcd, type EtcdBinary } from '../etcd-release/etcd-binary.js'
export { freeLoopbackPorts } from './ports.js'
export { copyMembers } from './workspace.js'
export {
  startEtcd,
  stopAllEtcd,
  runningEtcdCount,
  type DrillMember,
  type EtcdProcess
} from './etcd-process.js'
export { GatewayClient, GatewayError, type Credentials } from './gateway.js'
export { switchAuthOff } from './auth-off.js'
export { bootCluster, type BootedCluster, type BootOptions } from './cluster.js'
export { verifyCluster, type VerifyOptions, type VerifyResult } from './checks/verify.js'
export { DRILL_PREFIX, type DrillWrite } from './checks/write.js'
export { type DrillCheck } from './checks/run-check.js'
