/**
 * The table body: level bands, standard rows, criterion rows and their
 * sub-rows (criterion cell merged down or left empty), remarks under a
 * standard, and the "Tổng cộng" row. Each sheet row is classified on its own
 * (classify.ts); the builder here turns the classified rows, in order, into
 * the plan's rows and headings. Every plan row keeps each field's cell.
 */
import type { Band, BandHeading, FieldKey, PlanRow, Remark, StandardHeading, StatedTotal } from "../plan";
import { type Grid, cellAddress } from "../grid";
import { levelFromResult } from "../parse/criterion";
import type { HeaderMatch } from "./header";
import { type RowClass, classifyRow, parseBand } from "./classify";
import { type TableView, tableView } from "./table-view";

export { parseBand, classifyRow, type RowClass };

export interface Body {
  rows: PlanRow[];
  standards: StandardHeading[];
  bands: BandHeading[];
  remarks: Remark[];
  total: StatedTotal | null;
  /** 0-based sheet row where the table ends (exclusive): signer block starts here. */
  endRow: number;
}

/** Blank rows in a row that end the table (fewer are gaps inside it). */
const BLANK_RUN_ENDS_TABLE = 30;

/** Where the builder stands: the band and standard headings above, and the criterion row being continued. */
interface Context {
  band: Band | null;
  standard: number | null;
  current: PlanRow | null;
}

/** A criterion row or a continuation -> one PlanRow, in the context of the rows above it. */
function buildPlanRow(view: TableView, r: number, cls: Extract<RowClass, { kind: "criterion" | "continuation" }>, ctx: Context): PlanRow {
  const { cols } = view;
  const critText = cls.kind === "criterion" ? cls.text : "";
  const ref = cls.kind === "criterion" ? cls.ref : null;
  const current = ctx.current;

  // Plan sheet written by the add-in: band and standard in their own columns.
  let rowBand = ctx.band;
  let rowStandard = ctx.standard;
  if (view.sourceSheet) {
    rowBand = parseBand(`muc ${view.cellText(r, cols.band)}`) ?? (view.cellText(r, cols.band) === "4" ? "4" : ctx.band);
    const n = Number(view.cellText(r, cols.standard));
    rowStandard = Number.isInteger(n) && n > 0 ? n : (ref?.standard ?? ctx.standard);
  }

  const isSubRow =
    !!current && (cls.kind === "continuation" || (view.sourceSheet && critText === current.criterionText));

  const cells: Partial<Record<FieldKey, string>> = {};
  const get = (k: FieldKey): string => {
    const f = view.field(r, k);
    if (!f) return "";
    cells[k] = f.address;
    return f.text;
  };
  const tt = get("tt");
  const result = get("result");
  const base: PlanRow = {
    row: r + 1,
    band: rowBand,
    standard: rowStandard ?? ref?.standard ?? null,
    criterion: ref?.code ?? null,
    criterionName: ref?.name ?? null,
    targetLevel: ref?.level ?? levelFromResult(result),
    subRow: 0,
    cells,
    tt,
    criterionText: critText,
    result,
    actions: get("actions"),
    owner: get("owner"),
    timeline: get("timeline"),
    budget: "",
    support: get("support"),
    note: get("note"),
  };
  if (cols.indicator !== undefined) base.indicator = get("indicator");
  if (cols.evidence !== undefined) base.evidence = get("evidence");
  if (cols.status !== undefined) base.status = get("status");
  const b = view.field(r, "budget");
  if (b) {
    cells.budget = b.address;
    // A budget merged down over sub-rows counts once, on its first row.
    base.budget = b.inherited ? "" : typeof b.value === "number" ? b.value : b.text;
  }
  if (cols.criterion !== undefined) cells.criterion = cellAddress(r, cols.criterion);

  if (isSubRow && current) {
    base.subRow = current.subRow + 1;
    base.criterion = current.criterion;
    base.criterionName = current.criterionName;
    base.criterionText = current.criterionText;
    base.standard = current.standard;
    base.band = current.band;
    base.targetLevel = levelFromResult(result) ?? current.targetLevel;
    const criterionField = view.field(r, "criterion");
    cells.criterion = criterionField?.inherited ? criterionField.address : current.cells.criterion;
    if (!base.tt) base.tt = "";
  }
  return base;
}

/** Reads rows below the header: classifies each, then builds the plan's rows and headings in order. */
export function readBody(grid: Grid, header: HeaderMatch): Body {
  const view = tableView(grid, header);
  const body: Body = { rows: [], standards: [], bands: [], remarks: [], total: null, endRow: view.lastRow };
  const ctx: Context = { band: null, standard: null, current: null };
  let blankRun = 0;
  // The kind of the last row that was neither blank nor "other" (null: the header).
  let above: RowClass["kind"] | null = null;

  for (let r = header.row + 1; r < view.lastRow; r++) {
    const cls = classifyRow(view, r, above);
    if (cls.kind !== "blank" && cls.kind !== "other") above = cls.kind;
    if (cls.kind === "blank") {
      if (r === header.row + 1 || ++blankRun < BLANK_RUN_ENDS_TABLE) continue;
      body.endRow = r;
      break;
    }
    blankRun = 0;
    switch (cls.kind) {
      case "numbering":
      case "other":
      case "note":
        continue;
      case "end":
        body.endRow = r;
        return body;
      case "total":
        body.total = cls.total;
        body.endRow = r + 1;
        return body;
      case "band":
        ctx.band = cls.band;
        // A new band starts outside any standard: a remark right under it belongs to the band.
        ctx.standard = null;
        body.bands.push({ row: r + 1, cell: cellAddress(r, cls.col), band: cls.band, text: cls.text });
        ctx.current = null;
        continue;
      case "standard":
        ctx.standard = cls.number;
        body.standards.push({ row: r + 1, cell: cellAddress(r, cls.col), band: ctx.band, number: cls.number, name: cls.name });
        ctx.current = null;
        continue;
      case "remark":
        body.remarks.push({ row: r + 1, cell: cellAddress(r, cls.col), band: ctx.band, standard: ctx.standard, text: cls.text });
        ctx.current = null;
        continue;
      case "criterion":
      case "continuation": {
        const row = buildPlanRow(view, r, cls, ctx);
        body.rows.push(row);
        ctx.current = row;
      }
    }
  }
  return body;
}
