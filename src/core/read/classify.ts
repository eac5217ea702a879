/**
 * What one sheet row below the plan table's header is, decided from the
 * sheet alone: the numbering row "(1) (2) …", a level band ("MỨC 1, 2, 3"), a
 * standard heading ("Tiêu chuẩn 3: …"), a one-line remark under a standard, a
 * criterion row or a row continuing the criterion above (its cell merged down
 * or left empty), the "Tổng cộng" row, the end of the table (signer block),
 * a blank row, or a row holding nothing of the plan. The row builder (body.ts)
 * turns these into the plan's rows, headings and total.
 */
import type { Band, FieldKey, StatedTotal } from "../plan";
import { cellAddress, formulaAt, valueAt } from "../grid";
import { fold } from "../text";
import { type CriterionRef, parseCriterionRef, parseStandardRef } from "../parse/criterion";
import type { TableView } from "./table-view";
import { isOtherTableHeader, isSectionTitle } from "./tables2026";

export type RowClass =
  /** Nothing in the table's columns (no text, no formula, no criterion merged down). */
  | { kind: "blank" }
  /** "(1) (2) … (9)" right below the header. */
  | { kind: "numbering" }
  /** "Nơi nhận", "KT. HIỆU TRƯỞNG": the table ended above. */
  | { kind: "end" }
  /** "Tổng cộng": the stated total (null when no amount cell was found). */
  | { kind: "total"; total: StatedTotal | null }
  | { kind: "band"; band: Band; col: number; text: string }
  | { kind: "standard"; number: number; name: string; col: number }
  /** One spanning text under a standard that names no criterion. */
  | { kind: "remark"; col: number; text: string }
  /** "Ghi chú: …", "* …" on a row of its own: a note on the table, not plan content. */
  | { kind: "note"; col: number; text: string }
  /** A row whose criterion cell has text of its own (ref null when it names no criterion). */
  | { kind: "criterion"; text: string; ref: CriterionRef | null }
  /** A row with content under the criterion above: its cell merged down (merged) or empty. */
  | { kind: "continuation"; merged: boolean }
  /** Text, but neither a heading, a remark nor plan content (a lone number). */
  | { kind: "other" };

/** Fields whose own text makes a row plan content (budget aside). */
const TEXT_FIELDS: readonly FieldKey[] = [
  "result",
  "actions",
  "owner",
  "timeline",
  "support",
  "note",
  "indicator",
  "evidence",
  "status",
];

/** "MỨC 1, 2, 3", "Mức 1 - 3", "MỨC 4: ..." -> band. */
export function parseBand(text: string): Band | null {
  const t = fold(text);
  const m = /^(?:[ivx]+\.?\s*|\d\.\s*)?muc\s*(?:do\s*)?([0-9ivx]+)\b\s*([,\-–—&va ]+\s*[0-9ivx]+\b)*/.exec(t);
  if (!m) return null;
  const nums = (m[0].match(/\b[0-9]\b|\b(?:i{1,3}|iv)\b/g) ?? []).map((x) =>
    /^\d$/.test(x) ? Number(x) : { i: 1, ii: 2, iii: 3, iv: 4 }[x] ?? 0,
  );
  if (nums.length === 0) return null;
  if (nums.length === 1 && nums[0] === 4) return "4";
  if (nums.includes(4) && nums.length === 1) return "4";
  return nums.every((n) => n >= 1 && n <= 3) ? "1-3" : nums[0] === 4 ? "4" : null;
}

function isNumberingRow(cells: string[]): boolean {
  const filled = cells.filter(Boolean);
  return filled.length >= 3 && filled.every((s) => /^\(?\d{1,2}\)?$/.test(s.trim()));
}

/** A TT cell beside a heading or remark: "1", "II", "a", "B.", "*". */
function isLeadToken(s: string): boolean {
  return /^(?:\d{1,3}|[ivxlc]{1,6}|[a-zđ])[.)]?$/i.test(s.trim());
}

/** "Ghi chú: …", "Lưu ý: …", "* …", "(*) …": a note under (or in) the table. */
function isNoteText(t: string): boolean {
  return /^(?:ghi chu|luu y|chu y)\s*[:.\-–]/.test(t) || /^\(?\*+\)?\s*\S/.test(t);
}

/**
 * The kind of the row above that leaves nothing to continue: the header
 * (null), the numbering row, a band, a standard heading or a remark. A lone
 * sentence right below one of these is a remark of the standard, not a plan
 * row with its fields missing.
 */
function headingAbove(above: RowClass["kind"] | null | undefined): boolean {
  return above === null || above === "numbering" || above === "band" || above === "standard" || above === "remark" || above === "note";
}

function isTotalText(t: string): boolean {
  // "Cộng" alone (or "Cộng:"), not the first word of a content such as "Công tác phổ cập giáo dục" (folded alike).
  return (/^(tong cong|tong so|tong kinh phi|tong)\b\s*[:.]?/.test(t) || /^cong\s*[:.]?\s*(\(|\d|$)/.test(t)) && t.length < 60;
}

function stopsTable(t: string): boolean {
  return /^noi nhan\b/.test(t) || /^(kt\.?|tm\.?)\s*(hieu truong|hoi dong)/.test(t);
}

/** The amount of a total row: the budget column, else the rightmost number or formula. */
function statedTotal(view: TableView, r: number): StatedTotal | null {
  const { grid, cols, leftmost, rightmost } = view;
  const bc = cols.budget;
  let amountCol = bc;
  if (bc === undefined || (valueAt(grid, r, bc) === null && !formulaAt(grid, r, bc) && !view.cellText(r, bc))) {
    for (let c = rightmost; c >= leftmost; c--) {
      if (typeof valueAt(grid, r, c) === "number" || formulaAt(grid, r, c)) {
        amountCol = c;
        break;
      }
    }
  }
  if (amountCol === undefined) return null;
  const v = valueAt(grid, r, amountCol);
  return {
    row: r + 1,
    cell: cellAddress(r, amountCol),
    amount: typeof v === "number" ? v : null,
    formula: formulaAt(grid, r, amountCol),
    text: view.cellText(r, amountCol),
  };
}

/**
 * Classifies the 0-based sheet row `r` below the header. `above` is the kind
 * of the nearest row above that was neither blank nor "other" (null: the
 * header itself; undefined: not known, as when a row is classified alone).
 */
export function classifyRow(view: TableView, r: number, above?: RowClass["kind"] | null): RowClass {
  const { grid, cols, leftmost, rightmost } = view;
  const all: string[] = [];
  for (let c = grid.originCol; c < grid.originCol + view.width; c++) all.push(view.cleanAt(r, c));
  const inTable = all.slice(leftmost - grid.originCol, rightmost - grid.originCol + 1);
  const filled = inTable.filter(Boolean);
  const anyFormula = view.mappedCols.some((c) => formulaAt(grid, r, c));
  const criterionField = view.field(r, "criterion");
  // A heading or remark merged over two rows (and across the columns) goes on
  // here: that is no criterion merged down over sub-rows.
  const over = criterionField?.inherited && cols.criterion !== undefined ? view.mergeOver(r, cols.criterion) : undefined;
  const wideOver = !!over && over.right - over.left >= 2;
  const criterionVertical = (criterionField?.inherited ?? false) && !wideOver;

  if (filled.length === 0 && !anyFormula && !criterionVertical) return { kind: "blank" };
  // The header's titles merged down over this row: still the header.
  if (filled.length === 0 && view.mappedCols.every((c) => (view.mergeOver(r, c)?.top ?? Infinity) <= view.header.row)) {
    return { kind: "blank" };
  }
  // "(1) (2) … (9)" or "1 2 3 …": right below the header, or before the first standard.
  if (isNumberingRow(inTable) && (r === view.header.row + 1 || above === null || above === "band" || above === "numbering")) {
    return { kind: "numbering" };
  }

  const firstText = filled[0] ?? "";
  if (stopsTable(fold(firstText))) return { kind: "end" };
  // 2026 form: table V ends at the next section title ("VI. THEO DÕI…") or at table VI's header.
  if (view.header.form === "2026" && ((filled.length <= 2 && isSectionTitle(firstText)) || isOtherTableHeader(grid, r))) {
    return { kind: "end" };
  }

  // Total row: "Tổng cộng" in any of the first mapped columns.
  const labelCells = [cols.tt, cols.criterion, cols.band, cols.standard, leftmost].filter((c): c is number => c !== undefined);
  if (labelCells.some((c) => isTotalText(fold(view.cellText(r, c))))) return { kind: "total", total: statedTotal(view, r) };

  const firstCol = all.findIndex(Boolean) + grid.originCol;
  const firstMerge = view.mergeAt(r, firstCol);
  const spanning = !!firstMerge && firstMerge.top === r && firstMerge.right - firstMerge.left >= 2;

  // The columns holding text, and a TT cell ("II", "1") in front of a heading or remark.
  const textCols: number[] = [];
  for (let c = leftmost; c <= rightmost; c++) if (all[c - grid.originCol]) textCols.push(c);
  const lead = textCols.length > 1 && isLeadToken(firstText) ? 1 : 0;
  const mainCol = textCols[lead] ?? firstCol;
  const mainText = all[mainCol - grid.originCol] ?? "";
  const mainMerge = view.mergeAt(r, mainCol);
  const mainSpanning = !!mainMerge && mainMerge.top === r && mainMerge.right - mainMerge.left >= 2;

  const band = filled.length <= 2 ? parseBand(firstText) : null;
  if (band && (spanning || filled.length === 1 || !criterionField?.text || criterionField.text === firstText)) {
    return { kind: "band", band, col: firstCol, text: firstText };
  }
  // "II | MỨC 4: Không đạt": the band beside its TT cell.
  const leadBand = lead && textCols.length <= 3 ? parseBand(mainText) : null;
  if (leadBand && (mainSpanning || textCols.length === 2 || criterionField?.text === mainText)) {
    return { kind: "band", band: leadBand, col: mainCol, text: mainText };
  }

  // Standard rows: "Tiêu chuẩn N: ..." with nothing in the content columns.
  const ownText = (k: FieldKey): boolean => {
    const f = view.field(r, k);
    return !!f?.text && !f.inherited;
  };
  const contentFilled = TEXT_FIELDS.some((k) => cols[k] !== undefined && ownText(k));
  const std = parseStandardRef(criterionField && !criterionField.inherited && criterionField.text ? criterionField.text : firstText);
  if (std && !contentFilled && !view.sourceSheet) {
    return { kind: "standard", number: std.number, name: std.name, col: criterionField?.text ? cols.criterion! : firstCol };
  }

  const critText = criterionField && !criterionField.inherited ? criterionField.text : "";
  const ref = critText ? parseCriterionRef(critText) : null;
  const hasContent = contentFilled || ownText("budget");

  // A note on the table ("Ghi chú: …", "* …") on a row of its own.
  if (!ref && !criterionVertical && textCols.length - lead === 1 && !ownText("owner") && !ownText("timeline") && !ownText("budget")) {
    if (isNoteText(fold(mainText))) return { kind: "note", col: mainCol, text: mainText };
  }

  if (!ref && !hasContent && (spanning || filled.length === 1) && !criterionVertical) {
    const text = all[firstCol - grid.originCol];
    if (text && !/^\d+([.,]\d+)?$/.test(text)) return { kind: "remark", col: firstCol, text };
  }

  // One sentence and nothing else (no owner, timeline or budget, no criterion
  // code) right below a standard heading or a band: a remark of the standard,
  // wherever it is written (merged across, in the criterion or the result
  // column), with or without a TT cell in front.
  if (
    !ref &&
    !criterionVertical &&
    headingAbove(above) &&
    textCols.length - lead === 1 &&
    !ownText("owner") &&
    !ownText("timeline") &&
    !ownText("budget") &&
    mainCol !== cols.budget &&
    /\p{L}{2,}/u.test(mainText) &&
    !/^\d+([.,]\d+)?$/.test(mainText)
  ) {
    return { kind: "remark", col: mainCol, text: mainText };
  }

  if (!critText && !hasContent && !criterionVertical) return { kind: "other" };
  return critText ? { kind: "criterion", text: critText, ref } : { kind: "continuation", merged: criterionVertical };
}
