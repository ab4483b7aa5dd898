import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `import "server-only"` guards modules from client bundles; in tests they run on the server anyway.
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty-module.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    // Integration files each start their own database; two cores – keep the pool small.
    maxWorkers: 2,
    testTimeout: 90_000, // 2 cores shared with builds: integration steps can be slow
    hookTimeout: 120_000,
  },
});
