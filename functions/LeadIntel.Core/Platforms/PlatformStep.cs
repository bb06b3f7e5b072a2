using LeadIntel.Core.Model;

namespace LeadIntel.Core.Platforms;

/// <summary>What one <see cref="PlatformJob"/> produced: leads, and the jobs it discovered.</summary>
public sealed record PlatformStep(IReadOnlyList<Lead> Leads, IReadOnlyList<PlatformJob> FollowUps)
{
    public static PlatformStep Empty { get; } = new([], []);
}
