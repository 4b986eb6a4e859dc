/**
 * Golden restores against etcdutl 3.5.30, the byte reference for the 3.5 format: for snapshots
 * saved by etcd 3.5.30 (test/fixtures/etcd-3.5.30, made by scripts/fixtures/make-3.5-fixtures.mjs)
 * `etcdutl snapshot restore` and our CLI's `snapshot restore --target-version 3.5`, given the same
 * flags for every member, write the same WAL and .snap bytes and an equal db, bucket by bucket,
 * with and without `--bump-revision 1000000 --mark-compacted`; `snapshot status` agrees.
 * Live when /opt/etcd-3.5.30/etcdutl is there; always against the digests etcdutl's outputs had
 * (expected/*.json; UPDATE_ETCDUTL_GOLDEN=1 rewrites them from a live run).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { main } from '../../../src/cli/main.js'
import { discoverEtcdServers } from '../../helpers/etcd-servers.js'
import { MEMBERS, TINY, cleanupTemp, dumpDbFile, fixture, sha256File, tempDir } from './harness.js'

afterAll(cleanupTemp)

const DIR = fixture('etcd-3.5.30')
const REFERENCE = '3.5.30'
const etcdutl = discoverEtcdServers().find((s) => s.version === REFERENCE)?.etcdutl
const update = process.env.UPDATE_ETCDUTL_GOLDEN === '1'
if (etcdutl === undefined) {
  const message = `etcdutl ${REFERENCE} not installed: golden tests compare with the checked-in digests only`
  if (process.env.REQUIRE_ETCD === '1' || update) throw new Error(`REQUIRE_ETCD=1 but ${message}`)
  console.warn(
    `\n*** ${message} (run scripts/install-etcd-servers.sh for the live comparison) ***\n`
  )
}

const BUMP = ['--bump-revision', '1000000', '--mark-compacted']
const variants = [
  { name: 'plain', args: [] as string[] },
  { name: 'bumped', args: BUMP }
]
const snapshots = ['plain', 'auth']

/** What one restored member is, as digests: the WAL and .snap bytes, each db bucket's entries. */
interface MemberDigest {
  wal: { name: string; size: number; sha256: string }
  snap: { name: string; size: number; sha256: string }
  db: Record<string, string>
}

function fileDigest(dir: string): { name: string; size: number; sha256: string } {
  const names = readdirSync(dir).filter((n) => n !== 'db')
  expect(names, dir).toHaveLength(1)
  const name = names[0]!
  return { name, size: statSync(join(dir, name)).size, sha256: sha256File(join(dir, name)) }
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

function runEtcdutl(argv: string[]): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ETCD')))
  const run = spawnSync(etcdutl!, argv, { encoding: 'utf8', env, timeout: 60_000 })
  if (run.status !== 0) throw new Error(`etcdutl ${argv.join(' ')} failed: ${run.stderr}`)
  return run.stdout
}

const expectedPath = (snapshot: string, variant: string): string =>
  join(DIR, 'expected', `${snapshot}.${variant}.json`)

describe.each(snapshots)('%s.db saved by etcd 3.5.30', (snapshot) => {
  const snapshotPath = join(DIR, `${snapshot}.db`)

  test.each(variants)('restore ($name): WAL, .snap and every db bucket as etcdutl', async (v) => {
    const ours: Record<string, MemberDigest> = {}
    const parent = tempDir('etcdutl-golden-')
    for (const name of MEMBERS) {
      const dataDir = join(parent, 'ours', name)
      await ourCli(memberArgs(snapshotPath, dataDir, name, [...v.args, '--target-version', '3.5']))
      const member = digestMember(dataDir)
      ours[name] = member.digest
      // a user key named like the source member survives (etcdctl 3.4 deleted it; etcdutl 3.5 keeps it)
      const quirk = JSON.parse(readFileSync(join(DIR, `${snapshot}.db.expect.json`), 'utf8')) as {
        source_member_id: string
        quirk_member_key: boolean
      }
      if (quirk.quirk_member_key)
        expect(member.buckets['bucket "key"']).toContain(
          Buffer.from(quirk.source_member_id).toString('hex')
        )
    }
    if (etcdutl !== undefined) {
      const theirs: Record<string, MemberDigest> = {}
      for (const name of MEMBERS) {
        const dataDir = join(parent, 'etcdutl', name)
        runEtcdutl(memberArgs(snapshotPath, dataDir, name, v.args))
        const their = digestMember(dataDir)
        theirs[name] = their.digest
        // bucket by bucket as text first: a difference shows the keys, not two hashes
        expect(digestMember(join(parent, 'ours', name)).buckets, `${name} db`).toEqual(
          their.buckets
        )
      }
      expect(ours).toEqual(theirs)
      if (update)
        writeFileSync(expectedPath(snapshot, v.name), `${JSON.stringify(theirs, null, 2)}\n`)
    }
    const expected = JSON.parse(readFileSync(expectedPath(snapshot, v.name), 'utf8')) as Record<
      string,
      MemberDigest
    >
    expect(ours).toEqual(expected)
  })

  test('snapshot status: our fields equal etcdutl’s', async () => {
    const ours = JSON.parse(
      await ourCli(['snapshot', 'status', snapshotPath, '-w', 'json'])
    ) as Record<string, unknown>
    const reference =
      etcdutl === undefined
        ? JSON.parse(readFileSync(join(DIR, `${snapshot}.db.status.json`), 'utf8'))
        : JSON.parse(runEtcdutl(['snapshot', 'status', snapshotPath, '-w', 'json']))
    const fields = Object.keys(reference as object)
    expect(fields).toEqual(expect.arrayContaining(['hash', 'revision', 'totalKey', 'totalSize']))
    expect(Object.fromEntries(fields.map((f) => [f, ours[f]]))).toEqual(reference)
  })
})

test('the fixtures are what their README says', () => {
  expect(existsSync(join(DIR, 'README.md'))).toBe(true)
  for (const s of snapshots) {
    const expect_ = JSON.parse(readFileSync(join(DIR, `${s}.db.expect.json`), 'utf8'))
    expect(expect_.made_by).toBe(`etcd Version: ${REFERENCE}`)
  }
})
