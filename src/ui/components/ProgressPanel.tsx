/**
 * How far a 2026-form plan got (tab Tổng kinh phí): the rows by status, a bar
 * per standard, and the "Báo cáo sơ kết / tổng kết" action with its period.
 * Nothing on a 2018-form plan (no status column). The data comes from
 * ../review-report.ts; the action is the controller's makeReviewReport.
 */
import * as React from "react";
import { Button, Radio, RadioGroup, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentArrowDownRegular } from "@fluentui/react-icons";
import type { Controller } from "../controller";
import { useT } from "../i18n";
import { useCommonStyles } from "./common";
import { periodOfDate, type ReviewPeriod } from "../../core/progress";
import { COUNT_KINDS, progressView, type CountKind } from "../review-report";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
  key: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  swatch: { width: "10px", height: "10px", borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
  bars: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: "none" },
  label: { display: "flex", justifyContent: "space-between", fontSize: tokens.fontSizeBase200 },
  bar: { display: "flex", height: "10px", borderRadius: tokens.borderRadiusMedium, overflow: "hidden", backgroundColor: tokens.colorNeutralBackground4 },
  done: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  inProgress: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  notDone: { backgroundColor: tokens.colorPaletteRedBackground3 },
  unset: { backgroundColor: tokens.colorNeutralStroke1 },
  button: { width: "100%" },
});

const KIND_LABEL = { done: "uiProgressDone", inProgress: "uiProgressInProgress", notDone: "uiProgressNotDone", unset: "uiProgressUnset" } as const;

export function ProgressPanel({ ctl }: { ctl: Controller }): React.ReactElement | null {
  const tr = useT();
  const c = useCommonStyles();
  const s = useStyles();
  const [period, setPeriod] = React.useState<ReviewPeriod>(() => periodOfDate(new Date()));
  const view = React.useMemo(() => progressView(ctl.plan), [ctl.plan]);
  if (!view) return null;
  const busy = !!ctl.state.ui.busy.word;
  const { all } = view;
  const colour = (k: CountKind) => s[k];

  return (
    <section className={s.box} aria-labelledby="progress-heading" data-testid="progress">
      <h3 id="progress-heading" className={c.subheading}>
        {tr("uiProgressHeading")}
      </h3>
      <p className={c.help} data-testid="progress-summary">
        {tr("reportProgress", all.total, all.done, all.inProgress, all.notDone, all.unset)}
      </p>
      <ul className={s.legend}>
        {COUNT_KINDS.map((k) => (
          <li key={k} className={s.key}>
            <span className={`${s.swatch} ${colour(k)}`} aria-hidden="true" />
            {tr(KIND_LABEL[k])}: {all[k]}
          </li>
        ))}
      </ul>
      <ul className={s.bars}>
        {view.bars.map((b) => {
          const label = tr("uiProgressStandard", b.standard);
          return (
            <li key={b.standard || "none"}>
              <div className={s.label}>
                <span>{label}</span>
                <span>
                  {b.counts.done}/{b.counts.total}
                </span>
              </div>
              <div className={s.bar} role="img" aria-label={tr("uiProgressBar", label, b.counts.done, b.counts.inProgress, b.counts.notDone, b.counts.unset)}>
                {b.segments
                  .filter((g) => g.count > 0)
                  .map((g) => (
                    <span key={g.kind} className={colour(g.kind)} style={{ width: `${g.share}%` }} />
                  ))}
              </div>
            </li>
          );
        })}
      </ul>
      <h3 className={c.subheading}>{tr("uiReviewHeading")}</h3>
      <p className={c.help}>{tr("uiReviewHelp")}</p>
      <RadioGroup aria-label={tr("uiReviewPeriod")} value={period} onChange={(_, d) => setPeriod(d.value as ReviewPeriod)} layout="horizontal">
        <Radio value="hk1" label={tr("uiReviewPeriodHk1")} />
        <Radio value="cuoi-nam" label={tr("uiReviewPeriodYear")} />
      </RadioGroup>
      <Button
        className={s.button}
        appearance="secondary"
        icon={busy ? <Spinner size="tiny" /> : <DocumentArrowDownRegular />}
        onClick={() => void ctl.makeReviewReport(period)}
        disabled={busy}
      >
        {tr("uiReviewMake")}
      </Button>
    </section>
  );
}
