/**
 * The .docx package zipped once, with fflate (small, several times faster than
 * the pako deflate pizzip uses; the same code in Node, browsers and workers),
 * or with a platform's own DEFLATE when the caller has one (Node's zlib in the
 * command line). Pure: bytes in, bytes out.
 */
import { strFromU8, strToU8, unzipSync, Zip, zipSync, type ZipInputFile } from "fflate";

/** The files of a zip package by path, in the package's order. */
export type ZipFiles = Record<string, Uint8Array>;

/** A platform's raw DEFLATE and CRC-32 (e.g. Node's zlib), used instead of fflate's JavaScript ones. */
export interface ZipCodec {
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

export function unzipFiles(bytes: Uint8Array): ZipFiles {
  return unzipSync(bytes);
}

export function textOf(files: ZipFiles, path: string): string | null {
  const data = files[path];
  return data ? strFromU8(data) : null;
}

/**
 * Zips the files in their order, each compressed with DEFLATE (level 6, as
 * zlib's default), the texts of `replace` in place of (or after) the files of
 * the same path.
 */
export function zipFiles(files: ZipFiles, replace: Record<string, string> = {}, codec?: ZipCodec): Uint8Array {
  const out: ZipFiles = {};
  for (const [path, data] of Object.entries(files)) out[path] = path in replace ? strToU8(replace[path]) : data;
  for (const [path, text] of Object.entries(replace)) if (!(path in out)) out[path] = strToU8(text);
  return codec ? zipWith(out, codec) : zipSync(out, { level: 6 });
}

/** fflate writes the zip (headers, central directory); each file's bytes come deflated by the codec. */
function zipWith(files: ZipFiles, codec: ZipCodec): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const [path, data] of Object.entries(files)) {
    const entry: ZipInputFile = { filename: path, size: data.length, crc: codec.crc32(data) >>> 0, compression: 8 };
    zip.add(entry);
    const deflated = codec.deflateRaw(data);
    // fflate's handler type wants an ArrayBuffer-backed array: a view of the same bytes.
    entry.ondata?.(null, new Uint8Array(deflated.buffer as ArrayBuffer, deflated.byteOffset, deflated.byteLength), true);
  }
  zip.end();
  if (failure) throw failure;
  let length = 0;
  for (const c of chunks) length += c.length;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
