/**
 * (2) Bảng, the plan as a person reads it: standards, then each plan row with
 * its criterion, result, actions, owner, timeline and budget, and the findings
 * of that row in place. Only the rows on screen are drawn (a window
 * virtualizer), so a 5,000-row plan can be read without leaving the pane.
 */
import * as React from "react";
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import type { FieldKey, FormKind, Issue, Plan, PlanRow, StandardHeading } from "../../core/plan";
import { FORM_2026, planColumn } from "../../core/forms";
import { issueMessage } from "../../core/messages";
import { rowOfCell } from "../state";
import { formatAmount } from "../../core/words";
import type { Controller } from "../controller";
import { useLang, useT } from "../i18n";
import { SEVERITY_BADGE, useCommonStyles } from "./common";

const useStyles = makeStyles({
  heading: { margin: 0, paddingTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
    boxSizing: "border-box",
  },
  field: { margin: 0, fontSize: tokens.fontSizeBase200 },
  label: { color: tokens.colorNeutralForeground3 },
  finding: { margin: 0, fontSize: tokens.fontSizeBase200, display: "flex", columnGap: tokens.spacingHorizontalXS, alignItems: "flex-start" },
  slot: { paddingBottom: tokens.spacingVerticalXS, boxSizing: "border-box" },
  focused: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
});

type Line = { kind: "standard"; value: StandardHeading } | { kind: "row"; value: PlanRow };

/** Standards and plan rows in sheet order. */
function linesOf(plan: Plan): Line[] {
  const lines: Line[] = [...plan.standards.map((value): Line => ({ kind: "standard", value })), ...plan.rows.map((value): Line => ({ kind: "row", value }))];
  return lines.sort((a, b) => a.value.row - b.value.row || (a.kind === "standard" ? -1 : 1));
}

/** Findings by sheet row. */
function byRow(issues: readonly Issue[]): Map<number, Issue[]> {
  const out = new Map<number, Issue[]>();
  for (const i of issues) {
    const row = rowOfCell(i.cell);
    if (row === null) continue;
    const list = out.get(row) ?? [];
    list.push(i);
    out.set(row, list);
  }
  return out;
}


/** The fields a 2026-form row shows, with the form's own column titles (Biểu 2). */
const FIELDS_2026: readonly FieldKey[] = ["result", "actions", "indicator", "timeline", "owner", "budget", "evidence", "status"];

function RowCard({ row, form, findings, focused }: { row: PlanRow; form: FormKind; findings: Issue[]; focused: boolean }): React.ReactElement {
  const tr = useT();
  const lang = useLang();
  const s = useStyles();
  const field = (label: string, text: string) =>
    text.trim() ? (
      <p className={s.field}>
        <span className={s.label}>{label}: </span>
        {text}
      </p>
    ) : null;
  const budget = typeof row.budget === "number" ? formatAmount(row.budget) : row.budget;
  return (
    <div className={focused ? `${s.card} ${s.focused}` : s.card} data-testid={`grid-row-${row.row}`} aria-current={focused ? "true" : undefined}>
      <strong>{row.criterionText || (row.criterion ? `Tiêu chí ${row.criterion}` : tr("uiGridRow", String(row.row)))}</strong>
      {form === "2026" ? (
        FIELDS_2026.map((key) => {
          const col = planColumn(FORM_2026, key);
          const text = key === "budget" ? budget : String(row[key] ?? "");
          return <React.Fragment key={key}>{field(lang === "en" ? col.titleEn : col.title, text)}</React.Fragment>;
        })
      ) : (
        <>
          {field(tr("uiGridResult"), row.result)}
          {field(tr("uiGridActions"), row.actions)}
          {field(tr("uiGridOwner"), row.owner)}
          {field(tr("uiGridTimeline"), row.timeline)}
          {field(tr("uiGridBudget"), budget)}
        </>
      )}
      {findings.map((f, n) => (
        <p key={n} className={s.finding}>
          <Badge size="small" appearance="outline" color={SEVERITY_BADGE[f.severity]}>
            {f.cell}
          </Badge>
          <span>{issueMessage(f, lang)}</span>
        </p>
      ))}
    </div>
  );
}

export function PlanGrid({ ctl }: { ctl: Controller }): React.ReactElement | null {
  const tr = useT();
  const c = useCommonStyles();
  const s = useStyles();
  const listRef = React.useRef<HTMLDivElement>(null);
  const plan = ctl.plan;
  const issues = ctl.state.plan.issues;
  const lines = React.useMemo(() => (plan ? linesOf(plan) : []), [plan]);
  const findings = React.useMemo(() => byRow(issues), [issues]);
  const virtualizer = useWindowVirtualizer({
    count: lines.length,
    estimateSize: () => 140,
    overscan: 4,
    scrollMargin: listRef.current?.offsetTop ?? 0,
    initialRect: { width: 320, height: 900 },
  });
  // A row asked for (a budget row clicked in the browser): scrolled into view and outlined.
  const focusRow = ctl.state.ui.focusRow;
  const focusIndex = focusRow === null ? -1 : lines.findIndex((l) => l.kind === "row" && l.value.row === focusRow);
  React.useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: "start" });
  }, [focusIndex, virtualizer]);
  if (!plan) return null;
  return (
    <section aria-labelledby="grid-heading" className={c.section}>
      <h3 id="grid-heading" className={c.subheading}>
        {tr("uiGridHeading", formatAmount(plan.rows.length))}
      </h3>
      <div ref={listRef} data-testid="plan-grid" style={{ position: "relative", height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => {
          const line = lines[v.index];
          return (
            <div
              key={`${line.kind}-${line.value.row}`}
              data-index={v.index}
              ref={virtualizer.measureElement}
              className={s.slot}
              style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${v.start - virtualizer.options.scrollMargin}px)` }}
            >
              {line.kind === "standard" ? (
                <p className={s.heading}>{`Tiêu chuẩn ${line.value.number}${line.value.name ? `: ${line.value.name}` : ""}`}</p>
              ) : (
                <RowCard row={line.value} form={plan?.form ?? "2018"} findings={findings.get(line.value.row) ?? []} focused={line.value.row === focusRow} />
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
