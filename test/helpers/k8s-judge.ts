/**
 * test/k8s-judge (Kubernetes' own decoding and decryption, k8s.io/apiserver v0.37.2), built once
 * per machine: the binary is cached under the temp dir keyed by the hash of go.mod, go.sum and
 * main.go (scripts/fixtures/k8s-judge-build.mjs, which .ci/run calls too). The first build compiles
 * k8s.io/apiserver: minutes on 2 CPUs; later ones reuse the binary.
 * Needs Go >= 1.26 (k8s.io/apiserver v0.37's go.mod) at /usr/local/go/bin or on PATH, and the Go
 * module proxy. K8S_JUDGE=0 turns the live judge off (the checked-in answers are still used);
 * REQUIRE_ETCD=1 (CI) makes a missing Go a failure, as for the bbolt judge.
 */
import { resolve } from 'node:path'
import { buildK8sJudge } from '../../scripts/fixtures/k8s-judge-build.mjs'
import { goMinorVersion } from './go.js'

const root = resolve(import.meta.dirname, '../..')

/** Why the live judge cannot run here, or undefined when it can. */
export function k8sJudgeUnavailable(): string | undefined {
  if (process.env.K8S_JUDGE === '0') return 'K8S_JUDGE=0'
  if (goMinorVersion() < 26) return 'needs Go >= 1.26 (/usr/local/go) and the Go module proxy'
  return undefined
}

/** The judge's binary, built when not cached yet. */
export function k8sJudgeBinary(): string {
  return buildK8sJudge(root, { quiet: true })
}
