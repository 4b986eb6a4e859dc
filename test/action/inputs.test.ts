import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Inputs } from '../../src/action/constants.js'
import { getInputs } from '../../src/action/inputs/index.js'
import { InputError } from '../../src/lib/errors.js'
import { setInputs } from './helpers.js'

const CLUSTER = 'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23821,m3=http://127.0.0.1:23831'
const BASE: Partial<Record<Inputs, string>> = {
  [Inputs.SnapshotPath]: 'snap.db',
  [Inputs.InitialCluster]: CLUSTER,
  [Inputs.InitialClusterToken]: 'drill-token'
}

describe('getInputs', () => {
  let stdout: ReturnType<typeof vi.spyOn>
  beforeEach(() => {
    stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    process.env.RUNNER_TEMP = '/runner/temp'
    process.env.GITHUB_REPOSITORY = 'octo/etcd'
    process.env.GITHUB_RUN_ID = '77'
  })
  afterEach(() => {
    stdout.mockRestore()
    setInputs({})
  })

  it('applies the defaults', () => {
    setInputs(BASE)
    const inputs = getInputs()
    expect(inputs).toMatchObject({
      snapshot: { kind: 'path', path: expect.stringMatching(/\/snap\.db$/) },
      restore: {
        memberNames: ['m1', 'm2', 'm3'],
        members: undefined,
        skipHashCheck: false,
        bumpRevision: 0n,
        markCompacted: false,
        targetVersion: '3.5',
        walDir: undefined,
        outDir: '/runner/temp/etcd-restore',
        cache: false
      },
      publish: {
        upload: true,
        archive: 'tar.zst',
        layout: 'member',
        retentionDays: undefined,
        compressionLevel: 6
      },
      drill: {
        verify: 'none',
        maxAgeMs: undefined,
        reportArtifact: undefined
      },
      etcd: { path: undefined }
    })
    expect(inputs.publish.artifactName('m2')).toBe('etcd-data-m2')
  })

  it('parses every input', () => {
    setInputs({
      ...BASE,
      [Inputs.SnapshotPath]: '',
      [Inputs.SnapshotArtifact]: 'nightly',
      [Inputs.SnapshotFile]: 'backups/etcd.db',
      [Inputs.GitHubToken]: 'ghs_secret',
      [Inputs.Repository]: 'octo/backups',
      [Inputs.RunId]: '123456',
      [Inputs.Members]: 'm3, m1\nm1',
      [Inputs.SkipHashCheck]: 'True',
      [Inputs.BumpRevision]: '1000000000',
      [Inputs.MarkCompacted]: 'true',
      [Inputs.TargetVersion]: '3.4',
      [Inputs.WalDir]: '/wal',
      [Inputs.Path]: '/out',
      [Inputs.Upload]: 'FALSE',
      [Inputs.ArtifactName]: 'drill-{name}-data',
      [Inputs.Archive]: 'tar.gz',
      [Inputs.RetentionDays]: '3',
      [Inputs.CompressionLevel]: '0',
      [Inputs.Cache]: 'true',
      [Inputs.Verify]: 'boot',
      [Inputs.EtcdPath]: '/opt/etcd/etcd',
      [Inputs.MaxAge]: '1d2h',
      [Inputs.DrillTimeout]: '90s',
      [Inputs.DrillReportArtifact]: 'drill-report'
    })
    const inputs = getInputs()
    expect(inputs).toMatchObject({
      snapshot: {
        ...{ kind: 'artifact', name: 'nightly', file: 'backups/etcd.db' },
        findBy: {
          token: 'ghs_secret',
          repositoryOwner: 'octo',
          repositoryName: 'backups',
          workflowRunId: 123456
        }
      },
      restore: {
        ...{ memberNames: ['m3', 'm1'], members: ['m3', 'm1'], skipHashCheck: true },
        ...{ bumpRevision: 1000000000n, markCompacted: true, targetVersion: '3.4' },
        ...{ walDir: '/wal', outDir: '/out', cache: true }
      },
      publish: { upload: false, archive: 'tar.gz', retentionDays: 3, compressionLevel: 0 },
      drill: {
        ...{ verify: 'boot', maxAgeMs: 26 * 3600_000, reportArtifact: 'drill-report' },
        drillTimeoutMs: 90_000
      },
      etcd: { path: '/opt/etcd/etcd' }
    })
    expect(inputs.publish.artifactName('m3')).toBe('drill-m3-data')
    // The token is masked before anything else is written.
    expect(String(stdout.mock.calls[0]?.[0])).toBe('::add-mask::ghs_secret\n')
  })

  it('drill-user and drill-password: both or neither; the password is masked first', () => {
    setInputs({
      ...BASE,
      [Inputs.Verify]: 'boot',
      [Inputs.DrillUser]: 'root',
      [Inputs.DrillPassword]: 'drill-secret'
    })
    expect(getInputs().drill.credentials).toEqual({ user: 'root', password: 'drill-secret' })
    expect(String(stdout.mock.calls[0]?.[0])).toBe('::add-mask::drill-secret\n')
    setInputs(BASE)
    expect(getInputs().drill.credentials).toBeUndefined()
    for (const one of [{ [Inputs.DrillUser]: 'root' }, { [Inputs.DrillPassword]: 'pw' }]) {
      setInputs({ ...BASE, [Inputs.Verify]: 'boot', ...one })
      expect(() => getInputs()).toThrow(/'drill-user' and 'drill-password' go together/)
    }
  })

  it('a token alone means this repository and this run', () => {
    setInputs({
      ...BASE,
      [Inputs.SnapshotPath]: '',
      [Inputs.SnapshotArtifact]: 'a',
      [Inputs.GitHubToken]: 't'
    })
    expect(getInputs().snapshot).toMatchObject({
      findBy: { repositoryOwner: 'octo', repositoryName: 'etcd', workflowRunId: 77 }
    })
  })

  it('etcd-path and drill-report-artifact without verify: boot are ignored with a warning', () => {
    setInputs({ ...BASE, [Inputs.EtcdPath]: 'etcd', [Inputs.MaxAge]: '90m' })
    expect(getInputs().drill).toMatchObject({ verify: 'none', maxAgeMs: 90 * 60_000 })
    const log = stdout.mock.calls.map((c: unknown[]) => String(c[0])).join('')
    expect(log).toContain("::warning::input 'etcd-path' is ignored: it needs 'verify: boot'")
  })

  it('kubernetes-prefix: /registry by default, any key prefix, with its trailing /', () => {
    setInputs(BASE)
    expect(getInputs().restore.kubernetesPrefix).toBe('/registry/')
    setInputs({ ...BASE, [Inputs.KubernetesPrefix]: '/k8s.example/' })
    expect(getInputs().restore.kubernetesPrefix).toBe('/k8s.example/')
  })

  const bad: [string, Partial<Record<Inputs, string>>, string][] = [
    [
      'kubernetes-prefix not a key prefix',
      { [Inputs.KubernetesPrefix]: 'registry' },
      "input 'kubernetes-prefix' must be a key prefix such as /registry, got 'registry'"
    ],
    [
      'bad verify',
      { [Inputs.Verify]: 'true' },
      "input 'verify' must be one of none, boot, got 'true'"
    ],
    [
      'max-age without unit',
      { [Inputs.MaxAge]: '26' },
      `invalid duration "26" for input 'max-age': want e.g. 26h, 90m, 1h30m, 7d (units ms, s, m, h, d)`
    ],
    ['max-age zero', { [Inputs.MaxAge]: '0h' }, `input 'max-age' must be longer than 0, got "0h"`],
    [
      'drill report artifact with :',
      { [Inputs.Verify]: 'boot', [Inputs.DrillReportArtifact]: 'drill:1' },
      `input 'drill-report-artifact': artifact names may not contain ":"`
    ],
    [
      'no snapshot',
      { [Inputs.SnapshotPath]: '' },
      "set exactly one of 'snapshot-artifact' and 'snapshot-path'"
    ],
    [
      'both snapshots',
      { [Inputs.SnapshotArtifact]: 'a' },
      "set exactly one of 'snapshot-artifact' and 'snapshot-path'"
    ],
    [
      'file with a path',
      { [Inputs.SnapshotFile]: 'x.db' },
      "input 'snapshot-file' needs 'snapshot-artifact'"
    ],
    [
      'run-id without token',
      { [Inputs.SnapshotPath]: '', [Inputs.SnapshotArtifact]: 'a', [Inputs.RunId]: '5' },
      "inputs 'repository'/'run-id' need 'github-token' (actions:read)"
    ],
    [
      'bad repository',
      {
        [Inputs.SnapshotPath]: '',
        [Inputs.SnapshotArtifact]: 'a',
        [Inputs.GitHubToken]: 't',
        [Inputs.Repository]: 'octo'
      },
      "input 'repository' must look like owner/name, got 'octo'"
    ],
    [
      'bad run id',
      {
        [Inputs.SnapshotPath]: '',
        [Inputs.SnapshotArtifact]: 'a',
        [Inputs.GitHubToken]: 't',
        [Inputs.RunId]: '12a'
      },
      "input 'run-id' must be a workflow run id (digits), got '12a'"
    ],
    [
      'escaping snapshot-file',
      {
        [Inputs.SnapshotPath]: '',
        [Inputs.SnapshotArtifact]: 'a',
        [Inputs.SnapshotFile]: '../etc/passwd'
      },
      "input 'snapshot-file' must be a relative path inside the artifact"
    ],
    ['no cluster', { [Inputs.InitialCluster]: '' }, "input 'initial-cluster' is required"],
    [
      'cluster entry without =',
      { [Inputs.InitialCluster]: 'm1' },
      "input 'initial-cluster': 'm1' is not name=peer-url"
    ],
    [
      'bad member name',
      { [Inputs.InitialCluster]: 'a/b=http://x:1' },
      "input 'initial-cluster': member name 'a/b' must be 1-63 of A-Z a-z 0-9 . _ - (it names a folder and an artifact)"
    ],
    [
      'unknown member',
      { [Inputs.Members]: 'm1,m9' },
      "input 'members': 'm9' is not in 'initial-cluster' (m1, m2, m3)"
    ],
    ['bad boolean', { [Inputs.Upload]: 'yes' }, "input 'upload' must be true or false, got 'yes'"],
    [
      'negative bump',
      { [Inputs.BumpRevision]: '-1' },
      "input 'bump-revision' must be an unsigned 64-bit integer, got '-1'"
    ],
    [
      'bump > 2^64-1',
      { [Inputs.BumpRevision]: '18446744073709551616' },
      "input 'bump-revision' must be an unsigned 64-bit integer, got '18446744073709551616'"
    ],
    [
      'bump without mark',
      { [Inputs.BumpRevision]: '10' },
      "inputs 'mark-compacted' and 'bump-revision' go together: set mark-compacted: true exactly when bump-revision > 0 (as etcdutl requires)"
    ],
    [
      'mark without bump',
      { [Inputs.MarkCompacted]: 'true' },
      "inputs 'mark-compacted' and 'bump-revision' go together: set mark-compacted: true exactly when bump-revision > 0 (as etcdutl requires)"
    ],
    [
      'bad target version',
      { [Inputs.TargetVersion]: '3.3' },
      "input 'target-version' must be one of 3.4, 3.5, 3.6, 3.7, got '3.3'"
    ],
    [
      'bad archive',
      { [Inputs.Archive]: 'rar' },
      "input 'archive' must be one of tar, tar.gz, tar.zst, zip, got 'rar'"
    ],
    [
      'bad layout',
      { [Inputs.Layout]: 'pod' },
      "input 'layout' must be one of member, cluster, got 'pod'"
    ],
    [
      'layout cluster with zip',
      { [Inputs.Layout]: 'cluster', [Inputs.Archive]: 'zip' },
      "input 'layout: cluster' needs a tar archive (tar, tar.gz, tar.zst): zip cannot hold the hard links that store the db once"
    ],
    [
      'retention > 90',
      { [Inputs.RetentionDays]: '91' },
      "input 'retention-days' must be an integer from 0 to 90, got '91'"
    ],
    [
      'compression 10',
      { [Inputs.CompressionLevel]: '10' },
      "input 'compression-level' must be an integer from 0 to 9, got '10'"
    ],
    [
      'compression 1.5',
      { [Inputs.CompressionLevel]: '1.5' },
      "input 'compression-level' must be an integer from 0 to 9, got '1.5'"
    ],
    [
      'artifact name without {name}',
      { [Inputs.ArtifactName]: 'data' },
      "input 'artifact-name' must contain {name}: one artifact per member, names must differ"
    ],
    [
      'artifact name with /',
      { [Inputs.ArtifactName]: 'x/{name}' },
      'input \'artifact-name\': artifact names may not contain "/" (forbidden: " : < > | * ? \\ / and line breaks)'
    ]
  ]
  it.each(bad)('%s → one clear InputError', (_title, change, message) => {
    setInputs({ ...BASE, ...change })
    let thrown: unknown
    try {
      getInputs()
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect((thrown as Error).message).toBe(message)
  })

  it('layout cluster: one artifact, {name} → cluster, {cluster} works, no {name} needed', () => {
    setInputs({ ...BASE, [Inputs.Layout]: 'cluster', [Inputs.ClusterName]: 'prod' })
    const { publish } = getInputs()
    expect(publish).toMatchObject({ layout: 'cluster', archive: 'tar.zst' })
    expect(publish.artifactName('cluster')).toBe('etcd-data-prod-cluster')
    setInputs({ ...BASE, [Inputs.Layout]: 'cluster', [Inputs.ArtifactName]: 'all-{cluster}' })
    expect(getInputs().publish.artifactName('cluster')).toBe('all-drill-token') // cluster-name defaults to the token
  })

  it('one member needs no {name} in the artifact name', () => {
    setInputs({ ...BASE, [Inputs.Members]: 'm2', [Inputs.ArtifactName]: 'the-data' })
    expect(getInputs().publish.artifactName('m2')).toBe('the-data')
  })
})
