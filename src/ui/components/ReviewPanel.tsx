/**
 * (6) Rà soát: the review mode of a 2026-form plan. One line per row of
 * table V (its content shortened, a status dropdown), a small form for the
 * table VI row of the chosen period, then "Xem thay đổi": every cell that
 * will change, old → new, before anything is written (Excel cannot undo the
 * add-in's writes). The logic is ../review-mode.ts; this only renders it.
 */
import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, CheckmarkRegular, EyeRegular } from "@fluentui/react-icons";
import type { Controller } from "../controller";
import type { StringKey } from "../../core/strings";
import { useT } from "../i18n";
import { Notices, useCommonStyles } from "./common";
import {
  REVIEW_FIELDS,
  REVIEW_PERIODS,
  REVIEW_STATUSES,
  initialDraft,
  periodRow,
  reviewChanges,
  reviewProblems,
  reviewRows,
  type ReviewChange,
  type ReviewDraft,
  type ReviewFieldKey,
  type ReviewPeriod,
  type ReviewStatus,
} from "../review-mode";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
  changed: { fontWeight: tokens.fontWeightSemibold },
  change: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  confirm: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const FIELD_LABEL: Record<ReviewFieldKey, StringKey> = {
  subject: "uiRevModeSubject",
  result: "uiRevModeResult",
  adjustment: "uiRevModeAdjustment",
  reviewer: "uiRevModeReviewer",
};

const PERIOD_LABEL: Record<ReviewPeriod, StringKey> = { hk1: "uiRevModePeriodHk1", "cuoi-nam": "uiRevModePeriodYear" };

const KEEP = "__keep";

/** "'VI. Theo dõi'!C3" -> "VI. Theo dõi!C3" for the list (quotes are noise to a reader). */
function shownCell(cell: string): string {
  return cell.replace(/^'(.*)'!/, "$1!").replace(/''/g, "'");
}

export function ReviewPanel({ ctl }: { ctl: Controller }): React.ReactElement {
  const tr = useT();
  const c = useCommonStyles();
  const s = useStyles();
  const plan = ctl.plan;
  const read = ctl.state.plan.read;
  const [draft, setDraft] = React.useState<ReviewDraft | null>(() => (plan ? initialDraft(plan) : null));
  const [confirming, setConfirming] = React.useState(false);
  // A new read of the plan (after writing, or another file): start again from what the sheet says.
  React.useEffect(() => {
    setDraft((d) => (plan ? initialDraft(plan, d?.period ?? "hk1") : null));
    setConfirming(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the read plan is the identity of the draft
  }, [read]);

  const busy = !!ctl.state.ui.busy.review;
  const canWrite = !!ctl.host.writeCells;
  const edited = !!ctl.host.hasEdits?.();

  if (!plan || plan.form !== "2026" || !draft) {
    return (
      <section className={c.section} aria-labelledby="review-heading">
        <h2 id="review-heading" className={c.heading}>
          {tr("uiRevModeHeading")}
        </h2>
        <p className={c.help}>{tr("uiRevModeOnly2026")}</p>
      </section>
    );
  }

  const rows = reviewRows(plan);
  const problems = reviewProblems(plan, draft.period);
  const vi = periodRow(plan, draft.period);
  const changes: ReviewChange[] = reviewChanges(plan, draft);
  const changedRows = new Set(changes.filter((ch) => ch.what === "status").map((ch) => ch.row));

  const setStatus = (index: number, value: string) => {
    setConfirming(false);
    setDraft((d) => {
      if (!d) return d;
      const statuses = { ...d.statuses };
      if (value === KEEP) delete statuses[index];
      else statuses[index] = value as ReviewStatus | "";
      return { ...d, statuses };
    });
  };
  const setPeriod = (period: ReviewPeriod) => {
    setConfirming(false);
    setDraft((d) => (d ? { ...initialDraft(plan, period), statuses: d.statuses } : d));
  };
  const setField = (k: ReviewFieldKey, value: string) => {
    setConfirming(false);
    setDraft((d) => (d ? { ...d, fields: { ...d.fields, [k]: value } } : d));
  };
  const write = async () => {
    const ok = await ctl.writeReview(changes);
    if (ok) setConfirming(false);
  };
  const what = (ch: ReviewChange) => tr(ch.what === "status" ? "uiRevModeStatus" : FIELD_LABEL[ch.what]);
  const shown = (v: string) => (v ? `"${v}"` : tr("uiRevModeEmptyValue"));

  return (
    <section className={c.section} aria-labelledby="review-heading" data-testid="review-panel">
      <h2 id="review-heading" className={c.heading}>
        {tr("uiRevModeHeading")}
      </h2>
      <p className={c.help}>{tr("uiRevModeHelp")}</p>
      <Notices ctl={ctl} area="review" />
      {edited && ctl.host.downloadWorkbook ? (
        <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => void ctl.downloadUpdatedWorkbook()}>
          {tr("uiRevModeDownload")}
        </Button>
      ) : null}
      {problems.map((p) => (
        <MessageBar key={p} intent="warning" layout="multiline">
          <MessageBarBody>
            {p === "no-status-column"
              ? tr("uiRevModeNoStatusColumn")
              : p === "no-review-table"
                ? tr("uiRevModeNoReviewTable")
                : tr("uiRevModeNoPeriodRow", tr(PERIOD_LABEL[draft.period]))}
          </MessageBarBody>
        </MessageBar>
      ))}

      <h3 className={c.subheading}>{tr("uiRevModeRowsHeading")}</h3>
      <ul className={c.list} aria-label={tr("uiRevModeRowsHeading")}>
        {rows.map((r) => {
          const chosen = draft.statuses[r.index];
          const value = chosen !== undefined ? chosen : r.known ?? (r.status ? KEEP : "");
          return (
            <li key={r.index} className={s.row} data-testid={`review-row-${r.row}`}>
              <p className={`${s.label} ${changedRows.has(r.row) ? s.changed : ""}`} title={r.label}>
                {r.label}
              </p>
              {r.cell ? (
                <Select
                  size="small"
                  className={c.fill}
                  aria-label={tr("uiRevModeStatusLabel", r.label)}
                  value={value}
                  disabled={busy}
                  onChange={(_, d) => setStatus(r.index, d.value)}
                >
                  {r.status && !r.known ? <option value={KEEP}>{tr("uiRevModeAsIs", r.status)}</option> : null}
                  <option value="">{tr("uiRevModeEmpty")}</option>
                  {REVIEW_STATUSES.map((st) => (
                    <option key={st} value={st}>
                      {st}
                    </option>
                  ))}
                </Select>
              ) : (
                <p className={c.help}>{tr("uiRevModeNoCell")}</p>
              )}
            </li>
          );
        })}
      </ul>

      <Field label={tr("uiRevModePeriodLabel")}>
        <Select className={c.fill} value={draft.period} disabled={busy} onChange={(_, d) => setPeriod(d.value as ReviewPeriod)}>
          {REVIEW_PERIODS.map((p) => (
            <option key={p} value={p}>
              {tr(PERIOD_LABEL[p])}
            </option>
          ))}
        </Select>
      </Field>
      {vi
        ? REVIEW_FIELDS.filter((k) => vi.cells[k]).map((k) => (
            <Field key={k} label={tr(FIELD_LABEL[k])}>
              <Textarea resize="vertical" rows={2} value={draft.fields[k] ?? ""} disabled={busy} onChange={(_, d) => setField(k, d.value)} />
            </Field>
          ))
        : null}

      {canWrite ? (
        <div className={c.row}>
          <Button icon={<EyeRegular />} disabled={busy || changes.length === 0} onClick={() => setConfirming(true)}>
            {tr("uiRevModeShowChanges")}
          </Button>
          {changes.length === 0 ? <span className={c.help}>{tr("uiRevModeNothing")}</span> : null}
        </div>
      ) : (
        <p className={c.help}>{tr("uiRevModeCannotWrite")}</p>
      )}

      {confirming && changes.length > 0 ? (
        <div role="region" className={s.confirm} aria-label={tr("uiRevModeChanges", changes.length)} data-testid="review-changes">
          <p className={c.subheading}>{tr("uiRevModeChanges", changes.length)}</p>
          <ul className={c.list}>
            {changes.map((ch) => (
              <li key={ch.cell} className={s.change}>
                {shownCell(ch.cell)} · {what(ch)}: {shown(ch.old)} → {shown(ch.value)}
              </li>
            ))}
          </ul>
          <MessageBar intent={ctl.can.writeSheet ? "warning" : "info"} layout="multiline">
            <MessageBarBody>{tr(ctl.can.writeSheet ? "uiRevModeUndoExcel" : "uiRevModeUndoFile")}</MessageBarBody>
          </MessageBar>
          <div className={c.row}>
            <Button appearance="primary" icon={<CheckmarkRegular />} disabled={busy} onClick={() => void write()}>
              {tr("uiRevModeConfirm", changes.length)}
            </Button>
            <Button appearance="subtle" disabled={busy} onClick={() => setConfirming(false)}>
              {tr("uiCancel")}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
