import { createServer, type Server } from 'node:net'
import { InputError, VerificationError } from '../errors.js'

/**
 * `n` distinct free TCP ports on 127.0.0.1. Every listener stays open until all are bound, so
 * the kernel cannot hand out the same port twice; `exclude` skips ports already promised
 * elsewhere (e.g. restored peer URLs).
 *
 * Two drills on one runner (self-hosted runners run jobs side by side) pick at the same time:
 * once our probe closes, the kernel may give the same port to the other drill's probe before
 * our etcd binds it. So every port returned is also claimed, runner-wide, until releasePorts: a
 * claim is an abstract Unix socket named after the port (Linux; the kernel drops it when the
 * process dies, even by SIGKILL, so a claim never outlives its drill), and a port another
 * process (or this one) has claimed is skipped. Where abstract sockets do not exist there are
 * no claims. A port can still be taken by an unrelated process after this returns; the boot
 * reports that as a bind failure and retries once on fresh client ports.
 */
export async function freeLoopbackPorts(
  n: number,
  exclude: ReadonlySet<number> = new Set()
): Promise<number[]> {
  if (!Number.isInteger(n) || n < 0 || n > 1000) {
    throw new InputError(`freeLoopbackPorts: cannot allocate ${n} ports`)
  }
  const servers: Server[] = []
  const ports: number[] = []
  try {
    // Bounded: each excluded or claimed port can cost at most one extra bind.
    for (let attempts = 0; ports.length < n && attempts < 2 * n + exclude.size + 10; attempts++) {
      const server = await listen(0)
      servers.push(server)
      const port = (server.address() as { port: number }).port
      if (!exclude.has(port) && !ports.includes(port) && (await claim(port))) ports.push(port)
    }
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))))
  }
  if (ports.length < n) {
    releasePorts(ports)
    throw new VerificationError(`could not find ${n} free ports on 127.0.0.1`)
  }
  return ports
}

/** Ends this process's claims on `ports` (freeLoopbackPorts): other drills may pick them again. */
export function releasePorts(ports: Iterable<number>): void {
  for (const port of ports) {
    claims.get(port)?.close()
    claims.delete(port)
  }
}

/** This process's port claims (freeLoopbackPorts), by port. */
const claims = new Map<number, Server>()
/** False once the platform refused an abstract socket: no claims then. */
let claimsWork = process.platform === 'linux'

/** Claims `port` runner-wide; false when this or another process already holds it. */
async function claim(port: number): Promise<boolean> {
  if (claims.has(port)) return false
  if (!claimsWork) return true
  try {
    const server = await listenOn(`\0etcd-restore-port-${port}`)
    claims.set(port, server)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') return false
    claimsWork = false
    return true
  }
}

/** True when nothing listens on 127.0.0.1:`port` (we could bind it). */
export async function isLoopbackPortFree(port: number): Promise<boolean> {
  try {
    const server = await listen(port)
    await new Promise<void>((resolve) => server.close(() => resolve()))
    return true
  } catch {
    return false
  }
}

function listen(port: number): Promise<Server> {
  return listenOn({ host: '127.0.0.1', port, exclusive: true })
}

/** A listener that accepts nothing and never keeps the process alive. */
function listenOn(
  where: string | { host: string; port: number; exclusive: boolean }
): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy())
    server.unref()
    server.once('error', reject)
    server.listen(where, () => {
      server.off('error', reject)
      resolve(server)
    })
  })
}
