/**
 * Every Mermaid block the action writes into the job summary, rendered as GitHub renders it: the
 * real `mermaid` package in Debian's headless Chromium (test/helpers/mermaid-chromium.ts). The
 * summaries come from the fixture snapshots' inventories (Kubernetes ones with each encryption
 * config) and from adversarial kinds (quotes, directives, markup, 40 kinds, one kind in many
 * groups). Each block must parse and render, draw one bar per kind label the summary promises, and
 * no two labels of an axis may overlap or leave the picture. Two control blocks prove the check
 * has teeth: the old vertical chart's labels do overlap, and an unsanitized label does not parse.
 */
import { readdir, readFile, rm, writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { kindBars, MAX_CHART_BARS } from '../../src/action/report/chart.js'
import { writeJobSummary } from '../../src/action/report/summary.js'
import { parseEncryptionConfig } from '../../src/lib/inventory/encryption-config.js'
import {
  kindName,
  takeInventory,
  type Inventory,
  type KindCount
} from '../../src/lib/inventory/inventory.js'
import { inspectSnapshot } from '../../src/lib/snapshot/inspect.js'
import {
  CHROMIUM,
  chromiumAvailable,
  chromiumRequired,
  mermaidBlocks,
  overlaps,
  renderMermaid,
  type Rendered
} from '../helpers/mermaid-chromium.js'
import { fakeReport } from './fake-report.js'

const FIXTURES = 'test/fixtures'
const K8S = `${FIXTURES}/k8s`

/** The fixture snapshots whose inventories feed a summary, and the encryption config used. */
const SNAPSHOTS: { db: string; config?: 'full' | 'rotated' | 'stale' }[] = [
  { db: `${FIXTURES}/tiny-snapshot.db` },
  { db: `${FIXTURES}/churned-snapshot.db` },
  { db: `${FIXTURES}/source-snapshot-etcd3.4.23.db` },
  { db: `${FIXTURES}/etcd-3.5.30/plain.db` },
  { db: `${FIXTURES}/etcd-3.6.17/plain.db` },
  { db: `${FIXTURES}/etcd-3.7.4/plain.db` },
  { db: `${FIXTURES}/backend/all-deleted.db` },
  { db: `${K8S}/k8s-full.db` },
  { db: `${K8S}/k8s-shrunk.db` },
  { db: `${K8S}/k8s-judged.db` },
  { db: `${K8S}/k8s-judged.db`, config: 'full' },
  { db: `${K8S}/k8s-judged.db`, config: 'rotated' },
  { db: `${K8S}/k8s-judged.db`, config: 'stale' }
]

const kind = (apiVersion: string, kind: string, keys: number): KindCount => ({
  ...{ apiVersion, kind, keys },
  bytes: keys * 300
})

/** Kinds as an untrusted snapshot may name them. */
const ADVERSARIAL: Record<string, KindCount[]> = {
  'quotes, brackets, colons, directives, entities and markup': [
    kind('v1', 'Pod"]\n  bar [999', 40),
    kind('x.io/v1', '%%{init: {"theme": "dark"}}%%', 30),
    kind('x.io/v1', 'a: b; c # d', 20),
    kind('x.io/v1', '#quot;#lt;script#gt;', 10),
    kind('x.io/v1', '<img src=x onerror=alert(1)>', 9),
    kind('x.io/v1', '```\n# heading', 8),
    kind('x.io/v1', '`code` [link](http://x) {a} (b) -->', 7),
    kind('x.io/v1', 'a\\b\\"c\'d', 6),
    kind('x.io/v1', '', 5),
    kind('', '   ', 4),
    kind('x.io/v1', 'Ünïcødé 🚀 \u202eRTL\u0000', 3)
  ],
  'forty long kinds of long groups': Array.from({ length: 40 }, (_, i) =>
    kind(
      `a-very-long-group-name-${i}.operators.example.com/v1beta1`,
      `VeryLongCustomResourceKindNumber${i}WithASuffix`,
      (40 - i) * 1000
    )
  ),
  'one kind in many groups, names equal once cut': [
    kind('v1', 'Event', 900),
    kind('events.k8s.io/v1', 'Event', 800),
    kind('events.k8s.io/v1beta1', 'Event', 700),
    kind('apps/v1', 'Deployment', 600),
    kind('extensions/v1beta1', 'Deployment', 500),
    kind('x.io/v1', 'A"B', 400),
    kind('x.io/v1', "A'B", 300),
    kind('x.io/v1', 'other (3 kinds)', 200),
    ...Array.from({ length: 14 }, (_, i) => kind('y.io/v1', 'Same'.repeat(10) + i, 100 - i))
  ],
  'a 4 M-key cluster': [
    kind('v1', 'Pod', 2_400_000),
    kind('v1', 'Event', 900_000),
    kind('v1', 'ConfigMap', 400_000),
    kind('v1', 'Secret', 250_000),
    kind('coordination.k8s.io/v1', 'Lease', 49_999),
    kind('v1', 'Node', 5000),
    kind('v1', 'Namespace', 12)
  ],
  'nine thousand': [kind('v1', 'Pod', 9999), kind('v1', 'Service', 4321)],
  'huge, zero and one': [
    kind('v1', 'Pod', 1_000_000_000_000),
    kind('v1', 'Node', 1),
    kind('v1', 'Lease', 0)
  ],
  'one kind': [kind('v1', 'Namespace', 3)]
}

interface Case {
  name: string
  inventory: Inventory
  summary: string
  blocks: string[]
}

async function inventoryOf(db: string, config?: string): Promise<Inventory> {
  const encryptionConfig =
    config === undefined
      ? undefined
      : parseEncryptionConfig(await readFile(`${K8S}/k8s-judged.encryption-${config}.yaml`, 'utf8'))
  return inspectSnapshot(db, (d) => takeInventory(d, encryptionConfig && { encryptionConfig }))
}

/** The job summary the action writes for a restore whose snapshot holds `inventory`. */
async function summaryOf(file: string, inventory: Inventory): Promise<string> {
  await writeFile(file, '')
  const report = fakeReport('/out')
  await writeJobSummary({
    clusterName: 'prod',
    restored: { ...report, snapshot: { ...report.snapshot, inventory } },
    origin: { kind: 'path' },
    artifacts: [],
    timings: { restore: 320 },
    cacheHit: false,
    cost: undefined
  })
  return readFile(file, 'utf8')
}

/** The chart the summary wrote before: vertical, `group/version/Kind` under each bar. */
function oldChart(inventory: Inventory): string {
  const kinds = inventory.kinds.slice(0, 15)
  return [
    'xychart-beta',
    '  title "Keys per kind"',
    `  x-axis [${kinds.map((k) => `"${kindName(k)}"`).join(', ')}]`,
    `  y-axis "keys" 0 --> ${Math.max(1, ...kinds.map((k) => k.keys))}`,
    `  bar [${kinds.map((k) => k.keys).join(', ')}]`
  ].join('\n')
}

const available = chromiumAvailable()

it.runIf(chromiumRequired)('Chromium is installed (REQUIRE_CHROMIUM=1 or REQUIRE_ETCD=1)', () => {
  expect(available, `${CHROMIUM} not found: apt-get install chromium`).toBe(true)
})

describe.skipIf(!available)('job summary Mermaid in headless Chromium', () => {
  let root: string
  const cases: Case[] = []
  let rendered: Rendered[] = []
  let controls: Rendered[] = []

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'summary-mermaid-'))
    const file = join(root, 'summary.md')
    process.env.GITHUB_STEP_SUMMARY = file
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      const base = await inventoryOf(`${FIXTURES}/tiny-snapshot.db`)
      const inputs: [string, Inventory][] = []
      for (const { db, config } of SNAPSHOTS)
        inputs.push([`${db}${config ? ` (${config} config)` : ''}`, await inventoryOf(db, config)])
      for (const [name, kinds] of Object.entries(ADVERSARIAL))
        inputs.push([name, { ...base, kinds }])
      for (const [name, inventory] of inputs) {
        const summary = await summaryOf(file, inventory)
        cases.push({ name, inventory, summary, blocks: mermaidBlocks(summary) })
      }
    } finally {
      stdout.mockRestore()
    }
    const full = cases.find((c) => c.name === `${K8S}/k8s-full.db`)!
    const all = cases.flatMap((c) => c.blocks)
    const results = await renderMermaid([
      ...all,
      oldChart(full.inventory),
      'xychart-beta horizontal\n  x-axis ["%%{init}%%", "a"]\n  bar [1, 2]'
    ])
    rendered = results.slice(0, all.length)
    controls = results.slice(all.length)
  }, 240_000)

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true })
  })

  it('only summary.ts writes Mermaid, and every summary with kinds holds exactly one chart', async () => {
    const writers: string[] = []
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) await walk(path)
        else if (/mermaid/i.test(await readFile(path, 'utf8'))) writers.push(path)
      }
    }
    await walk('src')
    // another writer of Mermaid: feed its blocks to this test too
    expect(writers.sort()).toEqual(['src/action/report/chart.ts', 'src/action/report/summary.ts'])
    for (const c of cases)
      expect(c.blocks, c.name).toHaveLength(c.inventory.kinds.length > 0 ? 1 : 0)
    // the Kubernetes fixtures and the adversarial kinds: the etcd-only fixtures hold no kinds
    const charted = cases.filter((c) => c.blocks.length > 0).map((c) => c.name)
    expect(charted).toEqual([
      ...SNAPSHOTS.filter((s) => s.db.startsWith(K8S)).map(
        (s) => `${s.db}${s.config ? ` (${s.config} config)` : ''}`
      ),
      ...Object.keys(ADVERSARIAL)
    ])
  })

  it('every block parses and renders with mermaid 11 as an xychart', () => {
    let i = 0
    for (const c of cases)
      for (const block of c.blocks) {
        const r = rendered[i++]!
        expect(r.error, `${c.name}:\n${block}`).toBeUndefined()
        expect(r.ok).toBe(true)
        expect(r.type).toBe('xychart')
      }
  })

  it('draws one bar per kind label, at most MAX_CHART_BARS, labels as the summary wrote them', () => {
    let i = 0
    for (const c of cases)
      for (const block of c.blocks) {
        const r = rendered[i++]!
        const bars = kindBars(c.inventory.kinds)
        expect(bars.length).toBeLessThanOrEqual(MAX_CHART_BARS)
        // the horizontal chart's kinds are its left axis
        expect(
          r.axes!['left-axis']!.map((b) => b.text),
          `${c.name}:\n${block}`
        ).toEqual(bars.map((b) => b.label))
        expect(r.bars, c.name).toBe(bars.length)
        expect(r.texts![0]).toMatch(/^Keys per kind/)
      }
  })

  it('no two labels of an axis overlap, and none leaves the picture', () => {
    let i = 0
    for (const c of cases)
      for (const block of c.blocks) {
        const r = rendered[i++]!
        const svg = r.svg!
        expect(Object.keys(r.axes!).sort(), c.name).toEqual(['left-axis', 'top-axis'])
        for (const [axis, labels] of Object.entries(r.axes!)) {
          const clash = overlaps(labels).map(([a, b]) => `"${a.text}" / "${b.text}"`)
          expect(clash, `${c.name}, ${axis}:\n${block}`).toEqual([])
          for (const label of labels) {
            expect(label.width, `${c.name}: "${label.text}"`).toBeGreaterThan(0)
            expect(label.x, `${c.name}: "${label.text}"`).toBeGreaterThanOrEqual(svg.x - 0.5)
            expect(label.x + label.width).toBeLessThanOrEqual(svg.x + svg.width + 0.5)
            expect(label.y).toBeGreaterThanOrEqual(svg.y - 0.5)
            expect(label.y + label.height).toBeLessThanOrEqual(svg.y + svg.height + 0.5)
          }
        }
      }
  })

  it('controls: the old vertical chart of k8s-full.db overlaps; a raw %% label does not parse', () => {
    const [old, raw] = controls
    expect(old!.ok).toBe(true)
    const clash = overlaps(old!.axes!['bottom-axis']!).map(([a, b]) => [a.text, b.text])
    expect(clash).toContainEqual(expect.arrayContaining(['apps/v1/Deployment']))
    expect(raw!.ok).toBe(false)
    expect(raw!.error).toMatch(/Parse error/)
  })

  it('the Kubernetes verdicts come first, right under the heading', () => {
    const head = (name: string) => {
      const c = cases.find((x) => x.name === name)!
      expect(c.summary).toMatch(/^<h1>prod<\/h1>\n<p>/)
      return c.summary.slice(0, c.summary.indexOf('<h2>etcd restore</h2>'))
    }
    expect(head(`${K8S}/k8s-judged.db (rotated config)`)).toMatch(
      /^<h1>prod<\/h1>\n<p>❌ <strong>\d+ values do not decrypt with the encryption config: .*which the config does not have: the restored cluster cannot read them/
    )
    expect(head(`${K8S}/k8s-judged.db (stale config)`)).toMatch(
      /^<h1>prod<\/h1>\n<p>❌ <strong>\d+ values do not decrypt with the encryption config: .*do not decrypt with the config&#39;s key of that name/
    )
    const judged = head(`${K8S}/k8s-judged.db (full config)`)
    expect(judged).toContain(
      '<p>❌ <strong>3 values under <code>/registry/</code> do not decode: <code>/registry/configmaps/team-a/cut</code>, ' +
        '<code>/registry/configmaps/team-a/garbage</code>, <code>/registry/example.com/widgets/team-a/cut-json</code></strong></p>'
    )
    expect(judged).toContain(
      '<p>❌ <strong>4 objects disagree with their key on name/namespace: <code>/registry/configmaps/team-a/wrong-name</code>, '
    )
    expect(judged).toMatch(/✅ \d+ secrets on aescbc key <code>\w+<\/code>: all decrypt/)
    expect(head(`${K8S}/k8s-judged.db`)).toMatch(/➖ \d+ secrets on \w+ key .*not checked/)
    expect(head(`${K8S}/k8s-full.db`)).toMatch(
      /^<h1>prod<\/h1>\n<p>✅ \d+ objects under <code>\/registry\/<\/code> decode and sit under their own keys/
    )
  })
})
