import { accessSync, constants } from 'node:fs'
import { delimiter, join, resolve } from 'node:path'
import { findEtcd } from '../../lib/etcd-release/etcd-binary.js'
import { InputError } from '../../lib/errors.js'
import {
  DEFAULT_ETCD_MIRROR,
  parseEtcdVersion,
  parseMirror,
  parseSha256
} from '../../lib/etcd-release/releases.js'
import { Inputs, type VerifyMode } from '../constants.js'
import { text } from './read.js'
import { ignoredWithoutBoot } from './rules.js'
import type { EtcdInputs } from './types.js'

/** etcd-path, or etcd-version with etcd-mirror and etcd-sha256: which etcd a drill boots. */
export function etcdInputs(verify: VerifyMode): EtcdInputs {
  const etcdPath = text(Inputs.EtcdPath)
  const path = etcdPath ? resolve(etcdPath) : undefined
  const version = text(Inputs.EtcdVersion)
  const pin = text(Inputs.EtcdSha256)
  const given = text(Inputs.EtcdMirror)
  ignoredWithoutBoot(verify, [Inputs.EtcdVersion, Inputs.EtcdMirror, Inputs.EtcdSha256])
  const mirror = given ? parseMirror(given, `input '${Inputs.EtcdMirror}'`) : DEFAULT_ETCD_MIRROR
  if (!version) {
    if (pin) throw new InputError(`input '${Inputs.EtcdSha256}' needs '${Inputs.EtcdVersion}'`)
    return { path, mirror }
  }
  if (etcdPath)
    throw new InputError(`set at most one of '${Inputs.EtcdPath}' and '${Inputs.EtcdVersion}'`)
  const spec = parseEtcdVersion(version, `input '${Inputs.EtcdVersion}'`)
  if (pin && spec === 'auto')
    throw new InputError(
      `input '${Inputs.EtcdSha256}' pins one tarball: set '${Inputs.EtcdVersion}' to its release, not auto`
    )
  const sha256 = pin ? parseSha256(pin, `input '${Inputs.EtcdSha256}'`) : undefined
  return { path, mirror, release: { spec, mirror, ...(sha256 && { sha256 }) } }
}

/**
 * The etcd binary for `verify: boot`, checked before any download (it runs `etcd --version`, so it
 * is kept out of getInputs); errors name `etcd-path`. Undefined: an official release is fetched
 * once the snapshot is known (etcd-version, or `auto` when neither etcd-path nor PATH has an etcd).
 */
export function checkEtcd(
  etcdPath: string | undefined,
  release?: EtcdInputs['release']
): string | undefined {
  if (release !== undefined) return undefined
  if (!etcdPath && !etcdOnPath()) return undefined
  try {
    return findEtcd(etcdPath).path
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    throw new InputError(
      etcdPath
        ? `input '${Inputs.EtcdPath}': ${error.message}`
        : `${Inputs.Verify}: boot needs etcd: none on PATH; set the '${Inputs.EtcdPath}' input to an etcd binary`
    )
  }
}

/** Whether PATH names an executable `etcd` at all (findEtcd then says if it is a usable one). */
function etcdOnPath(): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, 'etcd'), constants.X_OK)
      return dir !== ''
    } catch {
      return false
    }
  })
}
