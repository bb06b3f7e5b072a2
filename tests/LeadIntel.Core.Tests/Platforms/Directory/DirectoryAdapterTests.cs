using System.Net;
using System.Net.Sockets;
using LeadIntel.Core.Model;
using LeadIntel.Core.Platforms;
using LeadIntel.Core.Platforms.Directory;
using LeadIntel.Demo.Catalog;

namespace LeadIntel.Core.Tests.Platforms.Directory;

public class DirectoryAdapterTests(DemoDirectoryServerFixture server) : IClassFixture<DemoDirectoryServerFixture>
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Walks_search_pages_until_max_results()
    {
        var (leads, errors, handler) = await RunAsync("dentists", maxResults: 15, concurrency: 3);

        Assert.Empty(errors);
        Assert.Equal(15, leads.Count);
        Assert.Equal(15, leads.Select(l => l.Url).Distinct().Count());
        Assert.All(leads, l => Assert.Equal("Dentist", l.Category));
        Assert.Equal(["search?q=dentists", "search?q=dentists&page=2"], handler.Requests.Where(IsSearch).Select(Relative).Order());
        Assert.Equal(15, handler.Requests.Count(u => !IsSearch(u)));
        Assert.InRange(handler.MaxInFlight, 1, 3);
    }

    [Fact]
    public async Task Stops_when_the_last_page_has_no_next_link()
    {
        var expected = BusinessCatalog.Default.Businesses.Where(b => b.Category == Categories.Dentists && b.City == Cities.Toronto).ToList();

        var (leads, errors, handler) = await RunAsync("dentists in Toronto", maxResults: 100);

        Assert.Empty(errors);
        Assert.Equal(expected.Select(b => b.Name).Order(), leads.Select(l => l.Name).Order());
        Assert.Equal(2, handler.Requests.Count(IsSearch));
        Assert.All(leads, l => Assert.Equal(Now, l.FoundAt));
        Assert.All(leads, l => Assert.Equal("dentists in Toronto", l.Query));
    }

    [Fact]
    public async Task Leads_carry_e164_phones_from_several_layers_and_the_website()
    {
        var (leads, _, _) = await RunAsync("lawyers", maxResults: 60);
        // Names repeat across cities (two "Northside Legal"s): the detail URL is the identity.
        var bySlug = BusinessCatalog.Default.Businesses.Where(b => b.Category == Categories.Lawyers).ToDictionary(b => b.Slug);

        Assert.Equal(bySlug.Count, leads.Count);
        foreach (var lead in leads)
        {
            var b = bySlug[new Uri(lead.Url).Segments[^1]];
            Assert.Equal(b.Name, lead.Name);
            Assert.Equal(b.PhoneStyle == PhoneStyle.Image ? [] : new[] { b.Phone.E164 }, lead.Phones.Select(p => p.E164));
            Assert.Equal(b.HasWebsite, lead.Website is not null);
            Assert.Equal((b.Latitude, b.Longitude), (lead.Latitude!.Value, lead.Longitude!.Value));
        }

        var layers = leads.SelectMany(l => l.Phones).SelectMany(p => p.Evidence).Select(e => e.Layer).ToHashSet();
        Assert.Superset(new HashSet<string> { ExtractionLayers.TelLink, ExtractionLayers.JsonLd, ExtractionLayers.VisibleText }, layers);
    }

    [Fact]
    public async Task A_missing_page_is_not_retryable()
    {
        using var http = new HttpClient();
        var adapter = new DirectoryAdapter(http, server.BaseUrl);
        var job = new PlatformJob("directory", PlatformJobLabels.Detail, new Uri(server.BaseUrl, "biz/closed-for-good").ToString(), "q", "US");

        var error = await Assert.ThrowsAsync<PlatformException>(() => adapter.RunAsync(job, Now));

        Assert.False(error.Retryable);
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_retryable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var http = new HttpClient();
        var adapter = new DirectoryAdapter(http, new Uri($"http://127.0.0.1:{port}/demo/directory/"));

        var error = await Assert.ThrowsAsync<PlatformException>(() => adapter.RunAsync(adapter.Seed(new PlatformRequest("q", 1))[0], Now));

        Assert.True(error.Retryable);
    }

    [Fact]
    public void Seeds_the_first_search_page()
    {
        using var http = new HttpClient();
        var job = Assert.Single(new DirectoryAdapter(http, server.BaseUrl).Seed(new PlatformRequest("cafés in Paris", 5, "FR")));

        Assert.Equal(("directory", PlatformJobLabels.Listing, "cafés in Paris", "FR"), (job.Platform, job.Label, job.Query, job.Region));
        Assert.Equal(DirectoryUrls.Search(server.BaseUrl, "cafés in Paris").ToString(), job.Url);
    }

    private async Task<(List<Lead> Leads, List<PlatformJobError> Errors, RecordingHandler Handler)> RunAsync(string query, int maxResults, int concurrency = 4)
    {
        var handler = new RecordingHandler();
        using var http = new HttpClient(handler);
        var runner = new PlatformJobRunner(new DirectoryAdapter(http, server.BaseUrl), new PlatformRunnerOptions { MaxConcurrency = concurrency }, new FixedClock(Now));
        var errors = new List<PlatformJobError>();
        var leads = await runner.RunAsync(new PlatformRequest(query, maxResults), errors).ToListAsync();
        return (leads, errors, handler);
    }

    private bool IsSearch(Uri url) => url.AbsolutePath.EndsWith("/search", StringComparison.Ordinal);

    private string Relative(Uri url) => server.BaseUrl.MakeRelativeUri(url).ToString();
}
