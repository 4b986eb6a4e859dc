// A real etcd snapshot of about `size` bytes: boots Debian's etcd on loopback in a temp data-dir,
// loads pods-like keys through its gRPC gateway (32 puts in flight, 1/20 of them updates and
// 1/50 deletes), compacts halfway, and saves it with `etcdctl snapshot save`.
/* global Buffer, fetch, setTimeout */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const CLIENT = 'http://127.0.0.1:23990'
const PEER = 'http://127.0.0.1:23991'

export async function buildReal(file, size, cacheDir) {
  const dir = mkdtempSync(join(cacheDir, 'real-etcd-'))
  console.log(`loading ~${(size / 1e6).toFixed(0)} MB into a real etcd (${dir}) …`)
  const etcd = spawn(
    'etcd',
    [
      '--name',
      'default',
      '--data-dir',
      join(dir, 'data'),
      '--listen-client-urls',
      CLIENT,
      '--advertise-client-urls',
      CLIENT,
      '--listen-peer-urls',
      PEER,
      '--initial-advertise-peer-urls',
      PEER,
      '--initial-cluster',
      `default=${PEER}`,
      '--quota-backend-bytes',
      String(16 * 2 ** 30),
      '--auto-compaction-retention',
      '0'
    ],
    { stdio: 'ignore' }
  )
  try {
    await waitReady()
    const value = Buffer.alloc(4000)
    let written = 0
    let n = 0
    const one = async () => {
      const i = n++
      const key = `/registry/pods/ns-${i % 97}/pod-${i.toString(36).padStart(6, '0')}`
      for (let b = 0; b < value.length; b += 4) value.writeUInt32LE((i * 2654435761 + b) >>> 0, b)
      await call('/v3/kv/put', { key: b64(key), value: value.toString('base64') })
      written += key.length + value.length
      if (i % 20 === 19) await call('/v3/kv/put', { key: b64(key), value: b64(`updated ${i}`) })
      if (i % 50 === 49) await call('/v3/kv/deleterange', { key: b64(key) })
      if (i === 5000) {
        const r = await call('/v3/kv/range', { key: b64('/'), limit: 1 })
        await call('/v3/kv/compaction', { revision: r.header.revision })
      }
    }
    const worker = async () => {
      while (written < size) await one()
    }
    await Promise.all(Array.from({ length: 32 }, worker))
    const tmp = `${file}.partial`
    const r = spawnSync('etcdctl', ['--endpoints', CLIENT, 'snapshot', 'save', tmp], {
      env: { ...process.env, ETCDCTL_API: '3' },
      encoding: 'utf8'
    })
    if (r.status !== 0) throw new Error(`etcdctl snapshot save failed: ${r.stderr}`)
    renameSync(tmp, file)
  } finally {
    etcd.kill('SIGTERM')
    await new Promise((done) => (etcd.exitCode !== null ? done() : etcd.once('exit', done)))
    rmSync(dir, { recursive: true, force: true })
  }
}

function b64(text) {
  return Buffer.from(text).toString('base64')
}

async function call(path, body) {
  const res = await fetch(`${CLIENT}${path}`, { method: 'POST', body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`)
  return res.json()
}

async function waitReady() {
  for (let i = 0; i < 100; i++) {
    try {
      await call('/v3/kv/range', { key: b64('/') })
      return
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  throw new Error('etcd did not become ready on 127.0.0.1:23990')
}
