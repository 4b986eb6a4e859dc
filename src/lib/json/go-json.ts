/**
 * Go `encoding/json` output for the few values restore writes (format doc §7.4). JSON.stringify
 * differs (no HTML-safe escapes, no U+2028/2029 escapes), and these bytes are compared with etcd's.
 */
import type { ClusterMember } from '../cluster/initial-cluster.js'

const HEX = '0123456789abcdef'

/**
 * A Go-encoded JSON string literal, quotes included. Go 1.19 (etcd 3.4.23) writes \b and \f as
 * \u0008 and \u000c; Go 1.22+ uses the short forms. Member names and URLs never hold control
 * characters (they are rejected on input), so the difference cannot reach our output.
 */
export function goJsonString(text: string): string {
  let out = '"'
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) {
      // A valid pair is copied; a lone surrogate is what Go writes for invalid UTF-8.
      const next = text.charCodeAt(i + 1)
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!
        i++
      } else {
        out += '\\ufffd'
      }
      continue
    }
    switch (c) {
      case 0x22:
        out += '\\"'
        continue
      case 0x5c:
        out += '\\\\'
        continue
      case 0x0a:
        out += '\\n'
        continue
      case 0x0d:
        out += '\\r'
        continue
      case 0x09:
        out += '\\t'
        continue
      case 0x3c:
      case 0x3e:
      case 0x26:
        out += '\\u00' + HEX[c >> 4]! + HEX[c & 15]!
        continue
      case 0x2028:
        out += '\\u2028'
        continue
      case 0x2029:
        out += '\\u2029'
        continue
    }
    out += c < 0x20 ? '\\u00' + HEX[c >> 4]! + HEX[c & 15]! : text[i]!
  }
  return out + '"'
}

/** `{"peerURLs":[…]}`: membership.RaftAttributes (isLearner false is omitted). */
export function raftAttributesJson(peerURLs: readonly string[]): string {
  return `{"peerURLs":${stringArray(peerURLs)}}`
}

/** `{"id":…,"peerURLs":[…],"name":"…"}`: membership.Member as restore writes it (no clientURLs). */
export function memberJson(member: ClusterMember): string {
  const name = member.name === '' ? '' : `,"name":${goJsonString(member.name)}`
  return `{"id":${member.id.toString()},"peerURLs":${stringArray(member.peerURLs)}${name}}`
}

function stringArray(items: readonly string[]): string {
  return `[${items.map(goJsonString).join(',')}]`
}
