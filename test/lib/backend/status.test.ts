import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { etcdctlStatusJson, snapshotStatus } from '../../../src/lib/backend/status.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { FileByteFile } from '../../../src/lib/io/page-file.js'
import { scribbling } from '../../helpers/scribbling-source.js'
import { etcdAvailable, etcdctl } from './etcd-server.js'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures')
const TINY = join(FIXTURES, 'tiny-snapshot.db')
const SOURCE = join(FIXTURES, 'source-snapshot-etcd3.4.23.db')

function statusOf(
  path: string,
  options?: Parameters<typeof snapshotStatus>[1]
): ReturnType<typeof snapshotStatus> {
  const file = FileByteFile.open(path)
  try {
    // buckets are swept with transient reads: stale views get scribbled over
    return snapshotStatus(BoltDb.open(scribbling(file)), options)
  } finally {
    file.close()
  }
}

// Measured with Debian etcdctl 3.4.23: `etcdctl snapshot status <file> -w json`.
const ETCDCTL = {
  'tiny-snapshot.db': '{"hash":425836391,"revision":44,"totalKey":240,"totalSize":655360}',
  'source-snapshot-etcd3.4.23.db': '{"hash":1473284965,"revision":6,"totalKey":9,"totalSize":20480}'
}

describe('snapshotStatus: etcdctl 3.4.23 snapshot status', () => {
  it.each(Object.entries(ETCDCTL))('%s', (name, json) => {
    expect(etcdctlStatusJson(statusOf(join(FIXTURES, name)))).toBe(json)
  })

  it.each(readdirSync(join(FIXTURES, 'backend')).filter((f) => f.endsWith('.db')))(
    'backend/%s (recorded from etcdctl)',
    (name) => {
      const expected = JSON.parse(
        readFileSync(join(FIXTURES, 'backend', `${name}.expect.json`), 'utf8')
      ) as {
        status: unknown
      }
      expect(JSON.parse(etcdctlStatusJson(statusOf(join(FIXTURES, 'backend', name))))).toEqual(
        expected.status
      )
    }
  )

  it.runIf(etcdAvailable())(
    'equals a live `etcdctl snapshot status -w json` on every fixture',
    () => {
      const files = [
        TINY,
        SOURCE,
        ...readdirSync(join(FIXTURES, 'backend'))
          .filter((f) => f.endsWith('.db'))
          .map((f) => join(FIXTURES, 'backend', f))
      ]
      for (const path of files) {
        const real = JSON.parse(etcdctl(['snapshot', 'status', path, '-w', 'json'])) as unknown
        expect({ path, status: JSON.parse(etcdctlStatusJson(statusOf(path))) }).toEqual({
          path,
          status: real
        })
      }
    }
  )
})

describe('snapshotStatus: extras', () => {
  it('tiny-snapshot.db: everything the fixture README states', () => {
    const s = statusOf(TINY)
    expect(s).toMatchObject({
      pageSize: 4096,
      buckets: [
        'alarm',
        'auth',
        'authRoles',
        'authUsers',
        'cluster',
        'key',
        'lease',
        'members',
        'members_removed',
        'meta'
      ],
      compactRevision: 33,
      scheduledCompactRevision: 33,
      keyRevisions: 228,
      tombstones: 1,
      liveKeys: 222,
      leases: { count: 2, ids: ['227da2142a1c7e2c', '7e57000000000002'] },
      auth: { enabled: false, revision: 9n, users: ['alice', 'root'], roles: ['reader'] },
      consistentIndex: 60n,
      term: undefined,
      confState: undefined,
      storageVersion: undefined,
      clusterVersion: '3.4.0',
      members: ['998e80b37cc7227d'],
      membersRemoved: []
    })
  })

  it('source-snapshot: never compacted, one member, no leases', () => {
    expect(statusOf(SOURCE)).toMatchObject({
      compactRevision: 0,
      scheduledCompactRevision: 0,
      keyRevisions: 5,
      liveKeys: 4,
      leases: { count: 0, ids: [] },
      consistentIndex: 11n,
      members: ['6668fae7b84992aa']
    })
  })

  it('reports liveKeys as unknown beyond maxTrackedKeys, and caps lists at maxListed', () => {
    const s = statusOf(TINY, { maxTrackedKeys: 100, maxListed: 1 })
    expect(s.liveKeys).toBeUndefined()
    expect(s.keyRevisions).toBe(228)
    expect(s.leases).toEqual({ count: 2, ids: ['227da2142a1c7e2c'] })
    expect(s.auth.users).toEqual(['alice'])
    expect(s.hash).toBe(425836391)
  })
})
