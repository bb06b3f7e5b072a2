using AngleSharp.Dom;

namespace LeadIntel.BrowserWorker.Platforms.GoogleMaps;

/// <summary>Google's interstitials: the cookie consent page and the "unusual traffic" CAPTCHA.</summary>
public static class GoogleBlocks
{
    public static PlatformBlock? Detect(Uri url, IDocument document)
    {
        var text = document.Body?.TextContent ?? string.Empty;
        if (url.AbsolutePath.Contains("/sorry/", StringComparison.Ordinal) || document.QuerySelector("#captcha-form, .g-recaptcha, iframe[src*='recaptcha']") is not null
            || text.Contains("unusual traffic", StringComparison.OrdinalIgnoreCase))
        {
            return PlatformBlock.Captcha(url.ToString());
        }

        if (url.Host.StartsWith("consent.", StringComparison.OrdinalIgnoreCase) || url.AbsolutePath.Contains("/consent/", StringComparison.Ordinal)
            || text.Contains("Before you continue to Google", StringComparison.OrdinalIgnoreCase))
        {
            return PlatformBlock.Consent(url.ToString());
        }

        return null;
    }
}
