/**
 * The bundled action's upload, as rewritten at bundle time (scripts/patch-artifact-upload.mjs:
 * 64 KiB reads, 4 MiB blocks), against Azurite's real block blob semantics (staged blocks, then
 * the committed list): an archive of several blocks comes back whole with the real client.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAzurite, type Azurite } from '../emulator/azurite.js'
import { ResultsService } from '../emulator/results-service.js'
import { buildBundle, downloadAs, FIXTURES, runBundle, uploadAs } from './bundle.js'
import { execFileAsync } from './helpers.js'

describe('the bundled action uploads through Azurite (the rewritten artifact client)', () => {
  let root: string
  let dist: string
  let azurite: Azurite
  let service: ResultsService

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'action-azurite-'))
    dist = join(root, 'dist')
    await buildBundle(dist)
    azurite = await startAzurite(['artifacts', 'cache'])
    service = await new ResultsService({ blobs: azurite }).start()
  }, 600_000) // ncc type-checks the project: minutes on a loaded machine

  afterAll(async () => {
    await service?.stop()
    await azurite?.stop()
    if (root) await rm(root, { recursive: true, force: true })
  })

  it("a tar of 4 MiB blocks (every member's WAL, one 9.4 MB db) comes back byte for byte, its sha256 the one reported", async () => {
    const runId = '2001'
    await uploadAs(service, join(root, 'uploader'), runId, 'etcd-snapshot', [
      join(FIXTURES, 'churned-snapshot.db')
    ])
    const { freeLoopbackPorts } = await import('../../src/lib/drill/index.js')
    const ports = await freeLoopbackPorts(3)
    const out = join(root, 'out')
    const run = await runBundle(dist, service, join(root, 'run'), runId, {
      'snapshot-artifact': 'etcd-snapshot',
      'initial-cluster': ports.map((p, i) => `m${i + 1}=http://127.0.0.1:${p}`).join(','),
      layout: 'cluster',
      archive: 'tar',
      defrag: 'never',
      path: out
    })
    expect(run.code, run.stdout + run.stderr).toBe(0)
    const [m1] = JSON.parse(run.outputs.members!) as {
      artifact: { name: string; id: number; digest: string; size: number }
    }[]
    const { artifact } = m1!
    expect(artifact.size).toBeGreaterThan(8 << 20)
    // the client logs its progress once a block is stored: 4 MiB blocks, the last one short
    const progress = [...run.stdout.matchAll(/^Uploaded bytes (\d+)$/gm)].map((m) => Number(m[1]))
    // (then the report's upload, of its own)
    expect(progress.indexOf(artifact.size) + 1).toBe(Math.ceil(artifact.size / (4 << 20)))
    const dir = await downloadAs(service, join(root, 'dl'), runId, artifact.id, join(root, 'got'))
    const bytes = await readFile(join(dir, artifact.name))
    expect(bytes.length).toBe(artifact.size)
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(artifact.digest)
    await execFileAsync('tar', ['-xpf', join(dir, artifact.name), '-C', dir])
    for (const m of ['m1', 'm2', 'm3'])
      expect(
        (await readFile(join(dir, m, 'member/snap/db'))).equals(
          await readFile(join(out, m, 'member/snap/db'))
        ),
        m
      ).toBe(true)
  })
})
