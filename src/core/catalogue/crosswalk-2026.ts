/**
 * The crosswalk from the 2018 regulations (TT19/TT17/TT18, with Thông tư
 * 22/2024's standard 3) to Thông tư 57/2026 as data (crosswalk-2026.json) and
 * its lookups: where an old criterion's content belongs in the new catalogue,
 * with the reason, or null when no criterion fits (the user chooses). Pure.
 */
import data from "./crosswalk-2026.json";
import type { RegulationId } from "../plan";
import { findCriterion, regulationById, type CatalogueCriterion, type Regulation } from "./index";

export interface Crosswalk2026Pair {
  /** Old criterion code ("3.4"). */
  from: string;
  /** TT57 criterion code, or null when no criterion fits. */
  to: string | null;
  /** Other TT57 criteria the content may belong to. */
  also?: string[];
  reason: string;
  reasonEn: string;
}

export interface Crosswalk2026 {
  from: RegulationId;
  to: RegulationId;
  /** Every criterion of the old regulation as issued. */
  pairs: Crosswalk2026Pair[];
  /** Criteria of an amendment's standards (TT22/2024 standard 3), keyed by the amendment's title. */
  amended: { amendment: string; pairs: Crosswalk2026Pair[] }[];
  /** Rows of the "MỨC 4" part without a criterion code. */
  level4: { to: string | null; reason: string; reasonEn: string };
}

interface CrosswalkData {
  about: string;
  source: string;
  verified: boolean;
  crosswalks: Crosswalk2026[];
}

const DATA = data as unknown as CrosswalkData;

export const CROSSWALK_2026_SOURCE: string = DATA.source;
export const CROSSWALK_2026_VERIFIED: boolean = DATA.verified;
export const CROSSWALKS_2026: readonly Crosswalk2026[] = DATA.crosswalks;

/** The crosswalk from an old regulation, or null (TT57 itself has none). */
export function crosswalkFrom(id: RegulationId): Crosswalk2026 | null {
  return CROSSWALKS_2026.find((c) => c.from === id) ?? null;
}

/** One old criterion carried across: where it goes and why. */
export interface CrosswalkMatch {
  crosswalk: Crosswalk2026;
  pair: Crosswalk2026Pair;
  /** The old criterion as the plan's edition names it (amended when the amendment was in force). */
  old: CatalogueCriterion | undefined;
  /** The TT57 criterion, undefined when `pair.to` is null. */
  target: CatalogueCriterion | undefined;
  /** The amendment whose pair was used ("Thông tư 22/2024/TT-BGDĐT"), when one was. */
  amendment?: string;
}

/**
 * Where criterion `code` of `edition` (the old regulation as it read in the
 * plan's year: with TT22/2024's standard 3 from 2025-2026) goes in TT57. The
 * amended criteria are looked up first when `amendments` are in force; a code
 * the amendment removed (3.4–3.6) falls back to the text as issued. Null when
 * the crosswalk does not know the code.
 */
export function crossCriterion(edition: Regulation, code: string, amendments: readonly string[] = []): CrosswalkMatch | null {
  const crosswalk = crosswalkFrom(edition.id);
  if (!crosswalk) return null;
  const target = regulationById(crosswalk.to);
  for (const a of crosswalk.amended) {
    if (!amendments.includes(a.amendment)) continue;
    const pair = a.pairs.find((p) => p.from === code);
    if (pair) {
      return { crosswalk, pair, old: findCriterion(edition, code), target: pair.to ? findCriterion(target, pair.to) : undefined, amendment: a.amendment };
    }
  }
  const pair = crosswalk.pairs.find((p) => p.from === code);
  if (!pair) return null;
  const old = findCriterion(edition, code) ?? findCriterion(regulationById(edition.id), code);
  return { crosswalk, pair, old, target: pair.to ? findCriterion(target, pair.to) : undefined };
}
