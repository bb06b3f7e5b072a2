namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>A rendered page as an adapter saw it: where it ended up, its DOM as HTML, and the viewport it was drawn in.</summary>
public sealed record PageCapture(Uri Url, string Html, int ViewportWidth = 1280, int ViewportHeight = 800);
