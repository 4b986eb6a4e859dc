/**
 * The pure parts of fetching an official etcd release: version specs, `auto`'s table, the mirror
 * layout, SHA256SUMS parsing and the one-line errors; plus the snapshot cluster version `auto`
 * follows, read from the real fixture (plain and gzip).
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshotClusterVersion } from '../../src/lib/etcd-release/cluster-version.js'
import {
  autoRelease,
  DEFAULT_ETCD_MIRROR,
  EtcdReleaseError,
  NEWEST_PATCH,
  parseEtcdVersion,
  parseMirror,
  parseSha256,
  releaseArch,
  releaseFiles
} from '../../src/lib/etcd-release/releases.js'
import { checkTarball, sha256FromSums } from '../../src/lib/etcd-release/verify.js'
import { InputError } from '../../src/lib/errors.js'
import { withClusterVersion } from './helpers.js'

const files = releaseFiles(DEFAULT_ETCD_MIRROR, '3.5.16', 'amd64')
const A = 'a'.repeat(64)
const B = 'b'.repeat(64)

describe('etcd release specs and layout', () => {
  it('parses 3.5.30, v3.5.30, a pre-release and auto; refuses the rest naming the input', () => {
    expect(parseEtcdVersion('3.5.30', 'x')).toEqual({ version: '3.5.30' })
    expect(parseEtcdVersion(' v3.5.30 ', 'x')).toEqual({ version: '3.5.30' })
    expect(parseEtcdVersion('v3.6.0-rc.1', 'x')).toEqual({ version: '3.6.0-rc.1' })
    expect(parseEtcdVersion('auto', 'x')).toBe('auto')
    for (const bad of ['3.5', 'latest', '3.5.x', '../3.5.1', '3.5.1/../../x'])
      expect(() => parseEtcdVersion(bad, "input 'etcd-version'")).toThrow(
        `input 'etcd-version' must be an etcd release such as 3.5.30 (or v3.5.30) or auto, got '${bad}'`
      )
  })

  it('auto: the newest known patch of the cluster version line, or one clear line', () => {
    expect(NEWEST_PATCH).toEqual({
      '3.4': '3.4.45',
      '3.5': '3.5.36',
      '3.6': '3.6.17',
      '3.7': '3.7.4'
    })
    expect(autoRelease('3.4.0', 's.db')).toBe('3.4.45')
    expect(autoRelease('3.5.0', 's.db')).toBe('3.5.36')
    expect(autoRelease('3.6.0', 's.db')).toBe('3.6.17')
    expect(autoRelease('3.7.0', 's.db')).toBe('3.7.4')
    expect(() => autoRelease('3.9.0', 's.db')).toThrow(
      'etcd-version auto: no etcd release known for cluster version 3.9.0 of snapshot s.db (known lines: 3.4, 3.5, 3.6, 3.7); set etcd-version to a release'
    )
    expect(() => autoRelease(undefined, 's.db')).toThrow(/records no cluster version/)
  })

  it('the 3.6 and 3.7 servers the tests build (test/etcd-build) are the releases auto asks for', async () => {
    // the release mirror repacks them under these versions (helpers.ts MIRROR_VERSIONS)
    for (const line of ['3.6', '3.7']) {
      const goMod = await readFile(
        join(import.meta.dirname, `../etcd-build/${line}/go.mod`),
        'utf8'
      )
      expect(/go\.etcd\.io\/etcd\/server\/v3 v(\S+)/.exec(goMod)?.[1]).toBe(NEWEST_PATCH[line])
    }
  })

  it("lays out URLs as etcd's GitHub releases", () => {
    expect(files).toEqual({
      version: '3.5.16',
      arch: 'amd64',
      tarball: 'etcd-v3.5.16-linux-amd64.tar.gz',
      topDir: 'etcd-v3.5.16-linux-amd64',
      tarballUrl:
        'https://github.com/etcd-io/etcd/releases/download/v3.5.16/etcd-v3.5.16-linux-amd64.tar.gz',
      sumsUrl: 'https://github.com/etcd-io/etcd/releases/download/v3.5.16/SHA256SUMS'
    })
    expect(releaseFiles('http://m/x/', '3.6.14', 'arm64').tarballUrl).toBe(
      'http://m/x/v3.6.14/etcd-v3.6.14-linux-arm64.tar.gz'
    )
    expect(releaseArch('linux', 'x64')).toBe('amd64')
    expect(releaseArch('linux', 'arm64')).toBe('arm64')
    expect(() => releaseArch('darwin', 'arm64')).toThrow(EtcdReleaseError)
    expect(() => releaseArch('linux', 'ppc64')).toThrow(/linux amd64 and arm64 only/)
  })

  it('checks mirrors and pins', () => {
    expect(parseMirror('https://mirror.example/etcd/', 'm')).toBe('https://mirror.example/etcd')
    expect(() => parseMirror('ftp://x', 'm')).toThrow("m must be an http(s) URL, got 'ftp://x'")
    expect(() => parseMirror('not a url', 'm')).toThrow(InputError)
    expect(() => parseMirror('https://u:p@x', 'm')).toThrow(/credentials/)
    expect(parseSha256(A.toUpperCase(), 'p')).toBe(A)
    expect(() => parseSha256('abc', 'p')).toThrow("p must be a sha256 of 64 hex digits, got 'abc'")
  })
})

describe('SHA256SUMS and the sha256 check', () => {
  it('finds the one line for the tarball among the other platforms', () => {
    const sums = [
      `${B}  etcd-v3.5.16-darwin-amd64.zip`,
      `${A}  etcd-v3.5.16-linux-amd64.tar.gz`,
      `${B} *etcd-v3.5.16-linux-arm64.tar.gz`,
      ''
    ].join('\r\n')
    expect(sha256FromSums(sums, files)).toEqual({ sha256: A, source: 'SHA256SUMS' })
    expect(sha256FromSums(`${A.toUpperCase()} *etcd-v3.5.16-linux-amd64.tar.gz\n`, files)).toEqual({
      sha256: A,
      source: 'SHA256SUMS'
    })
  })

  it('refuses a SHA256SUMS without the line, or with two different ones', () => {
    expect(() => sha256FromSums(`${B}  etcd-v3.5.16-linux-amd64.tar.gz.asc\n`, files)).toThrow(
      `SHA256SUMS at ${files.sumsUrl} has no line for etcd-v3.5.16-linux-amd64.tar.gz: refusing an unverified tarball (or pin it with etcd-sha256)`
    )
    const twice = `${A}  ${files.tarball}\n${B}  ${files.tarball}\n`
    expect(() => sha256FromSums(twice, files)).toThrow(/has 2 different lines/)
  })

  it('names both hashes on a mismatch', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'etcd-release-unit-'))
    try {
      const file = join(dir, files.tarball)
      await writeFile(file, 'not the release')
      const actual = createHash('sha256').update('not the release').digest('hex')
      await expect(checkTarball(file, files, { sha256: A, source: 'SHA256SUMS' })).rejects.toThrow(
        `sha256 mismatch for etcd-v3.5.16-linux-amd64.tar.gz: SHA256SUMS says ${A}, file is ${actual}`
      )
      await checkTarball(file, files, { sha256: actual, source: 'etcd-sha256' })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe("the snapshot's cluster version (what auto follows)", () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'etcd-release-cv-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads 3.4.0 from the fixture, plain and gzip, and a patched 3.9.0', async () => {
    const fixture = 'test/fixtures/tiny-snapshot.db'
    expect(await snapshotClusterVersion(fixture)).toBe('3.4.0')
    const gz = join(dir, 'tiny.db.gz')
    await writeFile(gz, gzipSync(await readFile(fixture)))
    expect(await snapshotClusterVersion(gz)).toBe('3.4.0')
    const patched = await withClusterVersion(fixture, '3.9.0', dir)
    expect(await snapshotClusterVersion(patched)).toBe('3.9.0')
  })
})
