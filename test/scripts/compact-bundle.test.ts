import { describe, expect, it } from 'vitest'
import { runInNewContext } from 'node:vm'
import { compact } from '../../scripts/compact-bundle.mjs'

/** Evaluates a script's completion value (the last expression). */
const evaluate = (code: string): unknown => runInNewContext(code)

const ASCII = /^[\x20-\x7e\n]*$/

describe('compact-bundle (terser, ASCII only)', () => {
  it('escapes strings, templates and identifiers to the same values', async () => {
    const source = [
      'const caf\u00e9 = "\u2192 \u00e9 \\\u00e9 \\\\\u00e9 \ud83d\ude00 \'\u2028\'";',
      'const t = `\u2026 ${caf\u00e9} \u2192`;',
      '[caf\u00e9, t, { caf\u00e9 }.caf\u00e9]'
    ].join('\n')
    const out = await compact(source)
    expect(out).toMatch(ASCII)
    expect(evaluate(out)).toEqual(evaluate(source))
  })

  it('keeps a regex holding non-ASCII text: same source match, flags and results', async () => {
    const source =
      'const r = /[\u00e9-\u00ff]\u2192\\//giu; [r.flags, r.test("x\u00f0\u2192/"), "\u00e9\u2192/".replace(r, "_")]'
    const out = await compact(source)
    expect(out).toMatch(ASCII)
    expect(evaluate(out)).toEqual(evaluate(source))
    // a division is not a regex
    expect(evaluate(await compact('const b = 12, c = 3, d = 2; b / c / d'))).toBe(2)
  })

  it('drops comments and keeps automatic semicolons right', async () => {
    const source = [
      '// a comment \u2192',
      'let a = 1 /* \u00e9 */ + 2',
      'let b = a',
      '/* two',
      '   lines */ ++a',
      '  \u00a0 let c = [a, b]\u2028c'
    ].join('\n')
    const out = await compact(source)
    expect(out).not.toContain('comment')
    expect(out).toMatch(ASCII)
    expect(evaluate(out)).toEqual([4, 3])
  })

  it('refuses what it cannot escape: the raw non-ASCII text of a tagged template, a line continuation on U+2028', async () => {
    await expect(compact('String.raw`\u00e9`')).rejects.toThrow(/non-ASCII/)
    expect(evaluate(await compact('String.raw`e\\n`'))).toBe('e\\n')
    await expect(compact("'a\\\u2028b'")).rejects.toThrow(/line continuation/)
  })

  it('refuses a source that does not parse', async () => {
    await expect(compact('let = ;')).rejects.toThrow()
  })
})
