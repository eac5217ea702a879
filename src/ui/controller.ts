/**
 * The pane's actions: everything that talks to the host or loads code on
 * demand lives here; components call these and render the state.
 * Every failure ends as a sentence in a notice, never as a throw.
 */
import * as React from "react";
import type { Host } from "../host";
import type { Plan, RegulationId, SchoolLevel } from "../core/plan";
import type { DocumentInfo } from "../core/word/types";
import { readPlan } from "../core/read";
import { checkPlan } from "../core/check";
import { validateRows } from "../core/validate";
import { computeTotals } from "../core/totals";
import { PLAN_SHEET_NAME, criterionLabel } from "../core/plan-table";
import { defaultDocumentInfo as defaultInfo } from "../core/word/defaults";
import { t, type Lang } from "../core/strings";
import { isFileOpener, wordFileName, DOCX_MIME } from "../file/host";
import {
  appReducer,
  effectivePlan,
  initialState,
  schoolYearKey,
  type AppAction,
  type AppState,
  type BusyKey,
  type NoticeArea,
  type TabId,
} from "./state";


/** Saved info over the defaults: saved values win, missing parts come from the plan. */
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

function detail(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 200) || "?";
}

/** The reader's failure as the CLI words it. */
export function readErrorSentence(code: string, source: string, sheet: string | undefined, sheets: string[], lang: Lang): string {
  if (code === "empty") return t("emptyWorkbook", source, lang);
  if (code === "sheet-missing") return t("sheetMissing", sheet ?? "", sheets.join(", "), lang);
  return t("noPlan", source, lang);
}

export interface Controller {
  state: AppState;
  host: Host;
  lang: Lang;
  /** The plan with the user's level, regulation and school year applied. */
  plan: Plan | null;
  dispatch: React.Dispatch<AppAction>;
  setTab(tab: TabId): void;
  openFile(name: string, bytes: Uint8Array): Promise<void>;
  openSample(url: string): Promise<void>;
  reload(sheet?: string | null, fallbackAll?: boolean): Promise<void>;
  chooseSheet(sheet: string): Promise<void>;
  setLevel(level: SchoolLevel | null): void;
  setRegulation(regulation: RegulationId | null): void;
  editInfo(patch: Partial<DocumentInfo>): void;
  saveInfo(): Promise<void>;
  /** Excel: asks the host whether the plan sheet exists (the UI then asks the user). */
  planSheetExists(): Promise<boolean | null>;
  writePlanTable(): Promise<void>;
  selectIssueCell(cell: string): Promise<void>;
  writeTotalsRow(): Promise<void>;
  insertCriterion(code: string, name: string): Promise<void>;
  copyCriterion(code: string, name: string): Promise<void>;
  makeWord(): Promise<void>;
  dismiss(id: number): void;
}

export function useController(host: Host, lang: Lang): Controller {
  const [state, dispatch] = React.useReducer(appReducer, initialState);
  const stateRef = React.useRef(state);
  stateRef.current = state;

  const yearKey = schoolYearKey(state.info.draft?.schoolYear);
  const plan = React.useMemo(() => effectivePlan(state.plan, yearKey), [state.plan, yearKey]);

  const notify = React.useCallback(
    (area: NoticeArea, intent: "success" | "error" | "warning" | "info", text: string) => dispatch({ type: "ui/notify", area, intent, text }),
    [],
  );
  const busy = React.useCallback((key: BusyKey, on: boolean) => dispatch({ type: "ui/busy", key, on }), []);

  // Re-check when the user changes level, regulation or school year (not on every render).
  const checkedKey = React.useRef<string>("");
  const planKey = plan ? `${plan.sheet}|${plan.level}|${plan.regulation}|${plan.schoolYear}` : "";
  React.useEffect(() => {
    if (!plan || planKey === checkedKey.current) return;
    checkedKey.current = planKey;
    const { issues, totals } = checkPlan(plan);
    dispatch({ type: "plan/checked", issues, totals });
    if (host.kind !== "file" && plan.sheet === PLAN_SHEET_NAME) void host.highlightIssues(issues);
  }, [planKey]);

  const sourceName = React.useCallback(
    (sheet?: string | null) => {
      const name = isFileOpener(host) ? host.fileName() : null;
      return name ?? sheet ?? t("uiHostExcel", lang);
    },
    [host, lang],
  );

  /** Reads the plan from the host (one sheet, or the whole workbook). */
  const reload = React.useCallback(
    async (sheet?: string | null, keepOverrides = false, fallbackAll = false) => {
      busy("open", true);
      dispatch({ type: "workbook/loading" });
      try {
        const listed = await host.listSheets();
        const sheets = listed.ok ? listed.value.names : [];
        const want = sheet ?? undefined;
        const overrides = keepOverrides ? stateRef.current.plan.overrides : {};
        const levelOption = overrides.level ? { level: overrides.level } : {};
        const read = await host.readWorkbook(want);
        if (!read.ok) {
          dispatch({ type: "workbook/failed", error: read.error });
          return;
        }
        let result = readPlan(read.value, { ...(want ? { sheet: want } : {}), ...levelOption });
        if (!result.ok && want !== undefined && fallbackAll) {
          // The active sheet holds no plan: look in the whole workbook.
          const all = await host.readWorkbook();
          if (all.ok) result = readPlan(all.value, levelOption);
        }
        if (!result.ok) {
          dispatch({ type: "workbook/opened", fileName: isFileOpener(host) ? host.fileName() : null, sheets });
          dispatch({ type: "plan/cleared" });
          dispatch({ type: "info/cleared" });
          dispatch({ type: "workbook/failed", error: readErrorSentence(result.error.code, sourceName(want), want, result.error.sheets, lang) });
          return;
        }
        const read0 = result.plan;
        const draftYear = keepOverrides ? schoolYearKey(stateRef.current.info.draft?.schoolYear) : null;
        const eff = effectivePlan({ read: read0, overrides }, draftYear) ?? read0;
        const { issues, totals } = checkPlan(eff);
        checkedKey.current = `${eff.sheet}|${eff.level}|${eff.regulation}|${eff.schoolYear}`;
        dispatch({ type: "workbook/opened", fileName: isFileOpener(host) ? host.fileName() : null, sheets });
        dispatch({ type: "workbook/sheet", sheet: read0.sheet });
        dispatch({ type: "plan/loaded", plan: read0, issues, totals, keepOverrides });
        if (!keepOverrides || !stateRef.current.info.draft) {
          const saved = await host.loadInfo();
          dispatch({ type: "info/loaded", info: mergeInfo(defaultInfo(eff), saved.ok ? saved.value : null) });
          if (!saved.ok) notify("info", "warning", saved.error);
        }
        dispatch({ type: "workbook/ready" });
        if (host.kind !== "file" && eff.sheet === PLAN_SHEET_NAME) {
          const marked = await host.highlightIssues(issues);
          if (!marked.ok) notify("check", "warning", marked.error);
        }
      } catch (e) {
        dispatch({ type: "workbook/failed", error: t("uiUnexpected", detail(e), lang) });
      } finally {
        busy("open", false);
      }
    },
    [host, lang, busy, notify, sourceName],
  );

  const openFile = React.useCallback(
    async (name: string, bytes: Uint8Array) => {
      if (!isFileOpener(host)) return;
      dispatch({ type: "ui/clearNotices" });
      dispatch({ type: "workbook/loading", fileName: name });
      busy("open", true);
      let opened;
      try {
        opened = await host.open(name, bytes);
      } finally {
        busy("open", false);
      }
      if (!opened.ok) {
        dispatch({ type: "plan/cleared" });
        dispatch({ type: "info/cleared" });
        dispatch({ type: "workbook/opened", fileName: name, sheets: [] });
        dispatch({ type: "workbook/failed", error: opened.error });
        return;
      }
      await reload(undefined, false);
    },
    [host, busy, reload],
  );

  const openSample = React.useCallback(
    async (url: string) => {
      try {
        const res = await fetch(url);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const bytes = new Uint8Array(await res.arrayBuffer());
        const name = decodeURIComponent(url.split("/").pop() || "ke-hoach-mau.xlsx");
        await openFile(name, bytes);
      } catch (e) {
        dispatch({ type: "workbook/failed", error: t("uiSampleFailed", detail(e), lang) });
      }
    },
    [openFile, lang],
  );

  // Live re-validation of edited plan-sheet rows (Excel host).
  React.useEffect(() => {
    return host.onPlanSheetChanged((rows) => {
      void (async () => {
        const current = stateRef.current;
        if (!current.plan.read || current.plan.read.sheet !== PLAN_SHEET_NAME || rows.length === 0) return;
        busy("recheck", true);
        try {
          const read = await host.readWorkbook(PLAN_SHEET_NAME);
          if (!read.ok) return notify("check", "error", read.error);
          const overrides = current.plan.overrides;
          const result = readPlan(read.value, { sheet: PLAN_SHEET_NAME, ...(overrides.level ? { level: overrides.level } : {}) });
          if (!result.ok) {
            return notify("check", "error", readErrorSentence(result.error.code, PLAN_SHEET_NAME, PLAN_SHEET_NAME, result.error.sheets, lang));
          }
          const eff = effectivePlan({ read: result.plan, overrides }, schoolYearKey(current.info.draft?.schoolYear)) ?? result.plan;
          const issues = validateRows(eff, rows);
          const totals = computeTotals(eff);
          checkedKey.current = `${eff.sheet}|${eff.level}|${eff.regulation}|${eff.schoolYear}`;
          dispatch({ type: "plan/rowsChecked", plan: result.plan, rows, issues, totals });
          const all = stateRef.current.plan.issues;
          await host.highlightIssues(all);
        } catch (e) {
          notify("check", "error", t("uiUnexpected", detail(e), lang));
        } finally {
          busy("recheck", false);
        }
      })();
    });
  }, [host, lang, busy, notify]);

  const chooseSheet = React.useCallback(async (sheet: string) => reload(sheet, true), [reload]);

  const setLevel = React.useCallback((level: SchoolLevel | null) => dispatch({ type: "plan/override", level }), []);
  const setRegulation = React.useCallback((regulation: RegulationId | null) => dispatch({ type: "plan/override", regulation }), []);
  const editInfo = React.useCallback((patch: Partial<DocumentInfo>) => dispatch({ type: "info/edit", patch }), []);

  const saveInfo = React.useCallback(async () => {
    const draft = stateRef.current.info.draft;
    if (!draft) return;
    busy("saveInfo", true);
    try {
      const r = await host.saveInfo(draft);
      if (!r.ok) return notify("info", "error", r.error);
      dispatch({ type: "info/saved" });
      notify("info", "success", t(host.kind === "excel" ? "uiInfoSavedExcel" : "uiInfoSavedFile", lang));
    } finally {
      busy("saveInfo", false);
    }
  }, [host, lang, busy, notify]);

  const planSheetExists = React.useCallback(async () => {
    const r = await host.hasPlanSheet();
    if (!r.ok) {
      notify("table", "error", r.error);
      return null;
    }
    return r.value;
  }, [host, notify]);

  const writePlanTable = React.useCallback(async () => {
    const s = stateRef.current;
    const eff = effectivePlan(s.plan, schoolYearKey(s.info.draft?.schoolYear));
    const totals = s.plan.totals;
    if (!eff || !totals) return notify("table", "error", t("uiNeedPlan", lang));
    busy("convert", true);
    try {
      if (host.kind === "file" && s.info.draft) await host.saveInfo(s.info.draft);
      const r = await host.writePlanSheet(eff, totals);
      if (!r.ok) return notify("table", "error", r.error);
      if (host.kind === "file") {
        notify("table", "success", t("uiDownloaded", r.value.sheet, lang));
        return;
      }
      notify("table", "success", t("uiConverted", r.value.sheet, r.value.rows, lang));
      // From now on the pane follows the plan sheet; keep the level and regulation chosen.
      dispatch({ type: "plan/override", level: eff.level ?? null });
      if (eff.regulation) dispatch({ type: "plan/override", regulation: eff.regulation });
      await reload(r.value.sheet, true);
    } catch (e) {
      notify("table", "error", t("uiUnexpected", detail(e), lang));
    } finally {
      busy("convert", false);
    }
  }, [host, lang, busy, notify, reload]);

  const selectIssueCell = React.useCallback(
    async (cell: string) => {
      const sheet = stateRef.current.plan.read?.sheet;
      if (!sheet) return;
      const r = await host.selectCell(sheet, cell);
      if (!r.ok) notify("check", "error", t("uiSelectFailed", r.error, lang));
    },
    [host, lang, notify],
  );

  const writeTotalsRow = React.useCallback(async () => {
    busy("totalsRow", true);
    try {
      const r = await host.writeTotalsRow();
      if (!r.ok) return notify("totals", "error", r.error);
      notify("totals", "success", t("uiTotalsWritten", r.value.cell, r.value.formula.startsWith("=") ? r.value.formula : `=${r.value.formula}`, lang));
      // The stated total changed: read the plan sheet again when the pane follows it.
      const sheet = stateRef.current.plan.read?.sheet;
      if (sheet === PLAN_SHEET_NAME) await reload(sheet, true);
    } catch (e) {
      notify("totals", "error", t("uiUnexpected", detail(e), lang));
    } finally {
      busy("totalsRow", false);
    }
  }, [host, lang, busy, notify, reload]);

  const insertCriterion = React.useCallback(
    async (code: string, name: string) => {
      busy("insert", true);
      try {
        const r = await host.insertCriterion(code, criterionLabel(code, name));
        if (!r.ok) return notify("criteria", "error", r.error);
        notify("criteria", "success", t("uiInserted", code, r.value.cell, lang));
      } finally {
        busy("insert", false);
      }
    },
    [host, lang, busy, notify],
  );

  const copyCriterion = React.useCallback(
    async (code: string, name: string) => {
      const text = criterionLabel(code, name);
      try {
        if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
        await navigator.clipboard.writeText(text);
        notify("criteria", "success", t("uiCopied", code, lang));
      } catch {
        notify("criteria", "warning", t("uiCopyFailed", lang));
      }
    },
    [lang, notify],
  );

  const makeWord = React.useCallback(async () => {
    const s = stateRef.current;
    const eff = effectivePlan(s.plan, schoolYearKey(s.info.draft?.schoolYear));
    const totals = s.plan.totals;
    if (!eff || !totals) return notify("word", "error", t("uiNeedPlan", lang));
    busy("word", true);
    dispatch({ type: "ui/clearNotices", area: "word" });
    try {
      const info = s.info.draft ?? defaultInfo(eff);
      const word = await import(/* webpackChunkName: "word" */ "../core/word");
      const bytes = await word.buildPlanDocx({ plan: eff, totals, info });
      const name = wordFileName(eff, info);
      const r = await host.download(bytes, name, DOCX_MIME);
      if (!r.ok) return notify("word", "error", r.error);
      const errors = s.plan.issues.filter((i) => i.severity === "error").length;
      notify("word", errors ? "warning" : "success", [t("uiDownloaded", name, lang), errors ? t("uiWordDraftNote", errors, lang) : ""].filter(Boolean).join(" "));
    } catch (e) {
      notify("word", "error", t("uiWordFailed", detail(e), lang));
    } finally {
      busy("word", false);
    }
  }, [host, lang, busy, notify]);

  const setTab = React.useCallback((tab: TabId) => dispatch({ type: "ui/tab", tab }), []);
  const dismiss = React.useCallback((id: number) => dispatch({ type: "ui/dismiss", id }), []);

  return {
    state,
    host,
    lang,
    plan,
    dispatch,
    setTab,
    openFile,
    openSample,
    reload: (sheet?: string | null, fallbackAll?: boolean) => reload(sheet, false, fallbackAll),
    chooseSheet,
    setLevel,
    setRegulation,
    editInfo,
    saveInfo,
    planSheetExists,
    writePlanTable,
    selectIssueCell,
    writeTotalsRow,
    insertCriterion,
    copyCriterion,
    makeWord,
    dismiss,
  };
}
