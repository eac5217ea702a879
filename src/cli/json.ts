/**
 * `JSON.stringify(value, null, 2) + "\n"`, written in pieces of about 64 K
 * characters as it is built: the same text, without a whole-document string and
 * its whole-document UTF-8 copy in memory at once (a 5,000-row plan's report is
 * about 6 MB). Containers are walked down to DEPTH levels (the report, the
 * plan, its rows and issues lists); below that each value is one
 * JSON.stringify call re-indented to its place. A long list (a plan's rows, its
 * issues) is written BATCH items per JSON.stringify call, wrapped in as many
 * arrays as its depth so the items come out already indented: one native call
 * per few hundred items rather than one call and one re-indenting copy each.
 */
const DEPTH = 3;
const CHUNK = 1 << 16;
/** Lists at least this long are written in batches. */
const BATCHED = 16;
const BATCH = 256;

export function writeJson(value: unknown, out: (s: string) => void): void {
  let buffer = "";
  const emit = (s: string): void => {
    if (s.length >= CHUNK) {
      // A batch of items: out as it is, after what is waiting (no copy into the buffer).
      if (buffer) out(buffer);
      buffer = "";
      out(s);
      return;
    }
    buffer += s;
    if (buffer.length >= CHUNK) {
      out(buffer);
      buffer = "";
    }
  };
  const newline = (depth: number): string => "\n" + "  ".repeat(depth);
  /** The text of v at this depth; undefined where JSON.stringify leaves it out. */
  const leaf = (v: unknown, depth: number): string | undefined => {
    const s = JSON.stringify(v, null, 2) as string | undefined;
    return s === undefined || depth === 0 || !s.includes("\n") ? s : s.replace(/\n/g, newline(depth));
  };
  const walkable = (v: unknown): v is object =>
    typeof v === "object" && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== "function" && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
  /** Writes v (known to give text) at this depth. */
  const write = (v: unknown, depth: number): void => {
    if (depth >= DEPTH || !walkable(v)) {
      emit(leaf(v, depth) ?? "null");
      return;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return emit("[]");
      emit("[");
      if (v.length >= BATCHED) {
        // [[…[items]…]] as JSON.stringify indents it: the items' text lies between `open` and `close`.
        let open = "";
        let close = "";
        for (let k = 0; k <= depth; k++) {
          open += "  ".repeat(k) + "[\n";
          close = "\n" + "  ".repeat(k) + "]" + close;
        }
        for (let n = 0; n < v.length; n += BATCH) {
          let nested: unknown = v.slice(n, n + BATCH);
          for (let k = 0; k < depth; k++) nested = [nested];
          const text = JSON.stringify(nested, null, 2);
          emit((n ? ",\n" : "\n") + text.slice(open.length, text.length - close.length));
        }
        return emit(newline(depth) + "]");
      }
      for (let n = 0; n < v.length; n++) {
        emit((n ? "," : "") + newline(depth + 1));
        const item = v[n];
        if (depth + 1 >= DEPTH || !walkable(item)) emit(leaf(item, depth + 1) ?? "null");
        else write(item, depth + 1);
      }
      return emit(newline(depth) + "]");
    }
    let first = true;
    for (const key of Object.keys(v)) {
      const item = (v as Record<string, unknown>)[key];
      let text: string | undefined;
      if (depth + 1 >= DEPTH || !walkable(item)) {
        text = leaf(item, depth + 1);
        if (text === undefined) continue;
      }
      emit((first ? "{" : ",") + newline(depth + 1) + JSON.stringify(key) + ": ");
      first = false;
      if (text === undefined) write(item, depth + 1);
      else emit(text);
    }
    emit(first ? "{}" : newline(depth) + "}");
  };
  write(value, 0);
  emit("\n");
  if (buffer) out(buffer);
}
