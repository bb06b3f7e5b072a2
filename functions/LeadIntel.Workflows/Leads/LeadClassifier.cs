using System.Text.RegularExpressions;
using LeadIntel.Core.Model;
using LeadIntel.Workflows.Platforms;

namespace LeadIntel.Workflows.Leads;

/// <summary>
/// Tells businesses from people and students, as the seed's <c>student_only</c> filter needs: listings of
/// business platforms are businesses; profiles on social platforms are people, and students when their
/// headline or bio says they study.
/// </summary>
public static partial class LeadClassifier
{
    public const string Business = "business";
    public const string Person = "person";
    public const string Student = "student";

    public static string Classify(Lead lead)
    {
        if (lead.Kind is Student)
        {
            return Student;
        }

        var isProfile = lead.Platform is PlatformNames.LinkedIn or PlatformNames.Twitter or PlatformNames.Facebook or PlatformNames.Instagram;
        if (!isProfile)
        {
            return lead.Kind ?? Business;
        }

        var text = $"{lead.Name} {lead.Description}";
        return StudentWords().IsMatch(text) ? Student : Person;
    }

    [GeneratedRegex(@"\b(student|undergrad(uate)?|graduate student|studying|freshman|sophomore|class of \d{4}|B\.?Sc|M\.?Sc|PhD candidate|intern)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StudentWords();
}
