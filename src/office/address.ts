/** A1 address helpers for what Office.js answers: "Sheet1!B3:D5", "3:5", "B:D", "'A b'!A1". Pure. */
import { parseCellRef, type MergeArea } from "../core/grid";

/** 0-based inclusive box, a MergeArea's shape; a whole-column address has bottom = Infinity, a whole-row one right = Infinity. */
export type Box = MergeArea;

/** The part after the sheet name ("Sheet1!A1:B2" -> "A1:B2"). */
export function stripSheet(address: string): string {
  const i = address.lastIndexOf("!");
  return (i >= 0 ? address.slice(i + 1) : address).trim();
}

/** Sheet name of a "Sheet!A1" address (quotes removed), or null. */
export function sheetOf(address: string): string | null {
  const i = address.lastIndexOf("!");
  if (i < 0) return null;
  let s = address.slice(0, i).trim();
  if (s.startsWith("'") && s.endsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
  return s;
}

/** Parses one area: "B3", "B3:D5", "3:5", "B:D" (sheet prefix allowed). Null when unreadable. */
export function parseArea(address: string): Box | null {
  const parts = stripSheet(address).split(":");
  if (parts.length > 2) return null;
  const a = parseCellRef(parts[0]);
  const b = parts.length === 2 ? parseCellRef(parts[1]) : a;
  if (!a || !b) return null;
  if ((a.row === null) !== (b.row === null) || (a.col === null) !== (b.col === null)) return null;
  const top = a.row === null ? 0 : Math.min(a.row, b.row!);
  const bottom = a.row === null ? Infinity : Math.max(a.row, b.row!);
  const left = a.col === null ? 0 : Math.min(a.col, b.col!);
  const right = a.col === null ? Infinity : Math.max(a.col, b.col!);
  return { top, left, bottom, right };
}

/**
 * The areas of a RangeAreas address: "Sheet1!A1:C1, Sheet1!A3:A5" or
 * "'Kế hoạch, 2'!A1:B2,'Kế hoạch, 2'!C3" (commas inside quoted sheet names kept).
 */
export function parseAreas(address: string | null | undefined): Box[] {
  if (!address) return [];
  const out: Box[] = [];
  const re = /(?:(?:'(?:[^']|'')*'|[^',!]+)!)?(\$?[A-Za-z]{0,3}\$?\d{0,7}(?::\$?[A-Za-z]{0,3}\$?\d{0,7})?)\s*(?:,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address)) !== null) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    const box = parseArea(m[1]);
    if (box) out.push(box);
  }
  return out;
}
