/**
 * `ctcl new --level LEVEL --year 2026-2027 --school "TÊN TRƯỜNG" [--agency "UBND XÃ …"] -o FILE.xlsx`:
 * a blank plan on the 2026 form (Biểu 2, Thông tư 57/2026) to type in —
 * letterhead, tables IV, V and VI with their headers, numbering row, dropdowns,
 * print setup. The year defaults to the current school year. A workbook is the
 * school's own data: an existing file is never overwritten (the new file is
 * written beside it under a temporary name, then linked to its name only if
 * that name is still free).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { draftWorkbookBytes } from "../file/draft-workbook";
import { blankDraft } from "../core/forms/layout2026";
import { FORM_2026 } from "../core/forms";
import { schoolYearKey, schoolYearOfDate } from "../core/context";
import { schoolYearStart } from "../core/catalogue";
import { levelFromSchoolName } from "../core/read/letterhead";
import { t, type Lang } from "../core/strings";
import type { SchoolLevel } from "../core/plan";

export interface NewOptions {
  level?: SchoolLevel;
  /** "2026-2027" (already validated); the current school year when absent. */
  year?: string;
  school?: string;
  agency?: string;
  output?: string;
  lang: Lang;
  /** Today, for the default school year (tests). */
  today?: Date;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The outcome of a write that must not replace anything. */
export type NewFileResult = "written" | "exists" | "failed";

/** Writes `bytes` to `target` only when no file has that name; never leaves a half-written target. */
export async function writeNewFile(target: string, bytes: Uint8Array): Promise<NewFileResult> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    if (await exists(target)) return "exists";
    await fs.writeFile(tmp, bytes, { flag: "wx" });
    // link() fails when the name is taken: no window in which another file could be replaced.
    await fs.link(tmp, target);
    return "written";
  } catch (e) {
    return (e as { code?: string }).code === "EEXIST" ? "exists" : "failed";
  } finally {
    await fs.unlink(tmp).catch(() => undefined);
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** `ctcl new`: 0 written, 2 refused (one sentence on stderr). */
export async function runNew(opts: NewOptions, io: Io): Promise<number> {
  const { lang } = opts;
  const fail = (message: string) => {
    io.err(message + "\n");
    return 2;
  };
  const out = opts.output;
  if (!out) return fail(t("cliNewNeedsOutput", lang));
  if (path.extname(out).toLowerCase() !== ".xlsx") return fail(t("cliNewWrongExtension", out, lang));
  const school = (opts.school ?? "").normalize("NFC").trim();
  const named = levelFromSchoolName(school);
  const level = opts.level ?? named;
  if (!level) return fail(t("cliNewNeedsLevel", lang));
  // The reader takes the level from the school's name: both must agree, or the plan reads back at another level.
  if (named && named !== level) return fail(t("cliNewLevelMismatch", school, t("levelName", named, lang), level, lang));
  const year = opts.year ?? schoolYearOfDate(opts.today ?? new Date());
  const from = FORM_2026.schoolYears.from ?? "2026-2027";
  if (schoolYearStart(schoolYearKey(year) ?? year) < schoolYearStart(from)) return fail(t("cliNewYearBeforeForm", year, from, lang));

  const bytes = await draftWorkbookBytes(blankDraft(level, year, school, opts.agency ?? ""));
  const written = await writeNewFile(out, bytes);
  if (written === "exists") return fail(t("cliNewExists", out, lang));
  if (written === "failed") return fail(t("cliCannotWriteWorkbook", out, lang));
  io.out(t("cliNewWritten", path.resolve(out), t("levelName", level, lang), year, lang) + "\n");
  return 0;
}
