/** "Lập kế hoạch năm học mới": next year's 2026-form draft from this plan (logic in ../next-year.ts), then what was carried, left out and to choose. */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarArrowRightRegular } from "@fluentui/react-icons";
import type { Controller } from "../controller";
import { createNextYearPlan, nextYearOf, type NextYearOutcome } from "../next-year";
import { useT } from "../i18n";
import { useCommonStyles } from "./common";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  button: { width: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  line: { margin: 0, overflowWrap: "anywhere" },
});

export function NextYearAction({ ctl }: { ctl: Controller }): React.ReactElement {
  const tr = useT();
  const c = useCommonStyles();
  const s = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<NextYearOutcome | null>(null);
  const plan = ctl.plan;
  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await createNextYearPlan(ctl.host, ctl.plan, { lang: ctl.lang }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={s.box} aria-labelledby="next-year-heading" aria-busy={busy}>
      <h2 id="next-year-heading" className={c.subheading}>
        {tr("uiNyHeading")}
      </h2>
      <p className={c.help}>{tr("uiNyHelp", nextYearOf(plan))}</p>
      <Button className={s.button} icon={<CalendarArrowRightRegular />} onClick={() => void run()} disabled={busy || !plan}>
        {tr("uiNyButton")}
      </Button>
      {busy ? <ProgressBar aria-label={tr("uiNyProgress")} thickness="large" /> : null}
      {outcome && !outcome.ok ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{outcome.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome && outcome.ok ? (
        <div role="status" data-testid="next-year-summary">
          <MessageBar intent={outcome.summary.toChoose.length ? "warning" : "success"} layout="multiline">
            <MessageBarBody>{outcome.summary.title}</MessageBarBody>
          </MessageBar>
          {outcome.summary.lines.map((l) => (
            <p key={l} className={s.line}>
              {l}
            </p>
          ))}
          {outcome.summary.toChoose.length ? (
            <>
              <h3 className={c.subheading}>{tr("uiNyChooseHead")}</h3>
              <ul className={s.list}>
                {outcome.summary.toChoose.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </>
          ) : null}
          {outcome.summary.leftOut.length ? (
            <>
              <h3 className={c.subheading}>{tr("uiNyLeftHead")}</h3>
              <ul className={s.list}>
                {outcome.summary.leftOut.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p className={c.help}>{outcome.summary.toFill}</p>
        </div>
      ) : null}
    </section>
  );
}
