/** (6) "Tạo kế hoạch Word": builds the .docx on demand and downloads it, with progress. */
import * as React from "react";
import { Button, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular, DocumentArrowDownRegular } from "@fluentui/react-icons";
import type { Controller } from "../controller";
import { useT } from "../i18n";
import { Notices, useCommonStyles } from "./common";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  button: { width: "100%" },
});

export function WordAction({ ctl }: { ctl: Controller }): React.ReactElement {
  const tr = useT();
  const c = useCommonStyles();
  const s = useStyles();
  const busy = !!ctl.state.ui.busy.word;
  return (
    <section className={s.box} aria-labelledby="word-heading" aria-busy={busy}>
      <h2 id="word-heading" className={c.subheading}>
        {tr("uiWordHeading")}
      </h2>
      <p className={c.help}>{tr("uiMakeWordHelp")}</p>
      <Button className={s.button} appearance="primary" size="large" icon={<DocumentArrowDownRegular />} onClick={() => void ctl.makeWord()} disabled={busy || !ctl.plan}>
        {tr("uiMakeWord")}
      </Button>
      {busy ? <ProgressBar aria-label={tr("uiWordProgress")} thickness="large" /> : null}
      {busy && ctl.state.work.progress?.stage === "word" ? (
        <Button size="small" icon={<DismissRegular />} onClick={() => ctl.cancelWork()}>
          {tr("uiCancelWork")}
        </Button>
      ) : null}
      {busy ? (
        <p className={c.help} role="status">
          {tr("uiWordProgress")}
        </p>
      ) : null}
      <Notices ctl={ctl} area="word" />
      <p className={c.help}>{tr("uiPdfHint")}</p>
    </section>
  );
}
