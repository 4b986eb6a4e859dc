/**
 * V8's compile cache for the CLI's own code, where Node has one (≥ 22.1:
 * module.enableCompileCache; Node 20 has none, and nothing happens). A restore loads ~0.8 MB of
 * our JS at start; compiled once and cached, later runs skip most of that compile (Node keeps one
 * cache entry per file, checked against a hash of its source and V8's version and flags, so a
 * changed bundle or Node is simply compiled again).
 *
 * The cache lives in the user's own cache folder ($XDG_CACHE_HOME or ~/.cache, then
 * etcd-restore/node-compile-cache), not in a shared temporary folder: a cache is code this
 * process runs, and another user must not be able to plant one. NODE_COMPILE_CACHE, when set,
 * wins (Node enabled it before our code ran); NODE_DISABLE_COMPILE_CACHE=1 or
 * ETCD_RESTORE_COMPILE_CACHE=0 turn it off. A folder that cannot be written only costs the cache;
 * a home folder that does not exist gets none (Node would create the whole path).
 */
import module from 'node:module'
import { statSync } from 'node:fs'
import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'

type EnableCompileCache = (directory?: string) => unknown

export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  const enable = (module as { enableCompileCache?: EnableCompileCache }).enableCompileCache
  if (typeof enable !== 'function' || env.ETCD_RESTORE_COMPILE_CACHE === '0') return
  if (env.NODE_COMPILE_CACHE) return // Node's own setting: already on, in the folder it names
  try {
    const xdg = env.XDG_CACHE_HOME
    const home = homedir()
    // never a home folder that is not there (a system user's HOME=/nonexistent): Node would make it
    if (!(xdg && isAbsolute(xdg)) && !statSync(home, { throwIfNoEntry: false })?.isDirectory())
      return
    const base = xdg && isAbsolute(xdg) ? xdg : join(home, '.cache')
    enable(join(base, 'etcd-restore', 'node-compile-cache'))
  } catch {
    // no home, or a Node that refuses: the run goes on uncached
  }
}
