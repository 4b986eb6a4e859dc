/**
 * RestoreRunOptions.mirrors: the throwaway copy of every member's data-dir the drill boots is
 * written in the restore's own pass, and holds exactly the member's bytes (db, WAL, .snap), on
 * every path the db can take: copied from a plain file, copied from a decompressed staging db,
 * compacted in place, with --wal-dir and --bump-revision. onMirrorsReady says so once they are
 * complete, before any member lands (the drill boots them then).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, test } from 'vitest'
import type { Defrag, RestoreTarget } from '../../../src/lib/options.js'
import { restore, type MirrorMember, type MirrorsReady } from '../../../src/lib/restore/index.js'
import { MEMBERS, TINY, cleanupTemp, fixture, options, tempDir } from './harness.js'

afterAll(cleanupTemp)

/** Every file under `dir`, by its path below it, as its sha256. */
function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out[path.slice(dir.length)] = createHash('sha256').update(readFileSync(path)).digest('hex')
  }
  return out
}

/** Mirrors under `root`: `<index>-<name>/data` and, with a separate WAL, `<index>-<name>/wal`. */
function mirrorsUnder(root: string): {
  asked: MirrorMember[]
  mirrors: (m: MirrorMember) => { dataDir: string; walDir?: string }
} {
  const asked: MirrorMember[] = []
  return {
    asked,
    mirrors: (m) => {
      asked.push(m)
      const dir = join(root, `${m.index}-${m.name}`)
      mkdirSync(dir)
      return m.separateWal
        ? { dataDir: join(dir, 'data'), walDir: join(dir, 'wal') }
        : { dataDir: join(dir, 'data') }
    }
  }
}

const CHURNED = fixture('churned-snapshot.db')

describe('restore mirrors: byte for byte the members', () => {
  test.each<[string, () => string, Defrag, boolean, bigint]>([
    ['a plain file copied (defrag never)', () => TINY.snapshot, 'never', false, 0n],
    ['a plain file compacted in place (defrag always)', () => CHURNED, 'always', false, 0n],
    ['a churned file, defrag auto', () => CHURNED, 'auto', false, 0n],
    ['a compressed snapshot (staging db copied)', gzipped, 'never', false, 0n],
    ['--wal-dir and --bump-revision', () => TINY.snapshot, 'never', true, 1_000_000n]
  ])('%s', async (_name, snapshot, defrag, separateWal, bump) => {
    const dir = tempDir()
    const root = join(dir, 'mirrors')
    mkdirSync(root)
    const target: RestoreTarget = separateWal
      ? { kind: 'all', outDir: join(dir, 'out'), walDir: join(dir, 'wal') }
      : { kind: 'all', outDir: join(dir, 'out') }
    const { asked, mirrors } = mirrorsUnder(root)
    // what the mirrors held when the restore said they were ready, and whether a member had landed
    const told: { ready: MirrorsReady; files: Record<string, string>; landed: boolean }[] = []
    const report = await restore({
      ...options({ ...TINY, snapshot: snapshot() }, target, {
        bumpRevision: bump,
        markCompacted: bump > 0n
      }),
      defrag,
      mirrors,
      onMirrorsReady: (ready) =>
        told.push({
          ready,
          files: fileHashes(root),
          landed: existsSync(join(dir, 'out', MEMBERS[0]!))
        })
    })
    // told once, before any member landed, with the mirrors' final bytes
    expect(told.length).toBe(1)
    expect(told[0]!.landed).toBe(false)
    expect(told[0]!.files).toEqual(fileHashes(root))
    expect(told[0]!.ready).toEqual({
      token: report.cluster.token,
      members: report.cluster.members.map((m) => ({
        name: m.name,
        peerURLs: m.peerURLs,
        separateWal
      })),
      authEnabled: false
    })
    expect(asked.map((m) => [m.index, m.name, m.separateWal])).toEqual(
      MEMBERS.map((name, i) => [i, name, separateWal])
    )
    expect(report.cluster.members.map((m) => m.name)).toEqual(MEMBERS)
    for (const [i, m] of report.cluster.members.entries()) {
      const mirror = join(root, `${i}-${m.name}`)
      expect(fileHashes(join(mirror, 'data'))).toEqual(fileHashes(m.dataDir))
      if (separateWal) expect(fileHashes(join(mirror, 'wal'))).toEqual(fileHashes(m.walDir))
      // every file there: db, .snap, WAL
      expect(Object.keys(fileHashes(mirror)).length).toBe(3)
    }
  })

  test('a refused snapshot: the restore throws, its mirrors are the caller’s to remove, no write goes on', async () => {
    const dir = tempDir()
    const bad = join(dir, 'bad.db')
    const bytes = readFileSync(TINY.snapshot)
    bytes.fill(0xff, 8192, 12288) // a page in the middle: the hash and the check refuse it
    writeFileSync(bad, bytes)
    const root = join(dir, 'mirrors')
    mkdirSync(root)
    const { mirrors } = mirrorsUnder(root)
    let told = 0
    await expect(
      restore({
        ...options({ ...TINY, snapshot: bad }, { kind: 'all', outDir: join(dir, 'out') }),
        mirrors,
        onMirrorsReady: () => void told++
      })
    ).rejects.toThrow()
    expect(told).toBe(0) // never ready: nothing may boot a refused snapshot's mirrors
    // the output never landed; the mirrors stay where the caller put them until it removes them
    expect(readdirSync(dir).sort()).toEqual(['bad.db', 'mirrors'])
  })
})

function gzipped(): string {
  const path = join(tempDir(), 'tiny.db.gz')
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, gzipSync(readFileSync(TINY.snapshot)))
  return path
}
