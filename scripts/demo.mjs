// The README's first command: restore the bundled sample snapshot (a real etcd 3.4.23 snapshot)
// for a 3-member cluster into ./demo-restore with the committed CLI bundle, then print the report.
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'

const out = 'demo-restore'
rmSync(out, { recursive: true, force: true })
const args = [
  'bin/etcd-restore',
  'snapshot',
  'restore',
  'samples/sample-snapshot.db',
  '--out-dir',
  `${out}/data`,
  '--initial-cluster',
  'm1=http://127.0.0.1:12380,m2=http://127.0.0.1:22380,m3=http://127.0.0.1:32380',
  '--initial-cluster-token',
  'demo-token',
  '--report',
  `${out}/report.json`
]
console.log(`$ ${args.join(' ')}`)
execFileSync(process.execPath, args, { stdio: 'inherit' })
console.log(`\nJSON report (${out}/report.json):`)
console.log(readFileSync(`${out}/report.json`, 'utf8'))
