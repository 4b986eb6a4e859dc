/**
 * One protobufjs Root holding every message of the .proto files of this folder, built once on
 * first use from their JSON descriptor (descriptor.generated.ts: protobufjs compiles them at
 * build time, so only its light build, without the .proto parser, is bundled).
 * Field names are exactly as written in the .proto files (keepCase): `Term`, `conf_state`, `NodeID`.
 * proto2 `required` fields make decode throw when they are absent: stricter than Go, on purpose.
 */
import protobuf from 'protobufjs/light.js'
import { InvariantError } from '../errors.js'
import { PROTO_DESCRIPTOR } from './descriptor.generated.js'

let root: protobuf.Root | undefined

function loadRoot(): protobuf.Root {
  // Decoding uint64 without long.js silently rounds to a double; IDs need all 64 bits.
  if (!protobuf.util.Long) throw new InvariantError('protobufjs has no long.js support')
  const r = protobuf.Root.fromJSON(PROTO_DESCRIPTOR)
  r.resolveAll()
  return r
}

/** The message type `fullName` (e.g. `raftpb.Entry`); an unknown name is a bug. */
export function protoType(fullName: string): protobuf.Type {
  root ??= loadRoot()
  const type = root.lookup(fullName)
  if (!(type instanceof protobuf.Type)) throw new InvariantError(`no protobuf message ${fullName}`)
  return type
}
