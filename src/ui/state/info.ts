/** Plan-info slice: the document details being edited, where they came from, and whether they are saved. */
import type { DocumentInfo } from "../../core/word/types";

export interface InfoState {
  draft: DocumentInfo | null;
  /** "saved": the details saved earlier for this plan are in use; "sheet": read from the sheet. */
  source: "sheet" | "saved";
  dirty: boolean;
}

export type InfoAction =
  | { type: "info/loaded"; info: DocumentInfo; source: InfoState["source"]; dirty?: boolean }
  | { type: "info/edit"; patch: Partial<DocumentInfo> }
  /** The same details regenerated for a new plan context (not a user edit of a field, but a change all the same). */
  | { type: "info/replace"; info: DocumentInfo }
  | { type: "info/saved" }
  | { type: "info/cleared" };

export const initialInfo: InfoState = { draft: null, source: "sheet", dirty: false };

export function infoReducer(state: InfoState, action: InfoAction): InfoState {
  switch (action.type) {
    case "info/loaded":
      return { draft: action.info, source: action.source, dirty: !!action.dirty };
    case "info/edit":
      return state.draft ? { ...state, draft: { ...state.draft, ...action.patch }, dirty: true } : state;
    case "info/replace":
      return state.draft ? { ...state, draft: action.info, dirty: true } : state;
    case "info/saved":
      return { ...state, dirty: false };
    case "info/cleared":
      return initialInfo;
    default:
      return state;
  }
}
