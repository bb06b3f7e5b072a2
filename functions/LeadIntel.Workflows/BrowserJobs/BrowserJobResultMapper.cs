using LeadIntel.Core.Platforms;
using LeadIntel.Workflows.Models;

namespace LeadIntel.Workflows.BrowserJobs;

/// <summary>Turns a worker's <see cref="BrowserJobResult"/> into the <see cref="SearchResult"/> the search orchestration waits for.</summary>
public static class BrowserJobResultMapper
{
    public static SearchResult ToSearchResult(BrowserJobResult result)
    {
        var errors = result.Errors.Select(e => new SearchError(result.Platform, result.Query, e)).ToList();
        // A blocked or failed job is an error even when the worker listed no per-listing errors:
        // it must never read as an empty success.
        if (!result.Completed && !errors.Any(e => e.Message == result.Status))
        {
            errors.Insert(0, new SearchError(result.Platform, result.Query, result.Status));
        }

        var progress = new SearchProgress(result.Found, result.Processed, result.Leads, result.Phones, errors.Count);
        return new SearchResult(result.SearchIndex, result.Platform, result.Query, progress, errors);
    }
}
