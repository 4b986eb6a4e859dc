/**
 * HashKV's candidates (hashkv-stream.ts): entries at or below the compact revision whose fate
 * is decided by later entries of the same user key. Each candidate keeps its CRC and length, in
 * the order added; the latest one of each user key is found by the key's fingerprint
 * (key-fingerprints.ts), not by the key itself: ~41 B per key in all (a Map of key strings cost
 * ~500 B per key; a 412,000-key snapshot: ~210 MB and 3 s of garbage collection).
 */
import { KeyFingerprints } from './key-fingerprints.js'
import { freeNow } from '../heap.js'

const INITIAL_CANDIDATES = 1024

export class CandidateSet {
  /** Candidates added (superseded ones included). */
  count = 0
  /** Candidates not superseded. */
  live = 0

  /** user key → its latest candidate's index + 1 */
  private readonly latest = new KeyFingerprints()

  // per candidate, in the order added
  private crcs = new Uint32Array(INITIAL_CANDIDATES)
  private lengths = new Uint32Array(INITIAL_CANDIDATES)
  private alive = new Uint8Array(INITIAL_CANDIDATES)

  /** Marks the latest candidate of `key`, if any, superseded; returns the key's slot. */
  supersede(key: Uint8Array): number {
    const slot = this.latest.slotOf(key)
    const index = this.latest.get(slot)
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
    this.latest.set(slot, index + 1)
  }

  /** The live candidates' CRC and length, in the order added. */
  forEachLive(visit: (crc: number, length: number) => void): void {
    for (let i = 0; i < this.count; i++)
      if (this.alive[i] === 1) visit(this.crcs[i]!, this.lengths[i]!)
  }

  /**
   * Empties the set and keeps its memory, for the next sweep of a db like the last one (the
   * compacting restore's output after its source; see KeyFingerprints.reset).
   */
  reset(): void {
    this.count = this.live = 0
    this.latest.reset()
  }

  /** Gives the memory back; the set is empty. */
  clear(): void {
    this.latest.clear()
    this.count = this.live = 0
    freeNow(this.crcs, this.lengths, this.alive)
    this.crcs = new Uint32Array(INITIAL_CANDIDATES)
    this.lengths = new Uint32Array(INITIAL_CANDIDATES)
    this.alive = new Uint8Array(INITIAL_CANDIDATES)
  }

  private growCandidates(): void {
    const size = this.crcs.length * 2
    const crcs = new Uint32Array(size)
    const lengths = new Uint32Array(size)
    const alive = new Uint8Array(size)
    crcs.set(this.crcs)
    lengths.set(this.lengths)
    alive.set(this.alive)
    freeNow(this.crcs, this.lengths, this.alive)
    this.crcs = crcs
    this.lengths = lengths
    this.alive = alive
  }
}
