/**
 * The plan table's body as the row classifier and the row builder see it:
 * the mapped columns, each cell's cleaned text (read once), and each field's
 * text and address following a vertical merge up to its master cell.
 */
import { type CellValue, type Grid, type MergeArea, columnLetter, textAt, valueAt } from "../grid";
import { clean } from "../text";
import type { ColumnRole, HeaderMatch } from "./header";

/** Shared by every caller asking for the same row's field: read it, never change it. */
export interface FieldCell {
  readonly text: string;
  readonly value: CellValue;
  readonly address: string;
  /** Merged down from a row above: the text is the master cell's. */
  readonly inherited: boolean;
}

export interface TableView {
  grid: Grid;
  header: HeaderMatch;
  cols: HeaderMatch["columns"];
  /** Width of the sheet (longest row). */
  width: number;
  /** 0-based sheet row past the last. */
  lastRow: number;
  /** 0-based sheet columns of the mapped roles. */
  mappedCols: number[];
  leftmost: number;
  rightmost: number;
  /** The add-in's own plan sheet: band and standard in their own columns. */
  sourceSheet: boolean;
  /** clean(textAt(...)), once per cell: a row's cells are read as a line and again as fields. */
  cleanAt(row: number, col: number): string;
  /** Cleaned text of a column, "" when the column is not mapped. */
  cellText(row: number, col: number | undefined): string;
  /** Text and address of a field, following a vertical merge up to its master; null when unmapped. */
  field(row: number, role: ColumnRole): FieldCell | null;
  /** The merge that starts at (row, col), if any. */
  mergeAt(row: number, col: number): MergeArea | undefined;
  /** The merge that covers (row, col) without starting there, if any. */
  mergeOver(row: number, col: number): MergeArea | undefined;
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

export function tableView(grid: Grid, header: HeaderMatch): TableView {
  const cols = header.columns;
  const slaveOf = mergeIndex(grid.merges);
  const mappedCols = Object.values(cols).filter((c): c is number => c !== undefined);
  // clean(textAt(...)) by snapshot row and column: arrays, not a map (the reader asks for each cell several times).
  const cleaned: (string | undefined)[][] = [];
  const cleanAt = (row: number, col: number): string => {
    const r = row - grid.originRow;
    const c = col - grid.originCol;
    if (r < 0 || c < 0) return clean(textAt(grid, row, col));
    const line = cleaned[r] ?? (cleaned[r] = []);
    let v = line[c];
    if (v === undefined) line[c] = v = clean(textAt(grid, row, col));
    return v;
  };
  // Column letters once per column: each field's address is built for every row.
  const letters: string[] = [];
  const address = (row: number, col: number): string => {
    const l = letters[col] ?? (letters[col] = columnLetter(col));
    return `${l}${row + 1}`;
  };
  /** A field is a function of its cell alone: (row, its column). */
  const computeField = (row: number, col: number): FieldCell => {
    const m = slaveOf(row, col);
    if (m && m.left === col) {
      // Vertically merged down from a row above: the master's text applies.
      return { text: cleanAt(m.top, m.left), value: valueAt(grid, m.top, m.left), address: address(m.top, m.left), inherited: true };
    }
    if (m) return { text: "", value: null, address: address(row, col), inherited: false };
    return { text: cleanAt(row, col), value: valueAt(grid, row, col), address: address(row, col), inherited: false };
  };
  // The fields of the row last asked for, by column: the classifier and then the row builder read the same row's fields.
  let fieldsRow = -1;
  const fields: (FieldCell | undefined)[] = [];
  return {
    grid,
    header,
    cols,
    width: grid.values.reduce((w, r) => Math.max(w, r.length), 0),
    lastRow: grid.originRow + grid.values.length,
    mappedCols,
    leftmost: Math.min(...mappedCols),
    rightmost: Math.max(...mappedCols),
    sourceSheet: cols.band !== undefined && cols.standard !== undefined,
    cleanAt,
    cellText: (row, col) => (col === undefined ? "" : cleanAt(row, col)),
    field(row, role) {
      const col = cols[role];
      if (col === undefined) return null;
      if (row !== fieldsRow) {
        fieldsRow = row;
        fields.length = 0;
      }
      let f = fields[col];
      if (f === undefined) fields[col] = f = computeField(row, col);
      return f;
    },
    mergeAt: mergeStarting(grid.merges),
    mergeOver: slaveOf,
  };
}
