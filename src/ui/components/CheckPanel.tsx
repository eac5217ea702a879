/** (3) Kiểm tra: issues grouped by severity, each naming its cell; in Excel a click selects the cell. */
import * as React from "react";
import { Badge, Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular, ErrorCircleRegular, InfoRegular, WarningRegular } from "@fluentui/react-icons";
import type { Issue, Severity } from "../../core/plan";
import { issueMessage } from "../../core/messages";
import { PLAN_SHEET_NAME } from "../../core/plan-table";
import type { Controller } from "../controller";
import { issueCounts } from "../state";
import { useLang, useT } from "../i18n";
import { Notices, useCommonStyles } from "./common";

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
});

const ORDER: Severity[] = ["error", "warning", "info"];
const LABEL = { error: "uiSevError", warning: "uiSevWarning", info: "uiSevInfo" } as const;
const BADGE = { error: "danger", warning: "warning", info: "informative" } as const;

function SeverityIcon({ severity, className }: { severity: Severity; className?: string }) {
  if (severity === "error") return <ErrorCircleRegular aria-hidden="true" className={className} />;
  if (severity === "warning") return <WarningRegular aria-hidden="true" className={className} />;
  return <InfoRegular aria-hidden="true" className={className} />;
}

export function IssueSummary({ ctl }: { ctl: Controller }): React.ReactElement {
  const tr = useT();
  const counts = issueCounts(ctl.state.plan.issues);
  return (
    <div style={{ display: "flex", flexWrap: "wrap", gap: 4 }} aria-label={tr("uiSummaryCounts", counts.error, counts.warning, counts.info)} role="img">
      <Badge appearance="filled" color={counts.error ? "danger" : "success"} aria-hidden="true">
        {tr("uiBadgeErrors", counts.error)}
      </Badge>
      <Badge appearance="tint" color="warning" aria-hidden="true">
        {tr("uiBadgeWarnings", counts.warning)}
      </Badge>
      <Badge appearance="tint" color="informative" aria-hidden="true">
        {tr("uiBadgeNotes", counts.info)}
      </Badge>
    </div>
  );
}

export function CheckPanel({ ctl }: { ctl: Controller }): React.ReactElement {
  const tr = useT();
  const lang = useLang();
  const c = useCommonStyles();
  const s = useStyles();
  const issues = ctl.state.plan.issues;
  const clickable = ctl.can.selectCells;
  const groups = ORDER.map((sev) => ({ sev, items: issues.filter((i) => i.severity === sev) })).filter((g) => g.items.length);
  const live = ctl.can.liveEdits && ctl.state.plan.read?.sheet === PLAN_SHEET_NAME;

  const body = (i: Issue) => (
    <>
      <Badge className={s.cell} appearance="outline" color={BADGE[i.severity]}>
        {tr("uiCell", i.cell)}
      </Badge>
      <span className={s.text}>
        <span>{issueMessage(i, lang)}</span>
        {i.fix ? (
          <span className={s.fix}>
            {tr("reportFix")}: {i.fix}
          </span>
        ) : null}
      </span>
    </>
  );

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
        <p className={c.help}>{clickable ? tr("uiIssueSelectHint") : tr("uiIssueFileHint")}</p>
      )}
      {live ? <p className={c.help}>{tr("uiLiveCheck", PLAN_SHEET_NAME)}</p> : null}
      {groups.map((g) => (
        <div key={g.sev} className={s.group} role="group" aria-labelledby={`sev-${g.sev}`}>
          <h3 id={`sev-${g.sev}`} className={`${c.subheading} ${s.groupHeading}`}>
            <SeverityIcon severity={g.sev} className={s[g.sev]} />
            {tr(LABEL[g.sev])} ({g.items.length})
          </h3>
          <ul className={c.list}>
            {g.items.map((i, n) => (
              <li key={`${i.cell}-${i.code}-${n}`}>
                {clickable ? (
                  <Button className={s.item} appearance="subtle" onClick={() => void ctl.selectIssueCell(i.cell)}>
                    {body(i)}
                  </Button>
                ) : (
                  <div className={s.item}>{body(i)}</div>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
