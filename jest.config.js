/** jest: ts-jest for TypeScript; node by default, jsdom per file (UI tests). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", isolatedModules: true }, diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    "^strip-bom$": "<rootDir>/test/stubs/strip-bom.js",
  },
  testTimeout: 60000,
  // At the end, which tests were skipped for a missing tool (Chromium, LibreOffice, ../shared) and how to get it.
  reporters: ["default", "<rootDir>/test/tools-reporter.js"],
  // What webpack's DefinePlugin sets in the pane (src/ui/version.ts).
  globals: { __CTCL_VERSION__: require("./package.json").version },
};
