/**
 * Where a key belongs: its prefix group and, for a namespaced Kubernetes object, its namespace.
 *
 * kube-apiserver (default `--etcd-prefix /registry`) stores an object at
 * `/registry/<resource>/[<namespace>/]<name>`. The resource path is:
 * - `/registry/<group>/<resource>/` when the first segment holds a dot: custom resources
 *   (`/registry/example.com/widgets/`) and the few built-ins stored the same way
 *   (`/registry/apiregistration.k8s.io/apiservices/`,
 *   `/registry/apiextensions.k8s.io/customresourcedefinitions/`);
 * - `/registry/services/specs/` and `/registry/services/endpoints/`: services are split in two;
 * - `/registry/<resource>/` otherwise (`/registry/pods/`, `/registry/deployments/`, and
 *   singletons such as `/registry/ranges/serviceips`).
 * After the resource path, two segments mean `<namespace>/<name>`, one means a cluster-scoped
 * name. A key with nothing after the resource path is grouped by its own folder.
 * Any other key is grouped by its first `depth` folders (`/app/config/x` at depth 1: `/app/`).
 * Keys are latin1 strings here (one char per byte), so any bytes work.
 */

export const REGISTRY_ROOT = '/registry/'

/**
 * kube-apiserver's `--etcd-prefix` as the inventory's Kubernetes root, with its trailing `/`;
 * undefined when `prefix` is not a key prefix (`/` then printable ASCII).
 */
export function kubernetesRoot(prefix: string): string | undefined {
  if (!/^\/[\x21-\x7e]*$/.test(prefix)) return undefined
  return prefix.endsWith('/') ? prefix : `${prefix}/`
}

/** `/registry/services/<these>/` are resources of their own. */
const SPLIT_RESOURCES: Record<string, readonly string[]> = {
  services: ['specs', 'endpoints']
}

export interface KeyPlace {
  prefix: string
  /** Set for a namespaced object under /registry. */
  namespace?: string
}

/** The prefix group and namespace of `key`. */
export function placeKey(key: string, depth: number): KeyPlace {
  if (!key.startsWith(REGISTRY_ROOT)) return { prefix: folders(key, depth) }
  const segments = key.slice(REGISTRY_ROOT.length).split('/')
  const first = segments[0]!
  const second = segments[1]
  const twoLevel =
    second !== undefined && (first.includes('.') || SPLIT_RESOURCES[first]?.includes(second))
  const resourceDepth = twoLevel ? 2 : 1
  const rest = segments.length - resourceDepth
  if (rest < 1) return { prefix: folderOf(key) }
  const prefix = REGISTRY_ROOT + segments.slice(0, resourceDepth).join('/') + '/'
  return rest >= 2 ? { prefix, namespace: segments[resourceDepth]! } : { prefix }
}

/** The key cut after its first `depth` folders (a leading `/` is the root, not a folder). */
function folders(key: string, depth: number): string {
  let seen = 0
  for (let i = key.startsWith('/') ? 1 : 0; i < key.length; i++) {
    if (key.charCodeAt(i) === 0x2f && ++seen === depth) return key.slice(0, i + 1)
  }
  return folderOf(key)
}

/** Everything up to and including the last `/` ('' for a key without one). */
function folderOf(key: string): string {
  return key.slice(0, key.lastIndexOf('/') + 1)
}
