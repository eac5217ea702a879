/** Workbook slice: which file or workbook the pane works on and which sheet holds the plan. */
export interface WorkbookState {
  status: "empty" | "loading" | "ready" | "error";
  /** Name of the open file (file host), null in Excel. */
  fileName: string | null;
  sheets: string[];
  /** The sheet the plan is read from (null: let the reader find it). */
  sheet: string | null;
  /** Vietnamese sentence of the last failure to open or read. */
  error: string | null;
}

export type WorkbookAction =
  | { type: "workbook/loading"; fileName?: string | null }
  | { type: "workbook/opened"; fileName: string | null; sheets: string[] }
  | { type: "workbook/sheet"; sheet: string | null }
  | { type: "workbook/failed"; error: string }
  | { type: "workbook/ready" };

export const initialWorkbook: WorkbookState = { status: "empty", fileName: null, sheets: [], sheet: null, error: null };

export function workbookReducer(state: WorkbookState, action: WorkbookAction): WorkbookState {
  switch (action.type) {
    case "workbook/loading":
      return { ...state, status: "loading", error: null, ...(action.fileName !== undefined ? { fileName: action.fileName } : {}) };
    case "workbook/opened":
      return { ...state, fileName: action.fileName, sheets: action.sheets, sheet: null, error: null };
    case "workbook/sheet":
      return { ...state, sheet: action.sheet };
    case "workbook/failed":
      return { ...state, status: "error", error: action.error };
    case "workbook/ready":
      return { ...state, status: "ready", error: null };
    default:
      return state;
  }
}
