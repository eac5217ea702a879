/**
 * The Excel host: the Host interface over Office.js (Excel.run). Every method
 * answers { ok, value } or { ok: false, error } with a sentence; none throws.
 * Round trips per action (context.sync), the same for 30 or 5,000 rows:
 * listSheets 1, hasPlanSheet 1, readWorkbook(sheet) 2 (3 for every sheet),
 * writePlanSheet 2, highlightIssues 2 (1 right after reading the plan sheet), selectCell 1, insertCriterion 2 (3 on a 2026-form plan), writeCells 2,
 * writeTotalsRow 2, onPlanSheetChanged 1 (registration), createPlan 3-5 (./write-draft); loadInfo/saveInfo
 * and download use no sync. See each module for the details.
 */
import type { CellEdit, Host, HostResult, SavedPlan } from "../host";
import type { CriterionTargets } from "../core/criterion-target";
import { insertCriterion2026, writeCells } from "./write-cells";
import { safeLocalStorage, storeLanguage, storedLanguage } from "../browser/storage";
import type { Issue, Plan, Totals } from "../core/plan";
import type { WorkbookSnapshot } from "../core/grid";
import { CATALOGUE_SHEET_NAME, PLAN_SHEET_NAME } from "../core/plan-table";
import { defaultExcelEnv, langOf, type ExcelEnv } from "./env";
import { attempt } from "./result";
import { readSnapshot, type UsedExtent } from "./snapshot";
import { writePlanSheet } from "./write-plan";
import { highlightIssues } from "./highlight";
import { insertCriterion, selectCell } from "./select";
import { writeTotalsRow } from "./totals-row";
import { loadInfo, saveInfo } from "./settings";
import { subscribePlanChanges, type PlanSheetState } from "./events";
import { download } from "./download";
import { createPlanSheet } from "./write-draft";
import type { Draft2026 } from "../core/forms/draft";

/** After the add-in's own writes, change events are ignored this long (ms). */
const OWN_WRITE_MUTE_MS = 1500;

export function createExcelHost(overrides: Partial<ExcelEnv> = {}): Host {
  const env: ExcelEnv = { ...defaultExcelEnv(), ...overrides };
  const lang = () => langOf(env);
  const state: PlanSheetState = { planSheetId: null, lastRow: 0, muteUntil: 0 };
  /**
   * The plan sheet's used extent from the last read, for the highlight that
   * follows it (read, check, mark: one sync saved). Used once, within a few
   * seconds, and dropped by any write of the add-in's own.
   */
  let planExtent: { extent: UsedExtent; at: number } | null = null;
  const EXTENT_FRESH_MS = 5_000;

  return {
    kind: "excel",
    capabilities: { writeSheet: true, selectCells: true, openFiles: false, liveEdits: true },

    loadLanguage() {
      return storedLanguage(safeLocalStorage());
    },

    saveLanguage(language) {
      storeLanguage(safeLocalStorage(), language);
    },

    language(): string {
      try {
        return env.displayLanguage() || "vi-VN";
      } catch {
        return "vi-VN";
      }
    },

    listSheets(): Promise<HostResult<{ names: string[]; active: string | null }>> {
      return attempt(lang(), () =>
        env.run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load("items/name,items/visibility");
          const active = sheets.getActiveWorksheet();
          active.load("name");
          await context.sync();
          const names = sheets.items
            .filter((w) => w.visibility === "Visible" && w.name !== CATALOGUE_SHEET_NAME)
            .map((w) => w.name.normalize("NFC"));
          return { names, active: active.name.normalize("NFC") };
        }),
      );
    },

    readWorkbook(sheet?: string): Promise<HostResult<WorkbookSnapshot>> {
      return attempt(lang(), () =>
        env.run(async (context) => {
          const extents = new Map<string, UsedExtent>();
          const snap = await readSnapshot(context, lang(), sheet, extents);
          const e = extents.get(PLAN_SHEET_NAME);
          planExtent = e ? { extent: e, at: Date.now() } : null;
          return snap;
        }),
      );
    },

    loadInfo(key: string): Promise<HostResult<SavedPlan | null>> {
      return attempt(lang(), async () => loadInfo(env.settings(), key, lang()));
    },

    saveInfo(key: string, saved: SavedPlan): Promise<HostResult<void>> {
      return attempt(lang(), () => saveInfo(env.settings(), key, saved, lang()));
    },

    hasPlanSheet(): Promise<HostResult<boolean>> {
      return attempt(lang(), () =>
        env.run(async (context) => {
          const ws = context.workbook.worksheets.getItemOrNullObject(PLAN_SHEET_NAME);
          ws.load("id");
          await context.sync();
          if (!ws.isNullObject) state.planSheetId = ws.id;
          return !ws.isNullObject;
        }),
      );
    },

    writePlanSheet(plan: Plan, totals: Totals): Promise<HostResult<{ sheet: string; rows: number }>> {
      return attempt(lang(), async () => {
        state.muteUntil = Number.POSITIVE_INFINITY;
        planExtent = null;
        try {
          const r = await env.run((context) => writePlanSheet(context, plan, totals, lang()));
          state.planSheetId = r.sheetId;
          state.lastRow = r.rows + 2;
          return { sheet: r.sheet, rows: r.rows };
        } finally {
          state.muteUntil = Date.now() + OWN_WRITE_MUTE_MS;
        }
      });
    },

    highlightIssues(issues: Issue[]): Promise<HostResult<void>> {
      const fresh = planExtent && Date.now() - planExtent.at < EXTENT_FRESH_MS ? planExtent.extent : undefined;
      planExtent = null;
      return attempt(lang(), () => env.run((context) => highlightIssues(context, issues, lang(), fresh)));
    },

    selectCell(sheet: string, address: string): Promise<HostResult<void>> {
      return attempt(lang(), () => env.run((context) => selectCell(context, sheet, address, lang())));
    },

    insertCriterion(code: string, label: string, targets?: CriterionTargets): Promise<HostResult<{ cell: string }>> {
      planExtent = null;
      if (targets) {
        const name = targets.name ?? (label.replace(/^\s*ti[eê]u\s*ch[ií]\s*[\d.]+\s*[:.\-–]?\s*/iu, "") || label);
        return attempt(lang(), () => env.run((context) => insertCriterion2026(context, code, name, targets, lang())));
      }
      return attempt(lang(), () => env.run((context) => insertCriterion(context, code, label, lang())));
    },

    writeCells(edits: CellEdit[]): Promise<HostResult<{ cells: number }>> {
      planExtent = null;
      return attempt(lang(), async () => {
        try {
          return await env.run((context) => writeCells(context, edits, lang()));
        } finally {
          state.muteUntil = Date.now() + OWN_WRITE_MUTE_MS;
        }
      });
    },

    writeTotalsRow(): Promise<HostResult<{ cell: string; formula: string }>> {
      planExtent = null;
      return attempt(lang(), async () => {
        const r = await env.run((context) => writeTotalsRow(context, lang()));
        state.muteUntil = Date.now() + OWN_WRITE_MUTE_MS;
        return r;
      });
    },

    onPlanSheetChanged(listener: (rows: number[]) => void): () => void {
      try {
        return subscribePlanChanges(env, state, listener);
      } catch {
        return () => undefined;
      }
    },

    async download(bytes: Uint8Array, fileName: string, mime: string): Promise<HostResult<void>> {
      return attempt(lang(), async () => download(env, bytes, fileName, mime, lang()));
    },

    createPlan(draft: Draft2026): Promise<HostResult<{ where: string }>> {
      planExtent = null;
      return attempt(lang(), async () => {
        const r = await env.run((context) => createPlanSheet(context, draft, lang()));
        state.muteUntil = Date.now() + OWN_WRITE_MUTE_MS;
        return { where: r.sheet };
      });
    },
  };
}

export { readSnapshot, SNAPSHOT_LIMITS } from "./snapshot";
export { writePlanSheet, TEMP_SHEET_NAME } from "./write-plan";
export type { ExcelEnv } from "./env";
