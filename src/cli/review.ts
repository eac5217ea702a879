/**
 * `ctcl review PLAN.xlsx -o BAO-CAO.docx [--period hk1|cuoi-nam]`: the review
 * report of a 2026-form plan (core/word/review.ts), as .docx or, with
 * -o X.pdf, converted by LibreOffice like `ctcl word`. The period defaults
 * from today's date (September to February: hk1; March to August: cuoi-nam).
 * A 2018-form plan (or a table V without its status column) is refused with one sentence. Exit
 * codes: 0 written, 2 refused or not readable/writable.
 */
import * as path from "path";
import * as zlib from "zlib";
import { loadPlanFile } from "./load";
import { sameFile, writeFileReplacing } from "./safe-output";
import { checkPlan } from "../core/check";
import { planProgress, periodOfDate, isReviewPeriod, reviewsOfPeriod, type ReviewPeriod } from "../core/progress";
import { t, type Lang } from "../core/strings";
import { errorDetail } from "../core/errors";
import type { ReadOptions } from "../core/read";

export interface ReviewOptions {
  read: ReadOptions;
  output?: string;
  /** As typed on the command line; undefined: from `now`. */
  period?: string;
  lang: Lang;
  /** Today, for the default period. */
  now?: Date;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

async function refusal(out: string, file: string, lang: Lang): Promise<string | null> {
  if (await sameFile(out, file)) return t("cliSameFile", out, "input", lang);
  const ext = path.extname(out).toLowerCase();
  if (ext !== ".docx" && ext !== ".pdf") return t("cliWrongExtension", out, lang);
  return null;
}

export async function runReview(file: string, options: ReviewOptions, io: Io): Promise<number> {
  const { lang } = options;
  const out = options.output;
  if (options.period !== undefined && !isReviewPeriod(options.period)) {
    io.err(t("cliBadPeriod", options.period, lang) + "\n" + t("cliSeeHelp", lang) + "\n");
    return 2;
  }
  if (!out) {
    io.err(t("cliReviewNeedsOutput", lang) + "\n" + t("cliSeeHelp", lang) + "\n");
    return 2;
  }
  const refused = await refusal(out, file, lang);
  if (refused) {
    io.err(refused + "\n");
    return 2;
  }
  const period: ReviewPeriod = (options.period as ReviewPeriod | undefined) ?? periodOfDate(options.now ?? new Date());
  const loaded = await loadPlanFile(file, options.read, lang);
  if (!loaded.ok) {
    io.err(loaded.message + "\n");
    return 2;
  }
  const plan = loaded.plan;
  const progress = planProgress(plan);
  if (!progress) {
    io.err(t(plan.form === "2026" ? "cliReviewNoStatusColumn" : "cliReviewNeeds2026", path.basename(file), lang) + "\n");
    return 2;
  }
  const { issues, totals } = checkPlan(plan);
  const { reviewDocumentInfo } = await import("../core/word/review-info");
  const { buildReviewDocx } = await import("../core/word/review");
  const codec = { deflateRaw: (d: Uint8Array) => zlib.deflateRawSync(d, { level: 6 }), crc32: (d: Uint8Array) => zlib.crc32(d) };
  let bytes = await buildReviewDocx({ plan, totals, info: reviewDocumentInfo(plan), period }, { codec });
  if (path.extname(out).toLowerCase() === ".pdf") {
    const pdf = await import("./pdf");
    const soffice = await pdf.findSoffice();
    if (!soffice) {
      io.err(t("cliPdfNeedsLibreOffice", out, lang) + "\n");
      return 2;
    }
    try {
      bytes = await pdf.docxToPdf(soffice, bytes);
    } catch (e) {
      io.err(t("cliPdfFailed", out, errorDetail(e), lang) + "\n");
      return 2;
    }
  }
  try {
    await writeFileReplacing(out, bytes);
  } catch {
    io.err(t("cliCannotWrite", out, lang) + "\n");
    return 2;
  }
  const p = progress;
  io.out(t("cliReviewWritten", path.resolve(out), period, p.total, p.done, p.inProgress, p.notDone, p.unset, lang) + "\n");
  // What the report had to count as "not assessed", and a period table VI says nothing of: said, not hidden.
  const unknown = issues.filter((i) => i.code === "status-unknown" || i.code === "status-level").map((i) => i.cell);
  if (unknown.length) io.out(t("cliReviewUnknownStatuses", unknown.join(", "), lang) + "\n");
  const recorded = reviewsOfPeriod(plan, period).some((r) => [r.subject, r.result, r.adjustment, r.reviewer].some((s) => s.trim() !== ""));
  if (!recorded) io.out(t("cliReviewNoPeriodRow", period, lang) + "\n");
  return 0;
}
