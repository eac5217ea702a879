/** The folder boundaries of ARCHITECTURE.md are enforced by `npm run lint` (eslint.config.js). */
import * as path from "path";
import { ESLint } from "eslint";

// The project's own config, passed in (ESLint's config loader needs ESM dynamic import, which jest does not give).
const config = require("../eslint.config.js");
const eslint = new ESLint({ cwd: path.join(__dirname, ".."), overrideConfigFile: true, overrideConfig: config });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(__dirname, "..", file) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("folder boundaries", () => {
  it.each([
    ["src/ui/x.ts", 'import { FileHost } from "../file/host";\nexport const x = FileHost;\n', /src\/file/],
    ["src/ui/components/x.tsx", 'import { createExcelHost } from "../../office";\nexport const x = createExcelHost;\n', /src\/office/],
    ["src/office/x.ts", 'import { FileHost } from "../file/host";\nexport const x = FileHost;\n', /src\/file/],
    ["src/file/x.ts", 'import { createExcelHost } from "../office";\nexport const x = createExcelHost;\n', /src\/office/],
    ["src/core/x.ts", 'import * as fs from "fs";\nexport const x = fs;\n', /core has no IO/],
    ["src/core/read/x.ts", 'import * as React from "react";\nexport const x = React;\n', /core has no UI/],
    ["src/ui/x.ts", "export const x = Office.context;\n", /Office\.js lives in src\/office/],
  ])("%s: a forbidden import is an error", async (file, code, why) => {
    const found = await problems(file, code);
    expect(found.join("\n")).toMatch(why);
  });

  it("what the architecture allows passes", async () => {
    expect(await problems("src/ui/x.ts", 'import type { Host } from "../host";\nimport { checkPlan } from "../core/check";\nexport const x: [Host | null, unknown] = [null, checkPlan];\n')).toEqual([]);
    expect(await problems("src/office/x.ts", 'import { downloadBytes } from "../browser/download";\nexport const x = [downloadBytes, Office];\n')).toEqual([]);
  });

  it("the React hooks rules apply to the pane", async () => {
    const code = 'import * as React from "react";\nexport function C({ on }: { on: boolean }) {\n  if (on) React.useState(0);\n  return null;\n}\n';
    expect((await problems("src/ui/components/X.tsx", code)).join("\n")).toMatch(/react-hooks\/rules-of-hooks/);
  });
});
