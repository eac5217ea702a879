/**
 * Excel's ribbon command file (commands.html, the manifest's FunctionFile).
 * The Home-tab button "Kế hoạch CTCL" opens the task pane through the
 * manifest's ShowTaskpane action, so no function runs here; the page only has
 * to load office.js and say it is ready. (The yo-office commands.ts is written
 * for Outlook; this one is for Excel.) ExecuteFunction commands added later
 * register here with Office.actions.associate and must call event.completed().
 */

/** Registers the ribbon functions (none yet). Exported for tests. */
export function registerCommands(office: { actions?: { associate?: (name: string, fn: (event: Office.AddinCommands.Event) => void) => void } }): string[] {
  const registered: string[] = [];
  void office;
  return registered;
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    registerCommands(Office as unknown as Parameters<typeof registerCommands>[0]);
  });
}
