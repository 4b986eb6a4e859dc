import { WriteTx } from '../bolt/tx.js'
import { AuthKeys, Buckets } from '../backend/schema.js'
import { InvariantError } from '../errors.js'
import { FileByteFile } from '../io/page-file.js'
import { memberLayout } from '../member-dir/layout.js'
import type { DrillMember } from './etcd-process.js'

/**
 * A nightly drill must not need the production root password: for a snapshot with auth enabled
 * and no drill credentials, the drill switches auth off in the db of the members it boots (its
 * own copies, never the restored output): `auth/authEnabled` = 0, as `etcdctl auth disable`
 * leaves it, in one copy-on-write commit. Users, roles and the auth revision stay as they are.
 */
export function switchAuthOff(members: DrillMember[]): void {
  for (const m of members) {
    const file = FileByteFile.open(memberLayout(m.dataDir).dbPath, { writable: true })
    try {
      const tx = WriteTx.begin(file)
      try {
        const auth = tx.bucket(Buckets.auth)
        if (auth === null) throw new InvariantError(`member ${m.name}: the db has no auth bucket`)
        auth.put(AuthKeys.authEnabled, Uint8Array.of(0))
        tx.commit()
      } catch (error) {
        tx.rollback()
        throw error
      }
    } finally {
      file.close()
    }
  }
}

/** The note and auth-check wording for a drill that booted with auth switched off. */
export const AUTH_OFF_NOTE =
  'enabled in the snapshot; users/roles checked offline; booted with auth off'
