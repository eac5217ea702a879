/**
 * Comparing a standard or criterion name as written with the catalogue's name
 * and its accepted aliases (aliases.json). Tolerates case, diacritics,
 * punctuation, spacing, "và" versus a comma and a stray typo or two; a word
 * missing, added or replaced is a drift.
 */
import aliasData from "../catalogue/aliases.json";
import type { RegulationId } from "../plan";
import { foldWords } from "../text";

/** An accepted name: a plain string, or with the plan (seed file) or text that showed it. */
type Alias = string | { name: string; seenIn?: string; note?: string };

interface AliasEntry {
  criteria: Record<string, Alias[]>;
  standards: Record<string, Alias[]>;
}

const ALIASES = (aliasData as { regulations: Partial<Record<RegulationId, AliasEntry>> }).regulations;

function names(list: Alias[] | undefined): string[] {
  return (list ?? []).map((a) => (typeof a === "string" ? a : a.name));
}

export function criterionAliases(reg: RegulationId, code: string): string[] {
  return names(ALIASES[reg]?.criteria[code]);
}

export function standardAliases(reg: RegulationId, n: number): string[] {
  return names(ALIASES[reg]?.standards[String(n)]);
}

/** Folded letters and digits only, "va" dropped. */
function key(name: string): string {
  return foldWords(name)
    .split(" ")
    .filter((w) => w && w !== "va")
    .join("");
}

/** Levenshtein distance, giving up (returning limit + 1) once past limit. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** key() of the catalogue's names and aliases: a fixed, small set, folded once. */
const OFFICIAL_KEYS = new Map<string, string>();

function officialKey(name: string): string {
  let k = OFFICIAL_KEYS.get(name);
  if (k === undefined) {
    k = key(name);
    if (OFFICIAL_KEYS.size < 5_000) OFFICIAL_KEYS.set(name, k);
  }
  return k;
}

/** True when `written` names the same thing as one of `official` names. */
export function sameName(written: string, official: string[]): boolean {
  const w = key(written);
  if (!w) return true;
  return official.some((o) => {
    const k = officialKey(o);
    if (w === k) return true;
    // A typo per ~30 letters (e.g. a letter dropped or doubled), never a word.
    const limit = Math.max(1, Math.floor(k.length / 30));
    return distance(w, k, limit) <= limit;
  });
}

/** True when `token` is the initials of `words` ("csvc" for "co so vat chat"). */
function initialsOf(token: string, words: string[]): boolean {
  return words.length >= 2 && token.length === words.length && words.every((w, i) => w[0] === token[i]);
}

/**
 * True when `written` is a shortened form of `full`: its words are the
 * first words of the full name, possibly with a run of words abbreviated to
 * their initials ("CSVC"), and something is left out or abbreviated.
 */
function shortForm(written: string, full: string): boolean {
  const w = foldWords(written).split(" ").filter((x) => x && x !== "va");
  const o = foldWords(full).split(" ").filter((x) => x && x !== "va");
  if (w.length === 0) return false;
  const go = (i: number, j: number, short: boolean): boolean => {
    if (i === w.length) return short || j < o.length;
    if (j >= o.length) return false;
    if (w[i] === o[j] && go(i + 1, j + 1, short)) return true;
    for (let k = 2; k <= Math.min(8, o.length - j); k++) {
      if (initialsOf(w[i], o.slice(j, j + k)) && go(i + 1, j + k, true)) return true;
    }
    return false;
  };
  return go(0, 0, false);
}

/**
 * How a written name compares with the official names: "same" (or an accepted
 * variant), "short" (truncated or abbreviated: at most a note), "other" (drift).
 */
export function compareName(written: string, official: string[]): "same" | "short" | "other" {
  if (sameName(written, official)) return "same";
  const trimmed = written.replace(/(\.\.\.|…)\s*$/u, "");
  return official.some((o) => shortForm(trimmed, o)) ? "short" : "other";
}
