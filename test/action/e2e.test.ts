/**
 * The bundled action, run as a child process under Node 24 against the emulator: a same-run
 * snapshot artifact, a cross-run one with a token, a cache hit, a bad input, and verify: boot
 * (e2e-drill.ts, sharing this file's one ncc build). Member artifacts are downloaded back with
 * the real client and, when etcd is installed, booted as a cluster by every server under test.
 */
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ResultsService } from '../emulator/results-service.js'
import { requireEtcdOrSkip, checkAgainstFixture } from '../helpers/etcd-cluster.js'
import { etcdServersForTests } from '../helpers/etcd-servers.js'
import {
  buildBundle,
  downloadAs,
  FIXTURES,
  node,
  NODE24,
  runBundle,
  uploadAs,
  type ActionRun
} from './bundle.js'
import { drillTests } from './e2e-drill.js'
import { execFileAsync, modesOf } from './helpers.js'

const TOKEN = 'ghs_e2eTokenThatMustNeverLeak0123456789'
const servers = requireEtcdOrSkip() ? etcdServersForTests() : []

describe('the bundled action end to end (real @actions/artifact + @actions/cache clients)', () => {
  let root: string
  let dist: string
  let service: ResultsService
  let cluster: string
  let peerPorts: number[]

  const runAction = (runId: string, inputs: Record<string, string>): Promise<ActionRun> =>
    runBundle(dist, service, join(root, `run-${runId}`), runId, inputs)
  const downloadMember = (runId: string, artifactId: number, dir: string): Promise<string> =>
    downloadAs(service, join(root, 'downloader'), runId, artifactId, dir)

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'action-e2e-'))
    dist = join(root, 'dist')
    await buildBundle(dist)
    service = await new ResultsService({
      repository: 'octo/etcd-backups',
      githubToken: TOKEN
    }).start()
    const { freeLoopbackPorts } = await import('../../src/lib/drill/index.js')
    peerPorts = await freeLoopbackPorts(3)
    cluster = peerPorts.map((port, i) => `m${i + 1}=http://127.0.0.1:${port}`).join(',')
    await copyFile(join(FIXTURES, 'tiny-snapshot.db'), join(root, 'tiny-snapshot.db'))
    const uploader = join(root, 'uploader')
    await uploadAs(service, uploader, '1001', 'etcd-snapshot', [join(FIXTURES, 'tiny-snapshot.db')])
    await uploadAs(service, uploader, '900', 'nightly', [
      join(FIXTURES, 'tiny-snapshot.db'),
      join(FIXTURES, 'tiny-snapshot.db.expect.json')
    ])
  }, 600_000) // ncc type-checks the project: minutes on a loaded machine

  afterAll(async () => {
    await service?.stop()
    if (root) await rm(root, { recursive: true, force: true })
  })

  it('fails with one clear error on a bad input, before any I/O', async () => {
    const run = await runAction('1000', {
      'snapshot-artifact': 'x',
      'initial-cluster': cluster,
      archive: 'rar'
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      "::error::input 'archive' must be one of tar, tar.gz, tar.zst, zip, got 'rar'"
    )
    expect(service.requests.filter((r) => r.path.includes('ArtifactService'))).toHaveLength(4) // the 2 test uploads
  })

  let sameRun: ActionRun
  it('restores a same-run snapshot artifact and uploads one .tar.zst per member (the default), the db compressed once', async () => {
    sameRun = await runAction('1001', {
      'snapshot-artifact': 'etcd-snapshot',
      'initial-cluster': cluster,
      'initial-cluster-token': 'e2e-token',
      path: join(root, 'out-1001')
    })
    expect(sameRun.code, sameRun.stdout + sameRun.stderr).toBe(0)
    const o = sameRun.outputs
    const trailer = (await readFile(join(FIXTURES, 'tiny-snapshot.db')))
      .subarray(-32)
      .toString('hex')
    expect(o).toMatchObject({
      'member-names': '["m1","m2","m3"]',
      'snapshot-sha256': trailer,
      revision: '44',
      'compact-revision': '33',
      'total-keys': '240',
      'cache-hit': 'false',
      report: join(root, 'out-1001', 'etcd-restore-report.json')
    })
    expect(o['cluster-id']).toMatch(/^[0-9a-f]{1,16}$/)
    const members = JSON.parse(o.members!) as {
      name: string
      dataDir: string
      artifact: { name: string; id: number; digest: string }
    }[]
    expect(members.map((m) => m.artifact.name)).toEqual([
      'etcd-data-m1.tar.zst',
      'etcd-data-m2.tar.zst',
      'etcd-data-m3.tar.zst'
    ])
    // the zstd CPU of one db, not three: the shared frames are built once
    expect(sameRun.stdout.match(/^Compressed the db once for every member: /gm)).toHaveLength(1)
    const report = JSON.parse(await readFile(o.report!, 'utf8'))
    expect(report.cluster.id).toBe(o['cluster-id'])
    expect(report.action.snapshot).toMatchObject({
      kind: 'artifact',
      name: 'etcd-snapshot',
      file: 'tiny-snapshot.db'
    })
    expect(report.action.artifacts).toHaveLength(3)
    expect(sameRun.summary).toContain(`<h3>Cluster ${o['cluster-id']}</h3>`)
    expect(sameRun.stdout).toMatch(
      /^m1: uploading as etcd-data-m1\.tar\.zst: [\d.]+ MiB in \d+ entries$/m
    )
    expect(sameRun.stdout).toMatch(
      /^m3: uploaded etcd-data-m3\.tar\.zst: [\d.]+ MiB → [\d.]+ [KM]iB stored in .* \(.*\/s\), id \d+, sha256 [0-9a-f]{64}$/m
    )
    expect(report.action.upload).toMatchObject({ artifacts: 3, retention: 'repository default' })
    // The default token is fine here: no warning about it.
    expect(sameRun.stdout).not.toContain('initial-cluster-token is etcd')

    // Each member's artifact, downloaded with the real client and extracted, keeps etcd's modes.
    for (const m of members) {
      const dir = await downloadMember(
        '1001',
        m.artifact.id,
        join(root, 'boot', 'download', m.name)
      )
      const bytes = await readFile(join(dir, m.artifact.name))
      const { createHash } = await import('node:crypto')
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(m.artifact.digest)
      await execFileAsync('tar', ['-xpf', join(dir, m.artifact.name), '-C', join(root, 'boot')])
      const modes = await modesOf(join(root, 'boot'), [
        m.name,
        `${m.name}/member`,
        `${m.name}/member/snap`,
        `${m.name}/member/wal`,
        `${m.name}/member/snap/db`
      ])
      expect(Object.values(modes)).toEqual(['700', '700', '700', '700', '600'])
      // node-tar reads it too, on the action's Node, to the same files
      const viaNode = join(root, 'node-tar', m.name)
      await mkdir(viaNode, { recursive: true })
      await nodeTarExtract(join(dir, m.artifact.name), viaNode)
      for (const file of ['member/snap/db', 'member/wal/0000000000000000-0000000000000000.wal'])
        expect(
          (await readFile(join(viaNode, m.name, file))).equals(
            await readFile(join(root, 'boot', m.name, file))
          ),
          file
        ).toBe(true)
      expect(await modesOf(viaNode, [m.name, `${m.name}/member/snap/db`])).toEqual({
        [m.name]: '700',
        [`${m.name}/member/snap/db`]: '600'
      })
    }
    const dbs = await Promise.all(
      members.map((m) => readFile(join(root, 'boot', m.name, 'member/snap/db')))
    )
    expect(dbs[1]!.equals(dbs[0]!) && dbs[2]!.equals(dbs[0]!)).toBe(true)
  })

  let clusterRun: ActionRun
  for (const archive of ['tar.zst', 'tar'] as const)
    it(`layout: cluster (${archive}): one artifact; the deploy job downloads it, runs tar -xpf, uses <member>/`, async () => {
      const runId = archive === 'tar' ? '1005' : '1004'
      // a run of its own (its artifact names, its report artifact), with the snapshot in it
      await uploadAs(service, join(root, 'uploader'), runId, 'etcd-snapshot', [
        join(FIXTURES, 'tiny-snapshot.db')
      ])
      const run = await runAction(runId, {
        'snapshot-artifact': 'etcd-snapshot',
        'initial-cluster': cluster,
        'initial-cluster-token': 'e2e-token',
        layout: 'cluster',
        archive,
        path: join(root, `out-${runId}`)
      })
      expect(run.code, run.stdout + run.stderr).toBe(0)
      const members = JSON.parse(run.outputs.members!) as {
        name: string
        artifact: { name: string; id: number; digest: string; size: number; dir: string }
      }[]
      const name = `etcd-data-cluster.${archive}`
      expect(members.map((m) => [m.artifact.name, m.artifact.dir])).toEqual([
        [name, 'm1'],
        [name, 'm2'],
        [name, 'm3']
      ])
      expect(new Set(members.map((m) => m.artifact.id)).size).toBe(1)
      expect(run.stdout).toMatch(
        new RegExp(
          `^uploading as ${name.replaceAll('.', '\\.')}: 3 members, .* \\(the db stored once, 2 hard links to it\\)$`,
          'm'
        )
      )
      const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'))
      expect(report.action.artifacts).toHaveLength(1)
      expect(report.action.artifacts[0]).toMatchObject({
        members: ['m1', 'm2', 'm3'],
        dirs: ['m1', 'm2', 'm3'],
        layout: 'cluster',
        archive
      })
      expect(report.action.upload).toMatchObject({ artifacts: 1, layout: 'cluster', archive })
      expect(run.summary).toContain('<th>Members</th>')
      expect(run.summary).toContain('<td>m1, m2, m3</td>')
      expect(run.summary).toContain('1 artifact for the cluster')
      // the db is stored once: a plain tar holds every member's files (the WALs' zeros
      // included) but one db, not three
      const dbBytes = (await stat(join(root, `out-${runId}`, 'm1/member/snap/db'))).size
      const { rawBytes } = report.action.artifacts[0] as { rawBytes: number }
      if (archive === 'tar') {
        expect(members[0]!.artifact.size).toBeLessThan(rawBytes - 2 * dbBytes + 64 * 1024)
        expect(members[0]!.artifact.size).toBeGreaterThan(rawBytes - 2 * dbBytes)
      }

      // the deploy job: download, tar -xpf, each <member>/ a complete data-dir
      const dir = await downloadAs(
        service,
        join(root, 'downloader'),
        runId,
        members[0]!.artifact.id,
        join(root, `dl-${runId}`)
      )
      const bytes = await readFile(join(dir, name))
      const { createHash } = await import('node:crypto')
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(members[0]!.artifact.digest)
      const extracted = join(root, `cluster-${runId}`)
      await mkdir(extracted, { recursive: true })
      await execFileAsync('tar', ['-xpf', join(dir, name), '-C', extracted])
      const inodes = new Set<number>()
      for (const m of members) {
        const modes = await modesOf(extracted, [
          m.name,
          `${m.name}/member`,
          `${m.name}/member/snap`,
          `${m.name}/member/wal`,
          `${m.name}/member/snap/db`
        ])
        expect(Object.values(modes)).toEqual(['700', '700', '700', '700', '600'])
        inodes.add((await stat(join(extracted, m.name, 'member/snap/db'))).ino)
        // the same files as the member layout's artifact of the same snapshot
        for (const file of ['member/snap/db', 'member/wal/0000000000000000-0000000000000000.wal'])
          expect(
            (await readFile(join(extracted, m.name, file))).equals(
              await readFile(join(root, 'boot', m.name, file))
            ),
            file
          ).toBe(true)
      }
      expect(inodes.size).toBe(1) // one db on disk, hard-linked: copy a member's folder before booting
      if (archive === 'tar.zst') {
        clusterRun = run
        // node-tar makes the hard links too
        const viaNode = join(root, 'node-tar-cluster')
        await mkdir(viaNode, { recursive: true })
        await nodeTarExtract(join(dir, name), viaNode)
        const ino = async (m: string) => (await stat(join(viaNode, m, 'member/snap/db'))).ino
        expect(await ino('m2')).toBe(await ino('m1'))
        expect(
          (await readFile(join(viaNode, 'm3/member/snap/db'))).equals(
            await readFile(join(extracted, 'm1/member/snap/db'))
          )
        ).toBe(true)
      }
    })

  it.each(
    servers.flatMap((server) =>
      (['member', 'cluster'] as const).map((layout) => ({ ...server, layout }))
    )
  )(
    'the downloaded data-dirs (layout $layout) boot as a real etcd $version cluster serving the snapshot',
    async (server) => {
      const { bootCluster } = await import('../../src/lib/drill/index.js')
      const run = server.layout === 'member' ? sameRun : clusterRun
      const members = JSON.parse(run.outputs.members!) as { name: string; peerURLs: string[] }[]
      const extracted = join(root, server.layout === 'member' ? 'boot' : 'cluster-1004')
      // each server boots its own copy: a booted data-dir is the server's, not the download (and
      // the cluster layout's members share one db inode: bbolt's lock would stop the second)
      const copy = join(root, `boot-${server.layout}-${server.version}`)
      for (const m of members)
        await cp(join(extracted, m.name), join(copy, m.name), { recursive: true })
      const booted = await bootCluster(
        members.map((m) => ({
          name: m.name,
          dataDir: join(copy, m.name),
          peerURLs: m.peerURLs
        })),
        {
          etcdPath: server.etcd,
          initialCluster: cluster,
          token: 'e2e-token',
          timeoutMs: 60_000
        }
      )
      try {
        const { problems, keysCompared } = await checkAgainstFixture(booted, FIXTURES)
        expect(problems).toEqual([])
        expect(keysCompared).toBe(3 * 222)
      } finally {
        await booted.stop()
      }
    }
  )

  const crossRunInputs = () => ({
    'snapshot-artifact': 'nightly',
    'github-token': TOKEN,
    repository: 'octo/etcd-backups',
    'run-id': '900',
    'initial-cluster': cluster,
    'initial-cluster-token': 'etcd-cluster',
    path: join(root, 'out-cached'),
    archive: node === NODE24 ? 'tar.zst' : 'tar.gz',
    cache: 'true'
  })
  let miss: ActionRun
  it('restores a cross-run artifact found by run id with a token, and saves the cache', async () => {
    miss = await runAction('1002', crossRunInputs())
    expect(miss.code, miss.stdout + miss.stderr).toBe(0)
    expect(miss.outputs['cache-hit']).toBe('false')
    const names = JSON.parse(miss.outputs.members!).map(
      (m: { artifact: { name: string } }) => m.artifact.name
    )
    expect(names).toEqual(
      ['m1', 'm2', 'm3'].map((m) => `etcd-data-${m}.${crossRunInputs().archive}`)
    )
    expect(miss.stdout).toContain("initial-cluster-token is etcd's default 'etcd-cluster'")
    const report = JSON.parse(await readFile(miss.outputs.report!, 'utf8'))
    expect(report.action.snapshot).toMatchObject({
      repository: 'octo/etcd-backups',
      runId: 900,
      file: 'tiny-snapshot.db'
    })
    expect(service.caches.filter((c) => c.finalized)).toHaveLength(1)
    await expectNoLeak(miss)
  })

  it('a second run with the same inputs hits the cache, skips the restore, same outputs', async () => {
    await rm(join(root, 'out-cached'), { recursive: true })
    const hit = await runAction('1003', crossRunInputs())
    expect(hit.code, hit.stdout + hit.stderr).toBe(0)
    expect(hit.outputs['cache-hit']).toBe('true')
    for (const name of [
      'cluster-id',
      'member-names',
      'snapshot-sha256',
      'revision',
      'compact-revision',
      'total-keys'
    ])
      expect(hit.outputs[name], name).toBe(miss.outputs[name])
    const digests = (run: ActionRun) =>
      (JSON.parse(run.outputs.members!) as { artifact: { digest: string } }[]).map(
        (m) => m.artifact.digest
      )
    // Same data-dirs, deterministic archives: the same bytes were uploaded again.
    expect(digests(hit)).toEqual(digests(miss))
    const report = JSON.parse(await readFile(hit.outputs.report!, 'utf8'))
    expect(report.action.cacheHit).toBe(true)
    expect(Object.keys(report.action.timingsMs)).not.toContain('restore')
    expect(hit.summary).toContain('hit: restore skipped')
    await expectNoLeak(hit)
  })

  drillTests(() => ({ root, service, runAction }), servers)
})

/** The token shows only in the runner's mask command, first; signed URLs never leave the action. */
async function expectNoLeak(run: ActionRun): Promise<void> {
  const lines = run.stdout.split('\n')
  expect(lines[0]).toBe(`::add-mask::${TOKEN}`)
  expect(lines.slice(1).filter((l) => l.includes(TOKEN))).toEqual([])
  expect(run.stderr).not.toContain(TOKEN)
  const report = await readFile(run.outputs.report!, 'utf8')
  for (const text of [run.summary, JSON.stringify(run.outputs), report]) {
    expect(text).not.toContain(TOKEN)
    expect(text).not.toMatch(/sig=|fakeblob/)
  }
}

/** node-tar's extract on the action's Node (zstd by the magic bytes); see archive.test.ts. */
async function nodeTarExtract(file: string, cwd: string): Promise<void> {
  const script =
    "import { x } from 'tar'; await x({ file: process.argv[1], cwd: process.argv[2], preserveOwner: false, maxDecompressionRatio: 1e9 })"
  await execFileAsync(node, ['--input-type=module', '-e', script, file, cwd])
}
