/**
 * Mermaid blocks rendered as GitHub renders them: the real `mermaid` package (devDependency) in
 * Debian's headless Chromium (/usr/bin/chromium, no downloaded browser, no puppeteer). One page
 * loads mermaid.min.js, parses and renders every block, measures the axis labels of each SVG and
 * writes the results (base64 JSON) into the DOM, which `chromium --dump-dom` prints. Chromium runs
 * with HOME, its profile and its caches in a temp dir that is removed afterwards, in a process
 * group of its own that is killed on a timeout.
 *
 * Absent Chromium is a loud skip, or a failure with REQUIRE_CHROMIUM=1 or REQUIRE_ETCD=1 (CI).
 */
import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const MERMAID_JS = fileURLToPath(
  new URL('../../node_modules/mermaid/dist/mermaid.min.js', import.meta.url)
)

/** The Chromium to run: $CHROMIUM, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium'

/** Chromium must be there (CI): a missing one fails instead of skipping. */
export const chromiumRequired =
  process.env.REQUIRE_CHROMIUM === '1' || process.env.REQUIRE_ETCD === '1'

/** True when CHROMIUM can be run; else a loud warning (the caller skips or, when required, fails). */
export function chromiumAvailable(): boolean {
  try {
    accessSync(CHROMIUM, constants.X_OK)
    return true
  } catch {
    if (!chromiumRequired)
      console.warn(
        `\n*** SKIPPED: ${CHROMIUM} not found: the job summary's Mermaid charts are not rendered ` +
          '(apt-get install chromium; REQUIRE_CHROMIUM=1 makes this a failure) ***\n'
      )
    return false
  }
}

/** A rendered text's box in page pixels. */
export interface Box {
  text: string
  x: number
  y: number
  width: number
  height: number
}

export interface Rendered {
  /** `mermaid.parse` and `mermaid.render` both succeeded. */
  ok: boolean
  /** Mermaid's error message when not. */
  error?: string
  /** The diagram type Mermaid detected (e.g. `xychart`). */
  type?: string
  /** The rendered SVG's box. */
  svg?: Box
  /** Each axis group of an xychart (`left-axis`, `bottom-axis`...) and its labels' boxes. */
  axes?: Record<string, Box[]>
  /** Bars drawn (rects of the bar plots). */
  bars?: number
  /** Every text of the SVG, in document order. */
  texts?: string[]
}

/** The page: mermaid.min.js, the blocks as JSON, and a script that renders and measures them. */
function page(blocks: string[]): string {
  const json = JSON.stringify(blocks).replace(/</g, '\\u003c')
  return `<!doctype html>
<html><head><meta charset="utf-8"></head><body>
<div id="work"></div><pre id="out">pending</pre>
<script src="${pathToFileURL(MERMAID_JS).href}"></script>
<script type="application/json" id="blocks">${json}</script>
<script>
const box = (el) => {
  const r = el.getBoundingClientRect()
  return { text: el.textContent, x: r.x, y: r.y, width: r.width, height: r.height }
}
const done = (value) => {
  const json = JSON.stringify(value)
  const bytes = new TextEncoder().encode(json)
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  document.getElementById('out').textContent = 'done:' + btoa(binary)
}
(async () => {
  if (typeof mermaid === 'undefined') return done({ fatal: 'mermaid.min.js did not load' })
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
  const blocks = JSON.parse(document.getElementById('blocks').textContent)
  const results = []
  for (const [i, source] of blocks.entries()) {
    try {
      const parsed = await mermaid.parse(source)
      const { svg } = await mermaid.render('chart' + i, source)
      const holder = document.createElement('div')
      holder.innerHTML = svg
      document.getElementById('work').appendChild(holder)
      const root = holder.querySelector('svg')
      const axes = {}
      for (const g of root.querySelectorAll('g[class$="-axis"]'))
        axes[g.getAttribute('class')] = [...g.querySelectorAll(':scope > g.label text')].map(box)
      results.push({
        ok: true,
        type: parsed && parsed.diagramType,
        svg: box(root),
        axes,
        bars: root.querySelectorAll('g[class^="bar-plot"] rect').length,
        texts: [...root.querySelectorAll('text')].map((t) => t.textContent)
      })
      holder.remove()
    } catch (error) {
      results.push({ ok: false, error: String((error && error.message) || error) })
    }
  }
  done({ results })
})().catch((error) => done({ fatal: String(error) }))
</script></body></html>
`
}

/** Runs Chromium on `url` and returns what --dump-dom prints; kills its process group on a timeout. */
function dumpDom(url: string, dir: string, timeoutMs: number): Promise<string> {
  const home = join(dir, 'home')
  const args = [
    ...['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    ...['--no-first-run', '--disable-extensions', '--disable-background-networking'],
    `--user-data-dir=${join(dir, 'profile')}`,
    '--virtual-time-budget=60000',
    '--dump-dom',
    url
  ]
  return new Promise((resolve, reject) => {
    const child = spawn(CHROMIUM, args, {
      detached: true, // a process group of its own: the timeout kills the renderers too
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        XDG_CACHE_HOME: join(home, '.cache')
      }
    })
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s))
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-4000)))
    const timer = setTimeout(() => {
      killGroup()
      reject(new Error(`chromium did not finish within ${timeoutMs} ms: ${stderr}`))
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      killGroup() // anything it left behind
      if (code === 0) resolve(stdout)
      else reject(new Error(`chromium exited with ${code}: ${stderr}`))
    })
  })
}

/** Renders each block with Mermaid in headless Chromium; one result per block, in order. */
export async function renderMermaid(blocks: string[], timeoutMs = 180_000): Promise<Rendered[]> {
  const dir = await mkdtemp(join(tmpdir(), 'mermaid-chromium-'))
  try {
    await mkdir(join(dir, 'home'))
    const html = join(dir, 'page.html')
    await writeFile(html, page(blocks))
    const dom = await dumpDom(pathToFileURL(html).href, dir, timeoutMs)
    const out = /<pre id="out">([^<]*)<\/pre>/.exec(dom)?.[1]
    if (!out?.startsWith('done:'))
      throw new Error(`the page did not finish rendering (out: ${out?.slice(0, 200)})`)
    const value = JSON.parse(Buffer.from(out.slice('done:'.length), 'base64').toString('utf8')) as {
      results?: Rendered[]
      fatal?: string
    }
    if (value.fatal !== undefined || value.results?.length !== blocks.length)
      throw new Error(`the page failed: ${value.fatal ?? `${value.results?.length} results`}`)
    return value.results
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Every ```mermaid block of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!)
}

/** Pairs of boxes that overlap by more than `slack` pixels each way. */
export function overlaps(boxes: Box[], slack = 0.5): [Box, Box][] {
  const pairs: [Box, Box][] = []
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (
        a.x + a.width - slack > b.x &&
        b.x + b.width - slack > a.x &&
        a.y + a.height - slack > b.y &&
        b.y + b.height - slack > a.y
      )
        pairs.push([a, b])
  return pairs
}
