// A churned snapshot made through a real etcd, the shape that makes restores carry free pages:
// `keys` keys of ~`valueBytes` bytes each written three times (`rounds`), then 3 of every 4
// deleted (all but every `keepEvery`th), then a physical compaction at head, saved with `etcdctl snapshot save`. Every 16th key is attached to
// a lease; a user and a role are added (auth stays disabled). The bbolt file keeps the free pages
// the churn left (etcd never shrinks it without a defrag).
//
//   node scripts/bench/churned-snapshot.mjs <out.db> [--keys 40000] [--value-bytes 1500]
//     [--rounds 3] [--keep-every 4] [--etcd <dir with etcd, etcdctl>]
// (--rounds 2 --keep-every 1 gives a file about half free: the shape between dense and churned)
//
// The small test fixture test/fixtures/churned-snapshot.db was made with
// `node scripts/bench/churned-snapshot.mjs test/fixtures/churned-snapshot.db --keys 1500` on
// Debian's etcd 3.4.23; the benchmark makes a 40,000-key one (~250 MB) with etcd 3.5.
/* global Buffer */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { b64, saveScratchSnapshot } from './scratch-etcd.mjs'

export async function buildChurned(
  file,
  { keys = 40000, valueBytes = 1500, etcdDir, rounds = 3, keepEvery = 4 } = {}
) {
  console.log(`churning ${keys} keys × ${valueBytes} B …`)
  await saveScratchSnapshot(
    file,
    async (call) => {
      const leases = []
      for (let i = 0; i < 8; i++) {
        const r = await call('/v3/lease/grant', { TTL: 86400 })
        leases.push(r.ID)
      }
      await call('/v3/auth/role/add', { name: 'reader' })
      await call('/v3/auth/user/add', { name: 'alice', password: 'alice-pw' })
      await call('/v3/auth/user/grant', { user: 'alice', role: 'reader' })
      const value = Buffer.alloc(valueBytes)
      const keyOf = (i) => `/registry/events/ns-${i % 53}/event-${i.toString(36).padStart(5, '0')}`
      const parallel = async (count, one) => {
        let next = 0
        const worker = async () => {
          while (next < count) await one(next++)
        }
        await Promise.all(Array.from({ length: 32 }, worker))
      }
      for (let round = 0; round < rounds; round++) {
        await parallel(keys, async (i) => {
          for (let b = 0; b + 4 <= value.length; b += 4)
            value.writeUInt32LE((i * 2654435761 + b * 40503 + round) >>> 0, b)
          const body = { key: b64(keyOf(i)), value: value.toString('base64') }
          if (i % 16 === 0) body.lease = leases[(i / 16) % leases.length]
          await call('/v3/kv/put', body)
        })
      }
      await parallel(keys, async (i) => {
        if (i % keepEvery !== 0) await call('/v3/kv/deleterange', { key: b64(keyOf(i)) })
      })
      const head = await call('/v3/kv/range', { key: b64('/'), limit: 1 })
      await call('/v3/kv/compaction', { revision: head.header.revision, physical: true })
    },
    { etcdDir, label: 'churned' }
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
      'usage: churned-snapshot.mjs <out.db> [--keys N] [--value-bytes B] [--rounds R] [--keep-every K] [--etcd DIR]'
    )
    process.exit(2)
  }
  await buildChurned(resolve(out), {
    keys: Number(flag('keys') ?? 40000),
    valueBytes: Number(flag('value-bytes') ?? 1500),
    rounds: Number(flag('rounds') ?? 3),
    keepEvery: Number(flag('keep-every') ?? 4),
    etcdDir: flag('etcd')
  })
}
