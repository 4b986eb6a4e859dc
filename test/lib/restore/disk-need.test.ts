/**
 * The pure half of the disk check (disk-need.ts): needs grouped by file system, a file system's
 * peak (what is kept plus its largest phase, not every phase at once), and the one line.
 */
import { describe, expect, test } from 'vitest'
import { DiskSpaceError } from '../../../src/lib/errors.js'
import {
  CLI_ADVICE,
  assertRoom,
  shortfalls,
  type DiskNeed,
  type FileSystemRoom
} from '../../../src/lib/restore/disk-need.js'

const MiB = 1024 * 1024
/** Two file systems: /a (dev 1) and /b (dev 2), by the path's first segment. */
const rooms =
  (freeA: number, freeB: number) =>
  (path: string): FileSystemRoom =>
    path.startsWith('/a') ? { dev: 1, free: freeA } : { dev: 2, free: freeB }

const kept = (path: string, mib: number): DiskNeed => ({
  path,
  bytes: mib * MiB,
  what: 'data-dirs',
  knob: 'outDir'
})
const passing = (path: string, mib: number, phase: string): DiskNeed => ({
  path,
  bytes: mib * MiB,
  what: phase,
  phase,
  knob: phase === 'drill' ? 'temp' : 'archives'
})

describe('disk needs', () => {
  test('a file system’s peak: what is kept plus the largest phase', () => {
    const needs = [
      kept('/a/out', 10),
      passing('/a/tmp', 30, 'drill'),
      passing('/a/w', 20, 'upload')
    ]
    expect(shortfalls(needs, rooms(40 * MiB, 0))).toEqual([])
    const [short] = shortfalls(needs, rooms(39 * MiB, 0))
    expect(short).toMatchObject({ path: '/a/out', need: 40 * MiB, free: 39 * MiB })
  })

  test('each file system on its own; nothing needed, nothing checked', () => {
    const needs = [kept('/a/out', 10), passing('/b/tmp', 30, 'drill'), kept('/b/none', 0)]
    expect(shortfalls(needs, rooms(10 * MiB, 29 * MiB)).map((s) => s.path)).toEqual(['/b/tmp'])
    expect(shortfalls([kept('/b/none', 0)], rooms(0, 0))).toEqual([])
  })

  test('the line names the first need’s path, the need, the free bytes and the remedies there', () => {
    const needs = [kept('/a/out', 10), passing('/a/tmp', 30, 'drill')]
    expect(() => assertRoom(needs, rooms(20 * MiB, 0), CLI_ADVICE)).toThrow(
      new DiskSpaceError(
        'needs 40.0 MiB on /a/out, 20.0 MiB free; choose another --out-dir or set TMPDIR to a larger disk'
      )
    )
    // compacted members would fit: --defrag always is offered too
    const compacted = [kept('/a/out', 2), passing('/a/tmp', 10, 'drill')]
    expect(() => assertRoom(needs, rooms(20 * MiB, 0), CLI_ADVICE, compacted)).toThrow(
      'needs 40.0 MiB on /a/out, 20.0 MiB free; choose another --out-dir or set TMPDIR to a larger disk or --defrag always'
    )
    // they would not: it is not
    expect(() => assertRoom(needs, rooms(5 * MiB, 0), CLI_ADVICE, compacted)).toThrow(
      /larger disk$/
    )
  })
})
