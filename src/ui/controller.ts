/**
 * The pane's logic, plain TypeScript (no React, no DOM): the state (reducers
 * in ./state), the plan context and every action that talks to the Host. The
 * React components render `ctl.state` and call these methods; `usePane`
 * (./use-pane.ts) subscribes them. Flow: host snapshot -> readPlan -> the plan
 * as read + the user's overrides -> withOverrides (one plan context) ->
 * checkPlan -> state -> highlight / sheet edits / .docx. Every failure ends as
 * a sentence in a notice, never as a throw; time-dependent and IO pieces
 * (fetch, clipboard, the Word module) are injectable for tests.
 */
import type { Host, SavedPlan } from "../host";
import type { Plan, RegulationId, SchoolLevel } from "../core/plan";
import type { DocumentInfo } from "../core/word/types";
import { readPlan } from "../core/read";
import { checkPlan } from "../core/check";
import { validateRows } from "../core/validate";
import { computeTotals } from "../core/totals";
import { PLAN_SHEET_NAME, criterionLabel } from "../core/plan-table";
import { defaultDocumentInfo, refreshInfo, staleSections, type SectionKey } from "../core/word/defaults";
import { contextOf, planKey, schoolYearKey, withOverrides, type ContextOverrides, type PlanContext } from "../core/context";
import { DOCX_MIME, wordFileName } from "../core/file-names";
import { t, type Lang } from "../core/strings";
import { appReducer, initialState, type AppAction, type AppState, type BusyKey, type NoticeArea, type TabId } from "./state";

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

type Intent = "success" | "error" | "warning" | "info";

export interface PaneDeps {
  /** Fetches the bundled sample plan (default: the page's fetch). */
  fetchBytes?: (url: string) => Promise<Uint8Array>;
  /** Writes text to the clipboard (default: navigator.clipboard). */
  writeClipboard?: (text: string) => Promise<void>;
  /** Loads the Word generator (default: a separate chunk). */
  loadWord?: () => Promise<typeof import("../core/word")>;
}

async function defaultFetch(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

async function defaultClipboard(text: string): Promise<void> {
  if (typeof navigator === "undefined" || !navigator.clipboard?.writeText) throw new Error("no clipboard");
  await navigator.clipboard.writeText(text);
}

export class PaneController {
  private current: AppState;
  private readonly listeners = new Set<() => void>();
  private unsubscribeEdits: (() => void) | null = null;
  /** A file waiting for the user to say what to do with unsaved details. */
  private pendingFile: { name: string; bytes: Uint8Array } | null = null;
  private effective: { read: Plan | null; overrides: ContextOverrides; plan: Plan | null } = { read: null, overrides: {}, plan: null };
  private readonly deps: Required<PaneDeps>;

  constructor(
    readonly host: Host,
    deps: PaneDeps = {},
  ) {
    this.deps = {
      fetchBytes: deps.fetchBytes ?? defaultFetch,
      writeClipboard: deps.writeClipboard ?? defaultClipboard,
      loadWord: deps.loadWord ?? (() => import(/* webpackChunkName: "word" */ "../core/word")),
    };
    const chosen = host.loadLanguage();
    const lang: Lang = chosen ?? langFromTag(host.language());
    this.current = appReducer(initialState, { type: "ui/lang", lang });
  }

  // ---- state ----

  get state(): AppState {
    return this.current;
  }

  get lang(): Lang {
    return this.current.ui.lang;
  }

  get can(): Host["capabilities"] {
    return this.host.capabilities;
  }

  /** The plan as read with the user's overrides: what checks, totals, the picker and Word use. */
  get plan(): Plan | null {
    const { read, overrides } = this.current.plan;
    if (this.effective.read !== read || this.effective.overrides !== overrides) {
      this.effective = { read, overrides, plan: read ? withOverrides(read, overrides) : null };
    }
    return this.effective.plan;
  }

  /** The plan's context (year, regulation with amendments, form, administration), or null without a plan. */
  get context(): PlanContext | null {
    const plan = this.plan;
    return plan ? contextOf(plan) : null;
  }

  /** Sections edited by hand that still name another school year. */
  get staleSections(): SectionKey[] {
    const ctx = this.context;
    const draft = this.current.info.draft;
    return ctx && draft ? staleSections(draft, ctx) : [];
  }

  getState = (): AppState => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch(action: AppAction): void {
    this.current = appReducer(this.current, action);
    for (const l of this.listeners) l();
  }

  private notify(area: NoticeArea, intent: Intent, text: string): void {
    this.dispatch({ type: "ui/notify", area, intent, text });
  }

  private busy(key: BusyKey, on: boolean): void {
    this.dispatch({ type: "ui/busy", key, on });
  }

  private sourceName(sheet?: string | null): string {
    return this.host.fileName?.() ?? sheet ?? t("uiHostExcel", this.lang);
  }

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
      this.dispatch({ type: "workbook/failed", error: t("uiUnexpected", errorText(e, this.lang), this.lang) });
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
    if (!result.ok) {
      return { ok: false, error: readErrorSentence(result.error.code, this.sourceName(want), want, result.error.sheets, this.lang), sheets };
    }
    return { ok: true, plan: result.plan, sheets };
  }

  /** Puts a plan read from the host on screen: saved details, context, checks, marks. */
  private async show(read: Plan, sheets: string[], keep: boolean): Promise<void> {
    let overrides: ContextOverrides = keep ? this.current.plan.overrides : {};
    const key = (keep && this.current.plan.key) || planKey(read);
    let saved: SavedPlan | null = null;
    if (!keep || !this.current.info.draft) {
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
    if (!keep || !this.current.info.draft) {
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
    const marked = await this.host.highlightIssues(this.current.plan.issues);
    if (!marked.ok) this.notify("check", "warning", marked.error);
  }

  /** Live re-check of the rows edited on the plan sheet; the marks follow the new issues. */
  async recheckRows(rows: number[]): Promise<void> {
    const read0 = this.current.plan.read;
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
      const plan = withOverrides(result.plan, this.current.plan.overrides);
      this.dispatch({ type: "plan/rowsChecked", plan: result.plan, rows, issues: validateRows(plan, rows), totals: computeTotals(plan) });
      await this.highlight();
    } catch (e) {
      this.notify("check", "error", t("uiUnexpected", errorText(e, this.lang), this.lang));
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
    if (this.current.info.dirty && !opts.discardEdits) {
      this.pendingFile = { name, bytes };
      this.dispatch({ type: "ui/confirm", confirm: { kind: "discard-info", fileName: name } });
      return;
    }
    this.dispatch({ type: "ui/confirm", confirm: null });
    this.dispatch({ type: "ui/clearNotices" });
    const hadPlan = !!this.current.plan.read;
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
      this.openFailed(name, t("uiUnexpected", errorText(e, this.lang), this.lang), hadPlan);
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
      if (this.current.info.dirty) return; // saving failed: the notice says why; nothing is dropped
    }
    await this.openFile(file.name, file.bytes, { discardEdits: true });
  }

  async openSample(url: string): Promise<void> {
    try {
      const bytes = await this.deps.fetchBytes(url);
      const name = decodeURIComponent(url.split("/").pop() || "ke-hoach-mau.xlsx");
      await this.openFile(name, bytes);
    } catch (e) {
      this.notify("global", "error", t("uiSampleFailed", errorText(e, this.lang), this.lang));
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
    const draft = this.current.info.draft;
    if (draft) this.dispatch({ type: "info/replace", info: refreshInfo(draft, before, after) });
    void this.highlight();
  }

  editInfo(patch: Partial<DocumentInfo>): void {
    this.dispatch({ type: "info/edit", patch });
    if (patch.schoolYear === undefined) return;
    // The school year is part of the plan's context: a readable year moves everything with it.
    const year = schoolYearKey(patch.schoolYear);
    const read = this.current.plan.read;
    if (year && read) this.override({ schoolYear: year === read.schoolYear ? null : year });
  }

  async saveInfo(): Promise<void> {
    const draft = this.current.info.draft;
    const key = this.current.plan.key;
    if (!draft || !key) return;
    this.busy("saveInfo", true);
    try {
      const r = await this.host.saveInfo(key, { info: draft, overrides: this.current.plan.overrides });
      if (!r.ok) return this.notify("info", "error", r.error);
      this.dispatch({ type: "info/saved" });
      this.notify("info", "success", t(this.can.writeSheet ? "uiInfoSavedExcel" : "uiInfoSavedFile", this.lang));
    } finally {
      this.busy("saveInfo", false);
    }
  }

  /** Back to the details read from the sheet (the saved ones stay saved until the user saves again). */
  useSheetInfo(): void {
    const read = this.current.plan.read;
    if (!read) return;
    this.dispatch({ type: "plan/override", patch: { schoolYear: null, level: null, regulation: null } });
    const plan = this.plan ?? read;
    const { issues, totals } = checkPlan(plan);
    this.dispatch({ type: "plan/checked", issues, totals });
    this.dispatch({ type: "info/loaded", info: defaultDocumentInfo(plan), source: "sheet", dirty: true });
    void this.highlight();
  }

  // ---- the pane ----

  setLang(lang: Lang): void {
    this.host.saveLanguage(lang);
    this.dispatch({ type: "ui/lang", lang });
  }

  setTab(tab: TabId): void {
    this.dispatch({ type: "ui/tab", tab });
  }

  dismiss(id: number): void {
    this.dispatch({ type: "ui/dismiss", id });
  }

  // ---- sheet actions ----

  /** Asks the host whether the plan sheet exists (the UI then asks the user). */
  async planSheetExists(): Promise<boolean | null> {
    const r = await this.host.hasPlanSheet();
    if (!r.ok) {
      this.notify("table", "error", r.error);
      return null;
    }
    return r.value;
  }

  async writePlanTable(): Promise<void> {
    const plan = this.plan;
    const totals = this.current.plan.totals;
    if (!plan || !totals) return this.notify("table", "error", t("uiNeedPlan", this.lang));
    this.busy("convert", true);
    try {
      const r = await this.host.writePlanSheet(plan, totals, this.current.info.draft);
      if (!r.ok) return this.notify("table", "error", r.error);
      if (!this.can.writeSheet) return this.notify("table", "success", t("uiDownloaded", r.value.sheet, this.lang));
      this.notify("table", "success", t("uiConverted", r.value.sheet, r.value.rows, this.lang));
      // From now on the pane follows the plan sheet (no letterhead there): same context, details and key.
      this.dispatch({ type: "plan/override", patch: { schoolYear: plan.schoolYear, level: plan.level } });
      await this.reload(r.value.sheet, { keep: true });
    } catch (e) {
      this.notify("table", "error", t("uiUnexpected", errorText(e, this.lang), this.lang));
    } finally {
      this.busy("convert", false);
    }
  }

  async selectIssueCell(cell: string): Promise<void> {
    const sheet = this.current.plan.read?.sheet;
    if (!sheet || !this.can.selectCells) return;
    const r = await this.host.selectCell(sheet, cell);
    if (!r.ok) this.notify("check", "error", t("uiSelectFailed", r.error, this.lang));
  }

  async writeTotalsRow(): Promise<void> {
    this.busy("totalsRow", true);
    try {
      const r = await this.host.writeTotalsRow();
      if (!r.ok) return this.notify("totals", "error", r.error);
      const formula = r.value.formula.startsWith("=") ? r.value.formula : `=${r.value.formula}`;
      this.notify("totals", "success", t("uiTotalsWritten", r.value.cell, formula, this.lang));
      // The stated total changed: read the plan sheet again when the pane follows it.
      const sheet = this.current.plan.read?.sheet;
      if (sheet === PLAN_SHEET_NAME) await this.reload(sheet, { keep: true });
    } catch (e) {
      this.notify("totals", "error", t("uiUnexpected", errorText(e, this.lang), this.lang));
    } finally {
      this.busy("totalsRow", false);
    }
  }

  async insertCriterion(code: string, name: string): Promise<void> {
    this.busy("insert", true);
    try {
      const r = await this.host.insertCriterion(code, criterionLabel(code, name));
      if (!r.ok) return this.notify("criteria", "error", r.error);
      this.notify("criteria", "success", t("uiInserted", code, r.value.cell, this.lang));
    } finally {
      this.busy("insert", false);
    }
  }

  async copyCriterion(code: string, name: string): Promise<void> {
    try {
      await this.deps.writeClipboard(criterionLabel(code, name));
      this.notify("criteria", "success", t("uiCopied", code, this.lang));
    } catch {
      this.notify("criteria", "warning", t("uiCopyFailed", this.lang));
    }
  }

  async makeWord(): Promise<void> {
    const plan = this.plan;
    const totals = this.current.plan.totals;
    if (!plan || !totals) return this.notify("word", "error", t("uiNeedPlan", this.lang));
    this.busy("word", true);
    this.dispatch({ type: "ui/clearNotices", area: "word" });
    try {
      const info = this.current.info.draft ?? defaultDocumentInfo(plan);
      const word = await this.deps.loadWord();
      const bytes = await word.buildPlanDocx({ plan, totals, info });
      const name = wordFileName(plan, info);
      const r = await this.host.download(bytes, name, DOCX_MIME);
      if (!r.ok) return this.notify("word", "error", r.error);
      const errors = this.current.plan.issues.filter((i) => i.severity === "error").length;
      const text = [t("uiDownloaded", name, this.lang), errors ? t("uiWordDraftNote", errors, this.lang) : ""].filter(Boolean).join(" ");
      this.notify("word", errors ? "warning" : "success", text);
    } catch (e) {
      this.notify("word", "error", t("uiWordFailed", errorText(e, this.lang), this.lang));
    } finally {
      this.busy("word", false);
    }
  }
}

/** An unexpected failure as a short text for a notice. */
function errorText(e: unknown, lang: Lang): string {
  const m = e instanceof Error ? e.message : String(e);
  return (m || (lang === "vi" ? "không rõ nguyên nhân" : "unknown cause")).slice(0, 200);
}

/** Language of a host's tag: Vietnamese for "vi…" and when unknown, English otherwise. */
export function langFromTag(tag: string | null | undefined): Lang {
  const l = (tag ?? "").trim();
  return l === "" || /^vi\b/i.test(l) ? "vi" : "en";
}

/** The controller type the components take. */
export type Controller = PaneController;
