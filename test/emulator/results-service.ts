import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { MemoryBlobStore, type BlobSigner } from './blob-store.js'

const ARTIFACT = '/twirp/github.actions.results.api.v1.ArtifactService/'
const CACHE = '/twirp/github.actions.results.api.v1.CacheService/'

export interface StoredArtifact {
  id: number
  runId: string
  jobId: string
  name: string
  blobName: string
  mimeType: string
  size: number
  digest?: string
  createdAt: Date
  expiresAt?: string
  finalized: boolean
}

interface CacheEntry {
  id: number
  key: string
  version: string
  blobName: string
  size: number
  createdAt: number
  finalized: boolean
}

export interface ResultsServiceOptions {
  /** Where blob bytes go; default an in-process store on the same server. */
  blobs?: BlobSigner
  /** The only repository the REST routes answer for, `owner/name`. */
  repository?: string
  /** The github-token the REST routes accept (`Authorization: token …`). */
  githubToken?: string
  /**
   * Milliseconds each in-process blob request waits before it is answered (a network's latency;
   * `path` is `<container>/<blob>`), so overlapping uploads show in the timings.
   */
  blobDelayMs?: (path: string, method: string) => number
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

/**
 * A fake of the Actions "results" service the real @actions/artifact 6 and @actions/cache 6
 * clients talk to: Twirp JSON for artifacts and caches, the REST routes `findBy` uses, and
 * (by default) the blob store behind the signed URLs. State lives in memory; every request is
 * recorded in `requests` so tests can assert on what the clients sent.
 */
export class ResultsService {
  readonly artifacts: StoredArtifact[] = []
  readonly caches: CacheEntry[] = []
  readonly requests: { method: string; path: string; authorization?: string; body: string }[] = []
  readonly memoryBlobs = new MemoryBlobStore()
  /** Runs `GET /repos/{repo}/actions/workflows/{file}/runs` lists (newest = highest id first). */
  readonly workflowRuns: { id: number; workflow: string; conclusion: 'success' | 'failure' }[] = []
  /**
   * How many more times the REST route of a cross-run download (`GET …/artifacts/{id}/zip`,
   * the 302 to the blob) answers 500 instead (a fault for the tests).
   */
  zipRouteFailures = 0
  private readonly server: Server
  private readonly blobs: BlobSigner
  private nextId = 1
  url = ''

  constructor(private readonly options: ResultsServiceOptions = {}) {
    this.blobs = options.blobs ?? this.memoryBlobs
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ code: 'internal', msg: String(error) }))
      })
    })
  }

  async start(): Promise<this> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    this.memoryBlobs.baseUrl = this.url
    return this
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise((done) => this.server.close(done))
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', this.url)
    const authorization = req.headers.authorization
    this.requests.push({ method: req.method ?? '', path: url.pathname, authorization, body: '' })
    if (url.pathname.startsWith('/fakeblob/')) {
      const path = decodeURIComponent(url.pathname.slice('/fakeblob/'.length))
      const delay = this.options.blobDelayMs?.(path, req.method ?? '') ?? 0
      if (delay > 0) await new Promise((done) => setTimeout(done, delay))
      return this.memoryBlobs.handle(req, res, url, body)
    }
    this.requests[this.requests.length - 1].body = body.toString('utf8')
    if (url.pathname.startsWith('/repos/')) return this.rest(req, res, url)
    const service = url.pathname.startsWith(ARTIFACT) ? 'artifact' : 'cache'
    const method = url.pathname.slice((service === 'artifact' ? ARTIFACT : CACHE).length)
    try {
      if (req.method !== 'POST' || !url.pathname.startsWith('/twirp/'))
        throw new TwirpError(404, 'bad_route', `no route ${req.method} ${url.pathname}`)
      if (!authorization?.startsWith('Bearer '))
        throw new TwirpError(401, 'unauthenticated', 'missing bearer token')
      const request = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>
      const reply =
        service === 'artifact'
          ? await this.artifactCall(method, request)
          : await this.cacheCall(method, request)
      json(res, 200, reply)
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error
      json(res, error.status, { code: error.code, msg: error.message })
    }
  }

  private async artifactCall(method: string, r: Record<string, unknown>): Promise<object> {
    const runId = String(r.workflow_run_backend_id)
    const jobId = String(r.workflow_job_run_backend_id)
    const name = String(r.name ?? '')
    const find = (): StoredArtifact | undefined =>
      this.artifacts.find((a) => a.runId === runId && a.name === name)
    switch (method) {
      case 'CreateArtifact': {
        if (find()) throw new TwirpError(409, 'already_exists', `artifact ${name} already exists`)
        const mimeType = String(r.mime_type ?? 'application/zip')
        // A .zip blob name makes downloads unzip even when the content-type is lost.
        const blobName = `${runId}/${name}${mimeType === 'application/zip' ? '.zip' : ''}`
        const artifact: StoredArtifact = {
          ...{ id: this.nextId++, runId, jobId, name, blobName, mimeType, size: 0 },
          ...{ createdAt: new Date(), finalized: false, expiresAt: r.expires_at as string }
        }
        this.artifacts.push(artifact)
        return { ok: true, signed_upload_url: await this.blobs.writeUrl('artifacts', blobName) }
      }
      case 'FinalizeArtifact': {
        const artifact = find()
        if (!artifact) throw new TwirpError(404, 'not_found', `artifact ${name} not found`)
        Object.assign(artifact, { finalized: true, size: Number(r.size ?? 0), digest: r.hash })
        return { ok: true, artifact_id: String(artifact.id) }
      }
      case 'ListArtifacts': {
        const byName = r.name_filter === undefined ? undefined : String(r.name_filter)
        const byId = r.id_filter === undefined ? undefined : Number(r.id_filter)
        const artifacts = this.artifacts.filter(
          (a) =>
            a.finalized &&
            a.runId === runId &&
            (byName === undefined || a.name === byName) &&
            (byId === undefined || a.id === byId)
        )
        return { artifacts: artifacts.map(twirpArtifact) }
      }
      case 'GetSignedArtifactURL': {
        const artifact = find()
        if (!artifact?.finalized)
          throw new TwirpError(404, 'not_found', `artifact ${name} not found`)
        return { signed_url: await this.blobs.readUrl('artifacts', artifact.blobName) }
      }
      case 'DeleteArtifact': {
        const artifact = find()
        if (!artifact) throw new TwirpError(404, 'not_found', `artifact ${name} not found`)
        this.artifacts.splice(this.artifacts.indexOf(artifact), 1)
        return { ok: true, artifact_id: String(artifact.id) }
      }
    }
    throw new TwirpError(404, 'bad_route', `no method ArtifactService/${method}`)
  }

  private async cacheCall(method: string, r: Record<string, unknown>): Promise<object> {
    const key = String(r.key ?? '')
    const version = String(r.version ?? '')
    const same = (e: CacheEntry): boolean => e.key === key && e.version === version
    switch (method) {
      case 'CreateCacheEntry': {
        if (this.caches.some((e) => same(e) && e.finalized))
          return { ok: false, message: `cache entry ${key} already exists` }
        const id = this.nextId++
        const blobName = `${id}/cache.tzst`
        this.caches.push({ id, key, version, blobName, size: 0, createdAt: id, finalized: false })
        return { ok: true, signed_upload_url: await this.blobs.writeUrl('cache', blobName) }
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.caches.filter((e) => same(e) && !e.finalized).pop()
        if (!entry) return { ok: false, message: `no pending cache entry ${key}` }
        Object.assign(entry, { finalized: true, size: Number(r.size_bytes ?? 0) })
        return { ok: true, entry_id: String(entry.id) }
      }
      case 'GetCacheEntryDownloadURL': {
        // GitHub's rule: the exact key first, then each restore key as a prefix, newest first.
        const ready = this.caches.filter((e) => e.finalized && e.version === version)
        let hit = ready.find((e) => e.key === key)
        for (const prefix of (r.restore_keys as string[] | undefined) ?? []) {
          hit ??= ready
            .filter((e) => e.key.startsWith(prefix))
            .sort((a, b) => b.createdAt - a.createdAt)[0]
        }
        if (!hit) return { ok: false }
        const url = await this.blobs.readUrl('cache', hit.blobName)
        return { ok: true, signed_download_url: url, matched_key: hit.key }
      }
    }
    throw new TwirpError(404, 'bad_route', `no method CacheService/${method}`)
  }

  /** The REST routes of `findBy`: list a run's artifacts, and a 302 to the artifact's blob. */
  private async rest(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const expected = `token ${this.options.githubToken ?? ''}`
    if (!this.options.githubToken || req.headers.authorization !== expected)
      return json(res, 401, { message: 'Bad credentials' })
    const runs = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/actions\/workflows\/([^/]+)\/runs$/)
    if (runs) return this.listRuns(res, url, runs[1]!, decodeURIComponent(runs[2]!))
    const list = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/actions\/runs\/(\d+)\/artifacts$/)
    const zip = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/actions\/artifacts\/(\d+)\/zip$/)
    const repo = (list ?? zip)?.[1]
    if (!repo || (this.options.repository && repo !== this.options.repository))
      return json(res, 404, { message: 'Not Found' })
    if (list) {
      const name = url.searchParams.get('name')
      const artifacts = this.artifacts.filter(
        (a) => a.finalized && a.runId === list[2] && (name === null || a.name === name)
      )
      return json(res, 200, {
        total_count: artifacts.length,
        artifacts: artifacts.map(restArtifact)
      })
    }
    if (this.zipRouteFailures > 0) {
      this.zipRouteFailures--
      return json(res, 500, { message: 'Server Error' })
    }
    const artifact = this.artifacts.find((a) => a.finalized && a.id === Number(zip![2]))
    if (!artifact) return json(res, 404, { message: 'Not Found' })
    const location = await this.blobs.readUrl('artifacts', artifact.blobName)
    res.writeHead(302, { location }).end()
  }

  /** `GET …/actions/workflows/{file}/runs?status=&per_page=`: this repository's runs of a workflow. */
  private listRuns(res: ServerResponse, url: URL, repo: string, workflow: string): void {
    if (this.options.repository && repo !== this.options.repository)
      return json(res, 404, { message: 'Not Found' })
    const status = url.searchParams.get('status')
    const perPage = Number(url.searchParams.get('per_page') ?? 30)
    const found = this.workflowRuns
      .filter((r) => r.workflow === workflow && (status === null || r.conclusion === status))
      .sort((a, b) => b.id - a.id)
      .slice(0, perPage)
    json(res, 200, {
      total_count: found.length,
      workflow_runs: found.map((r) => ({ id: r.id, status: 'completed', conclusion: r.conclusion }))
    })
  }
}

function twirpArtifact(a: StoredArtifact): object {
  return {
    ...{ workflow_run_backend_id: a.runId, workflow_job_run_backend_id: a.jobId },
    ...{ database_id: String(a.id), name: a.name, size: String(a.size) },
    ...{ created_at: a.createdAt.toISOString(), digest: a.digest }
  }
}

function restArtifact(a: StoredArtifact): object {
  return {
    ...{ id: a.id, name: a.name, size_in_bytes: a.size, expired: false },
    ...{ created_at: a.createdAt.toISOString(), digest: a.digest }
  }
}

function json(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
