/**
 * The plan table of the document: the columns of the plan's form, a header row
 * repeated on every page (with the numbering row "(1)"…"(10)" on the 2026
 * form), level bands, standards and remarks across the full width in sheet
 * order, criterion cells merged down over their sub-rows, budgets with dot
 * thousands, and the "Tổng cộng" row. Used by the generated documents and by
 * user templates (the {table} placeholder). Also the simple form tables
 * (simpleTableXml: tables IV and VI of the 2026 form) in the same markup. Pure.
 */
import type { BandHeading, FieldKey, Plan, PlanRow, Remark, RowAmount, StandardHeading, Totals } from "../plan";
import { findStandard } from "../catalogue";
import { cellLines, nfc } from "./format";
import { fold } from "../text";
import { parseBudget } from "../parse/money";
import { formatAmount } from "../words";
import { rowAmountIndex } from "../totals";
import { FONT, PT } from "./runs";
import { contextOf } from "../context";
import { FORM_2018, FORM_2026, type FormDescription } from "../forms";

export interface Column {
  key: FieldKey;
  title: string;
  /** Share of the table width, in percent. */
  share: number;
  /** The number the form prints under the title ("(1)"), when it numbers its columns. */
  number?: number;
}

/** A form's plan-table columns (titles from ./forms) with their shares of the width. */
function widthShares(form: FormDescription, shares: Partial<Record<FieldKey, number>>): Column[] {
  return form.planTable.columns.map((c) => ({ key: c.key, title: c.title, share: shares[c.key] ?? 0, ...(c.number ? { number: c.number } : {}) }));
}

/** The 9 columns of the 2018 form. */
export const COLUMNS_2018: readonly Column[] = widthShares(FORM_2018, {
  tt: 4,
  criterion: 11.5,
  result: 16,
  actions: 18,
  owner: 11.5,
  timeline: 9.5,
  // "10.000.000.000" on one line; "(GD&ĐT);" unbroken in the two narrow columns at 12 pt.
  budget: 11.5,
  support: 9.5,
  note: 8.5,
});

/** The 10 columns of the 2026 form (Thông tư 57/2026/TT-BGDĐT, table V). */
export const COLUMNS_2026: readonly Column[] = widthShares(FORM_2026, {
  tt: 4,
  criterion: 11,
  result: 12,
  actions: 14,
  indicator: 11,
  timeline: 9,
  owner: 10,
  budget: 12,
  evidence: 10,
  status: 7,
});

export function columnsFor(plan: Pick<Plan, "form">): readonly Column[] {
  return plan.form === "2026" ? COLUMNS_2026 : COLUMNS_2018;
}

type Item =
  | { kind: "row"; row: number; value: PlanRow }
  | { kind: "band"; row: number; value: BandHeading }
  | { kind: "standard"; row: number; value: StandardHeading }
  | { kind: "remark"; row: number; value: Remark };

/** Bands, standards, remarks and rows in sheet order (stable for equal rows). */
export function tableItems(plan: Plan): Item[] {
  const items: Item[] = [
    ...plan.bands.map((value): Item => ({ kind: "band", row: value.row, value })),
    ...plan.standards.map((value): Item => ({ kind: "standard", row: value.row, value })),
    ...plan.remarks.map((value): Item => ({ kind: "remark", row: value.row, value })),
    ...plan.rows.map((value): Item => ({ kind: "row", row: value.row, value })),
  ];
  const rank = { band: 0, standard: 1, remark: 2, row: 3 } as const;
  return items
    .map((it, i) => ({ it, i }))
    .sort((a, b) => a.it.row - b.it.row || rank[a.it.kind] - rank[b.it.kind] || a.i - b.i)
    .map((x) => x.it);
}

type Align = "left" | "center" | "right";

export interface CellText {
  text: string;
  bold?: boolean;
  italics?: boolean;
  align?: Align;
  /** Keep with the next row (a heading with its first criterion, the total with the amount in words). */
  keepNext?: boolean;
}

/**
 * XML text content: NFC, the five XML escapes, and the characters XML 1.0
 * cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) dropped, so
 * no cell text can break the document. Text stays text: "=SUM(…)" is shown as typed.
 */
export function xmlText(s: string): string {
  return (
    nfc(s)
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}

const SIZE = String(PT.table * 2);
const FONTS = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;
const RUN_PLAIN = `<w:rPr>${FONTS}<w:sz w:val="${SIZE}"/><w:szCs w:val="${SIZE}"/></w:rPr>`;
const RUN_BOLD = `<w:rPr>${FONTS}<w:b/><w:bCs/><w:sz w:val="${SIZE}"/><w:szCs w:val="${SIZE}"/></w:rPr>`;
const RUN_ITALIC = `<w:rPr>${FONTS}<w:i/><w:iCs/><w:sz w:val="${SIZE}"/><w:szCs w:val="${SIZE}"/></w:rPr>`;
const RUN_BOLD_ITALIC = `<w:rPr>${FONTS}<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val="${SIZE}"/><w:szCs w:val="${SIZE}"/></w:rPr>`;
const PARA_PR: Record<Align, string> = {
  left: '<w:pPr><w:spacing w:after="0" w:before="0" w:line="252"/><w:jc w:val="left"/></w:pPr>',
  center: '<w:pPr><w:spacing w:after="0" w:before="0" w:line="252"/><w:jc w:val="center"/></w:pPr>',
  right: '<w:pPr><w:spacing w:after="0" w:before="0" w:line="252"/><w:jc w:val="right"/></w:pPr>',
};

/** One paragraph per line of the cell (line breaks and "- " bullets kept), Times New Roman 12. */
function cellParagraphsXml(c: CellText): string {
  const rPr = c.bold ? (c.italics ? RUN_BOLD_ITALIC : RUN_BOLD) : c.italics ? RUN_ITALIC : RUN_PLAIN;
  const pPr = c.keepNext ? PARA_PR[c.align ?? "left"].replace("<w:pPr>", "<w:pPr><w:keepNext/>") : PARA_PR[c.align ?? "left"];
  let out = "";
  for (const line of cellLines(c.text)) out += `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r></w:p>`;
  return out;
}

const THIN = 'w:val="single" w:color="000000" w:sz="4"';
const TABLE_BORDERS = `<w:tblBorders><w:top ${THIN}/><w:left ${THIN}/><w:bottom ${THIN}/><w:right ${THIN}/><w:insideH ${THIN}/><w:insideV ${THIN}/></w:tblBorders>`;
const CELL_MARGINS = '<w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="60"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="60"/></w:tblCellMar>';

export function widthsFor(columns: readonly Pick<Column, "share">[], total: number): number[] {
  const sum = columns.reduce((a, c) => a + c.share, 0);
  const w = columns.map((c) => Math.floor((total * c.share) / sum));
  w[w.length - 1] += total - w.reduce((a, b) => a + b, 0);
  return w;
}

/** True when a budget text says more than its amount ("300.000.000 (ngân sách nhà nước)", "500.000đ/tháng x 9 tháng"). */
function saysMoreThanAmount(text: string): boolean {
  const rest = fold(text)
    .replace(/[\d.,\s]+/g, " ")
    .replace(/\b(?:dong|d|vnd|trieu|tr|ty|nghin|ngan|k)\b/g, " ")
    .replace(/[^a-z]+/g, "");
  return rest.length > 0;
}

/**
 * Text of a row's field as the table shows it. The budget is the one the
 * totals counted (`counted`, from Totals.rows): a counted amount in one format
 * (dot thousands, formatAmount), with the text as typed on a second line when
 * it says more than the amount; an uncounted text as typed.
 */
export function fieldText(row: PlanRow, key: FieldKey, counted?: RowAmount): string {
  switch (key) {
    case "criterion":
      if (row.criterionText) return row.criterionText;
      if (row.criterion) return `Tiêu chí ${row.criterion}${row.criterionName ? `: ${row.criterionName}` : ""}`;
      return "";
    case "budget":
      if (counted?.kind === "amount" && counted.amount !== null) {
        const figure = formatAmount(counted.amount);
        const typed = counted.text.trim();
        if (typed === figure || !saysMoreThanAmount(typed)) return figure;
        // "300.000.000 (ngân sách nhà nước)": the figure once, the rest below it.
        const lead = /^([\d.,]+)\s*(?:đồng|đ|vnđ|vnd)?\.?\s*/iu.exec(typed);
        let rest = lead && parseBudget(lead[0]).amount === counted.amount ? typed.slice(lead[0].length).trim() : typed;
        // "Ngân sách nhà nước: 300.000.000 đồng": the figure inside the text is not printed twice.
        let dropped = 0;
        const without = rest.replace(/\d[\d.,]*\s*(?:đồng|vnđ|vnd|đ)?/giu, (m) => (parseBudget(m).amount === counted.amount && ++dropped ? " " : m));
        if (dropped === 1) {
          rest = without
            .replace(/\(\s*\)/g, " ")
            .replace(/\s+([:;,.)])/g, "$1")
            .replace(/^[\s:;,.–-]+|[\s:;,.–-]+$/g, "")
            .replace(/\s{2,}/g, " ")
            .trim();
        }
        if (!rest || !saysMoreThanAmount(rest)) return figure;
        return `${figure}\n${/^\(.*\)$/su.test(rest) ? rest : `(${rest})`}`;
      }
      if (counted) return counted.text;
      return typeof row.budget === "number" ? formatAmount(row.budget) : nfc(row.budget ?? "").trim();
    default:
      return nfc(String(row[key] ?? ""));
  }
}

function standardText(plan: Plan, s: StandardHeading): string {
  let name = nfc(s.name).trim();
  if (!name) {
    const reg = contextOf(plan).regulation;
    name = (reg && findStandard(reg, s.number)?.name) || "";
  }
  return name ? `Tiêu chuẩn ${s.number}: ${name}` : `Tiêu chuẩn ${s.number}`;
}

/** Vertical merge of each row's cells: sub-rows continue their first row's criterion (and TT) cell, and any cell they share. */
function mergePlan(items: Item[], columns: readonly Column[]): Map<PlanRow, ("none" | "restart" | "continue")[]> {
  const cont = new Map<PlanRow, boolean[]>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind !== "row") continue;
    const prev = i > 0 ? items[i - 1] : null;
    const r = it.value;
    cont.set(
      r,
      columns.map((c) => {
        if (r.subRow <= 0 || !prev || prev.kind !== "row") return false;
        if (c.key === "criterion" || c.key === "tt") return true;
        const a = r.cells[c.key];
        return !!a && a === prev.value.cells[c.key];
      }),
    );
  }
  const out = new Map<PlanRow, ("none" | "restart" | "continue")[]>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind !== "row") continue;
    const next = i + 1 < items.length ? items[i + 1] : null;
    const mine = cont.get(it.value)!;
    const theirs = next && next.kind === "row" ? cont.get(next.value)! : null;
    out.set(
      it.value,
      mine.map((c, k) => (c ? "continue" : theirs && theirs[k] ? "restart" : "none")),
    );
  }
  return out;
}

/** Writes one cell of a table of these column widths: spans, vertical merges, centred vertically on request. */
function cellWriter(widths: readonly number[]): (c: CellText, k: number, span?: number, merge?: "restart" | "continue", vCenter?: boolean) => string {
  return (c, k, span = 1, merge, vCenter = false) => {
    const w = span === 1 ? widths[k] : widths.slice(k, k + span).reduce((a, b) => a + b, 0);
    const pr =
      `<w:tcW w:type="dxa" w:w="${w}"/>` +
      (span > 1 ? `<w:gridSpan w:val="${span}"/>` : "") +
      (merge ? `<w:vMerge w:val="${merge}"/>` : "") +
      (vCenter ? '<w:vAlign w:val="center"/>' : "");
    const body = merge === "continue" ? cellParagraphsXml({ text: "" }) : cellParagraphsXml(c);
    return `<w:tc><w:tcPr>${pr}</w:tcPr>${body}</w:tc>`;
  };
}

/**
 * The opening of a table: its properties, grid and header row (bold, centred
 * titles), repeated on every page; when the form numbers its columns ("(1)"…
 * "(10)" under table V of the 2026 form), the numbering row under it, repeated too.
 */
function tableStartXml(columns: readonly { title: string; number?: number }[], widths: readonly number[], width: number): string {
  const cell = cellWriter(widths);
  let out =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/>${CELL_MARGINS}</w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` +
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/><w:trHeight w:val="567" w:hRule="atLeast"/></w:trPr>' +
    columns.map((c, k) => cell({ text: c.title, bold: true, align: "center" }, k, 1, undefined, true)).join("") +
    "</w:tr>";
  if (columns.length && columns.every((c) => c.number)) {
    out +=
      "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" +
      columns.map((c, k) => cell({ text: `(${c.number})`, italics: true, align: "center" }, k)).join("") +
      "</w:tr>";
  }
  return out;
}

/** A column of a simple form table (tables IV and VI of the 2026 form). */
export interface SimpleColumn {
  title: string;
  /** Share of the table width, in percent. */
  share: number;
}

/** One row of a simple table: its cells in column order; `merge` per cell continues or starts a vertical merge. */
export interface SimpleRow {
  cells: CellText[];
  merge?: ("none" | "restart" | "continue")[];
}

/**
 * A form table other than the plan table, as WordprocessingML, `width` twips
 * wide: the same borders, fonts, fixed layout and repeated header row as the
 * plan table, every row kept whole on its page.
 */
export function simpleTableXml(columns: readonly SimpleColumn[], rows: readonly SimpleRow[], width: number): string {
  const widths = widthsFor(columns, width);
  const cell = cellWriter(widths);
  const parts = [tableStartXml(columns, widths, width)];
  for (const r of rows) {
    let tr = "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    columns.forEach((_, k) => {
      const m = r.merge?.[k];
      tr += cell(r.cells[k] ?? { text: "" }, k, 1, m && m !== "none" ? m : undefined);
    });
    parts.push(tr + "</w:tr>");
  }
  parts.push("</w:tbl>");
  return parts.join("");
}

/**
 * The plan table as WordprocessingML (one <w:tbl>), `width` twips wide (the
 * text width of the page it sits on): fixed layout, thin borders, the header
 * row repeated on every page, bands/standards/remarks across the full width,
 * vertical merges over sub-rows, budgets right-aligned when the totals count
 * an amount from them (`totals.rows`), the total row.
 *
 * Written as XML text rather than through docx's object model: a district's
 * 5,000-row table built as docx objects took seconds and most of a gigabyte
 * to serialise; this string is the same markup docx writes for these elements,
 * at a small part of the cost. Used by the generated document and by user
 * templates (the {table} placeholder).
 */
export function planTableXml(plan: Plan, totals: Totals, width: number): string {
  const columns = columnsFor(plan);
  const widths = widthsFor(columns, width);
  const n = columns.length;
  const budgetIndex = columns.findIndex((c) => c.key === "budget");
  const parts: string[] = [];

  const cell = cellWriter(widths);
  const spanRow = (c: CellText): string => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(c, 0, n)}</w:tr>`;

  parts.push(tableStartXml(columns, widths, width));

  const items = tableItems(plan);
  const merges = mergePlan(items, columns);
  const counted = rowAmountIndex(totals);
  let counter = 0;
  for (const it of items) {
    if (it.kind === "band") {
      counter = 0;
      parts.push(spanRow({ text: nfc(it.value.text).trim(), bold: true, align: "center", keepNext: true }));
    } else if (it.kind === "standard") {
      counter = 0;
      parts.push(spanRow({ text: standardText(plan, it.value), bold: true, keepNext: true }));
    } else if (it.kind === "remark") {
      parts.push(spanRow({ text: nfc(it.value.text).trim() }));
    } else {
      const r = it.value;
      const merge = merges.get(r)!;
      if (r.subRow <= 0) counter++;
      // A plan row never splits across pages (Word and LibreOffice honour cantSplit).
      let tr = "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
      columns.forEach((c, k) => {
        const m = merge[k] === "none" ? undefined : (merge[k] as "restart" | "continue");
        if (c.key === "tt") {
          const tt = nfc(r.tt).trim() || (r.subRow <= 0 ? String(counter) : "");
          tr += cell({ text: tt, align: "center" }, k, 1, m);
        } else if (c.key === "budget") {
          // Right-aligned when the totals count an amount from it (parseBudget's reading, not a second one).
          const b = counted.get(r.row);
          tr += cell({ text: fieldText(r, c.key, b), align: b?.kind === "amount" ? "right" : "left" }, k, 1, m);
        } else {
          tr += cell({ text: fieldText(r, c.key) }, k, 1, m);
        }
      });
      parts.push(tr + "</w:tr>");
    }
  }

  // Total row: "Tổng cộng" across the columns before the budget, the amount, then the rest.
  const before = Math.max(1, budgetIndex);
  let total = "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
  total += cell({ text: "Tổng cộng", bold: true, align: "center", keepNext: true }, 0, before);
  total += cell({ text: formatAmount(totals.amount), bold: true, align: "right", keepNext: true }, before, 1);
  if (before + 1 < n) total += cell({ text: "" }, before + 1, n - before - 1);
  parts.push(total + "</w:tr></w:tbl>");
  return parts.join("");
}

/**
 * "Chưa tính vào tổng: G31 “Kinh phí mua sắm”; G34 “Kinh phí”." — the budget
 * texts the total leaves out (a source without an amount, no amount, a rate
 * without a count), printed under the total; "" when there are none.
 */
export function uncountedLine(totals: Pick<Totals, "rows">): string {
  const left = totals.rows.filter((r) => r.amount === null && (r.kind === "source" || r.kind === "unspecified" || (r.kind as string) === "rate"));
  if (!left.length) return "";
  return `Chưa tính vào tổng: ${left.map((r) => `${r.cell ? `${r.cell} ` : ""}“${nfc(r.text).replace(/\s+/g, " ").trim()}”`).join("; ")}.`;
}

/**
 * Puts `xml` in place of the paragraph that holds `marker` in a document part:
 * { xml }, or { missing: true } when the marker is not there, or
 * { alone: false } when its paragraph holds other text (the caller says so).
 * A section break the paragraph carries is kept in an empty paragraph after it.
 */
export function replaceMarkerParagraph(documentXml: string, marker: string, xml: string): { xml: string } | { missing: true } | { alone: false } {
  const at = documentXml.indexOf(marker);
  if (at < 0) return { missing: true };
  const open1 = documentXml.lastIndexOf("<w:p ", at);
  const open2 = documentXml.lastIndexOf("<w:p>", at);
  const start = Math.max(open1, open2);
  const close = documentXml.indexOf("</w:p>", at);
  if (start < 0 || close < 0) return { missing: true };
  const end = close + "</w:p>".length;
  const text = documentXml
    .slice(start, end)
    .replace(/<[^>]+>/g, "")
    .replace(marker, "")
    .trim();
  if (text) return { alone: false };
  // The last paragraph of a section carries the section's page setup: it stays, empty, after what is put in.
  const sect = /<w:sectPr[ >][\s\S]*?<\/w:sectPr>/.exec(documentXml.slice(start, end))?.[0];
  const keep = sect ? `<w:p><w:pPr>${sect}</w:pPr></w:p>` : "";
  return { xml: documentXml.slice(0, start) + xml + keep + documentXml.slice(end) };
}
