import { describe, expect, it } from 'vitest'
import { snapshotAge, snapshotCreatedAt } from '../../src/action/drill/age.js'
import { failureLine } from '../../src/action/report/verdict.js'
import { checkAge } from '../../src/lib/drill/age.js'
import { buildDrillReport } from '../../src/lib/drill/report.js'
import { SnapshotError } from '../../src/lib/errors.js'

const now = new Date('2026-11-25T12:00:00Z')
const age = (hours: number, maxHours?: number) =>
  checkAge(
    new Date(now.getTime() - hours * 3_600_000),
    maxHours === undefined ? undefined : maxHours * 3_600_000,
    now
  )
const drill = (checks: { name: string; ok: boolean; actual: string }[]) =>
  buildDrillReport({
    startedAt: now,
    finishedAt: now,
    age: age(1),
    checks: checks.map((c) => ({ ...c, expected: `good ${c.name}`, ms: 1 })),
    durationsMs: {}
  })

describe('failureLine', () => {
  it('is undefined when every check passed', () => {
    expect(
      failureLine(
        drill([{ name: 'boot', ok: true, actual: 'ok' }]),
        '/r.json',
        age(1, 2),
        undefined
      )
    ).toBeUndefined()
    expect(failureLine(undefined, undefined, age(1, 2), undefined)).toBeUndefined()
  })

  it('names each failed check on one line, bounded', () => {
    const line = failureLine(
      drill([
        { name: 'boot', ok: true, actual: 'ok' },
        { name: 'revision', ok: false, actual: '43\non m1' },
        { name: 'hashkv', ok: false, actual: 'x'.repeat(5000) }
      ]),
      '/out/etcd-restore-drill.json',
      undefined,
      'upload of drill report artifact d: 409'
    )!
    expect(line).toMatch(
      /^restore drill failed \(2 of 3 checks\): revision: 43 on m1 \(expected good revision\); hashkv: x+…$/
    )
    expect(line).toHaveLength(2001)
    expect(line).not.toContain('\n')
  })

  it('reports a too-old snapshot without a drill, and an upload error after the verdict', () => {
    expect(failureLine(undefined, undefined, age(50, 26), undefined)).toBe(
      'max-age: snapshot is 2d2h old (taken 2026-11-23T10:00:00.000Z), older than max age 1d2h'
    )
    const failed = drill([{ name: 'boot', ok: false, actual: 'no leader' }])
    expect(failureLine(failed, '/r.json', age(50, 26), 'upload failed')).toBe(
      'restore drill failed (1 of 1 checks): boot: no leader (expected good boot) (report /r.json); upload failed'
    )
  })
})

describe('snapshotCreatedAt and snapshotAge', () => {
  const artifact = { kind: 'artifact' as const, name: 'nightly', id: 7, file: 'a.db', size: 1 }

  it("takes the artifact's creation time", async () => {
    const origin = { ...artifact, createdAt: '2026-11-24T03:17:00.000Z' }
    const at = await snapshotCreatedAt({ path: '/x', origin }, 3_600_000)
    expect(at?.toISOString()).toBe('2026-11-24T03:17:00.000Z')
  })

  it('refuses max-age when an artifact has no creation time, else reports no age', async () => {
    await expect(snapshotCreatedAt({ path: '/x', origin: artifact }, 1000)).rejects.toThrow(
      new SnapshotError(
        "snapshot artifact 'nightly' (id 7) has no creation time: cannot check 'max-age'"
      )
    )
    const at = await snapshotCreatedAt({ path: '/x', origin: artifact }, undefined)
    expect(at).toBeUndefined()
    expect(snapshotAge(at, undefined, undefined)).toBeUndefined()
  })

  it("prefers the drill's own age check", () => {
    const d = drill([{ name: 'boot', ok: true, actual: 'ok' }])
    expect(snapshotAge(now, 1000, d)).toBe(d.age)
    expect(snapshotAge(new Date(), 60_000, undefined)).toMatchObject({
      ok: true,
      ageSeconds: expect.any(Number)
    })
  })
})
