/**
 * The pane's logic, plain TypeScript (no React, no DOM): the state (reducers
 * in ./state, held by ./pane-store.ts), the plan context and every action that
 * talks to the Host. The React components render `ctl.state` and call these
 * methods; `usePane` (./use-pane.ts) subscribes them. Flow: host snapshot ->
 * readPlan -> the plan as read + the user's overrides -> withOverrides (one
 * plan context) -> checkPlan -> state -> highlight / sheet edits / .docx
 * (./sheet-actions.ts). Every failure ends as a sentence in a notice, never as
 * a throw; IO pieces (fetch, clipboard, the Word module) are injectable.
 */
import type { SavedPlan } from "../host";
import type { Plan, RegulationId, SchoolLevel, Severity } from "../core/plan";
import type { FindingFilter } from "./findings";
import type { DocumentInfo } from "../core/word/types";
import { readPlan } from "../core/read";
import { checkPlan } from "../core/check";
import { validateRows } from "../core/validate";
import { computeTotals } from "../core/totals";
import { PLAN_SHEET_NAME } from "../core/plan-table";
import { defaultDocumentInfo, refreshInfo } from "../core/word/defaults";
import { planKey, schoolYearKey, withOverrides, type ContextOverrides } from "../core/context";
import { t, type Lang } from "../core/strings";
import { errorDetail } from "../core/errors";
import { SheetActions } from "./sheet-actions";
import type { TabId } from "./state";

export type { PaneDeps } from "./pane-store";

/** Saved details over the defaults: saved values win, missing parts come from the plan. */
export function mergeInfo(defaults: DocumentInfo, saved: DocumentInfo | null): DocumentInfo {
  if (!saved) return defaults;
  return {
    ...defaults,
    ...saved,
    sections: { ...defaults.sections, ...(saved.sections ?? {}) },
    numbering: { ...defaults.numbering, ...(saved.numbering ?? {}) },
    recipients: Array.isArray(saved.recipients) ? saved.recipients : defaults.recipients,
  };
}

/** The reader's failure as the CLI words it. */
export function readErrorSentence(code: string, source: string, sheet: string | undefined, sheets: string[], lang: Lang): string {
  if (code === "empty") return t("emptyWorkbook", source, lang);
  if (code === "sheet-missing") return t("sheetMissing", sheet ?? "", sheets.join(", "), lang);
  return t("noPlan", source, lang);
}

export class PaneController extends SheetActions {
  private unsubscribeEdits: (() => void) | null = null;
  /** A file waiting for the user to say what to do with unsaved details. */
  private pendingFile: { name: string; bytes: Uint8Array } | null = null;

  // ---- life cycle ----

  /** Starts following the host: live re-check of the plan sheet, and the first read where the workbook is already there. */
  async start(): Promise<void> {
    if (this.can.liveEdits && !this.unsubscribeEdits) {
      this.unsubscribeEdits = this.host.onPlanSheetChanged((rows) => void this.recheckRows(rows));
    }
    if (this.can.openFiles) return;
    const sheets = await this.host.listSheets();
    await this.reload(sheets.ok ? sheets.value.active : null, { fallbackAll: true });
  }

  dispose(): void {
    this.unsubscribeEdits?.();
    this.unsubscribeEdits = null;
  }

  // ---- reading ----

  /**
   * Reads the plan from the host (one sheet, or the whole workbook). `keep`
   * keeps the user's overrides and details (another sheet of the same
   * workbook); otherwise the details saved for this plan, if any, are used.
   */
  async reload(sheet?: string | null, opts: { keep?: boolean; fallbackAll?: boolean } = {}): Promise<void> {
    this.busy("open", true);
    this.dispatch({ type: "workbook/loading" });
    try {
      const found = await this.readFromHost(sheet ?? undefined, !!opts.fallbackAll);
      if (!found.ok) {
        this.dispatch({ type: "workbook/opened", fileName: this.host.fileName?.() ?? null, sheets: found.sheets });
        this.dispatch({ type: "plan/cleared" });
        this.dispatch({ type: "info/cleared" });
        this.dispatch({ type: "workbook/failed", error: found.error });
        return;
      }
      await this.show(found.plan, found.sheets, !!opts.keep);
    } catch (e) {
      this.dispatch({ type: "workbook/failed", error: t("uiUnexpected", errorDetail(e), this.lang) });
    } finally {
      this.busy("open", false);
    }
  }

  private async readFromHost(
    want: string | undefined,
    fallbackAll: boolean,
  ): Promise<{ ok: true; plan: Plan; sheets: string[] } | { ok: false; error: string; sheets: string[] }> {
    const listed = await this.host.listSheets();
    const sheets = listed.ok ? listed.value.names : [];
    const read = await this.host.readWorkbook(want);
    if (!read.ok) return { ok: false, error: read.error, sheets };
    let result = readPlan(read.value, want ? { sheet: want } : {});
    if (!result.ok && want !== undefined && fallbackAll) {
      // The active sheet holds no plan: look in the whole workbook.
      const all = await this.host.readWorkbook();
      if (all.ok) result = readPlan(all.value);
    }
    if (result.ok && want !== undefined && result.plan.form === "2026") {
      // A 2026-form plan may keep tables IV and VI on other sheets: read them with the plan's sheet.
      const all = await this.host.readWorkbook();
      if (all.ok && all.value.sheets.length > read.value.sheets.length) {
        const again = readPlan(all.value, { sheet: want });
        if (again.ok) result = again;
      }
    }
    if (!result.ok) {
      return { ok: false, error: readErrorSentence(result.error.code, this.sourceName(want), want, result.error.sheets, this.lang), sheets };
    }
    return { ok: true, plan: result.plan, sheets };
  }

  /** Puts a plan read from the host on screen: saved details, context, checks, marks. */
  private async show(read: Plan, sheets: string[], keep: boolean): Promise<void> {
    let overrides: ContextOverrides = keep ? this.state.plan.overrides : {};
    const key = (keep && this.state.plan.key) || planKey(read);
    let saved: SavedPlan | null = null;
    if (!keep || !this.state.info.draft) {
      const loaded = await this.host.loadInfo(key);
      if (loaded.ok) saved = loaded.value;
      else this.notify("info", "warning", loaded.error);
      if (saved) overrides = saved.overrides;
    }
    const plan = withOverrides(read, overrides);
    const { issues, totals } = checkPlan(plan);
    this.dispatch({ type: "workbook/opened", fileName: this.host.fileName?.() ?? null, sheets });
    this.dispatch({ type: "workbook/sheet", sheet: read.sheet });
    this.dispatch({ type: "plan/loaded", plan: read, key, issues, totals, overrides });
    if (!keep || !this.state.info.draft) {
      const info = mergeInfo(defaultDocumentInfo(plan), saved?.info ?? null);
      this.dispatch({ type: "info/loaded", info, source: saved ? "saved" : "sheet" });
    }
    this.dispatch({ type: "workbook/ready" });
    await this.highlight();
  }

  /** Marks the cells of the current issues when the pane follows the plan sheet in a workbook. */
  private async highlight(): Promise<void> {
    const plan = this.plan;
    if (!this.can.writeSheet || !plan || plan.sheet !== PLAN_SHEET_NAME) return;
    const marked = await this.host.highlightIssues(this.state.plan.issues);
    if (!marked.ok) this.notify("check", "warning", marked.error);
  }

  /** Live re-check of the rows edited on the plan sheet; the marks follow the new issues. */
  async recheckRows(rows: number[]): Promise<void> {
    const read0 = this.state.plan.read;
    if (!read0 || read0.sheet !== PLAN_SHEET_NAME || rows.length === 0) return;
    this.busy("recheck", true);
    try {
      const read = await this.host.readWorkbook(PLAN_SHEET_NAME);
      if (!read.ok) return this.notify("check", "error", read.error);
      const result = readPlan(read.value, { sheet: PLAN_SHEET_NAME });
      if (!result.ok) {
        const sentence = readErrorSentence(result.error.code, PLAN_SHEET_NAME, PLAN_SHEET_NAME, result.error.sheets, this.lang);
        return this.notify("check", "error", sentence);
      }
      const plan = withOverrides(result.plan, this.state.plan.overrides);
      this.dispatch({ type: "plan/rowsChecked", plan: result.plan, rows, issues: validateRows(plan, rows), totals: computeTotals(plan) });
      await this.highlight();
    } catch (e) {
      this.notify("check", "error", t("uiUnexpected", errorDetail(e), this.lang));
    } finally {
      this.busy("recheck", false);
    }
  }

  // ---- files ----

  /**
   * Opens a file the user gave (file host). Unsaved details are never dropped
   * without asking; a file that cannot be read, or holds no plan, leaves the
   * open plan as it was.
   */
  async openFile(name: string, bytes: Uint8Array, opts: { discardEdits?: boolean } = {}): Promise<void> {
    if (!this.host.open) return;
    if (this.state.info.dirty && !opts.discardEdits) {
      this.pendingFile = { name, bytes };
      this.dispatch({ type: "ui/confirm", confirm: { kind: "discard-info", fileName: name } });
      return;
    }
    this.dispatch({ type: "ui/confirm", confirm: null });
    this.dispatch({ type: "ui/clearNotices" });
    const hadPlan = !!this.state.plan.read;
    this.busy("open", true);
    try {
      const opened = await this.host.open(name, bytes);
      if (!opened.ok) return this.openFailed(name, opened.error, hadPlan);
      const found = await this.readFromHost(undefined, false);
      if (!found.ok) {
        if (hadPlan) {
          this.host.cancelOpen?.();
          return this.openFailed(name, found.error, hadPlan);
        }
        this.host.commitOpen?.();
        return this.openFailed(name, found.error, false, found.sheets);
      }
      this.host.commitOpen?.();
      await this.show(found.plan, found.sheets, false);
    } catch (e) {
      this.host.cancelOpen?.();
      this.openFailed(name, t("uiUnexpected", errorDetail(e), this.lang), hadPlan);
    } finally {
      this.busy("open", false);
    }
  }

  private openFailed(name: string, error: string, keepPlan: boolean, sheets: string[] = []): void {
    if (keepPlan) {
      this.notify("global", "error", `${error} ${t("uiOpenFailedKept", this.lang)}`);
      return;
    }
    this.dispatch({ type: "plan/cleared" });
    this.dispatch({ type: "info/cleared" });
    this.dispatch({ type: "workbook/opened", fileName: name, sheets });
    this.dispatch({ type: "workbook/failed", error });
  }

  /** The user's answer about unsaved details: save them first, drop them, or keep the open plan. */
  async resolvePendingOpen(answer: "save" | "discard" | "cancel"): Promise<void> {
    const file = this.pendingFile;
    this.pendingFile = null;
    this.dispatch({ type: "ui/confirm", confirm: null });
    if (!file || answer === "cancel") return;
    if (answer === "save") {
      await this.saveInfo();
      if (this.state.info.dirty) return; // saving failed: the notice says why; nothing is dropped
    }
    await this.openFile(file.name, file.bytes, { discardEdits: true });
  }

  async openSample(url: string): Promise<void> {
    try {
      const bytes = await this.deps.fetchBytes(url);
      const name = decodeURIComponent(url.split("/").pop() || "ke-hoach-mau.xlsx");
      await this.openFile(name, bytes);
    } catch (e) {
      this.notify("global", "error", t("uiSampleFailed", errorDetail(e), this.lang));
    }
  }

  async chooseSheet(sheet: string): Promise<void> {
    await this.reload(sheet, { keep: true });
  }

  // ---- the plan context ----

  setLevel(level: SchoolLevel | null): void {
    this.override({ level, regulation: null });
  }

  setRegulation(regulation: RegulationId | null): void {
    this.override({ regulation });
  }

  /**
   * One change of the context: the plan is re-resolved, re-checked, the
   * year-dependent texts of the document regenerated (edited ones kept), and
   * the marks in the workbook follow.
   */
  private override(patch: ContextOverrides): void {
    const before = this.context;
    this.dispatch({ type: "plan/override", patch });
    const plan = this.plan;
    const after = this.context;
    if (!plan || !after || !before) return;
    if (before.schoolYear === after.schoolYear && before.level === after.level && before.regulation?.id === after.regulation?.id) return;
    const { issues, totals } = checkPlan(plan);
    this.dispatch({ type: "plan/checked", issues, totals });
    const draft = this.state.info.draft;
    if (draft) this.dispatch({ type: "info/replace", info: refreshInfo(draft, before, after) });
    void this.highlight();
  }

  editInfo(patch: Partial<DocumentInfo>): void {
    this.dispatch({ type: "info/edit", patch });
    if (patch.schoolYear === undefined) return;
    // The school year is part of the plan's context: a readable year moves everything with it.
    const year = schoolYearKey(patch.schoolYear);
    const read = this.state.plan.read;
    if (year && read) this.override({ schoolYear: year === read.schoolYear ? null : year });
  }

  async saveInfo(): Promise<void> {
    const draft = this.state.info.draft;
    const key = this.state.plan.key;
    if (!draft || !key) return;
    this.busy("saveInfo", true);
    try {
      const r = await this.host.saveInfo(key, { info: draft, overrides: this.state.plan.overrides });
      if (!r.ok) return this.notify("info", "error", r.error);
      this.dispatch({ type: "info/saved" });
      this.notify("info", "success", t(this.can.writeSheet ? "uiInfoSavedExcel" : "uiInfoSavedFile", this.lang));
    } finally {
      this.busy("saveInfo", false);
    }
  }

  /** Back to the details read from the sheet (the saved ones stay saved until the user saves again). */
  useSheetInfo(): void {
    const read = this.state.plan.read;
    if (!read) return;
    this.dispatch({ type: "plan/override", patch: { schoolYear: null, level: null, regulation: null } });
    const plan = this.plan ?? read;
    const { issues, totals } = checkPlan(plan);
    this.dispatch({ type: "plan/checked", issues, totals });
    this.dispatch({ type: "info/loaded", info: defaultDocumentInfo(plan), source: "sheet", dirty: true });
    void this.highlight();
  }

  // ---- the pane ----

  /** Everything shown follows at once; notices were sentences of the old language, so they go. */
  setLang(lang: Lang): void {
    this.host.saveLanguage(lang);
    this.dispatch({ type: "ui/lang", lang });
    this.dispatch({ type: "ui/clearNotices" });
  }

  setTab(tab: TabId): void {
    this.dispatch({ type: "ui/tab", tab });
  }

  /** The findings filter; a severity badge of the summary shows that severity alone (again: all). */
  setFindingFilter(filter: FindingFilter): void {
    this.dispatch({ type: "ui/filter", filter });
  }

  /** Shows a sheet row in the plan grid (tab Bảng): the browser's way to a cell, where none can be selected. */
  showRow(row: number): void {
    this.dispatch({ type: "ui/focusRow", row });
    this.dispatch({ type: "ui/tab", tab: "table" });
  }

  showSeverity(severity: Severity): void {
    const now = this.state.ui.findingFilter;
    const only = now.severities.length === 1 && now.severities[0] === severity;
    this.dispatch({ type: "ui/filter", filter: { ...now, severities: only ? [] : [severity] } });
    this.dispatch({ type: "ui/tab", tab: "check" });
  }

  dismiss(id: number): void {
    this.dispatch({ type: "ui/dismiss", id });
  }
}

/** The controller type the components take. */
export type Controller = PaneController;
