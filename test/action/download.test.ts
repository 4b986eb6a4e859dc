import { readdirSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SnapshotError } from '../../src/lib/errors.js'
import { ResultsService } from '../emulator/results-service.js'
import { actAsRun, memoryLogger, useEmulatorEnv } from './helpers.js'

const TOKEN = 'ghs_crossRunTokenForTests0123456789'
const SNAPSHOT = Buffer.from('not really a snapshot, but bytes to compare')

describe('resolveSnapshot with the real @actions/artifact client', () => {
  let root: string
  let service: ResultsService
  let upload: (
    name: string,
    files: Record<string, Buffer>,
    skipArchive?: boolean
  ) => Promise<number>

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'download-test-'))
    service = await new ResultsService({
      repository: 'octo/etcd-backups',
      githubToken: TOKEN
    }).start()
    // GITHUB_API_URL is read when @actions/github loads: set the env before the first import.
    useEmulatorEnv(service.url, root, '2002')
    const { DefaultArtifactClient } = await import('@actions/artifact')
    upload = async (name, files, skipArchive = false) => {
      const dir = await mkdtemp(join(root, 'upload-'))
      for (const [file, body] of Object.entries(files)) await writeFile(join(dir, file), body)
      const paths = Object.keys(files).map((f) => join(dir, f))
      const { id } = await new DefaultArtifactClient().uploadArtifact(name, paths, dir, {
        skipArchive
      })
      return id!
    }
  })
  afterAll(async () => {
    await service?.stop()
    await rm(root, { recursive: true, force: true })
  })

  const resolve = async (
    input: Parameters<typeof import('../../src/action/download/snapshot.js').resolveSnapshot>[0]
  ) => {
    const { resolveSnapshot } = await import('../../src/action/download/snapshot.js')
    const retry = { attempts: 3, firstDelayMs: 10, maxDelayMs: 40 }
    return resolveSnapshot(input, join(root, 'work'), memoryLogger(), retry)
  }

  it('finds an artifact of another run by findBy (REST + 302 to the blob), token checked', async () => {
    actAsRun(service.url, root, '2002') // the backup run uploads
    const id = await upload('nightly-snapshot', { 'etcd-2026-11-25.db': SNAPSHOT })
    actAsRun(service.url, root, '3003') // the drill run downloads
    const findBy = {
      token: TOKEN,
      workflowRunId: 2002,
      repositoryOwner: 'octo',
      repositoryName: 'etcd-backups'
    }
    const found = await resolve({ kind: 'artifact', name: 'nightly-snapshot', findBy })
    expect(await readFile(found.path)).toEqual(SNAPSHOT)
    expect(found.origin).toMatchObject({
      ...{ kind: 'artifact', name: 'nightly-snapshot', id, file: 'etcd-2026-11-25.db' },
      ...{ repository: 'octo/etcd-backups', runId: 2002 }
    })
    expect(found.origin.kind === 'artifact' && found.origin.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    const rest = service.requests.filter((r) => r.path.startsWith('/repos/'))
    expect(rest.map((r) => r.path)).toEqual([
      '/repos/octo/etcd-backups/actions/runs/2002/artifacts',
      `/repos/octo/etcd-backups/actions/artifacts/${id}/zip`
    ])
    expect(rest.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
    // Not visible from this run without findBy.
    await expect(resolve({ kind: 'artifact', name: 'nightly-snapshot' })).rejects.toThrow(
      new SnapshotError("snapshot artifact 'nightly-snapshot' not found in this workflow run")
    )
    // A wrong token is refused by the API.
    await expect(
      resolve({ kind: 'artifact', name: 'nightly-snapshot', findBy: { ...findBy, token: 'wrong' } })
    ).rejects.toThrow(/Bad credentials/)
  })

  it('takes a same-run artifact: a raw (skipArchive) file, or the only *.db of several', async () => {
    actAsRun(service.url, root, '4004')
    await upload('snap.db', { 'snap.db': SNAPSHOT }, true)
    const raw = await resolve({ kind: 'artifact', name: 'snap.db' })
    expect(raw.origin).toMatchObject({ file: 'snap.db' })
    expect(await readFile(raw.path)).toEqual(SNAPSHOT)

    await upload('bundle', { 'README.txt': Buffer.from('hi'), 'etcd.db': SNAPSHOT })
    expect((await resolve({ kind: 'artifact', name: 'bundle' })).origin).toMatchObject({
      file: 'etcd.db'
    })
    const chosen = await resolve({ kind: 'artifact', name: 'bundle', file: 'README.txt' })
    expect(await readFile(chosen.path, 'utf8')).toBe('hi')
    await expect(resolve({ kind: 'artifact', name: 'bundle', file: 'nope.db' })).rejects.toThrow(
      "snapshot-file 'nope.db' is not in artifact 'bundle' (it holds: README.txt, etcd.db)"
    )
    await upload('ambiguous', { 'a.db': SNAPSHOT, 'b.db': SNAPSHOT })
    await expect(resolve({ kind: 'artifact', name: 'ambiguous' })).rejects.toThrow(
      /holds 2 files and 2 named \*\.db; say which with snapshot-file/
    )
  })

  it('refuses a download whose bytes do not match the digest', async () => {
    actAsRun(service.url, root, '5005')
    const id = await upload('tampered', { 'etcd.db': SNAPSHOT })
    service.artifacts.find((a) => a.id === id)!.digest = `sha256:${'0'.repeat(64)}`
    await expect(resolve({ kind: 'artifact', name: 'tampered' })).rejects.toThrow(
      new RegExp(
        `^download of snapshot artifact 'tampered' \\(id ${id}\\) failed after 3 attempts: ` +
          `the downloaded bytes do not match its digest sha256:0{64}$`
      )
    )
    expect(readdirSync(join(root, 'work'))).not.toContain(`snapshot-artifact-${id}`)
  })

  it('checks a snapshot-path exists', async () => {
    await expect(resolve({ kind: 'path', path: join(root, 'missing.db') })).rejects.toThrow(
      /snapshot-path .*missing\.db: no such file/
    )
  })
})
