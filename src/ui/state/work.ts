/**
 * Work slice: long work under way (its stage, the share done when known, the
 * file it is on; the pane shows it with a "Hủy" button), and the summary of
 * many schools' files opened at once.
 */
import type { WorkStage } from "../../core/analysis";
import type { Summary } from "../../core/summary";

export interface Progress {
  stage: WorkStage;
  /** 0..1 when known (many files: files done / files); null draws an indeterminate bar. */
  fraction: number | null;
  /** The file being worked on, when there is one. */
  file: string | null;
  /** 1-based position of that file among `count` (many files). */
  index: number | null;
  count: number | null;
}

export interface WorkState {
  progress: Progress | null;
  /** Many files at once: one line per file, totals across them (core/summary). */
  summary: Summary | null;
  /** The summary is on screen (else a school's plan opened from it, with the way back). */
  summaryShown: boolean;
  /** Stopped by the user after `done` of `count` files: the summary holds only those. */
  stopped: { done: number; count: number } | null;
}

export type WorkAction =
  | { type: "work/progress"; progress: Progress | null }
  | { type: "work/summary"; summary: Summary | null; stopped?: { done: number; count: number } | null }
  | { type: "work/showSummary"; shown: boolean };

export const initialWork: WorkState = { progress: null, summary: null, summaryShown: false, stopped: null };

export function workReducer(state: WorkState, action: WorkAction): WorkState {
  switch (action.type) {
    case "work/progress":
      return { ...state, progress: action.progress };
    case "work/summary":
      return { ...state, summary: action.summary, summaryShown: !!action.summary, stopped: action.stopped ?? null };
    case "work/showSummary":
      return { ...state, summaryShown: action.shown && !!state.summary };
    default:
      return state;
  }
}
