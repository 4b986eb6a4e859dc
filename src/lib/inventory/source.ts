/**
 * One side of a diff: a snapshot (inventoried now) or a JSON file written earlier that holds an
 * inventory: `snapshot inventory -w json`, `snapshot status -w json`, a restore or action report
 * (`snapshot.inventory`), so a nightly job can keep reports instead of snapshots.
 */
import { open, readFile } from 'node:fs/promises'
import { InputError, SnapshotError } from '../errors.js'
import { inspectSnapshot } from '../snapshot/inspect.js'
import { takeInventory, type Inventory, type InventoryOptions } from './inventory.js'

export interface InventorySource {
  path: string
  kind: 'snapshot' | 'report'
  inventory: Inventory
}

/** Largest JSON report read whole (reports are kilobytes; a snapshot never starts with `{`). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024

/** Whether `path` holds JSON (its first non-blank byte is `{`). */
export async function isJsonFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new SnapshotError(
      error.code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path}: ${error.message}`
    )
  })
  try {
    const head = Buffer.alloc(64)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    const text = head.subarray(0, bytesRead).toString('latin1').trimStart()
    return text.startsWith('{')
  } finally {
    await handle.close()
  }
}

/** The inventory inside a parsed report, status or inventory JSON; undefined when none. */
export function inventoryIn(json: unknown): Inventory | undefined {
  const candidates = [
    json,
    (json as { inventory?: unknown } | null)?.inventory,
    (json as { snapshot?: { inventory?: unknown } } | null)?.snapshot?.inventory
  ]
  return candidates.find(isInventory)
}

function isInventory(value: unknown): value is Inventory {
  const v = value as Partial<Inventory> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.revision === 'number' &&
    typeof v.liveKeys === 'number' &&
    Array.isArray(v.kinds) &&
    Array.isArray(v.prefixes) &&
    typeof v.encrypted === 'object'
  )
}

/** Reads a JSON report's inventory; one clear error when the file has none. */
export async function readReportInventory(path: string): Promise<Inventory> {
  const text = await readFile(path)
  if (text.length > MAX_REPORT_BYTES)
    throw new InputError(`${path}: ${text.length} bytes is too big for a report`)
  let json: unknown
  try {
    json = JSON.parse(text.toString('utf8'))
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`)
  }
  const inventory = inventoryIn(json)
  if (!inventory)
    throw new InputError(
      `${path}: JSON without an inventory (want 'snapshot inventory -w json', 'snapshot status -w json' or a restore report)`
    )
  return inventory
}

/**
 * Both sides of a diff. A snapshot is inventoried at `depth`, or at the depth of a report on the
 * other side, so prefixes outside /registry group alike.
 */
export async function loadDiffSides(
  oldPath: string,
  newPath: string,
  depth: number | undefined,
  options: Pick<InventoryOptions, 'encryptionConfig' | 'kubernetesPrefix'> = {}
): Promise<[InventorySource, InventorySource]> {
  const paths = [oldPath, newPath] as const
  const json = await Promise.all(paths.map(isJsonFile))
  const reports = await Promise.all(
    paths.map((p, i) => (json[i] ? readReportInventory(p) : undefined))
  )
  const reportDepth = reports.find((r) => r !== undefined)?.depth
  const sides = await Promise.all(
    paths.map(async (path, i): Promise<InventorySource> => {
      const report = reports[i]
      if (report) return { path, kind: 'report', inventory: report }
      const inventory = await inspectSnapshot(path, (db) =>
        takeInventory(db, { ...options, depth: depth ?? reportDepth })
      )
      return { path, kind: 'snapshot', inventory }
    })
  )
  return [sides[0]!, sides[1]!]
}
