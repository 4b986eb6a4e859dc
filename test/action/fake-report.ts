import type { RestoreReport } from '../../src/lib/report.js'

/** A report shaped like restore()'s for the tiny fixture, for tests of the action's rendering. */
export function fakeReport(outDir: string): RestoreReport {
  const member = (name: string, id: string, port: number) => ({
    name,
    id,
    peerURLs: [`http://127.0.0.1:${port}`],
    dataDir: `${outDir}/${name}`,
    walDir: `${outDir}/${name}/member/wal`,
    files: [{ path: 'member/snap/db', bytes: 655360, mode: '0600' }]
  })
  return {
    tool: { name: 'etcd-restore', version: '0.1.0' },
    snapshot: {
      ...{ path: '/tmp/snap.db', fileSize: 655392, compression: 'none', dbSize: 655360 },
      sha256: '00e6788ec10da4a17726f2e2a5f1eaa69397b9c87b8bd266341d0e7bd1c08a3f',
      ...{ hash: 'verified', pageSize: 4096, revision: 44, compactRevision: 33, totalKeys: 240 },
      ...{
        keyRevisions: 228,
        sourceConsistentIndex: '60',
        sourceMembers: ['998e80b37cc7227d'],
        authEnabled: false
      },
      boltSize: 655360
    },
    cluster: {
      id: 'db8de8e7d3d50195',
      token: 'restore-token',
      members: [
        member('m1', '680a6d7308dc2baa', 23811),
        member('m2', '78e38f2d93f8a53a', 23821),
        member('m3', '7a758a68060ad0e8', 23831)
      ]
    },
    targetVersion: '3.5',
    bumpRevision: '0',
    markCompacted: false,
    restoredRevision: 44,
    durationsMs: { verify: 5, edit: 3, write: 9 },
    warnings: ['a <warning> with markup']
  }
}
