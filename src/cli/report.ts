/** The readable (non-JSON) report of `ctcl check`: issues by cell, then totals. */
import type { Issue, Plan, Totals } from "../core/plan";
import { t } from "../core/strings";
import { formatAmount } from "../core/words";
import { orderedEntries } from "../core/totals";
import { contextOf } from "../core/context";

function severityLabel(i: Issue): string {
  return i.severity === "error" ? t("reportSeverityError") : i.severity === "warning" ? t("reportSeverityWarning") : t("reportSeverityInfo");
}

export function formatReport(file: string, plan: Plan, issues: Issue[], totals: Totals): string {
  const out: string[] = [];
  const unknown = t("unknownValue");
  out.push(t("reportTitle", file));
  out.push(`  ${t("reportSchool")}: ${plan.info.school || unknown}`);
  out.push(`  ${t("reportYear")}: ${plan.schoolYear ?? unknown}`);
  out.push(`  ${t("reportLevel")}: ${plan.level ? t("levelName", plan.level) : unknown}`);
  out.push(`  ${t("reportRegulation")}: ${contextOf(plan).regulationTitle || unknown}`);
  out.push(`  ${t("reportSheet")}: ${plan.sheet}`);
  const criteria = new Set(plan.rows.map((r) => r.criterion ?? `row${r.row}`)).size;
  out.push(`  ${t("reportRows", plan.rows.length, criteria)}`);
  out.push("");
  const count = (s: Issue["severity"]) => issues.filter((i) => i.severity === s).length;
  out.push(t("reportIssues", count("error"), count("warning"), count("info")));
  if (issues.length === 0) out.push(`  ${t("reportNoIssues")}`);
  const width = Math.max(4, ...issues.map((i) => i.cell.length));
  const labelWidth = Math.max(...[t("reportSeverityError"), t("reportSeverityWarning"), t("reportSeverityInfo")].map((s) => s.length));
  for (const i of issues) {
    out.push(`  ${i.cell.padEnd(width)}  ${severityLabel(i).padEnd(labelWidth)}  ${i.message}`);
    if (i.fix) out.push(`  ${"".padEnd(width)}  ${"".padEnd(labelWidth)}  ${t("reportFix")}: ${i.fix}`);
  }
  out.push("");
  out.push(`${t("reportTotals")}:`);
  for (const [band, amount] of orderedEntries(totals.byBand)) out.push(`  ${t("reportBand", band)}: ${formatAmount(amount)} đồng`);
  for (const [n, amount] of orderedEntries(totals.byStandard)) out.push(`  ${t("reportByStandard", n)}: ${formatAmount(amount)} đồng`);
  out.push(`  ${t("reportTotal")}: ${formatAmount(totals.amount)} đồng`);
  out.push(`  ${t("reportInWords")}: ${totals.words}.`);
  if (totals.stated) out.push(`  ${t("reportStated", totals.stated.cell, formatAmount(totals.stated.amount))}`);
  if (totals.uncounted.length) out.push(`  ${t("reportUncounted", totals.uncounted.join(", "))}`);
  out.push("");
  return out.join("\n");
}
