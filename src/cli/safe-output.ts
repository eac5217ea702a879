/**
 * What the CLI prints and writes, made safe:
 * - text from a cell or a file name never reaches the terminal with its
 *   control characters (ESC sequences can clear the screen or forge lines;
 *   a bidi override can reorder what is shown): they are shown as \xHH / \uHHHH;
 * - a Word file is written beside its target under a temporary name, then
 *   renamed over it, so a failed write (a full disk) never destroys the
 *   previous file; and it is never written over the workbook being read or
 *   the template.
 */
import { promises as fs } from "fs";
import * as path from "path";

/** C0 and C1 controls, DEL, and the bidi embedding/override/isolate marks. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeControl(ch: string): string {
  const c = ch.charCodeAt(0);
  return c < 0x100 ? `\\x${c.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Text for the terminal: controls escaped; line breaks kept (the CLI's own) unless `oneLine`. */
export function printable(s: string, oneLine = false): string {
  let out = s.replace(CONTROLS, escapeControl);
  if (oneLine) out = out.replace(/\r\n|\r|\n|\u2028|\u2029/g, " ");
  else out = out.replace(/\r(?!\n)/g, "\\r");
  return out;
}

/** JSON text with the controls JSON.stringify leaves raw (DEL, C1, bidi marks) written as \u escapes: the same JSON value. */
export function printableJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Whether two paths name the same file (by device and inode when both exist, else by real path). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino && (sa.ino !== 0 || (await realish(a)) === (await realish(b)));
  return (await realish(a)) === (await realish(b));
}

/** The real path of a file, or of its folder plus its name when it does not exist yet. */
async function realish(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await fs.realpath(abs);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Writes bytes to a temporary file beside `target`, then renames it over `target`. */
export async function writeFileReplacing(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.writeFile(tmp, bytes, { flag: "wx" });
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
}
