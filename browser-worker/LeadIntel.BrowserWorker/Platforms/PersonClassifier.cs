using System.Text.RegularExpressions;

namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>Student or professional, from what a profile says about itself (the seed's student_only filter).</summary>
public static partial class PersonClassifier
{
    public const string Student = "student";
    public const string Person = "person";

    /// <param name="educationYears">The latest education's date range, e.g. <c>2023 - 2027</c>.</param>
    public static string Classify(string? headline, string? educationYears, int currentYear)
    {
        if (headline is not null && StudentWords().IsMatch(headline))
        {
            return Student;
        }

        // Still enrolled: the latest education ends this year or later.
        var end = educationYears is null ? null : EndYear().Match(educationYears);
        return end is { Success: true } && int.Parse(end.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= currentYear ? Student : Person;
    }

    [GeneratedRegex(@"\b(student|undergrad(uate)?|candidate|studying|intern)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StudentWords();

    [GeneratedRegex(@"(\d{4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EndYear();
}
