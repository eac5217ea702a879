/**
 * The plan table of the document: the columns of the plan's form, a header row
 * repeated on every page, level bands, standards and remarks across the full
 * width in sheet order, criterion cells merged down over their sub-rows, budgets
 * with dot thousands, and the "Tổng cộng" row. Used by the generated document
 * and by user templates (the {table} placeholder). Pure.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from "docx";
import type { BandHeading, FieldKey, Plan, PlanRow, Remark, StandardHeading, Totals } from "../plan";
import { findStandard, regulationById } from "../catalogue";
import { budgetIsAmount, budgetText, cellLines, formatAmount, nfc } from "./format";
import { PT, run } from "./runs";
import { planRegulation } from "./defaults";

export interface Column {
  key: FieldKey;
  title: string;
  /** Share of the table width, in percent. */
  share: number;
}

/** The 9 columns of the 2018 form. */
export const COLUMNS_2018: readonly Column[] = [
  { key: "tt", title: "TT", share: 4 },
  { key: "criterion", title: "Tiêu chuẩn, tiêu chí", share: 11.5 },
  { key: "result", title: "Kết quả cần đạt (so với hiện trạng)", share: 18 },
  { key: "actions", title: "Công việc/giải pháp cần thực hiện", share: 22 },
  { key: "owner", title: "Chủ trì và phối hợp thực hiện", share: 12 },
  { key: "timeline", title: "Thời gian thực hiện và hoàn thành", share: 10 },
  { key: "budget", title: "Dự kiến kinh phí", share: 10.5 },
  { key: "support", title: "Điều kiện hỗ trợ khác", share: 6.5 },
  { key: "note", title: "Ghi chú", share: 5.5 },
];

/** The 10 columns of the 2026 form (Thông tư 57/2026/TT-BGDĐT). */
export const COLUMNS_2026: readonly Column[] = [
  { key: "tt", title: "TT", share: 4 },
  { key: "criterion", title: "Nội dung cải tiến", share: 11 },
  { key: "result", title: "Mục tiêu cải tiến", share: 12 },
  { key: "actions", title: "Hoạt động/giải pháp", share: 15 },
  { key: "indicator", title: "Chỉ số đánh giá kết quả", share: 11 },
  { key: "timeline", title: "Thời gian thực hiện", share: 9 },
  { key: "owner", title: "Đơn vị/cá nhân phụ trách", share: 10 },
  { key: "budget", title: "Nguồn lực bảo đảm", share: 11 },
  { key: "evidence", title: "Thông tin, dữ liệu hoặc minh chứng dự kiến", share: 10 },
  { key: "status", title: "Mức độ thực hiện", share: 7 },
];

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

const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
const CELL_MARGINS = { top: 40, bottom: 40, left: 60, right: 60 };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface CellText {
  text: string;
  bold?: boolean;
  italics?: boolean;
  align?: Align;
}

function cellParagraphs(c: CellText): Paragraph[] {
  return cellLines(c.text).map(
    (line) =>
      new Paragraph({
        alignment: c.align ?? AlignmentType.LEFT,
        spacing: { before: 0, after: 0, line: 252 },
        children: [run(line, { size: PT.table, bold: c.bold, italics: c.italics })],
      }),
  );
}

function widthsFor(columns: readonly Column[], total: number): number[] {
  const sum = columns.reduce((a, c) => a + c.share, 0);
  const w = columns.map((c) => Math.floor((total * c.share) / sum));
  w[w.length - 1] += total - w.reduce((a, b) => a + b, 0);
  return w;
}

/** Text of a row's field as the table shows it. */
export function fieldText(row: PlanRow, key: FieldKey): string {
  switch (key) {
    case "criterion":
      if (row.criterionText) return row.criterionText;
      if (row.criterion) return `Tiêu chí ${row.criterion}${row.criterionName ? `: ${row.criterionName}` : ""}`;
      return "";
    case "budget":
      return budgetText(row.budget);
    default:
      return nfc(String(row[key] ?? ""));
  }
}

function standardText(plan: Plan, s: StandardHeading): string {
  let name = nfc(s.name).trim();
  if (!name) {
    const reg = planRegulation(plan);
    name = (reg && findStandard(regulationById(reg), s.number)?.name) || "";
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

/**
 * The plan table, `width` twips wide (the text width of the page it sits on).
 */
export function buildPlanTable(plan: Plan, totals: Totals, width: number): Table {
  const columns = columnsFor(plan);
  const widths = widthsFor(columns, width);
  const n = columns.length;
  const budgetIndex = columns.findIndex((c) => c.key === "budget");

  const cell = (c: CellText, k: number, span = 1, extra: { merge?: "restart" | "continue" } = {}) =>
    new TableCell({
      children: extra.merge === "continue" ? [cellParagraphs({ text: "" })[0]] : cellParagraphs(c),
      width: { size: widths.slice(k, k + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      verticalMerge:
        extra.merge === "restart"
          ? VerticalMergeType.RESTART
          : extra.merge === "continue"
            ? VerticalMergeType.CONTINUE
            : undefined,
    });

  const rows: TableRow[] = [];
  rows.push(
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      height: { value: 567, rule: HeightRule.ATLEAST },
      children: columns.map(
        (c, k) =>
          new TableCell({
            children: cellParagraphs({ text: c.title, bold: true, align: AlignmentType.CENTER }),
            width: { size: widths[k], type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
          }),
      ),
    }),
  );

  const items = tableItems(plan);
  const merges = mergePlan(items, columns);
  let counter = 0;
  const spanRow = (c: CellText) => new TableRow({ cantSplit: true, children: [cell(c, 0, n)] });

  for (const it of items) {
    if (it.kind === "band") {
      counter = 0;
      rows.push(spanRow({ text: nfc(it.value.text).trim(), bold: true, align: AlignmentType.CENTER }));
    } else if (it.kind === "standard") {
      counter = 0;
      rows.push(spanRow({ text: standardText(plan, it.value), bold: true }));
    } else if (it.kind === "remark") {
      rows.push(spanRow({ text: nfc(it.value.text).trim() }));
    } else {
      const r = it.value;
      const merge = merges.get(r)!;
      if (r.subRow <= 0) counter++;
      const children = columns.map((c, k) => {
        const m = merge[k] === "none" ? undefined : merge[k];
        if (c.key === "tt") {
          const tt = nfc(r.tt).trim() || (r.subRow <= 0 ? String(counter) : "");
          return cell({ text: tt, align: AlignmentType.CENTER }, k, 1, { merge: m });
        }
        if (c.key === "budget") {
          const right = budgetIsAmount(r.budget);
          return cell({ text: fieldText(r, c.key), align: right ? AlignmentType.RIGHT : AlignmentType.LEFT }, k, 1, {
            merge: m,
          });
        }
        return cell({ text: fieldText(r, c.key) }, k, 1, { merge: m });
      });
      rows.push(new TableRow({ children }));
    }
  }

  // Total row: "Tổng cộng" across the columns before the budget, the amount, then the rest.
  const totalCells: TableCell[] = [];
  const before = Math.max(1, budgetIndex);
  totalCells.push(cell({ text: "Tổng cộng", bold: true, align: AlignmentType.CENTER }, 0, before));
  totalCells.push(cell({ text: formatAmount(totals.amount), bold: true, align: AlignmentType.RIGHT }, before, 1));
  if (before + 1 < n) totalCells.push(cell({ text: "" }, before + 1, n - before - 1));
  rows.push(new TableRow({ cantSplit: true, children: totalCells }));

  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: BORDERS,
  });
}
