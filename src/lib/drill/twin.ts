import { mkdtempSync, rmSync } from 'node:fs'
import { trackFolder } from '../interrupt.js'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCluster } from '../cluster/initial-cluster.js'
import type { RestoreOptions } from '../options.js'
import type { RestoreReport } from '../report.js'
import { restore } from '../restore/index.js'
import { planCluster } from '../restore/plan.js'
import { freeLoopbackPorts, releasePorts } from './ports.js'

/**
 * The boot drill listens on 127.0.0.1 only and needs every member. When the requested output
 * cannot be booted as is (production peer URLs, one member, a subset), the drill restores a
 * "loopback twin": same names, token and snapshot, peer URLs on free loopback ports.
 */

export const TWIN_NOTE =
  "booted a loopback twin: member IDs differ from the output's; data checks apply to the output " +
  'since the db content is identical except membership'

function isLoopbackPeerURL(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.port !== ''
  } catch {
    return false
  }
}

/** Why the output cannot be booted itself, or undefined when it can. */
export function twinReason(options: RestoreOptions, output: RestoreReport): string | undefined {
  if (options.target.kind === 'single') {
    return 'a single member was restored (--name/--data-dir); booting needs every member'
  }
  const all = buildCluster(options.initialCluster, options.initialClusterToken).members
  if (output.cluster.members.length !== all.length) {
    return `only ${output.cluster.members.length} of ${all.length} members were restored (--members); booting needs every member`
  }
  const remote = output.cluster.members.filter((m) => !m.peerURLs.every(isLoopbackPeerURL))
  if (remote.length > 0) {
    return (
      `peer URLs are not http://127.0.0.1:<port> (${remote[0]?.name}: ${remote[0]?.peerURLs.join(',')}); ` +
      'the drill boots on loopback only'
    )
  }
  return undefined
}

/**
 * Before restoring: whether the output will boot as is (twinReason then says undefined), so its
 * boot copies can be written by the restore itself.
 */
export function bootsAsRestored(options: RestoreOptions): boolean {
  if (options.target.kind === 'single') return false
  const all = buildCluster(options.initialCluster, options.initialClusterToken).members
  const { selected } = planCluster(options)
  return (
    selected.length === all.length && selected.every((m) => m.peerURLs.every(isLoopbackPeerURL))
  )
}

export interface Twin {
  report: RestoreReport
  initialCluster: string
  dir: string
  remove(): void
}

/** Restores every member of the cluster with loopback peer URLs into a folder under `parent`. */
export async function restoreTwin(options: RestoreOptions, parent = tmpdir()): Promise<Twin> {
  const members = buildCluster(options.initialCluster, options.initialClusterToken).members
  const ports = await freeLoopbackPorts(members.length)
  const initialCluster = members
    .map((m, i) => `${m.name}=http://127.0.0.1:${ports[i] as number}`)
    .join(',')
  const dir = mkdtempSync(join(parent, 'etcd-drill-twin-'))
  const untrack = trackFolder(dir)
  // the twin's peer ports stay claimed (freeLoopbackPorts) until the drill is done with it
  const remove = (): void => {
    rmSync(dir, { recursive: true, force: true })
    untrack()
    releasePorts(ports)
  }
  try {
    const report = await restore({
      ...options,
      initialCluster,
      target: { kind: 'all', outDir: join(dir, 'out') },
      computeHashKV: false
    })
    return { report, initialCluster, dir, remove }
  } catch (error) {
    remove()
    throw error
  }
}
