/** The action's etcd-version, etcd-mirror and etcd-sha256 inputs: parsed once, one line each. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Inputs } from '../../src/action/constants.js'
import { getInputs } from '../../src/action/inputs/index.js'
import { DEFAULT_ETCD_MIRROR } from '../../src/lib/etcd-release/releases.js'
import { setInputs } from '../action/helpers.js'

const BASE: Partial<Record<Inputs, string>> = {
  [Inputs.SnapshotPath]: 'snap.db',
  [Inputs.InitialCluster]: 'm1=http://127.0.0.1:23811',
  [Inputs.Verify]: 'boot'
}
const PIN = 'ab'.repeat(32)

function withInputs(inputs: Partial<Record<Inputs, string>>): ReturnType<typeof getInputs> {
  setInputs({ ...BASE, ...inputs })
  return getInputs()
}

describe('etcd release inputs', () => {
  let stdout: ReturnType<typeof vi.spyOn>
  beforeEach(() => {
    stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  })
  afterEach(() => {
    stdout.mockRestore()
    setInputs({})
  })

  it('default: no release asked for, the GitHub mirror for an implicit auto', () => {
    const inputs = withInputs({})
    expect(inputs.etcd.release).toBeUndefined()
    expect(inputs.etcd.mirror).toBe(DEFAULT_ETCD_MIRROR)
  })

  it('a release, auto, a mirror and a pin', () => {
    expect(
      withInputs({
        [Inputs.EtcdVersion]: 'v3.5.30',
        [Inputs.EtcdMirror]: 'https://mirror.corp/etcd/',
        [Inputs.EtcdSha256]: PIN.toUpperCase()
      }).etcd.release
    ).toEqual({ spec: { version: '3.5.30' }, mirror: 'https://mirror.corp/etcd', sha256: PIN })
    expect(withInputs({ [Inputs.EtcdVersion]: 'auto' }).etcd.release).toEqual({
      spec: 'auto',
      mirror: DEFAULT_ETCD_MIRROR
    })
  })

  it('one line for each wrong combination', () => {
    const cases: [Partial<Record<Inputs, string>>, string][] = [
      [
        { [Inputs.EtcdVersion]: '3.5' },
        "input 'etcd-version' must be an etcd release such as 3.5.30 (or v3.5.30) or auto, got '3.5'"
      ],
      [
        { [Inputs.EtcdVersion]: '3.5.30', [Inputs.EtcdPath]: '/usr/bin/etcd' },
        "set at most one of 'etcd-path' and 'etcd-version'"
      ],
      [{ [Inputs.EtcdSha256]: PIN }, "input 'etcd-sha256' needs 'etcd-version'"],
      [
        { [Inputs.EtcdVersion]: 'auto', [Inputs.EtcdSha256]: PIN },
        "input 'etcd-sha256' pins one tarball: set 'etcd-version' to its release, not auto"
      ],
      [
        { [Inputs.EtcdVersion]: '3.5.30', [Inputs.EtcdSha256]: 'abc' },
        "input 'etcd-sha256' must be a sha256 of 64 hex digits, got 'abc'"
      ],
      [
        { [Inputs.EtcdMirror]: 'file:///srv/etcd' },
        "input 'etcd-mirror' must be an http(s) URL, got 'file:///srv/etcd'"
      ]
    ]
    for (const [inputs, message] of cases) expect(() => withInputs(inputs)).toThrow(message)
  })

  it('warns that they are ignored without verify: boot', () => {
    withInputs({ [Inputs.Verify]: 'none', [Inputs.EtcdVersion]: '3.5.30' })
    expect(stdout.mock.calls.map((c: unknown[]) => String(c[0])).join('')).toContain(
      "::warning::input 'etcd-version' is ignored: it needs 'verify: boot'"
    )
  })
})
