/**
 * Messages as data: the core says what it found as a strings-table key and its
 * arguments, and each edge (pane, CLI, Word, Excel) renders it in its own
 * language. A Msg is plain JSON (no functions, no classes), so issues travel
 * through `--json`, the pane's state and tests unchanged. An argument may be
 * a Msg itself (e.g. the subject "Tiêu chí 1.6"/"Criterion 1.6"); it is
 * rendered first, in the same language.
 */
import type { Issue } from "./plan";
import { STRINGS, type Entry, type Lang, type StringKey } from "./strings";

export type MsgArg = string | number | Msg;

export interface Msg {
  key: StringKey;
  args: MsgArg[];
}

type Params<K extends StringKey> = Parameters<(typeof STRINGS)[K]["vi"]>;

type TextOrMsg<P extends unknown[]> = { [I in keyof P]: P[I] extends string ? string | Msg : P[I] };

/** The arguments of key K, where a text argument may also be a nested Msg. */
export type MsgArgsOf<K extends StringKey> = TextOrMsg<Params<K>>;

/** A message of key K with its arguments (checked against the table's entry). */
export function msg<K extends StringKey>(key: K, ...args: MsgArgsOf<K>): Msg {
  return { key, args: args as MsgArg[] };
}

/** The message in the given language; nested messages in the same language. */
export function renderMsg(m: Msg, lang: Lang = "vi"): string {
  const entry = STRINGS[m.key] as unknown as Entry<unknown[]> | undefined;
  if (!entry) return m.key;
  const args = m.args.map((a) => (typeof a === "object" && a !== null ? renderMsg(a, lang) : a));
  return (entry[lang] ?? entry.vi)(...args);
}

/** The sentence of an issue in the given language (Vietnamese by default). */
export function issueMessage(issue: Pick<Issue, "text">, lang: Lang = "vi"): string {
  return renderMsg(issue.text, lang);
}
