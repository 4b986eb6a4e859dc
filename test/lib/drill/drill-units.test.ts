import { chmodSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { InputError, VerificationError } from '../../../src/lib/errors.js'
import { findEtcd } from '../../../src/lib/etcd-release/etcd-binary.js'
import { goMaxProcsFor, loopbackURL } from '../../../src/lib/drill/etcd-process.js'
import { GatewayClient, GatewayError, prefixEnd } from '../../../src/lib/drill/gateway.js'
import { freeLoopbackPorts, isLoopbackPortFree } from '../../../src/lib/drill/ports.js'
import { bootCluster } from '../../../src/lib/drill/cluster.js'
import { runBootDrill } from '../../../src/lib/drill/index.js'
import { scanTimeoutMs } from '../../../src/lib/drill/member-failure.js'
import type { DrillMember } from '../../../src/lib/drill/etcd-process.js'
import { memberLayout } from '../../../src/lib/member-dir/layout.js'

const dirs: string[] = []
const servers: Server[] = []
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
})

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'drill-units-'))
  dirs.push(d)
  return d
}

async function fakeServer(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`
}

describe('findEtcd', () => {
  it('says how to fix a missing binary', () => {
    const saved = process.env.PATH
    process.env.PATH = tempDir()
    try {
      expect(() => findEtcd()).toThrow(InputError)
      expect(() => findEtcd()).toThrow(
        'no etcd binary found: set the `etcd-path` input / --etcd-path, or put etcd on PATH'
      )
    } finally {
      process.env.PATH = saved
    }
  })

  it('rejects an explicit path that is missing or not etcd', () => {
    expect(() => findEtcd('/nonexistent/etcd')).toThrow(/does not exist or is not executable/)
    const fake = join(tempDir(), 'etcd')
    writeFileSync(fake, '#!/bin/sh\necho "hello"\n')
    chmodSync(fake, 0o755)
    expect(() => findEtcd(fake)).toThrow(/is not an etcd server binary/)
  })

  it('parses the version of an explicit binary and ignores ETCD_* variables', () => {
    const fake = join(tempDir(), 'etcd')
    writeFileSync(
      fake,
      '#!/bin/sh\n[ -n "$ETCD_NAME" ] && exit 9\necho "etcd Version: 3.5.17"\necho "Git SHA: x"\n'
    )
    chmodSync(fake, 0o755)
    process.env.ETCD_NAME = 'oops'
    try {
      expect(findEtcd(fake)).toEqual({ path: fake, version: '3.5.17' })
    } finally {
      delete process.env.ETCD_NAME
    }
  })
})

describe('ports and URLs', () => {
  it('hands out distinct free loopback ports, skipping excluded ones', async () => {
    const first = await freeLoopbackPorts(5)
    expect(new Set(first).size).toBe(5)
    const next = await freeLoopbackPorts(5, new Set(first))
    expect(next.some((p) => first.includes(p))).toBe(false)
    expect(await isLoopbackPortFree(first[0]!)).toBe(true)
  })

  it('only accepts http://127.0.0.1:<port>', () => {
    expect(loopbackURL('http://127.0.0.1:2380', 'peer')).toBe('http://127.0.0.1:2380')
    for (const bad of [
      'http://10.0.0.1:2380',
      'https://127.0.0.1:2380',
      'http://localhost:2380',
      'http://0.0.0.0:2380',
      'http://127.0.0.1',
      'nope'
    ]) {
      expect(() => loopbackURL(bad, 'peer')).toThrow(InputError)
    }
  })

  it('bootCluster refuses non-loopback peers and folders without a WAL before starting anything', async () => {
    const dataDir = tempDir()
    await expect(
      bootCluster([{ name: 'm1', dataDir, peerURLs: ['http://127.0.0.1:2380'] }], {
        etcdPath: 'etcd',
        initialCluster: 'm1=http://127.0.0.1:2380',
        token: 't'
      })
    ).rejects.toThrow(/m1: no \*\.wal file/)
    await expect(
      bootCluster([], { etcdPath: 'etcd', initialCluster: '', token: 't' })
    ).rejects.toThrow(InputError)
  })
})

describe('GatewayClient', () => {
  it('computes prefix range ends like etcd', () => {
    expect(prefixEnd(Buffer.from('/a/'))).toEqual(Buffer.from('/a0'))
    expect(prefixEnd(Buffer.from([0x61, 0xff, 0xff]))).toEqual(Buffer.from([0x62]))
    expect(prefixEnd(Buffer.from([0xff]))).toEqual(Buffer.from([0]))
  })

  it('turns an etcd error reply into a GatewayError with its code', async () => {
    const url = await fakeServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          error: 'etcdserver: mvcc: required revision has been compacted',
          message: 'etcdserver: mvcc: required revision has been compacted',
          code: 11
        })
      )
    })
    const error = await new GatewayClient(url)
      .range('/k', { revision: 3n })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GatewayError)
    expect((error as GatewayError).grpcCode).toBe(11)
    expect((error as GatewayError).compacted).toBe(true)
  })

  it('gives up after its timeout', async () => {
    const url = await fakeServer(() => {
      // never answers
    })
    const started = Date.now()
    await expect(new GatewayClient(url, 300).status()).rejects.toThrow(VerificationError)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('gives a count over the keyspace its scan timeout, every other request the short one', async () => {
    // answers a count-only range after 600 ms, anything else never
    const url = await fakeServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        if (!(JSON.parse(body) as { count_only?: boolean }).count_only) return
        setTimeout(() => res.end(JSON.stringify({ header: { revision: '7' }, count: '3' })), 600)
      })
    })
    const client = new GatewayClient(url, 300, undefined, 5_000)
    expect((await client.range('\0', { rangeEnd: '\0', countOnly: true })).count).toBe(3n)
    await expect(client.range('/k')).rejects.toThrow(/no answer within 300 ms/)
    await expect(new GatewayClient(url, 300).range('\0', { countOnly: true })).rejects.toThrow(
      /no answer within 300 ms/
    )
  })

  it('scanTimeoutMs: 10 s plus 10 s per started GB of the biggest member db', () => {
    const member = (name: string, bytes: number): DrillMember => {
      const dataDir = join(tempDir(), name)
      const db = memberLayout(dataDir).dbPath
      mkdirSync(dirname(db), { recursive: true })
      writeFileSync(db, '')
      truncateSync(db, bytes) // sparse: no disk used
      return { name, dataDir, peerURLs: [] }
    }
    expect(scanTimeoutMs([member('small', 4096)])).toBe(20_000)
    expect(scanTimeoutMs([member('a', 4096), member('b', 4 * 1024 ** 3 + 1)])).toBe(60_000)
    expect(scanTimeoutMs([])).toBe(10_000)
  })

  it('pages through a range at one revision', async () => {
    const keys = ['a', 'b', 'c', 'd', 'e']
    const seen: { key: string; revision?: string; limit?: string }[] = []
    const url = await fakeServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        const q = JSON.parse(body) as { key: string; revision?: string; limit?: string }
        seen.push(q)
        const from = Buffer.from(q.key, 'base64').toString()
        const rest = keys.filter((k) => k >= from)
        const page = rest.slice(0, Number(q.limit))
        res.end(
          JSON.stringify({
            header: { revision: '7' },
            kvs: page.map((k) => ({ key: Buffer.from(k).toString('base64'), mod_revision: '2' })),
            more: rest.length > page.length,
            count: String(rest.length)
          })
        )
      })
    })
    const got: string[] = []
    for await (const kv of new GatewayClient(url).rangeAll('\0', { pageSize: 2 }))
      got.push(kv.key.toString())
    expect(got).toEqual(keys)
    expect(seen.map((q) => q.revision)).toEqual([undefined, '7', '7'])
    expect(Buffer.from(seen[1]!.key, 'base64')).toEqual(Buffer.from('b\0'))
  })
})

describe('runBootDrill', () => {
  it('refuses members restored with non-loopback peer URLs before copying or starting anything', async () => {
    const fake = join(tempDir(), 'etcd')
    writeFileSync(fake, '#!/bin/sh\necho "etcd Version: 3.4.23"\n')
    chmodSync(fake, 0o755)
    const members = [{ name: 'm1', dataDir: tempDir(), peerURLs: ['http://10.0.0.1:2380'] }]
    await expect(
      runBootDrill({
        members,
        initialCluster: 'm1=http://10.0.0.1:2380',
        token: 't',
        etcd: findEtcd(fake),
        expected: { revision: 1 }
      })
    ).rejects.toThrow(/m1 peer URL http:\/\/10.0.0.1:2380 is not http:\/\/127.0.0.1:<port>/)
  })
})

describe('goMaxProcsFor: each drill member gets its share of the CPUs', () => {
  it('rounds the share up, leaves Go its own choice when a member has every CPU or GOMAXPROCS is set', () => {
    expect(goMaxProcsFor(3, 2, {})).toBe(1)
    expect(goMaxProcsFor(3, 4, {})).toBe(2)
    expect(goMaxProcsFor(3, 16, {})).toBe(6)
    expect(goMaxProcsFor(5, 4, {})).toBe(1)
    expect(goMaxProcsFor(1, 2, {})).toBeUndefined()
    expect(goMaxProcsFor(3, 1, {})).toBeUndefined()
    expect(goMaxProcsFor(3, 2, { GOMAXPROCS: '2' })).toBeUndefined()
    expect(goMaxProcsFor(3, 2, { GOMAXPROCS: '' })).toBe(1)
  })
})
