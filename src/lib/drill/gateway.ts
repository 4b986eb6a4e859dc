import { request } from 'node:http'
import { VerificationError } from '../errors.js'
import {
  ALL_KEYS,
  bytes,
  bytes64,
  GatewayError,
  header,
  int,
  keyValue,
  list,
  prefixEnd,
  str,
  type Json,
  type KeyValue,
  type LeaseTimeToLive,
  type Member,
  type RangeOptions,
  type RangeResult,
  type ResponseHeader,
  type StatusResult
} from './gateway-json.js'
import { hashKVOverGrpc } from './grpc-hashkv.js'

/**
 * The drill's one client for a running etcd: the JSON gRPC gateway (`POST <client URL>/v3/...`)
 * for everything but HashKV, which speaks gRPC (3.4's gateway maps /v3/maintenance/hash to Hash,
 * not HashKV; see grpc-hashkv.ts). Paths checked against etcd 3.4.23, 3.5.16 and 3.5.30. Bytes
 * fields are base64, int64 fields are JSON strings. With credentials every request is logged in
 * (3.5.28+/3.4.42+ refuse even Status and MemberList without a user).
 */

export { GatewayError, prefixEnd, int }
export type {
  KeyValue,
  LeaseTimeToLive,
  Member,
  RangeOptions,
  RangeResult,
  ResponseHeader,
  StatusResult
}

const MAX_RESPONSE_BYTES = 256 * 1024 * 1024
/** Tries of one request whose token etcd does not know (yet); a login before each retry. */
const TOKEN_TRIES = 5
const TOKEN_RETRY_MS = 100

/** A user to log in as (etcd auth). */
export interface Credentials {
  user: string
  password: string
}

export class GatewayClient {
  private token: string | undefined

  /**
   * `scanTimeoutMs`: for the requests whose work grows with the keyspace (HashKV, a count-only
   * range); the others get `timeoutMs`.
   */
  constructor(
    readonly endpoint: string,
    private readonly timeoutMs = 10_000,
    private credentials?: Credentials,
    private readonly scanTimeoutMs = timeoutMs
  ) {}

  /** Logs in now (`/v3/auth/authenticate`); later calls carry the token and renew it. */
  async authenticate(name: string, password: string): Promise<void> {
    this.credentials = { user: name, password }
    await this.login(this.credentials)
  }

  private async login(credentials: Credentials): Promise<void> {
    this.token = undefined
    const body = JSON.stringify({ name: credentials.user, password: credentials.password })
    const reply = await this.send('POST', '/v3/auth/authenticate', body)
    this.token = str(reply.token)
  }

  /**
   * One request, logged in when there are credentials. etcd answers "invalid auth token" for a
   * token it forgot (a restart) or has not applied yet (simple tokens are issued through raft,
   * etcd issue 18437): log in again and retry, a bounded number of times, as etcd's Go client does.
   */
  private async loggedIn<T>(request: () => Promise<T>): Promise<T> {
    const credentials = this.credentials
    if (credentials === undefined) return request()
    for (let attempt = 1; ; attempt++) {
      if (this.token === undefined) await this.login(credentials)
      try {
        return await request()
      } catch (error) {
        if (!(error instanceof GatewayError && error.invalidToken) || attempt >= TOKEN_TRIES)
          throw error
        this.token = undefined
        await new Promise((resolve) => setTimeout(resolve, TOKEN_RETRY_MS * attempt))
      }
    }
  }

  async range(key: Buffer | string, options: RangeOptions = {}): Promise<RangeResult> {
    const keyBytes = bytes(key)
    const rangeEnd =
      options.rangeEnd !== undefined
        ? bytes(options.rangeEnd)
        : options.prefix === true
          ? prefixEnd(keyBytes)
          : undefined
    const reply = await this.call(
      '/v3/kv/range',
      {
        key: keyBytes.toString('base64'),
        ...(rangeEnd === undefined ? {} : { range_end: rangeEnd.toString('base64') }),
        ...(options.revision === undefined ? {} : { revision: options.revision.toString() }),
        ...(options.limit === undefined ? {} : { limit: String(options.limit) }),
        ...(options.countOnly === true ? { count_only: true } : {}),
        ...(options.keysOnly === true ? { keys_only: true } : {}),
        ...(options.serializable === true ? { serializable: true } : {})
      },
      options.countOnly === true ? this.scanTimeoutMs : this.timeoutMs
    )
    return {
      header: header(reply.header),
      kvs: list(reply.kvs).map(keyValue),
      more: reply.more === true,
      count: int(reply.count)
    }
  }

  /**
   * Every key in [key, rangeEnd) in key order (no rangeEnd/prefix: to the end of the keyspace), `pageSize` at a time, all pages read at one
   * revision (the first page's unless given) so a big keyspace is never held in memory.
   */
  async *rangeAll(
    key: Buffer | string = ALL_KEYS,
    options: Omit<RangeOptions, 'limit' | 'countOnly'> & { pageSize?: number } = {}
  ): AsyncGenerator<KeyValue> {
    const pageSize = options.pageSize ?? 500
    const end =
      options.rangeEnd !== undefined
        ? bytes(options.rangeEnd)
        : options.prefix === true
          ? prefixEnd(bytes(key))
          : ALL_KEYS
    let from = bytes(key)
    let revision = options.revision
    for (;;) {
      const page = await this.range(from, { ...options, rangeEnd: end, revision, limit: pageSize })
      revision ??= page.header.revision
      yield* page.kvs
      const last = page.kvs.at(-1)
      if (!page.more || last === undefined) return
      // the next key after `last` in byte order
      from = Buffer.concat([last.key, ALL_KEYS])
    }
  }

  async put(key: Buffer | string, value: Buffer | string, lease?: bigint): Promise<ResponseHeader> {
    const reply = await this.call('/v3/kv/put', {
      key: bytes(key).toString('base64'),
      value: bytes(value).toString('base64'),
      ...(lease === undefined ? {} : { lease: lease.toString() })
    })
    return header(reply.header)
  }

  async deleteRange(key: Buffer | string, prefix = false): Promise<bigint> {
    const keyBytes = bytes(key)
    const reply = await this.call('/v3/kv/deleterange', {
      key: keyBytes.toString('base64'),
      ...(prefix ? { range_end: prefixEnd(keyBytes).toString('base64') } : {})
    })
    return int(reply.deleted)
  }

  async status(): Promise<StatusResult> {
    const reply = await this.call('/v3/maintenance/status', {})
    return {
      header: header(reply.header),
      version: str(reply.version),
      dbSize: int(reply.dbSize),
      leader: int(reply.leader),
      raftIndex: int(reply.raftIndex),
      raftTerm: int(reply.raftTerm)
    }
  }

  /** HashKV at `revision` (0: latest) over gRPC; the 3.4 gateway cannot reach it. */
  hashKV(
    revision: bigint
  ): Promise<{ hash: number; compactRevision: bigint; header: ResponseHeader }> {
    return this.loggedIn(() =>
      hashKVOverGrpc(this.endpoint, revision, this.scanTimeoutMs, this.token)
    )
  }

  async memberList(): Promise<{ header: ResponseHeader; members: Member[] }> {
    const reply = await this.call('/v3/cluster/member/list', {})
    return {
      header: header(reply.header),
      members: list(reply.members).map((m) => ({
        id: int(m.ID),
        name: str(m.name),
        peerURLs: list(m.peerURLs).map(str),
        clientURLs: list(m.clientURLs).map(str)
      }))
    }
  }

  async leases(): Promise<bigint[]> {
    const reply = await this.call('/v3/lease/leases', {})
    return list(reply.leases).map((l) => int(l.ID))
  }

  async leaseTimeToLive(id: bigint, keys = true): Promise<LeaseTimeToLive> {
    const reply = await this.call('/v3/lease/timetolive', { ID: id.toString(), keys })
    return {
      id: int(reply.ID),
      ttl: int(reply.TTL),
      grantedTtl: int(reply.grantedTTL),
      keys: list(reply.keys).map((k) => bytes64(k))
    }
  }

  async userList(): Promise<string[]> {
    return list((await this.call('/v3/auth/user/list', {})).users).map(str)
  }

  async roleList(): Promise<string[]> {
    return list((await this.call('/v3/auth/role/list', {})).roles).map(str)
  }

  /** GET /health: true when the member has a leader and no alarm. */
  async health(): Promise<boolean> {
    const reply = await this.send('GET', '/health', undefined)
    return reply.health === 'true' || reply.health === true
  }

  /**
   * The peers this member counts as active: `etcd_network_active_peers` in its /metrics, summed
   * over the peers (etcd counts a peer down as soon as its streams break); undefined when the
   * metric is not there. The same state picks the peer a stopping leader hands over to.
   */
  async activePeers(): Promise<number | undefined> {
    const text = await this.getText('/metrics')
    let sum: number | undefined
    for (const line of text.split('\n')) {
      if (!line.startsWith('etcd_network_active_peers{')) continue
      const value = Number(line.slice(line.lastIndexOf(' ') + 1))
      if (Number.isFinite(value)) sum = (sum ?? 0) + value
    }
    return sum
  }

  /** GET of a plain-text endpoint (no login: /metrics needs none). */
  private async getText(path: string): Promise<string> {
    const { what, status, text } = await this.exchange('GET', path, undefined)
    if (status >= 400) throw new VerificationError(`${what}: HTTP ${status}`)
    return text
  }

  private call(path: string, body: object, timeoutMs = this.timeoutMs): Promise<Json> {
    return this.loggedIn(() => this.send('POST', path, JSON.stringify(body), timeoutMs))
  }

  private async send(
    method: string,
    path: string,
    body: string | undefined,
    timeoutMs = this.timeoutMs
  ): Promise<Json> {
    const { what, status, text } = await this.exchange(method, path, body, timeoutMs)
    let json: Json
    try {
      json = JSON.parse(text) as Json
    } catch {
      throw new GatewayError(
        `${what}: HTTP ${status}, not JSON: ${text.slice(0, 200)}`,
        undefined,
        text
      )
    }
    if (typeof json !== 'object' || json === null) {
      throw new GatewayError(`${what}: unexpected reply ${text.slice(0, 200)}`, undefined, text)
    }
    if (json.error !== undefined || status >= 400) {
      const message = str(json.message ?? json.error ?? text)
      const code = typeof json.code === 'number' ? json.code : undefined
      throw new GatewayError(`${what}: ${message} (HTTP ${status}, code ${code})`, code, message)
    }
    return json
  }

  /** One request: its reply's status and text, at most MAX_RESPONSE_BYTES, within timeoutMs. */
  private exchange(
    method: string,
    path: string,
    body: string | undefined,
    timeoutMs = this.timeoutMs
  ): Promise<{ what: string; status: number; text: string }> {
    const url = new URL(path, this.endpoint)
    const what = `${method} ${url.href}`
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          agent: false,
          headers: {
            'content-type': 'application/json',
            ...(this.token === undefined ? {} : { authorization: this.token })
          }
        },
        (res) => {
          const chunks: Buffer[] = []
          let size = 0
          res.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > MAX_RESPONSE_BYTES) {
              req.destroy(
                new VerificationError(`${what}: response larger than ${MAX_RESPONSE_BYTES} bytes`)
              )
              return
            }
            chunks.push(chunk)
          })
          res.on('error', reject)
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            resolve({ what, status: res.statusCode ?? 0, text })
          })
        }
      )
      const timer = setTimeout(
        () => req.destroy(new VerificationError(`${what}: no answer within ${timeoutMs} ms`)),
        timeoutMs
      )
      req.on('close', () => clearTimeout(timer))
      req.on('error', (error) =>
        reject(
          error instanceof VerificationError
            ? error
            : new GatewayError(`${what}: ${error.message}`, undefined, error.message)
        )
      )
      req.end(body)
    })
  }
}
