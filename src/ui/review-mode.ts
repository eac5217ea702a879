/**
 * The review mode of a 2026-form plan (Thông tư 57: the council reviews the
 * plan at the end of semester I and of the year): for each row of table V a
 * status (Hoàn thành / Đang thực hiện / Chưa hoàn thành, or empty), and the
 * table VI row of the period ("Cuối học kỳ I", "Cuối năm học"). Plain
 * TypeScript, no React: the panel (components/ReviewPanel.tsx) keeps a draft,
 * `reviewChanges` turns it into the cells to write with their old and new
 * text (shown to the user before anything is written), and the host writes
 * exactly those (Host.writeCells, each with the old text it must still hold).
 */
import type { CellEdit } from "../host";
import type { Plan, Review, ReviewKey } from "../core/plan";
import { qualifiedCell, splitCell } from "../core/criterion-target";
import { clean, fold } from "../core/text";
import { periodOfReview, type ReviewPeriod } from "../core/progress";

/** The three statuses of "Mức độ thực hiện" (Biểu 2). */
export const REVIEW_STATUSES = ["Hoàn thành", "Đang thực hiện", "Chưa hoàn thành"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

// The periods and how a "Thời điểm" names one: core/progress.ts, shared with the progress counts and the review report.
export { REVIEW_PERIODS, type ReviewPeriod } from "../core/progress";

/** What the user fills in the table VI row (the period's name stays as written). */
export type ReviewFieldKey = Exclude<ReviewKey, "when">;
export const REVIEW_FIELDS: readonly ReviewFieldKey[] = ["subject", "result", "adjustment", "reviewer"];

/** One row of table V as the review panel lists it. */
export interface ReviewRowView {
  /** Index in plan.rows. */
  index: number;
  /** 1-based sheet row. */
  row: number;
  /** Content shortened for a 340 px pane. */
  label: string;
  /** Status as written (NFC, trimmed; "" when empty). */
  status: string;
  /** The status as one of the three, when it reads as one. */
  known: ReviewStatus | null;
  /** Sheet-qualified status cell; null when table V has no "Mức độ thực hiện" column. */
  cell: string | null;
}

export interface ReviewDraft {
  /** New status by plan.rows index: one of the three, or "" to clear. Rows not named stay as they are. */
  statuses: Record<number, ReviewStatus | "">;
  period: ReviewPeriod;
  /** The fields of the period's table VI row; a field not named stays as it is. */
  fields: Partial<Record<ReviewFieldKey, string>>;
}

/** One cell that will change, for the confirmation list and the host. */
export interface ReviewChange extends CellEdit {
  what: "status" | ReviewFieldKey;
  /** Sheet row of the plan row (statuses) or of the table VI row. */
  row: number;
}

export type ReviewProblem = "no-status-column" | "no-period-row" | "no-review-table";

/** The statuses as core/validate/form2026 accepts them (folded), in REVIEW_STATUSES order. */
const STATUS_PATTERNS = [/^(da\s*)?hoan\s*thanh$/, /^dang\s*(thuc\s*hien|trien\s*khai|tien\s*hanh|th)$/, /^chua\s*(hoan\s*thanh|thuc\s*hien|ht)$/];

/** "Hoàn thành" for "hoàn thành", "Đã hoàn thành.", "HOÀN THÀNH"; null for anything else ("Mức 2"). */
export function knownStatus(text: string): ReviewStatus | null {
  const f = fold(text).replace(/[.;!]+$/, "").trim();
  const i = STATUS_PATTERNS.findIndex((re) => re.test(f));
  return i < 0 ? null : REVIEW_STATUSES[i];
}

/** The first words of a text, cut at a word boundary ("…" when cut). */
export function shorten(text: string, max = 60): string {
  const s = clean(text).replace(/\s*\n\s*/g, " ");
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–]+$/u, "")}…`;
}

function qualify(address: string, planSheet: string): string {
  const { sheet, cell } = splitCell(address, planSheet);
  return qualifiedCell(sheet, cell);
}

/** The rows of table V (one per status cell: sub-rows sharing a merged cell count once). */
export function reviewRows(plan: Plan): ReviewRowView[] {
  const out: ReviewRowView[] = [];
  const seen = new Set<string>();
  plan.rows.forEach((r, index) => {
    const cell = r.cells.status ? qualify(r.cells.status, plan.sheet) : null;
    if (cell) {
      if (seen.has(cell)) return;
      seen.add(cell);
    }
    const status = clean((r.status ?? "").normalize("NFC"));
    const words = r.criterionText || r.result || r.actions;
    out.push({ index, row: r.row, label: shorten(`${r.tt ? `${r.tt}. ` : ""}${words}`), status, known: knownStatus(status), cell });
  });
  return out;
}

/** True when the "Thời điểm" text names the period ("Cuối học kỳ I", "Cuối HK1", "Cuối năm học", "Cuối năm"): core's periodOfReview. */
export function isPeriod(when: string, period: ReviewPeriod): boolean {
  return periodOfReview(when) === period;
}

/** The table VI row of the period, or null. */
export function periodRow(plan: Plan, period: ReviewPeriod): Review | null {
  return (plan.reviews ?? []).find((r) => isPeriod(r.when, period)) ?? null;
}

/** A draft that changes nothing yet: the period's fields as they are in table VI. */
export function initialDraft(plan: Plan, period: ReviewPeriod = "hk1"): ReviewDraft {
  const vi = periodRow(plan, period);
  const fields: Partial<Record<ReviewFieldKey, string>> = {};
  if (vi) for (const k of REVIEW_FIELDS) if (vi.cells[k]) fields[k] = vi[k];
  return { statuses: {}, period, fields };
}

/** Why a part of the review cannot be written on this plan (shown beside the form). */
export function reviewProblems(plan: Plan, period: ReviewPeriod): ReviewProblem[] {
  const out: ReviewProblem[] = [];
  if (plan.rows.length > 0 && plan.rows.every((r) => !r.cells.status)) out.push("no-status-column");
  if (!plan.reviews || plan.reviews.length === 0) out.push("no-review-table");
  else if (!periodRow(plan, period)) out.push("no-period-row");
  return out;
}

const same = (a: string, b: string) => clean(a.normalize("NFC")) === clean(b.normalize("NFC"));

/**
 * The cells the draft changes, each with the text it holds now (as read) and
 * the new text; a value equal to the current one is no change. Statuses in
 * plan order, then the table VI fields in the form's order.
 */
export function reviewChanges(plan: Plan, draft: ReviewDraft): ReviewChange[] {
  const out: ReviewChange[] = [];
  for (const v of reviewRows(plan)) {
    const next = draft.statuses[v.index];
    if (next === undefined || !v.cell) continue;
    if (same(v.status, next)) continue;
    out.push({ what: "status", row: v.row, cell: v.cell, old: v.status, value: next });
  }
  const vi = periodRow(plan, draft.period);
  if (vi) {
    for (const k of REVIEW_FIELDS) {
      const next = draft.fields[k];
      const cell = vi.cells[k];
      if (next === undefined || !cell) continue;
      const value = clean(next.normalize("NFC"));
      if (same(vi[k], value)) continue;
      out.push({ what: k, row: vi.row, cell: qualify(cell, plan.sheet), old: clean(vi[k]), value });
    }
  }
  return out;
}

/** The edits the host writes (what the user confirmed, nothing else). */
export function reviewEdits(changes: readonly ReviewChange[]): CellEdit[] {
  return changes.map(({ cell, value, old }) => ({ cell, value, old }));
}
