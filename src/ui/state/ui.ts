/** UI slice: the language, the open section, the findings filter, a pending question, running actions and the messages shown. */
import type { Lang } from "../../core/strings";
import { NO_FILTER, type FindingFilter } from "../findings";
export type TabId = "info" | "table" | "check" | "totals" | "criteria" | "review";

export type BusyKey = "open" | "convert" | "word" | "totalsRow" | "saveInfo" | "insert" | "recheck" | "review";

export type NoticeArea = "global" | "info" | "table" | "check" | "totals" | "criteria" | "word" | "review";

export interface Notice {
  id: number;
  area: NoticeArea;
  intent: "success" | "error" | "warning" | "info";
  text: string;
}

/** A question the pane asks before going on. */
export type Confirm = { kind: "discard-info"; fileName: string };

export interface UiState {
  /** The pane's language: the user's choice, else the host's display language. */
  lang: Lang;
  tab: TabId;
  findingFilter: FindingFilter;
  /** The sheet row the plan grid (tab Bảng) is asked to show, in the browser where no cell can be selected. */
  focusRow: number | null;
  confirm: Confirm | null;
  busy: Partial<Record<BusyKey, boolean>>;
  notices: Notice[];
}

export type UiAction =
  | { type: "ui/lang"; lang: Lang }
  | { type: "ui/confirm"; confirm: Confirm | null }
  | { type: "ui/filter"; filter: FindingFilter }
  | { type: "ui/focusRow"; row: number | null }
  | { type: "ui/tab"; tab: TabId }
  | { type: "ui/busy"; key: BusyKey; on: boolean }
  | { type: "ui/notify"; area: NoticeArea; intent: Notice["intent"]; text: string }
  | { type: "ui/dismiss"; id: number }
  | { type: "ui/clearNotices"; area?: NoticeArea };

export const initialUi: UiState = { lang: "vi", tab: "check", findingFilter: NO_FILTER, focusRow: null, confirm: null, busy: {}, notices: [] };

let nextId = 1;

export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case "ui/lang":
      return { ...state, lang: action.lang };
    case "ui/confirm":
      return { ...state, confirm: action.confirm };
    case "ui/filter":
      return { ...state, findingFilter: action.filter };
    case "ui/focusRow":
      return { ...state, focusRow: action.row };
    case "ui/tab":
      return { ...state, tab: action.tab };
    case "ui/busy":
      return { ...state, busy: { ...state.busy, [action.key]: action.on } };
    case "ui/notify": {
      // One message per area: the newest replaces the previous one.
      const notices = state.notices.filter((n) => n.area !== action.area);
      notices.push({ id: nextId++, area: action.area, intent: action.intent, text: action.text });
      return { ...state, notices };
    }
    case "ui/dismiss":
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
    case "ui/clearNotices":
      return { ...state, notices: action.area ? state.notices.filter((n) => n.area !== action.area) : [] };
    default:
      return state;
  }
}
