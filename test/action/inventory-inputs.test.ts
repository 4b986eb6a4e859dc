import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Inputs } from '../../src/action/constants.js'
import { getInputs } from '../../src/action/inputs/index.js'
import { workflowFile } from '../../src/action/download/baseline.js'
import { kindsChart } from '../../src/action/report/chart.js'
import type { Inventory } from '../../src/lib/inventory/inventory.js'
import { setInputs } from './helpers.js'

const BASE: Partial<Record<Inputs, string>> = {
  [Inputs.SnapshotPath]: 'snap.db',
  [Inputs.InitialCluster]: 'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23821',
  [Inputs.InitialClusterToken]: 'prod-eu-1'
}

describe('inventory inputs', () => {
  let stdout: ReturnType<typeof vi.spyOn>
  beforeEach(() => {
    stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    process.env.GITHUB_REPOSITORY = 'octo/etcd'
    process.env.GITHUB_RUN_ID = '77'
  })
  afterEach(() => {
    stdout.mockRestore()
    setInputs({})
  })

  it('defaults: cluster-name is the token, report artifact etcd-restore-report, no baseline', () => {
    setInputs(BASE)
    const inputs = getInputs()
    expect(inputs).toMatchObject({
      publish: { clusterName: 'prod-eu-1', reportArtifact: 'etcd-restore-report' },
      baseline: { maxDropPercent: 10, minKeys: 50 }
    })
    expect(inputs.baseline.from).toBeUndefined()
    expect(inputs.publish.artifactName('m1')).toBe('etcd-data-m1')
  })

  it('cluster-name set: the default names carry the cluster; names set explicitly are kept', () => {
    setInputs({ ...BASE, [Inputs.ClusterName]: 'eu-1' })
    let inputs = getInputs()
    expect(inputs.publish.artifactName('m1')).toBe('etcd-data-eu-1-m1')
    expect(inputs.publish.reportArtifact).toBe('etcd-restore-report-eu-1')
    setInputs({
      ...BASE,
      [Inputs.ClusterName]: 'eu-1',
      [Inputs.ArtifactName]: 'etcd-data-{name}',
      [Inputs.ReportArtifact]: 'etcd-restore-report'
    })
    inputs = getInputs()
    expect(inputs.publish.artifactName('m1')).toBe('etcd-data-m1')
    expect(inputs.publish.reportArtifact).toBe('etcd-restore-report')
  })

  it('{cluster} in artifact-name, report-artifact and baseline-artifact; github-token with snapshot-path for the baseline', () => {
    setInputs({
      ...BASE,
      [Inputs.ClusterName]: 'eu-1',
      [Inputs.ArtifactName]: 'data-{cluster}-{name}',
      [Inputs.ReportArtifact]: 'report-{cluster}',
      [Inputs.BaselineArtifact]: 'report-{cluster}',
      [Inputs.GitHubToken]: 'ghs_x',
      [Inputs.MaxDrop]: '2.5%',
      [Inputs.MinKeys]: '10'
    })
    const inputs = getInputs()
    expect(inputs.publish.artifactName('m2')).toBe('data-eu-1-m2')
    expect(inputs).toMatchObject({
      publish: { clusterName: 'eu-1', reportArtifact: 'report-eu-1' },
      baseline: {
        maxDropPercent: 2.5,
        minKeys: 10,
        from: {
          name: 'report-eu-1',
          token: 'ghs_x',
          repositoryOwner: 'octo',
          repositoryName: 'etcd'
        }
      }
    })
    expect(inputs.baseline.from?.runId).toBeUndefined()
    setInputs({
      ...BASE,
      [Inputs.BaselineArtifact]: 'r',
      [Inputs.GitHubToken]: 't',
      [Inputs.BaselineRunId]: '42'
    })
    expect(getInputs().baseline.from?.runId).toBe(42)
  })

  it('refuses bad values with one line naming the input', () => {
    const refuse = (inputs: Partial<Record<Inputs, string>>, message: RegExp) => {
      setInputs({ ...BASE, ...inputs })
      expect(() => getInputs()).toThrow(message)
    }
    refuse({ [Inputs.BaselineArtifact]: 'r' }, /'baseline-artifact' needs 'github-token'/)
    refuse({ [Inputs.BaselineRunId]: '5' }, /'baseline-run-id' needs 'baseline-artifact'/)
    refuse({ [Inputs.MaxDrop]: 'half' }, /'max-drop' must be a percentage/)
    refuse({ [Inputs.MinKeys]: '-3' }, /'min-keys' must be an integer/)
    refuse({ [Inputs.ClusterName]: 'a/b' }, /'cluster-name': artifact names may not contain "\/"/)
    refuse(
      { [Inputs.BaselineArtifact]: 'r', [Inputs.GitHubToken]: 't', [Inputs.BaselineRunId]: 'x' },
      /'baseline-run-id' must be a workflow run id/
    )
    refuse({ [Inputs.GitHubToken]: 't' }, /input 'github-token' needs 'snapshot-artifact'/)
  })
})

describe('baseline helpers', () => {
  it('reads the workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(workflowFile('octo/etcd/.github/workflows/nightly.yml@refs/heads/main')).toBe(
      'nightly.yml'
    )
    expect(workflowFile('')).toBeUndefined()
  })

  it('charts keys per kind as a horizontal Mermaid xychart-beta bar chart, kinds alone', () => {
    const inventory = {
      kinds: [
        { apiVersion: 'v1', kind: 'Pod', keys: 7, bytes: 1 },
        { apiVersion: 'x/v1', kind: 'Odd"Name', keys: 2, bytes: 1 }
      ]
    } as Inventory
    expect(kindsChart(inventory)).toBe(
      [
        'xychart-beta horizontal',
        '  title "Keys per kind"',
        '  x-axis ["Pod", "Odd?Name"]',
        '  y-axis "keys" 0 --> 7',
        '  bar [7, 2]'
      ].join('\n')
    )
  })
})
