/**
 * Several restores racing for the same out-dir (a retried CI job, two operators): exactly one
 * wins and leaves a complete cluster; every other run fails with one clear line and leaves no
 * staging entries; the snapshot is never modified.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildCliBundle,
  failureProblem,
  runCli,
  sha256File,
  stagingLeftovers
} from '../corpus/cli-harness.js'

const CLUSTER = 'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:2381,m3=http://127.0.0.1:2382'
const RACERS = 4

let root: string
let bundle: string

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'concurrent-'))
  bundle = await buildCliBundle(join(root, 'cli'))
  copyFileSync(new URL('../fixtures/tiny-snapshot.db', import.meta.url), join(root, 's.db'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('restores racing for one out-dir', () => {
  for (const preexisting of [false, true]) {
    it(`lets exactly one of ${RACERS} win (${preexisting ? 'existing empty' : 'absent'} out-dir)`, async () => {
      const parent = join(root, preexisting ? 'empty' : 'absent')
      mkdirSync(parent)
      const outDir = join(parent, 'cluster')
      if (preexisting) mkdirSync(outDir)
      const snapshot = join(root, 's.db')
      const sha = sha256File(snapshot)
      const args = [
        'snapshot',
        'restore',
        snapshot,
        '--out-dir',
        outDir,
        '--initial-cluster',
        CLUSTER
      ]
      const runs = await Promise.all(
        Array.from({ length: RACERS }, () => runCli(bundle, args, { cwd: parent }))
      )
      const winners = runs.filter((r) => r.code === 0)
      expect(winners).toHaveLength(1)
      for (const loser of runs.filter((r) => r.code !== 0)) {
        expect(
          failureProblem(loser, /out-dir .* is not empty|could not move the restored files/)
        ).toBeNull()
        expect(loser.code).toBe(4)
      }
      expect(readdirSync(outDir).sort()).toEqual(['m1', 'm2', 'm3'])
      expect(stagingLeftovers(parent)).toEqual([])
      expect(sha256File(snapshot)).toBe(sha)
    })
  }
})
