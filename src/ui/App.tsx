/**
 * The task pane: the same UI over any Host (Excel, a file in a browser, the
 * fake host of tests). Components render the controller's state and call its
 * methods (./controller.ts holds the logic, without React). Fits a 320 px
 * pane; the language is the user's choice, else the host's display language.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Host } from "../host";
import { PaneController, type Controller, type PaneDeps } from "./controller";
import { usePane } from "./use-pane";
import { LangProvider, useT } from "./i18n";
import type { TabId } from "./state";
import { HostBar, SAMPLE_URL } from "./components/HostBar";
import { InfoPanel } from "./components/InfoPanel";
import { TablePanel } from "./components/TablePanel";
import { NextYearAction } from "./components/NextYearAction";
import { CheckPanel, IssueSummary } from "./components/CheckPanel";
import { TotalsPanel } from "./components/TotalsPanel";
import { CriteriaPanel } from "./components/CriteriaPanel";
import { ReviewPanel } from "./components/ReviewPanel";
import { WordAction } from "./components/WordAction";
import { WorkProgress } from "./components/WorkProgress";
import { SummaryPanel } from "./components/SummaryPanel";
import { NewPlanPanel } from "./components/NewPlanPanel";
import { formatAmount } from "../core/words";
import { VERSION } from "./version";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "720px",
    minWidth: 0,
    boxSizing: "border-box",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  summary: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  school: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  tabs: { flexWrap: "wrap" },
  // The tabs stay in view while a long findings list scrolls.
  nav: { position: "sticky", top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground1, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  version: { margin: 0, marginTop: "auto", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  // Five tabs on one line in a 320 px pane.
  tab: {
    paddingLeft: "3px",
    paddingRight: "3px",
    minWidth: 0,
    "& .fui-Tab__content, & .fui-Tab__content--reserved-space": { fontSize: tokens.fontSizeBase200, paddingLeft: "1px", paddingRight: "1px" },
  },
});

const TABS: { id: TabId; label: "uiTabInfo" | "uiTabTable" | "uiTabCheck" | "uiTabTotals" | "uiTabCriteria" | "uiRevModeTab"; form2026?: boolean }[] = [
  { id: "info", label: "uiTabInfo" },
  { id: "table", label: "uiTabTable" },
  { id: "check", label: "uiTabCheck" },
  { id: "totals", label: "uiTabTotals" },
  { id: "criteria", label: "uiTabCriteria" },
  // The review mode writes into tables V and VI of a 2026-form plan only.
  { id: "review", label: "uiRevModeTab", form2026: true },
];

function PlanSummary({ ctl }: { ctl: Controller }): React.ReactElement | null {
  const tr = useT();
  const s = useStyles();
  const plan = ctl.plan;
  const info = ctl.state.info.draft;
  if (!plan) return null;
  const criteria = new Set(plan.rows.map((r) => r.criterion).filter(Boolean)).size;
  const year = plan.schoolYear || info?.schoolYear || "";
  return (
    <div className={s.summary} data-testid="plan-summary">
      <p className={s.school}>{info?.school || plan.info.school || plan.sheet}</p>
      <p className={s.meta}>{tr("uiPlanSummary", plan.rows.length, criteria, year)}</p>
      <p className={s.meta}>{tr("uiPlanSheet", plan.sheet)}</p>
      {ctl.state.plan.totals ? (
        <p className={s.meta}>
          {tr("uiTotalsHeading")}: {tr("uiAmountDong", formatAmount(ctl.state.plan.totals.amount))}
        </p>
      ) : null}
      <IssueSummary ctl={ctl} />
    </div>
  );
}

/** "Đang dùng thông tin đã lưu" with the way back to the sheet's values. */
function SavedInfoNotice({ ctl }: { ctl: Controller }): React.ReactElement | null {
  const tr = useT();
  if (ctl.state.info.source !== "saved") return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="saved-info">
      <MessageBarBody>{tr("uiSavedInfoInUse")}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => ctl.useSheetInfo()}>
          {tr("uiUseSheetInfo")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Asks before unsaved details are dropped by opening another file. */
function DiscardDialog({ ctl }: { ctl: Controller }): React.ReactElement | null {
  const tr = useT();
  const confirm = ctl.state.ui.confirm;
  return (
    <Dialog open={!!confirm} onOpenChange={(_, d) => (!d.open ? void ctl.resolvePendingOpen("cancel") : undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{tr("uiDiscardTitle")}</DialogTitle>
          <DialogContent>{confirm ? tr("uiDiscardBody", confirm.fileName) : null}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void ctl.resolvePendingOpen("save")}>
              {tr("uiDiscardSave")}
            </Button>
            <Button onClick={() => void ctl.resolvePendingOpen("discard")}>{tr("uiDiscardDrop")}</Button>
            <Button appearance="subtle" onClick={() => void ctl.resolvePendingOpen("cancel")}>
              {tr("uiCancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function Pane({ ctl, sampleUrl }: { ctl: Controller; sampleUrl: string }): React.ReactElement {
  const tr = useT();
  const s = useStyles();
  const { workbook, ui } = ctl.state;
  const loading = workbook.status === "loading";
  return (
    <div className={s.root} lang={ui.lang}>
      <HostBar ctl={ctl} sampleUrl={sampleUrl} />
      {loading && !ctl.state.work.progress ? <Spinner size="small" label={tr("uiLoading")} /> : null}
      <WorkProgress ctl={ctl} />
      {workbook.error ? (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="load-error">
          <MessageBarBody>{workbook.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Notices ctl={ctl} />
      {!ctl.plan && !ctl.can.openFiles && (workbook.status === "ready" || workbook.status === "error") ? (
        <Button appearance="secondary" onClick={() => void ctl.start()} data-testid="read-again">
          {tr("uiReadAgain")}
        </Button>
      ) : null}
      <DiscardDialog ctl={ctl} />
      {ctl.state.work.summary && !ctl.state.work.summaryShown ? (
        <Button appearance="secondary" size="small" onClick={() => ctl.showSummary(true)} data-testid="summary-back">
          {tr("uiSummaryBack")}
        </Button>
      ) : null}
      {ctl.state.work.summaryShown ? <SummaryPanel ctl={ctl} /> : null}
      {ctl.plan && !ctl.state.work.summaryShown ? (
        <>
          <PlanSummary ctl={ctl} />
          <SavedInfoNotice ctl={ctl} />
          <WordAction ctl={ctl} />
          <nav className={s.nav} aria-label={tr("uiSectionsNav")}>
            <TabList className={s.tabs} size="small" selectedValue={ui.tab} onTabSelect={(_, d) => ctl.setTab(d.value as TabId)}>
              {TABS.filter((t) => !t.form2026 || ctl.plan?.form === "2026").map((t) => (
                <Tab key={t.id} className={s.tab} value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`}>
                  {tr(t.label)}
                </Tab>
              ))}
            </TabList>
          </nav>
          <div role="tabpanel" id={`panel-${ui.tab}`} aria-labelledby={`tab-${ui.tab}`}>
            {ui.tab === "info" ? <InfoPanel ctl={ctl} /> : null}
            {ui.tab === "table" ? <TablePanel ctl={ctl} /> : null}
            {ui.tab === "table" ? <NextYearAction ctl={ctl} /> : null}
            {ui.tab === "check" ? <CheckPanel ctl={ctl} /> : null}
            {ui.tab === "totals" ? <TotalsPanel ctl={ctl} /> : null}
            {ui.tab === "criteria" ? <CriteriaPanel ctl={ctl} /> : null}
            {ui.tab === "review" ? <ReviewPanel ctl={ctl} /> : null}
          </div>
        </>
      ) : null}
      <NewPlanPanel ctl={ctl} />
      <p className={s.version} data-testid="version">KH CTCL {VERSION}</p>
    </div>
  );
}

function Notices({ ctl }: { ctl: Controller }) {
  const notices = ctl.state.ui.notices.filter((n) => n.area === "global");
  return (
    <>
      {notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} layout="multiline">
          <MessageBarBody>{n.text}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

export interface AppProps {
  host: Host;
  /** URL of the bundled sample plan (file host). */
  sampleUrl?: string;
  /** Injectable IO of the controller (tests). */
  deps?: PaneDeps;
}

export function App({ host, sampleUrl = SAMPLE_URL, deps }: AppProps): React.ReactElement {
  const [ctl] = React.useState(() => new PaneController(host, deps));
  const state = usePane(ctl);
  return (
    <FluentProvider theme={webLightTheme}>
      <LangProvider value={state.ui.lang}>
        <Pane ctl={ctl} sampleUrl={sampleUrl} />
      </LangProvider>
    </FluentProvider>
  );
}
