namespace LeadIntel.BrowserWorker.PagePhones;

/// <summary>Where an element is drawn: CSS px relative to the viewport, the scroll offsets and the viewport size then.</summary>
internal sealed record ElementPlace(double X, double Y, double Width, double Height, double ScrollX, double ScrollY, double ViewportWidth, double ViewportHeight);
