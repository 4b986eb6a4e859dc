/**
 * Every corrupt input of the corpus (test/corpus/mutations.ts) through the CLI bundle, with and
 * without --skip-hash-check: a non-zero exit, exactly one `Error: …` line naming the problem (and
 * the page), no stack trace, under 10 s, nothing left on disk, the input unchanged. The hash run
 * restores one member with --data-dir, the skip run three members with --out-dir.
 */
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corruptCases, TRAILER, withTrailer, type CorruptCase, type Mode } from './mutations.js'
import { fixMetaChecksums, MetaField, setU64 } from './layout.js'
import { buildCliBundle, failureProblem, pool, runCli, sha256File } from './cli-harness.js'

const FIXTURES = new URL('../fixtures/', import.meta.url)
const PS = 4096
const CLUSTER = 'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:2381,m3=http://127.0.0.1:2382'

const files = {
  tiny: new Uint8Array(readFileSync(new URL('tiny-snapshot.db', FIXTURES))),
  source: new Uint8Array(readFileSync(new URL('source-snapshot-etcd3.4.23.db', FIXTURES)))
}
const cases = corruptCases(files)

let root: string
let bundle: string

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'corrupt-inputs-'))
  bundle = await buildCliBundle(join(root, 'cli'))
  mkdirSync(join(root, 'inputs'))
  for (const c of cases) writeFileSync(join(root, 'inputs', `${c.name}.db`), c.bytes)
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

interface Outcome {
  label: string
  problem: string | null
}

/** Restores `input` into a fresh folder and checks the failure and what it left behind. */
async function attempt(
  label: string,
  input: string,
  mode: Mode,
  expected: RegExp,
  checkInput: boolean
): Promise<Outcome> {
  const dir = join(root, label)
  const parent = join(dir, 'out')
  mkdirSync(parent, { recursive: true })
  const before = checkInput ? sha256File(input) : ''
  const target = join(parent, mode === 'hash' ? 'member.etcd' : 'cluster')
  const args =
    mode === 'hash'
      ? ['snapshot', 'restore', input, '--data-dir', target]
      : ['snapshot', 'restore', input, '--skip-hash-check', '--out-dir', target]
  args.push('--initial-cluster', mode === 'hash' ? 'default=http://localhost:2380' : CLUSTER)
  const result = await runCli(bundle, args, { cwd: dir })
  let problem = failureProblem(result, expected)
  if (problem === null && existsSync(target)) problem = `target ${target} exists afterwards`
  const left = readdirSync(parent)
  if (problem === null && left.length > 0) problem = `left in ${parent}: ${left.join(', ')}`
  if (problem === null && checkInput && sha256File(input) !== before) problem = 'input changed'
  return { label, problem }
}

function jobsFor(c: CorruptCase): (() => Promise<Outcome>)[] {
  const modes = c.modes ?? ['hash', 'skip']
  return modes.map((mode) => async () => {
    const input = join(root, 'inputs', `${c.name}.db`)
    const expected = mode === 'skip' ? (c.skipExpect ?? c.expect) : c.expect
    return attempt(`${c.name}-${mode}`, input, mode, expected, true)
  })
}

describe('corrupt snapshots through the CLI', () => {
  it('has a corpus of distinct cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70)
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length)
  })

  it('fails every case cleanly, with and without --skip-hash-check', async () => {
    const outcomes = await pool(4, cases.flatMap(jobsFor))
    const failed = outcomes.filter((o) => o.problem !== null)
    expect(failed.map((o) => `${o.label}: ${o.problem}`)).toEqual([])
    expect(outcomes.length).toBeGreaterThanOrEqual(140)
  })

  it('restores a snapshot whose older meta does not fit the file, as bbolt does', async () => {
    // bbolt only reads the older meta when the newer one is invalid; a restore must not trip on it.
    const db = files.tiny.slice(0, files.tiny.length - TRAILER)
    setU64(db, PS + MetaField.hwm, 1n << 40n)
    fixMetaChecksums(db, PS)
    const input = join(root, 'inputs', 'older-meta-hwm-beyond-file.db')
    writeFileSync(input, withTrailer(db))
    const dir = join(root, 'older-meta')
    mkdirSync(dir)
    const args = [
      'snapshot',
      'restore',
      input,
      '--out-dir',
      join(dir, 'o'),
      '--initial-cluster',
      CLUSTER
    ]
    const run = await runCli(bundle, args, { cwd: dir })
    expect(run.code, run.stderr).toBe(0)
    expect(readdirSync(join(dir, 'o')).sort()).toEqual(['m1', 'm2', 'm3'])
  })

  it('snapshot status and hashkv fail cleanly on every case too', async () => {
    // Cases that are bad only through their trailer are readable databases: status shows them.
    const structural = cases.filter((c) => (c.modes ?? ['skip']).includes('skip'))
    const jobs = structural.flatMap((c) =>
      (['status', 'hashkv'] as const).map((command) => async (): Promise<Outcome> => {
        const input = join(root, 'inputs', `${c.name}.db`)
        const before = sha256File(input)
        const run = await runCli(bundle, ['snapshot', command, input], { cwd: root })
        // Status reads the db the way restore does, so each case must fail (any one clear line).
        let problem = failureProblem(run, /./)
        if (problem === null && sha256File(input) !== before) problem = 'input changed'
        return { label: `${c.name}-${command}`, problem }
      })
    )
    const outcomes = await pool(4, jobs)
    const failed = outcomes.filter((o) => o.problem !== null)
    expect(failed.map((o) => `${o.label}: ${o.problem}`)).toEqual([])
  })

  it('refuses inputs that are not files', async () => {
    const special = join(root, 'special')
    mkdirSync(special)
    mkdirSync(join(special, 'a-directory'))
    symlinkSync(join(special, 'a-directory'), join(special, 'link-to-directory'))
    symlinkSync(join(special, 'nowhere'), join(special, 'dangling-link'))
    execFileSync('mkfifo', [join(special, 'fifo')])
    const inputs: [string, string, RegExp][] = [
      ['directory', join(special, 'a-directory'), /is a directory, not a file/],
      ['link-to-directory', join(special, 'link-to-directory'), /is a directory, not a file/],
      ['missing', join(special, 'missing.db'), /missing\.db does not exist/],
      ['dangling-link', join(special, 'dangling-link'), /dangling-link does not exist/],
      ['fifo', join(special, 'fifo'), /fifo is not a regular file/],
      ['char-device', '/dev/zero', /\/dev\/zero is not a regular file/]
    ]
    const jobs = inputs.flatMap(([name, path, re]) =>
      (['hash', 'skip'] as const).map(
        (mode) => () => attempt(`${name}-${mode}`, path, mode, re, false)
      )
    )
    const outcomes = await pool(4, jobs)
    expect(
      outcomes.filter((o) => o.problem !== null).map((o) => `${o.label}: ${o.problem}`)
    ).toEqual([])
  })
})
