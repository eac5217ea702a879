/**
 * "Tạo kế hoạch mới": a button that opens a small form (cấp học, năm học, tên
 * trường, cơ quan chủ quản) and writes a blank Biểu 2 plan through the host.
 * The logic is ../new-plan.ts; in Excel the pane then opens the new sheet.
 */
import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import type { Controller } from "../controller";
import { useLang, useT } from "../i18n";
import { t } from "../../core/strings";
import {
  NEW_PLAN_LEVELS,
  agencyPlaceholder,
  createNewPlan,
  initialNewPlanFields,
  newPlanProblems,
  type NewPlanField,
  type NewPlanFields,
  type NewPlanOutcome,
} from "../new-plan";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  help: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

export function NewPlanPanel({ ctl }: { ctl: Controller }): React.ReactElement {
  const tr = useT();
  const lang = useLang();
  const s = useStyles();
  const [open, setOpen] = React.useState(false);
  const [fields, setFields] = React.useState<NewPlanFields>(() => initialNewPlanFields(null, null));
  const [tried, setTried] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<NewPlanOutcome | null>(null);

  const start = () => {
    setFields(initialNewPlanFields(ctl.plan, ctl.state.info.draft));
    setTried(false);
    setOutcome(null);
    setOpen(true);
  };
  const set = (key: NewPlanField) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const problems = tried ? newPlanProblems(fields, lang) : {};
  const submit = async () => {
    setTried(true);
    if (Object.keys(newPlanProblems(fields, lang)).length) return;
    setBusy(true);
    const r = await createNewPlan(ctl.host, fields, lang);
    setBusy(false);
    setOutcome(r);
    if (r.ok) {
      setOpen(false);
      if (r.sheet) await ctl.reload(r.sheet);
    }
  };

  return (
    <section className={s.box} aria-labelledby="new-plan-heading" data-testid="new-plan">
      <h2 id="new-plan-heading" className={s.heading}>
        {tr("uiNewPlanHeading")}
      </h2>
      {!open ? (
        <Button icon={<DocumentAddRegular />} onClick={start}>
          {tr("uiNewPlanAction")}
        </Button>
      ) : (
        <form
          // The pane's own sentences, not the browser's bubbles.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p className={s.help}>{tr("uiNewPlanHelp")}</p>
          <Field label={tr("uiNewPlanLevel")} required validationMessage={problems.level}>
            <Select value={fields.level} onChange={(_, d) => set("level")(d.value)}>
              <option value="">{tr("uiNewPlanChooseLevel")}</option>
              {NEW_PLAN_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t("levelName", l, lang)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={tr("uiNewPlanYear")} required validationMessage={problems.year}>
            <Input value={fields.year} onChange={(_, d) => set("year")(d.value)} />
          </Field>
          <Field label={tr("uiNewPlanSchool")} validationMessage={problems.school}>
            <Input value={fields.school} placeholder={tr("uiNewPlanSchoolPlaceholder")} onChange={(_, d) => set("school")(d.value)} />
          </Field>
          <Field label={tr("uiNewPlanAgency")}>
            <Input value={fields.agency} placeholder={agencyPlaceholder(fields)} onChange={(_, d) => set("agency")(d.value)} />
          </Field>
          <div className={s.actions}>
            <Button type="submit" appearance="primary" disabled={busy}>
              {tr("uiNewPlanSubmit")}
            </Button>
            <Button appearance="subtle" onClick={() => setOpen(false)} disabled={busy}>
              {tr("uiCancel")}
            </Button>
          </div>
        </form>
      )}
      {busy ? <Spinner size="tiny" label={tr("uiNewPlanBusy")} /> : null}
      {outcome ? (
        <MessageBar intent={outcome.ok ? "success" : "error"} layout="multiline" role={outcome.ok ? "status" : "alert"}>
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
