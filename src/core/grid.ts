/**
 * The one input shape every host produces: a rectangular snapshot of one sheet.
 * Produced from .xlsx bytes by src/file (exceljs) and from a live workbook by
 * src/office (Office.js). Rows and columns are 0-based inside the arrays;
 * `originRow`/`originCol` (0-based) say where cell [0][0] sits on the sheet, so
 * A1 addresses can always be rebuilt.
 */
export type CellValue = string | number | boolean | null;

export interface MergeArea {
  /** 0-based, inclusive, in sheet coordinates (not relative to the origin). */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheetName: string;
  originRow: number;
  originCol: number;
  /** Raw values; formula cells hold their cached result (or null when none). */
  values: CellValue[][];
  /** Display text as the user sees it (NFC). */
  text: string[][];
  /** Number formats ("General", "#,##0", ...); may be empty arrays when unknown. */
  numberFormats: string[][];
  /** Formula text without the leading "=", or null; may be empty when unknown. */
  formulas: (string | null)[][];
  merges: MergeArea[];
}

/** A workbook snapshot: its sheets in tab order. */
export interface WorkbookSnapshot {
  sheets: Grid[];
}

/** "A".."Z", "AA".. for a 0-based column index. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index of "A", "AB", ... */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based sheet row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/**
 * The one reader of A1 references: "B12", "$B$12", "b12", and the halves of a
 * whole-column or whole-row area ("B", "12"), into 0-based sheet coordinates
 * (null for the missing half). Up to 3 letters and 7 digits; null when it is
 * not a reference.
 */
export function parseCellRef(ref: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(ref.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { row: m[2] ? Number(m[2]) - 1 : null, col: m[1] ? columnIndex(m[1]) : null };
}

/** Parses "B12" (or "$B$12") into 0-based sheet coordinates; null when it is not a cell address. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const r = parseCellRef(address);
  return r && r.row !== null && r.col !== null ? { row: r.row, col: r.col } : null;
}

export function gridRowCount(grid: Grid): number {
  return grid.values.length;
}

export function gridColCount(grid: Grid): number {
  let n = 0;
  for (const r of grid.values) if (r.length > n) n = r.length;
  return n;
}

/** Value at sheet coordinates (0-based), null outside the snapshot. */
export function valueAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.originRow];
  if (!r) return null;
  const v = r[col - grid.originCol];
  return v === undefined ? null : v;
}

/** Display text at sheet coordinates (0-based), "" outside the snapshot. */
export function textAt(grid: Grid, row: number, col: number): string {
  const r = grid.text[row - grid.originRow];
  if (!r) return "";
  return r[col - grid.originCol] ?? "";
}

export function formulaAt(grid: Grid, row: number, col: number): string | null {
  const r = grid.formulas[row - grid.originRow];
  if (!r) return null;
  return r[col - grid.originCol] ?? null;
}

/** The merge area whose top-left cell is (row, col), if any. */
export function mergeStartingAt(grid: Grid, row: number, col: number): MergeArea | undefined {
  return grid.merges.find((m) => m.top === row && m.left === col);
}

/** Builds a grid from plain rows of values (tests, fixtures, the fake host). */
export function gridFromRows(
  sheetName: string,
  rows: CellValue[][],
  merges: MergeArea[] = [],
  formulas: (string | null)[][] = [],
): Grid {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = rows.map((r) => {
    const out: CellValue[] = [];
    for (let c = 0; c < width; c++) {
      const v = r[c];
      out.push(v === undefined ? null : typeof v === "string" ? v.normalize("NFC") : v);
    }
    return out;
  });
  return {
    sheetName,
    originRow: 0,
    originCol: 0,
    values,
    text: values.map((r) => r.map((v) => (v === null ? "" : String(v)))),
    numberFormats: [],
    formulas,
    merges,
  };
}
