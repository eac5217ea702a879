/**
 * The pane's actions that write into the workbook or hand the user a file:
 * the plan table, the totals row, a criterion, the Word plan. Each ends in a
 * notice, never a throw. `reload` is the controller's (the pane follows the
 * plan sheet after writing it).
 */
import { PLAN_SHEET_NAME, criterionLabel } from "../core/plan-table";
import { defaultDocumentInfo } from "../core/word/defaults";
import { DOCX_MIME, wordFileName } from "../core/file-names";
import { t } from "../core/strings";
import { formatAmount } from "../core/words";
import { PaneStore } from "./pane-store";
import { errorDetail } from "../core/errors";
import { isCancelled } from "../core/analysis";
import { criterionTargets } from "../core/criterion-target";
import { reviewEdits, type ReviewChange } from "./review-mode";
import type { ReviewPeriod } from "../core/progress";
import { periodRecorded, reviewReportFile } from "./review-report";

export abstract class SheetActions extends PaneStore {
  abstract reload(sheet?: string | null, opts?: { keep?: boolean; fallbackAll?: boolean }): Promise<void>;

  /** Asks the host whether the plan sheet exists (the UI then asks the user). */
  async planSheetExists(): Promise<boolean | null> {
    const r = await this.host.hasPlanSheet();
    if (!r.ok) {
      this.notify("table", "error", r.error);
      return null;
    }
    return r.value;
  }

  async writePlanTable(): Promise<void> {
    const plan = this.plan;
    const totals = this.state.plan.totals;
    if (!plan || !totals) return this.notify("table", "error", t("uiNeedPlan", this.lang));
    this.busy("convert", true);
    try {
      const r = await this.host.writePlanSheet(plan, totals, this.state.info.draft);
      if (!r.ok) return this.notify("table", "error", r.error);
      if (!this.can.writeSheet) return this.notify("table", "success", t("uiDownloaded", r.value.sheet, this.lang));
      this.notify("table", "success", t("uiConverted", r.value.sheet, r.value.rows, this.lang));
      // From now on the pane follows the plan sheet (no letterhead there): same context, details and key.
      this.dispatch({ type: "plan/override", patch: { schoolYear: plan.schoolYear, level: plan.level } });
      await this.reload(r.value.sheet, { keep: true });
    } catch (e) {
      this.notify("table", "error", t("uiUnexpected", errorDetail(e), this.lang));
    } finally {
      this.busy("convert", false);
    }
  }

  async selectIssueCell(cell: string): Promise<void> {
    const sheet = this.state.plan.read?.sheet;
    if (!sheet || !this.can.selectCells) return;
    const r = await this.host.selectCell(sheet, cell);
    if (!r.ok) this.notify("check", "error", t("uiSelectFailed", r.error, this.lang));
  }

  async writeTotalsRow(): Promise<void> {
    this.busy("totalsRow", true);
    try {
      const r = await this.host.writeTotalsRow();
      if (!r.ok) return this.notify("totals", "error", r.error);
      const formula = r.value.formula.startsWith("=") ? r.value.formula : `=${r.value.formula}`;
      this.notify("totals", "success", t("uiTotalsWritten", r.value.cell, formula, this.lang));
      // The stated total changed: read the plan sheet again when the pane follows it.
      const sheet = this.state.plan.read?.sheet;
      if (sheet === PLAN_SHEET_NAME) await this.reload(sheet, { keep: true });
    } catch (e) {
      this.notify("totals", "error", t("uiUnexpected", errorDetail(e), this.lang));
    } finally {
      this.busy("totalsRow", false);
    }
  }

  async insertCriterion(code: string, name: string): Promise<void> {
    this.busy("insert", true);
    try {
      // A 2026-form plan: the selected row of table IV or V, as read (core/criterion-target decides the cells).
      const targets = this.plan ? criterionTargets(this.plan, this.context?.regulation ?? null, code, name) : null;
      const r = targets ? await this.host.insertCriterion(code, criterionLabel(code, name), targets) : await this.host.insertCriterion(code, criterionLabel(code, name));
      // The plan's tables changed (or changed under the pane): read them again so findings and targets follow.
      if (targets && this.plan) await this.reload(this.plan.sheet, { keep: true });
      if (!r.ok) return this.notify("criteria", "error", r.error);
      this.notify("criteria", "success", t("uiInserted", code, r.value.cell, this.lang));
    } finally {
      this.busy("insert", false);
    }
  }

  /**
   * Writes the review changes the user confirmed (statuses of table V, the
   * table VI row of a period), then reads the plan again so findings and
   * progress follow. True when written.
   */
  async writeReview(changes: readonly ReviewChange[]): Promise<boolean> {
    const plan = this.plan;
    if (!plan) return false;
    if (!this.host.writeCells) {
      this.notify("review", "error", t("uiRevModeCannotWrite", this.lang));
      return false;
    }
    if (changes.length === 0) {
      this.notify("review", "info", t("uiRevModeNothing", this.lang));
      return false;
    }
    this.busy("review", true);
    try {
      const r = await this.host.writeCells(reviewEdits(changes));
      if (!r.ok) {
        // Nothing was written; what the sheet holds now is shown (a cell may have changed under the pane).
        await this.reload(plan.sheet, { keep: true });
        this.notify("review", "error", r.error);
        return false;
      }
      await this.reload(plan.sheet, { keep: true });
      this.notify("review", "success", t(this.host.downloadWorkbook ? "uiRevModeWrittenFile" : "uiRevModeWritten", r.value.cells, this.lang));
      return true;
    } catch (e) {
      this.notify("review", "error", t("uiUnexpected", errorDetail(e), this.lang));
      return false;
    } finally {
      this.busy("review", false);
    }
  }

  /** File host: "Tải về bảng đã cập nhật", the open workbook with the review written. */
  async downloadUpdatedWorkbook(): Promise<void> {
    if (!this.host.downloadWorkbook) return;
    const r = await this.host.downloadWorkbook();
    if (!r.ok) return this.notify("review", "error", r.error);
    this.notify("review", "success", t("uiDownloaded", r.value.fileName, this.lang));
  }

  /** Copies a table (tab-separated) for pasting into Excel. */
  async copyText(text: string, rows: number): Promise<void> {
    try {
      await this.deps.writeClipboard(text);
      this.notify("totals", "success", t("uiAuditCopied", formatAmount(rows), this.lang));
    } catch {
      this.notify("totals", "warning", t("uiCopyFailed", this.lang));
    }
  }

  async copyCriterion(code: string, name: string): Promise<void> {
    try {
      await this.deps.writeClipboard(criterionLabel(code, name));
      this.notify("criteria", "success", t("uiCopied", code, this.lang));
    } catch {
      this.notify("criteria", "warning", t("uiCopyFailed", this.lang));
    }
  }

  async makeWord(): Promise<void> {
    const plan = this.plan;
    const totals = this.state.plan.totals;
    if (!plan || !totals) return this.notify("word", "error", t("uiNeedPlan", this.lang));
    this.busy("word", true);
    this.dispatch({ type: "ui/clearNotices", area: "word" });
    try {
      const info = this.state.info.draft ?? defaultDocumentInfo(plan);
      const word = await this.deps.loadWord();
      const bytes = await word.buildPlanDocx({ plan, totals, info });
      const name = wordFileName(plan, info);
      const r = await this.host.download(bytes, name, DOCX_MIME);
      if (!r.ok) return this.notify("word", "error", r.error);
      const errors = this.state.plan.issues.filter((i) => i.severity === "error").length;
      const text = [t("uiDownloaded", name, this.lang), errors ? t("uiWordDraftNote", errors, this.lang) : ""].filter(Boolean).join(" ");
      this.notify("word", errors ? "warning" : "success", text);
    } catch (e) {
      if (isCancelled(e)) return this.notify("word", "info", t("uiWorkCancelled", this.lang));
      this.notify("word", "error", t("uiWordFailed", errorDetail(e), this.lang));
    } finally {
      this.busy("word", false);
    }
  }

  /** The review report of the period (2026-form plans), downloaded; one Word document at a time (busy "word"). */
  async makeReviewReport(period: ReviewPeriod): Promise<void> {
    const plan = this.plan;
    const totals = this.state.plan.totals;
    if (!plan || !totals) return this.notify("totals", "error", t("uiNeedPlan", this.lang));
    if (plan.form !== "2026") return this.notify("totals", "error", t("uiReviewNeeds2026", this.lang));
    this.busy("word", true);
    this.dispatch({ type: "ui/clearNotices", area: "totals" });
    try {
      const word = await this.deps.loadWord();
      const { bytes, name } = await reviewReportFile({ plan, totals, draft: this.state.info.draft, period }, word.buildReviewDocx);
      const r = await this.host.download(bytes, name, DOCX_MIME);
      if (!r.ok) return this.notify("totals", "error", r.error);
      const unknown = this.state.plan.issues.filter((i) => i.code === "status-unknown" || i.code === "status-level").map((i) => i.cell);
      const notes = [
        t("uiDownloaded", name, this.lang),
        unknown.length ? t("cliReviewUnknownStatuses", unknown.join(", "), this.lang) : "",
        periodRecorded(plan, period) ? "" : t("cliReviewNoPeriodRow", period, this.lang),
      ].filter(Boolean);
      this.notify("totals", notes.length > 1 ? "warning" : "success", notes.join(" "));
    } catch (e) {
      this.notify("totals", "error", t("uiReviewFailed", errorDetail(e), this.lang));
    } finally {
      this.busy("word", false);
    }
  }
}
