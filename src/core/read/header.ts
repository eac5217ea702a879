/**
 * Finding the plan table's header row by its column titles, whatever the
 * school's spelling: matched on folded text (no diacritics, case, line breaks
 * or extra spaces), for every form described in ../forms (the 2018 9-column
 * table, the 2026 table V) and the clean plan sheet the add-in writes. The
 * header words are the forms' data; words only one form uses (other than the
 * base form, whose words are the general ones) are evidence of that form.
 */
import type { FieldKey, FormKind } from "../plan";
import { type Grid, textAt } from "../grid";
import { fold } from "../text";
import { FORM_2018, FORMS, PLAN_SHEET_COLUMNS, headerTest, type HeaderWords, type PlanSheetKey } from "../forms";

/** Plan fields plus the extra columns of the add-in's own plan sheet. */
export type ColumnRole = FieldKey | Exclude<PlanSheetKey, "criterion">;

interface TitleRule {
  role: ColumnRole;
  form?: FormKind;
  rank: number;
  test: (t: string) => boolean;
}

/** The form a sheet is taken for unless another form's own words are found. */
const BASE_FORM: FormKind = FORM_2018.id;
/** How many columns found by one form's own words make the sheet that form. */
const FORM_EVIDENCE = 2;

/** Every plan table's header words, once each, in rank order: the first rule that matches a title wins. */
function titleRules(): TitleRule[] {
  const seen = new Map<string, { role: ColumnRole; words: HeaderWords; forms: Set<FormKind> }>();
  const add = (role: ColumnRole, words: HeaderWords, form: FormKind | null) => {
    const id = `${role} ${JSON.stringify(words)}`;
    const e = seen.get(id) ?? { role, words, forms: new Set<FormKind>() };
    if (form) e.forms.add(form);
    seen.set(id, e);
  };
  for (const f of FORMS) for (const c of f.planTable.columns) for (const w of c.header) add(c.key, w, f.id);
  for (const c of PLAN_SHEET_COLUMNS) for (const w of c.header) add(c.key, w, null);
  return [...seen.values()]
    .map(({ role, words, forms }) => {
      const only = forms.size === 1 ? [...forms][0] : undefined;
      return { role, rank: words.rank, test: headerTest(words), ...(only && only !== BASE_FORM ? { form: only } : {}) };
    })
    .sort((a, b) => a.rank - b.rank);
}

const TITLE_RULES: readonly TitleRule[] = titleRules();

/** The header rules in the order they are tried: role and the form they are evidence of (tests, diagnostics). */
export function headerRuleOrder(): { role: ColumnRole; form?: FormKind }[] {
  return TITLE_RULES.map((r) => (r.form ? { role: r.role, form: r.form } : { role: r.role }));
}

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
  const evidence: Partial<Record<FormKind, number>> = {};
  let score = 0;
  for (let c = grid.originCol; c < grid.originCol + width; c++) {
    let title = textAt(grid, row, c);
    if (!title && extraAbove) title = textAt(grid, row - 1, c);
    if (!title || title.length > 120) continue;
    const m = titleRole(title);
    if (!m || columns[m.role] !== undefined) continue;
    columns[m.role] = c;
    score++;
    if (m.form) evidence[m.form] = (evidence[m.form] ?? 0) + 1;
  }
  const core = ["criterion", "result", "actions", "owner", "timeline", "budget"] as const;
  const coreCount = core.filter((k) => columns[k] !== undefined).length;
  if (columns.criterion === undefined || coreCount < 4) return null;
  const form = (Object.keys(evidence) as FormKind[]).find((f) => (evidence[f] ?? 0) >= FORM_EVIDENCE) ?? BASE_FORM;
  return { row, form, columns, score };
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
