/**
 * The corrupt-input corpus: every case is generated from a real etcd 3.4.23 snapshot by a pure
 * function (bytes in, bytes out), so the CLI test and the fuzzer share one vocabulary of damage.
 * A case carries the error line the tool must print (`expect`), and `skipExpect` when
 * --skip-hash-check changes which problem is found first. `modes` limits a case to the runs
 * where it is a bad input at all (a flipped value byte is only detectable through the hash).
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { fixMetaChecksums, layoutOf } from './layout.js'
import { fileSpecs, pseudoRandomBytes, PS, type Mode, type Spec } from './mutation-specs.js'
import { pageSpecs } from './page-specs.js'

export { pseudoRandomBytes, type Mode }

export interface CorruptCase {
  name: string
  /** The whole input file as written to disk. */
  bytes: Uint8Array
  /** What the single `Error: …` line must match (with the hash checked). */
  expect: RegExp
  /** Same, with --skip-hash-check; defaults to `expect`. */
  skipExpect?: RegExp
  /** Runs in which the input is bad; default both. */
  modes?: Mode[]
}

export const TRAILER = 32

export function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(bytes).digest())
}

/** db bytes + their sha256, as `etcdctl snapshot save` writes a snapshot. */
export function withTrailer(db: Uint8Array): Uint8Array {
  const out = new Uint8Array(db.length + TRAILER)
  out.set(db)
  out.set(sha256(db), db.length)
  return out
}

/** Files that are not a damaged snapshot at all: built from scratch, not from a fixture. */
function rawCases(tiny: Uint8Array): CorruptCase[] {
  const gz = gzipSync(pseudoRandomBytes(8 * PS + TRAILER, 11))
  return [
    { name: 'empty-file', bytes: new Uint8Array(0), expect: /is empty \(0 bytes\)/ },
    { name: 'one-byte', bytes: new Uint8Array([0x42]), expect: /only 1 bytes: too small/ },
    {
      name: 'trailer-sized-file',
      bytes: pseudoRandomBytes(32, 3),
      expect: /only 32 bytes: too small/
    },
    { name: 'thirty-three-bytes', bytes: pseudoRandomBytes(33, 5), expect: /only 33 bytes/ },
    {
      name: 'trailer-only-of-empty-db',
      bytes: withTrailer(new Uint8Array(0)),
      expect: /only 32 bytes: too small/
    },
    {
      name: 'gzip-of-garbage',
      bytes: new Uint8Array(gz),
      expect: /gzip data is not an etcd snapshot: its first page has no bbolt magic/
    },
    {
      name: 'gzip-truncated',
      bytes: new Uint8Array(gzipSync(tiny)).subarray(0, 3000),
      expect: /gzip/
    },
    {
      name: 'zstd-magic-garbage',
      bytes: new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, ...pseudoRandomBytes(4000, 13)]),
      expect: /zstd/
    }
  ]
}

function build(spec: Spec, file: Uint8Array): CorruptCase {
  const db = file.slice(0, file.length - TRAILER)
  const layout = layoutOf(db)
  let out = spec.edit(db, layout) ?? db
  if (spec.fixMeta) fixMetaChecksums(out, PS)
  const trailer = spec.trailer ?? 'rehash'
  if (trailer === 'rehash') out = withTrailer(out)
  else if (trailer === 'stale') {
    const stale = new Uint8Array(out.length + TRAILER)
    stale.set(out)
    stale.set(file.subarray(file.length - TRAILER), out.length)
    out = stale
  } else out = out.slice()
  return {
    name: spec.name,
    bytes: out,
    expect: spec.expect,
    ...(spec.skipExpect ? { skipExpect: spec.skipExpect } : {}),
    ...(spec.modes ? { modes: spec.modes } : {})
  }
}

/**
 * Every corrupt input, from the two fixture snapshots as read from disk (trailer included).
 * The page numbers in the expectations are those of test/fixtures/tiny-snapshot.db.
 */
export function corruptCases(files: { tiny: Uint8Array; source: Uint8Array }): CorruptCase[] {
  return [
    ...[...fileSpecs, ...pageSpecs].map((s) =>
      build(s, s.base === 'source' ? files.source : files.tiny)
    ),
    ...rawCases(files.tiny)
  ]
}
