/**
 * `ctcl`: the command line over core + file.
 *   ctcl check FILE.xlsx [--sheet NAME] [--level LEVEL] [--json] [--lang vi|en]
 *   ctcl word  FILE.xlsx -o OUT.docx [--template T.docx] [--sheet NAME] [--level LEVEL] [--lang vi|en]
 * Exit codes: 0 no errors in the plan, 1 the plan has errors (check only),
 * 2 the file cannot be read or written, or holds no plan (one sentence on
 * stderr, never a stack trace). Every message, the report and the JSON
 * issues' `message` are in the --lang language (Vietnamese by default).
 */
import "./exceljs-lite"; // first: exceljs without its streaming reader and writer
import { promises as fs } from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { parseArgs } from "util";
import { loadPlanFile } from "./load";
import { formatReport } from "./report";
import { writeJson } from "./json";
import { checkPlan } from "../core/check";
import { issueMessage } from "../core/messages";
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
      json: { type: "boolean", default: false },
      output: { type: "string", short: "o" },
      template: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) throw new UsageError(t("cliBadLang", values.lang, lang));
  const level = values.level as string | undefined;
  if (level !== undefined && !LEVELS.includes(level as SchoolLevel)) {
    throw new UsageError(t("cliBadLevel", level, LEVELS.join(", "), lang));
  }
  return { values, positionals, level: level as SchoolLevel | undefined, lang };
}

/** The plan of FILE with its issues and totals; null once the reason it cannot be read is on stderr. */
async function loadChecked(file: string, opts: ReturnType<typeof parse>, io: Io): Promise<{ plan: Plan; issues: Issue[]; totals: Totals } | null> {
  const loaded = await loadPlanFile(file, { sheet: opts.values.sheet, level: opts.level }, opts.lang);
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
    writeJson({ plan, totals, issues: rendered }, io.out); // JSON.stringify(…, null, 2) + "\n", in pieces
  } else {
    io.out(formatReport(file, plan, issues, totals, opts.lang));
  }
  return issues.some((i) => i.severity === "error") ? 1 : 0;
}

async function runWord(file: string, opts: ReturnType<typeof parse>, io: Io): Promise<number> {
  const out = opts.values.output;
  if (!out) throw new UsageError(t("cliWordNeedsOutput", opts.lang));
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
    let template: Uint8Array;
    try {
      template = new Uint8Array(await fs.readFile(opts.values.template));
    } catch {
      io.err(t("cliTemplateMissing", opts.values.template, opts.lang) + "\n");
      return 2;
    }
    const { fillTemplateDocx, TemplateError } = await import("../core/word/template");
    try {
      bytes = await fillTemplateDocx(template, input, { codec });
    } catch (e) {
      if (e instanceof TemplateError) {
        io.err(e.message + "\n");
        return 2;
      }
      throw e;
    }
  } else {
    const { buildPlanDocx } = await import("../core/word/document");
    bytes = await buildPlanDocx(input, { codec });
  }
  try {
    await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await fs.writeFile(out, bytes);
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
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang = langOf(argv);
  try {
    const opts = parse(argv, lang);
    const [command, file, ...extra] = opts.positionals;
    if (opts.values.help || !command) {
      io.out(t("cliUsage", lang));
      return command || opts.values.help ? 0 : 2;
    }
    if (!file) throw new UsageError(t("cliNeedFile", lang));
    if (extra.length) throw new UsageError(t("cliExtraArgs", extra.join(" "), lang));
    if (command === "check") return await runCheck(file, opts, io);
    if (command === "word") return await runWord(file, opts, io);
    throw new UsageError(t("cliUnknownCommand", command, lang));
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message + "\n" + t("cliSeeHelp", lang) + "\n");
      return 2;
    }
    const code = (e as { code?: string }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      io.err(t("cliBadArgs", (e as Error).message, lang) + "\n" + t("cliSeeHelp", lang) + "\n");
      return 2;
    }
    io.err(t("cliInternal", errorDetail(e), lang) + "\n");
    return 2;
  }
}
