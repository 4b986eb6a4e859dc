// A real etcd snapshot of about `size` bytes: boots Debian's etcd on loopback in a temp data-dir,
// loads pods-like keys through its gRPC gateway (32 puts in flight, 1/20 of them updates and
// 1/50 deletes), compacts halfway, and saves it with `etcdctl snapshot save`.
/* global Buffer */
import { b64, saveScratchSnapshot } from './scratch-etcd.mjs'

export async function buildReal(file, size, cacheDir) {
  console.log(`loading ~${(size / 1e6).toFixed(0)} MB into a real etcd …`)
  await saveScratchSnapshot(
    file,
    async (call) => {
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
    },
    { parent: cacheDir, label: 'real' }
  )
}
