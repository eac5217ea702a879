/** Where things sit on the plan sheet the add-in writes (table from A1, header in row 1). Pure. */
import { columnLetter } from "../core/grid";
import { planTableColumns, PLAN_TABLE_COLUMNS, type PlanTableColumn, type PlanTableKey } from "../core/plan-table";
import { fold } from "../core/text";

/** Excel column width in points for a width in characters (Calibri 11: ~5.7 pt a character). */
export function widthPoints(chars: number): number {
  return Math.round(chars * 5.7 + 4);
}

/** The known column of a header title ("Kinh phí (đồng)" -> "amount"), or null. */
export function keyOfTitle(title: unknown): PlanTableKey | null {
  if (typeof title !== "string") return null;
  const f = fold(title);
  const all: readonly PlanTableColumn[] = [...PLAN_TABLE_COLUMNS, ...planTableColumns({ form: "2026" }).slice(PLAN_TABLE_COLUMNS.length)];
  return all.find((c) => fold(c.title) === f)?.key ?? null;
}

/** 0-based column of each known key in a header row as read from the sheet. */
export function headerKeys(header: readonly unknown[]): Partial<Record<PlanTableKey, number>> {
  const out: Partial<Record<PlanTableKey, number>> = {};
  header.forEach((h, i) => {
    const k = keyOfTitle(h);
    if (k && out[k] === undefined) out[k] = i;
  });
  return out;
}

/** A1 range of one column between two 1-based rows ("K2:K31"). */
export function columnRange(col: number, firstRow: number, lastRow: number): string {
  const l = columnLetter(col);
  return `${l}${firstRow}:${l}${Math.max(firstRow, lastRow)}`;
}

/** How many header cells to read when looking for the plan table's columns. */
export const HEADER_SCAN_COLUMNS = 40;
