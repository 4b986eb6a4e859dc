/**
 * What a drill writes, before it writes anything: the restore's members (unless handed a restore),
 * and in the temp folder the members it boots: copies of the output, or a loopback twin booted
 * in place, each with the WAL segments etcd preallocates (DRILL_MEMBER_BYTES).
 */
import { buildCluster } from '../cluster/initial-cluster.js'
import type { Defrag } from '../options.js'
import {
  DRILL_MEMBER_BYTES,
  memberDbBytes,
  restoreNeeds,
  type DbSizes,
  type DiskNeed
} from '../restore/disk-need.js'
import { snapshotSizes, willCompact } from '../restore/disk-space.js'
import { planCluster } from '../restore/plan.js'
import type { DrillOptions } from './options.js'
import { copiesParent } from './workspace.js'

export interface DrillDiskNeeds {
  needs: DiskNeed[]
  /** The same with the members compacted, when the run would copy (to offer `defrag`). */
  ifCompacted?: DiskNeed[]
  sizes: DbSizes
  /** Whether the members are compacted. */
  compacts: boolean
  /** Where the booted members go (copies, or a twin): decided here, once, and checked. */
  bootDir: string
}

/** The restore's needs (none when `options.restored`) and the boot's, where it will boot. */
export function drillDiskNeeds(options: DrillOptions): DrillDiskNeeds {
  const sizes = snapshotSizes(options.snapshotPath)
  const defrag: Defrag = options.defrag ?? 'auto'
  const compacts = willCompact(defrag, sizes)
  const build = (compacted: boolean): DiskNeed[] => {
    const restored =
      options.restored === undefined
        ? restoreNeeds(options.target, planCluster(options).selected.length, sizes, compacted)
        : []
    const booted = buildCluster(options.initialCluster, options.initialClusterToken).members
    const db = memberDbBytes(sizes, compacted)
    return [...restored, drillNeed(booted.length, db)]
  }
  const needs = build(compacts)
  const bootDir = needs[needs.length - 1]!.path // the booted members' need, last
  return !compacts && sizes.estimate !== undefined
    ? { needs, ifCompacted: build(true), sizes, compacts, bootDir }
    : { needs, sizes, compacts, bootDir }
}

/** The members a drill boots (copies, or a twin) while it runs: on memory or in the temp folder (copiesParent). */
export function drillNeed(members: number, dbBytes: number): DiskNeed {
  const bytes = members * (dbBytes + DRILL_MEMBER_BYTES)
  return {
    path: copiesParent(bytes),
    bytes,
    what: "the drill's booted members",
    phase: 'drill',
    knob: 'temp'
  }
}
