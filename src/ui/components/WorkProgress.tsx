/**
 * Long work under way (opening a big file, checking it, many files): the
 * stage ("Đang đọc tệp…", "Đang kiểm tra…"), the file, a bar (filling when the
 * share done is known) and "Hủy", which really stops the work (the worker is
 * ended; what was open stays open). Shown only when the work lasts: quick
 * work does not flash it.
 */
import * as React from "react";
import { Button, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Controller } from "../controller";
import { useT } from "../i18n";

/** How long work runs before its progress shows (ms). */
export const PROGRESS_DELAY_MS = 400;

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  stage: { margin: 0, fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  file: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/** True once `active` has stayed true for `ms`. */
function useShownAfter(active: boolean, ms: number): boolean {
  const [shown, setShown] = React.useState(false);
  React.useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return active && shown;
}

export function WorkProgress({ ctl, delayMs = PROGRESS_DELAY_MS }: { ctl: Controller; delayMs?: number }): React.ReactElement | null {
  const tr = useT();
  const s = useStyles();
  const progress = ctl.state.work.progress;
  const shown = useShownAfter(!!progress, delayMs);
  // The Word plan's progress is drawn by its own section (WordAction), with its Hủy.
  if (!progress || !shown || progress.stage === "word") return null;
  const onFile = progress.file !== null;
  const fileLine =
    progress.file === null ? null : progress.index !== null && progress.count !== null ? tr("uiStageFile", progress.index, progress.count, progress.file) : progress.file;
  return (
    <section className={s.box} data-testid="work-progress" aria-busy="true">
      <div className={s.head}>
        <p className={s.stage} role="status" aria-live="polite">
          {tr("uiStage", progress.stage, onFile)}
        </p>
        <Button size="small" icon={<DismissRegular />} onClick={() => ctl.cancelWork()}>
          {tr("uiCancelWork")}
        </Button>
      </div>
      {fileLine ? <p className={s.file}>{fileLine}</p> : null}
      <ProgressBar thickness="large" value={progress.fraction ?? undefined} max={1} aria-label={tr("uiProgressLabel")} data-testid="work-progress-bar" />
    </section>
  );
}
