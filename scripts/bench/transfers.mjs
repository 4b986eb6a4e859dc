// The artifact transfers of the action pipeline alone, with the real @actions/artifact client
// (run by action-entry.ts under the runner's Node, env pointing at the emulator):
//   transfers.mjs upload <name> <file>                 setup: upload a snapshot artifact
//   transfers.mjs alone <name> <dir> <file>...         download <name> into <dir>, upload each
//                                                      file as its own single-file artifact
import { basename, dirname } from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'

const [mode, name, ...rest] = process.argv.slice(2)
const client = new DefaultArtifactClient()
if (mode === 'upload') {
  await client.uploadArtifact(name, [rest[0]], dirname(rest[0]))
} else if (mode === 'alone') {
  const [dir, ...files] = rest
  const { artifact } = await client.getArtifact(name)
  await client.downloadArtifact(artifact.id, { path: dir })
  for (const file of files) {
    // as the action's tar upload: one file, no zip around it
    await client.uploadArtifact(`alone-${basename(file)}`, [file], dirname(file), {
      skipArchive: true
    })
  }
} else {
  console.error('usage: transfers.mjs upload <name> <file> | alone <name> <dir> <file>...')
  process.exit(2)
}
