/**
 * (3) Kiểm tra: the findings, filtered by severity and kind, identical ones
 * grouped with all their cells; only the groups on screen are drawn (a window
 * virtualizer), so a 5,000-row plan stays light. In Excel a cell selects it.
 */
import * as React from "react";
import { Badge, Button, Select, ToggleButton, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular, ErrorCircleRegular, InfoRegular, WarningRegular } from "@fluentui/react-icons";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import type { Severity } from "../../core/plan";
import { PLAN_SHEET_NAME } from "../../core/plan-table";
import { formatAmount } from "../../core/words";
import type { Controller } from "../controller";
import { issueCounts } from "../state";
import { FINDING_KINDS, filterFindings, groupFindings, kindCounts, type FindingGroup, type FindingKind } from "../findings";
import { useLang, useT } from "../i18n";
import { Notices, SEVERITY_BADGE, useCommonStyles } from "./common";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  groupHeading: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  item: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    width: "100%",
    boxSizing: "border-box",
    justifyContent: "flex-start",
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
  },
  cell: { flexShrink: 0, marginTop: "2px" },
  text: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0, overflowWrap: "anywhere" },
  fix: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  ok: { color: tokens.colorPaletteGreenForeground1, display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  filters: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS, alignItems: "center" },
  cells: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXS, paddingTop: tokens.spacingVerticalXXS },
  slot: { paddingBottom: tokens.spacingVerticalXS, boxSizing: "border-box" },
  badgeButton: { cursor: "pointer", border: "none", background: "none", padding: 0 },
});

/** Cells listed at most in an opened group. */
const CELLS_SHOWN = 200;

const ORDER: Severity[] = ["error", "warning", "info"];
const LABEL = { error: "uiSevError", warning: "uiSevWarning", info: "uiSevInfo" } as const;

function SeverityIcon({ severity, className }: { severity: Severity; className?: string }) {
  if (severity === "error") return <ErrorCircleRegular aria-hidden="true" className={className} />;
  if (severity === "warning") return <WarningRegular aria-hidden="true" className={className} />;
  return <InfoRegular aria-hidden="true" className={className} />;
}

export function IssueSummary({ ctl }: { ctl: Controller }): React.ReactElement {
  const tr = useT();
  const s = useStyles();
  const counts = issueCounts(ctl.state.plan.issues);
  const active = ctl.state.ui.findingFilter.severities;
  const badge = (sev: Severity, label: string, appearance: "filled" | "tint", color: "danger" | "success" | "warning" | "informative") => (
    <button type="button" className={s.badgeButton} aria-pressed={active.length === 1 && active[0] === sev} aria-label={label} onClick={() => ctl.showSeverity(sev)}>
      <Badge appearance={active.length === 1 && active[0] === sev ? "filled" : appearance} color={color}>
        {label}
      </Badge>
    </button>
  );
  return (
    <div style={{ display: "flex", flexWrap: "wrap", gap: 4 }} role="group" aria-label={tr("uiSummaryCounts", counts.error, counts.warning, counts.info)}>
      {badge("error", tr("uiBadgeErrors", counts.error), "filled", counts.error ? "danger" : "success")}
      {badge("warning", tr("uiBadgeWarnings", counts.warning), "tint", "warning")}
      {badge("info", tr("uiBadgeNotes", counts.info), "tint", "informative")}
    </div>
  );
}

function Group({ g, ctl, open, toggle }: { g: FindingGroup; ctl: Controller; open: boolean; toggle: () => void }): React.ReactElement {
  const tr = useT();
  const s = useStyles();
  const clickable = ctl.can.selectCells;
  const cellBadge = (cell: string) =>
    clickable ? (
      <Button key={cell} size="small" appearance="outline" onClick={() => void ctl.selectIssueCell(cell)}>
        {tr("uiCell", cell)}
      </Button>
    ) : (
      <Badge key={cell} appearance="outline" color={SEVERITY_BADGE[g.severity]}>
        {tr("uiCell", cell)}
      </Badge>
    );
  const text = (
    <span className={s.text}>
      <span>{g.message}</span>
      {g.fix ? (
        <span className={s.fix}>
          {tr("reportFix")}: {g.fix}
        </span>
      ) : null}
    </span>
  );
  if (g.cells.length === 1) {
    const head = (
      <>
        <Badge className={s.cell} appearance="outline" color={SEVERITY_BADGE[g.severity]}>
          {tr("uiCell", g.cells[0])}
        </Badge>
        {text}
      </>
    );
    return clickable ? (
      <Button className={s.item} appearance="subtle" onClick={() => void ctl.selectIssueCell(g.cells[0])}>
        {head}
      </Button>
    ) : (
      <div className={s.item}>{head}</div>
    );
  }
  return (
    <div className={s.item} style={{ flexDirection: "column" }}>
      <div style={{ display: "flex", columnGap: 8, alignItems: "flex-start" }}>
        <Badge className={s.cell} appearance="filled" color={SEVERITY_BADGE[g.severity]}>
          {tr("uiGroupCells", formatAmount(g.cells.length))}
        </Badge>
        {text}
      </div>
      <Button size="small" appearance="transparent" aria-expanded={open} onClick={toggle}>
        {tr(open ? "uiHideCells" : "uiShowCells")}
      </Button>
      {open ? (
        <div className={s.cells}>
          {g.cells.slice(0, CELLS_SHOWN).map(cellBadge)}
          {g.cells.length > CELLS_SHOWN ? <span>{tr("uiMoreCells", formatAmount(g.cells.length - CELLS_SHOWN))}</span> : null}
        </div>
      ) : null}
    </div>
  );
}

/** The groups, drawn only where the page is scrolled to. */
function GroupList({ groups, ctl }: { groups: FindingGroup[]; ctl: Controller }): React.ReactElement {
  const s = useStyles();
  const c = useCommonStyles();
  const listRef = React.useRef<HTMLUListElement>(null);
  const [open, setOpen] = React.useState<ReadonlySet<string>>(new Set());
  const virtualizer = useWindowVirtualizer({
    count: groups.length,
    estimateSize: () => 76,
    overscan: 6,
    scrollMargin: listRef.current?.offsetTop ?? 0,
    initialRect: { width: 320, height: 900 },
  });
  const toggle = (key: string) =>
    setOpen((now) => {
      const next = new Set(now);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const items = virtualizer.getVirtualItems();
  return (
    <ul ref={listRef} className={c.list} data-testid="findings" style={{ position: "relative", height: virtualizer.getTotalSize(), display: "block" }}>
      {items.map((v) => {
        const g = groups[v.index];
        return (
          <li
            key={g.key}
            data-index={v.index}
            ref={virtualizer.measureElement}
            className={s.slot}
            style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${v.start - virtualizer.options.scrollMargin}px)` }}
          >
            <Group g={g} ctl={ctl} open={open.has(g.key)} toggle={() => toggle(g.key)} />
          </li>
        );
      })}
    </ul>
  );
}

export function CheckPanel({ ctl }: { ctl: Controller }): React.ReactElement {
  const tr = useT();
  const lang = useLang();
  const c = useCommonStyles();
  const s = useStyles();
  const issues = ctl.state.plan.issues;
  const filter = ctl.state.ui.findingFilter;
  const counts = issueCounts(issues);
  const kinds = React.useMemo(() => kindCounts(issues), [issues]);
  const shown = React.useMemo(() => filterFindings(issues, filter), [issues, filter]);
  const groups = React.useMemo(() => groupFindings(shown, lang), [shown, lang]);
  const live = ctl.can.liveEdits && ctl.state.plan.read?.sheet === PLAN_SHEET_NAME;
  const toggleSeverity = (sev: Severity) => {
    const has = filter.severities.includes(sev);
    ctl.setFindingFilter({ ...filter, severities: has ? filter.severities.filter((x) => x !== sev) : [...filter.severities, sev] });
  };
  const filtered = filter.severities.length > 0 || filter.kind !== null;

  return (
    <section className={c.section} aria-labelledby="check-heading">
      <h2 id="check-heading" className={c.heading}>
        {tr("uiCheckHeading")}
      </h2>
      {ctl.state.ui.busy.recheck ? <Spinner size="tiny" label={tr("uiWorking")} /> : null}
      <Notices ctl={ctl} area="check" />
      {issues.length === 0 ? (
        <p className={s.ok} role="status">
          <CheckmarkCircleRegular aria-hidden="true" /> {tr("reportNoIssues")}
        </p>
      ) : (
        <>
          <p className={c.help}>{ctl.can.selectCells ? tr("uiIssueSelectHint") : tr("uiIssueFileHint")}</p>
          <div className={s.filters} role="group" aria-label={tr("uiSeverityFilter")}>
            {ORDER.map((sev) => (
              <ToggleButton
                key={sev}
                size="small"
                checked={filter.severities.includes(sev)}
                icon={<SeverityIcon severity={sev} className={s[sev]} />}
                onClick={() => toggleSeverity(sev)}
              >
                {tr(LABEL[sev])} ({formatAmount(counts[sev])})
              </ToggleButton>
            ))}
          </div>
          <Select
            className={c.fill}
            aria-label={tr("uiKindFilter")}
            value={filter.kind ?? ""}
            onChange={(_, d) => ctl.setFindingFilter({ ...filter, kind: d.value ? (d.value as FindingKind) : null })}
          >
            <option value="">{tr("uiAllKinds")}</option>
            {FINDING_KINDS.filter((k) => kinds[k] > 0).map((k) => (
              <option key={k} value={k}>
                {tr("uiFindingKind", k)} ({formatAmount(kinds[k])})
              </option>
            ))}
          </Select>
          {filtered ? (
            <div className={s.filters}>
              <span className={c.help} role="status">
                {tr("uiShowingFindings", formatAmount(shown.length), formatAmount(issues.length))}
              </span>
              <Button size="small" appearance="transparent" onClick={() => ctl.setFindingFilter({ severities: [], kind: null })}>
                {tr("uiClearFilter")}
              </Button>
            </div>
          ) : null}
        </>
      )}
      {live ? <p className={c.help}>{tr("uiLiveCheck", PLAN_SHEET_NAME)}</p> : null}
      {groups.length ? <GroupList groups={groups} ctl={ctl} /> : null}
    </section>
  );
}
