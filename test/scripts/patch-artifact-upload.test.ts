import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import {
  CHUNK_BYTES,
  READ_BYTES,
  UPLOAD_SOURCES,
  patchSources
} from '../../scripts/patch-artifact-upload.mjs'

/** The installed library's three modules the rewrites change, as ncc concatenates them. */
const LIB = 'node_modules/@actions/artifact/lib/internal'
const config = readFileSync(`${LIB}/shared/config.js`, 'utf8')
const stream = readFileSync(`${LIB}/upload/stream.js`, 'utf8')
const blob = readFileSync(`${LIB}/upload/blob-upload.js`, 'utf8')
const all = `${config}\n${stream}\n${blob}`

/** The value a `function getUploadChunkSize() {…}` in `text` returns. */
function chunkSize(text: string): unknown {
  const fn = /function getUploadChunkSize\(\) \{[^}]*\}/.exec(text)?.[0]
  return runInNewContext(`${fn}; getUploadChunkSize()`)
}

/** What createRawFileUploadStream's `bufferSize` (its reads' and transform's high-water mark) is. */
function readSize(text: string): unknown {
  const body = /function createRawFileUploadStream[\s\S]*?\n}/.exec(text)?.[0] ?? ''
  const init = /const bufferSize = ([^;]*);/.exec(body)?.[1]
  return runInNewContext(`const getUploadChunkSize = () => 'the chunk size'; ${init}`)
}

describe('patch-artifact-upload (the bundled @actions/artifact upload)', () => {
  it("rewrites the installed library's sources: reads of READ_BYTES, blocks of CHUNK_BYTES, upload sources, the rest untouched", () => {
    expect(chunkSize(config)).toBe(8 * 1024 * 1024)
    expect(readSize(stream)).toBe('the chunk size')
    const out = patchSources({ 'a.index.js': all })
    expect([...out.keys()]).toEqual(['a.index.js'])
    const text = out.get('a.index.js')!
    expect(chunkSize(text)).toBe(CHUNK_BYTES)
    expect(readSize(text)).toBe(READ_BYTES)
    expect(READ_BYTES).toBe(256 * 1024)
    // the registry is made as the module loads; the file's stream is looked up in it first
    const key = `globalThis[Symbol.for(${JSON.stringify(UPLOAD_SOURCES)})]`
    expect(text).toContain(`${key} ??= new Map();`)
    expect(text).toMatch(/const fileStream = globalThis\[[^\n]*\?\.get\(sourcePath\)\?\.\(\) \?\?/)
    expect(text).toContain('uploadStream.on("error", (error) => blobUploadStream.destroy(error));')
    // only those places changed: everything else, line for line
    const before = all.split('\n')
    const after = text.split('\n')
    expect(after).toHaveLength(before.length - 3) // a 3-line and a 2-line source, each on one line
    const changed = after.filter((line) => !before.includes(line))
    expect(changed).toHaveLength(5)
    expect(changed.every((line) => line.includes('etcd-restore-action, issue 26'))).toBe(true)
  })

  it('finds them in whichever files of the bundle hold them, with any indentation (ncc)', () => {
    const indented = config.replace(/\n/g, '\n        ')
    const out = patchSources({
      '1.index.js': 'let a = 1',
      '2.index.js': stream,
      '3.index.js': indented,
      '4.index.js': blob
    })
    expect([...out.keys()].sort()).toEqual(['2.index.js', '3.index.js', '4.index.js'])
    expect(readSize(out.get('2.index.js')!)).toBe(READ_BYTES)
    expect(chunkSize(out.get('3.index.js')!)).toBe(CHUNK_BYTES)
  })

  it('fails when a source is not found exactly once: missing (a changed library), twice, or already patched', () => {
    const changedLib = config.replace('return 8 * 1024 * 1024;', 'return 16 * 1024 * 1024;')
    expect(() => patchSources({ 'a.js': `${changedLib}\n${stream}\n${blob}` })).toThrow(
      /getUploadChunkSize: blocks of CHUNK_BYTES: its source is found 0 times/
    )
    expect(() => patchSources({ 'a.js': `${config}\n${blob}` })).toThrow(
      /createRawFileUploadStream.*found 0 times, not once \(nowhere\)/
    )
    expect(() => patchSources({ 'a.js': all, 'b.js': stream })).toThrow(
      /createRawFileUploadStream.*found 2 times, not once \(a\.js, b\.js\)/
    )
    expect(() => patchSources({ 'a.js': `${all}\n${config}` })).toThrow(
      /getUploadChunkSize.*found 2 times/
    )
    const once = patchSources({ 'a.js': all }).get('a.js')!
    expect(() => patchSources({ 'a.js': once })).toThrow(/found 0 times/)
  })
})
