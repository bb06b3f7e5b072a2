namespace LeadIntel.Demo.Pages;

/// <summary>The directory's stylesheet and script: enough to look and behave like a real site.</summary>
internal static class DirectoryAssets
{
    public const string Css = """
        :root { --brand: #d32323; --ink: #2d2e2f; --muted: #6e7072; --line: #ebebeb; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: #fafafa; }
        a { color: #0073bb; text-decoration: none; } a:hover { text-decoration: underline; }
        .site-header { background: var(--brand); color: #fff; padding: 12px 24px; display: flex; gap: 24px; align-items: center; }
        .site-header .logo { color: #fff; font-weight: 800; font-size: 22px; letter-spacing: -0.5px; }
        .site-header form { display: flex; flex: 1; max-width: 720px; }
        .site-header input { flex: 1; padding: 10px 12px; border: 0; border-radius: 4px 0 0 4px; font-size: 15px; }
        .site-header button { padding: 0 18px; border: 0; background: #a61c1c; color: #fff; border-radius: 0 4px 4px 0; }
        .site-header nav a { color: #fff; margin-left: 16px; }
        .layout { display: grid; grid-template-columns: 240px 1fr; gap: 32px; max-width: 1180px; margin: 24px auto; padding: 0 24px; }
        .layout.detail { grid-template-columns: 1fr 300px; }
        .filters h3 { font-size: 14px; margin: 18px 0 6px; } .filters ul { list-style: none; padding: 0; margin: 0; }
        .filters .count, .muted { color: var(--muted); }
        .results { list-style: none; padding: 0; margin: 0; }
        .result-card { display: flex; gap: 16px; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 16px; margin-bottom: 12px; }
        .result-card .thumb { width: 96px; height: 96px; border-radius: 4px; background: #eee; }
        .result-card h2 { font-size: 18px; margin: 0 0 4px; } .rank { color: var(--muted); margin-right: 4px; }
        .stars { color: #f15c00; letter-spacing: 1px; } .price, .category { color: var(--muted); }
        .sponsored-card { border: 1px dashed #c8c8c8; padding: 12px 16px; margin-bottom: 12px; border-radius: 6px; background: #fffdf5; }
        .pagination { display: flex; gap: 8px; margin: 24px 0; } .pagination .current { font-weight: 700; }
        .biz-detail { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 24px; }
        .biz-phone-img { vertical-align: middle; } .reveal-phone { padding: 6px 12px; }
        .map { height: 220px; background: repeating-linear-gradient(45deg, #e8efe3, #e8efe3 10px, #f3f7f0 10px, #f3f7f0 20px); border-radius: 6px; margin: 16px 0; }
        .review { border-top: 1px solid var(--line); padding: 12px 0; }
        .site-footer { border-top: 1px solid var(--line); margin-top: 48px; padding: 24px; color: var(--muted); font-size: 13px; text-align: center; }
        """;

    public const string Script = """
        (function () {
          "use strict";
          window.dataLayer = window.dataLayer || [];
          window.dataLayer.push({ event: "page_view", site_id: "LS-4165550123-02", build: 20240611173045, ts: Date.now() });
          document.querySelectorAll(".reveal-phone").forEach(function (button) {
            button.addEventListener("click", function () {
              button.textContent = "Loading…";
              setTimeout(function () { button.textContent = "Call the business from the app"; }, 1200);
            });
          });
          var map = document.getElementById("map");
          if (map && map.dataset.lat) { map.setAttribute("title", map.dataset.lat + ", " + map.dataset.lng); }
        })();
        """;

    /// <summary>A neutral placeholder thumbnail.</summary>
    public const string Thumbnail = """<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><rect width="96" height="96" fill="#e6e6e6"/><path d="M20 70l18-22 14 16 10-12 14 18z" fill="#c4c4c4"/><circle cx="66" cy="32" r="8" fill="#c4c4c4"/></svg>""";
}
