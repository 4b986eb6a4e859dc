import { createServer, type Server } from 'node:net'
import { InputError, VerificationError } from '../errors.js'

/**
 * `n` distinct free TCP ports on 127.0.0.1. Every listener stays open until all are bound, so
 * the kernel cannot hand out the same port twice; `exclude` skips ports already promised
 * elsewhere (e.g. restored peer URLs). A port can still be taken by someone else after this
 * returns; the boot reports that as a bind failure.
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
    // Bounded: each excluded port can cost at most one extra bind.
    for (let attempts = 0; ports.length < n && attempts < n + exclude.size + 10; attempts++) {
      const server = await listen(0)
      servers.push(server)
      const port = (server.address() as { port: number }).port
      if (!exclude.has(port) && !ports.includes(port)) ports.push(port)
    }
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))))
  }
  if (ports.length < n) {
    throw new VerificationError(`could not find ${n} free ports on 127.0.0.1`)
  }
  return ports
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
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => resolve(server))
  })
}
