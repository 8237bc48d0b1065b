import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

const CLIENT_CODE =
  "The site has no client code: the static export serves pages without Next.js's scripts (lib/export/finish.ts). A feature that needs JavaScript must change that first, and name its bytes in budgets.json.";

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    // Pages link with plain anchors: full loads of small prerendered pages need no router code.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    files: ["app/**", "components/**", "lib/**"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "ExpressionStatement[directive='use client']", message: CLIENT_CODE }],
      "no-restricted-imports": [
        "error",
        { paths: ["next/link", "next/script", "next/form", "next/image", "next/dynamic"].map((name) => ({ name, message: CLIENT_CODE })) },
      ],
    },
  },
  {
    // The comment workflow runs this file with plain Node, without installing the project (.github/workflows/changes-comment.yml).
    files: [".github/scripts/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "public/pagefind/**",
    ".test-results/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    ".bench/**",
  ]),
]);
