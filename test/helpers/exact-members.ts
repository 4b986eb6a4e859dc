/**
 * etcd members started with the peer URLs exactly as restored (the drill's bootCluster advertises
 * plain `http://127.0.0.1:<port>` ones), one binary per member: for peer URLs with a query string
 * and for member-by-member upgrades. Each process is an EtcdProcess, so the drill's
 * `stopAllEtcd()` reaps it too; verifyCluster() checks them through `asCluster`.
 */
import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { join } from 'node:path'
import type { BootedCluster, BootedMember } from '../../src/lib/drill/cluster.js'
import { EtcdProcess } from '../../src/lib/drill/etcd-process.js'
import { GatewayClient } from '../../src/lib/drill/gateway.js'

export interface ExactMember {
  name: string
  dataDir: string
  /** Advertised as given (query included); etcd listens on its scheme://host:port. */
  peerURL: string
  clientPort: number
}

export interface ExactOptions {
  initialCluster: string
  token: string
  logDir: string
}

/** Starts one member with `etcd` (its log: `<logDir>/<name>.log`, appended across restarts). */
export function startExact(etcd: string, m: ExactMember, opts: ExactOptions): BootedMember {
  const clientURL = `http://127.0.0.1:${m.clientPort}`
  const listen = new URL(m.peerURL)
  const args = [
    ...['--name', m.name, '--data-dir', m.dataDir],
    ...['--listen-client-urls', clientURL, '--advertise-client-urls', clientURL],
    ...['--listen-peer-urls', `${listen.protocol}//${listen.host}`],
    ...['--initial-advertise-peer-urls', m.peerURL],
    ...['--initial-cluster', opts.initialCluster, '--initial-cluster-token', opts.token],
    ...['--initial-cluster-state', 'new']
  ]
  const logPath = join(opts.logDir, `${m.name}.log`)
  const fd = openSync(logPath, 'a', 0o600)
  try {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('ETCD'))
    )
    const child = spawn(etcd, args, { env, stdio: ['ignore', fd, fd] })
    const member = { name: m.name, dataDir: m.dataDir, peerURLs: [m.peerURL] }
    const proc = new EtcdProcess(member, logPath, child, m.clientPort)
    return { name: m.name, clientURL, process: proc, client: new GatewayClient(clientURL, 5_000) }
  } finally {
    closeSync(fd)
  }
}

/** Waits until every member is healthy under one leader; throws (with a log tail) otherwise. */
export async function waitAgreed(members: BootedMember[], timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    for (const m of members) {
      if (m.process.exit !== undefined)
        throw new Error(`etcd member ${m.name} exited:\n${m.process.logTail()}`)
    }
    const leaders = await Promise.all(
      members.map(async (m) => {
        try {
          return (await m.client.health()) ? (await m.client.status()).leader : undefined
        } catch {
          return undefined
        }
      })
    )
    const first = leaders[0]
    if (first !== undefined && first !== 0n && leaders.every((l) => l === first))
      return first.toString(16)
    if (Date.now() > deadline)
      throw new Error(`members not agreed after ${timeoutMs} ms:\n${members[0]!.process.logTail()}`)
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
}

/** A view of the running members for verifyCluster (stop/restart: the caller's business). */
export function asCluster(members: BootedMember[], logDir: string): BootedCluster {
  return {
    endpoints: members.map((m) => m.clientURL),
    members,
    logDir,
    leaderId: '',
    stop: async () => {
      for (const m of members) await m.process.stop()
    },
    kill: async () => {
      await Promise.all(members.map((m) => m.process.kill()))
    },
    restart: () => Promise.reject(new Error('asCluster: restart the members one by one'))
  }
}
