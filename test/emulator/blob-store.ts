import type { IncomingMessage, ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'
import { posix } from 'node:path'

/** Mints the signed URLs the results service hands out: write (`cw`) for uploads, read (`r`) for downloads. */
export interface BlobSigner {
  writeUrl(container: string, blobName: string): Promise<string>
  readUrl(container: string, blobName: string): Promise<string>
}

interface StoredBlob {
  body: Buffer
  contentType: string
}

/**
 * What a faulty blob GET does instead of answering: `reset` sends the headers (the full
 * Content-Length) and half of the body, then resets the connection (TCP RST); `500` answers
 * 500 InternalError with no body; `corrupt` sends the whole length with one byte flipped.
 */
export type BlobFault = 'reset' | '500' | 'corrupt'

/** A fault for the next `times` GETs of a blob (`Infinity`: every GET). */
export interface BlobReadFault {
  fault: BlobFault
  times: number
}

/**
 * An in-process stand-in for Azure Blob Storage, enough for the Azure SDK's Put Block / Put Block
 * List (artifact uploads), single-shot Put Blob (cache uploads) and a plain GET (downloads).
 * URLs look like `<base>/fakeblob/<container>/<blob>?sig=<hex>`; `sig` is hex so the SDK's query
 * re-encoding cannot change it, and each signature grants one permission on one blob.
 */
export class MemoryBlobStore implements BlobSigner {
  readonly blobs = new Map<string, StoredBlob>()
  private readonly blocks = new Map<string, Map<string, Buffer>>()
  private readonly grants = new Map<string, { path: string; perm: 'w' | 'r' }>()
  baseUrl = ''
  /**
   * Faults for GETs of a blob, by `<container>/<blob>`: each GET takes one (the entry goes when
   * its `times` run out); a blob without an entry answers normally.
   */
  readonly readFaults = new Map<string, BlobReadFault>()
  /** Every blob GET and what it got (`ok`, `reset`, `500`), in order. */
  readonly reads: { path: string; outcome: BlobFault | 'ok' }[] = []

  async writeUrl(container: string, blobName: string): Promise<string> {
    return this.sign(container, blobName, 'w')
  }

  async readUrl(container: string, blobName: string): Promise<string> {
    return this.sign(container, blobName, 'r')
  }

  private sign(container: string, blobName: string, perm: 'w' | 'r'): string {
    const sig = randomBytes(16).toString('hex')
    const path = `${container}/${blobName}`
    this.grants.set(sig, { path, perm })
    return `${this.baseUrl}/fakeblob/${path.split('/').map(encodeURIComponent).join('/')}?sig=${sig}`
  }

  /** Handles a request under /fakeblob/; answers 403 unless the signature grants this blob. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<void> {
    const path = decodeURIComponent(url.pathname.slice('/fakeblob/'.length))
    const grant = this.grants.get(url.searchParams.get('sig') ?? '')
    const wanted = req.method === 'GET' || req.method === 'HEAD' ? 'r' : 'w'
    if (!grant || grant.path !== path || grant.perm !== wanted) {
      res.writeHead(403, { 'x-ms-error-code': 'AuthenticationFailed' }).end()
      return
    }
    if (req.method === 'GET' || req.method === 'HEAD') return this.get(res, path, req.method)
    if (req.method !== 'PUT') return void res.writeHead(405).end()
    const comp = url.searchParams.get('comp')
    if (comp === 'block') {
      const id = url.searchParams.get('blockid') ?? ''
      if (!this.blocks.has(path)) this.blocks.set(path, new Map())
      this.blocks.get(path)!.set(id, body)
    } else if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)]
      const staged = this.blocks.get(path) ?? new Map<string, Buffer>()
      const parts = ids.map(([, id]) => staged.get(id))
      if (parts.some((p) => p === undefined)) return void res.writeHead(400).end('InvalidBlockList')
      this.blobs.set(path, {
        body: Buffer.concat(parts as Buffer[]),
        contentType: contentType(req)
      })
      this.blocks.delete(path)
    } else if (comp === null) {
      this.blobs.set(path, { body, contentType: contentType(req) })
    } else {
      return void res.writeHead(400).end(`unsupported comp=${comp}`)
    }
    res.writeHead(201, { etag: '"0x1"', 'last-modified': new Date().toUTCString() }).end()
  }

  private get(res: ServerResponse, path: string, method: string): void {
    const blob = this.blobs.get(path)
    if (!blob) return void res.writeHead(404, { 'x-ms-error-code': 'BlobNotFound' }).end()
    const fault = method === 'GET' ? this.nextFault(path) : undefined
    if (method === 'GET') this.reads.push({ path, outcome: fault ?? 'ok' })
    if (fault === '500') {
      res.writeHead(500, { 'x-ms-error-code': 'InternalError' }).end()
      return
    }
    res.writeHead(200, {
      'content-type': blob.contentType,
      'content-length': blob.body.length,
      'content-disposition': `attachment; filename="${posix.basename(path)}"`
    })
    if (fault === 'reset') {
      // half the bytes reach the client, then the connection is reset mid-body
      res.write(blob.body.subarray(0, blob.body.length >> 1), () => res.socket?.resetAndDestroy())
      return
    }
    if (fault === 'corrupt') {
      const body = Buffer.from(blob.body)
      body[body.length >> 1] = (body[body.length >> 1] as number) ^ 0xff
      return void res.end(body)
    }
    res.end(method === 'HEAD' ? undefined : blob.body)
  }

  private nextFault(path: string): BlobFault | undefined {
    const next = this.readFaults.get(path)
    if (!next) return undefined
    if (--next.times <= 0) this.readFaults.delete(path)
    return next.fault
  }
}

function contentType(req: IncomingMessage): string {
  const header = req.headers['x-ms-blob-content-type'] ?? req.headers['content-type']
  return typeof header === 'string' && header !== '' ? header : 'application/octet-stream'
}
