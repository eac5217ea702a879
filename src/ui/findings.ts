/**
 * The findings list as the pane shows it, plain TypeScript: filtered by
 * severity and by kind, identical findings grouped into one entry with all
 * their cells ("Tiêu chí 1.1 lặp lại … — 4.840 ô"). The component draws only
 * the groups on screen.
 */
import type { Issue, Severity } from "../core/plan";
import { issueMessage } from "../core/messages";
import type { Lang } from "../core/strings";

/** What a finding is about, from its code: the kinds a user filters by. */
export type FindingKind = "criterion" | "content" | "owner" | "timeline" | "budget" | "other";

export const FINDING_KINDS: readonly FindingKind[] = ["criterion", "content", "owner", "timeline", "budget", "other"];

export function kindOf(code: string): FindingKind {
  const head = code.split("-")[0];
  if (head === "criterion" || head === "standard") return "criterion";
  if (head === "timeline") return "timeline";
  if (head === "budget" || head === "total") return "budget";
  if (head === "owner") return "owner";
  if (head === "actions" || head === "result" || head === "row" || head === "indicator" || head === "evidence" || head === "status") return "content";
  return "other";
}

export interface FindingFilter {
  /** Severities shown; all when empty. */
  severities: readonly Severity[];
  /** Kind shown, or null for every kind. */
  kind: FindingKind | null;
}

export const NO_FILTER: FindingFilter = { severities: [], kind: null };

export interface FindingGroup {
  key: string;
  severity: Severity;
  code: string;
  message: string;
  fix?: string;
  /** Every cell with this same finding, in sheet order. */
  cells: string[];
}

export function filterFindings(issues: readonly Issue[], filter: FindingFilter): Issue[] {
  return issues.filter(
    (i) => (filter.severities.length === 0 || filter.severities.includes(i.severity)) && (filter.kind === null || kindOf(i.code) === filter.kind),
  );
}

/** Groups identical findings (same severity, code, sentence and fix), in order of first appearance. */
export function groupFindings(issues: readonly Issue[], lang: Lang): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const i of issues) {
    const message = issueMessage(i, lang);
    const key = `${i.severity}\u0000${i.code}\u0000${message}\u0000${i.fix ?? ""}`;
    const known = groups.get(key);
    if (known) known.cells.push(i.cell);
    else groups.set(key, { key, severity: i.severity, code: i.code, message, ...(i.fix !== undefined ? { fix: i.fix } : {}), cells: [i.cell] });
  }
  return [...groups.values()];
}

/** Count of findings per kind, for the kind filter. */
export function kindCounts(issues: readonly Issue[]): Record<FindingKind, number> {
  const out = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  for (const i of issues) out[kindOf(i.code)]++;
  return out;
}
