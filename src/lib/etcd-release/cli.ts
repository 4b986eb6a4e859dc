import { InputError } from '../errors.js'
import type { Logger } from '../logger.js'
import { installRelease } from './cli-cache.js'
import { resolveRelease } from './cluster-version.js'
import { DEFAULT_ETCD_MIRROR, parseEtcdVersion, parseMirror, parseSha256 } from './releases.js'

/**
 * `drill --etcd-version V|auto [--etcd-mirror URL] [--etcd-sha256 H]`: the path of that official
 * release's etcd in the CLI's cache (downloaded and verified when missing); undefined without
 * --etcd-version.
 */
export async function releaseEtcdPath(
  flags: ReadonlyMap<string, string>,
  snapshotPath: string,
  logger: Logger
): Promise<string | undefined> {
  const value = flags.get('etcd-version')
  if (value === undefined) {
    for (const flag of ['etcd-mirror', 'etcd-sha256'])
      if (flags.has(flag)) throw new InputError(`--${flag} needs --etcd-version`)
    return undefined
  }
  if (flags.has('etcd-path'))
    throw new InputError('set at most one of --etcd-path and --etcd-version')
  const spec = parseEtcdVersion(value, '--etcd-version')
  const pinned = flags.get('etcd-sha256')
  if (pinned !== undefined && spec === 'auto')
    throw new InputError(
      '--etcd-sha256 pins one tarball: give --etcd-version its release, not auto'
    )
  const mirror = parseMirror(flags.get('etcd-mirror') ?? DEFAULT_ETCD_MIRROR, '--etcd-mirror')
  const version = await resolveRelease(spec, snapshotPath)
  if (spec === 'auto') logger.info(`--etcd-version auto: etcd ${version} for ${snapshotPath}`)
  const installed = await installRelease({
    version,
    mirror,
    ...(pinned === undefined
      ? {}
      : { pin: { sha256: parseSha256(pinned, '--etcd-sha256'), source: '--etcd-sha256' } }),
    logger
  })
  return installed.path
}
