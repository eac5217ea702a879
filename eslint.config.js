// ESLint flat config: the recommended JS and TypeScript rules, the React hooks
// rules for the pane, and the folder boundaries of ARCHITECTURE.md:
//   core    pure: no adapter, no UI, no Office, no Node, no DOM framework
//   ui      sees only the Host interface: no adapter (office, file, cli)
//   office  Office.js adapter: no other adapter, no UI
//   file    exceljs adapter: no other adapter, no UI
//   browser neutral page helpers shared by the adapters: nothing but core
//   cli     Node over core + file: no Office adapter, no UI
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");

/** no-restricted-imports patterns for a folder: each forbidden folder, relative from anywhere. */
function forbid(folders, extra = []) {
  return {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...folders.map((f) => ({
            group: [`**/${f}`, `**/${f}/**`, `../${f}`, `../${f}/**`, `../../${f}`, `../../${f}/**`],
            message: `ARCHITECTURE.md: this folder does not import from src/${f}.`,
          })),
          ...extra,
        ],
      },
    ],
  };
}

const NODE_AND_UI = [
  { group: ["fs", "fs/*", "path", "child_process", "os", "node:*"], message: "core has no IO: pass bytes and data in." },
  { group: ["react", "react-dom", "react-dom/*", "@fluentui/*"], message: "core has no UI: React lives in src/ui." },
  { group: ["exceljs"], message: "core reads grids, not files: exceljs lives in src/file." },
];

const OFFICE_GLOBALS = [
  { name: "Office", message: "Office.js lives in src/office only." },
  { name: "Excel", message: "Office.js lives in src/office only." },
];

module.exports = tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", ".tmpcli/**", "node_modules/**", "coverage/**", "test-artifacts/**", "release/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  { files: ["src/core/**/*.ts"], rules: { ...forbid(["office", "file", "ui", "cli", "browser", "taskpane", "commands"], NODE_AND_UI), "no-restricted-globals": ["error", ...OFFICE_GLOBALS] } },
  { files: ["src/ui/**/*.{ts,tsx}"], rules: { ...forbid(["office", "file", "cli", "browser", "taskpane"]), "no-restricted-globals": ["error", ...OFFICE_GLOBALS] } },
  { files: ["src/office/**/*.ts"], rules: forbid(["file", "ui", "cli", "taskpane"]) },
  { files: ["src/file/**/*.ts"], rules: { ...forbid(["office", "ui", "cli", "taskpane"]), "no-restricted-globals": ["error", ...OFFICE_GLOBALS] } },
  { files: ["src/browser/**/*.ts"], rules: { ...forbid(["office", "file", "ui", "cli", "taskpane"]), "no-restricted-globals": ["error", ...OFFICE_GLOBALS] } },
  { files: ["src/cli/**/*.ts"], rules: { ...forbid(["office", "ui", "browser", "taskpane"]), "no-restricted-globals": ["error", ...OFFICE_GLOBALS] } },
  {
    files: ["src/ui/**/*.tsx", "src/ui/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
);
