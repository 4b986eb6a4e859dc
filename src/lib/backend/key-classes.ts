/**
 * A table of user keys in bounded memory, by classes: a sweep that needs one number per distinct
 * key (HashKV's keep set) tracks only the keys whose hash falls in one class (hash mod modulus =
 * residue, the modulus a power of two), and sweeps again for each class left. A class whose table
 * would pass `maxKeys` is halved on the spot: it keeps the half of its keys with the next hash bit
 * clear (already tracked since the sweep began) and leaves the other half to a later sweep. One
 * class, all keys, in one sweep, while they fit; a db with 4 times the bound's distinct keys
 * takes ~5-6 sweeps, never more memory (KeyFingerprints: 16 B per slot, at most half used,
 * halved in place).
 */
import { KeyFingerprints } from './key-fingerprints.js'

interface KeyClass {
  residue: number
  /** A power of two, at most 2^31. */
  modulus: number
}

export class KeyClasses {
  private readonly pending: KeyClass[] = []
  private residue = 0
  private modulus = 1
  /** Sweeps begun (the first one: every key). */
  sweeps = 0

  private readonly table = new KeyFingerprints()

  constructor(private readonly maxKeys: number) {}

  /**
   * Starts the next sweep, on the next class left; false when every class is done. The table is
   * emptied (its memory kept).
   */
  nextSweep(): boolean {
    if (this.sweeps > 0) {
      const next = this.pending.pop()
      if (next === undefined) return false
      this.residue = next.residue
      this.modulus = next.modulus
      this.table.reset()
    }
    this.sweeps++
    return true
  }

  /** The slot of `key` when it is in this sweep's class, else -1 (valid until the next set). */
  slotOf(key: Uint8Array): number {
    return this.inClass(this.table.firstHash(key)) ? this.table.slotOfHashed(key) : -1
  }

  /**
   * slotOf, with the key's whole fingerprint computed whatever its class (lastA, lastB, lastC):
   * for a sweep that writes every key's fingerprint down (entry-spill.ts).
   */
  slotOfEvery(key: Uint8Array): number {
    this.table.firstHash(key)
    this.table.restOfHash(key)
    return this.inClass(this.table.lastA) ? this.table.reprobe() : -1
  }

  /** The fingerprint slotOfEvery() computed (three unsigned words), to write down. */
  get lastA(): number {
    return this.table.lastA
  }

  get lastB(): number {
    return this.table.lastB
  }

  get lastC(): number {
    return this.table.lastC
  }

  /** slotOf for a key known by its fingerprint. */
  slotOfFingerprint(a: number, b: number, c: number): number {
    return this.inClass(a) ? this.table.slotOfFingerprint(a, b, c) : -1
  }

  /** The value at `slot`; 0 when the key is not tracked. */
  get(slot: number): number {
    return this.table.get(slot)
  }

  /**
   * Sets the value (not 0) of the key whose slot a slotOf…() just returned. A new key past the
   * bound halves the class first; the key may then be left to a later sweep (nothing is set).
   */
  set(slot: number, value: number): void {
    if (this.table.get(slot) === 0 && this.table.size >= this.maxKeys) {
      while (this.table.size >= this.maxKeys / 2 && this.modulus < 2 ** 31) {
        this.pending.push({ residue: this.residue + this.modulus, modulus: this.modulus * 2 })
        this.modulus *= 2
        this.table.retain((hash) => this.inClass(hash))
      }
      if (!this.inClass(this.table.lastA)) return
      slot = this.table.reprobe()
    }
    this.table.set(slot, value)
  }

  /** Keys tracked in this sweep. */
  get size(): number {
    return this.table.size
  }

  /** Every tracked key's value, in no particular order. */
  forEachValue(visit: (value: number) => void): void {
    this.table.forEachValue(visit)
  }

  /** Gives the table's memory back, after the last sweep. */
  clear(): void {
    this.table.clear()
  }

  private inClass(hash: number): boolean {
    // modulus 2^31 at most: the mask stays a positive int32
    return (hash & (this.modulus - 1)) === this.residue
  }
}
