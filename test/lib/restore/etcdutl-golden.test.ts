/**
 * Golden restores against etcdutl 3.5.30, the byte reference for the 3.5 format: for snapshots
 * saved by etcd 3.5.30 (test/fixtures/etcd-3.5.30, made by scripts/fixtures/make-etcd-fixtures.mjs)
 * `etcdutl snapshot restore` and our CLI's `snapshot restore --target-version 3.5`, given the same
 * flags for every member, write the same WAL and .snap bytes and an equal db, bucket by bucket,
 * with and without `--bump-revision 1000000 --mark-compacted`; `snapshot status` agrees.
 * The 3.4.23 tiny fixture too (the upgrade path: a 3.4 snapshot restored for 3.5).
 * Live with every etcdutl 3.5 under test (etcd-servers.ts); always against the digests etcdutl
 * 3.5.30's outputs had (expected/*.json; UPDATE_ETCDUTL_GOLDEN=1 rewrites them from a live run).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { MEMBERS, cleanupTemp, fixture, tempDir } from './harness.js'
import {
  REFERENCE as REFERENCES,
  VARIANTS as variants,
  digestMember,
  etcdutlsOf,
  memberArgs,
  ourCli,
  runEtcdutl,
  update,
  type MemberDigest
} from './etcdutl-harness.js'

afterAll(cleanupTemp)

const DIR = fixture('etcd-3.5.30')
const REFERENCE = REFERENCES['3.5']
// 3.6's etcdutl writes the 3.6 format: not a reference for --target-version 3.5
const references = etcdutlsOf('3.5')

const snapshots = [
  { label: 'plain.db saved by etcd 3.5.30', dir: DIR, file: 'plain.db', digests: 'plain' },
  { label: 'auth.db saved by etcd 3.5.30', dir: DIR, file: 'auth.db', digests: 'auth' },
  {
    label: 'tiny-snapshot.db saved by etcd 3.4.23',
    dir: fixture('.'),
    file: 'tiny-snapshot.db',
    digests: 'tiny-3.4.23'
  }
]

const expectedPath = (snapshot: string, variant: string): string =>
  join(DIR, 'expected', `${snapshot}.${variant}.json`)

describe.each(snapshots)('$label', ({ dir, file, digests }) => {
  const snapshotPath = join(dir, file)

  test.each(variants)('restore ($name): WAL, .snap and every db bucket as etcdutl', async (v) => {
    const ours: Record<string, MemberDigest> = {}
    const parent = tempDir('etcdutl-golden-')
    for (const name of MEMBERS) {
      const dataDir = join(parent, 'ours', name)
      await ourCli(memberArgs(snapshotPath, dataDir, name, [...v.args, '--target-version', '3.5']))
      const member = digestMember(dataDir)
      ours[name] = member.digest
      // a user key named like the source member survives (etcdctl 3.4 deleted it; etcdutl 3.5 keeps it)
      const quirk = JSON.parse(readFileSync(join(dir, `${file}.expect.json`), 'utf8')) as {
        source_member_id: string
        quirk_member_key: boolean
      }
      if (quirk.quirk_member_key)
        expect(member.buckets['bucket "key"']).toContain(
          Buffer.from(quirk.source_member_id).toString('hex')
        )
    }
    for (const reference of references) {
      const theirs: Record<string, MemberDigest> = {}
      for (const name of MEMBERS) {
        const dataDir = join(parent, `etcdutl-${reference.version}`, name)
        runEtcdutl(reference, memberArgs(snapshotPath, dataDir, name, v.args))
        const their = digestMember(dataDir)
        theirs[name] = their.digest
        // bucket by bucket as text first: a difference shows the keys, not two hashes
        expect(
          digestMember(join(parent, 'ours', name)).buckets,
          `${name} db vs etcdutl ${reference.version}`
        ).toEqual(their.buckets)
      }
      expect(ours, `vs etcdutl ${reference.version}`).toEqual(theirs)
      if (update && reference.version === REFERENCE)
        writeFileSync(expectedPath(digests, v.name), `${JSON.stringify(theirs, null, 2)}\n`)
    }
    const expected = JSON.parse(readFileSync(expectedPath(digests, v.name), 'utf8')) as Record<
      string,
      MemberDigest
    >
    expect(ours).toEqual(expected)
  })

  test('snapshot status: our fields equal etcdutl’s', async () => {
    const ours = JSON.parse(
      await ourCli(['snapshot', 'status', snapshotPath, '-w', 'json'])
    ) as Record<string, unknown>
    const statusFile = join(dir, `${file}.expect.json`)
    const wanted: [string, unknown][] = [
      ['checked in', (JSON.parse(readFileSync(statusFile, 'utf8')) as Expect).snapshot_status],
      ...references.map((r): [string, unknown] => [
        `etcdutl ${r.version}`,
        JSON.parse(runEtcdutl(r, ['snapshot', 'status', snapshotPath, '-w', 'json']))
      ])
    ]
    for (const [from, reference] of wanted) {
      const fields = Object.keys(reference as object)
      expect(fields).toEqual(expect.arrayContaining(['hash', 'revision', 'totalKey', 'totalSize']))
      expect(Object.fromEntries(fields.map((f) => [f, ours[f]])), from).toEqual(reference)
    }
  })
})

interface Expect {
  made_by: string
  snapshot_status: unknown
}

test('the 3.5.30 fixtures are what their README says', () => {
  expect(existsSync(join(DIR, 'README.md'))).toBe(true)
  for (const s of snapshots.filter((s) => s.dir === DIR)) {
    const facts = JSON.parse(readFileSync(join(DIR, `${s.file}.expect.json`), 'utf8')) as Expect
    expect(facts.made_by).toBe(`etcd Version: ${REFERENCE}`)
    expect(readFileSync(join(DIR, `${s.file}.status.json`), 'utf8')).toBe(
      `${JSON.stringify(facts.snapshot_status)}\n`
    )
  }
})
