/**
 * The fuzzer's mutations: structure-aware edits of a clean db (page headers, element arrays,
 * metas, bucket headers, tree links, freelist), each naming itself for the failure report.
 */
import {
  elementOffset,
  getU32,
  MetaField,
  setU16,
  setU32,
  setU64,
  type Layout,
  type PageInfo
} from './layout.js'
import type { Rng } from './fuzz.js'

const INTERESTING_16 = [0, 1, 2, 3, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xfffe, 0xffff]
const INTERESTING_32 = [
  0, 1, 2, 15, 16, 17, 255, 4079, 4080, 4095, 4096, 4097, 0x7fff, 0xffff, 0x1_0000, 0x7fff_ffff,
  0x8000_0000, 0xffff_fff0, 0xffff_ffff
]

export interface Ctx {
  rng: Rng
  bytes: Uint8Array
  layout: Layout
  ps: number
}

function somePage(ctx: Ctx, kind?: PageInfo['kind']): PageInfo {
  const pages = kind ? ctx.layout.pages.filter((p) => p.kind === kind) : ctx.layout.pages
  return ctx.rng.pick(pages.length > 0 ? pages : ctx.layout.pages)
}

function flipBit(ctx: Ctx, offset: number): void {
  if (offset >= 0 && offset < ctx.bytes.length) ctx.bytes[offset]! ^= 1 << ctx.rng.int(8)
}

function interesting32(ctx: Ctx, current: number): number {
  const r = ctx.rng.int(4)
  if (r === 0) return ctx.rng.pick(INTERESTING_32)
  if (r === 1) return (current + ctx.rng.int(33) - 16) >>> 0
  if (r === 2) return ctx.rng.int(ctx.ps * 2)
  return (current ^ (1 << ctx.rng.int(32))) >>> 0
}

function pageIdChoice(ctx: Ctx, page: PageInfo): bigint {
  const { rng, layout } = ctx
  switch (rng.int(8)) {
    case 0:
      return BigInt(page.id)
    case 1:
      return BigInt(page.parent ?? layout.root)
    case 2:
      return BigInt(rng.int(2))
    case 3:
      return BigInt(layout.hwm - 1 + rng.int(3))
    case 4:
      return (1n << 53n) + BigInt(rng.int(3)) - 1n
    case 5:
      return BigInt(rng.pick(layout.pages).id)
    default:
      return BigInt(rng.int(layout.hwm))
  }
}

/** Each mutation names itself (for the failure report) and edits ctx.bytes in place or returns new bytes. */
const mutations: [string, number, (ctx: Ctx) => string | Uint8Array][] = [
  [
    'flip-header',
    3,
    (ctx) => {
      const p = somePage(ctx)
      const at = ctx.rng.int(16)
      flipBit(ctx, p.id * ctx.ps + at)
      return `flip-header page ${p.id} byte ${at}`
    }
  ],
  [
    'flip-elements',
    3,
    (ctx) => {
      const p = somePage(ctx)
      const i = ctx.rng.int(Math.max(1, p.count))
      const at = elementOffset(ctx.layout, p.id, i) + ctx.rng.int(16)
      flipBit(ctx, at)
      return `flip-elements page ${p.id} element ${i} @${at}`
    }
  ],
  [
    'flip-meta',
    2,
    (ctx) => {
      const at = ctx.rng.int(2) * ctx.ps + ctx.rng.int(80)
      flipBit(ctx, at)
      return `flip-meta @${at}`
    }
  ],
  [
    'flip-anywhere',
    2,
    (ctx) => {
      const n = 1 + ctx.rng.int(8)
      for (let i = 0; i < n; i++) ctx.bytes[ctx.rng.int(ctx.bytes.length)] = ctx.rng.int(256)
      return `flip-anywhere x${n}`
    }
  ],
  [
    'truncate',
    1,
    (ctx) => {
      const aligned = ctx.rng.chance(0.5)
      const pages = ctx.bytes.length / ctx.ps
      const size = aligned ? ctx.rng.int(pages) * ctx.ps : ctx.rng.int(ctx.bytes.length)
      return ctx.bytes.subarray(0, size)
    }
  ],
  [
    'swap-pages',
    2,
    (ctx) => {
      const a = somePage(ctx).id
      const b = ctx.rng.chance(0.5) ? somePage(ctx).id : 2 + ctx.rng.int(ctx.layout.hwm - 2)
      const ps = ctx.ps
      const tmp = ctx.bytes.slice(a * ps, (a + 1) * ps)
      ctx.bytes.copyWithin(a * ps, b * ps, (b + 1) * ps)
      ctx.bytes.set(tmp, b * ps)
      const keepIds = ctx.rng.chance(0.5)
      if (keepIds) {
        setU64(ctx.bytes, a * ps, BigInt(a))
        setU64(ctx.bytes, b * ps, BigInt(b))
      }
      return `swap-pages ${a} ${b}${keepIds ? ' (ids fixed)' : ''}`
    }
  ],
  [
    'duplicate-page',
    2,
    (ctx) => {
      const from = somePage(ctx).id
      const to = ctx.rng.chance(0.5) ? somePage(ctx).id : 2 + ctx.rng.int(ctx.layout.hwm - 2)
      ctx.bytes.copyWithin(to * ctx.ps, from * ctx.ps, (from + 1) * ctx.ps)
      if (ctx.rng.chance(0.7)) setU64(ctx.bytes, to * ctx.ps, BigInt(to))
      return `duplicate-page ${from} → ${to}`
    }
  ],
  [
    'set-count',
    3,
    (ctx) => {
      const p = somePage(ctx)
      const value = ctx.rng.chance(0.5)
        ? ctx.rng.pick(INTERESTING_16)
        : (p.count + ctx.rng.int(5) - 2) & 0xffff
      setU16(ctx.bytes, p.id * ctx.ps + 10, value)
      return `set-count page ${p.id} ${p.count}→${value}`
    }
  ],
  [
    'set-overflow',
    2,
    (ctx) => {
      const p = somePage(ctx)
      const value = ctx.rng.chance(0.5) ? ctx.rng.int(4) : interesting32(ctx, p.overflow)
      setU32(ctx.bytes, p.id * ctx.ps + 12, value)
      return `set-overflow page ${p.id} ${p.overflow}→${value}`
    }
  ],
  [
    'set-element-field',
    5,
    (ctx) => {
      const p = somePage(ctx)
      const i = ctx.rng.int(p.count + 2)
      const field = ctx.rng.int(4) * 4
      const at = elementOffset(ctx.layout, p.id, i) + field
      if (at + 4 > ctx.bytes.length) return 'set-element-field (out of file)'
      const value = interesting32(ctx, getU32(ctx.bytes, at))
      setU32(ctx.bytes, at, value)
      return `set-element-field page ${p.id} element ${i} +${field} = ${value}`
    }
  ],
  [
    'set-branch-child',
    3,
    (ctx) => {
      const p = somePage(ctx, 'branch')
      if (p.kind !== 'branch') return 'set-branch-child (no branch)'
      const i = ctx.rng.int(p.count)
      const value = pageIdChoice(ctx, p)
      setU64(ctx.bytes, elementOffset(ctx.layout, p.id, i) + 8, value)
      return `set-branch-child page ${p.id} element ${i} = ${value}`
    }
  ],
  [
    'swap-elements',
    3,
    (ctx) => {
      const p = somePage(ctx)
      if (p.count < 2) return 'swap-elements (count < 2)'
      const i = ctx.rng.int(p.count - 1)
      const j = ctx.rng.chance(0.7) ? i + 1 : ctx.rng.int(p.count)
      const posField = p.kind === 'branch' ? 0 : 4
      const a = elementOffset(ctx.layout, p.id, i)
      const b = elementOffset(ctx.layout, p.id, j)
      const keyA = a + getU32(ctx.bytes, a + posField)
      const keyB = b + getU32(ctx.bytes, b + posField)
      const tmp = ctx.bytes.slice(a, a + 16)
      ctx.bytes.copyWithin(a, b, b + 16)
      ctx.bytes.set(tmp, b)
      setU32(ctx.bytes, a + posField, keyB - a)
      setU32(ctx.bytes, b + posField, keyA - b)
      return `swap-elements page ${p.id} ${i} ${j}`
    }
  ],
  [
    'set-meta-field',
    3,
    (ctx) => {
      const fields = ['root', 'hwm', 'freelist', 'pageSize', 'txid', 'version', 'magic'] as const
      const name = ctx.rng.pick(fields)
      const which = ctx.rng.int(3) // meta 0, meta 1, or both
      const { rng, layout } = ctx
      let value: bigint
      if (name === 'root') value = pageIdChoice(ctx, rng.pick(layout.pages))
      else if (name === 'hwm')
        value = BigInt(rng.pick([0, 1, 2, layout.hwm - 1, layout.hwm + 1, 2 ** 40, 2 ** 53]))
      else if (name === 'freelist')
        value = rng.chance(0.3) ? 0xffff_ffff_ffff_ffffn : pageIdChoice(ctx, rng.pick(layout.pages))
      else if (name === 'txid') value = BigInt(rng.int(100))
      else value = BigInt(interesting32(ctx, ctx.ps))
      for (const m of which === 2 ? [0, 1] : [which]) {
        const at = m * ctx.ps + MetaField[name]
        if (name === 'pageSize' || name === 'version' || name === 'magic')
          setU32(ctx.bytes, at, Number(value & 0xffff_ffffn))
        else setU64(ctx.bytes, at, value)
      }
      return `set-meta-field ${name} meta ${which === 2 ? 'both' : which} = ${value}`
    }
  ],
  [
    'set-bucket-root',
    2,
    (ctx) => {
      const b = ctx.rng.pick(ctx.layout.buckets)
      const value = ctx.rng.chance(0.2) ? 0n : pageIdChoice(ctx, ctx.rng.pick(ctx.layout.pages))
      setU64(ctx.bytes, b.valueOffset, value)
      return `set-bucket-root ${b.name} = ${value}`
    }
  ],
  [
    'freelist',
    2,
    (ctx) => {
      const id = ctx.layout.freelist
      if (id === null) return 'freelist (none)'
      const at = id * ctx.ps
      const count = ctx.rng.pick([1, 2, 3, 0xfffe, 0xffff, ctx.rng.int(70)])
      setU16(ctx.bytes, at + 10, count)
      const n = Math.min(8, (ctx.ps - 16) / 8)
      for (let i = 0; i < n; i++) {
        const value = ctx.rng.chance(0.5)
          ? BigInt(ctx.rng.int(ctx.layout.hwm + 2))
          : pageIdChoice(ctx, somePage(ctx))
        setU64(ctx.bytes, at + 16 + 8 * i, value)
      }
      return `freelist page ${id} count ${count}`
    }
  ],
  [
    'flip-inline-bucket',
    2,
    (ctx) => {
      const inline = ctx.layout.buckets.filter((b) => b.root === 0)
      if (inline.length === 0) return 'flip-inline-bucket (none)'
      const b = ctx.rng.pick(inline)
      const at = b.valueOffset + 16 + ctx.rng.int(Math.max(1, b.valueLength - 16))
      if (ctx.rng.chance(0.5)) flipBit(ctx, at)
      else ctx.bytes[at] = ctx.rng.pick([0, 1, 2, 0x10, 0xff])
      return `flip-inline-bucket ${b.name} @${at}`
    }
  ]
]

const totalWeight = mutations.reduce((n, [, w]) => n + w, 0)

export function pickMutation(rng: Rng): (ctx: Ctx) => string | Uint8Array {
  let r = rng.int(totalWeight)
  for (const [, weight, fn] of mutations) {
    r -= weight
    if (r < 0) return fn
  }
  return mutations[0]![2]
}
