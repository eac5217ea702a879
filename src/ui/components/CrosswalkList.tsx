/** The criteria tab's "tiêu chí cũ → tiêu chí mới" for the plan's old regulation (data: core/catalogue/crosswalk-2026.json, view: ../next-year.ts). */
import * as React from "react";
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import type { Controller } from "../controller";
import { crosswalkView } from "../next-year";
import { useT } from "../i18n";
import { useCommonStyles } from "./common";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  pair: { margin: 0, overflowWrap: "anywhere" },
  reason: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function CrosswalkList({ ctl }: { ctl: Controller }): React.ReactElement | null {
  const tr = useT();
  const c = useCommonStyles();
  const s = useStyles();
  const [open, setOpen] = React.useState(false);
  const view = React.useMemo(() => crosswalkView(ctl.context, ctl.lang), [ctl.context, ctl.lang]);
  if (!view) return null;
  const heading = tr("uiCrosswalkHeading", view.from, view.to);
  return (
    <div data-testid="crosswalk">
      {/* Folded by default: the picker above stays the tab's subject. */}
      <Button appearance="subtle" icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />} aria-expanded={open} aria-controls="crosswalk-list" onClick={() => setOpen(!open)}>
        {heading}
      </Button>
      {open ? (
        <div id="crosswalk-list" role="group" aria-label={heading}>
          <p className={c.help} title={view.toTitle}>
            {tr("uiCrosswalkHelp")}
          </p>
          <ul className={c.list}>
            {view.items.map((i) => (
              <li key={i.from} className={s.item}>
                <p className={s.pair}>
                  <strong>{i.from}</strong> {i.fromName} → {i.to ? <strong>{i.to}</strong> : null} {i.to ? i.toName : null}
                  {i.to ? null : (
                    <Badge appearance="filled" color="warning">
                      {tr("uiCrosswalkToChoose")}
                    </Badge>
                  )}{" "}
                  {i.removed ? (
                    <Badge appearance="outline" color="informative">
                      {tr("uiCrosswalkRemoved")}
                    </Badge>
                  ) : null}
                </p>
                <p className={s.reason}>
                  {i.reason}
                  {i.also.length ? ` ${tr("uiCrosswalkAlso", i.also.join(", "))}` : ""}
                </p>
              </li>
            ))}
          </ul>
          <p className={c.help}>{tr("uiCrosswalkLevel4", view.level4)}</p>
        </div>
      ) : null}
    </div>
  );
}
