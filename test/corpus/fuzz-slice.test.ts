/**
 * CI's slice of `npm run fuzz`: 3,000 fixed-seed mutated snapshots through BoltDb.open + checkDb
 * (+ cursors, readFacts), in memory. Every case must end in success or a RestoreError, each in
 * under 2 s. A failure prints the seed and case so `npm run fuzz -- --seed S` reproduces it.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  describeError,
  makeCase,
  prepareBases,
  runCase,
  syntheticDb,
  syntheticDb64k
} from './fuzz.js'

const SEED = 20261125
const CASES = 3000
const CASE_BUDGET_MS = 2000

function fixtureDb(name: string): { name: string; db: Uint8Array } {
  const file = readFileSync(new URL(`../fixtures/${name}`, import.meta.url))
  return { name, db: new Uint8Array(file.subarray(0, file.length - 32)) }
}

describe('fuzz slice of the bolt reader and checker', () => {
  it(`survives ${CASES} mutated snapshots (seed ${SEED})`, () => {
    const bases = prepareBases([
      fixtureDb('source-snapshot-etcd3.4.23.db'),
      fixtureDb('tiny-snapshot.db'),
      { name: 'synthetic-512', db: syntheticDb() },
      { name: 'synthetic-64k', db: syntheticDb64k() }
    ])
    const counts = { ok: 0, expected: 0 }
    const failures: string[] = []
    const started = performance.now()
    for (let index = 0; index < CASES; index++) {
      const c = makeCase(bases, SEED, index)
      const t0 = performance.now()
      const result = runCase(c.bytes)
      const ms = performance.now() - t0
      if (result.outcome === 'crash') {
        failures.push(
          `crash: seed ${SEED} case ${index} (${c.ops.join('; ')}): ${describeError(result.error)}`
        )
      } else counts[result.outcome]++
      if (ms > CASE_BUDGET_MS)
        failures.push(`hang: seed ${SEED} case ${index} took ${Math.round(ms)} ms`)
    }
    const seconds = (performance.now() - started) / 1000
    expect(failures).toEqual([])
    // Both outcomes must be common, or the mutations have stopped reaching the checker.
    expect(counts.expected).toBeGreaterThan(CASES / 4)
    expect(counts.ok).toBeGreaterThan(CASES / 20)
    expect(seconds).toBeLessThan(20)
  })
})
