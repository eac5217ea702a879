/**
 * The regulations as data (catalogue.json, copied from ../shared with its
 * sources) and lookups in it. Which regulation applies to a plan is decided
 * in ../context only. Criterion names live in the JSON only, never in code.
 */
import data from "./catalogue.json";
import type { FormKind, RegulationId, SchoolLevel } from "../plan";
import { fold, foldWords } from "../text";

export interface CatalogueCriterion {
  code: string;
  name: string;
  levels: number[];
  mandatory?: boolean;
  /** Where the name comes from, when it is not the text as issued (amended criteria). */
  source?: string;
  /** False when the name or levels come from secondary sources only. */
  verified?: boolean;
  note?: string;
}

export interface CatalogueStandard {
  number: number;
  name: string;
  criteria: CatalogueCriterion[];
}

export interface Regulation {
  id: RegulationId;
  title: string;
  schools: SchoolLevel[];
  schoolYears: { from?: string; to?: string };
  form: FormKind;
  levels: number[];
  notes: string;
  standards: CatalogueStandard[];
  level4?: Level4;
  /** Texts amending it ("Thông tư 22/2024/TT-BGDĐT"): year issued, first school year it applies to, source. */
  amendments?: Amendment[];
  /** The Ministry's guidance on self-assessment cited in the plan's basis. */
  guidance?: string;
}

/** One old criterion and where its content belongs after an amendment, with the reason. */
export interface CrosswalkPair {
  from: string;
  to: string[];
  reason: string;
  reasonEn?: string;
}

/**
 * A text amending a regulation. `standards` replace the regulation's standards
 * of the same number from `fromSchoolYear` on (Thông tư 22/2024: standard 3 as
 * 3.1–3.3); `crosswalk` says where the replaced criteria's content now belongs.
 */
export interface Amendment {
  title: string;
  year: number;
  fromSchoolYear?: string;
  source?: string;
  verified?: string;
  notes?: string;
  standards?: CatalogueStandard[];
  crosswalk?: CrosswalkPair[];
  crosswalkSource?: string;
  /** Mức 4 as amended (replaces the regulation's `level4` while the amendment is in force). */
  level4?: Level4;
}

/** One Mức 4 requirement (a khoản of Điều 22 of the 2018 regulations), numbered 1..n. */
export interface Level4Requirement {
  number: number;
  /** Its wording or topic; null when no source gave it. */
  name: string | null;
  verified?: boolean;
}

export interface Level4 {
  count: number | null;
  source: string;
  requirements?: Level4Requirement[];
  notes?: string;
}

export const REGULATIONS: readonly Regulation[] = (data as { regulations: Regulation[] }).regulations;

export function regulationById(id: RegulationId): Regulation {
  const r = REGULATIONS.find((x) => x.id === id);
  if (!r) throw new Error(`unknown regulation ${id}`);
  return r;
}

const EDITIONS = new Map<string, Regulation>();

/**
 * The regulation as it reads with `amendments` in force: standards replaced by
 * an amendment's (TT22/2024: standard 3 = 3.1–3.3 from 2025-2026), the rest as
 * issued. Without amendments that replace standards, the regulation itself.
 * `regulationById` keeps returning the text as issued.
 */
export function effectiveRegulation(reg: Regulation, amendments: readonly Amendment[]): Regulation {
  const replacing = amendments.filter((a) => a.standards?.length || a.level4);
  if (replacing.length === 0) return reg;
  const key = `${reg.id}|${replacing.map((a) => a.title).join("|")}`;
  const known = EDITIONS.get(key);
  if (known) return known;
  let standards = reg.standards;
  let level4 = reg.level4;
  for (const a of replacing) {
    standards = standards.map((s) => a.standards?.find((n) => n.number === s.number) ?? s);
    level4 = a.level4 ?? level4;
  }
  const edition: Regulation = { ...reg, standards, level4 };
  EDITIONS.set(key, edition);
  return edition;
}

/**
 * A criterion of the regulation as issued that an amendment in force no longer
 * has (TT17 3.4 in 2025-2026), with where its content now belongs.
 */
export function removedCriterion(
  reg: Regulation,
  code: string,
): { amendment: Amendment; issued: CatalogueCriterion; pair: CrosswalkPair | null } | null {
  const issued = findCriterion(regulationById(reg.id), code);
  if (!issued || findCriterion(reg, code)) return null;
  const n = Number(code.split(".")[0]);
  const amendment = (reg.amendments ?? []).find((a) => a.standards?.some((s) => s.number === n));
  if (!amendment) return null;
  return { amendment, issued, pair: amendment.crosswalk?.find((p) => p.from === code) ?? null };
}

/** First calendar year of a school year "2024-2025" -> 2024. */
export function schoolYearStart(schoolYear: string): number {
  return Number(schoolYear.slice(0, 4));
}

export function findStandard(reg: Regulation, n: number): CatalogueStandard | undefined {
  return reg.standards.find((s) => s.number === n);
}

export function findCriterion(reg: Regulation, code: string): CatalogueCriterion | undefined {
  const n = Number(code.split(".")[0]);
  return findStandard(reg, n)?.criteria.find((c) => c.code === code);
}

/** All criteria of a regulation with their standard, in catalogue order. */
export function allCriteria(reg: Regulation): { standard: CatalogueStandard; criterion: CatalogueCriterion }[] {
  return reg.standards.flatMap((standard) => standard.criteria.map((criterion) => ({ standard, criterion })));
}

/**
 * Search criteria by code ("3.2", "tc 3") or by words with or without
 * diacritics ("co so vat chat" finds standard 3). Words must all occur in the
 * criterion name or its standard's name.
 */
export function searchCriteria(
  reg: Regulation,
  query: string,
): { standard: CatalogueStandard; criterion: CatalogueCriterion }[] {
  const q = foldWords(query);
  if (!q) return allCriteria(reg);
  const code = /^(\d{1,2})(?:\s*[.,]\s*(\d{1,2}))?$/.exec(fold(query).replace(/^(tieu chi|tieu chuan|tc)\s*[:.]?\s*/, ""));
  return allCriteria(reg).filter(({ standard, criterion }) => {
    if (code) {
      return code[2] ? criterion.code === `${code[1]}.${code[2]}` : standard.number === Number(code[1]);
    }
    const hay = `${criterion.code} ${foldWords(criterion.name)} ${foldWords(standard.name)}`;
    return q.split(" ").every((w) => hay.includes(w));
  });
}
