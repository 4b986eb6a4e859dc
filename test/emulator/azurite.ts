import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, posix, resolve } from 'node:path'
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential
} from '@azure/storage-blob'
import type { BlobSigner } from './blob-store.js'

/** Azurite's well-known development account. */
const ACCOUNT = 'devstoreaccount1'
const KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

export interface Azurite extends BlobSigner {
  endpoint: string
  stop(): Promise<void>
}

/** A free loopback port (Azurite has no "port 0" mode that reports the port back). */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * Starts azurite-blob on 127.0.0.1 with a temp location and returns a signer that mints real SAS
 * URLs Azurite validates. `--skipApiVersionCheck`: the storage SDK sends a newer x-ms-version than
 * Azurite knows; `--disableTelemetry`: no traffic to public addresses.
 */
export async function startAzurite(containers: string[]): Promise<Azurite> {
  const location = await mkdtemp(join(tmpdir(), 'azurite-'))
  const port = await freePort()
  const bin = resolve('node_modules/.bin/azurite-blob')
  const args = ['--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', location]
  args.push('--skipApiVersionCheck', '--disableTelemetry', '--silent')
  const child: ChildProcess = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
    }
    await rm(location, { recursive: true, force: true })
  }
  const endpoint = `http://127.0.0.1:${port}/${ACCOUNT}`
  const credential = new StorageSharedKeyCredential(ACCOUNT, KEY)
  const service = new BlobServiceClient(endpoint, credential)
  try {
    await waitUntil(async () => {
      if (child.exitCode !== null) throw new Error(`azurite exited: ${stderr}`)
      // A plain request first: the SDK's own retry policy would back off for tens of seconds.
      await fetch(`http://127.0.0.1:${port}/`)
    })
    for (const name of containers) await service.getContainerClient(name).createIfNotExists()
  } catch (error) {
    await stop()
    throw error
  }
  const sign = (container: string, blobName: string, permissions: string): string => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: container,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + 3600_000),
        // Downloads of non-zip artifacts take their file name from Content-Disposition.
        contentDisposition:
          permissions === 'r' ? `attachment; filename="${posix.basename(blobName)}"` : undefined
      },
      credential
    ).toString()
    return `${endpoint}/${container}/${blobName.split('/').map(encodeURIComponent).join('/')}?${sas}`
  }
  return {
    endpoint,
    stop,
    writeUrl: async (container, blobName) => sign(container, blobName, 'cw'),
    readUrl: async (container, blobName) => sign(container, blobName, 'r')
  }
}

async function waitUntil(probe: () => Promise<void>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await probe()
    } catch (error) {
      if (Date.now() > deadline || String(error).includes('azurite exited')) throw error
      await new Promise((done) => setTimeout(done, 200))
    }
  }
}
