import { describe, expect, it } from 'vitest'
import {
  MAX_MEMBERS,
  buildCluster,
  findMember,
  parseInitialCluster,
  verifyAdvertisePeerUrls
} from '../../../src/lib/cluster/initial-cluster.js'
import { InputError } from '../../../src/lib/errors.js'

const IC = 'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:22380,m3=http://127.0.0.1:32380'

function errorOf(fn: () => unknown): InputError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return e as InputError
  }
  throw new Error('expected an InputError')
}

describe('parseInitialCluster (types.NewURLsMap)', () => {
  it('splits on commas and the first "=", skips empty pieces, keeps names untrimmed', () => {
    const m = parseInitialCluster(',a=http://h:1,,b =HTTP://h:2,a=http://g:1,')
    expect([...m.entries()]).toEqual([
      ['a', ['http://g:1', 'http://h:1']],
      ['b ', ['http://h:2']]
    ])
  })

  it('only the first "=" separates the name', () => {
    expect(errorOf(() => parseInitialCluster('a=http://h:1=2')).message).toContain('"http://h:1=2"')
  })

  it('trims the URLs, not the names', () => {
    expect([...parseInitialCluster(' a= http://h:1 ').entries()]).toEqual([[' a', ['http://h:1']]])
  })
})

describe('buildCluster', () => {
  it('orders members by ascending ID', () => {
    const c = buildCluster(IC, 'etcd-cluster')
    expect(c.token).toBe('etcd-cluster')
    expect(c.members.map((m) => [m.name, m.peerURLs])).toEqual([
      ['m3', ['http://127.0.0.1:32380']],
      ['m2', ['http://127.0.0.1:22380']],
      ['m1', ['http://127.0.0.1:2380']]
    ])
  })

  it('accepts an empty token, as etcd does', () => {
    expect(buildCluster('a=http://h:1', '').members).toHaveLength(1)
  })

  it.each([
    ['', 'etcd-cluster', '--initial-cluster is empty'],
    [',,', 'etcd-cluster', '--initial-cluster is empty'],
    ['a', 't', '--initial-cluster entry "a" is not name=url'],
    ['a=http://h:1,b=http://h:1', 't', 'has duplicate url http://h:1'],
    ['a=http://h:1,a=HTTP://h:1', 't', 'has duplicate url http://h:1'],
    ['a=http://h:1,b=http://g:1,b= http://h:1', 't', 'has duplicate url http://h:1'],
    ['a=http://h:1/', 't', 'URL must not contain a path'],
    ['a=http://h', 't', 'does not have the form "host:port"'],
    ['a=ftp://h:1', 't', 'URL scheme must be http, https, unix, or unixs'],
    ['a=', 't', 'it is empty'],
    ['=http://h:1', 't', 'member name "" is empty'],
    ['a\u0000b=http://h:1', 't', 'contains a control character'],
    ['a\nb=http://h:1', 't', 'contains a control character'],
    ['a\u007fb=http://h:1', 't', 'contains a control character'],
    ['a/b=http://h:1', 't', 'contains a path separator'],
    ['a\\b=http://h:1', 't', 'contains a path separator'],
    ['..=http://h:1', 't', 'contains ".." or is "."'],
    ['a..b=http://h:1', 't', 'contains ".." or is "."'],
    ['.=http://h:1', 't', 'contains ".." or is "."'],
    [`${'n'.repeat(256)}=http://h:1`, 't', 'longer than 255 bytes']
  ])('%j (token %j) → %s', (ic, token, message) => {
    expect(errorOf(() => buildCluster(ic, token)).message).toContain(message)
  })

  it('says why names are restricted', () => {
    expect(errorOf(() => buildCluster('a/b=http://h:1', 't')).message).toContain(
      'names become directory and artifact names'
    )
  })

  it(`refuses more than ${MAX_MEMBERS} members`, () => {
    const ic = Array.from({ length: MAX_MEMBERS + 1 }, (_, i) => `m${i}=http://h:${i + 1}`).join(
      ','
    )
    expect(errorOf(() => buildCluster(ic, 't')).message).toContain(`more than ${MAX_MEMBERS}`)
    const ok = Array.from({ length: MAX_MEMBERS }, (_, i) => `m${i}=http://h:${i + 1}`).join(',')
    expect(buildCluster(ok, 't').members).toHaveLength(MAX_MEMBERS)
  })
})

describe('findMember and verifyAdvertisePeerUrls (VerifyBootstrap)', () => {
  const cluster = buildCluster(`${IC},m1=http://10.0.0.1:2380`, 'etcd-cluster')

  it('finds members by exact name', () => {
    expect(findMember(cluster, 'm2').peerURLs).toEqual(['http://127.0.0.1:22380'])
    expect(errorOf(() => findMember(cluster, 'm4')).message).toBe(
      `couldn't find local name "m4" in the initial cluster configuration`
    )
    expect(() => findMember(cluster, 'M2')).toThrow(InputError)
  })

  it('accepts the same URLs in any order and spelling of the scheme', () => {
    verifyAdvertisePeerUrls(cluster, 'm1', 'http://10.0.0.1:2380, HTTP://127.0.0.1:2380')
    verifyAdvertisePeerUrls(cluster, 'm2', 'http://127.0.0.1:22380')
  })

  it.each([
    ['m4', 'http://127.0.0.1:2380', `couldn't find local name "m4"`],
    [
      'm1',
      'http://127.0.0.1:2380',
      '--initial-cluster has m1=http://10.0.0.1:2380 but missing from --initial-advertise-peer-urls=http://127.0.0.1:2380'
    ],
    [
      'm2',
      'http://127.0.0.1:22380,http://127.0.0.2:22380',
      '--initial-advertise-peer-urls has http://127.0.0.2:22380 but missing from --initial-cluster=m2=http://127.0.0.1:22380'
    ],
    ['m2', 'http://127.0.0.1:22380,http://127.0.0.1:22380', 'a URL is repeated'],
    ['m2', 'http://127.0.0.1:22380/', 'URL must not contain a path'],
    ['m2', '', 'it is empty']
  ])('%s advertising %j → %s', (name, advertise, message) => {
    expect(errorOf(() => verifyAdvertisePeerUrls(cluster, name, advertise)).message).toContain(
      message
    )
  })
})
