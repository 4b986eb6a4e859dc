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

  // open addressing, linear probing, at most half full: slot i is slots[4i..4i+3], a key's
  // fingerprint (3 words) and its latest candidate's index + 1 (0 = empty slot)
  private mask = INITIAL_SLOTS - 1
  private slotsUsed = 0
  private slots = new Uint32Array(4 * INITIAL_SLOTS)

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
    const index = this.slots[4 * slot + 3]!
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
    const at = 4 * slot
    if (this.slots[at + 3] === 0) {
      this.slots[at] = this.a
      this.slots[at + 1] = this.b
      this.slots[at + 2] = this.c
      this.slotsUsed++
    }
    this.slots[at + 3] = index + 1
    if (this.slotsUsed * 2 > this.mask + 1) this.growSlots()
  }

  /** The live candidates' CRC and length, in the order added. */
  forEachLive(visit: (crc: number, length: number) => void): void {
    for (let i = 0; i < this.count; i++)
      if (this.alive[i] === 1) visit(this.crcs[i]!, this.lengths[i]!)
  }

  /**
   * Empties the set and keeps its memory, for the next sweep of a db like the last one (the
   * compacting restore's output after its source): on the VMs measured, touching fresh memory
   * costs ~3.5 ms per MB, more than clearing used memory.
   */
  reset(): void {
    this.count = this.live = this.slotsUsed = 0
    this.slots.fill(0)
  }

  /** Gives the memory back; the set is empty. */
  clear(): void {
    this.count = this.live = this.slotsUsed = 0
    this.mask = INITIAL_SLOTS - 1
    this.slots = new Uint32Array(4 * INITIAL_SLOTS)
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
    const slots = this.slots
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask
    for (;;) {
      const at = 4 * slot
      if (slots[at + 3] === 0) return slot
      if (slots[at] === a && slots[at + 1] === b && slots[at + 2] === c) return slot
      slot = (slot + 1) & mask
    }
  }

  private growSlots(): void {
    const old = this.slots
    this.mask = (this.mask + 1) * 2 - 1
    this.slots = new Uint32Array(4 * (this.mask + 1))
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 3] === 0) continue
      const to = 4 * this.probe(old[at]!, old[at + 1]!, old[at + 2]!)
      this.slots[to] = old[at]!
      this.slots[to + 1] = old[at + 1]!
      this.slots[to + 2] = old[at + 2]!
      this.slots[to + 3] = old[at + 3]!
    }
  }

  private growCandidates(): void {
    const size = this.crcs.length * 2
    const crcs = new Uint32Array(size)
    const lengths = new Uint32Array(size)
    const alive = new Uint8Array(size)
    crcs.set(this.crcs)
    lengths.set(this.lengths)
    alive.set(this.alive)
    this.crcs = crcs
    this.lengths = lengths
    this.alive = alive
  }
}
