/**
 * The action's `encryption-config` (issue 28) through run() in-process, with the real restore of
 * test/fixtures/k8s/k8s-judged.db and the real @actions clients against the emulator: outputs,
 * summary rows and the failure sentence; and nothing of the config's key material nor the
 * fixture's known plaintext in anything the action writes (outputs, summary, report and its
 * artifact, logs), besides the `::add-mask::` commands that tell the runner what to hide.
 */
import { readdir, readFile, rm, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { actionEnv, readOutputs } from '../emulator/env.js'
import { ResultsService } from '../emulator/results-service.js'
import { useEmulatorEnv } from './helpers.js'

const K8S = 'test/fixtures/k8s'
const DB = join(process.cwd(), K8S, 'k8s-judged.db')
const config = (name: string) => readFile(`${K8S}/k8s-judged.encryption-${name}.yaml`, 'utf8')

interface Run {
  error?: unknown
  log: string
  outputs: Record<string, string>
  summary: string
  report: string
  files: string[]
}

describe('run() with encryption-config on k8s-judged.db', () => {
  let root: string
  let service: ResultsService
  let runs = 0

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'encryption-config-test-'))
    service = await new ResultsService().start()
    useEmulatorEnv(service.url, root)
  })
  afterAll(async () => {
    await service?.stop()
    await rm(root, { recursive: true, force: true })
  })

  /** Every file under `dir` but the restored data-dirs (the backup itself holds what it holds). */
  async function written(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true })
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .filter((p) => !/\/out\/m1\/member\//.test(p))
  }

  async function runWith(extra: Record<string, string>): Promise<Run> {
    const runRoot = join(root, `run-${++runs}`)
    const { env, outputFile, summaryFile } = actionEnv({
      serviceUrl: service.url,
      root: runRoot,
      runId: String(3000 + runs),
      inputs: {
        'snapshot-path': DB,
        'initial-cluster': 'm1=http://127.0.0.1:2380',
        'initial-cluster-token': 'k8s-restore',
        path: join(runRoot, 'out'),
        upload: 'false',
        'target-version': '3.6',
        ...extra
      }
    })
    for (const key of Object.keys(process.env))
      if (key.startsWith('INPUT_')) delete process.env[key]
    Object.assign(process.env, env)
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    let error: unknown
    try {
      const core = await import('@actions/core')
      Reflect.set(core.summary, '_filePath', undefined)
      const { run } = await import('../../src/action/main.js')
      await run().catch((e: unknown) => {
        error = e
      })
      const log = [...stdout.mock.calls, ...stderr.mock.calls].map((c) => String(c[0])).join('')
      const outputs = readOutputs(outputFile)
      return {
        error,
        log,
        outputs,
        summary: await readFile(summaryFile, 'utf8'),
        report: outputs.report ? await readFile(outputs.report, 'utf8') : '',
        files: await written(runRoot)
      }
    } finally {
      stdout.mockRestore()
      stderr.mockRestore()
    }
  }

  const copied =
    "1 secret on aesgcm key `key3` does not decrypt with the config's key of that name: the restored cluster cannot read it"

  it('without a config: passes; undecodable-objects set, undecryptable-secrets empty', async () => {
    const r = await runWith({})
    expect(r.error).toBeUndefined()
    expect(r.outputs).toMatchObject({ 'undecodable-objects': '3', 'undecryptable-secrets': '' })
    expect(r.summary).toContain(
      '<tr><td>Encryption config</td><td>not given: not decrypted</td></tr>'
    )
    expect(r.summary).toContain(
      '<p>❌ <strong>3 values under <code>/registry/</code> do not decode: <code>/registry/configmaps/team-a/cut</code>, '
    )
  })

  it('the full config: decrypts all but the copied secret, which fails the step', async () => {
    const r = await runWith({ 'encryption-config': await config('full') })
    expect(r.outputs).toMatchObject({ 'undecodable-objects': '3', 'undecryptable-secrets': '1' })
    expect(String(r.error)).toBe(
      `VerificationError: 1 value does not decrypt with the encryption config: ${copied}`
    )
    expect(r.summary).toContain(
      '<tr><td>✅ aescbc <code>key1</code></td><td>3 secrets on aescbc key <code>key1</code>: all decrypt</td></tr>'
    )
    const report = JSON.parse(r.report)
    expect(report.snapshot.inventory.kubernetes.encryption).toMatchObject({
      config: true,
      undecryptable: { count: 1, examples: ['/registry/secrets/team-b/copied-gcm'] }
    })
  })

  it('the rotated config fails the step with the sentence, first in the summary', async () => {
    const r = await runWith({ 'encryption-config': await config('rotated') })
    const sentence =
      '4 values do not decrypt with the encryption config: 3 secrets are encrypted with aescbc key `key1`, which the config does not have: the restored cluster cannot read them; ' +
      copied
    expect(String(r.error)).toBe(`VerificationError: ${sentence}`)
    expect(r.outputs).toMatchObject({ 'undecryptable-secrets': '4' })
    const html = sentence.replace(/`([^`]*)`/g, '<code>$1</code>').replace(/'/g, '&#39;')
    expect(r.summary).toMatch(
      new RegExp(
        `^<h1>k8s-restore</h1>\\n<p>❌ <strong>${html.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</strong></p>`
      )
    )
  })

  it('a cache hit takes the inventory again, with the config given now', async () => {
    const out = join(root, 'cached-out')
    const first = await runWith({ cache: 'true', path: out })
    expect(first.error).toBeUndefined()
    expect(first.outputs).toMatchObject({ 'cache-hit': 'false', 'undecryptable-secrets': '' })
    await rm(out, { recursive: true })
    const second = await runWith({
      cache: 'true',
      path: out,
      'encryption-config': await config('rotated')
    })
    expect(second.outputs).toMatchObject({ 'cache-hit': 'true', 'undecryptable-secrets': '4' })
    expect(String(second.error)).toMatch(
      /^VerificationError: 4 values do not decrypt with the encryption config: 3 secrets are encrypted with aescbc key `key1`/
    )
  })

  it('a config that does not parse fails before any I/O, naming a line, never its text', async () => {
    const r = await runWith({
      'encryption-config': (await config('full')).replace(
        'kind: EncryptionConfiguration',
        'kind: Nope'
      )
    })
    expect(String(r.error)).toMatch(
      /^InputError: input 'encryption-config': encryption config: kind is "Nope"/
    )
  })

  it('no key material and no plaintext in outputs, summary, report, artifact or logs', async () => {
    const secrets = JSON.parse(await readFile(`${K8S}/k8s-judged.secret.json`, 'utf8')) as {
      plaintext: string
      keys: { secret: string }[]
    }
    const keys = secrets.keys.map((k) => k.secret).filter((s) => s !== '')
    const needles = [
      secrets.plaintext,
      Buffer.from(secrets.plaintext).toString('base64'),
      ...keys.flatMap((k) => [k, Buffer.from(k, 'base64').toString('hex')])
    ]
    for (const name of ['full', 'rotated', 'stale']) {
      const text = await config(name)
      const r = await runWith({ 'encryption-config': text, 'cluster-name': name })
      // the runner is told to hide each key before anything else is written
      const lines = r.log.split('\n')
      const first = lines.findIndex((l) => l !== '' && !l.startsWith('::add-mask::'))
      const given = keys.filter((k) => text.includes(k))
      expect(given.length).toBeGreaterThan(0)
      for (const k of given) {
        const masked = lines.indexOf(`::add-mask::${k}`)
        expect(masked).toBeGreaterThanOrEqual(0)
        expect(masked).toBeLessThan(first)
      }
      const shown = r.log
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n')
      const texts: [string, string][] = [
        ['log', shown],
        ['error', String(r.error)],
        ['outputs', JSON.stringify(r.outputs)],
        ['summary', r.summary],
        ['report', r.report]
      ]
      for (const file of r.files) texts.push([file, await readFile(file, 'latin1')])
      expect(r.files.some((f) => f.endsWith('etcd-restore-report.json'))).toBe(true)
      for (const [where, text] of texts)
        for (const needle of needles)
          expect(text.includes(needle), `${needle} in ${where}`).toBe(false)
    }
    // the report artifact is the report file grepped above
    expect(
      service.artifacts.filter((a) => a.name.startsWith('etcd-restore-report')).length
    ).toBeGreaterThan(0)
  })
})
