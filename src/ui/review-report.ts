/**
 * What the pane shows of a plan's progress and hands out as the review report,
 * as plain data (no React): the counts with a bar per standard, the details
 * of the report (the user's letterhead and signer, the report's own number,
 * date and recipients), its file name, and the sentences that go with it.
 * The component (components/ProgressPanel.tsx) renders this; the action is
 * `makeReviewReport` (sheet-actions.ts).
 */
import type { Plan, Totals } from "../core/plan";
import type { DocumentInfo } from "../core/word/types";
import { planProgress, reviewsOfPeriod, type ReviewPeriod, type StatusCounts, type StatusKind, emptyCounts } from "../core/progress";
import { reviewDocumentInfo, reviewNumber, reviewRecipients } from "../core/word/review-info";
import { contextOf } from "../core/context";
import { fileNamePart } from "../core/file-names";

export type CountKind = StatusKind | "unset";

/** The order of a bar's segments and of the counts. */
export const COUNT_KINDS: readonly CountKind[] = ["done", "inProgress", "notDone", "unset"];

export interface Segment {
  kind: CountKind;
  count: number;
  /** Percent of the bar's width, 0..100. */
  share: number;
}

export interface ProgressBarView {
  /** "1", "2", …; "" for the rows whose standard is not known. */
  standard: string;
  counts: StatusCounts;
  segments: Segment[];
}

export interface ProgressView {
  all: StatusCounts;
  bars: ProgressBarView[];
}

function segments(c: StatusCounts): Segment[] {
  return COUNT_KINDS.map((kind) => ({ kind, count: c[kind], share: c.total ? (c[kind] / c.total) * 100 : 0 }));
}

/** The counts and bars of a 2026-form plan; null on a 2018-form plan (no status column) or a plan without rows. */
export function progressView(plan: Plan | null): ProgressView | null {
  const p = plan ? planProgress(plan) : null;
  if (!p || p.total === 0) return null;
  const bars: ProgressBarView[] = Object.entries(p.byStandard).map(([standard, counts]) => ({ standard, counts, segments: segments(counts) }));
  const rest = emptyCounts();
  for (const k of [...COUNT_KINDS, "total"] as const) rest[k] = p[k] - bars.reduce((a, b) => a + b.counts[k], 0);
  if (rest.total > 0) bars.push({ standard: "", counts: rest, segments: segments(rest) });
  const { byStandard: _byStandard, ...all } = p;
  return { all, bars };
}

/**
 * The report's details: the letterhead and signer the user set for the plan
 * (the draft, else the plan's), with the report's own number (…/BC-…), an
 * empty date and the recipients of the plan's year.
 */
export function reportInfo(plan: Plan, draft: DocumentInfo | null): DocumentInfo {
  if (!draft) return reviewDocumentInfo(plan);
  return {
    ...draft,
    number: reviewNumber(draft.number),
    date: "",
    recipients: reviewRecipients({ info: { ...plan.info, recipients: draft.recipients } }, contextOf(plan)),
  };
}

/** "Bao-cao-CTCL-HK1-TRUONG-THCS-HOA-LU-2026-2027.docx", "Bao-cao-CTCL-cuoi-nam-….docx" */
export function reviewFileName(plan: Plan, info: Pick<DocumentInfo, "school" | "schoolYear"> | null, period: ReviewPeriod): string {
  const school = fileNamePart(info?.school || plan.info.school || "");
  const year = fileNamePart(info?.schoolYear || plan.schoolYear || "");
  return ["Bao-cao-CTCL", period === "hk1" ? "HK1" : "cuoi-nam", school, year].filter(Boolean).join("-") + ".docx";
}

/** True when table VI records something for the period (the report says so when it does not). */
export function periodRecorded(plan: Plan, period: ReviewPeriod): boolean {
  return reviewsOfPeriod(plan, period).some((r) => [r.subject, r.result, r.adjustment, r.reviewer].some((s) => s.trim() !== ""));
}

/** The report's bytes and file name; `build` is the Word module's buildReviewDocx (a separate chunk in the pane). */
export async function reviewReportFile(
  input: { plan: Plan; totals: Totals; draft: DocumentInfo | null; period: ReviewPeriod },
  build: (x: { plan: Plan; totals: Totals; info: DocumentInfo; period: ReviewPeriod }) => Promise<Uint8Array>,
): Promise<{ bytes: Uint8Array; name: string }> {
  const info = reportInfo(input.plan, input.draft);
  const bytes = await build({ plan: input.plan, totals: input.totals, info, period: input.period });
  return { bytes, name: reviewFileName(input.plan, info, input.period) };
}
