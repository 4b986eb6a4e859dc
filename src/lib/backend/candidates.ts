/**
 * HashKV's candidates (hashkv-stream.ts): entries at or below the compact revision whose fate
 * is decided by later entries of the same user key. Each candidate keeps its CRC and length, in
 * the order added; the latest one of each user key is found by a 96-bit fingerprint of the key
 * (FNV-1a, a multiply-xorshift hash and CRC-32C: three unrelated 32-bit hashes), not by the key
 * itself. Keys held as strings in a Map cost ~500 B each in V8 (a 412,000-key snapshot: ~210 MB
 * and 3 s of garbage collection); here ~41 B, in typed arrays the collector never scans. Two
 * distinct keys share a fingerprint with probability 2^-96 per pair (5 million keys: ~10^-16).
 */
import { crc32cUpdate } from '../wal/crc32c.js'

const INITIAL_SLOTS = 1024
const INITIAL_CANDIDATES = 1024

export class CandidateSet {
  /** Candidates added (superseded ones included). */
  count = 0
  /** Candidates not superseded. */
  live = 0

  // open addressing, linear probing, at most half full: a slot holds a key's fingerprint and
  // (its latest candidate's index + 1); 0 = empty
  private mask = INITIAL_SLOTS - 1
  private slotsUsed = 0
  private hashA = new Uint32Array(INITIAL_SLOTS)
  private hashB = new Uint32Array(INITIAL_SLOTS)
  private hashC = new Uint32Array(INITIAL_SLOTS)
  private latest = new Uint32Array(INITIAL_SLOTS)

  // per candidate, in the order added
  private crcs = new Uint32Array(INITIAL_CANDIDATES)
  private lengths = new Uint32Array(INITIAL_CANDIDATES)
  private alive = new Uint8Array(INITIAL_CANDIDATES)

  // the fingerprint find() computed last
  private a = 0
  private b = 0
  private c = 0

  /** Marks the latest candidate of `key`, if any, superseded; returns the key's slot. */
  supersede(key: Uint8Array): number {
    const slot = this.find(key)
    const index = this.latest[slot]!
    if (index !== 0 && this.alive[index - 1] === 1) {
      this.alive[index - 1] = 0
      this.live--
    }
    return slot
  }

  /** Adds the latest candidate of the key supersede() just returned `slot` for. */
  add(slot: number, crc: number, length: number): void {
    if (this.count === this.crcs.length) this.growCandidates()
    const index = this.count++
    this.crcs[index] = crc
    this.lengths[index] = length
    this.alive[index] = 1
    this.live++
    if (this.latest[slot] === 0) {
      this.hashA[slot] = this.a
      this.hashB[slot] = this.b
      this.hashC[slot] = this.c
      this.slotsUsed++
    }
    this.latest[slot] = index + 1
    if (this.slotsUsed * 2 > this.mask + 1) this.growSlots()
  }

  /** The live candidates' CRC and length, in the order added. */
  forEachLive(visit: (crc: number, length: number) => void): void {
    for (let i = 0; i < this.count; i++)
      if (this.alive[i] === 1) visit(this.crcs[i]!, this.lengths[i]!)
  }

  /** Gives the memory back; the set is empty. */
  clear(): void {
    this.count = this.live = this.slotsUsed = 0
    this.mask = INITIAL_SLOTS - 1
    this.hashA = new Uint32Array(INITIAL_SLOTS)
    this.hashB = new Uint32Array(INITIAL_SLOTS)
    this.hashC = new Uint32Array(INITIAL_SLOTS)
    this.latest = new Uint32Array(INITIAL_SLOTS)
    this.crcs = new Uint32Array(INITIAL_CANDIDATES)
    this.lengths = new Uint32Array(INITIAL_CANDIDATES)
    this.alive = new Uint8Array(INITIAL_CANDIDATES)
  }

  /** The slot of `key`'s fingerprint, or the empty slot where it goes. */
  private find(key: Uint8Array): number {
    let a = 0x811c9dc5 // FNV-1a
    let b = 0x9747b28c ^ key.length // multiply-xorshift
    for (let i = 0; i < key.length; i++) {
      const byte = key[i]!
      a = Math.imul(a ^ byte, 0x01000193)
      b = Math.imul(b ^ byte, 0x5bd1e995)
      b ^= b >>> 15
    }
    this.a = a >>> 0
    this.b = b >>> 0
    this.c = crc32cUpdate(0, key)
    return this.probe(this.a, this.b, this.c)
  }

  private probe(a: number, b: number, c: number): number {
    const mask = this.mask
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask
    while (this.latest[slot] !== 0) {
      if (this.hashA[slot] === a && this.hashB[slot] === b && this.hashC[slot] === c) return slot
      slot = (slot + 1) & mask
    }
    return slot
  }

  private growSlots(): void {
    const { hashA, hashB, hashC, latest } = this
    const size = (this.mask + 1) * 2
    this.mask = size - 1
    this.hashA = new Uint32Array(size)
    this.hashB = new Uint32Array(size)
    this.hashC = new Uint32Array(size)
    this.latest = new Uint32Array(size)
    for (let old = 0; old < latest.length; old++) {
      if (latest[old] === 0) continue
      const slot = this.probe(hashA[old]!, hashB[old]!, hashC[old]!)
      this.hashA[slot] = hashA[old]!
      this.hashB[slot] = hashB[old]!
      this.hashC[slot] = hashC[old]!
      this.latest[slot] = latest[old]!
    }
  }

  private growCandidates(): void {
    const size = this.crcs.length * 2
    const grown = <T extends Uint32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from)
      return to
    }
    this.crcs = grown(this.crcs, new Uint32Array(size))
    this.lengths = grown(this.lengths, new Uint32Array(size))
    this.alive = grown(this.alive, new Uint8Array(size))
  }
}
