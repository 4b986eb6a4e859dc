/**
 * A fresh, empty bbolt database laid out as bbolt's db.init writes it (bbolt-format §2.7):
 * metas on pages 0 and 1 (txid 0 and 1), an empty freelist on page 2, an empty root leaf on page 3.
 */
import type { ByteFile } from '../io/page-source.js'
import { InvariantError } from '../errors.js'
import { encodeMetaPage } from './meta.js'
import { encodeLeafPage, encodePageHeader } from './page.js'
import { PageFlag, isValidPageSize } from './types.js'

export function initDb(file: ByteFile, pageSize: number): void {
  if (!isValidPageSize(pageSize)) throw new InvariantError(`bolt: invalid page size ${pageSize}`)
  if (file.size !== 0)
    throw new InvariantError(`bolt: initDb needs an empty file, this one has ${file.size} bytes`)
  const bytes = new Uint8Array(4 * pageSize)
  for (const txid of [0n, 1n]) {
    const meta = encodeMetaPage({ pageSize, root: 3, sequence: 0n, freelist: 2, hwm: 4, txid })
    bytes.set(meta, Number(txid) * pageSize)
  }
  encodePageHeader(bytes, { id: 2, flags: PageFlag.freelist, count: 0, overflow: 0 }, 2 * pageSize)
  bytes.set(encodeLeafPage(3, [], pageSize), 3 * pageSize)
  file.truncate(bytes.length)
  file.write(0, bytes)
  file.sync()
}
