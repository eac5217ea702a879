/**
 * (4) Kinh phí, the accountant's part: every budget cell with what was counted
 * and why, the funding source, the rows that explain a difference with the
 * sheet's SUM, a filter for the rows not counted, and a copy as a table. In
 * Excel a row selects its cell.
 */
import * as React from "react";
import { Badge, Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { auditRows, auditTsv, differenceRows, reasonText, type AuditRow } from "../../core/audit";
import { formatAmount } from "../../core/words";
import type { Controller } from "../controller";
import { useLang, useT } from "../i18n";
import { useCommonStyles } from "./common";

/** Drawn at most at once; the copy always holds every row. */
const SHOWN = 300;

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxSizing: "border-box",
  },
  text: { margin: 0, overflowWrap: "anywhere", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  amount: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  uncounted: { margin: 0, color: tokens.colorPaletteDarkOrangeForeground1 },
  tools: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

function Row({ r, ctl }: { r: AuditRow; ctl: Controller }): React.ReactElement {
  const tr = useT();
  const lang = useLang();
  const s = useStyles();
  const body = (
    <>
      <Badge appearance="outline" color={r.amount === null ? "warning" : "informative"}>
        {r.cell || "—"}
      </Badge>
      <div>
        {r.criterion ? <strong>{r.criterion} </strong> : null}
        <p className={s.text}>{r.text || "—"}</p>
        {r.amount !== null ? (
          <p className={s.amount}>
            {tr("uiAmountDong", formatAmount(r.amount))}
            {r.sources.length ? ` · ${r.sources.map((x) => tr("fundingGroup", x.group) + (r.sources.length > 1 ? ` ${formatAmount(x.amount)}` : "")).join("; ")}` : ""}
          </p>
        ) : (
          <p className={s.uncounted}>{reasonText(r.reason, lang)}</p>
        )}
        {r.sum === "skipped-text" ? <p className={s.uncounted}>{tr("uiSumSkipsText")}</p> : null}
        {r.sum === "outside" ? <p className={s.uncounted}>{tr("uiSumOutside")}</p> : null}
      </div>
    </>
  );
  // In Excel a row selects its cell; in the browser it shows the row in the plan grid.
  const go = ctl.can.selectCells ? (r.cell ? () => void ctl.selectIssueCell(r.cell) : null) : () => ctl.showRow(r.row);
  if (!go) return <li className={s.item}>{body}</li>;
  return (
    <li>
      <Button className={s.item} appearance="subtle" onClick={go}>
        {body}
      </Button>
    </li>
  );
}

export function BudgetAudit({ ctl }: { ctl: Controller }): React.ReactElement | null {
  const tr = useT();
  const lang = useLang();
  const c = useCommonStyles();
  const s = useStyles();
  const [onlyUncounted, setOnlyUncounted] = React.useState(false);
  const plan = ctl.plan;
  const totals = ctl.state.plan.totals;
  const rows = React.useMemo(() => (plan && totals ? auditRows(plan, totals) : []), [plan, totals]);
  if (!plan || !totals) return null;
  const shown = onlyUncounted ? rows.filter((r) => r.amount === null) : rows;
  const diff = totals.reconciliation && !totals.reconciliation.matches ? differenceRows(rows) : [];
  return (
    <section aria-labelledby="audit-heading" className={c.section}>
      {diff.length ? (
        <div data-testid="difference-rows">
          <p className={c.help}>{tr("uiDifferenceRows")}</p>
          <ul className={c.list}>
            {diff.map((r) => (
              <Row key={`d${r.row}`} r={r} ctl={ctl} />
            ))}
          </ul>
        </div>
      ) : null}
      <h3 id="audit-heading" className={c.subheading}>
        {tr("uiAuditHeading")}
      </h3>
      <p className={c.help}>{tr("uiAuditHelp")}</p>
      <div className={s.tools}>
        <Checkbox checked={onlyUncounted} onChange={(_, d) => setOnlyUncounted(!!d.checked)} label={tr("uiAuditOnlyUncounted")} />
        <Button size="small" icon={<CopyRegular />} onClick={() => void ctl.copyText(auditTsv(shown, lang), shown.length)}>
          {tr("uiAuditCopy")}
        </Button>
      </div>
      {shown.length ? (
        <ul className={c.list} data-testid="audit-list">
          {shown.slice(0, SHOWN).map((r) => (
            <Row key={r.row} r={r} ctl={ctl} />
          ))}
        </ul>
      ) : (
        <p className={c.help}>{tr("uiAuditEmpty")}</p>
      )}
      {shown.length > SHOWN ? <p className={c.help}>{tr("uiAuditMore", formatAmount(SHOWN), formatAmount(shown.length))}</p> : null}
    </section>
  );
}
