import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import zlib from 'node:zlib'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { SnapshotError } from '../../../src/lib/errors.js'
import { assertUnchanged, plainSnapshot } from '../../../src/lib/snapshot/source-identity.js'
import { fixturePath } from '../../helpers/bolt-fixtures.js'

const SNAPSHOT = readFileSync(fixturePath('tiny-snapshot.db')) // 655,392 bytes: with trailer
const DB_SIZE = SNAPSHOT.length - 32

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'source-identity-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

describe('plainSnapshot', () => {
  test('a snapshot with its trailer: the database is the file minus 32 bytes', () => {
    const path = file('s.db', SNAPSHOT)
    expect(plainSnapshot(path)).toMatchObject({ path, dbSize: DB_SIZE })
  })

  test('a raw db copy (no trailer): the whole file', () => {
    const path = file('raw.db', SNAPSHOT.subarray(0, DB_SIZE))
    expect(plainSnapshot(path)?.dbSize).toBe(DB_SIZE)
  })

  test('a symlink to a snapshot is followed', () => {
    const path = file('s.db', SNAPSHOT)
    symlinkSync(path, join(dir, 'link'))
    expect(plainSnapshot(join(dir, 'link'))?.dbSize).toBe(DB_SIZE)
  })

  test('anything else is left to the verifying pass: compressed, not bbolt, short, missing, dir, FIFO', () => {
    const fifo = join(dir, 'fifo')
    execFileSync('mkfifo', [fifo])
    mkdirSync(join(dir, 'folder'))
    for (const path of [
      file('s.db.gz', zlib.gzipSync(SNAPSHOT)),
      file('text', Buffer.from('hello, this is not a bbolt file at all')),
      file('short', SNAPSHOT.subarray(0, 19)),
      file('empty', new Uint8Array(0)),
      join(dir, 'missing'),
      join(dir, 'folder'),
      fifo // never opened for reading: that would block
    ]) {
      expect(plainSnapshot(path), path).toBeUndefined()
    }
  })
})

describe('assertUnchanged', () => {
  test('passes while nothing touched the file', () => {
    const path = file('s.db', SNAPSHOT)
    const plain = plainSnapshot(path)!
    readFileSync(path) // reading changes nothing
    expect(() => assertUnchanged(plain)).not.toThrow()
  })

  test('a rewrite with the same bytes and size still counts as a change (ctime)', () => {
    const path = file('s.db', SNAPSHOT)
    const plain = plainSnapshot(path)!
    writeFileSync(path, SNAPSHOT)
    expect(() => assertUnchanged(plain)).toThrow(SnapshotError)
    expect(() => assertUnchanged(plain)).toThrow(/changed while it was being restored/)
  })

  test('an mtime put back by hand is still caught (ctime moves)', () => {
    const path = file('s.db', SNAPSHOT)
    const plain = plainSnapshot(path)!
    utimesSync(path, new Date(0), new Date(0))
    expect(() => assertUnchanged(plain)).toThrow(SnapshotError)
  })

  test('a file replaced or removed', () => {
    const path = file('s.db', SNAPSHOT)
    const plain = plainSnapshot(path)!
    rmSync(path)
    expect(() => assertUnchanged(plain)).toThrow(/went away/)
    file('s.db', SNAPSHOT)
    expect(() => assertUnchanged(plain)).toThrow(/changed/)
  })
})
