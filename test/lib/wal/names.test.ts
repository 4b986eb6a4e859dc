import { describe, expect, it } from 'vitest'
import { InvariantError } from '../../../src/lib/errors.js'
import { parseWalName, walName } from '../../../src/lib/wal/names.js'

describe('WAL file names (%016x-%016x.wal)', () => {
  it('formats (sequence, index)', () => {
    expect(walName(0n, 0n)).toBe('0000000000000000-0000000000000000.wal')
    expect(walName(1n, 0xabcn)).toBe('0000000000000001-0000000000000abc.wal')
    expect(walName((1n << 64n) - 1n, 0n)).toBe('ffffffffffffffff-0000000000000000.wal')
    expect(() => walName(-1n, 0n)).toThrow(InvariantError)
    expect(() => walName(0n, 1n << 64n)).toThrow(InvariantError)
  })

  it('parses names etcd would read and nothing else', () => {
    expect(parseWalName('0000000000000001-0000000000000abc.wal')).toEqual({
      seq: 1n,
      index: 0xabcn
    })
    expect(parseWalName('FFFFFFFFFFFFFFFF-0000000000000000.wal')).toEqual({
      seq: (1n << 64n) - 1n,
      index: 0n
    })
    for (const bad of [
      '0.tmp',
      '0000000000000000-0000000000000000.wal.broken',
      '000000000000000-0000000000000000.wal',
      '0000000000000000_0000000000000000.wal',
      'x000000000000000-0000000000000000.wal'
    ]) {
      expect(parseWalName(bad)).toBeUndefined()
    }
  })
})
