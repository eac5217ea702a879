/**
 * Many schools at once in the pane (a commune office, the provincial
 * department): the files given together are read and checked one at a time
 * through the host (each in a Web Worker in the browser), as `ctcl summary`
 * does, into one line per file and the totals across them (core/summary, the
 * CLI's own functions: same numbers). The user can stop it; the lines read so
 * far stay. Plain TypeScript: the controller calls it, SummaryPanel shows
 * what `summaryView` makes of the result.
 */
import type { Host, WorkWatch } from "../host";
import type { WorkStage } from "../core/analysis";
import { summarize, unreadableSummary, SOURCE_GROUPS, type SchoolSummary, type Summary } from "../core/summary";
import { orderedEntries } from "../core/totals";
import { formatAmount } from "../core/words";
import { t, type Lang } from "../core/strings";

export interface ManyFile {
  name: string;
  bytes: Uint8Array;
}

export interface ManyRun {
  signal: AbortSignal;
  /** Before each file (1-based index). */
  onFile?: (index: number, count: number, name: string) => void;
  onStage?: (stage: WorkStage) => void;
}

export interface ManyResult {
  summary: Summary;
  /** Files read (all of them unless stopped). */
  done: number;
  stopped: boolean;
}

/** Each file in turn, one line each; a file that cannot be read is a line saying why, never the end of the run. */
export async function summariseMany(host: Pick<Host, "summariseFile">, files: readonly ManyFile[], lang: Lang, run: ManyRun): Promise<ManyResult> {
  const lines: SchoolSummary[] = [];
  let stopped = false;
  for (let i = 0; i < files.length; i++) {
    if (run.signal.aborted) {
      stopped = true;
      break;
    }
    const file = files[i];
    run.onFile?.(i + 1, files.length, file.name);
    const watch: WorkWatch = { signal: run.signal, onStage: run.onStage };
    const r = host.summariseFile ? await host.summariseFile(file.name, file.bytes, lang, watch) : null;
    if (r && !r.ok && (r.cancelled || run.signal.aborted)) {
      stopped = true;
      break;
    }
    if (!r) lines.push(unreadableSummary(file.name.normalize("NFC"), t("uiNeedPlan", lang)));
    else lines.push(r.ok ? r.value : unreadableSummary(file.name.normalize("NFC"), r.error));
  }
  return { summary: summarize(lines), done: lines.length, stopped };
}

/** One school as the panel shows it. */
export interface SchoolView {
  index: number;
  file: string;
  /** The school's name; null for a file that could not be read. */
  school: string | null;
  /** Year · level · regulation · form, what is known. */
  meta: string;
  /** Rows, errors, warnings, not counted. */
  counts: string;
  amount: string;
  errors: number;
  /** Why the file could not be read. */
  error: string | null;
}

export interface SummaryView {
  heading: string;
  schools: SchoolView[];
  totalLabel: string;
  totalAmount: string;
  totalCounts: string;
  byStandard: { caption: string; rows: { label: string; amount: string }[] }[];
  bySource: { label: string; amount: string }[];
}

const dong = (n: number, lang: Lang): string => t("uiAmountDong", formatAmount(n), lang);

/** The texts of the summary panel, in the pane's language. */
export function summaryView(summary: Summary, lang: Lang): SummaryView {
  const schools = summary.schools.map((s, index): SchoolView => {
    const bad = s.error !== undefined;
    const meta = [s.schoolYear, s.level ? t("levelName", s.level, lang) : null, s.regulation, s.form ? `${t("summaryHeading", "form", lang)} ${s.form}` : null]
      .filter((x): x is string => !!x)
      .join(" · ");
    return {
      index,
      file: s.file,
      school: bad ? null : s.school ?? t("unknownValue", lang),
      meta,
      counts: bad ? "" : t("uiSummaryLine", s.rows, s.errors, s.warnings, s.uncounted, lang),
      amount: bad ? "" : dong(s.amount, lang),
      errors: s.errors,
      error: s.error ?? null,
    };
  });
  const total = summary.total;
  return {
    heading: t("uiSummaryHeading", total.files, lang),
    schools,
    totalLabel: t("summaryTotalRow", total.files, total.unreadable, lang),
    totalAmount: dong(total.amount, lang),
    totalCounts: t("uiSummaryLine", total.rows, total.errors, total.warnings, total.uncounted, lang),
    byStandard: (["2018", "2026"] as const)
      .filter((form) => summary.byStandard[form] && Object.keys(summary.byStandard[form]!).length)
      .map((form) => ({
        caption: t("summaryByStandard", form, lang),
        rows: orderedEntries(summary.byStandard[form]!).map(([std, n]) => ({ label: t("summaryStandard", std, lang), amount: dong(n, lang) })),
      })),
    bySource: SOURCE_GROUPS.map((g) => ({ label: t("fundingGroup", g, lang), amount: dong(summary.bySource[g] ?? 0, lang) })),
  };
}
