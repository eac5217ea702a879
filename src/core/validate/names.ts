/**
 * Comparing a standard or criterion name as written with the catalogue's name
 * and its accepted aliases (aliases.json). Tolerates case, diacritics,
 * punctuation, spacing, "và" versus a comma and a stray typo or two; a word
 * missing, added or replaced is a drift.
 */
import aliasData from "../catalogue/aliases.json";
import type { RegulationId } from "../plan";
import { foldWords } from "../text";

interface AliasEntry {
  criteria: Record<string, string[]>;
  standards: Record<string, string[]>;
}

const ALIASES = (aliasData as { regulations: Partial<Record<RegulationId, AliasEntry>> }).regulations;

export function criterionAliases(reg: RegulationId, code: string): string[] {
  return ALIASES[reg]?.criteria[code] ?? [];
}

export function standardAliases(reg: RegulationId, n: number): string[] {
  return ALIASES[reg]?.standards[String(n)] ?? [];
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
