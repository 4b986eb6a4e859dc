/**
 * Golden restores against real etcdutl 3.6.17 and 3.7.4 (built from etcd's Go modules by
 * scripts/build-etcd.sh): for snapshots saved by etcd 3.4.23, 3.5.30, 3.6.17 and 3.7.4, our CLI's
 * `snapshot restore --target-version 3.6` / `3.7` and `etcdutl snapshot restore` 3.6 / 3.7, given
 * the same flags for each of 3 members, write the same WAL bytes, an equal db bucket by bucket and
 * the same `.snap` content, with and without `--bump-revision 1000000 --mark-compacted`.
 *
 * The `.snap` is compared by content (etcdutl-harness.ts snapContent): etcdutl 3.6+ creates the v2
 * members in Go map order, so their CreatedIndex/ModifiedIndex and the event queue move from run
 * to run; when a run happens to use our order (the --initial-cluster order), the bytes must be
 * equal too. SNAP_ORDER_RUNS=N measures how often over N runs (default 4).
 *
 * Live with every etcdutl 3.6/3.7 under test (etcd-servers.ts; REQUIRE_ETCD=1 makes a missing
 * one fail); always against the digests etcdutl 3.6.17/3.7.4's outputs had
 * (test/fixtures/etcd-<version>/expected/; UPDATE_ETCDUTL_GOLDEN=1 rewrites them from a live run).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import {
  MEMBERS,
  SNAP_NAME,
  TINY,
  VECTOR,
  WAL_NAME,
  cleanupTemp,
  dumpBody,
  dumpDbFile,
  expectWal,
  fixture,
  tempDir,
  walHead
} from './harness.js'
import {
  REFERENCE,
  SAVED,
  VARIANTS,
  bucketDumps,
  digestMember,
  etcdutlsOf,
  expectedDir,
  memberArgs,
  ourCli,
  runEtcdutl,
  snapContent,
  startEtcdutl,
  update,
  type Member,
  type MemberDigest
} from './etcdutl-harness.js'

afterAll(cleanupTemp)

const LINES = ['3.6', '3.7'] as const
const live = { '3.6': etcdutlsOf('3.6'), '3.7': etcdutlsOf('3.7') }

/**
 * Every saved snapshot for both targets, except a 3.7-stamped one for target 3.6: our restore
 * refuses it (src/lib/backend/storage-version.ts) where etcdutl 3.6 writes it as it is.
 */
const cases = LINES.flatMap((line) =>
  SAVED.filter((s) => !(line === '3.6' && s.savedBy.startsWith('3.7.'))).map((s) => ({
    line,
    ...s
  }))
)

const expectedPath = (line: (typeof LINES)[number], key: string, variant: string): string =>
  join(expectedDir(line), `${key}.${variant}.json`)

/** Ours and theirs agree on everything but the creation order; equal order, equal bytes. */
function expectSameMember(ours: Member, theirs: Member, what: string): void {
  // bucket by bucket as text first: a difference shows the keys, not two hashes
  expect(ours.buckets, `${what}: db`).toEqual(theirs.buckets)
  expect(ours.digest.wal, `${what}: WAL bytes`).toEqual(theirs.digest.wal)
  expect(ours.snap!.canonical, `${what}: .snap content`).toBe(theirs.snap!.canonical)
  expect(ours.digest, what).toEqual(theirs.digest)
}

describe.each(cases)('target $line, $key ($savedBy saved it)', ({ line, key, path }) => {
  test.each(VARIANTS)('restore ($name): WAL, every db bucket and .snap content', async (v) => {
    const parent = tempDir('etcdutl-golden-')
    const theirDir = (version: string, name: string) => join(parent, `etcdutl-${version}`, name)
    // etcdutl's runs go on while ours run in this process
    const theirRuns = Promise.all(
      live[line].flatMap((reference) =>
        MEMBERS.map((name) =>
          startEtcdutl(reference, memberArgs(path, theirDir(reference.version, name), name, v.args))
        )
      )
    )
    const ours: Record<string, Member> = {}
    for (const name of MEMBERS) {
      const dataDir = join(parent, 'ours', name)
      await ourCli(memberArgs(path, dataDir, name, [...v.args, '--target-version', line]))
      ours[name] = digestMember(dataDir, true)
      // our .snap: the members created in --initial-cluster order
      expect(ours[name].snap!.order).toEqual(MEMBERS.map((m) => TINY.ids[m]))
    }
    await theirRuns
    const digests = (members: Record<string, Member>): Record<string, MemberDigest> =>
      Object.fromEntries(Object.entries(members).map(([n, m]) => [n, m.digest]))
    for (const reference of live[line]) {
      const theirs: Record<string, Member> = {}
      for (const name of MEMBERS) {
        const dataDir = theirDir(reference.version, name)
        theirs[name] = digestMember(dataDir, true)
        expectSameMember(ours[name]!, theirs[name], `${name} vs etcdutl ${reference.version}`)
        if (theirs[name].snap!.order.join() === ours[name]!.snap!.order.join())
          expect(
            readFileSync(join(dataDir, 'member', 'snap', theirs[name].snap!.name)),
            `${name}: same order, same .snap bytes`
          ).toEqual(
            readFileSync(join(parent, 'ours', name, 'member', 'snap', ours[name]!.snap!.name))
          )
      }
      if (update && reference.version === REFERENCE[line])
        writeFileSync(
          expectedPath(line, key, v.name),
          `${JSON.stringify(digests(theirs), null, 2)}\n`
        )
    }
    const expected = JSON.parse(readFileSync(expectedPath(line, key, v.name), 'utf8')) as Record<
      string,
      MemberDigest
    >
    expect(digests(ours)).toEqual(expected)
  })
})

describe.each(LINES)('etcdutl %s: the v2 members in Go map order', (line) => {
  const runs = Number(process.env.SNAP_ORDER_RUNS ?? '4')

  test.runIf(live[line].length > 0)(
    `${runs} runs for m1: rotations of the written order; ours when it matches`,
    async () => {
      const parent = tempDir('etcdutl-order-')
      const args = (dataDir: string) => memberArgs(TINY.snapshot, dataDir, 'm1', [])
      await ourCli([...args(join(parent, 'ours')), '--target-version', line])
      const ours = digestMember(join(parent, 'ours'), true)
      const oursBytes = readFileSync(join(parent, 'ours', 'member', 'snap', ours.snap!.name))
      const written = MEMBERS.map((m) => TINY.ids[m])
      const rotations = written.map((_, i) => [...written.slice(i), ...written.slice(0, i)].join())
      for (const reference of live[line]) {
        const seen = new Map<string, number>()
        let sameBytes = 0
        for (let run = 0; run < runs; run++) {
          const dataDir = join(parent, `${reference.version}-${run}`)
          runEtcdutl(reference, args(dataDir))
          const theirs = digestMember(dataDir, true)
          expectSameMember(ours, theirs, `run ${run} of etcdutl ${reference.version}`)
          const order = theirs.snap!.order.join()
          expect(rotations).toContain(order)
          seen.set(order, (seen.get(order) ?? 0) + 1)
          const bytes = readFileSync(join(dataDir, 'member', 'snap', theirs.snap!.name))
          if (bytes.equals(oursBytes)) sameBytes++
          expect(bytes.equals(oursBytes)).toBe(order === written.join())
        }
        console.log(
          `etcdutl ${reference.version}: our .snap bytes equal in ${sameBytes} of ${runs} runs; orders ${JSON.stringify(Object.fromEntries(seen))}`
        )
      }
    }
  )
})

/**
 * The golden files derived from source (test/fixtures/target-3.6, target-3.7: the §12 vector
 * restored, pinned by golden-3.6-3.7.test.ts) are what real etcdutl writes for that vector: WAL
 * head and zero tail byte for byte, the db as the 3.5 edit, the `.snap` by content.
 */
describe.each(LINES)('target-%s golden files', (line) => {
  test.runIf(live[line].length > 0)('equal real etcdutl’s output for the §12 vector', async () => {
    const parent = tempDir('etcdutl-vector-')
    const dir = `target-${line}`
    const db35 = dumpBody(
      readFileSync(fixture('vectors/expected/db-after-v3.5-style-restore.txt'), 'utf8')
    )
    const golden = snapContent(fixture(`${dir}/${SNAP_NAME}`))
    for (const reference of live[line]) {
      await Promise.all(
        MEMBERS.map((name) =>
          startEtcdutl(reference, [
            ...['snapshot', 'restore', VECTOR.snapshot, '--name', name],
            ...['--data-dir', join(parent, reference.version, name)],
            ...[
              '--initial-cluster',
              VECTOR.initialCluster,
              '--initial-cluster-token',
              VECTOR.token
            ],
            ...['--initial-advertise-peer-urls', VECTOR.peer[name]]
          ])
        )
      )
      for (const name of MEMBERS) {
        const member = join(parent, reference.version, name, 'member')
        const what = `${name}, etcdutl ${reference.version}`
        expectWal(join(member, 'wal', WAL_NAME), walHead(`${dir}/wal-head-${name}.bin`))
        expect(dumpBody(dumpDbFile(join(member, 'snap', 'db'))), what).toBe(db35)
        const theirs = snapContent(join(member, 'snap', SNAP_NAME))
        expect(theirs.canonical, what).toBe(golden.canonical)
        expect(theirs.size, what).toBe(golden.size)
        if (theirs.order.join() === golden.order.join())
          expect(readFileSync(join(member, 'snap', SNAP_NAME)), what).toEqual(
            readFileSync(fixture(`${dir}/${SNAP_NAME}`))
          )
      }
    }
  })
})

test('the 3.6.17 and 3.7.4 fixtures: made by that server, storage version recorded', () => {
  for (const s of SAVED.filter((s) => /^3\.[67]\./.test(s.savedBy))) {
    const facts = JSON.parse(readFileSync(s.expectPath, 'utf8')) as {
      made_by: string
      storage_version: string
      snapshot_status: { version: string }
    }
    expect(facts.made_by).toBe(`etcd Version: ${s.savedBy}`)
    expect(facts.storage_version).toBe(`${s.savedBy.split('.').slice(0, 2).join('.')}.0`)
    expect(facts.snapshot_status.version).toBe(facts.storage_version)
    // read from the snapshot's meta bucket too
    expect(bucketDumps(s.path)['bucket "meta"']).toContain(
      `"storageVersion" => "${facts.storage_version}"`
    )
    expect(readFileSync(`${s.path}.status.json`, 'utf8')).toBe(
      `${JSON.stringify(facts.snapshot_status)}\n`
    )
    expect(existsSync(join(s.path, '..', 'README.md'))).toBe(true)
  }
})
