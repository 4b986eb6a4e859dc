/**
 * One protobufjs Root holding every embedded .proto file (sources.generated.ts), parsed once on
 * first use. `.proto` files cannot be read at run time because ncc bundles the code.
 * Field names are exactly as written in the .proto files (keepCase): `Term`, `conf_state`, `NodeID`.
 * proto2 `required` fields make decode throw when they are absent: stricter than Go, on purpose.
 */
import protobuf from 'protobufjs'
import { InvariantError } from '../errors.js'
import { PROTO_SOURCES } from './sources.generated.js'

let root: protobuf.Root | undefined

function loadRoot(): protobuf.Root {
  // Decoding uint64 without long.js silently rounds to a double; IDs need all 64 bits.
  if (!protobuf.util.Long) throw new InvariantError('protobufjs has no long.js support')
  const r = new protobuf.Root()
  for (const name of Object.keys(PROTO_SOURCES).sort()) {
    protobuf.parse(PROTO_SOURCES[name]!, r, { keepCase: true })
  }
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
