/**
 * `snapshot status --etcd-compat`: the default keeps etcdctl 3.4 / etcdutl 3.5's numbers; 3.6 and
 * 3.7 print what etcdutl 3.6/3.7 print (totalKey = live user keys, plus `version`).
 */
import { afterEach, describe, expect, test, vi } from 'vitest'
import { statusCommand } from '../../src/cli/commands/status.js'
import { InputError } from '../../src/lib/errors.js'
import { TINY } from '../lib/restore/harness.js'

let out = ''
afterEach(() => {
  vi.restoreAllMocks()
  out = ''
})

async function status(...args: string[]): Promise<string> {
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += chunk.toString()
    return true
  })
  expect(await statusCommand.run([TINY.snapshot, ...args])).toBe(0)
  vi.restoreAllMocks()
  return out
}

describe('snapshot status --etcd-compat', () => {
  test('default and 3.4/3.5: totalKey counts every bucket entry (etcdctl 3.4.23 printed 240)', async () => {
    for (const flags of [[], ['--etcd-compat', '3.4'], ['--etcd-compat=3.5']]) {
      out = ''
      expect(await status(...flags, '-w', 'simple')).toBe('1961bf67, 44, 240, 655 kB\n')
    }
    out = ''
    const json = JSON.parse(await status('-w', 'json')) as Record<string, unknown>
    expect(Object.keys(json).slice(0, 5)).toEqual([
      'hash',
      'revision',
      'totalKey',
      'totalSize',
      'compactRevision'
    ])
  })

  test.each(['3.6', '3.7'])(
    '%s: live user keys (222 at revision 44) and the storage version',
    async (v) => {
      expect(await status('--etcd-compat', v)).toBe('1961bf67, 44, 222, 655 kB, \n')
      out = ''
      const json = JSON.parse(await status('--etcd-compat', v, '-w', 'json')) as Record<
        string,
        unknown
      >
      expect(Object.entries(json).slice(0, 5)).toEqual([
        ['hash', 425836391],
        ['revision', 44],
        ['totalKey', 222],
        ['totalSize', 655360],
        ['version', ''] // a 3.4.23 snapshot has no meta/storageVersion
      ])
      out = ''
      const table = await status('--etcd-compat', v, '-w', 'table')
      expect(table.split('\n')[1]).toMatch(
        /\| +HASH +\| REVISION \| TOTAL KEYS \| TOTAL SIZE \| VERSION \|/
      )
    }
  )

  test('an unknown value is one clear error', async () => {
    await expect(statusCommand.run([TINY.snapshot, '--etcd-compat', '3.3'])).rejects.toThrow(
      new InputError('invalid --etcd-compat "3.3": want one of 3.4, 3.5, 3.6, 3.7')
    )
  })
})
