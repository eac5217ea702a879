/**
 * Loaded by the command line (a side effect): zip entries are inflated with
 * Node's zlib (native) rather than fflate's JavaScript inflater, with the same
 * limits (src/core/zip.ts useRawInflater). On the 5,000-row sheet this is most
 * of the unzipping time of `ctcl check`. The browser pane keeps fflate.
 */
import * as zlib from "zlib";
import { useRawInflater, type RawInflater } from "../core/zip";

export const nodeInflateRaw: RawInflater = (data, maxBytes) => {
  try {
    // maxOutputLength: zlib stops (ERR_BUFFER_TOO_LARGE) rather than inflate more than maxBytes.
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
};

useRawInflater(nodeInflateRaw);
