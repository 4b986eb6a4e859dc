/**
 * A table from user keys to one 32-bit number each, keyed by a 96-bit fingerprint of the key
 * (FNV-1a, a multiply-xorshift hash and CRC-32C: three unrelated 32-bit hashes), not by the key
 * itself: 16 bytes per slot, at most half the slots used, in a typed array the garbage collector
 * never scans. Keys held as strings in a Map cost ~500 B each in V8. Two distinct keys share a
 * fingerprint with probability 2^-96 per pair (5 million keys: ~10^-16).
 *
 * Used by HashKV's candidates (candidates.ts) and `snapshot status`'s live keys (status.ts); the
 * inventory keeps KeyHash's 64 bits in sorted runs instead (inventory/live-keys.ts).
 */
import { crc32cUpdate } from '../wal/crc32c.js'
import { freeNow } from '../heap.js'

const INITIAL_SLOTS = 1024

/**
 * Two unrelated 32-bit hashes of a key (FNV-1a and a multiply-xorshift), computed in one loop:
 * KeyFingerprints adds CRC-32C for 96 bits; the inventory's live-key runs keep these 64.
 */
export class KeyHash {
  a = 0
  b = 0

  /** Sets `a` and `b` to the hashes of `key` (unsigned). */
  of(key: Uint8Array): void {
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
  }
}

export class KeyFingerprints {
  /** Keys in the table. */
  size = 0

  // open addressing, linear probing: slot i is slots[4i..4i+3], a key's fingerprint (3 words)
  // and its value (0 = empty slot)
  private mask = INITIAL_SLOTS - 1
  private slots = new Uint32Array(4 * INITIAL_SLOTS)

  private readonly hash = new KeyHash()
  // the fingerprint slotOf() computed last
  private a = 0
  private b = 0
  private c = 0

  /** The slot of `key`: its own, or the empty one where it goes (valid until the next set). */
  slotOf(key: Uint8Array): number {
    this.firstHash(key)
    return this.slotOfHashed(key)
  }

  /**
   * The first 32 bits of `key`'s fingerprint (FNV-1a), computed alone: what splits the keys into
   * classes (key-classes.ts), so a key of no interest costs one hash loop, not three and a probe.
   */
  firstHash(key: Uint8Array): number {
    const hash = this.hash
    hash.of(key)
    this.a = hash.a
    this.b = hash.b
    return this.a
  }

  /** slotOf for the key firstHash() just saw. */
  slotOfHashed(key: Uint8Array): number {
    this.restOfHash(key)
    return this.reprobe()
  }

  /**
   * The rest of the fingerprint of the key firstHash() just saw (lastC), with no probe: for a
   * key whose whole fingerprint is wanted whatever its class (see KeyClasses.slotOfEvery).
   */
  restOfHash(key: Uint8Array): void {
    this.c = crc32cUpdate(0, key)
  }

  /** slotOf for a key known by its fingerprint (lastA, lastB and lastC of an earlier key). */
  slotOfFingerprint(a: number, b: number, c: number): number {
    this.a = a
    this.b = b
    this.c = c
    return this.probe(a, b, c)
  }

  /** The fingerprint of the key slotOf() (or its parts) saw last: three unsigned words. */
  get lastA(): number {
    return this.a
  }

  get lastB(): number {
    return this.b
  }

  get lastC(): number {
    return this.c >>> 0
  }

  /**
   * The slot of the key whose fingerprint was computed last (firstHash and restOfHash, or a
   * slotOf…), also after the table changed (retain).
   */
  reprobe(): number {
    return this.probe(this.a, this.b, this.c)
  }

  /** The value at `slot`; 0 when the key is not in the table. */
  get(slot: number): number {
    return this.slots[4 * slot + 3]!
  }

  /**
   * Sets the value (not 0) of the key slotOf() just returned `slot` for, adding the key when it
   * is new.
   */
  set(slot: number, value: number): void {
    const at = 4 * slot
    if (this.slots[at + 3] === 0) {
      this.slots[at] = this.a
      this.slots[at + 1] = this.b
      this.slots[at + 2] = this.c
      this.size++
    }
    this.slots[at + 3] = value
    if (this.size * 2 > this.mask + 1) this.grow()
  }

  /** Calls `visit` with every value in the table, in no particular order. */
  forEachValue(visit: (value: number) => void): void {
    const slots = this.slots
    for (let at = 3; at < slots.length; at += 4) if (slots[at] !== 0) visit(slots[at]!)
  }

  /**
   * Empties the table and keeps its memory, for the next sweep of a db like the last one: on
   * the VMs measured, touching fresh memory costs ~3.5 ms per MB, more than clearing used memory.
   */
  reset(): void {
    this.size = 0
    this.slots.fill(0)
  }

  /**
   * Drops every key whose first hash (see firstHash) fails `keep`, in place, with no second
   * table (a copy per halving, or a kept one, was 8 MB more at a 4 GB db's peak). Each key left
   * is taken out and put back where a probe from its home now finds a slot, visiting the slots
   * in order from one that was empty: a key's probe path never crossed that slot, so it lands
   * at or before its old slot, among keys already placed, and no probe path crosses a hole.
   */
  retain(keep: (hash: number) => boolean): void {
    const slots = this.slots
    const count = this.mask + 1
    let empty = 0
    while (slots[4 * empty + 3] !== 0) empty++ // at most half the slots are used
    for (let step = 1; step < count; step++) {
      const at = 4 * ((empty + step) & this.mask)
      const value = slots[at + 3]!
      if (value === 0) continue
      const a = slots[at]!
      const b = slots[at + 1]!
      const c = slots[at + 2]!
      slots.fill(0, at, at + 4)
      this.size--
      if (!keep(a)) continue
      const to = 4 * this.probe(a, b, c)
      slots[to] = a
      slots[to + 1] = b
      slots[to + 2] = c
      slots[to + 3] = value
      this.size++
    }
  }

  /** Gives the memory back; the table is empty. */
  clear(): void {
    this.size = 0
    this.mask = INITIAL_SLOTS - 1
    freeNow(this.slots)
    this.slots = new Uint32Array(4 * INITIAL_SLOTS)
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

  private grow(): void {
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
    freeNow(old)
  }
}
