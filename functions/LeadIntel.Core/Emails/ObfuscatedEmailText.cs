using System.Text.RegularExpressions;

namespace LeadIntel.Core.Emails;

/// <summary>
/// Undoes the common ways people write an address so scrapers miss it: "name [at] domain [dot] com",
/// "name (at) domain (dot) com", "name{at}domain{dot}com", "name@domain[.]com", "NAME AT DOMAIN DOT COM", and
/// plain "name at domain dot com" only when it ends in a common top-level domain (so prose is left alone).
/// </summary>
public static partial class ObfuscatedEmailText
{
    /// <summary>The text with the obfuscations replaced by '@' and '.'.</summary>
    public static string Reveal(string text)
    {
        if (!text.Contains("at", StringComparison.OrdinalIgnoreCase) && !text.Contains('@') && !text.Contains("dot", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var revealed = BracketedAt().Replace(text, "@");
        revealed = BracketedDot().Replace(revealed, ".");
        revealed = SpacedAt().Replace(revealed, "@");
        revealed = UpperDot().Replace(revealed, ".");
        return SpelledOut().Replace(revealed, m => $"{m.Groups["local"].Value}@{SpelledDot().Replace(m.Groups["domain"].Value, ".")}");
    }

    [GeneratedRegex(@"\s*[\[\(\{<]\s*(?:at|@)\s*[\]\)\}>]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex BracketedAt();

    [GeneratedRegex(@"\s*[\[\(\{<]\s*(?:dot|\.)\s*[\]\)\}>]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex BracketedDot();

    // "name AT domain" and "name @ domain": upper case or a bare symbol is deliberate, unlike the word "at" in prose.
    [GeneratedRegex(@"(?<=[A-Za-z0-9_])[ \t]+(?:AT|@)[ \t]+(?=[A-Za-z0-9])", RegexOptions.CultureInvariant, 200)]
    private static partial Regex SpacedAt();

    [GeneratedRegex(@"(?<=@[A-Za-z0-9.\-]{1,63})[ \t]+(?:DOT|\.)[ \t]+(?=[A-Za-z0-9])", RegexOptions.CultureInvariant, 200)]
    private static partial Regex UpperDot();

    [GeneratedRegex(@"(?<![\w.@])(?<local>[a-z0-9][a-z0-9._%+\-]{0,63})\s+at\s+(?<domain>[a-z0-9][a-z0-9\-]{0,62}(?:\s+dot\s+[a-z0-9\-]{1,63}){0,3}\s+dot\s+(?:com|net|org|info|biz|io|co|edu|gov|de|uk|ca|au|fr|in|br|jp|us|eu|es|it|nl|ch|at|be|ie|nz|mx))(?![\w@])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex SpelledOut();

    [GeneratedRegex(@"\s+dot\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex SpelledDot();
}
