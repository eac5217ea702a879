/** The readable (non-JSON) report of `ctcl check`: issues by cell, then totals. */
import type { Issue, Plan, Totals } from "../core/plan";
import { issueMessage } from "../core/messages";
import { t, type Lang } from "../core/strings";
import { formatAmount } from "../core/words";
import { orderedEntries } from "../core/totals";
import { contextOf } from "../core/context";
import { planProgress } from "../core/progress";
import { printable } from "./safe-output";

function severityLabel(i: Issue, lang: Lang): string {
  return i.severity === "error"
    ? t("reportSeverityError", lang)
    : i.severity === "warning"
      ? t("reportSeverityWarning", lang)
      : t("reportSeverityInfo", lang);
}

/**
 * Cell text in the report is shown on one line with its control characters
 * escaped (printable): a cell cannot clear the terminal or print lines of its own.
 */
export function formatReport(file: string, plan: Plan, issues: Issue[], totals: Totals, lang: Lang = "vi"): string {
  const out: string[] = [];
  const one = (s: string): string => printable(s, true);
  const unknown = t("unknownValue", lang);
  const amount = (n: number): string => t("reportAmount", formatAmount(n), lang);
  out.push(one(t("reportTitle", file, lang)));
  out.push(`  ${t("reportSchool", lang)}: ${one(plan.info.school || unknown)}`);
  out.push(`  ${t("reportYear", lang)}: ${one(plan.schoolYear ?? unknown)}`);
  out.push(`  ${t("reportLevel", lang)}: ${plan.level ? t("levelName", plan.level, lang) : unknown}`);
  out.push(`  ${t("reportRegulation", lang)}: ${contextOf(plan).regulationTitle || unknown}`);
  out.push(`  ${t("reportSheet", lang)}: ${one(plan.sheet)}`);
  const criteria = new Set(plan.rows.map((r) => r.criterion ?? `row${r.row}`)).size;
  out.push(`  ${t("reportRows", plan.rows.length, criteria, lang)}`);
  const progress = planProgress(plan);
  if (progress) out.push(`  ${t("reportProgress", progress.total, progress.done, progress.inProgress, progress.notDone, progress.unset, lang)}`);
  out.push("");
  const count = (s: Issue["severity"]) => issues.filter((i) => i.severity === s).length;
  out.push(t("reportIssues", count("error"), count("warning"), count("info"), lang));
  if (issues.length === 0) out.push(`  ${t("reportNoIssues", lang)}`);
  const width = Math.max(4, ...issues.map((i) => i.cell.length));
  const labelWidth = Math.max(
    ...[t("reportSeverityError", lang), t("reportSeverityWarning", lang), t("reportSeverityInfo", lang)].map((s) => s.length),
  );
  for (const i of issues) {
    out.push(`  ${i.cell.padEnd(width)}  ${severityLabel(i, lang).padEnd(labelWidth)}  ${one(issueMessage(i, lang))}`);
    if (i.fix) out.push(`  ${"".padEnd(width)}  ${"".padEnd(labelWidth)}  ${t("reportFix", lang)}: ${one(i.fix)}`);
  }
  out.push("");
  out.push(`${t("reportTotals", lang)}:`);
  for (const [band, n] of orderedEntries(totals.byBand)) out.push(`  ${t("reportBand", band, lang)}: ${amount(n)}`);
  for (const [std, n] of orderedEntries(totals.byStandard)) out.push(`  ${t("reportByStandard", std, lang)}: ${amount(n)}`);
  for (const [group, n] of Object.entries(totals.bySource ?? {})) if (n > 0) out.push(`  ${t("auditColSource", lang)} – ${t("fundingGroup", group, lang)}: ${amount(n)}`);
  out.push(`  ${t("reportTotal", lang)}: ${amount(totals.amount)}`);
  out.push(`  ${t("reportInWords", lang)}: ${totals.words}.`);
  if (totals.stated) out.push(`  ${t("reportStated", totals.stated.cell, formatAmount(totals.stated.amount), lang)}`);
  if (totals.uncounted.length) out.push(`  ${t("reportUncounted", totals.uncounted.join(", "), lang)}`);
  out.push("");
  return out.join("\n");
}
