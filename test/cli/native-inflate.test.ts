/** The CLI inflates zip entries with Node's zlib: the same bytes as fflate, the same limits and errors. */
import * as fs from "fs";
import { zipSync, strToU8 } from "fflate";
import { nodeInflateRaw } from "../../src/cli/native-inflate";
import { readZipEntry, useRawInflater, zipEntries, ZipError } from "../../src/core/zip";
import { SAMPLE } from "../helpers";

/** The zip's central directory entry of `name`, to declare a wrong size in it. */
function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = out.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const len = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(out.subarray(at + 46, at + 46 + len)) === name) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${name}`);
}

/** The error readZipEntry throws on the one entry of `zip`, with the CLI's inflater and with fflate. */
function bothWays(zip: Uint8Array): [string, string] {
  const entry = zipEntries(zip)[0];
  let inflated = 0;
  useRawInflater((data, max) => (inflated++, nodeInflateRaw(data, max)));
  const problem = (): string => {
    try {
      readZipEntry(zip, entry, 1 << 20);
      return "read";
    } catch (e) {
      return e instanceof ZipError ? `${e.problem}: ${e.message}` : String(e);
    }
  };
  const native = problem();
  expect(inflated).toBe(1); // the CLI's inflater did run
  useRawInflater(null);
  try {
    return [native, problem()];
  } finally {
    useRawInflater(nodeInflateRaw);
  }
}

describe("zip entries inflated by Node's zlib", () => {
  const text = "Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường\n".repeat(2_000);
  const zip = zipSync({ "xl/sharedStrings.xml": [strToU8(text), { level: 6 }] });

  it("gives the same bytes as fflate for every part of a real workbook", () => {
    const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
    useRawInflater(nodeInflateRaw);
    const entries = zipEntries(bytes).filter((e) => e.method === 8);
    expect(entries.length).toBeGreaterThan(3);
    const native = entries.map((e) => readZipEntry(bytes, e, 1 << 26));
    useRawInflater(null);
    const js = entries.map((e) => readZipEntry(bytes, e, 1 << 26));
    useRawInflater(nodeInflateRaw);
    native.forEach((n, i) => expect(Buffer.from(n).equals(Buffer.from(js[i]))).toBe(true));
  });

  it("an entry inflating past its declared size is refused, as with fflate", () => {
    const [native, js] = bothWays(patchDeclaredSize(zip, "xl/sharedStrings.xml", 1_000));
    expect(native).toBe("damaged: inflates past its declared size");
    expect(js).toBe(native);
  });

  it("an entry shorter than declared, and data that is not DEFLATE, are damaged", () => {
    const short = bothWays(patchDeclaredSize(zip, "xl/sharedStrings.xml", strToU8(text).length + 10));
    expect(short[0]).toBe("damaged: shorter than its declared size");
    expect(short[1]).toBe(short[0]);
    const garbage = zip.slice();
    const entry = zipEntries(garbage)[0];
    const start = entry.localOffset + 30 + "xl/sharedStrings.xml".length;
    garbage.fill(0xff, start, start + 64);
    const bad = bothWays(garbage);
    expect(bad[0]).toBe("damaged: bad deflate data");
    expect(bad[1]).toBe(bad[0]);
  });
});
