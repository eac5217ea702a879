/**
 * Where the criterion picker writes on a 2026-form plan (Biểu 2), and what.
 * Pure: the pane builds `CriterionTargets` from the plan as read (tables IV and
 * V, their cells), the Excel host reads the selection and the cells' current
 * text, and these functions decide which cells get which text. Only cells of
 * tables IV and V are ever named, so nothing outside the tables is written.
 *
 * - Table IV: "Tiêu chí liên quan" gets the criterion (added after the ones
 *   already named, never replacing them); "Tiêu chuẩn" gets the standard when
 *   the row has none.
 * - Table V: "Nội dung cải tiến" becomes "Tiêu chí 1.4: <name>" when empty; the
 *   school's own words are kept, the code put in front ("Tiêu chí 1.4: " +
 *   words); a code already there is replaced by the new one.
 */
import type { Plan } from "./plan";
import { parseCriterionRef } from "./parse/criterion";
import { criterionLabel } from "./plan-table";
import { clean, fold } from "./text";
import { findCriterion, findStandard, type Regulation } from "./catalogue";

export type TargetKind = "problem-criterion" | "problem-standard" | "content";

/** One row of table IV or V the picker may write into. */
export interface TargetRow {
  table: "IV" | "V";
  /** Sheet of the row. */
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Cells the picker may write (no sheet prefix), by kind. */
  cells: Partial<Record<TargetKind, string>>;
  /** Their text as read: a cell that holds something else now (rows inserted, text typed since) is not written. */
  texts?: Partial<Record<TargetKind, string>>;
}

export interface CriterionTargets {
  rows: TargetRow[];
  /** Official name of the criterion being inserted (the label's words otherwise). */
  name?: string;
  /** "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường" for the chosen criterion's standard (table IV's empty standard cell). */
  standardLabel?: string;
  /** Official criterion names by code (to tell an official name from the school's own words). */
  names?: Record<string, string>;
}

/** One cell to write: a sheet-qualified address and the kind of cell. */
export interface TargetCell {
  sheet: string;
  /** A1 address without the sheet. */
  cell: string;
  kind: TargetKind;
  table: "IV" | "V";
  /** The cell's text when the plan was read (undefined: not known). */
  expected?: string;
}

/** "'Sheet name'!C5" */
export function qualifiedCell(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Sheet and A1 address of a cell the reader gave ("C5" on the plan's sheet, or "'Sheet'!C5"). */
export function splitCell(address: string, planSheet: string): { sheet: string; cell: string } {
  const i = address.lastIndexOf("!");
  if (i < 0) return { sheet: planSheet, cell: address.trim() };
  let s = address.slice(0, i).trim();
  if (s.startsWith("'") && s.endsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
  return { sheet: s, cell: address.slice(i + 1).trim() };
}

/** "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường" (the text of a standard cell in table IV). */
export function standardLabel(number: number, name: string): string {
  const n = name.normalize("NFC").trim();
  return n ? `Tiêu chuẩn ${number}: ${n}` : `Tiêu chuẩn ${number}`;
}

/**
 * The rows of tables IV and V of a 2026-form plan, with the cells the picker
 * may write, for inserting criterion `code` (`name`) of the regulation `reg`;
 * null on a 2018-form plan.
 */
export function criterionTargets(plan: Plan, reg: Regulation | null = null, code?: string, name?: string): CriterionTargets | null {
  if (plan.form !== "2026") return null;
  const rows: TargetRow[] = [];
  for (const p of plan.problems ?? []) {
    const cells: Partial<Record<TargetKind, string>> = {};
    const texts: Partial<Record<TargetKind, string>> = {};
    let sheet = p.sheet ?? plan.sheet;
    if (p.cells.criterion) {
      const c = splitCell(p.cells.criterion, plan.sheet);
      sheet = c.sheet;
      cells["problem-criterion"] = c.cell;
      texts["problem-criterion"] = p.criterionText;
    }
    // Only a standard cell the reader saw empty (a standard merged down from the row above is not empty).
    if (p.cells.standard && !p.standardText && p.standard === null) {
      cells["problem-standard"] = splitCell(p.cells.standard, plan.sheet).cell;
      texts["problem-standard"] = "";
    }
    if (Object.keys(cells).length) rows.push({ table: "IV", sheet, row: p.row, cells, texts });
  }
  const seen = new Set<string>();
  for (const r of plan.rows) {
    if (!r.cells.criterion) continue;
    const c = splitCell(r.cells.criterion, plan.sheet);
    // Sub-rows share a merged content cell: one target.
    const key = `${c.sheet}!${c.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ table: "V", sheet: c.sheet, row: r.row, cells: { content: c.cell }, texts: { content: r.criterionText } });
  }
  const out: CriterionTargets = { rows };
  if (name !== undefined) out.name = name;
  if (reg && code) {
    const std = findStandard(reg, Number(code.split(".")[0]));
    if (std) out.standardLabel = standardLabel(std.number, std.name);
    const names: Record<string, string> = {};
    for (const r of plan.rows) {
      const c = r.criterion ? findCriterion(reg, r.criterion) : undefined;
      if (c && r.criterion) names[r.criterion] = c.name;
    }
    out.names = names;
  }
  return out;
}

/**
 * The cells to write for a selection of rows `top`..`bottom` (1-based) on
 * `sheet`; empty when the selection is on no row of table IV or V.
 */
export function targetCells(targets: CriterionTargets, sheet: string, top: number, bottom: number): TargetCell[] {
  const want = fold(sheet);
  const out: TargetCell[] = [];
  for (const r of targets.rows) {
    if (fold(r.sheet) !== want || r.row < top || r.row > bottom) continue;
    for (const kind of ["problem-criterion", "problem-standard", "content"] as const) {
      const cell = r.cells[kind];
      if (!cell) continue;
      const expected = r.texts?.[kind];
      out.push(expected === undefined ? { sheet: r.sheet, cell, kind, table: r.table } : { sheet: r.sheet, cell, kind, table: r.table, expected });
    }
  }
  return out;
}

/**
 * The new text of a target cell given its current text, or null to leave it
 * as it is (it already says so, or it holds the user's words that must stay).
 */
export function targetText(kind: TargetKind, current: string, code: string, name: string, targets: Pick<CriterionTargets, "standardLabel" | "names"> = {}): string | null {
  const now = clean(current.normalize("NFC"));
  const label = criterionLabel(code, name);
  if (kind === "problem-standard") return now || !targets.standardLabel ? null : targets.standardLabel;
  if (kind === "problem-criterion") {
    if (!now) return label;
    // Already named there ("Tiêu chí 1.4", "1.4; 2.1"): nothing to add.
    const named = now.split(/[;,\n]|\bvà\b|\+/u).some((part) => parseCriterionRef(part.trim())?.code === code);
    if (named) return null;
    return `${current.normalize("NFC").trim()}; ${label}`;
  }
  // content (table V)
  if (!now) return label;
  const ref = parseCriterionRef(now);
  if (ref) {
    const words = ref.name ?? "";
    const official = targets.names?.[ref.code];
    // The old criterion's own name (or no words at all): the new label as a whole.
    if (!words || (official && fold(official) === fold(words))) return ref.code === code && words === name ? null : label;
    if (ref.code === code) return null;
    return `Tiêu chí ${code}: ${words}`;
  }
  return `Tiêu chí ${code}: ${now}`;
}
