/**
 * Encoding with the encoders generated at build time (encoders.generated.ts, protobufjs's own
 * code for each message): a run that writes WAL and .snap files builds no protobufjs types.
 */
import { InvariantError } from '../errors.js'
import { ENCODERS } from './encoders.generated.js'

/** The wire bytes of `message` as the protobuf message `fullName` (e.g. `raftpb.Entry`). */
export function encodeMessage(fullName: string, message: object): Uint8Array {
  const encoder = ENCODERS[fullName]
  if (encoder === undefined) throw new InvariantError(`no protobuf message ${fullName}`)
  // A plain copy: protobufjs returns a Node Buffer, often a slice of a shared pool, whose
  // slice() is a view, not a copy.
  return new Uint8Array(encoder(message).finish())
}
