using System.Text.Json;
using LeadIntel.Core.Extraction;
using LeadIntel.Workflows.Models;
using LeadIntel.Workflows.Platforms;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace LeadIntel.Workflows.Api;

/// <summary>Reads and validates a campaign body; every rejection names the offending field.</summary>
public sealed class CampaignBodyReader(IOptions<ApiOptions> options, TimeProvider clock)
{
    private readonly ApiOptions _limits = options.Value;

    /// <summary>The campaign to start, or the problem to answer with.</summary>
    public async Task<(CampaignRecord? Campaign, IResult? Problem)> ReadAsync(HttpRequest request, string userId, CancellationToken ct)
    {
        if (request.ContentLength > _limits.MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _limits.MaxBodyBytes)
            {
                return (null, TooLarge());
            }
        }

        CampaignBody? body;
        try
        {
            body = JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ApiJson.Default.CampaignBody);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return (null, ApiProblems.BadRequest(field, $"Malformed JSON: {ex.Message}"));
        }

        return body is null ? (null, ApiProblems.BadRequest("body", "A JSON object is required.")) : Validate(body, userId);
    }

    internal (CampaignRecord? Campaign, IResult? Problem) Validate(CampaignBody body, string userId)
    {
        var platforms = (body.Platforms ?? []).Select(p => p?.Trim().ToLowerInvariant() ?? "").Distinct().ToList();
        if (platforms.Count == 0)
        {
            return (null, ApiProblems.BadRequest("platforms", $"At least one platform is required: {string.Join(", ", PlatformNames.All)}."));
        }

        if (platforms.FirstOrDefault(p => !PlatformNames.IsKnown(p)) is { } unknown)
        {
            return (null, ApiProblems.BadRequest("platforms", $"Unknown platform '{unknown}': use {string.Join(", ", PlatformNames.All)}."));
        }

        var queries = (body.Queries ?? []).Select(q => q?.Trim() ?? "").ToList();
        if (queries.Count == 0)
        {
            return (null, ApiProblems.BadRequest("queries", "At least one query is required."));
        }

        for (var i = 0; i < queries.Count; i++)
        {
            if (queries[i].Length == 0 || queries[i].Length > _limits.MaxQueryLength)
            {
                return (null, ApiProblems.BadRequest($"queries[{i}]", $"A query must have 1–{_limits.MaxQueryLength} characters."));
            }

            if (platforms.Contains(PlatformNames.Website) && SiteUrl.TryParse(queries[i]) is null)
            {
                return (null, ApiProblems.BadRequest($"queries[{i}]", $"Platform 'website' needs each query to be a URL or a domain; '{queries[i]}' is neither."));
            }
        }

        queries = queries.Distinct(StringComparer.Ordinal).ToList();
        if (queries.Count * platforms.Count > _limits.MaxSearches)
        {
            return (null, ApiProblems.BadRequest("queries", $"At most {_limits.MaxSearches} (query, platform) pairs per campaign."));
        }

        var maxResults = body.MaxResults ?? _limits.DefaultMaxResults;
        if (maxResults < 1 || maxResults > _limits.MaxResultsLimit)
        {
            return (null, ApiProblems.BadRequest("max_results", $"max_results must be between 1 and {_limits.MaxResultsLimit}."));
        }

        var region = (body.Region ?? "US").Trim().ToUpperInvariant();
        if (!PageRegion.IsSupported(region))
        {
            return (null, ApiProblems.BadRequest("region", $"Unknown region '{body.Region}': use an ISO 3166 alpha-2 code such as US, CA, GB."));
        }

        var f = body.Filters;
        var filters = new CampaignFilters(Blank(f?.Location), Blank(f?.Category), f?.StudentOnly ?? false, Blank(f?.FieldOfStudy));
        if (body.Options?.Ocr == true && !platforms.Any(PlatformNames.IsBrowser))
        {
            // HTTP platforms read listings without rendering their images: refused rather than silently ignored.
            return (null, ApiProblems.BadRequest(
                "options.ocr", $"options.ocr applies to the browser platforms ({string.Join(", ", PlatformNames.Browser)}); this campaign has none."));
        }

        var enrichment = new LeadEnrichment(body.Options?.CrawlWebsite ?? true, body.Options?.ExtractEmails ?? true, body.Options?.Ocr);
        var id = "cmp-" + Guid.NewGuid().ToString("N")[..20];
        return (new CampaignRecord(id, userId, queries, platforms, maxResults, region, filters, clock.GetUtcNow(), enrichment), null);
    }

    private IResult TooLarge() => ApiProblems.BadRequest("body", $"The body exceeds {_limits.MaxBodyBytes} bytes.");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
