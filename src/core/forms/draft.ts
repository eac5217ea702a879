/**
 * A plan on the 2026 form (Biểu 2, Thông tư 57/2026) to be written as a
 * workbook: a blank new plan (`ctcl new`, "Tạo kế hoạch mới") or the draft of
 * next year's plan made from last year's (`ctcl next-year`). The workbook
 * writers (src/file with exceljs, src/office with Office.js) lay it out with
 * the core's layout; the reader reads it back as a 2026 plan. Pure data.
 */
import type { RegulationId, SchoolLevel } from "../plan";

export interface Draft2026 {
  level: SchoolLevel;
  /** "2026-2027" */
  schoolYear: string;
  regulation: RegulationId;
  /** Letterhead as carried or typed; number and date are left "" for the user. */
  info: { agency: string; school: string; number: string; place: string; date: string };
  /** Table IV: focus problems. */
  problems: DraftProblem[];
  /** Table V: the plan rows. */
  rows: DraftRow[];
  /** Table VI: one row per review period, "Cuối học kỳ I" and "Cuối năm học" when empty. */
  reviews: DraftReview[];
}

/** A note for the user on one cell (written as a cell comment), e.g. "timeline moved one year: check it". */
export type DraftNotes<K extends string> = Partial<Record<K, string>>;

export type DraftProblemKey = "standard" | "criterion" | "situation" | "weakness" | "cause";

export interface DraftProblem {
  /** "Tiêu chuẩn 1: …" or "1" as it should read in the cell. */
  standard: string;
  /** "1.4" or "1.4: <name>"; "" when none. */
  criterion: string;
  situation: string;
  weakness: string;
  cause: string;
  notes?: DraftNotes<DraftProblemKey>;
}

export type DraftRowKey =
  | "content"
  | "goal"
  | "actions"
  | "indicator"
  | "timeline"
  | "owner"
  | "resources"
  | "evidence"
  | "status";

export interface DraftRow {
  /** Nội dung cải tiến, e.g. "Tiêu chí 1.4: …" (the school's own words). */
  content: string;
  goal: string;
  actions: string;
  indicator: string;
  timeline: string;
  owner: string;
  /** Nguồn lực bảo đảm (money with its source, or "Không"). */
  resources: string;
  evidence: string;
  /** "" while the plan is new; "Hoàn thành" | "Đang thực hiện" | "Chưa hoàn thành". */
  status: string;
  notes?: DraftNotes<DraftRowKey>;
}

export type DraftReviewKey = "when" | "subject" | "result" | "adjustment" | "reviewer";

export interface DraftReview {
  when: string;
  subject: string;
  result: string;
  adjustment: string;
  reviewer: string;
}
