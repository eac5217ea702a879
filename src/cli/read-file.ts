/**
 * Reads a whole file for the CLI, but only a regular file and only up to a
 * limit: the size is checked on the file actually opened (fstat of the open
 * handle, not a stat of the name), and reading stops one byte past the limit
 * whatever the size said (/dev/zero, a FIFO, /proc files report 0 or lie).
 */
import { promises as fs } from "fs";

export type BoundedRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: "missing" | "unreadable" | "directory" | "not-regular" | "too-large" };

export async function readFileBounded(file: string, maxBytes: number): Promise<BoundedRead> {
  let handle: fs.FileHandle;
  try {
    // Looked at before opening too: opening a FIFO waits for a writer.
    const named = await fs.stat(file);
    if (named.isDirectory()) return { ok: false, reason: "directory" };
    if (!named.isFile()) return { ok: false, reason: "not-regular" };
    handle = await fs.open(file, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, reason: "missing" };
    if (code === "EISDIR") return { ok: false, reason: "directory" };
    return { ok: false, reason: "unreadable" };
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { ok: false, reason: "directory" };
    if (!stat.isFile()) return { ok: false, reason: "not-regular" };
    if (stat.size > maxBytes) return { ok: false, reason: "too-large" };
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stat.size, 64 * 1024)));
    let length = 0;
    let grown = buffer;
    for (;;) {
      if (length === grown.length) {
        if (grown.length > maxBytes) return { ok: false, reason: "too-large" };
        const next = Buffer.alloc(Math.min(maxBytes + 1, grown.length * 2));
        grown.copy(next, 0, 0, length);
        grown = next;
      }
      const { bytesRead } = await handle.read(grown, length, grown.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, reason: "too-large" };
    return { ok: true, bytes: new Uint8Array(grown.buffer, grown.byteOffset, length) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EISDIR") return { ok: false, reason: "directory" };
    return { ok: false, reason: "unreadable" };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
