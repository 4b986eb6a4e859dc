import { describe, expect, test } from 'vitest'
import { drillCredentials } from '../../src/cli/commands/drill.js'
import { InputError } from '../../src/lib/errors.js'

const flags = (entries: Record<string, string>) => new Map(Object.entries(entries))

describe('drill --user/--password (etcdctl rules, no prompt)', () => {
  test('none given: no login', () => {
    expect(drillCredentials(flags({}), {})).toBeUndefined()
  })

  test('name:password, split at the first colon', () => {
    expect(drillCredentials(flags({ user: 'root:pa:ss' }), {})).toEqual({
      user: 'root',
      password: 'pa:ss'
    })
    expect(drillCredentials(flags({ user: 'root:' }), {})).toEqual({ user: 'root', password: '' })
  })

  test('with --password the whole --user value is the name', () => {
    expect(drillCredentials(flags({ user: 'a:b', password: 'pw' }), {})).toEqual({
      user: 'a:b',
      password: 'pw'
    })
  })

  test('ETCDCTL_USER / ETCDCTL_PASSWORD, the flags winning', () => {
    expect(drillCredentials(flags({}), { ETCDCTL_USER: 'root:pw' })).toEqual({
      user: 'root',
      password: 'pw'
    })
    expect(drillCredentials(flags({}), { ETCDCTL_USER: 'root', ETCDCTL_PASSWORD: 'pw' })).toEqual({
      user: 'root',
      password: 'pw'
    })
    expect(drillCredentials(flags({ user: 'alice:a' }), { ETCDCTL_USER: 'root:pw' })).toEqual({
      user: 'alice',
      password: 'a'
    })
  })

  test('refused: no password (never echoed back), --password alone, empty name', () => {
    let error: unknown
    try {
      drillCredentials(flags({ user: 'rootsecret' }), {})
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/has no password/)
    expect((error as Error).message).not.toMatch(/rootsecret/)
    expect(() => drillCredentials(flags({ password: 'pw' }), {})).toThrow(/--password needs --user/)
    expect(() => drillCredentials(flags({ user: ':pw' }), {})).toThrow(/names no user/)
    expect(() => drillCredentials(flags({ user: '', password: 'pw' }), {})).toThrow(/names no user/)
  })
})
