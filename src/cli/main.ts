/**
 * `ctcl`: the command line over core + file.
 *   ctcl check FILE.xlsx [--sheet NAME] [--level LEVEL] [--json] [--lang vi|en]
 *   ctcl word  FILE.xlsx -o OUT.docx [--template T.docx] [--sheet NAME] [--level LEVEL] [--lang vi|en]
 *   ctcl summary FILE.xlsx... | FOLDER [-o TONG-HOP.xlsx] [--json] [--lang vi|en]  (./summary, loaded only by it)
 *   ctcl new --level LEVEL --school NAME [--year YEAR] [--agency NAME] -o FILE.xlsx  (./new: a blank 2026-form plan)
 *   ctcl next-year LAST.xlsx -o NEW.xlsx [--year YEAR] [--sheet NAME] [--level LEVEL] [--lang vi|en]  (./next-year: next year's 2026-form draft)
 *   ctcl review FILE.xlsx -o BAO-CAO.docx [--period hk1|cuoi-nam] [--sheet NAME] [--level LEVEL] [--lang vi|en]  (./review)
 * Exit codes: 0 no errors in the plan, 1 the plan has errors (check, summary),
 * 2 the file cannot be read or written, or holds no plan (one sentence on
 * stderr, never a stack trace); summary: 2 when some file could not be read,
 * each such file one line of its output, the others still summed. Every message, the report and the JSON
 * issues' `message` are in the --lang language (Vietnamese by default).
 */
import "./exceljs-lite"; // first: exceljs without its streaming reader and writer
import * as path from "path";
import * as zlib from "zlib";
import { parseArgs } from "util";
import { loadPlanFile } from "./load";
import { formatReport } from "./report";
import { readFileBounded } from "./read-file";
import { printable, printableJson, sameFile, writeFileReplacing } from "./safe-output";
import { writeJson } from "./json";
import { checkPlan } from "../core/check";
import { planProgress } from "../core/progress";
import { issueMessage } from "../core/messages";
import { schoolYearKey } from "../core/context";
import { t, type Lang } from "../core/strings";
import { errorDetail } from "../core/errors";
import type { Issue, Plan, SchoolLevel, Totals } from "../core/plan";

const LEVELS: readonly SchoolLevel[] = ["mam-non", "tieu-hoc", "thcs", "thpt", "nhieu-cap"];
const LANGS: readonly Lang[] = ["vi", "en"];

class UsageError extends Error {}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

/** Everything printed goes through printable(): no control character from a cell or a file name reaches the terminal. */
function safeIo(io: Io): Io {
  return { out: (s) => io.out(printable(s)), err: (s) => io.err(printable(s)) };
}

const OPTION_NAMES = ["--sheet", "--level", "--year", "--json", "--output", "-o", "--template", "--lang", "--help", "-h", "--school", "--agency", "--period"];
const LONG_NAME: Record<string, string> = { "-o": "--output", "-h": "--help" };

/**
 * Node's parseArgs errors are English: the sentence instead names the option
 * (or the file name that looks like one) from the command line itself.
 */
function argsError(e: unknown, argv: string[], lang: Lang): string | null {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS")) return null;
  const before = argv.indexOf("--") < 0 ? argv : argv.slice(0, argv.indexOf("--"));
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const unknown = before.find((a) => a.startsWith("-") && a !== "-" && !OPTION_NAMES.includes(a.split("=")[0]));
    if (unknown) return t("cliUnknownOption", unknown, lang);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const message = String((e as Error).message ?? "");
    const named = OPTION_NAMES.filter((o) => o.startsWith("--") && message.includes(o));
    const option = named[0] ?? before.find((a) => OPTION_NAMES.includes(a));
    if (option) return t("cliOptionNeedsValue", LONG_NAME[option] ?? option, lang);
  }
  return t("cliBadArgs", before.filter((a) => a.startsWith("-")).join(" "), lang);
}

/**
 * The --lang of the command line, looked up before the full parse so that even
 * a refused command line is answered in that language; "vi" when absent or
 * not a known language (parse() then refuses the bad value).
 */
function langOf(argv: string[]): Lang {
  let value: string | undefined;
  for (let n = 0; n < argv.length; n++) {
    if (argv[n] === "--") break;
    if (argv[n] === "--lang") value = argv[n + 1];
    else if (argv[n].startsWith("--lang=")) value = argv[n].slice("--lang=".length);
  }
  return LANGS.includes(value as Lang) ? (value as Lang) : "vi";
}

function parse(argv: string[], lang: Lang) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      sheet: { type: "string" },
      level: { type: "string" },
      year: { type: "string" },
      json: { type: "boolean", default: false },
      output: { type: "string", short: "o" },
      template: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
      school: { type: "string" },
      agency: { type: "string" },
      period: { type: "string" },
    },
  });
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) throw new UsageError(t("cliBadLang", values.lang, lang));
  const level = values.level as string | undefined;
  if (level !== undefined && !LEVELS.includes(level as SchoolLevel)) {
    throw new UsageError(t("cliBadLevel", level, LEVELS.join(", "), lang));
  }
  // The plan's school year, when the sheet's is wrong or missing: it decides the regulation and the document's texts.
  const year = values.year;
  if (year !== undefined && !schoolYearKey(year)) throw new UsageError(t("cliBadYear", year, lang));
  return { values, positionals, level: level as SchoolLevel | undefined, year: year ? schoolYearKey(year)! : undefined, lang };
}

/** The plan of FILE with its issues and totals; null once the reason it cannot be read is on stderr. */
async function loadChecked(file: string, opts: ReturnType<typeof parse>, io: Io): Promise<{ plan: Plan; issues: Issue[]; totals: Totals } | null> {
  const loaded = await loadPlanFile(file, { sheet: opts.values.sheet, level: opts.level, schoolYear: opts.year }, opts.lang);
  if (!loaded.ok) {
    io.err(loaded.message + "\n");
    return null;
  }
  return { plan: loaded.plan, ...checkPlan(loaded.plan) };
}

async function runCheck(file: string, opts: ReturnType<typeof parse>, io: Io): Promise<number> {
  const checked = await loadChecked(file, opts, io);
  if (!checked) return 2;
  const { plan, issues, totals } = checked;
  if (opts.values.json) {
    // The documented shape: each issue's message rendered in the chosen language.
    const rendered = issues.map(({ severity, code, cell, fix, ...rest }) => {
      const message = issueMessage(rest, opts.lang);
      return fix === undefined ? { severity, code, cell, message } : { severity, code, cell, message, fix };
    });
    // progress: the statuses of table V counted (2026 form); null on a 2018-form plan (no status column).
    writeJson({ plan, totals, issues: rendered, progress: planProgress(plan) }, (piece) => io.out(printableJson(piece))); // JSON.stringify(…, null, 2) + "\n", in pieces
  } else {
    io.out(formatReport(file, plan, issues, totals, opts.lang));
  }
  return issues.some((i) => i.severity === "error") ? 1 : 0;
}

/** Refuses an output that would overwrite the workbook read or the template, or is no .docx; null when it is fine. */
async function outputProblem(out: string, file: string, template: string | undefined, lang: Lang): Promise<string | null> {
  if (await sameFile(out, file)) return t("cliSameFile", out, "input", lang);
  if (template !== undefined && (await sameFile(out, template))) return t("cliSameFile", out, "template", lang);
  const ext = path.extname(out).toLowerCase();
  if (ext !== ".docx" && ext !== ".pdf") return t("cliWrongExtension", out, lang);
  return null;
}

async function runWord(file: string, opts: ReturnType<typeof parse>, io: Io): Promise<number> {
  const out = opts.values.output;
  if (!out) throw new UsageError(t("cliWordNeedsOutput", opts.lang));
  const refused = await outputProblem(out, file, opts.values.template, opts.lang);
  if (refused) {
    io.err(refused + "\n");
    return 2;
  }
  const checked = await loadChecked(file, opts, io);
  if (!checked) return 2;
  const { plan, issues, totals } = checked;
  // Only the Word code this run needs: the template filler (docxtemplater,
  // pizzip) with --template, the generated document (docx) otherwise.
  const { defaultDocumentInfo } = await import("../core/word/defaults");
  const info = defaultDocumentInfo(plan);
  const input = { plan, totals, info };
  // Node's zlib for the .docx's DEFLATE: native, several times faster than fflate's JavaScript.
  const codec = { deflateRaw: (d: Uint8Array) => zlib.deflateRawSync(d, { level: 6 }), crc32: (d: Uint8Array) => zlib.crc32(d) };
  let bytes: Uint8Array;
  if (opts.values.template) {
    const tpl = await import("../core/word/template");
    const name = opts.values.template;
    const read = await readFileBounded(name, tpl.TEMPLATE_LIMITS.maxBytes);
    if (!read.ok) {
      const message =
        read.reason === "too-large"
          ? t("templateTooLarge", tpl.templateLimitText(opts.lang), opts.lang)
          : read.reason === "not-regular" || read.reason === "directory"
            ? t("templateNotRegularFile", name, opts.lang)
            : t("cliTemplateMissing", name, opts.lang);
      io.err(message + "\n");
      return 2;
    }
    const notes: import("../core/word/template").TemplateNotes = {};
    try {
      bytes = await tpl.fillTemplateDocx(read.bytes, input, { codec, notes });
    } catch (e) {
      if (e instanceof tpl.TemplateError) {
        io.err(e.message + "\n");
        return 2;
      }
      throw e;
    }
    if (notes.droppedLinks?.length) io.err(t("templateExternalDropped", notes.droppedLinks.join(", "), opts.lang) + "\n");
  } else {
    const { buildPlanDocx } = await import("../core/word/document");
    bytes = await buildPlanDocx(input, { codec });
  }
  if (path.extname(out).toLowerCase() === ".pdf") {
    // A PDF for the signing tools: the same document, converted by LibreOffice.
    const pdf = await import("./pdf");
    const soffice = await pdf.findSoffice();
    if (!soffice) {
      io.err(t("cliPdfNeedsLibreOffice", out, opts.lang) + "\n");
      return 2;
    }
    try {
      bytes = await pdf.docxToPdf(soffice, bytes);
    } catch (e) {
      io.err(t("cliPdfFailed", out, errorDetail(e), opts.lang) + "\n");
      return 2;
    }
  }
  try {
    // Beside the target, then renamed over it: a failed write leaves the previous file whole.
    await writeFileReplacing(out, bytes);
  } catch {
    io.err(t("cliCannotWrite", out, opts.lang) + "\n");
    return 2;
  }
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  io.out(t("cliWordWritten", path.resolve(out), plan.rows.length, errors, warnings, opts.lang) + "\n");
  return 0;
}

/** Entry point; resolves to the exit code. */
export async function main(argv: string[], rawIo: Io = defaultIo): Promise<number> {
  const io = safeIo(rawIo);
  const lang = langOf(argv);
  try {
    const opts = parse(argv, lang);
    const [command, file, ...extra] = opts.positionals;
    if (opts.values.help || !command) {
      io.out(t("cliUsage", lang));
      return command || opts.values.help ? 0 : 2;
    }
    if (command === "summary") {
      if (!file) throw new UsageError(t("summaryNeedFiles", lang));
      const { runSummary } = await import("./summary");
      const read = { sheet: opts.values.sheet, level: opts.level, schoolYear: opts.year };
      return await runSummary([file, ...extra], { read, json: opts.values.json ?? false, output: opts.values.output, lang: opts.lang }, io);
    }
    if (command === "new") {
      if (file) throw new UsageError(t("cliExtraArgs", [file, ...extra].join(" "), lang));
      const { runNew } = await import("./new");
      const v = opts.values;
      return await runNew({ level: opts.level, year: opts.year, school: v.school, agency: v.agency, output: v.output, lang: opts.lang }, io);
    }
    if (!file) throw new UsageError(t("cliNeedFile", lang));
    if (extra.length) throw new UsageError(t("cliExtraArgs", extra.join(" "), lang));
    if (command === "check") return await runCheck(file, opts, io);
    if (command === "word") return await runWord(file, opts, io);
    if (command === "next-year") {
      const { runNextYear } = await import("./next-year");
      const v = opts.values;
      return await runNextYear(file, { output: v.output, year: opts.year, sheet: v.sheet, level: opts.level, lang: opts.lang }, io);
    }
    if (command === "review") {
      const { runReview } = await import("./review");
      const read = { sheet: opts.values.sheet, level: opts.level, schoolYear: opts.year };
      return await runReview(file, { read, output: opts.values.output, period: opts.values.period, lang: opts.lang }, io);
    }
    throw new UsageError(t("cliUnknownCommand", command, lang));
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message + "\n" + t("cliSeeHelp", lang) + "\n");
      return 2;
    }
    const bad = argsError(e, argv, lang);
    if (bad) {
      io.err(bad + "\n" + t("cliSeeHelp", lang) + "\n");
      return 2;
    }
    io.err(t("cliInternal", errorDetail(e), lang) + "\n");
    return 2;
  }
}
