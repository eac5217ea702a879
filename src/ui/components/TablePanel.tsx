/** (2) Bảng kế hoạch: the sheet holding the plan; write the plan table (Excel) or download it (file); the plan row by row. */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, TableAddRegular } from "@fluentui/react-icons";
import type { Controller } from "../controller";
import { PLAN_SHEET_NAME } from "../../core/plan-table";
import { useT } from "../i18n";
import { Notices, useCommonStyles } from "./common";
import { PlanGrid } from "./PlanGrid";

export function SheetPicker({ ctl }: { ctl: Controller }): React.ReactElement | null {
  const tr = useT();
  const { sheets, sheet } = ctl.state.workbook;
  if (sheets.length < 2) return null;
  return (
    <Field label={tr("uiSheetPicker")}>
      <Select value={sheet ?? ""} onChange={(_, d) => void ctl.chooseSheet(d.value)} disabled={!!ctl.state.ui.busy.open}>
        {sheet && !sheets.includes(sheet) ? <option value={sheet}>{sheet}</option> : null}
        {sheets.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function TablePanel({ ctl }: { ctl: Controller }): React.ReactElement {
  const tr = useT();
  const c = useCommonStyles();
  const [asking, setAsking] = React.useState(false);
  const busy = !!ctl.state.ui.busy.convert;
  const isFile = !ctl.can.writeSheet;

  const start = async () => {
    if (isFile) return ctl.writePlanTable();
    const exists = await ctl.planSheetExists();
    if (exists === null) return;
    if (exists) setAsking(true);
    else await ctl.writePlanTable();
  };

  return (
    <section className={c.section} aria-labelledby="table-heading">
      <h2 id="table-heading" className={c.heading}>
        {tr("uiTableHeading")}
      </h2>
      <SheetPicker ctl={ctl} />
      <p className={c.help}>
        {ctl.context?.form === "2026" ? tr(isFile ? "uiDownloadTableHelp2026" : "uiConvertHelp2026") : tr(isFile ? "uiDownloadTableHelp" : "uiConvertHelp")}
      </p>
      <div className={c.row}>
        <Button
          appearance="primary"
          icon={busy ? <Spinner size="tiny" /> : isFile ? <ArrowDownloadRegular /> : <TableAddRegular />}
          onClick={() => void start()}
          disabled={busy || !ctl.plan}
        >
          {tr(isFile ? "uiDownloadTable" : "uiConvert")}
        </Button>
      </div>
      <Notices ctl={ctl} area="table" />
      <Dialog open={asking} onOpenChange={(_, d) => setAsking(d.open)} modalType="alert">
        <DialogSurface aria-describedby="replace-body">
          <DialogBody>
            <DialogTitle>{tr("uiReplaceTitle")}</DialogTitle>
            <DialogContent id="replace-body">{tr("uiReplaceBody", PLAN_SHEET_NAME)}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setAsking(false);
                  void ctl.writePlanTable();
                }}
              >
                {tr("uiReplaceConfirm")}
              </Button>
              <Button appearance="secondary" onClick={() => setAsking(false)}>
                {tr("uiCancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <PlanGrid ctl={ctl} />
    </section>
  );
}
