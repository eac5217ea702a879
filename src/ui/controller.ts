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
import type { SavedPlan, WorkWatch } from "../host";
import type { Analysis, WorkStage } from "../core/analysis";
import type { RegulationId, SchoolLevel, Severity } from "../core/plan";
import type { FindingFilter } from "./findings";
import type { DocumentInfo } from "../core/word/types";
import { readPlan } from "../core/read";
import { checkPlan } from "../core/check";
import type { Progress } from "./state";
import { summariseMany, type ManyFile } from "./many-plans";
import { validateRows } from "../core/validate";
import { computeTotals } from "../core/totals";
import { PLAN_SHEET_NAME } from "../core/plan-table";
import { defaultDocumentInfo, refreshInfo } from "../core/word/defaults";
import { schoolYearKey, withOverrides, type ContextOverrides } from "../core/context";
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

type FoundPlan = { ok: true; analysis: Extract<Analysis, { ok: true }>; key: string; saved: SavedPlan | null; sheets: string[] };
type Found = FoundPlan | { ok: false; error: string; sheets: string[] } | { ok: null };

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

  // ---- long work: progress and cancel ----

  /** The long work under way (reading, checking, many files); `cancelWork` stops it. */
  private work: AbortController | null = null;

  /** Starts long work (stopping any before it): its watch reports stages to the state. */
  protected beginWork(file: string | null = null, at?: { index: number; count: number }): WorkWatch & { signal: AbortSignal } {
    this.work?.abort();
    const ctrl = new AbortController();
    this.work = ctrl;
    const onStage = (stage: WorkStage): void => {
      if (ctrl.signal.aborted || this.work !== ctrl) return;
      const fraction = at ? (at.index - 1) / at.count : null;
      this.setProgress({ stage, fraction, file, index: at?.index ?? null, count: at?.count ?? null });
    };
    return { signal: ctrl.signal, onStage };
  }

  /** Ends the work of this watch (if it is still the current one): the progress goes. */
  protected endWork(watch: { signal: AbortSignal }): void {
    if (this.work && this.work.signal === watch.signal) {
      this.work = null;
      this.setProgress(null);
    }
  }

  protected setProgress(progress: Progress | null): void {
    this.dispatch({ type: "work/progress", progress });
  }

  /** "Hủy": stops the work under way (its worker is ended); what was open stays open. */
  cancelWork(): void {
    const ctrl = this.work;
    if (!ctrl) return;
    ctrl.abort();
    this.work = null;
    this.setProgress(null);
  }

  /**
   * The Word plan, built by the analyser off the main thread where the page
   * gives one (a Web Worker): the stage shows, and Hủy ends the worker.
   */
  override async makeWord(): Promise<void> {
    const build = this.deps.analyser.buildDocx;
    if (!build || !this.plan || !this.state.plan.totals) return super.makeWord();
    const watch = this.beginWork(null);
    watch.onStage?.("word");
    const load = this.deps.loadWord;
    this.deps.loadWord = async () => ({ ...(await load()), buildPlanDocx: (input) => build(input, watch) });
    try {
      await super.makeWord();
    } finally {
      this.deps.loadWord = load;
      this.endWork(watch);
    }
  }

  // ---- reading ----

  /**
   * Reads the plan from the host (one sheet, or the whole workbook). `keep`
   * keeps the user's overrides and details (another sheet of the same
   * workbook); otherwise the details saved for this plan, if any, are used.
   * The plan is read and checked by the analyser (a Web Worker in the page).
   */
  async reload(sheet?: string | null, opts: { keep?: boolean; fallbackAll?: boolean } = {}): Promise<void> {
    const watch = this.beginWork(null);
    const hadPlan = !!this.state.plan.read;
    this.busy("open", true);
    this.dispatch({ type: "workbook/loading" });
    try {
      watch.onStage?.("reading");
      const found = await this.readFromHost(sheet ?? undefined, !!opts.fallbackAll, !!opts.keep, watch);
      if (found.ok === null) {
        this.dispatch({ type: "workbook/ready" });
        this.notify("global", "info", t(hadPlan ? "uiWorkCancelledKept" : "uiWorkCancelled", this.lang));
        return;
      }
      if (!found.ok) {
        this.dispatch({ type: "workbook/opened", fileName: this.host.fileName?.() ?? null, sheets: found.sheets });
        this.dispatch({ type: "plan/cleared" });
        this.dispatch({ type: "info/cleared" });
        this.dispatch({ type: "workbook/failed", error: found.error });
        return;
      }
      await this.show(found, !!opts.keep);
    } catch (e) {
      this.dispatch({ type: "workbook/failed", error: t("uiUnexpected", errorDetail(e), this.lang) });
    } finally {
      this.endWork(watch);
      this.busy("open", false);
    }
  }

  /**
   * The host's snapshot, analysed: the plan, its key, the details saved for it
   * (asked for by the analyser once the key is known), its issues and totals;
   * or the sentence why not; `ok: null` when the user cancelled.
   */
  private async readFromHost(want: string | undefined, fallbackAll: boolean, keep: boolean, watch: WorkWatch): Promise<Found> {
    const listed = await this.host.listSheets();
    const sheets = listed.ok ? listed.value.names : [];
    const read = await this.host.readWorkbook(want);
    if (!read.ok) return { ok: false, error: read.error, sheets };
    let key = "";
    let saved: SavedPlan | null = null;
    const overridesFor = async (readKey: string) => {
      key = (keep && this.state.plan.key) || readKey;
      let overrides = keep ? this.state.plan.overrides : {};
      saved = null;
      if (!keep || !this.state.info.draft) {
        const loaded = await this.host.loadInfo(key);
        if (loaded.ok) saved = loaded.value;
        else this.notify("info", "warning", loaded.error);
        if (saved) overrides = saved.overrides;
      }
      return overrides;
    };
    const analyser = this.deps.analyser;
    let result = await analyser.analyse(read.value, want !== undefined ? { sheet: want } : {}, overridesFor, watch);
    if (result.ok && !result.value.ok && want !== undefined && fallbackAll) {
      // The active sheet holds no plan: look in the whole workbook.
      const all = await this.host.readWorkbook();
      if (all.ok) result = await analyser.analyse(all.value, {}, overridesFor, watch);
    }
    if (result.ok && result.value.ok && want !== undefined && result.value.plan.form === "2026" && sheets.length > 1 && !(result.value.plan.problems?.length && result.value.plan.reviews?.length)) {
      // A 2026-form plan may keep tables IV and VI on other sheets: when one is not on the plan's sheet, read them with it.
      const all = await this.host.readWorkbook();
      if (all.ok && all.value.sheets.length > read.value.sheets.length) {
        const again = await analyser.analyse(all.value, { sheet: want }, overridesFor, watch);
        if ((again.ok && again.value.ok) || (!again.ok && again.cancelled)) result = again;
      }
    }
    if (!result.ok) return result.cancelled ? { ok: null } : { ok: false, error: result.error, sheets };
    const analysis = result.value;
    if (!analysis.ok) {
      return { ok: false, error: readErrorSentence(analysis.code, this.sourceName(want), want, analysis.sheets, this.lang), sheets };
    }
    return { ok: true, analysis, key, saved, sheets };
  }

  /** Puts an analysed plan on screen: saved details, context, checks, marks. */
  private async show(found: FoundPlan, keep: boolean): Promise<void> {
    const { analysis, key, saved, sheets } = found;
    const { plan: read, issues, totals, overrides } = analysis;
    const plan = withOverrides(read, overrides);
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
    const watch = this.beginWork(name);
    this.busy("open", true);
    try {
      watch.onStage?.("reading");
      const opened = await this.host.open(name, bytes, watch);
      if (!opened.ok) {
        if (opened.cancelled || watch.signal.aborted) return this.openCancelled(hadPlan);
        return this.openFailed(name, opened.error, hadPlan);
      }
      const found = await this.readFromHost(undefined, false, false, watch);
      if (found.ok === null || watch.signal.aborted) {
        this.host.cancelOpen?.();
        return this.openCancelled(hadPlan);
      }
      if (!found.ok) {
        if (hadPlan) {
          this.host.cancelOpen?.();
          return this.openFailed(name, found.error, hadPlan);
        }
        this.host.commitOpen?.();
        return this.openFailed(name, found.error, false, found.sheets);
      }
      this.host.commitOpen?.();
      await this.show(found, false);
      // A plan opened (from the summary or on its own) is what the pane shows; the summary stays a click away.
      if (this.state.work.summaryShown) this.dispatch({ type: "work/showSummary", shown: false });
    } catch (e) {
      this.host.cancelOpen?.();
      this.openFailed(name, t("uiUnexpected", errorDetail(e), this.lang), hadPlan);
    } finally {
      this.endWork(watch);
      this.busy("open", false);
    }
  }

  /** The user stopped opening a file: the open plan (if any) is as it was. */
  private openCancelled(hadPlan: boolean): void {
    this.notify("global", "info", t(hadPlan ? "uiWorkCancelledKept" : "uiWorkCancelled", this.lang));
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

  // ---- many files at once ----

  /** The files of the summary on screen, to open a school's plan from it. */
  private manyFiles: ManyFile[] = [];

  /**
   * Files the user gave together: one opens as the plan; several are read and
   * checked one at a time into the summary of the schools (the open plan stays).
   */
  async openFiles(files: ManyFile[]): Promise<void> {
    if (!files.length) return;
    if (files.length === 1 || !this.host.summariseFile) return this.openFile(files[0].name, files[0].bytes);
    this.dispatch({ type: "ui/clearNotices" });
    const watch = this.beginWork(files[0].name, { index: 1, count: files.length });
    this.busy("open", true);
    try {
      let at = { index: 1, name: files[0].name };
      const result = await summariseMany(this.host, files, this.lang, {
        signal: watch.signal,
        onFile: (index, count, name) => {
          at = { index, name };
          this.setProgress({ stage: "files", fraction: (index - 1) / count, file: name, index, count });
        },
        onStage: (stage) => {
          if (!watch.signal.aborted) this.setProgress({ stage, fraction: (at.index - 1) / files.length, file: at.name, index: at.index, count: files.length });
        },
      });
      if (result.done === 0) return this.notify("global", "info", t(this.state.plan.read ? "uiWorkCancelledKept" : "uiWorkCancelled", this.lang));
      this.manyFiles = files.slice(0, result.done);
      this.dispatch({ type: "work/summary", summary: result.summary, stopped: result.stopped ? { done: result.done, count: files.length } : null });
    } catch (e) {
      this.notify("global", "error", t("uiUnexpected", errorDetail(e), this.lang));
    } finally {
      this.endWork(watch);
      this.busy("open", false);
    }
  }

  /** Opens the plan of a school of the summary (the summary stays, a click away). */
  async openSchool(index: number): Promise<void> {
    const file = this.manyFiles[index];
    if (!file) return;
    await this.openFile(file.name, file.bytes);
  }

  showSummary(shown: boolean): void {
    this.dispatch({ type: "work/showSummary", shown });
  }

  closeSummary(): void {
    this.manyFiles = [];
    this.dispatch({ type: "work/summary", summary: null });
  }

  /** "Tải bảng tổng hợp": the workbook `ctcl summary -o` writes, downloaded. */
  async downloadSummary(): Promise<void> {
    const summary = this.state.work.summary;
    if (!summary || !this.host.downloadSummary) return;
    const r = await this.host.downloadSummary(summary, this.lang);
    if (!r.ok) return this.notify("global", "error", r.error);
    this.notify("global", "success", t("uiDownloaded", r.value.fileName, this.lang));
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
