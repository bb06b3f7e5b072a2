using LeadIntel.Core.Model;

namespace LeadIntel.Workflows.Platforms;

/// <summary>What a business's own website says about it: its title and the contacts found on it.</summary>
public sealed record SiteContacts(string Url, string? Title, IReadOnlyList<Phone> Phones, IReadOnlyList<Email> Emails);
