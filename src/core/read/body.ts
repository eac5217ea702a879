/**
 * The table body: level bands, standard rows, criterion rows and their
 * sub-rows (criterion cell merged down or left empty), remarks under a
 * standard, and the "Tổng cộng" row. Every plan row keeps each field's cell.
 */
import type { Band, BandHeading, FieldKey, PlanRow, Remark, StandardHeading, StatedTotal } from "../plan";
import { type CellValue, type Grid, type MergeArea, cellAddress, formulaAt, textAt, valueAt } from "../grid";
import { clean, fold } from "../text";
import { levelFromResult, parseCriterionRef, parseStandardRef } from "../parse/criterion";
import type { ColumnRole, HeaderMatch } from "./header";

export interface Body {
  rows: PlanRow[];
  standards: StandardHeading[];
  bands: BandHeading[];
  remarks: Remark[];
  total: StatedTotal | null;
  /** 0-based sheet row where the table ends (exclusive): signer block starts here. */
  endRow: number;
}

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

/** One number per cell (columns stay far below 65,536). */
const cellKey = (row: number, col: number): number => row * 65_536 + col;

/** Master cell of a merge that covers (row, col) without starting there. */
function mergeIndex(merges: MergeArea[]): (row: number, col: number) => MergeArea | undefined {
  const byCell = new Map<number, MergeArea>();
  for (const m of merges) {
    const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (cells > 50_000) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) byCell.set(cellKey(r, c), m);
  }
  return (row, col) => byCell.get(cellKey(row, col));
}

function mergeStarting(merges: MergeArea[]): (row: number, col: number) => MergeArea | undefined {
  const byStart = new Map<number, MergeArea>();
  for (const m of merges) byStart.set(cellKey(m.top, m.left), m);
  return (row, col) => byStart.get(cellKey(row, col));
}

function isTotalText(t: string): boolean {
  return /^(tong cong|tong so|tong kinh phi|tong|cong)\b\s*[:.]?/.test(t) && t.length < 60;
}

function stopsTable(t: string): boolean {
  return /^noi nhan\b/.test(t) || /^(kt\.?|tm\.?)\s*(hieu truong|hoi dong)/.test(t);
}

/** Reads rows below the header. */
export function readBody(grid: Grid, header: HeaderMatch): Body {
  const cols = header.columns;
  const slaveOf = mergeIndex(grid.merges);
  const startOf = mergeStarting(grid.merges);
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  const lastRow = grid.originRow + grid.values.length;
  const mappedCols = Object.values(cols).filter((c): c is number => c !== undefined);
  const leftmost = Math.min(...mappedCols);
  const rightmost = Math.max(...mappedCols);
  const sourceSheet = cols.band !== undefined && cols.standard !== undefined; // the add-in's own plan sheet

  const rows: PlanRow[] = [];
  const standards: StandardHeading[] = [];
  const bands: BandHeading[] = [];
  const remarks: Remark[] = [];
  let total: StatedTotal | null = null;
  let band: Band | null = null;
  let standard: number | null = null;
  let current: PlanRow | null = null;
  let endRow = lastRow;
  let emptyRun = 0;

  /** clean(textAt(...)) once per cell: a row's cells are read as a line and again as fields. */
  const cleaned = new Map<number, string>();
  const cleanAt = (row: number, col: number): string => {
    const k = cellKey(row, col);
    let v = cleaned.get(k);
    if (v === undefined) cleaned.set(k, (v = clean(textAt(grid, row, col))));
    return v;
  };
  const cellText = (row: number, col: number | undefined): string => (col === undefined ? "" : cleanAt(row, col));

  /** Text and address of a field, following a vertical merge up to its master. */
  const field = (row: number, role: ColumnRole): { text: string; value: CellValue; address: string; inherited: boolean } | null => {
    const col = cols[role];
    if (col === undefined) return null;
    const m = slaveOf(row, col);
    if (m && m.left === col) {
      // Vertically merged down from a row above: the master's text applies.
      return { text: cleanAt(m.top, m.left), value: valueAt(grid, m.top, m.left), address: cellAddress(m.top, m.left), inherited: true };
    }
    if (m) return { text: "", value: null, address: cellAddress(row, col), inherited: false };
    return { text: cleanAt(row, col), value: valueAt(grid, row, col), address: cellAddress(row, col), inherited: false };
  };

  for (let r = header.row + 1; r < lastRow; r++) {
    const all: string[] = [];
    for (let c = grid.originCol; c < grid.originCol + width; c++) all.push(cleanAt(r, c));
    const inTable = all.slice(leftmost - grid.originCol, rightmost - grid.originCol + 1);
    const filled = inTable.filter(Boolean);
    const anyFormula = mappedCols.some((c) => formulaAt(grid, r, c));
    const criterionField = field(r, "criterion");
    const criterionVertical = criterionField?.inherited ?? false;

    if (filled.length === 0 && !anyFormula && !criterionVertical) {
      if (r === header.row + 1 || ++emptyRun < 30) continue;
      endRow = r;
      break;
    }
    emptyRun = 0;
    if (r === header.row + 1 && isNumberingRow(inTable)) continue;

    const firstText = filled[0] ?? "";
    const firstFold = fold(firstText);

    if (stopsTable(firstFold)) {
      endRow = r;
      break;
    }

    // Total row: "Tổng cộng" in any of the first mapped columns.
    const labelCells = [cols.tt, cols.criterion, cols.band, cols.standard, leftmost].filter((c): c is number => c !== undefined);
    if (labelCells.some((c) => isTotalText(fold(cellText(r, c))))) {
      const bc = cols.budget;
      let amountCol = bc;
      if (bc === undefined || (valueAt(grid, r, bc) === null && !formulaAt(grid, r, bc) && !cellText(r, bc))) {
        for (let c = rightmost; c >= leftmost; c--) {
          if (typeof valueAt(grid, r, c) === "number" || formulaAt(grid, r, c)) {
            amountCol = c;
            break;
          }
        }
      }
      if (amountCol !== undefined) {
        const v = valueAt(grid, r, amountCol);
        total = {
          row: r + 1,
          cell: cellAddress(r, amountCol),
          amount: typeof v === "number" ? v : null,
          formula: formulaAt(grid, r, amountCol),
          text: cellText(r, amountCol),
        };
      }
      endRow = r + 1;
      break;
    }

    const spanning = (() => {
      const firstCol = all.findIndex(Boolean) + grid.originCol;
      const m = startOf(r, firstCol);
      return !!m && m.top === r && m.right - m.left >= 2;
    })();

    // Level band rows.
    const bandOf = filled.length <= 2 ? parseBand(firstText) : null;
    if (bandOf && (spanning || filled.length === 1 || !criterionField?.text || criterionField.text === firstText)) {
      band = bandOf;
      bands.push({ row: r + 1, cell: cellAddress(r, all.findIndex(Boolean) + grid.originCol), band, text: firstText });
      current = null;
      continue;
    }

    // Standard rows: "Tiêu chuẩn N: ..." with nothing in the content columns.
    const contentFilled = TEXT_FIELDS.some((k) => cols[k] !== undefined && field(r, k)?.text && !field(r, k)?.inherited);
    const headingText = (criterionField?.text || firstText) ?? "";
    const std = parseStandardRef(criterionField && !criterionField.inherited && criterionField.text ? criterionField.text : firstText);
    if (std && !contentFilled && !sourceSheet) {
      standard = std.number;
      const col = criterionField?.text ? cols.criterion! : all.findIndex(Boolean) + grid.originCol;
      standards.push({ row: r + 1, cell: cellAddress(r, col), band, number: std.number, name: std.name });
      current = null;
      void headingText;
      continue;
    }

    const critText = criterionField && !criterionField.inherited ? criterionField.text : "";
    const ref = critText ? parseCriterionRef(critText) : null;
    const hasContent = contentFilled || !!(field(r, "budget")?.text && !field(r, "budget")?.inherited);

    // A one-line remark under a standard: one spanning text that names no criterion.
    if (!ref && !hasContent && (spanning || filled.length === 1) && !criterionVertical) {
      const col = all.findIndex(Boolean) + grid.originCol;
      const text = all[col - grid.originCol];
      if (text && !/^\d+([.,]\d+)?$/.test(text)) {
        remarks.push({ row: r + 1, cell: cellAddress(r, col), band, standard, text });
        current = null;
        continue;
      }
    }

    // Plan sheet written by the add-in: band and standard in their own columns.
    let rowBand = band;
    let rowStandard = standard;
    if (sourceSheet) {
      rowBand = parseBand(`muc ${cellText(r, cols.band)}`) ?? (cellText(r, cols.band) === "4" ? "4" : band);
      const n = Number(cellText(r, cols.standard));
      rowStandard = Number.isInteger(n) && n > 0 ? n : (ref?.standard ?? standard);
    }

    const isSubRow: boolean =
      !!current &&
      (criterionVertical ||
        (!critText && (hasContent || !!current)) ||
        (sourceSheet && !!critText && critText === current.criterionText));
    if (!critText && !hasContent && !criterionVertical) continue;

    const cells: Partial<Record<FieldKey, string>> = {};
    const get = (k: FieldKey): string => {
      const f = field(r, k);
      if (!f) return "";
      cells[k] = f.address;
      return f.text;
    };
    const tt = get("tt");
    const result = get("result");
    const base: PlanRow = {
      row: r + 1,
      band: rowBand,
      standard: rowStandard ?? ref?.standard ?? null,
      criterion: ref?.code ?? null,
      criterionName: ref?.name ?? null,
      targetLevel: ref?.level ?? levelFromResult(result),
      subRow: 0,
      cells,
      tt,
      criterionText: critText,
      result,
      actions: get("actions"),
      owner: get("owner"),
      timeline: get("timeline"),
      budget: "",
      support: get("support"),
      note: get("note"),
    };
    if (cols.indicator !== undefined) base.indicator = get("indicator");
    if (cols.evidence !== undefined) base.evidence = get("evidence");
    if (cols.status !== undefined) base.status = get("status");
    const b = field(r, "budget");
    if (b) {
      cells.budget = b.address;
      // A budget merged down over sub-rows counts once, on its first row.
      base.budget = b.inherited ? "" : typeof b.value === "number" ? b.value : b.text;
    }
    if (cols.criterion !== undefined) cells.criterion = cellAddress(r, cols.criterion);

    if (isSubRow && current) {
      base.subRow = current.subRow + 1;
      base.criterion = current.criterion;
      base.criterionName = current.criterionName;
      base.criterionText = current.criterionText;
      base.standard = current.standard;
      base.band = current.band;
      base.targetLevel = levelFromResult(result) ?? current.targetLevel;
      cells.criterion = criterionField?.inherited ? criterionField.address : current.cells.criterion;
      if (!base.tt) base.tt = "";
    }
    rows.push(base);
    current = isSubRow && current ? { ...base, subRow: base.subRow } : base;
  }
  return { rows, standards, bands, remarks, total, endRow };
}
