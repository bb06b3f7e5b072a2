using LeadIntel.Core.Model;
using LeadIntel.Workflows.Models;

namespace LeadIntel.Workflows.Leads;

/// <summary>
/// Applies a campaign's filters. A text filter drops a lead only when the lead has the field and it does
/// not match: a listing without an address is not proof it is elsewhere.
/// </summary>
public static class LeadFilter
{
    public static bool Keeps(Lead lead, CampaignFilters filters)
    {
        if (filters.StudentOnly && lead.Kind != LeadClassifier.Student)
        {
            return false;
        }

        return Matches(lead.Address, filters.Location)
            && Matches(lead.Category, filters.Category)
            && (filters.FieldOfStudy is null || lead.Kind != LeadClassifier.Student || Matches(lead.Description, filters.FieldOfStudy));
    }

    private static bool Matches(string? field, string? filter) =>
        string.IsNullOrWhiteSpace(filter) || field is null || field.Contains(filter.Trim(), StringComparison.OrdinalIgnoreCase);
}
