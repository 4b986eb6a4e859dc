import { connect, constants } from 'node:http2'
import { VerificationError } from '../errors.js'
import { GatewayError, type ResponseHeader } from './gateway-json.js'

/**
 * Maintenance.HashKV as a plain gRPC unary call over cleartext HTTP/2. etcd 3.4's JSON gateway
 * registers Hash and HashKV on the same path (/v3/maintenance/hash) and Hash wins, so HashKV
 * is only reachable over gRPC. etcd serves gRPC and HTTP on the same client port.
 * The messages are tiny, so they are encoded by hand (field numbers from etcd's rpc.proto:
 * HashKVRequest{revision=1}, HashKVResponse{header=1, hash=2, compact_revision=3},
 * ResponseHeader{cluster_id=1, member_id=2, revision=3, raft_term=4}).
 * A transport only: GatewayClient calls it, and adds the login and its retries.
 */
export async function hashKVOverGrpc(
  endpoint: string,
  revision: bigint,
  timeoutMs: number,
  token?: string
): Promise<{ hash: number; compactRevision: bigint; header: ResponseHeader }> {
  const message =
    revision === 0n ? Buffer.alloc(0) : Buffer.concat([Buffer.from([0x08]), varint(revision)])
  const frame = Buffer.alloc(5 + message.length)
  frame.writeUInt32BE(message.length, 1)
  message.copy(frame, 5)
  const reply = await unary(endpoint, '/etcdserverpb.Maintenance/HashKV', frame, timeoutMs, token)
  const fields = decode(reply, 'HashKVResponse')
  const headerFields = decode(
    (fields.get(1) as Buffer | undefined) ?? Buffer.alloc(0),
    'ResponseHeader'
  )
  const num = (map: Map<number, bigint | Buffer>, n: number): bigint => {
    const v = map.get(n)
    return typeof v === 'bigint' ? v : 0n
  }
  return {
    hash: Number(num(fields, 2) & 0xffffffffn),
    // int64 on the wire as a two's-complement varint (-1 when never compacted)
    compactRevision: BigInt.asIntN(64, num(fields, 3)),
    header: {
      clusterId: num(headerFields, 1),
      memberId: num(headerFields, 2),
      revision: BigInt.asIntN(64, num(headerFields, 3)),
      raftTerm: num(headerFields, 4)
    }
  }
}

function unary(
  endpoint: string,
  path: string,
  frame: Buffer,
  timeoutMs: number,
  token?: string
): Promise<Buffer> {
  const what = `gRPC ${path} at ${endpoint}`
  return new Promise((resolve, reject) => {
    const session = connect(endpoint)
    const fail = (error: Error): void => {
      session.destroy()
      reject(
        error instanceof VerificationError
          ? error
          : new VerificationError(`${what}: ${error.message}`)
      )
    }
    const timer = setTimeout(
      () => fail(new VerificationError(`${what}: no answer within ${timeoutMs} ms`)),
      timeoutMs
    )
    session.on('error', fail)
    const req = session.request({
      [constants.HTTP2_HEADER_METHOD]: 'POST',
      [constants.HTTP2_HEADER_PATH]: path,
      'content-type': 'application/grpc',
      te: 'trailers',
      ...(token === undefined ? {} : { token })
    })
    const chunks: Buffer[] = []
    let size = 0
    let status: string | undefined
    let grpcMessage = ''
    const readStatus = (headers: Record<string, unknown>): void => {
      if (headers['grpc-status'] !== undefined) {
        status = String(headers['grpc-status'])
        grpcMessage = decodeURIComponent(String(headers['grpc-message'] ?? ''))
      }
    }
    req.on('response', readStatus) // trailers-only replies carry the status in the headers
    req.on('trailers', readStatus)
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > 1024 * 1024) fail(new VerificationError(`${what}: reply too large`))
      else chunks.push(chunk)
    })
    req.on('error', fail)
    req.on('end', () => {
      clearTimeout(timer)
      session.close()
      if (status !== '0') {
        // the same error as the JSON gateway's, so the client retries both alike
        const code = status === undefined ? undefined : Number(status)
        reject(
          new GatewayError(
            `${what}: grpc-status ${status ?? 'missing'} ${grpcMessage}`.trim(),
            code,
            grpcMessage
          )
        )
        return
      }
      const body = Buffer.concat(chunks)
      const length = body.length >= 5 ? body.readUInt32BE(1) : -1
      if (length < 0 || body[0] !== 0 || 5 + length > body.length) {
        reject(new VerificationError(`${what}: malformed gRPC frame (${body.length} bytes)`))
        return
      }
      resolve(body.subarray(5, 5 + length))
    })
    req.end(frame)
  })
}

function varint(value: bigint): Buffer {
  const out: number[] = []
  let v = BigInt.asUintN(64, value)
  do {
    const low = Number(v & 0x7fn)
    v >>= 7n
    out.push(v === 0n ? low : low | 0x80)
  } while (v !== 0n)
  return Buffer.from(out)
}

/** Field number → last value (varint as bigint, length-delimited as Buffer). Rejects other wire types. */
function decode(buf: Buffer, what: string): Map<number, bigint | Buffer> {
  const fields = new Map<number, bigint | Buffer>()
  let pos = 0
  const readVarint = (): bigint => {
    let result = 0n
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (pos >= buf.length) throw new VerificationError(`${what}: truncated varint`)
      const b = buf[pos++] as number
      result |= BigInt(b & 0x7f) << shift
      if ((b & 0x80) === 0) return result
    }
    throw new VerificationError(`${what}: varint too long`)
  }
  while (pos < buf.length) {
    const tag = readVarint()
    const field = Number(tag >> 3n)
    const wireType = Number(tag & 7n)
    if (wireType === 0) {
      fields.set(field, readVarint())
    } else if (wireType === 2) {
      const length = Number(readVarint())
      if (pos + length > buf.length)
        throw new VerificationError(`${what}: field ${field} overruns the message`)
      fields.set(field, buf.subarray(pos, pos + length))
      pos += length
    } else {
      throw new VerificationError(`${what}: unexpected wire type ${wireType} for field ${field}`)
    }
  }
  return fields
}
