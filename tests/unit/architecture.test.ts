// The lint rule that keeps database access in data.ts / mutations.ts modules really fires.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });
const source = `import { prisma } from "@/lib/db/client";\nexport const count = () => prisma.body.count();\n`;

async function ruleIds(filePath: string) {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe("database access boundary (eslint no-restricted-imports)", () => {
  it.each(["app/[lang]/page.tsx", "components/MeetingList.tsx", "lib/meetings/actions.ts", "lib/meetings/policy.ts", "components/meetings/admin/mutations/x.ts", "lib/meetings/schema/x.ts", "lib/meetings/mutations/agenda.ts", "lib/cases/data/x.ts"])(
    "refuses the database client in %s",
    async (file) => {
      expect(await ruleIds(file)).toContain("no-restricted-imports");
    },
  );

  it.each(["lib/meetings/data.ts", "lib/meetings/mutations.ts", "lib/meetings/agenda/mutations.ts", "lib/cases/desk/mutations.ts"])("allows it in %s", async (file) => {
    expect(await ruleIds(file)).not.toContain("no-restricted-imports");
  });
});
