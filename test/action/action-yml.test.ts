import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Inputs, Outputs } from '../../src/action/constants.js'

/** The `  name:` keys of a top-level section of action.yml (two-space indent, as written). */
function section(yml: string, name: string): string[] {
  const body = yml.split(new RegExp(`^${name}:\\n`, 'm'))[1]?.split(/^\S/m)[0] ?? ''
  return [...body.matchAll(/^ {2}([a-z0-9-]+):/gm)].map((m) => m[1]!)
}

describe('action.yml', () => {
  const yml = readFileSync('action.yml', 'utf8')

  it('declares exactly the inputs and outputs the code uses, spelled the same', () => {
    expect(section(yml, 'inputs').sort()).toEqual(Object.values(Inputs).sort())
    expect(section(yml, 'outputs').sort()).toEqual(Object.values(Outputs).sort())
  })

  it('runs the bundle on node24 and requires initial-cluster', () => {
    expect(yml).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/index\.js$/m)
    expect(yml).toMatch(/^ {2}initial-cluster:\n(?: {4}.*\n)*? {4}required: true$/m)
  })
})
