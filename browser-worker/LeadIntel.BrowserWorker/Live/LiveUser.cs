using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace LeadIntel.BrowserWorker.Live;

/// <summary>
/// Who a live viewer is. Until authentication lands: the <c>X-User-Id</c> header, or the <c>user</c> query
/// parameter (browsers cannot set headers on WebSockets), default <c>local</c>. The single seam to replace.
/// </summary>
public static partial class LiveUser
{
    public const string Header = "X-User-Id";
    public const string Query = "user";
    public const string DefaultUser = "local";

    /// <summary>The caller's id, or null when what they sent is not a usable id.</summary>
    public static string? Resolve(HttpContext? http)
    {
        var value = http?.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(value))
        {
            value = http?.Request.Query[Query].ToString();
        }

        if (string.IsNullOrEmpty(value))
        {
            return DefaultUser;
        }

        return SafeId().IsMatch(value) ? value : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeId();
}
