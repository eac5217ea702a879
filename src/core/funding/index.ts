/**
 * Amounts by funding source, for the accountant: each counted row amount is
 * given to the source its budget cell names (or, failing that, the source its
 * support column names); a cell that names several sources with an amount each
 * ("NSNN 45.000.000đ + XHH 15.000.000đ") is split between them when the parts
 * add up to the row's amount. What names no source is "other". The grouping of
 * source names is data (groups.json). Pure.
 */
import type { Plan, RowAmount } from "../plan";
import { parseBudget } from "../parse/money";
import data from "./groups.json";

export type FundingGroup = "nsnn" | "xhh" | "ctx" | "other";

export const FUNDING_GROUPS: readonly FundingGroup[] = data.groups as FundingGroup[];

const GROUP_OF = data.sourceGroup as Record<string, FundingGroup>;

export function groupOfSource(source: string | undefined): FundingGroup | null {
  if (!source) return null;
  return GROUP_OF[source] ?? "other";
}

export interface FundingPart {
  group: FundingGroup;
  amount: number;
}

/** "A + B", "A; B", one per line, "A và B". */
const SEPARATORS = /\s*(?:\+|;|\n|\bvà\b)\s*/u;

/** The parts of one row's counted amount by source; [] when nothing is counted. */
export function fundingParts(counted: RowAmount, supportText: string): FundingPart[] {
  if (!counted.amount) return [];
  const segments = counted.text.split(SEPARATORS).filter((s) => s.trim() !== "");
  if (segments.length > 1) {
    const parts = segments.map((s) => parseBudget(s));
    const named = parts.every((p) => p.amount !== null && p.source);
    const sum = parts.reduce((a, p) => a + (p.amount ?? 0), 0);
    if (named && sum === counted.amount) {
      const merged = new Map<FundingGroup, number>();
      for (const p of parts) {
        const g = groupOfSource(p.source) ?? "other";
        merged.set(g, (merged.get(g) ?? 0) + (p.amount ?? 0));
      }
      return [...merged].map(([group, amount]) => ({ group, amount }));
    }
  }
  const group = groupOfSource(counted.source) ?? groupOfSource(parseBudget(supportText).source) ?? "other";
  return [{ group, amount: counted.amount }];
}

/** The parts of every row (plan.rows order) and the sums by group. */
export function fundingBreakdown(plan: Plan, rows: readonly RowAmount[]): { rows: FundingPart[][]; bySource: Record<FundingGroup, number> } {
  const bySource = Object.fromEntries(FUNDING_GROUPS.map((g) => [g, 0])) as Record<FundingGroup, number>;
  const parts = plan.rows.map((r, i) => {
    const p = rows[i] ? fundingParts(rows[i], r.support ?? "") : [];
    for (const x of p) bySource[x.group] += x.amount;
    return p;
  });
  return { rows: parts, bySource };
}
