/** Plan-info slice: the document details being edited and whether they are saved. */
import type { DocumentInfo } from "../../core/word/types";

export interface InfoState {
  draft: DocumentInfo | null;
  dirty: boolean;
}

export type InfoAction =
  | { type: "info/loaded"; info: DocumentInfo }
  | { type: "info/edit"; patch: Partial<DocumentInfo> }
  | { type: "info/saved" }
  | { type: "info/cleared" };

export const initialInfo: InfoState = { draft: null, dirty: false };

export function infoReducer(state: InfoState, action: InfoAction): InfoState {
  switch (action.type) {
    case "info/loaded":
      return { draft: action.info, dirty: false };
    case "info/edit":
      return state.draft ? { draft: { ...state.draft, ...action.patch }, dirty: true } : state;
    case "info/saved":
      return { ...state, dirty: false };
    case "info/cleared":
      return initialInfo;
    default:
      return state;
  }
}

/** "2022 – 2023", "2022-2023" -> "2022-2023" (the plan's form), null when it is not a school year. */
export function schoolYearKey(text: string | null | undefined): string | null {
  const m = /(\d{4})\s*[-–—/]\s*(\d{4})/.exec(text ?? "");
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return null;
  return `${m[1]}-${m[2]}`;
}
