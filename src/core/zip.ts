/**
 * A zip read from its central directory, with limits checked before anything
 * is inflated: the .xlsx reader and the .docx template both use it, so a
 * small file that inflates to gigabytes (one huge shared string, a huge sheet,
 * zeros in xl/media) is refused from the sizes the zip declares, and an entry
 * whose data inflates past its declared size is stopped there (a lying
 * header). Inflating is fflate's streaming inflater, fed in small chunks, so
 * memory stays within the declared sizes, or the host's raw inflater
 * (useRawInflater: the CLI's is Node's zlib), held to the same sizes. Pure:
 * bytes in, bytes out.
 */
import { Inflate, zipSync, type Zippable } from "fflate";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  method: number;
  /** General purpose flags; bit 0 = encrypted. */
  flags: number;
  compressedSize: number;
  /** Uncompressed size as the central directory declares it. */
  size: number;
  localOffset: number;
}

export type ZipProblem = "not-zip" | "encrypted" | "too-large" | "damaged";

export class ZipError extends Error {
  constructor(
    public readonly problem: ZipProblem,
    /** The entry concerned, when there is one. */
    public readonly entry: string | null,
    message: string,
  ) {
    super(message);
    this.name = "ZipError";
  }
}

/** Bytes that start like an OLE compound file (D0 CF 11 E0): an old .xls/.doc, or an Office file protected by a password. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0 && bytes[4] === 0xa1 && bytes[5] === 0xb1 && bytes[6] === 0x1a && bytes[7] === 0xe1;
}

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

const utf8 = new TextDecoder("utf-8");

/** The entries of a zip, from its central directory; throws ZipError("not-zip" | "damaged"). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("not-zip", null, "no end of central directory");
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError("damaged", null, "zip64 is not read");
  if (cdOffset + cdSize > bytes.length) throw new ZipError("damaged", null, "central directory out of the file");
  const out: ZipEntry[] = [];
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ZipError("damaged", null, "bad central directory entry");
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    if (at + 46 + nameLength > bytes.length) throw new ZipError("damaged", null, "bad entry name");
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\/+/, "");
    out.push({ name, method, flags, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/**
 * A raw DEFLATE inflater a host may put in place of fflate's (the command
 * line: Node's zlib, native, several times faster on a big sheet): the bytes
 * `data` inflates to, or null when that would be more than `maxBytes` (it must
 * never produce more); throws on data that is not DEFLATE.
 */
export type RawInflater = (data: Uint8Array, maxBytes: number) => Uint8Array | null;

let rawInflater: RawInflater | null = null;

/** Installs (or, with null, removes) the host's raw inflater for every zip read after this. */
export function useRawInflater(inflater: RawInflater | null): void {
  rawInflater = inflater;
}

/** An entry inflated by the host's inflater, with the same checks and errors as fflate's path below. */
function inflateWith(inflater: RawInflater, data: Uint8Array, entry: ZipEntry): Uint8Array {
  let out: Uint8Array | null;
  try {
    // One byte more than declared: an entry that inflates past its declared size is told from one that fits.
    out = inflater(data, entry.size + 1);
  } catch {
    throw new ZipError("damaged", entry.name, "bad deflate data");
  }
  if (out === null || out.length > entry.size) throw new ZipError("damaged", entry.name, "inflates past its declared size");
  if (out.length !== entry.size) throw new ZipError("damaged", entry.name, "shorter than its declared size");
  return out;
}

/** Inflates one entry, never past its declared size nor `maxBytes`; throws ZipError. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  if (entry.flags & 1) throw new ZipError("encrypted", entry.name, "encrypted entry");
  if (entry.size > maxBytes) throw new ZipError("too-large", entry.name, `${entry.size} bytes`);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw new ZipError("damaged", entry.name, "bad local header");
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError("damaged", entry.name, "entry data out of the file");
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError("damaged", entry.name, "stored size mismatch");
    return data.slice();
  }
  if (entry.method !== 8) throw new ZipError("damaged", entry.name, `compression method ${entry.method}`);
  if (rawInflater) return inflateWith(rawInflater, data, entry);
  const out = new Uint8Array(entry.size);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > out.length) {
      overflow = true;
      throw new ZipError("damaged", entry.name, "inflates past its declared size");
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  // Small input chunks: one push can inflate at most ~1,000 times its input.
  const CHUNK = 4096;
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length && !overflow; i += CHUNK) inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError("damaged", entry.name, "bad deflate data");
  }
  if (written !== out.length) throw new ZipError("damaged", entry.name, "shorter than its declared size");
  return out;
}

/** Entries to keep, with a limit per entry and on their total; anything else is dropped unread. */
export interface ZipFilter {
  /** Keep and read this entry ("read"), keep its name with no content ("empty"), or drop it. */
  keep(name: string): "read" | "empty" | "drop";
  maxEntryBytes: number;
  maxTotalBytes: number;
}

/**
 * The entries a filter keeps, inflated within its limits (sizes checked on the
 * declared sizes first, before any inflating); throws ZipError.
 */
export function readZipFiltered(bytes: Uint8Array, filter: ZipFilter): Map<string, Uint8Array> {
  const entries = zipEntries(bytes).filter((e) => !e.name.endsWith("/"));
  const kept = entries.map((e) => ({ e, how: filter.keep(e.name) })).filter((k) => k.how !== "drop");
  let total = 0;
  for (const { e, how } of kept) {
    if (how !== "read") continue;
    if (e.flags & 1) throw new ZipError("encrypted", e.name, "encrypted entry");
    if (e.size > filter.maxEntryBytes) throw new ZipError("too-large", e.name, `${e.size} bytes`);
    total += e.size;
    if (total > filter.maxTotalBytes) throw new ZipError("too-large", e.name, `${total} bytes in all`);
  }
  const out = new Map<string, Uint8Array>();
  for (const { e, how } of kept) out.set(e.name, how === "read" ? readZipEntry(bytes, e, filter.maxEntryBytes) : new Uint8Array(0));
  return out;
}

/** A new zip of these files, stored (not compressed: it is only handed to another reader). */
export function storedZip(files: Map<string, Uint8Array>): Uint8Array {
  const z: Zippable = {};
  for (const [name, data] of files) z[name] = [data, { level: 0 }];
  return zipSync(z);
}
