import { describe, expect, it } from 'vitest'
import { runInNewContext } from 'node:vm'
import { compact } from '../../scripts/compact-bundle.mjs'

/** Evaluates a script's completion value (the last expression). */
const evaluate = (code: string): unknown => runInNewContext(code)

describe('compact-bundle', () => {
  it('escapes strings, templates and identifiers to the same values', () => {
    const source = [
      'const caf\u00e9 = "\u2192 \u00e9 \\\u00e9 \\\\\u00e9 \ud83d\ude00 \'\u2028\'";',
      'const t = `\u2026 ${caf\u00e9} \u2192`;',
      "const s = 'a\\\u2028b';",
      '[caf\u00e9, t, s, { caf\u00e9 }.caf\u00e9]'
    ].join('\n')
    const out = compact(source)
    expect(out).toMatch(/^[\x20-\x7e\n]*$/)
    expect(evaluate(out)).toEqual(evaluate(source))
  })

  it('rewrites a regex holding non-ASCII text as new RegExp with the same source and flags', () => {
    const source =
      'const r = /[\u00e9-\u00ff]\u2192\\//giu; [r.source, r.flags, r.test("x\u00f0\u2192/")]'
    const out = compact(source)
    expect(out).toContain('(new RegExp(')
    expect(evaluate(out)).toEqual(evaluate(source))
    // a regex after a division, and one without non-ASCII text, are kept as they are
    expect(compact('a = b / c / d; e = /x\\/y/g.test(f)')).toBe(
      'a = b / c / d; e = /x\\/y/g.test(f)\n'
    )
  })

  it('drops comments and keeps a line break wherever automatic semicolons need one', () => {
    const source = [
      '// a comment \u2192',
      'let a = 1 /* \u00e9 */ + 2',
      'let b = a',
      '/* two',
      '   lines */ ++a',
      '  \u00a0 let c = [a, b]\u2028c'
    ].join('\n')
    const out = compact(source)
    expect(out).not.toContain('comment')
    expect(out).toMatch(/^[\x20-\x7e\n]*$/)
    expect(evaluate(out)).toEqual(evaluate(source))
    expect(evaluate(out)).toEqual([4, 3])
  })

  it('refuses a tagged template whose raw text holds non-ASCII characters', () => {
    expect(() => compact('String.raw`\u00e9`')).toThrow(/tagged template/)
    expect(compact('String.raw`e`')).toBe('String.raw`e`\n')
  })

  it('refuses a source that does not parse', () => {
    expect(() => compact('let = ;')).toThrow(/does not parse/)
  })
})
