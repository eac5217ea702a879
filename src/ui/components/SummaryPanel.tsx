/**
 * Many schools at once: one card per file (school, year, level, regulation,
 * form, rows, amount, errors, warnings, not counted; or why the file could
 * not be read), the grand total, the amounts by standard and by funding
 * source across schools, and "Tải bảng tổng hợp" (the workbook of
 * `ctcl summary -o`). A school's name opens its plan. Fits a 320 px pane:
 * cards, not an 11-column table.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, DismissRegular } from "@fluentui/react-icons";
import type { Controller } from "../controller";
import { summaryView } from "../many-plans";
import { useT } from "../i18n";
import { useCommonStyles } from "./common";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  bad: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  school: {
    justifyContent: "flex-start",
    textAlign: "left",
    padding: 0,
    minWidth: 0,
    height: "auto",
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  line: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  amountRow: { display: "flex", justifyContent: "space-between", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  amount: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  total: { backgroundColor: tokens.colorNeutralBackground2 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: `${tokens.spacingVerticalXXS} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, verticalAlign: "top" },
  caption: { textAlign: "left", paddingBottom: tokens.spacingVerticalXS },
  num: { textAlign: "right", whiteSpace: "nowrap", paddingLeft: tokens.spacingHorizontalS, fontVariantNumeric: "tabular-nums" },
});

export function SummaryPanel({ ctl }: { ctl: Controller }): React.ReactElement | null {
  const tr = useT();
  const s = useStyles();
  const c = useCommonStyles();
  const { summary, stopped } = ctl.state.work;
  const lang = ctl.lang;
  const view = React.useMemo(() => (summary ? summaryView(summary, lang) : null), [summary, lang]);
  if (!view) return null;
  const busy = !!ctl.state.ui.busy.open;
  return (
    <section className={c.section} data-testid="summary" aria-labelledby="summary-heading">
      <h2 className={c.heading} id="summary-heading">
        {view.heading}
      </h2>
      {stopped ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{tr("uiSummaryStopped", stopped.done, stopped.count)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={c.row}>
        <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => void ctl.downloadSummary()} disabled={busy}>
          {tr("uiSummaryDownload")}
        </Button>
        <Button appearance="subtle" icon={<DismissRegular />} onClick={() => ctl.closeSummary()} disabled={busy}>
          {tr("uiSummaryClose")}
        </Button>
      </div>
      <p className={c.help}>{tr("uiSummaryHelp")}</p>
      <ul className={s.list} data-testid="summary-schools">
        {view.schools.map((v) => (
          <li key={v.index} className={mergeClasses(s.card, v.error ? s.bad : undefined)} data-testid="summary-school">
            {v.school !== null ? (
              <Button appearance="transparent" className={s.school} onClick={() => void ctl.openSchool(v.index)} disabled={busy}>
                {v.school}
              </Button>
            ) : (
              <strong>{tr("summaryUnreadable")}</strong>
            )}
            <p className={s.line}>{v.file}</p>
            {v.meta ? <p className={s.line}>{v.meta}</p> : null}
            {v.error ? (
              <p className={s.error} role="note">
                {v.error}
              </p>
            ) : (
              <div className={s.amountRow}>
                <span className={s.line}>{v.counts}</span>
                <span className={s.amount}>{v.amount}</span>
              </div>
            )}
          </li>
        ))}
        <li className={mergeClasses(s.card, s.total)} data-testid="summary-total">
          <strong>{view.totalLabel}</strong>
          <p className={s.line}>{view.totalCounts}</p>
          <div className={s.amountRow}>
            <span className={s.line}>{tr("uiSummaryTotals")}</span>
            <span className={s.amount} data-testid="summary-total-amount">
              {view.totalAmount}
            </span>
          </div>
        </li>
      </ul>
      {view.byStandard.map((group) => (
        <AmountTable key={group.caption} caption={group.caption} rows={group.rows} testId="summary-by-standard" />
      ))}
      <AmountTable caption={tr("summaryBySource")} rows={view.bySource} testId="summary-by-source" />
    </section>
  );
}

/** A captioned two-column table of labelled amounts (by standard of one form, by funding source). */
function AmountTable({ caption, rows, testId }: { caption: string; rows: readonly { label: string; amount: string }[]; testId: string }): React.ReactElement {
  const c = useCommonStyles();
  const s = useStyles();
  return (
    <table className={s.table} data-testid={testId}>
      <caption className={mergeClasses(c.subheading, s.caption)}>{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <td className={s.cell}>{r.label}</td>
            <td className={mergeClasses(s.cell, s.num)}>{r.amount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
