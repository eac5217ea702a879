/** The pane's state: one slice per domain, combined; actions are plain objects. */
import { infoReducer, initialInfo, type InfoAction, type InfoState } from "./info";
import { initialPlan, planReducer, type PlanAction, type PlanState } from "./plan";
import { initialUi, uiReducer, type UiAction, type UiState } from "./ui";
import { initialWorkbook, workbookReducer, type WorkbookAction, type WorkbookState } from "./workbook";

export interface AppState {
  workbook: WorkbookState;
  plan: PlanState;
  info: InfoState;
  ui: UiState;
}

export type AppAction = WorkbookAction | PlanAction | InfoAction | UiAction;

export const initialState: AppState = { workbook: initialWorkbook, plan: initialPlan, info: initialInfo, ui: initialUi };

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
    default:
      return state;
  }
}

export * from "./workbook";
export * from "./plan";
export * from "./info";
export * from "./ui";
