/**
 * "Tạo kế hoạch mới" in the pane, plain TypeScript (no React): the small
 * form's fields (cấp học, năm học, tên trường, cơ quan chủ quản), prefilled
 * from the open plan when there is one, their checks (one sentence each, the
 * CLI's rules), and the action: a blank Biểu 2 plan written by the host
 * (Excel: a new sheet, then the pane opens it; browser: a download).
 * ./components/NewPlanPanel.tsx renders it.
 */
import type { Host } from "../host";
import type { Plan, SchoolLevel } from "../core/plan";
import type { Draft2026 } from "../core/forms/draft";
import { blankDraft } from "../core/forms/layout2026";
import { FORM_2026 } from "../core/forms";
import { administrationFor, schoolYearKey, schoolYearOfDate } from "../core/context";
import { schoolYearStart } from "../core/catalogue";
import { levelFromSchoolName } from "../core/read/letterhead";
import { t, type Lang } from "../core/strings";
import { errorDetail } from "../core/errors";

export const NEW_PLAN_LEVELS: readonly SchoolLevel[] = ["mam-non", "tieu-hoc", "thcs", "thpt", "nhieu-cap"];

export interface NewPlanFields {
  /** "" until chosen. */
  level: SchoolLevel | "";
  /** "2026-2027" as typed. */
  year: string;
  school: string;
  agency: string;
}

export type NewPlanField = keyof NewPlanFields;

/** The first school year of the 2026 form. */
const FIRST_YEAR = FORM_2026.schoolYears.from ?? "2026-2027";

/**
 * The form's first values: the open plan's level, school and agency (as the
 * user edited them in the pane, else as read), the current school year (not
 * before the form's first), else blanks.
 */
export function initialNewPlanFields(
  plan: Pick<Plan, "level" | "info"> | null,
  info: { school?: string; agency?: string } | null,
  today: Date = new Date(),
): NewPlanFields {
  const current = schoolYearOfDate(today);
  const year = schoolYearStart(current) < schoolYearStart(FIRST_YEAR) ? FIRST_YEAR : current;
  return {
    level: plan?.level ?? "",
    year,
    school: (info?.school || plan?.info.school || "").normalize("NFC").trim(),
    agency: (info?.agency || plan?.info.agency || "").normalize("NFC").trim(),
  };
}

/** Placeholder of the agency field: the administration of that year ("UBND XÃ/PHƯỜNG …"). */
export function agencyPlaceholder(fields: Pick<NewPlanFields, "level" | "year">): string {
  return administrationFor(fields.level || null, schoolYearKey(fields.year)).superior;
}

/** What keeps the form from being sent, one sentence per field; {} when it can be. */
export function newPlanProblems(fields: NewPlanFields, lang: Lang): Partial<Record<NewPlanField, string>> {
  const out: Partial<Record<NewPlanField, string>> = {};
  const named = levelFromSchoolName(fields.school);
  if (!fields.level) out.level = t("uiNewPlanNeedsLevel", lang);
  else if (named && named !== fields.level) out.school = t("uiNewPlanLevelMismatch", t("levelName", named, lang), lang);
  const year = schoolYearKey(fields.year.trim());
  if (!year || !/^\s*\d{4}\s*[-–—/]\s*\d{4}\s*$/.test(fields.year)) out.year = t("cliBadYear", fields.year.trim(), lang);
  else if (schoolYearStart(year) < schoolYearStart(FIRST_YEAR)) out.year = t("uiNewPlanYearBeforeForm", FIRST_YEAR, lang);
  return out;
}

/** The blank draft of valid fields. */
export function draftOfFields(fields: NewPlanFields): Draft2026 {
  if (!fields.level) throw new Error("no level");
  return blankDraft(fields.level, schoolYearKey(fields.year)!, fields.school, fields.agency);
}

export type NewPlanOutcome =
  | { ok: true; message: string; /** The new sheet to open (Excel), or null (a download). */ sheet: string | null }
  | { ok: false; message: string };

/** Checks the fields and has the host write the new plan; never throws. */
export async function createNewPlan(host: Host, fields: NewPlanFields, lang: Lang): Promise<NewPlanOutcome> {
  const problems = Object.values(newPlanProblems(fields, lang));
  if (problems.length) return { ok: false, message: problems.join(" ") };
  if (!host.createPlan) return { ok: false, message: t("uiNewPlanUnsupported", lang) };
  try {
    const r = await host.createPlan(draftOfFields(fields));
    if (!r.ok) return { ok: false, message: r.error };
    return host.capabilities.writeSheet
      ? { ok: true, message: t("uiNewPlanCreatedSheet", r.value.where, lang), sheet: r.value.where }
      : { ok: true, message: t("uiNewPlanDownloaded", r.value.where, lang), sheet: null };
  } catch (e) {
    return { ok: false, message: t("uiUnexpected", errorDetail(e), lang) };
  }
}
