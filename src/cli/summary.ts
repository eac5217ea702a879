/**
 * `ctcl summary FILE.xlsx... | FOLDER [-o TONG-HOP.xlsx] [--json] [--lang vi|en]`:
 * many schools' plans at once (a commune office, the provincial department).
 * Loaded only by that command (main.ts imports it lazily): `ctcl check` stays fast.
 *
 * A folder stands for every .xlsx directly in it, by name (Excel's "~$" lock
 * files, hidden files and the -o file itself left out). A file that cannot be
 * read is one line with the sentence `ctcl check` prints; the run goes on.
 * Exit code: 2 when some file could not be read (or -o could not be written),
 * else 1 when some plan has errors, else 0.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { loadPlanFile } from "./load";
import { printableJson, printable, sameFile, writeFileReplacing } from "./safe-output";
import { writeJson } from "./json";
import { checkPlan } from "../core/check";
import type { ReadOptions } from "../core/read";
import { schoolSummary, summarize, summaryExitCode, summaryJson, unreadableSummary, FORMS, SOURCE_GROUPS, type Summary } from "../core/summary";
import { orderedEntries } from "../core/totals";
import { formatAmount } from "../core/words";
import { t, type Lang } from "../core/strings";

export interface SummaryOptions {
  read: ReadOptions;
  json: boolean;
  output?: string;
  lang: Lang;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The files named: each argument as given, a folder as its .xlsx files sorted by name; or the sentence why not. */
async function expand(args: readonly string[], output: string | undefined, lang: Lang): Promise<{ files: string[] } | { error: string }> {
  const files: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (!stat?.isDirectory()) {
      files.push(arg);
      continue;
    }
    const names = (await fs.readdir(arg, { withFileTypes: true }).catch(() => []))
      .filter((d) => !d.isDirectory() && /\.xlsx$/i.test(d.name) && !d.name.startsWith("~$") && !d.name.startsWith("."))
      .map((d) => d.name)
      .sort((a, b) => a.localeCompare(b, "vi", { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0));
    const found: string[] = [];
    for (const name of names) {
      const file = path.join(arg, name);
      if (output !== undefined && (await sameFile(file, output))) continue; // last run's summary, about to be replaced
      found.push(file);
    }
    if (!found.length) return { error: t("summaryNoFiles", arg, lang) };
    files.push(...found);
  }
  return { files };
}

/** Each file read and checked in turn, one line each. */
export async function summarizeFiles(files: readonly string[], read: ReadOptions, lang: Lang): Promise<Summary> {
  const lines = [];
  for (const file of files) {
    const loaded = await loadPlanFile(file, read, lang);
    if (!loaded.ok) {
      lines.push(unreadableSummary(file, loaded.message));
      continue;
    }
    const { issues, totals } = checkPlan(loaded.plan);
    lines.push(schoolSummary(file, loaded.plan, issues, totals));
  }
  return summarize(lines);
}

/** The readable table: one line per file (the reason under an unreadable one), the grand total, by standard, by source. */
export function formatSummary(summary: Summary, lang: Lang): string {
  const one = (s: string): string => printable(s, true);
  const unknown = "—";
  const head = (k: string): string => t("summaryHeading", k, lang);
  const keys = ["n", "file", "school", "schoolYear", "level", "regulation", "form", "rows", "amount", "errors", "warnings", "uncounted"] as const;
  const right = new Set<string>(["n", "rows", "amount", "errors", "warnings", "uncounted"]);
  const cells = summary.schools.map((s, i) => {
    const bad = s.error !== undefined;
    return {
      n: String(i + 1),
      file: one(s.file),
      school: bad ? t("summaryUnreadable", lang) : one(s.school ?? t("unknownValue", lang)),
      schoolYear: s.schoolYear ?? unknown,
      level: s.level ? t("levelName", s.level, lang) : unknown,
      regulation: s.regulation ?? unknown,
      form: s.form ?? unknown,
      rows: bad ? unknown : String(s.rows),
      amount: bad ? unknown : formatAmount(s.amount),
      errors: bad ? unknown : String(s.errors),
      warnings: bad ? unknown : String(s.warnings),
      uncounted: bad ? unknown : String(s.uncounted),
    } as Record<(typeof keys)[number], string>;
  });
  const total = summary.total;
  const totalCells: Record<(typeof keys)[number], string> = {
    n: "",
    file: t("summaryTotalRow", total.files, total.unreadable, lang),
    school: "",
    schoolYear: "",
    level: "",
    regulation: "",
    form: "",
    rows: String(total.rows),
    amount: formatAmount(total.amount),
    errors: String(total.errors),
    warnings: String(total.warnings),
    uncounted: String(total.uncounted),
  };
  // The total's label runs over the columns up to the numbers: it does not widen the file column.
  const width = Object.fromEntries(keys.map((k) => [k, Math.max(head(k).length, ...cells.map((c) => c[k].length))])) as Record<string, number>;
  const pad = (k: string, v: string): string => (right.has(k) ? v.padStart(width[k]) : v.padEnd(width[k]));
  const line = (c: Record<string, string>): string => keys.map((k) => pad(k, c[k])).join("  ").trimEnd();
  const out: string[] = [];
  out.push(t("summaryTitle", total.files, lang));
  out.push("");
  const header = line(Object.fromEntries(keys.map((k) => [k, head(k)])));
  out.push(header);
  out.push("-".repeat(header.length));
  summary.schools.forEach((s, i) => {
    out.push(line(cells[i]));
    if (s.error !== undefined) out.push(`${"".padEnd(width.n)}  → ${one(s.error)}`);
  });
  out.push("-".repeat(header.length));
  const numbersAt = keys.indexOf("rows");
  const labelWidth = keys.slice(0, numbersAt).reduce((w, k) => w + width[k] + 2, 0) - 2;
  out.push((totalCells.file.padEnd(labelWidth) + "  " + keys.slice(numbersAt).map((k) => pad(k, totalCells[k])).join("  ")).trimEnd());
  out.push("");
  const listed = (title: string, entries: [string, number][]): void => {
    out.push(`${title}:`);
    const w = Math.max(0, ...entries.map(([label]) => label.length));
    const a = Math.max(0, ...entries.map(([, n]) => formatAmount(n).length));
    for (const [label, n] of entries) out.push(`  ${label.padEnd(w)}  ${formatAmount(n).padStart(a)}`);
    out.push("");
  };
  for (const form of FORMS) {
    const standards = orderedEntries(summary.byStandard[form] ?? {});
    if (standards.length) listed(t("summaryByStandard", form, lang), standards.map(([std, n]) => [t("summaryStandard", std, lang), n]));
  }
  listed(t("summaryBySource", lang), SOURCE_GROUPS.map((g) => [t("fundingGroup", g, lang), summary.bySource[g] ?? 0]));
  return out.join("\n");
}

/** The command; resolves to the exit code. Usage errors are the caller's (main.ts). */
export async function runSummary(args: readonly string[], opts: SummaryOptions, io: Io): Promise<number> {
  const { lang, output } = opts;
  if (output !== undefined) {
    if (path.extname(output).toLowerCase() !== ".xlsx") {
      io.err(t("summaryWrongExtension", output, lang) + "\n");
      return 2;
    }
    for (const arg of args) {
      if (await sameFile(output, arg)) {
        io.err(t("summarySameFile", output, lang) + "\n");
        return 2;
      }
    }
  }
  const expanded = await expand(args, output, lang);
  if ("error" in expanded) {
    io.err(expanded.error + "\n");
    return 2;
  }
  const summary = await summarizeFiles(expanded.files, opts.read, lang);
  let code = summaryExitCode(summary);
  let written: string | null = null;
  if (output !== undefined) {
    const { buildSummaryWorkbook } = await import("../file/summary-workbook");
    const bytes = await buildSummaryWorkbook(summary, lang);
    try {
      // Beside the target, then renamed over it: a failed write leaves the previous file whole.
      await writeFileReplacing(output, bytes);
      written = output;
    } catch {
      io.err(t("cliCannotWrite", output, lang) + "\n");
      code = 2;
    }
  }
  if (opts.json) writeJson(summaryJson(summary), (piece) => io.out(printableJson(piece)));
  else io.out(formatSummary(summary, lang));
  // The written file's name: on stderr with --json (stdout is only the JSON), on stdout otherwise.
  if (written) (opts.json ? io.err : io.out)(t("summaryWritten", path.resolve(written), lang) + "\n");
  return code;
}
