import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["node_modules/**"],
    testTimeout: 20000,
    // The end-to-end tests install and start real editors; they get their own, longer limits.
    hookTimeout: 600000,
  },
});
