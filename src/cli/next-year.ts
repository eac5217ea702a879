/**
 * `ctcl next-year LAST.xlsx -o NEW.xlsx [--year 2026-2027] [--sheet] [--level] [--lang]`:
 * next year's plan on the 2026 form (Biểu 2, Thông tư 57/2026) drafted from
 * last year's (core/next-year), written with the one workbook writer
 * (file/draft-workbook); then what was carried, left out (done last year),
 * what the user must choose and fill. Never writes over LAST.xlsx. Exit 0
 * written, 2 when a file cannot be read or written (one sentence on stderr).
 */
import * as path from "path";
import { loadPlanFile } from "./load";
import { sameFile, writeFileReplacing } from "./safe-output";
import { nextYearDraft, type NextYearDraft } from "../core/next-year";
import { renderMsg } from "../core/messages";
import { regulationById } from "../core/catalogue";
import { t, type Lang } from "../core/strings";
import type { SchoolLevel } from "../core/plan";

export interface NextYearCliOptions {
  output?: string;
  /** The new school year. */
  year?: string;
  sheet?: string;
  level?: SchoolLevel;
  lang: Lang;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Why a -o is refused, or null: it is the input, or no .xlsx. */
async function outputProblem(out: string, file: string, lang: Lang): Promise<string | null> {
  if (await sameFile(out, file)) return t("cliNySameFile", out, lang);
  if (path.extname(out).toLowerCase() !== ".xlsx") return t("cliNyWrongExtension", out, lang);
  return null;
}

/** What the user reads after the draft is written (also used by tests). */
export function nextYearReport(r: NextYearDraft, written: string, lang: Lang): string {
  const lines: string[] = [];
  const reg = regulationById(r.draft.regulation);
  lines.push(t("cliNyWritten", written, r.draft.schoolYear, reg.title, lang));
  lines.push(t("cliNyFrom", r.fromSchoolYear ?? "", r.fromRegulation ?? "", r.carried.length, r.leftOut.length, lang));
  if (r.agencyReplaced) lines.push(t("cliNyAgency", r.agencyReplaced.from, r.agencyReplaced.to, lang));
  if (r.carried.length) {
    lines.push("", t("cliNyCarriedHead", lang));
    for (const c of r.carried) {
      const from = c.from ? `Tiêu chí ${c.from}` : t("cliNyNoCode", lang);
      const to = c.to ? `Tiêu chí ${c.to}` : t("cliNyToChooseMark", lang);
      lines.push(t("cliNyCarriedLine", c.index + 1, c.row, from, to, c.status === "not-done" || c.status === "in-progress", lang));
    }
  }
  if (r.leftOut.length) {
    lines.push("", t("cliNyLeftHead", lang));
    for (const l of r.leftOut) lines.push(t("cliNyLeftLine", l.row, l.content.replace(/\s*\n\s*/g, " "), l.status, lang));
  }
  if (r.toChoose.length) {
    lines.push("", t("cliNyChooseHead", lang));
    for (const c of r.toChoose) {
      const reason = "key" in c.reason ? renderMsg(c.reason, lang) : c.reason[lang];
      lines.push(t("cliNyChooseLine", c.index + 1, c.content.replace(/\s*\n\s*/g, " "), reason, lang));
    }
  }
  lines.push("");
  if (r.movedTimelines.length) lines.push(t("cliNyMoved", r.movedTimelines.length, lang));
  const emptyProblems = r.draft.problems.filter((p) => !p.situation && !p.weakness && !p.cause).length;
  const emptyRows = r.draft.rows.filter((x) => !x.indicator || !x.evidence).length;
  lines.push(t("cliNyToFill", emptyProblems, emptyRows, lang));
  lines.push(t("cliNyCheckHint", written, lang));
  return lines.join("\n") + "\n";
}

export async function runNextYear(file: string, opts: NextYearCliOptions, io: Io): Promise<number> {
  const { lang } = opts;
  const out = opts.output;
  if (!out) {
    io.err(t("cliNyNeedsOutput", lang) + "\n");
    return 2;
  }
  const refused = await outputProblem(out, file, lang);
  if (refused) {
    io.err(refused + "\n");
    return 2;
  }
  // --year is the NEW school year here: last year's plan is read as it says.
  const loaded = await loadPlanFile(file, { sheet: opts.sheet, level: opts.level }, lang);
  if (!loaded.ok) {
    io.err(loaded.message + "\n");
    return 2;
  }
  const r = nextYearDraft(loaded.plan, { schoolYear: opts.year, level: opts.level, lang });
  if (!r.ok) {
    io.err(renderMsg(r.error, lang) + "\n");
    return 2;
  }
  // Only loaded here: exceljs's writer.
  const { draftWorkbookBytes } = await import("../file/draft-workbook");
  const bytes = await draftWorkbookBytes(r.draft);
  try {
    await writeFileReplacing(out, bytes);
  } catch {
    io.err(t("cliCannotWrite", out, lang) + "\n");
    return 2;
  }
  io.out(nextYearReport(r, path.resolve(out), lang));
  return 0;
}
