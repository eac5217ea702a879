/**
 * The pane's state holder, plain TypeScript: the reduced state, its
 * subscribers, and what is derived from it (the plan with the user's
 * overrides, its context, stale sections). ./controller.ts adds the flows that
 * read the host; ./sheet-actions.ts the actions that write or hand out files.
 */
import type { Analyser, Host } from "../host";
import { analyseOnPage, isCancelled } from "../core/analysis";
import { errorDetail } from "../core/errors";
import type { Plan } from "../core/plan";
import { staleSections, type SectionKey } from "../core/word/defaults";
import { contextOf, withOverrides, type ContextOverrides, type PlanContext } from "../core/context";
import { t, type Lang } from "../core/strings";
import { langFromTag } from "../core/lang";
import { appReducer, initialState, type AppAction, type AppState, type BusyKey, type NoticeArea } from "./state";

type Intent = "success" | "error" | "warning" | "info";

export interface PaneDeps {
  /** Fetches the bundled sample plan (default: the page's fetch). */
  fetchBytes?: (url: string) => Promise<Uint8Array>;
  /** Writes text to the clipboard (default: navigator.clipboard). */
  writeClipboard?: (text: string) => Promise<void>;
  /** Loads the Word generator (default: a separate chunk). */
  loadWord?: () => Promise<typeof import("../core/word")>;
  /** Reads and checks a snapshot (default: on the page; the page's entry gives a Web Worker's). */
  analyser?: Analyser;
}

/** The analysis on the page, for hosts and tests without a worker. */
export function pageAnalyser(lang: () => Lang): Analyser {
  return {
    async analyse(snapshot, request, overridesFor, watch) {
      try {
        return { ok: true, value: await analyseOnPage(snapshot, request, overridesFor, watch) };
      } catch (e) {
        if (isCancelled(e)) return { ok: false, error: "", cancelled: true };
        return { ok: false, error: t("uiUnexpected", errorDetail(e), lang()) };
      }
    },
  };
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


export class PaneStore {
  private current: AppState;
  private readonly listeners = new Set<() => void>();
  private effective: { read: Plan | null; overrides: ContextOverrides; plan: Plan | null } = { read: null, overrides: {}, plan: null };
  protected readonly deps: Required<PaneDeps>;

  constructor(
    readonly host: Host,
    deps: PaneDeps = {},
  ) {
    this.deps = {
      fetchBytes: deps.fetchBytes ?? defaultFetch,
      writeClipboard: deps.writeClipboard ?? defaultClipboard,
      loadWord: deps.loadWord ?? (() => import(/* webpackChunkName: "word" */ "../core/word")),
      analyser: deps.analyser ?? pageAnalyser(() => this.lang),
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

  protected notify(area: NoticeArea, intent: Intent, text: string): void {
    this.dispatch({ type: "ui/notify", area, intent, text });
  }

  protected busy(key: BusyKey, on: boolean): void {
    this.dispatch({ type: "ui/busy", key, on });
  }

  protected sourceName(sheet?: string | null): string {
    return this.host.fileName?.() ?? sheet ?? t("uiHostExcel", this.lang);
  }
}

