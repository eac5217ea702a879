/** Small shared pieces: notices of an area, section headings, styles. */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Controller } from "../controller";
import type { NoticeArea } from "../state";
import { useT } from "../i18n";

/** Badge colour of each severity, shared by the findings list and the plan grid. */
export const SEVERITY_BADGE = { error: "danger", warning: "warning", info: "informative" } as const;

export const useCommonStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  help: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  /** Full width without growing past it (native selects with long options). */
  fill: { width: "100%", maxWidth: "100%", minWidth: 0, "& select": { maxWidth: "100%", textOverflow: "ellipsis" } },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export function Notices({ ctl, area }: { ctl: Controller; area: NoticeArea }): React.ReactElement | null {
  const tr = useT();
  const notices = ctl.state.ui.notices.filter((n) => n.area === area);
  if (!notices.length) return null;
  return (
    <>
      {notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} layout="multiline" role={n.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{n.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={tr("uiDismiss")} icon={<DismissRegular />} onClick={() => ctl.dismiss(n.id)} />
            }
          />
        </MessageBar>
      ))}
    </>
  );
}
