import { describe, expect, it } from 'vitest'
import { buildCluster } from '../../../src/lib/cluster/initial-cluster.js'
import { goJsonString, memberJson, raftAttributesJson } from '../../../src/lib/json/go-json.js'

describe('goJsonString: Go encoding/json string escaping (format doc §7.4)', () => {
  it.each([
    ['plain', '"plain"'],
    ['', '""'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['\n\r\t', '"\\n\\r\\t"'],
    ['\u0000\u0001\u001f', '"\\u0000\\u0001\\u001f"'],
    ['\b\f', '"\\u0008\\u000c"'],
    ['x&<y>', '"x\\u0026\\u003cy\\u003e"'],
    ['\u2028\u2029', '"\\u2028\\u2029"'],
    ['\u007f', '"\u007f"'],
    ['/', '"/"'],
    ["'", '"\'"'],
    ['ключ-日本', '"ключ-日本"'],
    ['😀', '"😀"'],
    ['a\ud800b', '"a\\ufffdb"'],
    ['\udc00', '"\\ufffd"'],
    ['\ud83d', '"\\ufffd"'],
    ['\udc00\ud83d', '"\\ufffd\\ufffd"'],
    ['\ufffd', '"\ufffd"']
  ])('%j → %s', (input, expected) => {
    expect(goJsonString(input)).toBe(expected)
  })

  it('equals JSON.stringify where Go and JavaScript agree', () => {
    const sample = 'abc XYZ 0123 ~!@#$%^*()_+-=[]{}|;:,./? é ü 中文'
    expect(goJsonString(sample)).toBe(JSON.stringify(sample))
  })
})

describe('member JSON', () => {
  it('matches the WAL context and members bucket value of §7.4', () => {
    const c = buildCluster(
      'm1=http://127.0.0.1:2380,m2=http://127.0.0.1:22380,m3=http://127.0.0.1:32380',
      'etcd-cluster'
    )
    expect(c.members.map(memberJson)).toEqual([
      '{"id":443629905751424238,"peerURLs":["http://127.0.0.1:32380"],"name":"m3"}',
      '{"id":11417610130673999598,"peerURLs":["http://127.0.0.1:22380"],"name":"m2"}',
      '{"id":13195394291058371180,"peerURLs":["http://127.0.0.1:2380"],"name":"m1"}'
    ])
  })

  it('escapes names as etcdctl 3.4.23 did for x&<y>', () => {
    const c = buildCluster('x&<y>=http://10.0.0.2:2380,x&<y>=http://10.0.0.1:2380', 'tok"en')
    expect(memberJson(c.members[0]!)).toBe(
      `{"id":${0x538520b937431f2dn},"peerURLs":["http://10.0.0.1:2380","http://10.0.0.2:2380"],"name":"x\\u0026\\u003cy\\u003e"}`
    )
  })

  it('writes RaftAttributes without isLearner', () => {
    expect(raftAttributesJson(['http://a:1', 'unix://s:1'])).toBe(
      '{"peerURLs":["http://a:1","unix://s:1"]}'
    )
  })
})
