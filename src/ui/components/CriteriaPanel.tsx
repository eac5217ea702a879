/** (5) Tiêu chí: search the regulation's criteria by code or words (diacritics optional); insert or copy. */
import * as React from "react";
import { Badge, Button, Field, SearchBox, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular, TextBulletListAddRegular } from "@fluentui/react-icons";
import { searchCriteria, type CatalogueCriterion, type CatalogueStandard, type Regulation } from "../../core/catalogue";
import { foldWords } from "../../core/text";
import type { Controller } from "../controller";
import { useT } from "../i18n";
import { Notices, useCommonStyles } from "./common";
import { regulationShortName } from "./InfoPanel";
import { CrosswalkList } from "./CrosswalkList";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxSizing: "border-box",
  },
  name: { margin: 0, overflowWrap: "anywhere" },
  meta: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  spacer: { flexGrow: 1 },
  count: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function CriteriaPanel({ ctl }: { ctl: Controller }): React.ReactElement {
  const tr = useT();
  const c = useCommonStyles();
  const s = useStyles();
  const [query, setQuery] = React.useState("");
  // The criterion last inserted or copied: its answer is shown under it, where the user clicked (the list is long).
  const [clicked, setClicked] = React.useState<string | null>(null);
  // The regulation of the plan's context; without a level there is nothing to pick from.
  const reg: Regulation | null = ctl.context?.regulation ?? null;
  const found = React.useMemo(() => (reg ? searchCriteria(reg, query) : []), [reg, query]);
  const answerAt = clicked && found.some((f) => f.criterion.code === clicked) ? clicked : null;
  const groups = React.useMemo(() => {
    const out: { standard: CatalogueStandard; criteria: CatalogueCriterion[] }[] = [];
    for (const f of found) {
      const last = out[out.length - 1];
      if (last && last.standard.number === f.standard.number) last.criteria.push(f.criterion);
      else out.push({ standard: f.standard, criteria: [f.criterion] });
    }
    return out;
  }, [found]);
  // Mức 4 of the 2018 regulations: separate requirements (Điều 22), listed after the standards.
  const level4 = reg?.form === "2018" && reg.level4?.count ? reg.level4 : null;
  const showLevel4 = !!level4 && (!query.trim() || /\b(muc 4|yeu cau|dieu 22)\b/.test(foldWords(query)));
  const canInsert = ctl.can.writeSheet;
  const busy = !!ctl.state.ui.busy.insert;

  return (
    <section className={c.section} aria-labelledby="criteria-heading">
      <h2 id="criteria-heading" className={c.heading}>
        {tr("uiCriteriaHeading")}
      </h2>
      <p className={c.help} title={ctl.context?.regulationTitle ?? ""}>
        {reg ? tr("uiCriteriaOf", regulationShortName(reg, tr)) : tr("uiCriteriaNeedLevel")}
      </p>
      <Field label={tr("uiSearchLabel")}>
        <SearchBox value={query} placeholder={tr("uiSearchPlaceholder")} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <p className={s.count} role="status" aria-live="polite">
        {found.length ? tr("uiSearchCount", found.length) : tr("uiNoMatch")}
      </p>
      <p className={c.help}>{tr(!canInsert ? "uiCopyHint" : ctl.plan?.form === "2026" ? "uiInsertHint2026" : "uiInsertHint")}</p>
      {answerAt ? null : <Notices ctl={ctl} area="criteria" />}
      {groups.map((g) => (
        <div key={g.standard.number} role="group" aria-labelledby={`std-${g.standard.number}`}>
          <h3 id={`std-${g.standard.number}`} className={c.subheading} style={{ marginBottom: 4 }}>
            {tr("uiStandardHeading", g.standard.number, g.standard.name)}
          </h3>
          <ul className={c.list}>
            {g.criteria.map((cr) => (
              <li key={cr.code} className={s.item}>
                <p className={s.name}>
                  <strong>{cr.code}</strong> {cr.name}
                </p>
                <div className={s.meta}>
                  <Badge appearance="tint" color="brand">
                    {tr("uiLevels", cr.levels.join(", "))}
                  </Badge>
                  {cr.mandatory ? (
                    <Badge appearance="filled" color="important">
                      {tr("uiMandatory")}
                    </Badge>
                  ) : null}
                  <span className={s.spacer} />
                  {canInsert ? (
                    <Button
                      size="small"
                      icon={<TextBulletListAddRegular />}
                      aria-label={tr("uiInsertLabel", cr.code)}
                      disabled={busy}
                      onClick={() => {
                        setClicked(cr.code);
                        void ctl.insertCriterion(cr.code, cr.name);
                      }}
                    >
                      {tr("uiInsert")}
                    </Button>
                  ) : (
                    <Button
                      size="small"
                      icon={<CopyRegular />}
                      aria-label={tr("uiCopyLabel", cr.code)}
                      onClick={() => {
                        setClicked(cr.code);
                        void ctl.copyCriterion(cr.code, cr.name);
                      }}
                    >
                      {tr("uiCopy")}
                    </Button>
                  )}
                </div>
                {answerAt === cr.code ? <Notices ctl={ctl} area="criteria" /> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {showLevel4 && level4 ? (
        <div role="group" aria-labelledby="std-level4">
          <h3 id="std-level4" className={c.subheading} style={{ marginBottom: 4 }}>
            {tr("uiLevel4Heading")}
          </h3>
          <p className={c.help} title={level4.notes ?? level4.source}>
            {tr("uiLevel4Help", level4.count ?? 0, level4.source)}
          </p>
          <ul className={c.list}>
            {(level4.requirements ?? []).map((q) => (
              <li key={q.number} className={s.item}>
                <p className={s.name}>
                  <strong>{tr("uiLevel4Item", q.number)}</strong> {q.name ?? tr("uiLevel4NoText")}
                </p>
                {q.verified === false ? (
                  <div className={s.meta}>
                    <Badge appearance="outline" color="warning">
                      {tr("uiUnverified")}
                    </Badge>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <CrosswalkList ctl={ctl} />
    </section>
  );
}
