// One throwaway single-member etcd on free loopback ports, for the bench's snapshot builders: it
// boots in a temp data-dir, `load(call)` writes through its gRPC gateway, and what it holds is
// saved to `file` with `etcdctl snapshot save` (to `<file>.partial`, then renamed). The server is
// stopped and its data-dir removed whatever happens.
/* global Buffer, fetch, setTimeout */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, renameSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Runs `load(call)` against a scratch etcd (`etcdDir`'s etcd/etcdctl, else those on PATH) and
 * saves its snapshot to `file`. `call(path, body)` POSTs JSON to the gateway and returns its reply.
 */
export async function saveScratchSnapshot(
  file,
  load,
  { etcdDir, parent = tmpdir(), label = 'scratch' } = {}
) {
  const etcd = etcdDir ? join(etcdDir, 'etcd') : 'etcd'
  const etcdctl = etcdDir ? join(etcdDir, 'etcdctl') : 'etcdctl'
  const [clientPort, peerPort] = await freePorts(2)
  const client = `http://127.0.0.1:${clientPort}`
  const peer = `http://127.0.0.1:${peerPort}`
  const dir = mkdtempSync(join(parent, `${label}-etcd-`))
  console.log(`${label}: loading through ${etcd} (${dir}) …`)
  const server = spawn(
    etcd,
    [
      ...['--name', 'default', '--data-dir', join(dir, 'data')],
      ...['--listen-client-urls', client, '--advertise-client-urls', client],
      ...['--listen-peer-urls', peer, '--initial-advertise-peer-urls', peer],
      ...['--initial-cluster', `default=${peer}`],
      ...['--quota-backend-bytes', String(16 * 2 ** 30), '--auto-compaction-retention', '0']
    ],
    { stdio: 'ignore', env: cleanEnv() }
  )
  const call = async (path, body) => {
    const res = await fetch(`${client}${path}`, { method: 'POST', body: JSON.stringify(body) })
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`)
    return res.json()
  }
  try {
    await waitReady(call)
    await load(call)
    const tmp = `${file}.partial`
    const r = spawnSync(etcdctl, ['--endpoints', client, 'snapshot', 'save', tmp], {
      env: { ...cleanEnv(), ETCDCTL_API: '3' },
      encoding: 'utf8'
    })
    if (r.status !== 0) throw new Error(`etcdctl snapshot save failed: ${r.stderr}`)
    renameSync(tmp, file)
    console.log(`saved ${file}`)
  } finally {
    server.kill('SIGTERM')
    await new Promise((done) => (server.exitCode !== null ? done() : server.once('exit', done)))
    rmSync(dir, { recursive: true, force: true })
  }
}

export function b64(text) {
  return Buffer.from(text).toString('base64')
}

/** Free loopback ports, from the kernel (listen on port 0). */
export async function freePorts(n) {
  const servers = []
  const ports = []
  for (let i = 0; i < n; i++) {
    const s = createServer()
    await new Promise((ok) => s.listen(0, '127.0.0.1', ok))
    servers.push(s)
    ports.push(s.address().port)
  }
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))))
  return ports
}

async function waitReady(call) {
  for (let i = 0; i < 200; i++) {
    try {
      await call('/v3/kv/range', { key: b64('/') })
      return
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  throw new Error('etcd did not become ready')
}

/** The environment without ETCD* variables, which etcd and etcdctl would read as flags. */
function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ETCD')))
}
