namespace LeadIntel.Core.Platforms;

/// <summary>
/// A platform (directory, website, maps, ...) as a source of leads. Work is split into jobs, one page each:
/// <see cref="Seed"/> names the first pages, <see cref="RunAsync"/> fetches one page and returns its leads and the
/// pages it leads to. A host runs the jobs in process (<see cref="PlatformJobRunner"/>) or one activity per job.
/// </summary>
public interface IPlatformAdapter
{
    /// <summary>The platform name written into leads and jobs, e.g. <c>directory</c>.</summary>
    string Platform { get; }

    /// <summary>The first jobs of a request (for a directory: page one of the search). Pure.</summary>
    IReadOnlyList<PlatformJob> Seed(PlatformRequest request);

    /// <summary>Fetches and parses one job's page.</summary>
    /// <param name="foundAt">The time written into the leads (the caller's clock, so replays agree).</param>
    /// <exception cref="PlatformException">The page could not be had; <see cref="PlatformException.Retryable"/> says whether trying again may help.</exception>
    Task<PlatformStep> RunAsync(PlatformJob job, DateTimeOffset foundAt, CancellationToken cancellationToken = default);
}
