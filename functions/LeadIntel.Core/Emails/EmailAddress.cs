using System.Text.RegularExpressions;

namespace LeadIntel.Core.Emails;

/// <summary>Validation of email addresses found on pages, rejecting look-alikes such as <c>logo@2x.png</c>.</summary>
public static partial class EmailAddress
{
    private static readonly HashSet<string> AssetExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "bmp", "ico", "tif", "tiff",
        "css", "js", "mjs", "map", "json", "woff", "woff2", "ttf", "eot", "otf", "mp4", "webm", "mp3", "pdf",
        "html", "htm", "php", "asp", "aspx", "jsp", "txt", "xml", "csv", "doc", "docx", "xls", "xlsx", "gz", "wav", "avi", "mov",
    };

    public static bool TryNormalize(string candidate, out string address)
    {
        address = candidate.Trim().Trim('.', ',', ';', ':', '"', '\'', '<', '>', '(', ')', '[', ']').ToLowerInvariant();
        if (address.Length > 254 || !Shape().IsMatch(address))
        {
            return false;
        }

        var at = address.LastIndexOf('@');
        var local = address[..at];
        var domain = address[(at + 1)..];
        var tld = domain[(domain.LastIndexOf('.') + 1)..];

        // logo@2x.png, icon@3x.webp, sprite@1.5x.svg: retina asset names, not mailboxes.
        if (AssetExtensions.Contains(tld) || RetinaSuffix().IsMatch(domain))
        {
            return false;
        }

        if (local.Length > 64 || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        // Error-tracker and build hashes ("3f2a...9c@o123.ingest.sentry.io", "a1b2c3d4e5f6...@sentry.wixpress.com").
        if (local.Length >= 24 && local.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        // Placeholders from templates and docs.
        return domain is not ("example.com" or "example.org" or "example.net" or "domain.com" or "email.com" or "yourdomain.com" or "sentry.io")
            && !domain.EndsWith(".example", StringComparison.Ordinal)
            && !domain.StartsWith("sentry", StringComparison.Ordinal)
            && !domain.EndsWith("wixpress.com", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[a-z0-9._%+\-]+@(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^\d+(\.\d+)?x\.", RegexOptions.CultureInvariant)]
    private static partial Regex RetinaSuffix();
}
