/** bolt-reader's full checker over a ByteSource (transient reads scribbled), for use after every commit. */
import type { ByteSource } from '../../../src/lib/io/page-source.js'
import { BoltDb } from '../../../src/lib/bolt/db.js'
import { checkDb, type CheckReport } from '../../../src/lib/bolt/check.js'
import { scribbling } from '../../helpers/scribbling-source.js'

export function runCheckDb(source: ByteSource): CheckReport {
  return checkDb(BoltDb.open(scribbling(source)))
}
