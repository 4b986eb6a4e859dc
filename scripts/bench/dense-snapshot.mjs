// A dense snapshot made through a real etcd, the shape of a Kubernetes cluster's objects: keys
// put once each (no updates, no deletes) with values of `minValue`–`maxValue` bytes (1–16 kB by
// default: many exceed a 4 kB page, so their leaves span several pages), until about `size`
// bytes are stored; saved with `etcdctl snapshot save`. What etcd's own commits free is all
// that is free (a few pages): `--defrag auto` must copy it, and deciding so must cost nothing.
//
//   node scripts/bench/dense-snapshot.mjs <out.db> [--size 100M] [--min 1024] [--max 16384]
//     [--etcd <dir with etcd, etcdctl>]
/* global Buffer */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { b64, saveScratchSnapshot } from './scratch-etcd.mjs'

export async function buildDense(
  file,
  { size = 100e6, minValue = 1024, maxValue = 16384, etcdDir } = {}
) {
  console.log(`loading ~${(size / 1e6).toFixed(0)} MB of ${minValue}–${maxValue} B values …`)
  await saveScratchSnapshot(
    file,
    async (call) => {
      // deterministic sizes and contents (xorshift32)
      let state = 0x9e3779b9
      const next = () => {
        state ^= state << 13
        state ^= state >>> 17
        state ^= state << 5
        return state >>> 0
      }
      const kinds = ['pods', 'configmaps', 'secrets', 'deployments', 'events', 'leases']
      let written = 0
      let n = 0
      const worker = async () => {
        while (written < size) {
          const i = n++
          const length = minValue + (next() % (maxValue - minValue + 1))
          const value = Buffer.alloc(length)
          for (let b = 0; b + 4 <= length; b += 4) value.writeUInt32LE(next(), b)
          const key = `/registry/${kinds[i % kinds.length]}/ns-${i % 61}/obj-${i.toString(36).padStart(6, '0')}`
          written += key.length + length
          await call('/v3/kv/put', { key: b64(key), value: value.toString('base64') })
        }
      }
      await Promise.all(Array.from({ length: 32 }, worker))
      console.log(`${n} keys, ${(written / 1e6).toFixed(0)} MB`)
    },
    { etcdDir, label: 'dense' }
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2)
  const flag = (name) => {
    const i = argv.indexOf(`--${name}`)
    return i < 0 ? undefined : argv[i + 1]
  }
  const out = argv[0]
  if (out === undefined || out.startsWith('--')) {
    console.error(
      'usage: dense-snapshot.mjs <out.db> [--size 100M] [--min 1024] [--max 16384] [--etcd DIR]'
    )
    process.exit(2)
  }
  const sizeText = flag('size') ?? '100M'
  const unit = { M: 1e6, G: 1e9 }[sizeText.slice(-1).toUpperCase()] ?? 1
  await buildDense(resolve(out), {
    size: Number(unit === 1 ? sizeText : sizeText.slice(0, -1)) * unit,
    minValue: Number(flag('min') ?? 1024),
    maxValue: Number(flag('max') ?? 16384),
    etcdDir: flag('etcd')
  })
}
