import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hashKV } from '../../../src/lib/backend/hashkv.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { InputError } from '../../../src/lib/errors.js'
import { FileByteFile } from '../../../src/lib/io/page-file.js'
import { scribbling } from '../../helpers/scribbling-source.js'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures')

/** The hash sweeps read transiently: stale views are scribbled over (scribbling-source.ts). */
function withDb<T>(path: string, fn: (db: BoltDb) => T): T {
  const file = FileByteFile.open(path)
  try {
    return fn(BoltDb.open(scribbling(file)))
  } finally {
    file.close()
  }
}

describe('hashKV', () => {
  it('tiny-snapshot.db: 3137846992 at revision 44, compact revision 33 (etcd 3.4.23 endpoint hashkv)', () => {
    const result = withDb(join(FIXTURES, 'tiny-snapshot.db'), (db) => hashKV(db))
    expect(result).toEqual({
      hash: 3137846992,
      hashRevision: 44,
      compactRevision: 33,
      currentRevision: 44
    })
  })

  it('tiny-snapshot.db: an explicit rev equal to the current revision gives the same hash', () => {
    expect(withDb(join(FIXTURES, 'tiny-snapshot.db'), (db) => hashKV(db, 44).hash)).toBe(3137846992)
  })

  // From `etcdctl endpoint hashkv --rev=N` on a 3.4.23 server booted from `etcdctl snapshot
  // restore` of this file (its current revision is 7 there: etcdctl 3.4 deletes the key named
  // after the old member, see format doc §11; revisions ≤ 6 are the snapshot's).
  it.each([
    [2, 3305255506],
    [3, 2569270513],
    [4, 2870826998],
    [5, 2266707330],
    [6, 3752226705],
    [0, 3752226705]
  ])('source-snapshot (never compacted) at rev %i: %i, compact revision -1', (rev, hash) => {
    const result = withDb(join(FIXTURES, 'source-snapshot-etcd3.4.23.db'), (db) => hashKV(db, rev))
    expect(result).toEqual({
      hash,
      hashRevision: rev || 6,
      compactRevision: -1,
      currentRevision: 6
    })
  })

  it('refuses compacted and future revisions like etcd (ErrCompacted / ErrFutureRev)', () => {
    withDb(join(FIXTURES, 'tiny-snapshot.db'), (db) => {
      expect(() => hashKV(db, 33)).toThrow(InputError)
      expect(() => hashKV(db, 33)).toThrow(/revision 33 is compacted \(compact revision 33\)/)
      expect(() => hashKV(db, 45)).toThrow(/revision 45 is in the future \(current revision 44\)/)
      expect(() => hashKV(db, -1)).toThrow(InputError)
    })
  })

  it('past maxTrackedKeys it sweeps again, a class of keys at a time: same hash, never a refusal', () => {
    for (const path of [
      join(FIXTURES, 'tiny-snapshot.db'),
      join(FIXTURES, 'churned-snapshot.db'),
      ...readdirSync(join(FIXTURES, 'backend'))
        .filter((f) => f.endsWith('.db'))
        .map((f) => join(FIXTURES, 'backend', f))
    ]) {
      withDb(path, (db) => {
        const whole = hashKV(db)
        for (const maxTrackedKeys of [1, 2, 3, 10, 50])
          expect({ path, maxTrackedKeys, ...hashKV(db, 0, { maxTrackedKeys }) }).toEqual({
            path,
            maxTrackedKeys,
            ...whole
          })
      })
    }
  })

  // Snapshots and numbers recorded from a live etcd 3.4.23 by etcd-live.test.ts
  // (UPDATE_BACKEND_FIXTURES=1), plus tiny-bumped-1000.db (scheduled > finished compaction;
  // see its .expect.json note).
  const recorded = readdirSync(join(FIXTURES, 'backend')).filter((f) => f.endsWith('.db'))
  it.each(recorded)('%s: every recorded `endpoint hashkv --rev` answer', (name) => {
    const expected = JSON.parse(
      readFileSync(join(FIXTURES, 'backend', `${name}.expect.json`), 'utf8')
    ) as {
      hashkv: Record<string, { hash: number; compactRevision: number } | 'compacted'>
    }
    withDb(join(FIXTURES, 'backend', name), (db) => {
      for (const [rev, answer] of Object.entries(expected.hashkv)) {
        if (answer === 'compacted') expect(() => hashKV(db, Number(rev))).toThrow(/is compacted/)
        else {
          const ours = hashKV(db, Number(rev))
          expect({ rev, hash: ours.hash, compactRevision: ours.compactRevision }).toEqual({
            rev,
            ...answer
          })
          // and when the keys come a few at a time (a sweep per class of keys)
          expect(hashKV(db, Number(rev), { maxTrackedKeys: 2 }).hash).toBe(answer.hash)
        }
      }
    })
  })
})
