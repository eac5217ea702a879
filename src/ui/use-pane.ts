/** The React side of the pane controller: one subscription, re-rendering on every state change. */
import * as React from "react";
import type { PaneController } from "./controller";
import type { AppState } from "./state";

export function usePane(ctl: PaneController): AppState {
  const state = React.useSyncExternalStore(ctl.subscribe, ctl.getState, ctl.getState);
  React.useEffect(() => {
    void ctl.start();
    return () => ctl.dispose();
  }, [ctl]);
  return state;
}
