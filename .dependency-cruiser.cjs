/**
 * The boundaries between the code's layers, checked by `npm run lint:deps` (part of `npm run lint`):
 * app/ composes components/ and lib/; components/ draw what lib/ models; lib/ knows neither.
 * Type-only imports count (`tsPreCompilationDeps`): a cycle of types is still two modules that
 * cannot be understood, or moved, one without the other.
 */
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No module reaches itself through its imports, type-only imports included.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-circular-folders",
      severity: "error",
      scope: "folder",
      comment: "No folder reaches itself through its files' imports: lib/'s folders (content, browse, pages, og, changes) stack in layers.",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-not-above",
      severity: "error",
      comment: "lib/ is the model: it never imports the components that draw it, nor the routes that compose them.",
      from: { path: "^lib/" },
      to: { path: "^(components|app)/" },
    },
    {
      name: "content-through-its-index",
      severity: "error",
      comment: "lib/content/index.ts is the content pipeline's one public entry; its other files are its own.",
      from: { pathNot: "^lib/content/" },
      to: { path: "^lib/content/", pathNot: "^lib/content/index\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    skipAnalysisNotInRules: true,
  },
};
