import { findEtcd } from '../../lib/etcd-release/etcd-binary.js'
import type { Logger } from '../../lib/logger.js'
import { Inputs } from '../constants.js'
import type { EtcdInputs } from '../inputs/types.js'
import { toolCacheEtcd, type DrillEtcd } from './etcd-release.js'

/** The etcd the drill boots: the one checkEtcd found, else the official release (tool cache). */
export async function drillEtcd(
  found: string | undefined,
  inputs: EtcdInputs,
  snapshotPath: string,
  logger: Logger
): Promise<DrillEtcd> {
  if (found !== undefined) return { ...findEtcd(found), source: inputs.path ? 'etcd-path' : 'PATH' }
  const request = inputs.release ?? { spec: 'auto' as const, mirror: inputs.mirror }
  if (inputs.release === undefined)
    logger.info(`no etcd on PATH and no '${Inputs.EtcdPath}': using ${Inputs.EtcdVersion}: auto`)
  return toolCacheEtcd(request, snapshotPath, logger)
}
