import { describe, expect, it } from 'vitest'
import { detectCompression, zstdSupported } from '../../../src/lib/snapshot/decompress.js'

describe('detectCompression', () => {
  it.each([
    ['gzip', [0x1f, 0x8b, 0x08, 0x00], 'gzip'],
    ['zstd', [0x28, 0xb5, 0x2f, 0xfd], 'zstd'],
    ['bbolt page 0', [0x00, 0x00, 0x00, 0x00], 'none'],
    ['too short for zstd', [0x28, 0xb5, 0x2f], 'none'],
    ['one gzip byte', [0x1f], 'none'],
    ['empty', [], 'none']
  ])('%s', (_name, head, expected) => {
    expect(detectCompression(Uint8Array.from(head))).toBe(expected)
  })

  it('zstd support follows zlib.createZstdDecompress', async () => {
    const zlib = await import('node:zlib')
    expect(zstdSupported()).toBe(
      typeof (zlib as Record<string, unknown>).createZstdDecompress === 'function'
    )
  })
})
