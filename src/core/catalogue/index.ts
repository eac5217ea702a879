/**
 * The regulations as data (catalogue.json, copied from ../shared with its
 * sources) and lookups by school level and school year. Criterion names live in
 * the JSON only, never in code.
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
  /** Texts amending it ("Thông tư 22/2024/TT-BGDĐT"), with the calendar year each was issued. */
  amendments?: { title: string; year: number }[];
}

/**
 * The regulation's title with the amendments in force for a plan of
 * `schoolYear`: an amendment issued in year Y is cited from the school year
 * starting after Y (a 2022-2023 plan cannot cite a 2024 text; a plan dated
 * within Y itself may predate it, so it is left out there too). Without a
 * school year, every amendment.
 */
export function regulationTitleAsOf(reg: Regulation, schoolYear?: string | null): string {
  const start = schoolYear && /^\d{4}/.test(schoolYear) ? Number(schoolYear.slice(0, 4)) : null;
  const inForce = (reg.amendments ?? []).filter((a) => start === null || a.year < start);
  return inForce.length ? `${reg.title}, sửa đổi bởi ${inForce.map((a) => a.title).join(", ")}` : reg.title;
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

/**
 * The regulation for a school level and school year: plans up to 2025-2026 use
 * the 2018 circulars, from 2026-2027 TT57/2026. "nhieu-cap" (multi-level
 * schools) follows TT18/2018 in the 2018 system and TT57 (phổ thông) later.
 * Without a school year the newest regulation in force for the level is used.
 */
export function regulationFor(level: SchoolLevel, schoolYear: string | null): Regulation {
  const key: SchoolLevel = level === "nhieu-cap" ? "thcs" : level;
  const candidates = REGULATIONS.filter((r) => r.schools.includes(key));
  const year = schoolYear ? schoolYearStart(schoolYear) : null;
  const fits = candidates.filter((r) => {
    if (year === null) return !r.schoolYears.to;
    if (r.schoolYears.from && year < schoolYearStart(r.schoolYears.from)) return false;
    if (r.schoolYears.to && year > schoolYearStart(r.schoolYears.to)) return false;
    return true;
  });
  return fits[0] ?? candidates[candidates.length - 1];
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
