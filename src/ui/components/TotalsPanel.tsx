/** (4) Tổng kinh phí: total in figures and words, by standard, band and funding source, the stated total reconciled, the progress of a 2026 plan with its review report, the row-by-row audit. */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { CalculatorRegular } from "@fluentui/react-icons";
import { formatAmount } from "../../core/words";
import { orderedEntries } from "../../core/totals";
import type { Controller } from "../controller";
import { useT } from "../i18n";
import { Notices, useCommonStyles } from "./common";
import { BudgetAudit } from "./BudgetAudit";
import { ProgressPanel } from "./ProgressPanel";

const useStyles = makeStyles({
  total: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightBold,
    color: tokens.colorBrandForeground1,
  },
  words: { margin: 0, fontStyle: "italic" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase300 },
  th: { textAlign: "left", fontWeight: tokens.fontWeightRegular, padding: `${tokens.spacingVerticalXXS} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  td: { textAlign: "right", whiteSpace: "nowrap", padding: `${tokens.spacingVerticalXXS} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  cells: { margin: 0, overflowWrap: "anywhere" },
});

/** A captioned two-column table: label, amount in đồng (dot thousands). Nothing when empty. */
function AmountTable({ caption, rows }: { caption: string; rows: [string, number][] }): React.ReactElement | null {
  const tr = useT();
  const c = useCommonStyles();
  const s = useStyles();
  if (!rows.length) return null;
  return (
    <table className={s.table}>
      <caption className={c.subheading} style={{ textAlign: "left" }}>
        {caption}
      </caption>
      <tbody>
        {rows.map(([label, amount]) => (
          <tr key={label}>
            <th scope="row" className={s.th}>
              {label}
            </th>
            <td className={s.td}>{tr("uiAmountDong", formatAmount(amount))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TotalsPanel({ ctl }: { ctl: Controller }): React.ReactElement | null {
  const tr = useT();
  const c = useCommonStyles();
  const s = useStyles();
  const totals = ctl.state.plan.totals;
  if (!totals) return null;
  const stated = totals.stated;
  // The one reconciliation of the totals (core/totals), the same the check and the CLI use.
  const rec = totals.reconciliation;
  const standards = orderedEntries(totals.byStandard);
  const bands = orderedEntries(totals.byBand);
  const busy = !!ctl.state.ui.busy.totalsRow;

  return (
    <section className={c.section} aria-labelledby="totals-heading">
      <h2 id="totals-heading" className={c.heading}>
        {tr("uiTotalsHeading")}
      </h2>
      <p className={s.total} data-testid="total-amount">
        {tr("uiAmountDong", formatAmount(totals.amount))}
      </p>
      <p className={s.words} data-testid="total-words">
        {tr("reportInWords")}: {totals.words}
      </p>
      {stated ? (
        !rec || rec.matches ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{tr("uiStatedMatch", stated.cell, formatAmount(stated.amount))}</MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {tr("uiStatedMismatch", stated.cell, formatAmount(stated.amount), formatAmount(totals.amount), formatAmount(Math.abs(rec.difference)))}
            </MessageBarBody>
          </MessageBar>
        )
      ) : (
        <p className={c.help}>{tr("uiStatedNone")}</p>
      )}
      <AmountTable caption={tr("uiByStandard")} rows={standards.map(([k, v]) => [tr("reportByStandard", k), v])} />
      <AmountTable caption={tr("uiByBand")} rows={bands.map(([k, v]) => [tr("reportBand", k), v])} />
      <AmountTable caption={tr("uiBySource")} rows={Object.entries(totals.bySource ?? {}).filter(([, v]) => v > 0).map(([k, v]) => [tr("fundingGroup", k), v])} />
      {totals.uncounted.length ? <p className={s.cells}>{tr("reportUncounted", totals.uncounted.join(", "))}</p> : null}
      {ctl.can.writeSheet ? (
        <>
          <p className={c.help}>{tr("uiWriteTotalsHelp")}</p>
          <div className={c.row}>
            <Button icon={busy ? <Spinner size="tiny" /> : <CalculatorRegular />} onClick={() => void ctl.writeTotalsRow()} disabled={busy}>
              {tr("uiWriteTotals")}
            </Button>
          </div>
        </>
      ) : null}
      <ProgressPanel ctl={ctl} />
      <Notices ctl={ctl} area="totals" />
      <BudgetAudit ctl={ctl} />
    </section>
  );
}
