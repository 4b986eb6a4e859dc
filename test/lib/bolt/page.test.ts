import { describe, expect, test } from 'vitest'
import { BoltFormatError, InvariantError } from '../../../src/lib/errors.js'
import {
  branchElement,
  branchPageSize,
  compareBytes,
  decodePageHeader,
  encodeBranchPage,
  encodeInlineLeaf,
  encodeLeafPage,
  encodePageHeader,
  leafElement,
  leafPageSize,
  type LeafElement
} from '../../../src/lib/bolt/page.js'
import { PageFlag } from '../../../src/lib/bolt/types.js'

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)
const text = (b: Uint8Array): string => new TextDecoder().decode(b)

describe('page header', () => {
  test('round-trips at an offset inside a pooled Buffer', () => {
    const pool = Buffer.alloc(64)
    const view = pool.subarray(8, 40)
    const header = { id: 2 ** 40 + 7, flags: PageFlag.branch, count: 513, overflow: 3 }
    encodePageHeader(view, header, 4)
    expect(decodePageHeader(view, 4)).toEqual(header)
    expect([...pool.subarray(12, 20)]).toEqual([7, 0, 0, 0, 0, 1, 0, 0])
  })

  test('an id beyond 2^53 is a BoltFormatError', () => {
    const page = new Uint8Array(16)
    page.fill(0xff, 0, 8)
    expect(() => decodePageHeader(page)).toThrow(BoltFormatError)
  })

  test('too few bytes for a header', () => {
    expect(() => decodePageHeader(new Uint8Array(10))).toThrow(/outside 10 bytes/)
  })
})

describe('leaf and branch pages', () => {
  const leaves: LeafElement[] = [
    { flags: 0, key: bytes('a'), value: bytes('one') },
    { flags: 1, key: bytes('bb'), value: new Uint8Array(16) },
    { flags: 0, key: bytes('ccc'), value: new Uint8Array(0) }
  ]

  test('leaf page in node.write layout', () => {
    const page = encodeLeafPage(9, leaves, 4096)
    expect(page.length).toBe(4096)
    expect(decodePageHeader(page)).toEqual({ id: 9, flags: PageFlag.leaf, count: 3, overflow: 0 })
    // element 0: pos = first byte after the element array, relative to the element
    expect(new DataView(page.buffer).getUint32(16 + 4, true)).toBe(48)
    expect(new DataView(page.buffer).getUint32(32 + 4, true)).toBe(48 - 16 + 4)
    expect(leaves.map((_, i) => text(leafElement(page, i).key))).toEqual(['a', 'bb', 'ccc'])
    expect(text(leafElement(page, 0).value)).toBe('one')
    expect(leafElement(page, 1).flags).toBe(1)
    expect(leafElement(page, 2).value.length).toBe(0)
    expect(leafPageSize(leaves)).toBe(16 + 3 * 16 + 1 + 3 + 2 + 16 + 3)
    expect(page.subarray(leafPageSize(leaves)).every((b) => b === 0)).toBe(true)
  })

  test('a large leaf spans ceil(size/pageSize) pages with overflow set', () => {
    const big = [{ flags: 0, key: bytes('k'), value: new Uint8Array(3000).fill(7) }]
    const page = encodeLeafPage(4, big, 1024)
    expect(page.length).toBe(3 * 1024)
    expect(decodePageHeader(page).overflow).toBe(2)
    expect(leafElement(page, 0).value.every((b) => b === 7)).toBe(true)
  })

  test('branch page', () => {
    const elements = [
      { key: bytes('a'), pgid: 5 },
      { key: bytes('m'), pgid: 2 ** 50 }
    ]
    const page = encodeBranchPage(3, elements, 512)
    expect(decodePageHeader(page)).toEqual({ id: 3, flags: PageFlag.branch, count: 2, overflow: 0 })
    expect(branchElement(page, 1)).toEqual({ key: bytes('m'), pgid: 2 ** 50 })
    expect(branchPageSize(elements)).toBe(16 + 32 + 2)
  })

  test('inline leaf has id 0 and no padding', () => {
    const page = encodeInlineLeaf(leaves)
    expect(page.length).toBe(leafPageSize(leaves))
    expect(decodePageHeader(page)).toEqual({ id: 0, flags: PageFlag.leaf, count: 3, overflow: 0 })
    expect(text(leafElement(page, 2).key)).toBe('ccc')
  })

  test('too many elements is an InvariantError', () => {
    const many = Array.from({ length: 0xffff }, () => ({ key: bytes('k'), pgid: 2 }))
    expect(() => encodeBranchPage(2, many, 4096)).toThrow(InvariantError)
  })

  test.each([
    ['index past count', (p: Uint8Array) => p, 3, /element 3 does not exist \(count 3\)/],
    [
      'key past the page end',
      (p: Uint8Array) => (new DataView(p.buffer).setUint32(16 + 4, 5000, true), p),
      0,
      /key .* outside the 4096-byte page/
    ],
    [
      'value past the page end',
      (p: Uint8Array) => (new DataView(p.buffer).setUint32(16 + 12, 0xffffffff, true), p),
      0,
      /value .* outside/
    ],
    [
      'element array past a short span',
      (p: Uint8Array) => {
        const short = p.slice(0, 40)
        return short
      },
      2,
      /element 2 at offset 48 lies outside the 40-byte page/
    ]
  ])('bounds: %s', (_name, mutate, index, message) => {
    const page = mutate(encodeLeafPage(9, leaves, 4096))
    let error: unknown
    try {
      leafElement(page, index)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BoltFormatError)
    expect((error as BoltFormatError).pageId).toBe(9)
    expect((error as Error).message).toMatch(message)
  })
})

describe('compareBytes', () => {
  test.each([
    ['a', 'b', -1],
    ['ab', 'a', 1],
    ['', 'a', -1],
    ['abc', 'abc', 0]
  ])('%j vs %j', (a, b, sign) => {
    expect(Math.sign(compareBytes(bytes(a), bytes(b)))).toBe(sign)
  })
  test('is unsigned', () => {
    expect(compareBytes(Uint8Array.of(0x80), Uint8Array.of(0x7f))).toBeGreaterThan(0)
  })
})
