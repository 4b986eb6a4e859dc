import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/lib/errors.js'
import {
  normalizePeerUrl,
  normalizePeerUrls,
  parsePeerUrlList
} from '../../../src/lib/cluster/urls.js'

describe('normalizePeerUrl: what Go url.Parse + String() gives for accepted URLs', () => {
  it.each([
    ['http://127.0.0.1:2380', 'http://127.0.0.1:2380'],
    ['  http://127.0.0.1:2380\t\n', 'http://127.0.0.1:2380'],
    ['HTTP://127.0.0.1:2380', 'http://127.0.0.1:2380'],
    ['HtTpS://Host.Example:7001', 'https://Host.Example:7001'],
    ['unix://sock:1', 'unix://sock:1'],
    ['UNIXS://sock:1', 'unixs://sock:1'],
    ['http://[::1]:2380', 'http://[::1]:2380'],
    ['http://[FE80::1]:2380', 'http://[FE80::1]:2380'],
    ['http://localhost:02380', 'http://localhost:02380'],
    ['http://my_host-1.example~x:1', 'http://my_host-1.example~x:1']
  ])('%j → %j', (raw, expected) => {
    expect(normalizePeerUrl(raw)).toBe(expected)
  })
})

describe('normalizePeerUrl rejects', () => {
  it.each([
    ['', 'it is empty'],
    ['   ', 'it is empty'],
    ['ftp://h:1', 'URL scheme must be http, https, unix, or unixs'],
    ['h:1', 'it must look like scheme://host:port'],
    ['http:/h:1', 'it must look like scheme://host:port'],
    ['http://h', 'does not have the form "host:port"'],
    ['http://h:', 'does not have the form "host:port"'],
    ['http://h:99999', 'port must be 0-65535'],
    ['http://h:1/', 'URL must not contain a path'],
    ['http://h:1/x', 'URL must not contain a path'],
    ['unix:///tmp/sock', 'URL must not contain a path'],
    ['http://u:p@h:1', 'user info'],
    ['http://h:1?x=1', 'a query (?) is not supported: etcd appends its peer paths after it'],
    ['http://h:1#f', 'fragment'],
    ['http://h%41:1', 'percent-encoding'],
    ['http://[fe80::1%25eth0]:1', 'percent-encoding and IPv6 zones'],
    ['http://:2380', 'the host is empty'],
    ['http://::1:2380', 'the host must be'],
    ['http://[::1]', 'does not have the form "host:port"'],
    ['http://h\u0000:1', 'control character'],
    ['http://h\u0007x:1', 'control character'],
    ['http://h x:1', 'whitespace'],
    ['http://hé:1', 'non-ASCII'],
    ['\u00a0http://h:1', 'non-ASCII'],
    ['http://h<x>:1', 'the host must be'],
    [`http://${'a'.repeat(2000)}:1`, 'longer than']
  ])('%j (%s)', (raw, rule) => {
    let error: unknown
    try {
      normalizePeerUrl(raw)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toContain(rule)
    expect((error as Error).message).toContain(JSON.stringify(raw))
  })
})

describe('URL lists', () => {
  it('sort by normalized string (types.NewURLs)', () => {
    expect(normalizePeerUrls(['http://10.0.0.2:2380', 'HTTP://10.0.0.1:2380'])).toEqual([
      'http://10.0.0.1:2380',
      'http://10.0.0.2:2380'
    ])
    expect(parsePeerUrlList('https://b:1,http://b:1,http://a:1')).toEqual([
      'http://a:1',
      'http://b:1',
      'https://b:1'
    ])
  })

  it('an empty piece in a comma list is an error, as in etcd', () => {
    expect(() => parsePeerUrlList('http://a:1,')).toThrow(InputError)
  })
})
