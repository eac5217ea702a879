/** (1) Thông tin kế hoạch: letterhead, year, level and regulation, signer, recipients, section texts. */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import type { Controller } from "../controller";
import type { RegulationId, SchoolLevel } from "../../core/plan";
import type { DocumentInfo } from "../../core/word/types";
import { REGULATIONS, type Regulation } from "../../core/catalogue";
import { resolveContext, schoolYearKey } from "../../core/context";
import { FORM_2026, formSection } from "../../core/forms";
import { sectionKeysFor, sectionText, withSchoolName, type SectionKey } from "../../core/word/defaults";
import { useT, type Translate } from "../i18n";
import { Notices, useCommonStyles } from "./common";

const LEVELS: SchoolLevel[] = ["mam-non", "tieu-hoc", "thcs", "thpt", "nhieu-cap"];

/** "Thông tư 17/2018 — Tiểu học" */
export function regulationShortName(reg: Regulation, tr: Translate): string {
  const m = /Thông tư \d+\/\d{4}/.exec(reg.title);
  const annex = /Phụ lục [IVX]+/.exec(reg.title);
  const head = m ? m[0] : reg.id;
  return `${head}${annex ? `, ${annex[0]}` : ""} (${reg.schools.map((l) => tr("uiLevelShort", l)).join(", ")})`;
}

export function InfoPanel({ ctl }: { ctl: Controller }): React.ReactElement | null {
  const tr = useT();
  const c = useCommonStyles();
  const draft = ctl.state.info.draft;
  const read = ctl.state.plan.read;
  const plan = ctl.plan;
  if (!draft || !read || !plan) return null;

  const edit = (patch: Partial<DocumentInfo>) => ctl.editInfo(patch);
  const ctx = ctl.context;
  const overrides = ctl.state.plan.overrides;
  const level = plan.level;
  // What the plan's year and level call for without a chosen regulation: the "(tự nhận biết)" option and the hint.
  const detected = resolveContext(
    { schoolYear: read.schoolYear, level: read.level, tableForm: read.form },
    { schoolYear: overrides.schoolYear, level: overrides.level },
  );
  const detectedId = detected.regulation?.id ?? null;
  const regulationChoice = overrides.regulation ?? "";
  const levelDetected = read.level !== null && !overrides.level;
  const stale = ctl.staleSections;
  const sectionLabel: Record<SectionKey, string> = {
    purpose: tr("uiFieldPurpose"),
    basis: tr("uiFieldBasis"),
    organisation: tr("uiFieldOrganisation"),
    closing: tr("uiFieldClosing"),
    info: tr("uiFieldInfo2026"),
    reporting: tr("uiFieldReporting2026"),
  };
  // The sections the document of the plan's form prints: Biểu 2's six on the 2026 form, the 2018 four otherwise.
  const form2026 = ctx?.form === "2026";
  const sectionKeys = sectionKeysFor(form2026 ? "2026" : "2018");
  const numberOf = (k: SectionKey): string => {
    if (k === "closing") return "";
    if (form2026) return formSection(FORM_2026, k).number;
    return k === "info" || k === "reporting" ? "" : draft.numbering[k];
  };
  const textOf = (k: SectionKey): string => (ctx ? sectionText(draft, k, ctx) : (draft.sections[k] ?? ""));

  return (
    <section className={c.section} aria-labelledby="info-heading">
      <h2 id="info-heading" className={c.heading}>
        {tr("uiInfoHeading")}
      </h2>
      <p className={c.help}>{tr("uiInfoIntro")}</p>
      <Field label={tr("uiFieldAgency")}>
        <Textarea resize="vertical" rows={2} value={draft.agency} onChange={(_, d) => edit({ agency: d.value })} />
      </Field>
      <Field label={tr("uiFieldSchool")}>
        <Textarea
          resize="vertical"
          rows={2}
          value={draft.school}
          onChange={(_, d) => {
            // Section I names the school: it follows the name while it is the default text.
            const next = ctx ? withSchoolName(draft, d.value, ctx) : { ...draft, school: d.value };
            edit({ school: next.school, sections: next.sections });
          }}
        />
      </Field>
      <Field label={tr("uiFieldNumber")} hint={tr("uiFieldNumberHint")}>
        <Input value={draft.number} onChange={(_, d) => edit({ number: d.value })} />
      </Field>
      <Field label={tr("uiFieldPlace")}>
        <Input value={draft.place} onChange={(_, d) => edit({ place: d.value })} />
      </Field>
      <Field label={tr("uiFieldDate")}>
        <Input type="date" value={draft.date} onChange={(_, d) => edit({ date: d.value })} />
      </Field>
      <Field
        label={tr("uiFieldSchoolYear")}
        hint={tr("uiFieldSchoolYearHint")}
        validationState={draft.schoolYear && !schoolYearKey(draft.schoolYear) ? "warning" : "none"}
      >
        <Input value={draft.schoolYear} onChange={(_, d) => edit({ schoolYear: d.value })} />
      </Field>
      <Field label={tr("uiFieldLevel")} hint={levelDetected ? tr("uiDetected") : undefined}>
        <Select
          className={c.fill}
          value={level ?? ""}
          onChange={(_, d) => ctl.setLevel(d.value ? (d.value as SchoolLevel) : null)}
        >
          {level === null ? <option value="">{tr("uiNotDetected")}</option> : null}
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {tr("levelName", l)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tr("uiFieldRegulation")} hint={ctx?.regulation ? tr("uiRegulationHint", ctx.regulationTitle) : tr("uiNotDetected")}>
        <Select className={c.fill} value={regulationChoice || plan.regulation || ""} onChange={(_, d) => ctl.setRegulation(d.value ? (d.value as RegulationId) : null)}>
          {!plan.regulation ? <option value="">{tr("uiNotDetected")}</option> : null}
          {REGULATIONS.map((r) => (
            <option key={r.id} value={r.id}>
              {regulationShortName(r, tr)}
              {r.id === detectedId ? ` (${tr("uiDetected")})` : ""}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tr("uiFieldSignerTitle")} hint={tr("uiFieldSignerTitleHint")}>
        <Textarea resize="vertical" rows={2} value={draft.signerTitle} onChange={(_, d) => edit({ signerTitle: d.value })} />
      </Field>
      <Field label={tr("uiFieldSignerName")}>
        <Input value={draft.signerName} onChange={(_, d) => edit({ signerName: d.value })} />
      </Field>
      <Field label={tr("uiFieldRecipients")} hint={tr("uiFieldRecipientsHint")}>
        <Textarea
          resize="vertical"
          rows={4}
          value={draft.recipients.join("\n")}
          onChange={(_, d) => edit({ recipients: d.value.split("\n") })}
          onBlur={() => edit({ recipients: draft.recipients.map((r) => r.trim()).filter(Boolean) })}
        />
      </Field>
      {form2026 ? null : (
        <Field label={tr("uiFieldNumbering")}>
          <RadioGroup
            value={draft.numbering.organisation === "VI" ? "VI" : "IV"}
            onChange={(_, d) => edit({ numbering: { ...draft.numbering, organisation: d.value } })}
          >
            <Radio value="IV" label={tr("uiNumberingIV")} />
            <Radio value="VI" label={tr("uiNumberingVI")} />
          </RadioGroup>
        </Field>
      )}
      <Accordion collapsible>
        <AccordionItem value="sections">
          <AccordionHeader as="h3">{tr("uiSectionTexts")}</AccordionHeader>
          <AccordionPanel>
            <div className={c.section} data-testid="section-texts">
              {form2026 ? <p className={c.help}>{tr("uiSectionsDraft2026")}</p> : null}
              {sectionKeys.map((k) => (
                <Field key={k} label={numberOf(k) ? `${numberOf(k)}. ${sectionLabel[k]}` : sectionLabel[k]}>
                  <Textarea
                    resize="vertical"
                    rows={k === "closing" ? 3 : k === "info" ? 4 : 8}
                    value={textOf(k)}
                    onChange={(_, d) => edit({ sections: { ...draft.sections, [k]: d.value } })}
                  />
                </Field>
              ))}
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {stale.length && plan.schoolYear ? (
        <MessageBar intent="warning" layout="multiline" data-testid="stale-sections">
          <MessageBarBody>{tr("uiStaleSections", stale.map((k) => sectionLabel[k]).join(", "), plan.schoolYear)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Notices ctl={ctl} area="info" />
      <div className={c.row}>
        <Button appearance="primary" icon={<SaveRegular />} onClick={() => void ctl.saveInfo()} disabled={!!ctl.state.ui.busy.saveInfo}>
          {tr("uiSaveInfo")}
        </Button>
        {ctl.state.info.dirty ? <span className={c.help}>{tr("uiInfoUnsaved")}</span> : null}
      </div>
    </section>
  );
}
