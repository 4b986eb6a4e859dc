import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  HashMismatchError,
  MissingHashError,
  SnapshotError,
  TargetError,
  TruncatedSnapshotError
} from '../../../src/lib/errors.js'
import { zstdSupported } from '../../../src/lib/snapshot/decompress.js'
import { copyAndVerify } from '../../../src/lib/snapshot/verify.js'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures')
const TINY = readFileSync(join(FIXTURES, 'tiny-snapshot.db'))
const TINY_DB = TINY.subarray(0, 655360)
// sha256 of the db bytes = the trailer (the README's 00e6788e… is the sha256 of the whole file).
const TINY_SHA = '5cf3d958e566de8e755ed62362530870d3784cc30a822dc57b19969896da173f'
const SOURCE = join(FIXTURES, 'source-snapshot-etcd3.4.23.db')

let dir: string
let n = 0

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verify-test-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

const sha256 = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest()
const withTrailer = (db: Uint8Array): Buffer => Buffer.concat([db, sha256(db)])

/** Writes `bytes` to a fresh source file; returns its path and a fresh staging path. */
function setup(bytes: Uint8Array, name = 'snap.db'): { src: string; dest: string } {
  const sub = join(dir, String(n++))
  mkdirSync(sub)
  const src = join(sub, name)
  writeFileSync(src, bytes)
  return { src, dest: join(sub, 'staging-db') }
}

async function expectFailure(
  bytes: Uint8Array,
  skipHashCheck: boolean,
  errorClass: new (...args: never[]) => Error,
  message: RegExp
): Promise<void> {
  const { src, dest } = setup(bytes)
  const error = await copyAndVerify(src, dest, { skipHashCheck }).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(errorClass)
  expect((error as Error).message).toMatch(message)
  expect((error as Error).message).not.toContain('\n')
  expect(existsSync(dest)).toBe(false)
  expect(Buffer.compare(readFileSync(src), Buffer.from(bytes))).toBe(0)
}

describe('copyAndVerify: the five hash-rule cases (format doc §5.1)', () => {
  it('a saved snapshot: trailer checked, stripped, copy 0600 and byte-exact', async () => {
    const { src, dest } = setup(TINY)
    const progress: number[] = []
    const copy = await copyAndVerify(src, dest, {
      skipHashCheck: false,
      onProgress: (b) => progress.push(b)
    })
    expect(copy).toEqual({
      fileSize: 655392,
      compression: 'none',
      dbSize: 655360,
      sha256: TINY_SHA,
      trailer: TINY_SHA,
      hash: 'verified',
      pageSize: 4096,
      boltSize: 655360
    })
    expect(Buffer.compare(readFileSync(dest), TINY_DB)).toBe(0)
    expect(statSync(dest).mode & 0o777).toBe(0o600)
    expect(progress.at(-1)).toBe(655392)
  })

  it('a saved snapshot with --skip-hash-check: trailer stripped, not checked', async () => {
    const { src, dest } = setup(TINY)
    const copy = await copyAndVerify(src, dest, { skipHashCheck: true })
    expect(copy.hash).toBe('skipped')
    expect(copy.trailer).toBe(TINY_SHA)
    expect(Buffer.compare(readFileSync(dest), TINY_DB)).toBe(0)
  })

  it('a raw db without --skip-hash-check: MissingHashError suggesting the flag', async () => {
    await expectFailure(
      TINY_DB,
      false,
      MissingHashError,
      /raw member\/snap\/db copy.*--skip-hash-check/
    )
  })

  it('a raw db with --skip-hash-check: accepted, hash absent', async () => {
    const { src, dest } = setup(TINY_DB)
    const copy = await copyAndVerify(src, dest, { skipHashCheck: true })
    expect(copy).toMatchObject({ hash: 'absent', dbSize: 655360, sha256: TINY_SHA })
    expect(copy.trailer).toBeUndefined()
    expect(Buffer.compare(readFileSync(dest), TINY_DB)).toBe(0)
  })

  it('a flipped byte: HashMismatchError naming both hashes; source untouched', async () => {
    const bad = Buffer.from(TINY)
    bad[300_000]! ^= 0x01
    const fileSha = sha256(bad.subarray(0, 655360)).toString('hex')
    await expectFailure(
      bad,
      false,
      HashMismatchError,
      new RegExp(`sha256 mismatch: trailer ${TINY_SHA} file ${fileSha} — the snapshot is corrupt`)
    )
  })

  it('a flipped byte with --skip-hash-check: accepted, trailer stripped', async () => {
    const bad = Buffer.from(TINY)
    bad[300_000]! ^= 0x01
    const { src, dest } = setup(bad)
    const copy = await copyAndVerify(src, dest, { skipHashCheck: true })
    expect(copy.hash).toBe('skipped')
    expect(Buffer.compare(readFileSync(dest), bad.subarray(0, 655360))).toBe(0)
  })

  it('the vectors snapshot (20,512 bytes) verifies', async () => {
    const { src, dest } = setup(readFileSync(SOURCE))
    const copy = await copyAndVerify(src, dest, { skipHashCheck: false })
    expect(copy).toMatchObject({ dbSize: 20480, hash: 'verified', boltSize: 20480 })
  })
})

describe('copyAndVerify: truncated files', () => {
  it.each([
    ['odd size', TINY.subarray(0, 400_000), false],
    ['odd size, skip', TINY.subarray(0, 400_000), true],
    ['page-aligned (looks like a raw db)', TINY.subarray(0, 327_680), false],
    ['page-aligned, skip', TINY.subarray(0, 327_680), true],
    ['page-aligned + 32 stale bytes (looks like a trailer)', TINY.subarray(0, 327_712), false],
    ['with a recomputed trailer', withTrailer(TINY.subarray(0, 327_680)), false],
    ['only the two meta pages, recomputed trailer', withTrailer(TINY.subarray(0, 8192)), false]
  ])('%s → TruncatedSnapshotError naming both sizes', async (_name, bytes, skip) => {
    await expectFailure(
      bytes,
      skip,
      TruncatedSnapshotError,
      /is truncated: .* bytes .* = 655360 bytes/
    )
  })
})

describe('copyAndVerify: not a snapshot', () => {
  it('a missing file', async () => {
    const error = await copyAndVerify(join(dir, 'nope.db'), join(dir, 'x'), {
      skipHashCheck: false
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SnapshotError)
    expect((error as Error).message).toMatch(/nope\.db does not exist/)
  })

  it('a directory', async () => {
    const sub = mkdtempSync(join(dir, 'd-'))
    const error = await copyAndVerify(sub, join(dir, 'y'), { skipHashCheck: true }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(SnapshotError)
    expect((error as Error).message).toMatch(/is a directory/)
  })

  it('an unreadable file', async () => {
    if (process.getuid?.() === 0) return // root reads anything
    const { src, dest } = setup(TINY)
    chmodSync(src, 0o000)
    const error = await copyAndVerify(src, dest, { skipHashCheck: false }).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/not readable/)
  })

  it('an empty file', async () => {
    await expectFailure(new Uint8Array(0), true, SnapshotError, /is empty/)
  })

  it('a 31-byte file', async () => {
    await expectFailure(Buffer.alloc(31, 7), true, SnapshotError, /only 31 bytes: too small/)
    await expectFailure(Buffer.alloc(31, 7), false, SnapshotError, /only 31 bytes: too small/)
  })

  it('a text file with a valid-looking trailer', async () => {
    const text = Buffer.alloc(4096, 'hello etcd\n')
    await expectFailure(
      withTrailer(text),
      false,
      SnapshotError,
      /not an etcd snapshot: .*not a bbolt database.*bad magic/
    )
  })

  it('an unwritable staging path is a TargetError, not the snapshot’s fault', async () => {
    const { src } = setup(TINY)
    const error = await copyAndVerify(src, join(dir, 'no-such-dir', 'db'), {
      skipHashCheck: false
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TargetError)
    expect((error as Error).message).toMatch(/cannot create .*no-such-dir/)
  })

  it('a destination that is the source itself', async () => {
    const { src } = setup(TINY)
    const error = await copyAndVerify(src, src, { skipHashCheck: false }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TargetError)
    expect(Buffer.compare(readFileSync(src), TINY)).toBe(0)
  })
})

describe('copyAndVerify: background writeback', () => {
  it('fdatasyncs along the way without changing the copy, the hash or the verdicts', async () => {
    // every 4 KiB: many writebacks start (one at a time) while later chunks are written
    const { src, dest } = setup(TINY, 'snap.db')
    const copy = await copyAndVerify(src, dest, {
      skipHashCheck: false,
      fsync: false,
      writebackEvery: 4096
    })
    expect(copy).toMatchObject({ dbSize: 655360, hash: 'verified' })
    expect(Buffer.compare(readFileSync(dest), TINY_DB)).toBe(0)
    const gz = setup(zlib.gzipSync(TINY), 'snap.db.gz')
    const fromGzip = await copyAndVerify(gz.src, gz.dest, {
      skipHashCheck: false,
      writebackEvery: 1
    })
    expect(fromGzip).toMatchObject({ compression: 'gzip', dbSize: 655360, hash: 'verified' })
    expect(Buffer.compare(readFileSync(gz.dest), TINY_DB)).toBe(0)
  })
})

describe('copyAndVerify: compressed snapshots', () => {
  it('gzip: decompressed, verified, compression reported', async () => {
    const gz = zlib.gzipSync(TINY)
    const { src, dest } = setup(gz, 'snap.db.gz')
    const copy = await copyAndVerify(src, dest, { skipHashCheck: false })
    expect(copy).toMatchObject({
      fileSize: gz.length,
      compression: 'gzip',
      dbSize: 655360,
      hash: 'verified'
    })
    expect(Buffer.compare(readFileSync(dest), TINY_DB)).toBe(0)
  })

  it('gzip of a raw db follows the size rule of the decompressed bytes', async () => {
    await expectFailure(zlib.gzipSync(TINY_DB), false, MissingHashError, /raw member\/snap\/db/)
  })

  it('a truncated gzip file is a SnapshotError', async () => {
    const gz = zlib.gzipSync(TINY)
    await expectFailure(
      gz.subarray(0, gz.length - 100),
      false,
      SnapshotError,
      /gzip data is corrupt or truncated/
    )
  })

  it.runIf(zstdSupported())('zstd: decompressed and verified', async () => {
    const zst = (
      zlib as unknown as { zstdCompressSync: (b: Uint8Array) => Buffer }
    ).zstdCompressSync(TINY)
    const { src, dest } = setup(zst, 'snap.db.zst')
    const copy = await copyAndVerify(src, dest, { skipHashCheck: false })
    expect(copy).toMatchObject({ compression: 'zstd', dbSize: 655360, hash: 'verified' })
    expect(Buffer.compare(readFileSync(dest), TINY_DB)).toBe(0)
    await expectFailure(
      zst.subarray(0, zst.length - 50),
      false,
      SnapshotError,
      /zstd data is corrupt or truncated/
    )
  })

  it.skipIf(zstdSupported())('zstd on a Node without zstd: clear SnapshotError', async () => {
    console.warn(
      `SKIP zstd decompression tests: Node ${process.versions.node} has no zlib.createZstdDecompress (run under Node 24)`
    )
    const zst = zstdCli(TINY) ?? Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0, 0])
    await expectFailure(zst, false, SnapshotError, /zstd snapshots need Node 24/)
  })
})

/** zstd-compresses with the `zstd` CLI when it is installed. */
function zstdCli(bytes: Uint8Array): Buffer | undefined {
  const r = spawnSync('zstd', ['-q', '-c'], { input: bytes, maxBuffer: 64 * 1024 * 1024 })
  return r.status === 0 ? r.stdout : undefined
}

describe('copyAndVerify with a digest from elsewhere (a hash worker over the same plain file): a kernel copy', () => {
  it('takes it for the verdict: the right one verifies, a wrong one is a hash mismatch', async () => {
    const { src, dest } = setup(TINY)
    const copy = await copyAndVerify(src, dest, {
      skipHashCheck: false,
      digest: Promise.resolve(sha256(TINY_DB))
    })
    expect(copy).toMatchObject({ hash: 'verified', sha256: TINY_SHA, dbSize: 655360 })
    expect(Buffer.compare(readFileSync(dest), TINY_DB)).toBe(0)
    // copied by the kernel: still cut to the database bytes, and 0600 whatever the source's mode
    const shared = setup(TINY)
    chmodSync(shared.src, 0o644)
    await copyAndVerify(shared.src, shared.dest, {
      skipHashCheck: false,
      digest: Promise.resolve(sha256(TINY_DB))
    })
    expect(statSync(shared.dest).mode & 0o777).toBe(0o600)
    expect(Buffer.compare(readFileSync(shared.dest), TINY_DB)).toBe(0)
    const raw = setup(TINY_DB)
    expect(
      await copyAndVerify(raw.src, raw.dest, {
        skipHashCheck: true,
        digest: Promise.resolve(sha256(TINY_DB))
      })
    ).toMatchObject({ hash: 'absent', dbSize: 655360, sha256: TINY_SHA })
    expect(Buffer.compare(readFileSync(raw.dest), TINY_DB)).toBe(0)
    const wrong = setup(TINY)
    await expect(
      copyAndVerify(wrong.src, wrong.dest, {
        skipHashCheck: false,
        digest: Promise.resolve(sha256(new Uint8Array(1)))
      })
    ).rejects.toBeInstanceOf(HashMismatchError)
    expect(existsSync(wrong.dest)).toBe(false)
  })

  it("fails as the digest does (and removes the copy); a compressed source's is ignored", async () => {
    const { src, dest } = setup(TINY)
    await expect(
      copyAndVerify(src, dest, {
        skipHashCheck: false,
        digest: Promise.reject(new SnapshotError('cannot read snapshot: gone'))
      })
    ).rejects.toThrow('cannot read snapshot: gone')
    expect(existsSync(dest)).toBe(false)
    const gz = setup(zlib.gzipSync(TINY), 'snap.db.gz')
    const copy = await copyAndVerify(gz.src, gz.dest, {
      skipHashCheck: false,
      digest: Promise.resolve(sha256(new Uint8Array(1)))
    })
    expect(copy).toMatchObject({ hash: 'verified', sha256: TINY_SHA, compression: 'gzip' })
  })
})
