import { describe, expect, it } from 'vitest'
import { clusterId, idHex, idPadded, memberId } from '../../../src/lib/cluster/ids.js'
import { buildCluster } from '../../../src/lib/cluster/initial-cluster.js'

const hexOf = (c: ReturnType<typeof buildCluster>): Record<string, string> =>
  Object.fromEntries([...c.members.map((m) => [m.name, idHex(m.id)]), ['cluster', idHex(c.id)]])

describe('member and cluster IDs (format doc §2, §12)', () => {
  it('example 1: three members, token etcd-cluster', () => {
    const c = buildCluster(
      'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:22380,m3=http://127.0.0.1:32380',
      'etcd-cluster'
    )
    expect(hexOf(c)).toEqual({
      m1: 'b71f75320dc06a6c',
      m2: '9e737febb6b99eee',
      m3: '628170c800dbcee',
      cluster: '66d3a070bf89b39'
    })
    expect(c.members.map((m) => m.name)).toEqual(['m3', 'm2', 'm1'])
    expect(c.members[2]!.id).toBe(13195394291058371180n)
    expect(c.id).toBe(463090138629053241n)
  })

  it('example 2: defaults', () => {
    const c = buildCluster('default=http://localhost:2380', 'etcd-cluster')
    expect(hexOf(c)).toEqual({ default: '8e9e05c52164694d', cluster: 'cdf818194e3a8c32' })
  })

  it('example 3: awkward inputs (several URLs, https, unix, HTML characters, quote in token)', () => {
    const c = buildCluster(
      'x&<y>=http://10.0.0.2:2380,x&<y>=http://10.0.0.1:2380,zz=https://h.example:7001,a=unix://sock:1',
      'tok"en'
    )
    expect(hexOf(c)).toEqual({
      'x&<y>': '538520b937431f2d',
      zz: '25cef5435b876dfa',
      a: '4dfb88e6740f10ea',
      cluster: '527d6c6a2842ab55'
    })
    expect(c.members.find((m) => m.name === 'x&<y>')!.peerURLs).toEqual([
      'http://10.0.0.1:2380',
      'http://10.0.0.2:2380'
    ])
  })

  it('tiny fixture cluster, token restore-token', () => {
    const c = buildCluster(
      'm1=http://127.0.0.1:23811,m2=http://127.0.0.1:23821,m3=http://127.0.0.1:23831',
      'restore-token'
    )
    expect(hexOf(c)).toEqual({
      m1: '680a6d7308dc2baa',
      m2: '78e38f2d93f8a53a',
      m3: '7a758a68060ad0e8',
      cluster: 'db8de8e7d3d50195'
    })
    expect(c.id).toBe(15820557148411462037n)
  })

  it('memberId sorts URLs itself and ignores the name; clusterId sorts IDs numerically', () => {
    const a = memberId(['http://b:1', 'http://a:1'], 't')
    expect(memberId(['http://a:1', 'http://b:1'], 't')).toBe(a)
    expect(clusterId([0xb71f75320dc06a6cn, 0x628170c800dbceen, 0x9e737febb6b99eeen])).toBe(
      0x66d3a070bf89b39n
    )
  })

  it('prints IDs unpadded in hex and %016x for file names', () => {
    expect(idHex(0x628170c800dbceen)).toBe('628170c800dbcee')
    expect(idPadded(0x628170c800dbceen)).toBe('0628170c800dbcee')
    expect(idPadded(1n)).toBe('0000000000000001')
    expect(idHex((1n << 64n) - 1n)).toBe('ffffffffffffffff')
  })
})
