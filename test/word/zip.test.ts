/** The .docx zipping: fflate's DEFLATE or a platform's own (Node's zlib, as the CLI passes), the same files back. */
import * as zlib from "zlib";
import { unzipSync } from "fflate";
import { unzipFiles, zipFiles, textOf, type ZipCodec } from "../../src/core/word/zip";

const node: ZipCodec = { deflateRaw: (d) => zlib.deflateRawSync(d, { level: 6 }), crc32: (d) => zlib.crc32(d) };

describe("zipFiles", () => {
  const files = {
    "[Content_Types].xml": new TextEncoder().encode("<Types/>"),
    "word/": new Uint8Array(0),
    "word/document.xml": new TextEncoder().encode("<w:document>marker</w:document>"),
    "word/media/x.bin": Uint8Array.from({ length: 70000 }, (_, n) => (n * 7919) % 251),
  };

  it.each([["fflate", undefined], ["Node's zlib", node]])("%s: the same files, in order, the replaced text in place", (_what, codec) => {
    const bytes = zipFiles(files, { "word/document.xml": "<w:document>Kế hoạch ể ủ</w:document>", "extra.xml": "<x/>" }, codec);
    const back = unzipSync(bytes);
    expect(Object.keys(back)).toEqual(["[Content_Types].xml", "word/", "word/document.xml", "word/media/x.bin", "extra.xml"]);
    expect(textOf(back, "word/document.xml")).toBe("<w:document>Kế hoạch ể ủ</w:document>");
    expect(Buffer.from(back["word/media/x.bin"]).equals(Buffer.from(files["word/media/x.bin"]))).toBe(true);
    expect(Object.keys(unzipFiles(bytes))).toHaveLength(5);
  });
});
