/**
 * `ctcl word PLAN.xlsx -o PLAN.pdf`: the .docx converted to PDF by LibreOffice
 * (soffice --headless --convert-to pdf) in a private temporary folder, for the
 * signing tools that take PDF only. Without LibreOffice the caller says how to
 * install it. Node only (CLI).
 */
import { spawn } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

/** The LibreOffice program on PATH (soffice or libreoffice), or null. */
export async function findSoffice(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  const dirs = (env.PATH ?? "").split(path.delimiter).filter(Boolean);
  if (process.platform === "win32") dirs.push("C:\\Program Files\\LibreOffice\\program", "C:\\Program Files (x86)\\LibreOffice\\program");
  if (process.platform === "darwin") dirs.push("/Applications/LibreOffice.app/Contents/MacOS");
  for (const dir of dirs) {
    for (const name of names) {
      const p = path.join(dir, name);
      try {
        await fs.access(p, fs.constants.X_OK);
        return p;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** Converts .docx bytes to PDF bytes; rejects on failure or after `timeoutMs`. */
export async function docxToPdf(soffice: string, docx: Uint8Array, timeoutMs = 120_000): Promise<Uint8Array> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ctcl-pdf-"));
  try {
    const input = path.join(dir, "ke-hoach.docx");
    await fs.writeFile(input, docx);
    const profile = path.join(dir, "profile");
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        soffice,
        [`-env:UserInstallation=file://${profile.split(path.sep).join("/")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, input],
        { stdio: "ignore" },
      );
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error("timeout"));
      }, timeoutMs);
      child.on("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on("exit", (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`soffice exit ${code}`));
      });
    });
    return new Uint8Array(await fs.readFile(path.join(dir, "ke-hoach.pdf")));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
