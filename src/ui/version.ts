/** The add-in's version: webpack's DefinePlugin sets __CTCL_VERSION__ from package.json; jest sets it in jest.config.js. */
declare const __CTCL_VERSION__: string | undefined;

export const VERSION: string = typeof __CTCL_VERSION__ === "string" ? __CTCL_VERSION__ : "dev";
