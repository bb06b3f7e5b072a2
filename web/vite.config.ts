import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

// The API runs on `leadintel up` (default port 7071); the dev server proxies to it so the app is same-origin,
// exactly as when `leadintel up` serves web/dist itself.
const apiTarget = process.env.LEADINTEL_API ?? "http://localhost:7071";

export default defineConfig({
  // Relative asset paths: web/dist deploys under any path of any static host.
  base: "./",
  plugins: [react(), tailwindcss()],
  server: {
    proxy: {
      "/api": apiTarget,
      "/hubs": { target: apiTarget, ws: true },
    },
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "node",
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
