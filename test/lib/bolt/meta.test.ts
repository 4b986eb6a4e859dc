import { describe, expect, test } from 'vitest'
import { InvariantError } from '../../../src/lib/errors.js'
import {
  decodeMeta,
  encodeMetaPage,
  metaChecksum,
  metaProblem
} from '../../../src/lib/bolt/meta.js'
import { fixtureDbBytes } from '../../helpers/bolt-fixtures.js'

const fields = { pageSize: 4096, root: 4, sequence: 0n, freelist: 5, hwm: 6, txid: 2n }

describe('meta page', () => {
  test('matches the worked example of bbolt-format §3.6 byte for byte', () => {
    const page = encodeMetaPage(fields)
    const hex = Buffer.from(page.subarray(0, 80)).toString('hex')
    expect(hex).toBe(
      '0000000000000000' +
        '0400' +
        '0000' +
        '00000000' +
        'edda0ced' +
        '02000000' +
        '00100000' +
        '00000000' +
        '0400000000000000' +
        '0000000000000000' +
        '0500000000000000' +
        '0600000000000000' +
        '0200000000000000' +
        '6e331b2c7a6df9ee'
    )
    expect(page.length).toBe(4096)
    expect(page.subarray(80).every((b) => b === 0)).toBe(true)
  })

  test('round-trips; odd txid goes to page 1; no freelist is 0xFFFF…', () => {
    const page = encodeMetaPage({ ...fields, freelist: null, txid: 7n, sequence: 2n ** 63n })
    expect(metaProblem(page)).toBeNull()
    expect(decodeMeta(page)).toEqual({
      pageSize: 4096,
      flags: 0,
      root: 4,
      sequence: 2n ** 63n,
      freelist: null,
      hwm: 6,
      txid: 7n,
      checksum: metaChecksum(page),
      pageId: 1
    })
    expect(page.subarray(48, 56).every((b) => b === 0xff)).toBe(true)
  })

  test('reads both metas of the real tiny snapshot', () => {
    const bytes = fixtureDbBytes('tiny-snapshot.db')
    const m0 = decodeMeta(bytes.subarray(0, 4096))
    const m1 = decodeMeta(bytes.subarray(4096, 8192))
    expect(metaProblem(bytes.subarray(0, 4096))).toBeNull()
    expect(metaProblem(bytes.subarray(4096, 8192))).toBeNull()
    expect([m0.txid, m0.root, m0.hwm, m0.freelist, m0.pageId]).toEqual([22n, 8, 160, null, 0])
    expect([m1.txid, m1.pageId]).toEqual([21n, 1])
  })

  test.each([
    ['magic', 16, /bad magic 0xed0cdaee/],
    ['version', 20, /unsupported version 3/],
    ['checksum', 72, /checksum mismatch/],
    ['root (covered by the checksum)', 32, /checksum mismatch/]
  ])('metaProblem: %s', (_name, offset, message) => {
    const page = encodeMetaPage(fields)
    page[offset]! += 1
    expect(metaProblem(page)).toMatch(message)
  })

  test('metaProblem checks magic before version before checksum', () => {
    const page = encodeMetaPage(fields)
    page[20] = 9
    page[72]! ^= 1
    expect(metaProblem(page)).toMatch(/version/)
    page[16] = 0
    expect(metaProblem(page)).toMatch(/magic/)
  })

  test('metaProblem: header flags must be exactly 0x04', () => {
    const page = encodeMetaPage(fields)
    page[8] = 0x06
    expect(metaProblem(page)).toMatch(/flags 0x6/)
  })

  test('encodeMetaPage asserts root and freelist are below the high-water mark', () => {
    expect(() => encodeMetaPage({ ...fields, root: 6 })).toThrow(InvariantError)
    expect(() => encodeMetaPage({ ...fields, freelist: 6 })).toThrow(InvariantError)
  })
})
