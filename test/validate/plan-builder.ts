/**
 * Hand-built plans laid out like the examples (TT A, criterion B, result C,
 * actions D, owner E, timeline F, budget G, support H, note I), for the rule
 * tests. Not a test file itself.
 */
import type { Band, FieldKey, Plan, PlanRow, RegulationId, SchoolLevel, StandardHeading, StatedTotal } from "../../src/core/plan";
import { levelFromResult, parseCriterionRef } from "../../src/core/parse/criterion";

export const COLUMNS: Partial<Record<FieldKey, string>> = {
  tt: "A",
  criterion: "B",
  result: "C",
  actions: "D",
  owner: "E",
  timeline: "F",
  budget: "G",
  support: "H",
  note: "I",
};

export interface RowSpec {
  row: number;
  /** Criterion cell text; "" for a sub-row (it inherits the criterion above). */
  criterion?: string;
  result?: string;
  actions?: string;
  owner?: string;
  timeline?: string;
  budget?: string | number;
  support?: string;
  note?: string;
  band?: Band | null;
  standard?: number | null;
  targetLevel?: number | null;
}

/** A complete, correct row: every rule should pass it. */
export function fullRow(row: number, criterion: string, over: Partial<RowSpec> = {}): RowSpec {
  return {
    row,
    criterion,
    result: "Tổ chức lấy ý kiến của 100% cán bộ quản lí giáo viên và nhân viên vào chiến lược phát triển của nhà trường.",
    actions: "Lấy ý kiến trực tiếp của cán bộ quản lí giáo viên trong cuộc họp hội đồng sư phạm.",
    owner: "Hiệu trưởng",
    timeline: "Từ tháng 8 năm 2025 đến tháng 5 năm 2026.",
    budget: "Không",
    ...over,
  };
}

export interface PlanSpec {
  regulation?: RegulationId | null;
  level?: SchoolLevel | null;
  schoolYear?: string | null;
  form?: "2018" | "2026";
  standards?: { row: number; number: number; name: string; band?: Band | null }[];
  total?: Partial<StatedTotal> & { row: number };
  rows: RowSpec[];
}

export function makePlan(spec: PlanSpec): Plan {
  const rows: PlanRow[] = [];
  let last: PlanRow | null = null;
  const standards: StandardHeading[] = (spec.standards ?? []).map((s) => ({
    row: s.row,
    cell: `B${s.row}`,
    band: s.band === undefined ? "1-3" : s.band,
    number: s.number,
    name: s.name,
  }));
  for (const r of spec.rows) {
    const text = r.criterion ?? "";
    const ref = text ? parseCriterionRef(text) : null;
    const isSub = !text && last !== null && last.criterion !== null && r.row === last.row + 1;
    const head = isSub ? (last as PlanRow) : null;
    const heading = [...standards].reverse().find((s) => s.row < r.row);
    const cells: Partial<Record<FieldKey, string>> = {};
    for (const [k, col] of Object.entries(COLUMNS)) cells[k as FieldKey] = `${col}${r.row}`;
    if (head) cells.criterion = head.cells.criterion;
    const result = r.result ?? "";
    const row: PlanRow = {
      row: r.row,
      band: r.band === undefined ? "1-3" : r.band,
      standard: r.standard === undefined ? heading?.number ?? ref?.standard ?? null : r.standard,
      criterion: head ? head.criterion : ref?.code ?? null,
      criterionName: head ? head.criterionName : ref?.name ?? null,
      targetLevel: r.targetLevel === undefined ? levelFromResult(result) ?? ref?.level ?? head?.targetLevel ?? null : r.targetLevel,
      subRow: head ? head.subRow + 1 : 0,
      cells,
      tt: "",
      criterionText: head ? head.criterionText : text,
      result,
      actions: r.actions ?? "",
      owner: r.owner ?? "",
      timeline: r.timeline ?? "",
      budget: r.budget ?? "",
      support: r.support ?? "",
      note: r.note ?? "",
    };
    rows.push(row);
    last = row;
  }
  const total: StatedTotal | null = spec.total
    ? {
        row: spec.total.row,
        cell: spec.total.cell ?? `G${spec.total.row}`,
        amount: spec.total.amount ?? null,
        formula: spec.total.formula ?? null,
        text: spec.total.text ?? "",
      }
    : null;
  return {
    sheet: "Kế hoạch",
    form: spec.form ?? "2018",
    level: spec.level === undefined ? "tieu-hoc" : spec.level,
    regulation: spec.regulation === undefined ? "TT17/2018" : spec.regulation,
    schoolYear: spec.schoolYear === undefined ? "2025-2026" : spec.schoolYear,
    info: { agency: "", school: "TRƯỜNG TIỂU HỌC", number: "", place: "", date: "", signerTitle: "HIỆU TRƯỞNG", signerName: "" },
    header: { row: 9, columns: COLUMNS },
    rows,
    standards,
    bands: [{ row: 10, cell: "A10", band: "1-3", text: "MỨC 1, 2, 3" }],
    remarks: [],
    total,
  };
}

/** Issues reduced to what the tests compare. */
export function brief(issues: { severity: string; code: string; cell: string }[]): string[] {
  return issues.map((i) => `${i.cell} ${i.severity} ${i.code}`);
}
