using LeadIntel.Core.Crawling;
using LeadIntel.Core.Extraction;

namespace LeadIntel.Cli.Extract;

/// <summary>
/// Turns one CLI input (a file path or an http(s) URL) into an <see cref="ExtractOutput"/>. With a
/// crawler, URL inputs are crawled (their site, contact pages first) instead of read as one page.
/// </summary>
public sealed class InputExtractor(ExtractRequest request, HttpClient http, WebsiteCrawler? crawler = null)
{
    private static readonly HashSet<string> SupportedExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".txt", ".png", ".jpg", ".jpeg" };
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm" };
    private readonly PageExtractor _pages = PageExtractor.CreateDefault();

    public async Task<ExtractOutput> ExtractAsync(string input, CancellationToken ct)
    {
        try
        {
            if (Uri.TryCreate(input, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                return crawler is null ? await FromUrlAsync(input, url, ct) : await CrawlAsync(input, url, crawler, ct);
            }

            return await FromFileAsync(input, ct);
        }
        catch (HttpRequestException ex)
        {
            return ExtractOutput.Failed(input, $"unreachable: {ex.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return ExtractOutput.Failed(input, "unreachable: timed out");
        }
        catch (IOException ex)
        {
            return ExtractOutput.Failed(input, $"cannot read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return ExtractOutput.Failed(input, $"cannot read: {ex.Message}");
        }
    }

    private async Task<ExtractOutput> FromUrlAsync(string input, Uri url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, ct);
        if (!response.IsSuccessStatusCode)
        {
            return ExtractOutput.Failed(input, $"http {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        var html = await response.Content.ReadAsStringAsync(ct);
        var result = _pages.Extract(html, response.RequestMessage?.RequestUri ?? url, request.Region);
        return new ExtractOutput(input, result.Phones, result.Emails, null);
    }

    private async Task<ExtractOutput> CrawlAsync(string input, Uri url, WebsiteCrawler websiteCrawler, CancellationToken ct)
    {
        var result = await websiteCrawler.CrawlAsync(url, request.Region, ct);
        return new ExtractOutput(input, result.Phones, result.Emails, StartPageError(result))
        {
            Pages = result.Pages.Select(p => p.Url).ToList(),
            NeedsBrowser = result.NeedsBrowser,
        };
    }

    /// <summary>A crawl fails when its start page could not be read; trouble on other pages is not the input's failure.</summary>
    private static string? StartPageError(CrawlResult result)
    {
        var start = result.Pages.FirstOrDefault(p => p.Depth == 0);
        if (start is { Status: >= 200 and < 300 })
        {
            return null;
        }

        // The start page is visited first, so its error (or the robots.txt problem that stopped it) leads the list.
        var error = result.Errors.FirstOrDefault()?.Message;
        return error ?? (result.RobotsDenied.Count > 0 ? "robots.txt disallows this URL" : "start page not fetched");
    }

    private async Task<ExtractOutput> FromFileAsync(string input, CancellationToken ct)
    {
        var extension = Path.GetExtension(input);
        if (!SupportedExtensions.Contains(extension))
        {
            return ExtractOutput.Failed(input, $"unsupported file type '{extension}': use .html, .htm, .txt, .png, .jpg or an http(s) URL");
        }

        if (!File.Exists(input))
        {
            return ExtractOutput.Failed(input, "file not found");
        }

        if (HtmlExtensions.Contains(extension))
        {
            var html = await File.ReadAllTextAsync(input, ct);
            var result = _pages.Extract(html, null, request.Region);
            return new ExtractOutput(input, result.Phones, result.Emails, null);
        }

        if (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            var text = await File.ReadAllTextAsync(input, ct);
            var html = "<html><body><pre>" + System.Net.WebUtility.HtmlEncode(text) + "</pre></body></html>";
            var result = _pages.Extract(html, null, request.Region);
            return new ExtractOutput(input, result.Phones, result.Emails, null);
        }

        return ExtractOutput.Failed(input, "image input needs OCR, which is not wired in yet");
    }
}
