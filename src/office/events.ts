/**
 * Edits on the plan sheet -> the changed 1-based rows, debounced (~400 ms).
 * One handler on the worksheet collection (ExcelApi 1.9), filtered on the plan
 * sheet's id (the sheet is replaced, so its id changes, when the plan is
 * written again: the host tells us). The add-in's own writes are muted.
 */
import { PLAN_SHEET_NAME } from "../core/plan-table";
import type { ExcelEnv } from "./env";
import { parseArea } from "./address";

export const CHANGE_DEBOUNCE_MS = 400;
/** Rows reported at most for one change (a whole-column edit). */
const MAX_ROWS = 100_000;

export interface PlanSheetState {
  /** Worksheet id of the plan sheet, or null when unknown/absent. */
  planSheetId: string | null;
  /** Last used 1-based row of the plan sheet when known (whole-column edits). */
  lastRow: number;
  /** Events before this time (ms) come from the add-in's own writes. */
  muteUntil: number;
}

/** 1-based rows named by a change address ("B3:D5" -> 3,4,5); whole columns -> 1..lastRow. */
export function changedRows(address: string, changeType: string | undefined, lastRow: number): number[] {
  const box = parseArea(address);
  if (!box) return [];
  let top = box.top + 1;
  let bottom = Number.isFinite(box.bottom) ? box.bottom + 1 : Math.max(lastRow, top);
  // Inserted or deleted rows shift every row below them.
  if (changeType === "RowInserted" || changeType === "RowDeleted" || changeType === "CellInserted" || changeType === "CellDeleted") {
    bottom = Math.max(bottom, lastRow);
  }
  top = Math.max(1, top);
  bottom = Math.min(bottom, top + MAX_ROWS - 1);
  const out: number[] = [];
  for (let r = top; r <= bottom; r++) out.push(r);
  return out;
}

/** Subscribes; the returned function unsubscribes (safe to call before registration finished). */
export function subscribePlanChanges(env: ExcelEnv, state: PlanSheetState, listener: (rows: number[]) => void): () => void {
  let stopped = false;
  let timer: unknown = null;
  const pending = new Set<number>();
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;

  const flush = () => {
    timer = null;
    if (stopped || pending.size === 0) return;
    const rows = [...pending].sort((a, b) => a - b);
    pending.clear();
    try {
      listener(rows);
    } catch {
      // A listener's failure must not break Excel's event dispatch.
    }
  };

  const handler = async (args: Excel.WorksheetChangedEventArgs) => {
    if (stopped) return;
    if (Date.now() < state.muteUntil) return;
    if (!state.planSheetId || args.worksheetId !== state.planSheetId) return;
    const tl = (args as { triggerSource?: string }).triggerSource;
    if (tl === "ThisLocalAddin") return;
    for (const r of changedRows(args.address, args.changeType, state.lastRow)) pending.add(r);
    if (timer !== null) env.clearTimeout(timer);
    timer = env.setTimeout(flush, CHANGE_DEBOUNCE_MS);
  };

  void env
    .run(async (context) => {
      const plan = context.workbook.worksheets.getItemOrNullObject(PLAN_SHEET_NAME);
      plan.load("id");
      const reg = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      if (!plan.isNullObject && !state.planSheetId) state.planSheetId = plan.id;
      return reg;
    })
    .then(
      (reg) => {
        registration = reg;
        if (stopped) void removeRegistration(reg);
      },
      () => {
        // Events unavailable (old Excel): edits are then re-checked on demand only.
      },
    );

  return () => {
    stopped = true;
    if (timer !== null) env.clearTimeout(timer);
    timer = null;
    if (registration) void removeRegistration(registration);
    registration = null;
  };
}

async function removeRegistration(reg: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>): Promise<void> {
  try {
    reg.remove();
    await reg.context.sync();
  } catch {
    // Already gone with its context.
  }
}
