/**
 * A second judge: the real bbolt library runs tx.Check() on databases our writer made — random
 * multi-commit edits with splits, merges, overflow pages and nested buckets, and real restores.
 * Three releases judge every file: bbolt 1.3.6 (what etcd 3.4.23 links), 1.4.x (etcd 3.6) and
 * 1.5.x (etcd 3.7), from the Go module proxy (test/judge/go.mod, bbolt-1.4.mod, bbolt-1.5.mod).
 * Needs Go >= 1.25 (/usr/local/go): loud skip without it, failure under REQUIRE_ETCD=1 (CI has it).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MemoryByteFile } from '../../src/lib/io/page-file.js'
import { initDb } from '../../src/lib/bolt/init-db.js'
import { WriteTx } from '../../src/lib/bolt/tx.js'
import { restore } from '../../src/lib/restore/index.js'
import { BoltDb } from '../../src/lib/bolt/db.js'
import { compactDb } from '../../src/lib/bolt/compact/compact.js'
import { MemorySink } from '../helpers/memory-sink.js'
import { rng } from '../helpers/churned-db.js'
import { GO_ENV, goMinorVersion } from '../helpers/go.js'

const JUDGES = [
  { bbolt: '1.3.6', modfile: 'go.mod' },
  { bbolt: '1.4', modfile: 'bbolt-1.4.mod' },
  { bbolt: '1.5', modfile: 'bbolt-1.5.mod' }
]
const available = goMinorVersion() >= 25
if (!available) {
  if (process.env.REQUIRE_ETCD === '1') {
    throw new Error('bbolt judge needs Go >= 1.25 at /usr/local/go/bin (or on PATH)')
  }
  console.warn('SKIPPED: bbolt judge — needs Go >= 1.25 (/usr/local/go) and the Go module proxy')
}

let dir = ''
const judges: { bbolt: string; path: string }[] = []

/** Runs every bbolt release's tx.Check() on a db file; returns their findings ('' when clean). */
function bboltCheck(path: string): string {
  const findings: string[] = []
  for (const judge of judges) {
    const run = spawnSync(judge.path, [path], { encoding: 'utf8' })
    if (run.status !== 0)
      findings.push(
        `bbolt ${judge.bbolt}: ${`${run.stdout}${run.stderr}`.trim() || `exit ${run.status}`}`
      )
  }
  return findings.join('\n')
}

describe.skipIf(!available)('real bbolt tx.Check() (1.3.6, 1.4, 1.5) on our output', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bbolt-judge-'))
    for (const { bbolt, modfile } of JUDGES) {
      const path = join(dir, `bbolt-check-${bbolt}`)
      execFileSync('go', ['build', `-modfile=${modfile}`, '-o', path, '.'], {
        cwd: 'test/judge',
        env: GO_ENV
      })
      judges.push({ bbolt, path })
    }
  }, 300_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  for (const [seed, pageSize] of [
    [7, 4096],
    [8, 16384]
  ] as const) {
    it(`random commits stay clean (seed ${seed}, page size ${pageSize})`, () => {
      const file = new MemoryByteFile()
      initDb(file, pageSize)
      const random = rng(seed)
      const key = (i: number) => Buffer.from(`key-${String(i).padStart(6, '0')}`)
      for (let commit = 0; commit < 12; commit++) {
        const tx = WriteTx.begin(file, { reuseFreePages: commit % 2 === 1 })
        const names = ['alpha', 'beta', 'gamma']
        for (let op = 0; op < 600; op++) {
          const bucket = tx.createBucketIfNotExists(names[random(names.length)]!)
          const k = key(random(4000))
          if (random(10) < 3) bucket.delete(k)
          else
            bucket.put(k, Buffer.alloc(random(10) === 0 ? random(3 * pageSize) : random(200), op))
          if (op % 150 === 0) bucket.createBucketIfNotExists(`nested-${random(3)}`).put(k, k)
        }
        if (commit === 9) tx.deleteBucket('beta')
        tx.commit({ freelist: commit % 3 === 0 ? 'page' : 'none' })
        const path = join(dir, `seed-${seed}.db`)
        writeFileSync(path, file.bytes())
        expect(bboltCheck(path), `seed ${seed}, commit ${commit}`).toBe('')
      }
    })
  }

  for (const [seed, pageSize, freelist] of [
    [11, 4096, 'none'],
    [12, 4096, 'page'],
    [13, 16384, 'none'],
    [14, 65536, 'page']
  ] as const) {
    it(`compacted dbs are clean, and stay clean after a write (seed ${seed}, ${pageSize}, freelist ${freelist})`, () => {
      const file = new MemoryByteFile()
      initDb(file, pageSize)
      const random = rng(seed)
      const key = (i: number) => Buffer.from(`key-${String(i).padStart(6, '0')}`)
      for (let commit = 0; commit < 6; commit++) {
        const tx = WriteTx.begin(file)
        for (let op = 0; op < 800; op++) {
          const bucket = tx.createBucketIfNotExists(['alpha', 'beta', 'tiny'][random(3)]!)
          const k = key(random(3000))
          if (random(10) < 4) bucket.delete(k)
          else
            bucket.put(k, Buffer.alloc(random(15) === 0 ? random(3 * pageSize) : random(300), op))
          if (op % 100 === 0) bucket.createBucketIfNotExists(`nested-${random(3)}`).put(k, k)
        }
        tx.commit({ freelist })
      }
      const sink = new MemorySink(pageSize)
      compactDb(BoltDb.open(file), sink)
      const path = join(dir, `compacted-${seed}.db`)
      writeFileSync(path, sink.file.bytes())
      expect(bboltCheck(path)).toBe('')
      const tx = WriteTx.begin(sink.file, { reuseFreePages: true })
      const alpha = tx.createBucketIfNotExists('alpha')
      for (let i = 0; i < 500; i++) alpha.put(key(random(6000)), Buffer.alloc(random(500)))
      for (let i = 0; i < 300; i++) alpha.delete(key(random(6000)))
      tx.commit({ freelist })
      writeFileSync(path, sink.file.bytes())
      expect(bboltCheck(path)).toBe('')
    })
  }

  it('compacted restores of the churned fixture are clean (auto, and always with a bump)', async () => {
    for (const [defrag, bump] of [
      ['auto', 0n],
      ['always', 1000n]
    ] as const) {
      const out = join(dir, `compacted-restore-${defrag}`)
      const report = await restore({
        snapshotPath: 'test/fixtures/churned-snapshot.db',
        skipHashCheck: false,
        initialCluster: 'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:2381',
        initialClusterToken: 'judge',
        target: { kind: 'all', outDir: out },
        bumpRevision: bump,
        markCompacted: bump > 0n,
        targetVersion: '3.5',
        defrag
      })
      expect(report.db?.mode).toBe('compact')
      for (const m of ['m1', 'm2'])
        expect(bboltCheck(join(out, m, 'member', 'snap', 'db'))).toBe('')
    }
  })

  it('restored member dbs are clean, with and without a revision bump', async () => {
    for (const bump of [0n, 1000n]) {
      const out = join(dir, `restore-${bump}`)
      await restore({
        snapshotPath: 'test/fixtures/tiny-snapshot.db',
        skipHashCheck: false,
        initialCluster: 'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:2381',
        initialClusterToken: 'judge',
        target: { kind: 'all', outDir: out },
        bumpRevision: bump,
        markCompacted: bump > 0n,
        targetVersion: '3.5'
      })
      for (const m of ['m1', 'm2'])
        expect(bboltCheck(join(out, m, 'member', 'snap', 'db'))).toBe('')
    }
  })
})
