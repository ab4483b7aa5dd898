import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Architecture rule: only a domain's data.ts (reads) and mutations.ts (writes) reach the database – or, where a
// domain has grown, the files under its data/ and mutations/ folders that those modules re-export. Pages,
// components, actions and policies go through them, so every query sits next to its authorization and cache tags.
const DATABASE_MODULES = [
  "@/lib/db/client",
  "**/lib/db/client",
  "**/db/client",
  "@/lib/db/generated/**",
  "**/generated/prisma",
  "**/generated/prisma/**",
  "@prisma/client",
  "@prisma/client/**",
  "@prisma/adapter-pg",
  "pg",
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", "data/**", "lib/db/generated/**", "playwright-report/**", "test-results/**", "next-env.d.ts"],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["**/data.ts", "**/mutations.ts", "lib/*/data/*.ts", "lib/*/mutations/*.ts", "lib/db/**", "prisma/**", "scripts/**", "tests/**", "prisma.config.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: DATABASE_MODULES,
              message: "Only data.ts (reads) and mutations.ts (writes) modules (or lib/<domain>/data/ and mutations/) may use the database client.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
