/**
 * Tables IV (focus problems) and VI (monitoring) of the 2026 form as
 * WordprocessingML, and the lines of the total by funding source under table
 * V: used by the generated Biểu 2 document and by a school's own template
 * ({problems}, {monitoring}, {totalBySource}). Pure, no docx.
 */
import type { Plan, Problem, Review, Totals } from "../plan";
import { simpleTableXml, type SimpleColumn, type SimpleRow } from "./table";
import { nfc } from "./format";
import { FORM_2026, type FormTable } from "../forms";
import { contextOf } from "../context";
import { findStandard } from "../catalogue";
import { fold } from "../text";
import { formatAmount } from "../words";
import { FUNDING_GROUPS } from "../funding";
import { t } from "../strings";

const formTable = (id: string): FormTable => {
  const table = FORM_2026.tables.find((x) => x.id === id);
  if (!table) throw new Error(`form 2026 has no table ${id}`);
  return table;
};


/** Shares of the width of table IV's columns (portrait page): the three texts the widest. */
const SHARES_IV: Record<string, number> = { tt: 5, standard: 20, criterion: 14, situation: 20, weakness: 20, cause: 21 };
/** Shares of table VI's columns (portrait page). */
const SHARES_VI: Record<string, number> = { when: 19, subject: 23, result: 23, adjustment: 16, reviewer: 19 };

function columnsOf(table: FormTable, shares: Record<string, number>): SimpleColumn[] {
  return table.columns.map((c) => ({ title: c.title, share: shares[c.key] ?? 10 }));
}

function standardCell(plan: Plan, p: Problem): string {
  const written = nfc(p.standardText).trim();
  if (written || p.standard === null) return written;
  const reg = contextOf(plan).regulation;
  const name = (reg && findStandard(reg, p.standard)?.name) || "";
  return name ? `Tiêu chuẩn ${p.standard}: ${name}` : `Tiêu chuẩn ${p.standard}`;
}

/**
 * Table IV: one row per focus problem as the sheet has it; a standard cell the
 * sheet merges down over several problems is merged down here too. Without
 * problems, one empty row to fill in by hand.
 */
export function problemsTableXml(plan: Plan, width: number): string {
  const problems = plan.problems ?? [];
  const rows: SimpleRow[] = problems.map((p, i) => {
    const prev = i > 0 ? problems[i - 1] : null;
    const next = i + 1 < problems.length ? problems[i + 1] : null;
    const shares = (a: Problem | null, b: Problem | null): boolean => !!a && !!b && !!a.cells.standard && a.cells.standard === b.cells.standard;
    const standardMerge = shares(prev, p) ? "continue" : shares(p, next) ? "restart" : "none";
    return {
      cells: [
        { text: nfc(p.tt).trim() || String(i + 1), align: "center" },
        { text: standardCell(plan, p) },
        { text: nfc(p.criterionText).trim() },
        { text: nfc(p.situation) },
        { text: nfc(p.weakness) },
        { text: nfc(p.cause) },
      ],
      merge: ["none", standardMerge, "none", "none", "none", "none"],
    };
  });
  if (!rows.length) rows.push({ cells: [{ text: "1", align: "center" }] });
  return simpleTableXml(columnsOf(formTable("IV"), SHARES_IV), rows, width);
}

/** "Cuối HK I", "cuối học kỳ 1 (tháng 01/2027)" → the words of "cuối học kỳ I"; "Cuối học kỳ II" stays apart. */
function whenWords(s: string): string {
  return ` ${fold(s)
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\bhk\b/g, "hoc ky")
    .replace(/\bky 1\b/g, "ky i")
    .replace(/\bky 2\b/g, "ky ii")
    .trim()} `;
}

/** True when a review's "Thời điểm" is the form's fixed row `title` (its words, as whole words). */
export function isFixedReview(when: string, title: string): boolean {
  return whenWords(when).includes(whenWords(title));
}

/**
 * The rows of table VI: the form's fixed rows ("Cuối học kỳ I", "Cuối năm
 * học") always, each filled with the first review of the sheet whose
 * "Thời điểm" is it; the other reviews after them, in sheet order.
 */
export function monitoringRows(reviews: readonly Review[]): { when: string; review: Review | null }[] {
  const fixed = formTable("VI").fixedRows ?? [];
  const used = new Set<Review>();
  const out = fixed.map((f) => {
    const review = reviews.find((r) => !used.has(r) && isFixedReview(r.when, f.title)) ?? null;
    if (review) used.add(review);
    return { when: review ? nfc(review.when).trim() : f.title, review };
  });
  for (const r of reviews) if (!used.has(r)) out.push({ when: nfc(r.when).trim(), review: r });
  return out;
}

export function monitoringTableXml(plan: Plan, width: number): string {
  const rows: SimpleRow[] = monitoringRows(plan.reviews ?? []).map(({ when, review }) => ({
    cells: [
      { text: when, bold: false },
      { text: nfc(review?.subject ?? "") },
      { text: nfc(review?.result ?? "") },
      { text: nfc(review?.adjustment ?? "") },
      { text: nfc(review?.reviewer ?? "") },
    ],
  }));
  return simpleTableXml(columnsOf(formTable("VI"), SHARES_VI), rows, width);
}

/**
 * The lines under table V: the total in figures, then its split by funding
 * source (only the sources with money; none when it all comes from one source
 * named nowhere). Vietnamese: the document's language.
 */
export function totalLines(totals: Pick<Totals, "amount" | "bySource">): string[] {
  const parts = FUNDING_GROUPS.map((g) => ({ g, amount: totals.bySource?.[g] ?? 0 })).filter((p) => p.amount > 0);
  const total = `Tổng kinh phí dự kiến: ${formatAmount(totals.amount)} đồng`;
  if (!parts.length || (parts.length === 1 && parts[0].g === "other")) return [`${total}.`];
  if (parts.length === 1) return [`${total} (${t("fundingGroup", parts[0].g, "vi").toLocaleLowerCase("vi")}).`];
  return [
    `${total}, trong đó:`,
    ...parts.map((p, i) => `- ${t("fundingGroup", p.g, "vi")}: ${formatAmount(p.amount)} đồng${i === parts.length - 1 ? "." : ";"}`),
  ];
}

