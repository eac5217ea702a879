/**
 * Small zips that inflate to a lot, built quickly: a part is a head, one chunk
 * repeated many times and a tail. Each piece is deflated once (zlib, flushed
 * so that pieces stand alone) and the repeated piece's compressed bytes are
 * repeated, so 200 MB of one letter costs a 1 MB deflate and ~200 KB of zip.
 * Not a test file itself.
 */
import * as zlib from "zlib";
import { unzipSync } from "fflate";

export interface Part {
  name: string;
  /** The whole content, or head + chunk × times + tail. */
  data?: Uint8Array | string;
  head?: string;
  chunk?: Uint8Array | string;
  times?: number;
  tail?: string;
  /** The uncompressed size the zip declares, when it should lie. */
  declare?: number;
}

const enc = (s: Uint8Array | string): Uint8Array => (typeof s === "string" ? new TextEncoder().encode(s) : s);

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crc32(data: Uint8Array, prev = 0): number {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  if (native) return native(data, prev);
  let c = ~prev;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function compressPart(p: Part): { compressed: Buffer[]; size: number; crc: number } {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const head = enc(p.data ?? p.head ?? "");
  const chunk = enc(p.chunk ?? "");
  const times = p.chunk === undefined ? 0 : (p.times ?? 1);
  const tail = enc(p.tail ?? "");
  const compressed: Buffer[] = [zlib.deflateRawSync(head, flush)];
  let crc = crc32(head);
  if (times > 0) {
    const piece = zlib.deflateRawSync(chunk, flush);
    for (let i = 0; i < times; i++) {
      compressed.push(piece);
      crc = crc32(chunk, crc);
    }
  }
  compressed.push(zlib.deflateRawSync(tail));
  crc = crc32(tail, crc);
  return { compressed, size: head.length + chunk.length * times + tail.length, crc };
}

/** A zip of these parts (deflated). */
export function zipParts(parts: Part[]): Uint8Array {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const { compressed, size: real, crc } = compressPart(p);
    const size = p.declare ?? real;
    const csize = compressed.reduce((n, b) => n + b.length, 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(csize, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(csize, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    out.push(local, name, ...compressed);
    offset += 30 + name.length + csize;
  }
  const cdBytes = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(parts.length, 8);
  eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(cdBytes.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...out, cdBytes, eocd]));
}

/** The parts of an existing zip, with some replaced or added. */
export function withParts(zip: Uint8Array, replace: Part[]): Uint8Array {
  const files = unzipSync(zip);
  const names = new Set(replace.map((p) => p.name));
  const kept: Part[] = Object.entries(files)
    .filter(([n]) => !names.has(n))
    .map(([name, data]) => ({ name, data }));
  return zipParts([...kept, ...replace]);
}
