/**
 * The Go the test judges build with: the machine's /usr/local/go first (Debian's golang-go is too
 * old for bbolt 1.4+ and k8s.io/apiserver), no toolchain downloads, modules resolved as needed.
 */
import { spawnSync } from 'node:child_process'
import { delimiter } from 'node:path'

export const GO_ENV = {
  ...process.env,
  PATH: ['/usr/local/go/bin', process.env.PATH ?? ''].join(delimiter),
  GOTOOLCHAIN: 'local',
  GOFLAGS: '-mod=mod'
}

/** The minor version of that Go (`go1.26.8` → 26), or 0 when there is none. */
export function goMinorVersion(): number {
  const go = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8', env: GO_ENV })
  return go.status === 0 ? Number(/^go1\.(\d+)/.exec(go.stdout ?? '')?.[1] ?? 0) : 0
}
