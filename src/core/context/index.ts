/**
 * One plan context, decided once. ARCHITECTURE: the school year, level,
 * regulation (with the amendments in force), plan form and the administration
 * of that year are resolved here, from what the sheet says (`PlanFacts`) plus
 * the user's overrides, and nowhere else. The reader stores the resolved
 * values on the Plan (`schoolYear`, `level`, `regulation`); rules, totals, the
 * criterion picker, the Word generator and every hint of the pane read them
 * through `contextOf(plan)`. Changing the year or level in the pane means
 * `withOverrides(readPlan, overrides)`: one call, every consumer follows.
 * Data (regulations, administration by year) lives in JSON with its source.
 */
import type { FormKind, Plan, RegulationId, SchoolLevel } from "../plan";
import {
  REGULATIONS,
  effectiveRegulation,
  regulationById,
  schoolYearStart,
  type Amendment,
  type Regulation,
} from "../catalogue";
import administrationData from "./administration.json";
import { foldWords } from "../text";

/** What the sheet says, before any choice of the user. */
export interface PlanFacts {
  schoolYear: string | null;
  level: SchoolLevel | null;
  /** The form of the table found on the sheet. */
  tableForm: FormKind;
}

/** The user's choices in the pane or on the command line; each wins over the sheet. */
export interface ContextOverrides {
  schoolYear?: string | null;
  level?: SchoolLevel | null;
  regulation?: RegulationId | null;
}

export interface Administration {
  /** "district" up to 2024-2025, "two-level" (commune/ward, no district) from 2025-2026. */
  era: string;
  /** Placeholder of the cơ quan chủ quản line when the sheet has none ("UBND XÃ/PHƯỜNG …"). */
  superior: string;
  /** Whom the principal reports the results to, in running text. */
  office: string;
  /** The first "Nơi nhận" line ("Phòng VH-XH UBND xã/phường (b/c)"). */
  recipient: string;
}

export type { Amendment };

export type Origin = "override" | "sheet" | "derived" | "unknown";

export interface PlanContext {
  schoolYear: string | null;
  level: SchoolLevel | null;
  /** The regulation as it reads in this school year: amended standards in place (TT22/2024 from 2025-2026). */
  regulation: Regulation | null;
  /** Amendments of the regulation in force for this school year. */
  amendments: Amendment[];
  /** Title to cite: the regulation's, "sửa đổi bởi …" the amendments in force. */
  regulationTitle: string;
  /** Form of the plan document of this year (the table read may be of the other one). */
  form: FormKind;
  administration: Administration;
  /** Where each value came from: the pane says "(tự nhận biết)" only for "sheet"/"derived". */
  origin: { schoolYear: Origin; level: Origin; regulation: Origin };
}

/** "2022 – 2023", "2022-2023", "2022/2023" -> "2022-2023"; null when it is not a school year. */
export function schoolYearKey(text: string | null | undefined): string | null {
  const m = /(\d{4})\s*[-–—/]\s*(\d{4})/.exec(text ?? "");
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return null;
  return `${m[1]}-${m[2]}`;
}

/** The school year a date falls in: a school year starts in August. */
export function schoolYearOfDate(date: Date): string {
  const y = date.getFullYear();
  const start = date.getMonth() >= 7 ? y : y - 1;
  return `${start}-${start + 1}`;
}

function inRange(year: number, from?: string, to?: string): boolean {
  if (from && year < schoolYearStart(from)) return false;
  if (to && year > schoolYearStart(to)) return false;
  return true;
}

/**
 * The regulation for a level and school year. Without a year, the newest
 * regulation of the table's form: a 2018 table is read against the 2018
 * circulars, a 2026 table against TT57, never the other way round.
 */
function regulationOf(level: SchoolLevel, schoolYear: string | null, tableForm: FormKind): Regulation {
  const key: SchoolLevel = level === "nhieu-cap" ? "thcs" : level;
  const candidates = REGULATIONS.filter((r) => r.schools.includes(key));
  if (schoolYear) {
    const year = schoolYearStart(schoolYear);
    const fit = candidates.find((r) => inRange(year, r.schoolYears.from, r.schoolYears.to));
    if (fit) return fit;
  }
  const ofForm = candidates.filter((r) => r.form === tableForm);
  return ofForm[ofForm.length - 1] ?? candidates[candidates.length - 1];
}

/** Amendments in force for a plan of `schoolYear` (all of them when the year is unknown). */
export function amendmentsInForce(reg: Regulation, schoolYear: string | null): Amendment[] {
  const start = schoolYear ? schoolYearStart(schoolYear) : null;
  return (reg.amendments ?? []).filter((a: Amendment) => {
    if (start === null) return true;
    // A text issued in year Y applies from the school year starting after Y unless the data says otherwise.
    const from = a.fromSchoolYear ? schoolYearStart(a.fromSchoolYear) : a.year + 1;
    return start >= from;
  });
}

function titleWith(reg: Regulation, amendments: Amendment[]): string {
  return amendments.length ? `${reg.title}, sửa đổi bởi ${amendments.map((a) => a.title).join(", ")}` : reg.title;
}

interface Era {
  id: string;
  fromSchoolYear?: string;
  untilSchoolYear?: string;
  default: Omit<Administration, "era">;
  thpt?: Omit<Administration, "era">;
}

const ERAS = (administrationData as { eras: Era[] }).eras;

/** Who is over the school in `schoolYear` (the newest era when the year is unknown). */
export function administrationFor(level: SchoolLevel | null, schoolYear: string | null): Administration {
  const year = schoolYear ? schoolYearStart(schoolYear) : null;
  const era =
    (year !== null && ERAS.find((e) => inRange(year, e.fromSchoolYear, e.untilSchoolYear))) || ERAS[ERAS.length - 1];
  const body = level === "thpt" && era.thpt ? era.thpt : era.default;
  return { era: era.id, ...body };
}

function valid(id: RegulationId | null | undefined): Regulation | null {
  if (!id) return null;
  try {
    return regulationById(id);
  } catch {
    return null;
  }
}

/** The one decision: facts of the sheet + the user's overrides -> the plan's context. */
export function resolveContext(facts: PlanFacts, overrides: ContextOverrides = {}): PlanContext {
  const yearOverride = overrides.schoolYear ? schoolYearKey(overrides.schoolYear) : null;
  const schoolYear = yearOverride ?? facts.schoolYear;
  const level = overrides.level ?? facts.level;
  const chosen = valid(overrides.regulation);
  const issued = chosen ?? (level ? regulationOf(level, schoolYear, facts.tableForm) : null);
  const amendments = issued ? amendmentsInForce(issued, schoolYear) : [];
  // The amended standards only for a known year: a plan without one is read against the text as issued.
  const regulation = issued && schoolYear ? effectiveRegulation(issued, amendments) : issued;
  return {
    schoolYear,
    level,
    regulation,
    amendments,
    regulationTitle: regulation ? titleWith(regulation, amendments) : "",
    form: regulation?.form ?? facts.tableForm,
    administration: administrationFor(level, schoolYear),
    origin: {
      schoolYear: yearOverride ? "override" : facts.schoolYear ? "sheet" : "unknown",
      level: overrides.level ? "override" : facts.level ? "sheet" : "unknown",
      regulation: chosen ? "override" : regulation ? "derived" : "unknown",
    },
  };
}

/** The context a plan carries (its resolved year, level and regulation). Remembered per plan object. */
const CONTEXTS = new WeakMap<Plan, PlanContext>();

export function contextOf(plan: Pick<Plan, "schoolYear" | "level" | "regulation" | "form">): PlanContext {
  const known = CONTEXTS.get(plan as Plan);
  if (known) return known;
  const ctx = resolveContext(
    { schoolYear: plan.schoolYear, level: plan.level, tableForm: plan.form },
    { regulation: plan.regulation },
  );
  if (ctx.origin.regulation === "override" && plan.regulation) ctx.origin.regulation = "derived";
  CONTEXTS.set(plan as Plan, ctx);
  return ctx;
}

/** The plan as read with the user's overrides applied: what every consumer then takes. */
export function withOverrides(read: Plan, overrides: ContextOverrides): Plan {
  const ctx = resolveContext({ schoolYear: read.schoolYear, level: read.level, tableForm: read.form }, overrides);
  const regulation = ctx.regulation?.id ?? null;
  if (ctx.schoolYear === read.schoolYear && ctx.level === read.level && regulation === read.regulation) return read;
  const plan: Plan = { ...read, schoolYear: ctx.schoolYear, level: ctx.level, regulation };
  CONTEXTS.set(plan, ctx);
  return plan;
}

/**
 * What identifies a plan for its saved details: the school, the school year and
 * the level as the sheet says them (not the file name: many schools call their
 * file "KH CTCL.xlsx" every year). A sheet without a school name falls back
 * to its sheet name.
 */
export function planKey(read: Pick<Plan, "info" | "schoolYear" | "level" | "sheet">): string {
  const school = foldWords(read.info.school) || `sheet:${foldWords(read.sheet)}`;
  return [school, read.schoolYear ?? "", read.level ?? ""].join("|");
}
