/** The pane's state: one slice per domain, combined; actions are plain objects. */
import { infoReducer, initialInfo, type InfoAction, type InfoState } from "./info";
import { initialPlan, planReducer, type PlanAction, type PlanState } from "./plan";
import { initialUi, uiReducer, type UiAction, type UiState } from "./ui";
import { initialWorkbook, workbookReducer, type WorkbookAction, type WorkbookState } from "./workbook";
import { initialWork, workReducer, type WorkAction, type WorkState } from "./work";

export interface AppState {
  workbook: WorkbookState;
  plan: PlanState;
  info: InfoState;
  ui: UiState;
  work: WorkState;
}

export type AppAction = WorkbookAction | PlanAction | InfoAction | UiAction | WorkAction;

export const initialState: AppState = { workbook: initialWorkbook, plan: initialPlan, info: initialInfo, ui: initialUi, work: initialWork };

export function appReducer(state: AppState, action: AppAction): AppState {
  const prefix = action.type.split("/")[0];
  switch (prefix) {
    case "workbook":
      return { ...state, workbook: workbookReducer(state.workbook, action as WorkbookAction) };
    case "plan":
      return { ...state, plan: planReducer(state.plan, action as PlanAction) };
    case "info":
      return { ...state, info: infoReducer(state.info, action as InfoAction) };
    case "ui":
      return { ...state, ui: uiReducer(state.ui, action as UiAction) };
    case "work":
      return { ...state, work: workReducer(state.work, action as WorkAction) };
    default:
      return state;
  }
}

export * from "./workbook";
export * from "./plan";
export * from "./info";
export * from "./ui";
export * from "./work";
