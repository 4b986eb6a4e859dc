/**
 * Golden restores against etcdutl 3.5.30, the byte reference for the 3.5 format: for snapshots
 * saved by etcd 3.5.30 (test/fixtures/etcd-3.5.30, made by scripts/fixtures/make-3.5-fixtures.mjs)
 * `etcdutl snapshot restore` and our CLI's `snapshot restore --target-version 3.5`, given the same
 * flags for every member, write the same WAL and .snap bytes and an equal db, bucket by bucket,
 * with and without `--bump-revision 1000000 --mark-compacted`; `snapshot status` agrees.
 * The 3.4.23 tiny fixture too (the upgrade path: a 3.4 snapshot restored for 3.5).
 * Live with every etcdutl 3.5 under test (etcd-servers.ts); always against the digests etcdutl
 * 3.5.30's outputs had (expected/*.json; UPDATE_ETCDUTL_GOLDEN=1 rewrites them from a live run).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { main } from '../../../src/cli/main.js'
import { etcdServersForTests, type EtcdServer } from '../../helpers/etcd-servers.js'
import { MEMBERS, TINY, cleanupTemp, dumpDbFile, fixture, tempDir } from './harness.js'

afterAll(cleanupTemp)

const DIR = fixture('etcd-3.5.30')
const REFERENCE = '3.5.30'
// 3.6's etcdutl writes the 3.6 format: not a reference for --target-version 3.5
const references = etcdServersForTests().filter((s) => s.minor === '3.5' && s.etcdutl)
const update = process.env.UPDATE_ETCDUTL_GOLDEN === '1'
if (update && !references.some((s) => s.version === REFERENCE))
  throw new Error(`UPDATE_ETCDUTL_GOLDEN=1 needs etcdutl ${REFERENCE}`)
if (references.length === 0)
  console.warn('\n*** no etcdutl 3.5: golden tests compare with the checked-in digests only ***\n')

const BUMP = ['--bump-revision', '1000000', '--mark-compacted']
const variants = [
  { name: 'plain', args: [] as string[] },
  { name: 'bumped', args: BUMP }
]
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

/** What one restored member is, as digests: the WAL and .snap bytes, each db bucket's entries. */
interface FileDigest {
  name: string
  size: number
  /** Bytes up to the last non-zero one; all the rest are zeros (a WAL's preallocated tail). */
  used: number
  /** sha256 of the used bytes. */
  sha256: string
}

interface MemberDigest {
  wal: FileDigest
  snap: FileDigest
  db: Record<string, string>
}

/** The one file (besides db) in dir, as size + used bytes + their sha256: equal digests, equal files. */
function fileDigest(dir: string): FileDigest {
  const names = readdirSync(dir).filter((n) => n !== 'db')
  expect(names, dir).toHaveLength(1)
  const name = names[0]!
  const path = join(dir, name)
  const size = statSync(path).size
  const chunk = Buffer.alloc(1 << 20)
  const zeros = Buffer.alloc(1 << 20)
  const fd = openSync(path, 'r')
  try {
    let used = 0
    for (let pos = 0; pos < size; pos += chunk.length) {
      const n = readSync(fd, chunk, 0, chunk.length, pos)
      if (chunk.subarray(0, n).equals(zeros.subarray(0, n))) continue
      let last = n - 1
      while (chunk[last] === 0) last--
      used = pos + last + 1
    }
    const head = Buffer.alloc(used)
    readSync(fd, head, 0, used, 0)
    return { name, size, used, sha256: createHash('sha256').update(head).digest('hex') }
  } finally {
    closeSync(fd)
  }
}

/** The logical dump cut into top-level buckets (bbolt's page layout and txid are left out). */
function bucketDumps(dbPath: string): Record<string, string> {
  const out: Record<string, string> = {}
  let current = ''
  for (const line of dumpDbFile(dbPath).split('\n').slice(1)) {
    if (line.startsWith('bucket ')) current = line.replace(/ \(\d+ keys\)$/, '')
    if (line !== '') out[current] = `${out[current] ?? ''}${line}\n`
  }
  return out
}

function digestMember(dataDir: string): { digest: MemberDigest; buckets: Record<string, string> } {
  const buckets = bucketDumps(join(dataDir, 'member', 'snap', 'db'))
  const db = Object.fromEntries(
    Object.entries(buckets).map(([name, text]) => [
      name,
      createHash('sha256').update(text).digest('hex')
    ])
  )
  return {
    digest: {
      wal: fileDigest(join(dataDir, 'member', 'wal')),
      snap: fileDigest(join(dataDir, 'member', 'snap')),
      db
    },
    buckets
  }
}

/** The same flags for both tools, per member. */
function memberArgs(snapshot: string, dataDir: string, name: string, extra: string[]): string[] {
  return [
    'snapshot',
    'restore',
    snapshot,
    '--name',
    name,
    '--data-dir',
    dataDir,
    '--initial-cluster',
    TINY.initialCluster,
    '--initial-cluster-token',
    TINY.token,
    '--initial-advertise-peer-urls',
    TINY.peer[name as keyof typeof TINY.peer],
    ...extra
  ]
}

/** Our CLI in this process (the same main() the bundle runs), its output captured. */
async function ourCli(argv: string[]): Promise<string> {
  let stdout = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk)
    return true
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    expect(await main(argv)).toBe(0)
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
  return stdout
}

function runEtcdutl(server: EtcdServer, argv: string[]): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ETCD')))
  const run = spawnSync(server.etcdutl!, argv, { encoding: 'utf8', env, timeout: 60_000 })
  if (run.status !== 0) throw new Error(`etcdutl ${argv.join(' ')} failed: ${run.stderr}`)
  return run.stdout
}

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
