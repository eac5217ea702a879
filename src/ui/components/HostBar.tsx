/**
 * The top of the pane: the title with the language control, which host it
 * works on; where the host opens files, the open button, the hidden file
 * input, drag-and-drop and the sample plan.
 */
import * as React from "react";
import { Button, Caption1, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentTableRegular, FolderOpenRegular, TableSimpleRegular } from "@fluentui/react-icons";
import type { Controller } from "../controller";
import type { Lang } from "../../core/strings";
import { useT } from "../i18n";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  lang: { minWidth: 0, width: "128px", flexShrink: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  where: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  fileName: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, wordBreak: "break-all" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  center: { textAlign: "center", margin: 0 },
  hiddenInput: { display: "none" },
});

/** Reads a picked or dropped file (File.arrayBuffer where there is one, FileReader otherwise). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(file);
  });
}

/** The title and the language control (Tiếng Việt / English), remembered per user by the host. */
function TitleRow({ ctl }: { ctl: Controller }): React.ReactElement {
  const tr = useT();
  const styles = useStyles();
  return (
    <div className={styles.titleRow}>
      <h1 className={styles.title}>{tr("uiAppTitle")}</h1>
      <Select
        className={styles.lang}
        size="small"
        aria-label={tr("uiLanguage")}
        data-testid="language"
        value={ctl.lang}
        onChange={(_, d) => ctl.setLang(d.value as Lang)}
      >
        <option value="vi">Tiếng Việt</option>
        <option value="en">English</option>
      </Select>
    </div>
  );
}

export const SAMPLE_URL = "examples/ke-hoach-mau.xlsx";

export function HostBar({ ctl, sampleUrl = SAMPLE_URL }: { ctl: Controller; sampleUrl?: string }): React.ReactElement {
  const tr = useT();
  const styles = useStyles();
  const inputRef = React.useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = React.useState(false);
  const opener = ctl.can.openFiles;
  const fileName = ctl.state.workbook.fileName;
  const busy = !!ctl.state.ui.busy.open;

  const pick = () => inputRef.current?.click();
  // One file opens as the plan; several make the summary of the schools.
  const onFiles = async (files: FileList | null) => {
    const list = files ? Array.from(files) : [];
    if (!list.length) return;
    const read = await Promise.all(list.map(async (file) => ({ name: file.name, bytes: await readFileBytes(file) })));
    await ctl.openFiles(read);
  };

  if (!opener) {
    return (
      <header className={styles.bar}>
        <TitleRow ctl={ctl} />
        <div className={styles.where}>
          <TableSimpleRegular aria-hidden="true" />
          <Caption1>{tr("uiHostExcel")}</Caption1>
        </div>
      </header>
    );
  }

  const openButtons = (
    <div className={styles.actions}>
      <Button appearance={fileName ? "secondary" : "primary"} size={fileName ? "small" : "medium"} icon={<FolderOpenRegular />} onClick={pick} disabled={busy}>
        {tr(fileName ? "uiOpenOtherFile" : "uiOpenFile")}
      </Button>
      <Button appearance="secondary" size={fileName ? "small" : "medium"} icon={<DocumentTableRegular />} onClick={() => void ctl.openSample(sampleUrl)} disabled={busy}>
        {tr("uiOpenSample")}
      </Button>
    </div>
  );

  return (
    <header
      className={styles.bar}
      onDragOver={(e) => {
        e.preventDefault();
        if (!dragging) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void onFiles(e.dataTransfer?.files ?? null);
      }}
    >
      <TitleRow ctl={ctl} />
      <div className={styles.where} data-testid="host-status">
        <DocumentTableRegular aria-hidden="true" />
        <Caption1>
          {tr("uiHostFile")}
          {fileName ? (
            <>
              {": "}
              <span className={styles.fileName}>{fileName}</span>
            </>
          ) : null}
        </Caption1>
      </div>
      <input
        ref={inputRef}
        className={styles.hiddenInput}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        aria-label={tr("uiFileInputLabel")}
        data-testid="file-input"
        onChange={(e) => {
          const files = e.currentTarget.files;
          void onFiles(files).finally(() => {
            if (inputRef.current) inputRef.current.value = "";
          });
        }}
      />
      {fileName || ctl.state.work.summary ? (
        openButtons
      ) : (
        <div className={mergeClasses(styles.drop, dragging && styles.dropActive)} role="group" aria-label={tr("uiDropZoneLabel")}>
          <p className={styles.center}>{tr("uiNoFileYet")}</p>
          {openButtons}
          <Caption1 className={styles.center}>{tr("uiDropHintMany")}</Caption1>
          <Caption1 className={styles.center}>{tr("uiPrivacy")}</Caption1>
        </div>
      )}
    </header>
  );
}
