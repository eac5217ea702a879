/**
 * grid -> Plan, the first step of the one-way flow (grid -> Plan ->
 * issues/totals -> sheet edits or .docx): find the sheet and header row
 * holding the plan (form descriptions in ../forms), read the letterhead above
 * it, the body (./classify.ts sorts rows, ./body.ts builds them) and the
 * signer block below it. What the sheet says of school year and level goes to
 * ../context `resolveContext`, which alone decides the regulation: the plan
 * carries the resolved values.
 */
import type { Grid, WorkbookSnapshot } from "../grid";
import { cellAddress } from "../grid";
import type { FieldKey, Plan, SchoolLevel } from "../plan";
import { resolveContext } from "../context";
import { findHeader, type HeaderMatch } from "./header";
import { readBody } from "./body";
import { levelFromSchoolName, readLetterhead, readSigner, schoolYearFromDate } from "./letterhead";
import { columnLetter } from "../grid";
import { fold } from "../text";
import { linkProblems, readProblems, readReviews } from "./tables2026";

export interface ReadOptions {
  /** Read this sheet only (by name, compared without regard to case and diacritics). */
  sheet?: string;
  /** Override the detected school level. */
  level?: SchoolLevel;
  /** Override the detected school year ("2026-2027"). */
  schoolYear?: string;
}

export type ReadErrorCode = "no-plan" | "empty" | "sheet-missing";

export type ReadResult =
  | { ok: true; plan: Plan }
  | { ok: false; error: { code: ReadErrorCode; message: string; sheets: string[] } };

function isEmpty(grid: Grid): boolean {
  return grid.values.every((r) => r.every((v) => v === null || v === ""));
}

/** School year named most often in the timeline column ("Năm học 2022-2023"). */
function schoolYearFromRows(plan: Pick<Plan, "rows">): string | null {
  const counts = new Map<string, number>();
  for (const r of plan.rows) {
    const m = /(\d{4})\s*[-–—]\s*(\d{4})/.exec(r.timeline);
    if (m && Number(m[2]) === Number(m[1]) + 1) {
      const k = `${m[1]}-${m[2]}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

function readSheet(grid: Grid, header: HeaderMatch, options: ReadOptions, snapshot: WorkbookSnapshot): Plan {
  const letter = readLetterhead(grid, header.row);
  const body = readBody(grid, header);
  const reviews = header.form === "2026" ? readReviews(snapshot, grid.sheetName) : undefined;
  // Table VI of the 2026 form lies between table V and the signer: its "Người đánh giá"
  // ("Hiệu trưởng", "Hội đồng tự đánh giá") is no signer title. The signer is read below it.
  const afterReviews = Math.max(0, ...(reviews ?? []).filter((r) => !r.sheet).map((r) => r.row));
  const signer = readSigner(grid, Math.max(body.endRow, afterReviews));
  const info = {
    ...letter.info,
    signerTitle: signer.signerTitle,
    signerName: signer.signerName,
    ...(signer.recipients.length ? { recipients: signer.recipients } : {}),
  };
  const schoolYear =
    letter.schoolYear ?? schoolYearFromDate(info.date) ?? schoolYearFromRows(body) ?? null;
  // What the sheet says; options.level (the CLI's --level) is the user's override.
  const sheetLevel =
    levelFromSchoolName(`${info.school}`) ??
    levelFromSchoolName(grid.sheetName) ??
    levelFromStandards(body.standards.map((s) => s.name));
  const context = resolveContext(
    { schoolYear, level: sheetLevel ?? null, tableForm: header.form },
    { level: options.level, schoolYear: options.schoolYear },
  );
  const columns: Partial<Record<FieldKey, string>> = {};
  for (const [role, col] of Object.entries(header.columns)) {
    if (col !== undefined && role !== "band" && role !== "standard" && role !== "source" && role !== "amount") {
      columns[role as FieldKey] = columnLetter(col);
    }
  }
  const plan: Plan = {
    sheet: grid.sheetName,
    form: header.form,
    level: context.level,
    regulation: context.regulation?.id ?? null,
    schoolYear: context.schoolYear,
    info,
    header: { row: header.row + 1, columns },
    rows: body.rows,
    standards: body.standards,
    bands: body.bands,
    remarks: body.remarks,
    total: body.total,
  };
  if (header.form === "2026") {
    plan.problems = readProblems(snapshot, grid.sheetName);
    plan.reviews = reviews ?? [];
    linkProblems(plan.rows, plan.problems);
  }
  return plan;
}

/** Preschool plans name standard 5 after "nuôi dưỡng, chăm sóc"; a last resort. */
function levelFromStandards(names: string[]): SchoolLevel | null {
  return names.some((n) => /nuoi duong/.test(fold(n)) && /tre\b/.test(fold(n))) ? "mam-non" : null;
}

/** Finds and reads the plan. The first sheet (tab order) holding a plan table wins. */
export function readPlan(snapshot: WorkbookSnapshot, options: ReadOptions = {}): ReadResult {
  const names = snapshot.sheets.map((s) => s.sheetName);
  let sheets = snapshot.sheets;
  if (options.sheet !== undefined) {
    const want = fold(options.sheet);
    sheets = snapshot.sheets.filter((s) => fold(s.sheetName) === want);
    if (sheets.length === 0) {
      return { ok: false, error: { code: "sheet-missing", message: `no sheet named ${options.sheet}`, sheets: names } };
    }
  }
  if (sheets.every(isEmpty)) {
    return { ok: false, error: { code: "empty", message: "every sheet is empty", sheets: names } };
  }
  for (const grid of sheets) {
    const header = findHeader(grid);
    if (header) return { ok: true, plan: readSheet(grid, header, options, snapshot) };
  }
  return { ok: false, error: { code: "no-plan", message: "no plan header row found", sheets: names } };
}

export { cellAddress };
