/**
 * Interop proof with every real etcd server under test (3.4.23 with bbolt v1.3.6, 3.5.x with
 * bbolt 1.3.x; test/helpers/etcd-servers.ts): restore the tiny fixture with that server's own
 * tool (etcdctl 3.4, etcdutl 3.5), edit member/snap/db with WriteTx (a rewritten `key` bucket path, harmless keys in `meta`,
 * `members_removed` rebuilt, a custom multi-level bucket), boot etcd on it, write thousands of
 * keys so bbolt splits the pages we wrote, restart, read back, and check the file afterwards.
 * Loud skip when etcd is absent; failure instead when REQUIRE_ETCD=1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FileByteFile } from '../../../src/lib/io/page-file.js'
import { WriteTx } from '../../../src/lib/bolt/tx.js'
import { etcdServersForTests, type EtcdServer } from '../../helpers/etcd-servers.js'
import { runCheckDb } from './check-db.js'
import { strictCheck } from './strict-check.js'

const FIXTURE = join(import.meta.dirname, '../../fixtures/tiny-snapshot.db')
const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const cleanEnv = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ETCD'))),
  ETCDCTL_API: '3'
})

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

const children = new Set<ChildProcess>()
const tempDirs: string[] = []

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

interface Etcd {
  child: ChildProcess
  client: string
  log: string
}

async function startEtcd(
  server: EtcdServer,
  dataDir: string,
  peer: string,
  client: string,
  log: string
): Promise<Etcd> {
  const fd = openSync(log, 'a')
  const child = spawn(
    server.etcd,
    [
      '--name',
      'm1',
      '--data-dir',
      dataDir,
      '--listen-client-urls',
      client,
      '--advertise-client-urls',
      client,
      '--listen-peer-urls',
      peer,
      '--initial-advertise-peer-urls',
      peer,
      '--initial-cluster',
      `m1=${peer}`,
      '--initial-cluster-token',
      'bolt-writer-token'
    ],
    { stdio: ['ignore', fd, fd], env: cleanEnv() }
  )
  closeSync(fd)
  children.add(child)
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`etcd exited ${child.exitCode}:\n${readFileSync(log, 'utf8').slice(-3000)}`)
    try {
      const response = await fetch(`${client}/health`)
      if (response.ok && ((await response.json()) as { health?: string }).health === 'true')
        return { child, client, log }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`etcd did not become healthy:\n${readFileSync(log, 'utf8').slice(-3000)}`)
}

async function stopEtcd(etcd: Etcd): Promise<void> {
  if (etcd.child.exitCode !== null) return
  const exited = new Promise<void>((resolve) => etcd.child.once('exit', () => resolve()))
  etcd.child.kill('SIGTERM')
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))])
  if (etcd.child.exitCode === null && etcd.child.signalCode === null) {
    etcd.child.kill('SIGKILL')
    await exited
  }
}

/** Opens the db read-only for fn and closes it. */
function withDb<T>(path: string, fn: (file: FileByteFile) => T): T {
  const file = FileByteFile.open(path)
  try {
    return fn(file)
  } finally {
    file.close()
  }
}

const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString('base64')

async function gateway(
  client: string,
  path: string,
  body: object
): Promise<Record<string, unknown>> {
  const response = await fetch(`${client}/v3/${path}`, {
    method: 'POST',
    body: JSON.stringify(body)
  })
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()) as Record<string, unknown>
}

const servers = etcdServersForTests()
if (servers.length === 0) it.skip('no etcd server installed', () => {})

describe.each(servers)('bbolt writer interop with real etcd $version', (server) => {
  it('etcd boots on, writes to, and restarts on a db edited by WriteTx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bolt-writer-etcd-'))
    tempDirs.push(dir)
    const [peerPort, clientPort] = [await freePort(), await freePort()]
    const peer = `http://127.0.0.1:${peerPort}`
    const client = `http://127.0.0.1:${clientPort}`
    const dataDir = join(dir, 'm1')
    // the server's own restore tool: etcdutl from 3.5 on, etcdctl (API 3) for 3.4
    const restore = spawnSync(
      server.etcdutl ?? server.etcdctl ?? 'etcdctl',
      [
        'snapshot',
        'restore',
        FIXTURE,
        '--name',
        'm1',
        '--data-dir',
        dataDir,
        '--initial-cluster',
        `m1=${peer}`,
        '--initial-cluster-token',
        'bolt-writer-token',
        '--initial-advertise-peer-urls',
        peer
      ],
      { encoding: 'utf8', timeout: 30_000, env: cleanEnv() }
    )
    expect(restore.status, restore.stderr).toBe(0)
    const dbPath = join(dataDir, 'member/snap/db')

    // --- edit with our writer: two commits (append at hwm, then reuse free pages + freelist page)
    let file = FileByteFile.open(dbPath, { writable: true })
    let tx = WriteTx.begin(file)
    const keyBucket = tx.bucket('key')!
    keyBucket.fillPercent = 0.9
    // Re-put every revision with its own value: every leaf of `key` becomes a page we wrote.
    for (const e of [...keyBucket.entries()]) keyBucket.put(e.key, e.value!.slice())
    tx.bucket('meta')!.put('bolt-writer/marker', enc('hello'))
    tx.bucket('meta')!.put('bolt-writer/gone', enc('x'))
    const custom = tx.createBucket('bolt-writer-custom')
    for (let i = 0; i < 4000; i++)
      custom.put(`c/${String(i).padStart(6, '0')}`, enc('v'.repeat(50 + (i % 200))))
    custom.put('c/big', new Uint8Array(50_000).fill(7))
    custom.setSequence(42n)
    tx.commit()
    file.close()
    file = FileByteFile.open(dbPath, { writable: true })
    tx = WriteTx.begin(file, { reuseFreePages: true })
    tx.bucket('meta')!.delete('bolt-writer/gone')
    const removed = tx.bucket('members_removed')!
    const old = [...removed.entries()]
    for (const e of old) removed.delete(e.key)
    for (const e of old) removed.put(e.key, e.value!.slice())
    const c2 = tx.bucket('bolt-writer-custom')!
    for (let i = 0; i < 4000; i += 3) c2.delete(`c/${String(i).padStart(6, '0')}`)
    const result = tx.commit({ freelist: 'page' })
    expect(result.pagesReused).toBeGreaterThan(0)
    file.close()
    const edited = withDb(dbPath, (f) => {
      runCheckDb(f)
      return strictCheck(f)
    })
    expect(edited.maxDepth).toBeGreaterThanOrEqual(2)

    // --- boot, write 3000 keys with 200-byte values, restart, read back
    const log = join(dir, 'etcd.log')
    let etcd = await startEtcd(server, dataDir, peer, client, log)
    const value = 'w'.repeat(200)
    const writes: Promise<unknown>[] = []
    for (let i = 0; i < 3000; i++) {
      writes.push(
        gateway(client, 'kv/put', {
          key: b64(`/interop/${String(i).padStart(5, '0')}`),
          value: b64(value)
        })
      )
      if (writes.length >= 64) await Promise.all(writes.splice(0))
    }
    await Promise.all(writes)
    const put = spawnSync(
      server.etcdctl ?? 'etcdctl',
      ['--endpoints', client, 'put', '/interop/etcdctl', 'ok'],
      {
        encoding: 'utf8',
        env: cleanEnv()
      }
    )
    expect(put.status, put.stderr).toBe(0)
    await stopEtcd(etcd)
    expect(etcd.child.exitCode ?? etcd.child.signalCode).not.toBeNull()

    // --- our commit on top of bbolt's, NoFreelist this time: etcd must rebuild its free list
    // by scanning (bbolt freepages), then write over pages we freed and wrote.
    const afterEtcd = withDb(dbPath, (f) => {
      runCheckDb(f)
      return strictCheck(f, { requireParity: false })
    })
    expect(afterEtcd.root.buckets.get('key')!.values.size).toBeGreaterThan(3000)
    file = FileByteFile.open(dbPath, { writable: true })
    tx = WriteTx.begin(file, { reuseFreePages: true })
    const c3 = tx.bucket('bolt-writer-custom')!
    for (let i = 0; i < 3000; i++) c3.put(`d/${String(i).padStart(6, '0')}`, enc('d'.repeat(120)))
    for (let i = 1; i < 4000; i += 3) c3.delete(`c/${String(i).padStart(6, '0')}`)
    expect(tx.commit({ freelist: 'none' }).pagesReused).toBeGreaterThan(0)
    file.close()

    etcd = await startEtcd(server, dataDir, peer, client, log)
    const count = await gateway(client, 'kv/range', {
      key: b64('/interop/'),
      range_end: b64('/interop0'),
      count_only: true
    })
    expect(Number(count.count)).toBe(3001)
    const one = await gateway(client, 'kv/range', { key: b64('/interop/02999') })
    const kvs = one.kvs as { value: string }[]
    expect(Buffer.from(kvs[0]!.value, 'base64').toString()).toBe(value)
    const old1 = await gateway(client, 'kv/range', { key: b64('/plain/key-3') })
    expect(Buffer.from((old1.kvs as { value: string }[])[0]!.value, 'base64').toString()).toBe(
      'plain value 3'
    )
    for (let i = 0; i < 500; i++) {
      writes.push(gateway(client, 'kv/put', { key: b64(`/second/${i}`), value: b64(value) }))
      if (writes.length >= 64) await Promise.all(writes.splice(0))
    }
    await Promise.all(writes)
    await stopEtcd(etcd)

    // --- the file bbolt wrote on top of ours is still sound and keeps our edits
    const after = withDb(dbPath, (f) => {
      runCheckDb(f)
      return strictCheck(f, { requireParity: false })
    })
    const meta = after.root.buckets.get('meta')!
    expect(meta.values.get('bolt-writer/marker')).toBe('hello')
    expect(meta.values.has('bolt-writer/gone')).toBe(false)
    const customAfter = after.root.buckets.get('bolt-writer-custom')!
    expect(customAfter.values.size).toBe(4001 - 1334 - 1333 + 3000)
    expect(customAfter.sequence).toBe(42n)
    expect(after.root.buckets.get('key')!.values.size).toBeGreaterThan(3500)
    expect(after.txid).toBeGreaterThan(edited.txid + 1n)

    // --- a last WriteTx on etcd's output (drop our bucket), and etcd boots on it once more
    file = FileByteFile.open(dbPath, { writable: true })
    tx = WriteTx.begin(file, { reuseFreePages: true })
    tx.deleteBucket('bolt-writer-custom')
    tx.commit()
    file.close()
    const final = withDb(dbPath, (f) => {
      runCheckDb(f)
      return strictCheck(f, { requireParity: false })
    })
    expect(final.root.buckets.has('bolt-writer-custom')).toBe(false)
    etcd = await startEtcd(server, dataDir, peer, client, log)
    const second = await gateway(client, 'kv/range', {
      key: b64('/second/'),
      range_end: b64('/second0'),
      count_only: true
    })
    expect(Number(second.count)).toBe(500)
    await stopEtcd(etcd)
    const text = readFileSync(log, 'utf8')
    expect(text).not.toMatch(/panic|unreachable|already freed/)
    expect(text.match(/ready to serve client requests/g)?.length).toBe(3)
  }, 90_000)
})
