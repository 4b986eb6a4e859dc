import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/lib/errors.js'
import { checkAge, formatDhms, parseDuration } from '../../../src/lib/drill/age.js'
import {
  buildDrillReport,
  DRILL_REPORT_VERSION,
  renderDrillMarkdown,
  type DrillReportParts
} from '../../../src/lib/drill/report.js'
import type { RestoreReport } from '../../../src/lib/report.js'
import { schemaErrors, type Schema } from '../../helpers/json-schema-check.js'

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../docs/drill-report.schema.json'), 'utf8')
) as Schema

describe('parseDuration', () => {
  it.each([
    ['26h', 26 * 3_600_000],
    ['90m', 90 * 60_000],
    ['1h30m', 5_400_000],
    ['7d', 7 * 86_400_000],
    ['1.5h', 5_400_000],
    ['45s', 45_000],
    ['500ms', 500],
    ['1d2h3m4s', 93_784_000]
  ])('%s = %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(['', '26', 'h', '1x', '-1h', '1h 30m', '0h', '0s', '99999999d', '1.h'])(
    'refuses %j with an InputError naming the flag',
    (text) => {
      expect(() => parseDuration(text)).toThrow(InputError)
      expect(() => parseDuration(text)).toThrow(/--max-age/)
    }
  )
})

describe('checkAge', () => {
  const now = new Date('2026-01-03T00:00:00Z')
  it('is ok within the maximum and reports the age', () => {
    const age = checkAge(new Date('2026-01-02T00:00:00Z'), parseDuration('26h'), now)
    expect(age).toMatchObject({ ok: true, ageSeconds: 86_400, maxAgeSeconds: 93_600 })
    expect(age.createdAt).toBe('2026-01-02T00:00:00.000Z')
    expect(age.message).toContain('1d old')
  })
  it('fails past the maximum', () => {
    const age = checkAge(new Date('2026-01-01T00:00:00Z'), parseDuration('26h'), now)
    expect(age.ok).toBe(false)
    expect(age.message).toMatch(/2d old .*older than max age 1d2h/)
  })
  it('is ok without a maximum; a future time counts as age 0', () => {
    expect(checkAge(new Date('2027-01-01T00:00:00Z'), undefined, now)).toMatchObject({
      ok: true,
      ageSeconds: 0
    })
  })
  it('formats durations', () => {
    expect(formatDhms(0)).toBe('0s')
    expect(formatDhms(172_800_000)).toBe('2d')
    expect(formatDhms(5_400_999)).toBe('1h30m')
  })
})

function parts(over: Partial<DrillReportParts> = {}): DrillReportParts {
  const restored = {
    tool: { name: 'etcd-restore', version: '0.1.0' },
    snapshot: {
      path: 'snap.db',
      fileSize: 655392,
      compression: 'none',
      dbSize: 655360,
      sha256: 'ab'.repeat(32),
      hash: 'verified',
      pageSize: 4096,
      boltSize: 655360,
      revision: 44,
      compactRevision: 33,
      totalKeys: 240,
      keyRevisions: 260,
      sourceConsistentIndex: '50',
      sourceMembers: ['998e80b37cc7227d'],
      authEnabled: false,
      hashKV: { hash: 3137846992, hashRevision: 44, compactRevision: 33 }
    },
    cluster: {
      id: '64d937c925e41b58',
      token: 't',
      members: [
        {
          name: 'm1',
          id: '4036b1db24775ea0',
          peerURLs: ['http://127.0.0.1:1'],
          dataDir: '/o/m1',
          walDir: '/o/m1/member/wal',
          files: []
        }
      ]
    },
    targetVersion: '3.5',
    bumpRevision: '0',
    markCompacted: false,
    restoredRevision: 44,
    durationsMs: {},
    warnings: []
  } satisfies RestoreReport
  return {
    startedAt: new Date('2026-01-01T00:00:00Z'),
    finishedAt: new Date('2026-01-01T00:00:05Z'),
    restored,
    age: checkAge(
      new Date('2025-12-31T23:00:00Z'),
      3_600_000 * 26,
      new Date('2026-01-01T00:00:00Z')
    ),
    expected: {
      revision: 44,
      compactRevision: 33,
      hashKV: 3137846992,
      keyCount: 222,
      memberIds: ['4036b1db24775ea0'],
      clusterId: '64d937c925e41b58'
    },
    checks: [
      { name: 'age', ok: true, expected: 'at most 1d2h', actual: '1h', ms: 0 },
      {
        name: 'hashkv',
        ok: true,
        expected: '3137846992 at revision 44',
        actual: '3137846992 on all 1 members',
        ms: 1
      }
    ],
    etcd: { path: '/usr/bin/etcd', version: '3.4.23' },
    notes: [],
    durationsMs: { restore: 10, total: 5000 },
    ...over
  }
}

describe('drill report', () => {
  it('passes only when every check passes, and matches the schema', () => {
    const report = buildDrillReport(parts())
    expect(report.version).toBe(DRILL_REPORT_VERSION)
    expect(report.passed).toBe(true)
    expect(report.verdict).toMatch(/^PASSED: 2 checks passed/)
    expect(schemaErrors(schema, JSON.parse(JSON.stringify(report)))).toEqual([])
  })

  it('names the failed checks; a report without a restore still matches the schema', () => {
    const failed = buildDrillReport({
      ...parts(),
      restored: undefined,
      expected: undefined,
      etcd: undefined,
      checks: [
        {
          name: 'restore',
          ok: false,
          expected: 'a restorable snapshot',
          actual: 'sha256 mismatch',
          ms: 3
        }
      ]
    })
    expect(failed.passed).toBe(false)
    expect(failed.verdict).toBe('FAILED: 1 of 1 checks failed: restore')
    expect(failed.snapshot).toBeNull()
    expect(schemaErrors(schema, JSON.parse(JSON.stringify(failed)))).toEqual([])
    expect(buildDrillReport({ ...parts(), checks: [] }).passed).toBe(false)
  })

  it('a failed drill keeps every member log tail: in the schema, folded into the summary', () => {
    const memberLogs = [
      { name: 'm1', logTail: '{"level":"info","msg":"ok"}' },
      { name: 'm2', logTail: 'bind: address already in use\n```' }
    ]
    const failedBoot = { name: 'boot', ok: false, expected: 'up', actual: 'exited', ms: 1 }
    const failed = buildDrillReport({ ...parts(), checks: [failedBoot], memberLogs })
    expect(failed.memberLogs).toEqual(memberLogs)
    expect(schemaErrors(schema, JSON.parse(JSON.stringify(failed)))).toEqual([])
    const md = renderDrillMarkdown(failed)
    expect(md).toContain('<details><summary>Last log lines of m2</summary>')
    expect(md).toContain("bind: address already in use\n'''\n```")
    // a passed drill carries none
    expect(buildDrillReport({ ...parts(), memberLogs }).memberLogs).toBeUndefined()
  })

  it('the schema checker catches drift', () => {
    const report = JSON.parse(JSON.stringify(buildDrillReport(parts()))) as Record<string, unknown>
    report.surprise = 1
    delete report.age
    expect(schemaErrors(schema, report)).toEqual([
      '$: missing age',
      '$.surprise: not described by the schema'
    ])
  })

  it('renders a bounded Markdown summary with escaped cells', () => {
    const md = renderDrillMarkdown(buildDrillReport(parts()))
    expect(md).toContain('### ✅ Restore drill passed')
    expect(md).toContain(
      '| ✅ | hashkv | 3137846992 at revision 44 | 3137846992 on all 1 members | 1 |'
    )
    expect(md).toContain('**Timings**: restore 10 ms · total 5000 ms')
    const huge = buildDrillReport({
      ...parts(),
      checks: Array.from({ length: 5000 }, (_, i) => ({
        name: `c${i}|x`,
        ok: false,
        expected: 'e'.repeat(10_000),
        actual: 'line1\nline2',
        ms: 1
      }))
    })
    const big = renderDrillMarkdown(huge)
    expect(big).toContain('### ❌ Restore drill failed')
    expect(big).toContain('c0\\|x')
    expect(big).toContain('line1 line2')
    expect(big).toContain('4800 more checks in the JSON report')
    expect(Buffer.byteLength(big)).toBeLessThan(100 * 1024)
  })
})
