import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createServices, ServicesProvider } from "./AppServices";
import { loadRuntimeConfig } from "./config/runtimeConfig";
import "./index.css";

// config.json sits next to index.html, so a deployment swaps it without rebuilding.
const config = await loadRuntimeConfig(new URL("config.json", document.baseURI).toString());

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ServicesProvider services={createServices(config)}>
      <App />
    </ServicesProvider>
  </StrictMode>,
);
