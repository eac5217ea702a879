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
  level4?: { count: number | null; source: string };
  /** Texts amending it ("Thông tư 22/2024/TT-BGDĐT"): year issued, first school year it applies to, source. */
  amendments?: { title: string; year: number; fromSchoolYear?: string; source?: string }[];
  /** The Ministry's guidance on self-assessment cited in the plan's basis. */
  guidance?: string;
}

export const REGULATIONS: readonly Regulation[] = (data as { regulations: Regulation[] }).regulations;

export function regulationById(id: RegulationId): Regulation {
  const r = REGULATIONS.find((x) => x.id === id);
  if (!r) throw new Error(`unknown regulation ${id}`);
  return r;
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
