/**
 * The one way to turn a caught value into a short technical detail for a
 * sentence ("Lỗi không mong đợi: …"): the error's string `code` (Office.js
 * "ItemNotFound", Node "ENOENT") and its message, at most `max` characters,
 * "?" when there is nothing to say. Pure.
 */

/** The string `code` of an error object (Office.js, Node), or "". */
export function errorCode(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return "";
}

/** "ItemNotFound: The requested resource doesn't exist." — code and message, no repeat, cut at `max`. */
export function errorDetail(e: unknown, max = 200): string {
  const code = errorCode(e);
  const msg = messageOf(e).trim();
  const text = code && !msg.startsWith(code) ? [code, msg].filter(Boolean).join(": ") : msg;
  return text.slice(0, max) || "?";
}

/** An Error's (or error-like object's) message, a string itself, a number as text; "" otherwise. */
function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "string") return e;
  if (e && typeof e === "object") {
    const m = (e as { message?: unknown }).message;
    return typeof m === "string" ? m : "";
  }
  return e === null || e === undefined ? "" : String(e);
}
