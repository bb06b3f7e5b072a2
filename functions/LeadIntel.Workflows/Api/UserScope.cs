using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace LeadIntel.Workflows.Api;

/// <summary>
/// Who the caller is. Until authentication lands, the <c>X-User-Id</c> header names the user (default
/// <c>local</c>); this is the single seam to replace. A user id becomes a table partition key and a blob
/// path segment, so it is restricted to a safe alphabet.
/// </summary>
public static partial class UserScope
{
    public const string Header = "X-User-Id";
    public const string DefaultUser = "local";

    /// <summary>The caller's user id, or null when the header holds something unusable.</summary>
    public static string? Resolve(HttpRequest request)
    {
        var value = request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(value))
        {
            return DefaultUser;
        }

        return SafeId().IsMatch(value) ? value : null;
    }

    public static IResult Invalid() => ApiProblems.BadRequest(Header, "X-User-Id must be 1–64 characters of A–Z, a–z, 0–9, '-' or '_'.");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeId();
}
