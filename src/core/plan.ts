/**
 * The plan model: what the reader makes of a sheet, and what validation,
 * totals, the Word generator and the hosts consume. Pure data, JSON-friendly.
 */

import type { Msg } from "./messages";

export type SchoolLevel = "mam-non" | "tieu-hoc" | "thcs" | "thpt" | "nhieu-cap";

export type FormKind = "2018" | "2026";

export type RegulationId = "TT19/2018" | "TT17/2018" | "TT18/2018" | "TT57/2026-MN" | "TT57/2026-PT";

/** Level band of the 2018 form: "MỨC 1, 2, 3" or "MỨC 4". */
export type Band = "1-3" | "4";

/**
 * The fields of a plan row. 2018 form: tt, criterion, result, actions, owner,
 * timeline, budget, support, note. The 2026 form maps its columns onto the same
 * names (Nội dung cải tiến -> criterion, Mục tiêu -> result, Hoạt động/giải pháp
 * -> actions, Đơn vị/cá nhân phụ trách -> owner, Nguồn lực bảo đảm -> budget) and
 * adds indicator, evidence and status.
 */
export type FieldKey =
  | "tt"
  | "criterion"
  | "result"
  | "actions"
  | "owner"
  | "timeline"
  | "budget"
  | "support"
  | "note"
  | "indicator"
  | "evidence"
  | "status";

export const FIELD_KEYS: readonly FieldKey[] = [
  "tt",
  "criterion",
  "result",
  "actions",
  "owner",
  "timeline",
  "budget",
  "support",
  "note",
  "indicator",
  "evidence",
  "status",
];

export interface PlanInfo {
  /** Cơ quan chủ quản, e.g. "PHÒNG GD&ĐT HUYỆN ĐIỆN BIÊN" (may be ""). */
  agency: string;
  /** School name as written, e.g. "TRƯỜNG MN XÃ SAM MỨN". */
  school: string;
  /** Document number, e.g. "95/KH-MNSM"; "" when still blank. */
  number: string;
  /** Place of the place-and-date line, e.g. "Sam Mứn". */
  place: string;
  /** "YYYY-MM-DD" or "" when unknown. */
  date: string;
  /** Signer title lines joined by "\n", e.g. "TM. HỘI ĐỒNG\nCHỦ TỊCH". */
  signerTitle: string;
  signerName: string;
  /** "Nơi nhận" items as written below the table, without "- " and ";". */
  recipients?: string[];
}

export interface PlanRow {
  /** 1-based sheet row. */
  row: number;
  band: Band | null;
  standard: number | null;
  /** Criterion code "1.3" (normalised, no spaces), or null when none could be read. */
  criterion: string | null;
  /** The criterion name as written in the cell after the code, or null. */
  criterionName: string | null;
  /** Target level from the code cell or a result text starting "Mức 2 – ...". */
  targetLevel: number | null;
  /** 0 for the first row of a criterion, 1.. for its sub-rows. */
  subRow: number;
  /** A1 address of each field's cell (sub-rows point at the shared criterion cell). */
  cells: Partial<Record<FieldKey, string>>;
  tt: string;
  /** Criterion cell text as written (NFC, trimmed). */
  criterionText: string;
  result: string;
  actions: string;
  owner: string;
  timeline: string;
  /** Number when the cell holds a number, otherwise its text ("" when empty). */
  budget: string | number;
  support: string;
  note: string;
  indicator?: string;
  evidence?: string;
  status?: string;
  /** 2026 form: index in plan.problems of the focus problem the row addresses (by criterion, standard or words). */
  problem?: number;
}

/** 2026 form, table IV: one focus problem ("vấn đề trọng tâm"). */
export interface Problem {
  /** 1-based sheet row. */
  row: number;
  /** Sheet of table IV when it is not the plan's sheet. */
  sheet?: string;
  tt: string;
  /** Standard number from the "Tiêu chuẩn" cell (or the criterion), null when none. */
  standard: number | null;
  /** First criterion code of "Tiêu chí liên quan" ("1.4"), null when none. */
  criterion: string | null;
  /** Every criterion code the cell names. */
  criteria: string[];
  standardText: string;
  criterionText: string;
  /** Đánh giá hiện trạng. */
  situation: string;
  /** Điểm hạn chế. */
  weakness: string;
  /** Nguyên nhân của hạn chế. */
  cause: string;
  /** A1 address of each column's cell (sheet-qualified when not on the plan's sheet). */
  cells: Partial<Record<ProblemKey, string>>;
}

export type ProblemKey = "tt" | "standard" | "criterion" | "situation" | "weakness" | "cause";

/** 2026 form, table VI: one review ("Cuối học kỳ I", "Cuối năm học"). */
export interface Review {
  row: number;
  sheet?: string;
  /** Thời điểm. */
  when: string;
  /** Nội dung theo dõi. */
  subject: string;
  /** Kết quả thực hiện. */
  result: string;
  /** Điều chỉnh (nếu có). */
  adjustment: string;
  /** Người đánh giá. */
  reviewer: string;
  cells: Partial<Record<ReviewKey, string>>;
}

export type ReviewKey = "when" | "subject" | "result" | "adjustment" | "reviewer";

export interface StandardHeading {
  row: number;
  cell: string;
  band: Band | null;
  number: number;
  /** Name as written after "Tiêu chuẩn N:". */
  name: string;
}

export interface BandHeading {
  row: number;
  cell: string;
  band: Band;
  /** The whole text, e.g. "MỨC 4: Không đạt". */
  text: string;
}

/** A one-line remark under a standard instead of plan rows. */
export interface Remark {
  row: number;
  cell: string;
  band: Band | null;
  standard: number | null;
  text: string;
}

export interface StatedTotal {
  row: number;
  /** Cell of the amount (budget column of the total row). */
  cell: string;
  /** Typed amount or the formula's cached value; null when neither. */
  amount: number | null;
  /** Formula text without "=", or null when typed. */
  formula: string | null;
  /** Text of the amount cell when it is not a number (e.g. "400.000.000 đồng"). */
  text: string;
}

export interface Plan {
  sheet: string;
  form: FormKind;
  level: SchoolLevel | null;
  regulation: RegulationId | null;
  /** "2024-2025" or null when not found. */
  schoolYear: string | null;
  info: PlanInfo;
  /** 1-based row of the header and each field's column letter. */
  header: { row: number; columns: Partial<Record<FieldKey, string>> };
  rows: PlanRow[];
  standards: StandardHeading[];
  bands: BandHeading[];
  remarks: Remark[];
  total: StatedTotal | null;
  /** 2026 form only: table IV (absent on 2018-form plans). */
  problems?: Problem[];
  /** 2026 form only: table VI (absent on 2018-form plans). */
  reviews?: Review[];
}

export type Severity = "error" | "warning" | "info";

export interface Issue {
  severity: Severity;
  /** Stable machine code, e.g. "criterion-unknown". */
  code: string;
  /** A1 address the issue is about. */
  cell: string;
  /** The sentence as data (key and arguments); render it with issueMessage(issue, lang). */
  text: Msg;
  /** Suggested replacement text for the cell, when there is one. */
  fix?: string;
}

export interface Totals {
  amount: number;
  /** "Bốn trăm triệu đồng" (first letter capital). */
  words: string;
  byStandard: Record<string, number>;
  byBand: Record<string, number>;
  stated: { cell: string; amount: number } | null;
  /** Cells whose budget names no amount (a source or an unspecified text). */
  uncounted: string[];
  /**
   * Each plan row's budget as counted, in plan.rows order: parsed once here,
   * read by the checks, the sheet writers and the Word table.
   */
  rows: RowAmount[];
  /** The sheet's own total against the computed one; null when the sheet states none. */
  reconciliation: TotalReconciliation | null;
  /** Counted amounts by funding source group (core/funding): nsnn, xhh, ctx, other. */
  bySource: Record<string, number>;
}

/** One plan row's budget as the totals count it. */
export interface RowAmount {
  /** Sheet row (1-based) of the plan row. */
  row: number;
  /** A1 address of its budget cell; "" when unknown. */
  cell: string;
  /** The budget as shown: a text as typed (NFC, trimmed), a number cell with dot thousands. */
  text: string;
  /** Đồng counted (an integer), null when the cell gives no amount. */
  amount: number | null;
  /** What the cell says (parseBudget's kind): "amount", "none" ("Không"), "source", "unspecified", "empty", "rate" ("500.000đ/tháng", not counted). */
  kind: "amount" | "none" | "source" | "unspecified" | "empty" | "rate";
  /** "20 - 30 triệu": the amount counted is `high`. */
  range?: { low: number; high: number };
  /** "15 triệu/năm": counted once. */
  period?: string;
  /** Funding source named ("Ngân sách nhà nước", ...). */
  source?: string;
  /** "500.000đ/tháng x 9 tháng": the amount counted is unit × counts. */
  product?: { unit: number; counts: number[]; per?: string };
  /** "500.000đ/tháng": a rate without a count, not counted. */
  rate?: { amount: number; per: string };
}

/** The sheet's "Tổng cộng" against the sum of the rows. */
export interface TotalReconciliation {
  cell: string;
  /** The total as Excel shows it. */
  stated: number;
  /** How `stated` was found: a typed number, a formula's cached value, a plain SUM evaluated here, or a typed text. */
  from: "typed" | "cached" | "evaluated" | "text";
  /** The sum of rows[].amount (= Totals.amount). */
  computed: number;
  /** stated - computed. */
  difference: number;
  /** True when they agree (to the đồng). */
  matches: boolean;
  /** The plain SUM range of the stated total, when it is one. */
  sum: { col: string; from: number; to: number } | null;
  /** With a plain SUM: whether it skips counted text amounts, or misses counted cells outside its range. */
  misses: { text: boolean; outside: boolean } | null;
}
