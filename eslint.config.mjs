import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Architecture rule: only a domain's data.ts (reads) and mutations.ts (writes) reach the database. A domain that has
// grown splits into parts with the same file names (lib/meetings/agenda/mutations.ts), re-exported by the domain's
// own data.ts / mutations.ts. Pages,
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
    ignores: ["**/data.ts", "**/mutations.ts", "lib/db/**", "prisma/**", "scripts/**", "tests/**", "prisma.config.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: DATABASE_MODULES,
              message: "Only data.ts (reads) and mutations.ts (writes) modules may use the database client.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
