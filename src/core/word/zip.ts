/**
 * The .docx package zipped once, with fflate (small, several times faster than
 * the pako deflate pizzip uses; the same code in Node, browsers and workers).
 * Pure: bytes in, bytes out.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** The files of a zip package by path, in the package's order. */
export type ZipFiles = Record<string, Uint8Array>;

export function unzipFiles(bytes: Uint8Array): ZipFiles {
  return unzipSync(bytes);
}

export function textOf(files: ZipFiles, path: string): string | null {
  const data = files[path];
  return data ? strFromU8(data) : null;
}

/** Zips the files in their order, each compressed with DEFLATE (level 6, as zlib's default). */
export function zipFiles(files: ZipFiles, replace: Record<string, string> = {}): Uint8Array {
  const out: ZipFiles = {};
  for (const [path, data] of Object.entries(files)) out[path] = path in replace ? strToU8(replace[path]) : data;
  for (const [path, text] of Object.entries(replace)) if (!(path in out)) out[path] = strToU8(text);
  return zipSync(out, { level: 6 });
}
