/**
 * How far a 2026-form plan got: the statuses of table V's "Mức độ thực hiện"
 * column (Hoàn thành / Đang thực hiện / Chưa hoàn thành, or empty) counted
 * over the plan rows, in all and by standard. Pure.
 *
 * Decisions:
 * - One count per status cell of table V: a row (sub-rows of one criterion
 *   included: on the 2026 form each row is an activity with its own status
 *   cell) counts once; sub-rows whose status cell is merged into one count
 *   once together, as the review mode (ui/review-mode.ts) lists them. A row
 *   with nothing in any column (a blank row of a template) is not counted.
 * - A status counts only in the spellings the 2026 rules accept (`isStatus`,
 *   validate/form2026.ts: case, diacritics, "Đã hoàn thành", "Chưa HT", end
 *   punctuation aside). Anything else ("Hoàn thành 100%", "Mức 2", "x") is
 *   `unset`: the `status-unknown` / `status-level` finding already asks the
 *   user to correct it, and the count never guesses.
 * - A 2018-form plan has no status column: its progress is `null`, never a
 *   count of rows that are all "unset". The note column is not read for a
 *   status (free text; a guess there would be false data). Likewise a
 *   2026-form table V whose "Mức độ thực hiện" column is missing.
 * - `byStandard` is keyed by the standard's number ("1", "2", …, in reading
 *   order); a row whose standard cannot be told (no standard heading and no
 *   criterion code) counts in the totals only, under `byStandard` nowhere.
 */
import type { Plan, PlanRow, Review } from "./plan";
import { isStatus } from "./validate/form2026";
import { fold } from "./text";
import { standardOf } from "./totals";

export type StatusKind = "done" | "inProgress" | "notDone";

export interface StatusCounts {
  done: number;
  inProgress: number;
  notDone: number;
  /** Empty, or a text that is none of the three statuses. */
  unset: number;
  total: number;
}

export interface PlanProgress extends StatusCounts {
  byStandard: Record<string, StatusCounts>;
}

/** The status a cell holds, or null when it is empty or not one of the three (see isStatus). */
export function statusKind(text: string | null | undefined): StatusKind | null {
  const raw = (text ?? "").normalize("NFC").trim();
  if (!raw || !isStatus(raw)) return null;
  const t = fold(raw);
  if (t.startsWith("dang")) return "inProgress";
  if (t.startsWith("chua")) return "notDone";
  return "done";
}

/** The row's place in the counts: its status, or "unset". */
export function rowStatus(row: Pick<PlanRow, "status">): StatusKind | "unset" {
  return statusKind(row.status) ?? "unset";
}

const filled = (s: string | number | undefined): boolean => (typeof s === "number" ? true : (s ?? "").trim() !== "");

/** A row of table V that holds anything (blank template rows are no plan rows). */
export function isProgressRow(row: PlanRow): boolean {
  return [row.criterionText, row.result, row.actions, row.owner, row.timeline, row.budget, row.support, row.note, row.indicator, row.evidence, row.status].some(filled);
}

/** The plan rows the report lists, in plan order: every row of table V that holds anything. */
export function progressRows(plan: Plan): PlanRow[] {
  return plan.rows.filter(isProgressRow);
}

/**
 * The rows the progress counts: one per status cell. Sub-rows whose status
 * cell is merged into one (the same cell) count once, on the first of them,
 * as the review mode lists them (ui/review-mode.ts); sub-rows with cells of
 * their own count each.
 */
export function countedRows(plan: Plan): PlanRow[] {
  const seen = new Set<string>();
  return progressRows(plan).filter((r) => {
    const cell = r.cells.status;
    if (!cell) return true;
    if (seen.has(cell)) return false;
    seen.add(cell);
    return true;
  });
}

export function emptyCounts(): StatusCounts {
  return { done: 0, inProgress: 0, notDone: 0, unset: 0, total: 0 };
}

/** True when the plan has a status column to count: the 2026 form, its table V with "Mức độ thực hiện". */
export function hasProgress(plan: Pick<Plan, "form" | "header">): boolean {
  return plan.form === "2026" && plan.header.columns.status !== undefined;
}

/** The progress of a 2026-form plan; null on a 2018-form plan or a table V without its status column. */
export function planProgress(plan: Plan): PlanProgress | null {
  if (!hasProgress(plan)) return null;
  const all = emptyCounts();
  const byStandard: Record<string, StatusCounts> = {};
  for (const row of countedRows(plan)) {
    const kind = rowStatus(row);
    all[kind]++;
    all.total++;
    const std = standardOf(row);
    if (std === null) continue;
    const c = (byStandard[String(std)] ??= emptyCounts());
    c[kind]++;
    c.total++;
  }
  const ordered = Object.fromEntries(Object.entries(byStandard).sort(([a], [b]) => Number(a) - Number(b)));
  return { ...all, byStandard: ordered };
}

/** Share of the rows done, 0..1 (0 when there are none). */
export function doneShare(c: StatusCounts): number {
  return c.total ? c.done / c.total : 0;
}

// ---- the review periods (table VI rows "Cuối học kỳ I", "Cuối năm học") ----

/** The two reviews of a school year: end of semester I (sơ kết) and end of the year (tổng kết). */
export type ReviewPeriod = "hk1" | "cuoi-nam";

export const REVIEW_PERIODS: readonly ReviewPeriod[] = ["hk1", "cuoi-nam"];

export function isReviewPeriod(text: unknown): text is ReviewPeriod {
  return REVIEW_PERIODS.includes(text as ReviewPeriod);
}

/** The review due around a date: September to February the end of semester I, March to August the end of the year. */
export function periodOfDate(date: Date): ReviewPeriod {
  const month = date.getMonth() + 1;
  return month >= 3 && month <= 8 ? "cuoi-nam" : "hk1";
}

const SEMESTER_TWO = /\b(hoc ?ky|hk) ?(ii|2)\b/;
const SEMESTER_ONE = /\b(hoc ?ky|hk) ?(i|1)\b/;
const SEMESTER = /\b(hoc ?ky|hk)\b/;
const YEAR = /\b(cuoi nam|ca nam|nam hoc|tong ket)\b/;

/**
 * The period a table VI "Thời điểm" names, or null: "Cuối học kỳ I", "Cuối HK-1",
 * "Sơ kết học kỳ I" are hk1; "Cuối năm học", "Cả năm", "Tổng kết năm học" and
 * "Cuối học kỳ II" (the year's last review) are cuoi-nam.
 */
export function periodOfReview(when: string): ReviewPeriod | null {
  const t = fold(when.normalize("NFC")).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
  if (SEMESTER_TWO.test(t)) return "cuoi-nam";
  if (SEMESTER_ONE.test(t)) return "hk1";
  if (YEAR.test(t) && !SEMESTER.test(t)) return "cuoi-nam";
  return null;
}

/** The rows of table VI for the period (none on a 2018-form plan). */
export function reviewsOfPeriod(plan: Pick<Plan, "reviews">, period: ReviewPeriod): Review[] {
  return (plan.reviews ?? []).filter((r) => periodOfReview(r.when) === period);
}
