/**
 * Finding the plan table's header row by its column titles, whatever the
 * school's spelling: matched on folded text (no diacritics, case, line breaks
 * or extra spaces), for the 2018 form (9 columns), the 2026 form (10 columns)
 * and the clean plan sheet the add-in writes.
 */
import type { FieldKey, FormKind } from "../plan";
import { type Grid, textAt } from "../grid";
import { fold } from "../text";

/** Plan fields plus the extra columns of the add-in's own plan sheet. */
export type ColumnRole = FieldKey | "band" | "standard" | "source" | "amount";

interface TitleRule {
  role: ColumnRole;
  form?: FormKind;
  test: (t: string) => boolean;
}

const has = (...words: string[]) => (t: string) => words.some((w) => t.includes(w));

/** Ordered: the first rule that matches a title wins (more specific first). */
const TITLE_RULES: readonly TitleRule[] = [
  { role: "source", test: (t) => t === "dong goc" },
  { role: "amount", test: (t) => /kinh phi\s*\(dong\)/.test(t) || /\(so\)$/.test(t) },
  { role: "band", test: (t) => t === "muc" || t === "muc danh gia" },
  { role: "status", form: "2026", test: has("muc do thuc hien", "muc do hoan thanh") },
  { role: "tt", test: (t) => /^(s\.?\s?tt|tt|so tt|so thu tu|thu tu)$/.test(t) },
  { role: "standard", test: (t) => t === "tieu chuan" },
  { role: "criterion", form: "2026", test: has("noi dung cai tien") },
  { role: "result", form: "2026", test: has("muc tieu cai tien") },
  { role: "indicator", form: "2026", test: has("chi so danh gia", "chi so") },
  { role: "evidence", form: "2026", test: has("minh chung", "thong tin, du lieu") },
  { role: "budget", form: "2026", test: has("nguon luc") },
  { role: "owner", form: "2026", test: has("don vi/ca nhan", "don vi / ca nhan", "ca nhan phu trach", "don vi phu trach") },
  { role: "criterion", test: (t) => t.includes("tieu chi") || t.startsWith("tieu chuan") },
  { role: "result", test: has("ket qua can dat", "ket qua", "muc tieu") },
  { role: "actions", test: has("cong viec", "giai phap", "bien phap", "hoat dong", "nhiem vu") },
  { role: "timeline", test: has("thoi gian", "thoi han", "tien do") },
  { role: "owner", test: has("chu tri", "phoi hop", "phu trach", "nguoi thuc hien", "don vi thuc hien", "trach nhiem") },
  { role: "budget", test: has("kinh phi", "du toan", "ngan sach") },
  { role: "support", test: has("dieu kien ho tro", "ho tro", "dieu kien") },
  { role: "note", test: has("ghi chu") },
];

/** Role of one header title, or null. */
export function titleRole(title: string): { role: ColumnRole; form?: FormKind } | null {
  const t = fold(title);
  if (!t) return null;
  for (const rule of TITLE_RULES) if (rule.test(t)) return { role: rule.role, form: rule.form };
  return null;
}

export interface HeaderMatch {
  /** 0-based sheet row of the header (the last row when the titles span two rows). */
  row: number;
  form: FormKind;
  /** Role -> 0-based sheet column. */
  columns: Partial<Record<ColumnRole, number>>;
  score: number;
}

const MAX_HEADER_SCAN_ROWS = 200;

function matchRow(grid: Grid, row: number, width: number, extraAbove: boolean): HeaderMatch | null {
  const columns: Partial<Record<ColumnRole, number>> = {};
  let form2026 = 0;
  let score = 0;
  for (let c = grid.originCol; c < grid.originCol + width; c++) {
    let title = textAt(grid, row, c);
    if (!title && extraAbove) title = textAt(grid, row - 1, c);
    if (!title || title.length > 120) continue;
    const m = titleRole(title);
    if (!m || columns[m.role] !== undefined) continue;
    columns[m.role] = c;
    score++;
    if (m.form === "2026") form2026++;
  }
  const core = ["criterion", "result", "actions", "owner", "timeline", "budget"] as const;
  const coreCount = core.filter((k) => columns[k] !== undefined).length;
  if (columns.criterion === undefined || coreCount < 4) return null;
  return { row, form: form2026 >= 2 ? "2026" : "2018", columns, score };
}

/** The best header row of a sheet, or null when it holds no plan table. */
export function findHeader(grid: Grid): HeaderMatch | null {
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  const last = Math.min(grid.originRow + grid.values.length, grid.originRow + MAX_HEADER_SCAN_ROWS);
  let best: HeaderMatch | null = null;
  for (let r = grid.originRow; r < last; r++) {
    const m = matchRow(grid, r, width, false);
    if (m && (!best || m.score > best.score)) best = m;
    if (best && best.score >= 9) break;
  }
  if (best) return best;
  // Titles split over two rows ("Chủ trì" above, blanks beside a merged group).
  for (let r = grid.originRow + 1; r < last; r++) {
    const m = matchRow(grid, r, width, true);
    if (m) return m;
  }
  return null;
}
