using System.Net;

namespace LeadIntel.Demo.Pages;

/// <summary>HTML escaping for text and attribute values.</summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string Stars(double rating)
    {
        var full = (int)Math.Floor(rating);
        var half = rating - full >= 0.5;
        return new string('★', full) + (half ? "½" : string.Empty) + new string('☆', 5 - full - (half ? 1 : 0));
    }

    public static string Price(int level, string currency) => string.Concat(Enumerable.Repeat(currency, level));

    public static string Date(DateOnly date) => date.ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.0#####", System.Globalization.CultureInfo.InvariantCulture);
}
