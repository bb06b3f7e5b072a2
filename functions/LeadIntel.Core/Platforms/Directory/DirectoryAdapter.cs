using System.Net;
using LeadIntel.Core.Extraction;

namespace LeadIntel.Core.Platforms.Directory;

/// <summary>
/// The <c>directory</c> platform over plain HTTP: a listing job fetches one search results page and returns its
/// detail pages and the next page as follow-ups; a detail job fetches one business page and returns its lead.
/// </summary>
/// <param name="baseUrl">The directory root, e.g. <c>http://127.0.0.1:7071/demo/directory/</c>.</param>
public sealed class DirectoryAdapter(HttpClient http, Uri baseUrl, PageExtractor? extractor = null) : IPlatformAdapter
{
    private readonly PageExtractor _extractor = extractor ?? PageExtractor.CreateDefault();

    public string Platform => DirectoryDetailParser.Platform;

    public IReadOnlyList<PlatformJob> Seed(PlatformRequest request) =>
        [new PlatformJob(Platform, PlatformJobLabels.Listing, DirectoryUrls.Search(baseUrl, request.Query).ToString(), request.Query, request.Region)];

    public async Task<PlatformStep> RunAsync(PlatformJob job, DateTimeOffset foundAt, CancellationToken cancellationToken = default)
    {
        var url = new Uri(job.Url);
        var html = await FetchAsync(url, cancellationToken).ConfigureAwait(false);
        switch (job.Label)
        {
            case PlatformJobLabels.Listing:
                var page = DirectorySearchParser.Parse(html, url);
                var followUps = page.Listings
                    .Select(listing => job with { Label = PlatformJobLabels.Detail, Url = listing.DetailUrl.ToString() })
                    .ToList();
                if (page.NextPageUrl is not null)
                {
                    followUps.Add(job with { Url = page.NextPageUrl.ToString() });
                }

                return new PlatformStep([], followUps);
            case PlatformJobLabels.Detail:
                return new PlatformStep([DirectoryDetailParser.Parse(html, url, job.Query, job.Region, foundAt, _extractor)], []);
            default:
                throw new PlatformException($"The directory has no '{job.Label}' pages.", retryable: false);
        }
    }

    private async Task<string> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var status = response.StatusCode;
                // Gone or refused will not change on a retry; overload and server faults may.
                var retryable = status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;
                throw new PlatformException($"{url} answered {(int)status} {response.ReasonPhrase}.", retryable);
            }

            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException error)
        {
            throw new PlatformException($"{url}: {error.Message}", retryable: true, error);
        }
        catch (TaskCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PlatformException($"{url} timed out.", retryable: true, error);
        }
    }
}
