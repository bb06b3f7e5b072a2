using LeadIntel.Core.Crawling;
using LeadIntel.Core.Extraction;
using LeadIntel.Core.Ocr;

namespace LeadIntel.Cli.Extract;

/// <summary>
/// Turns one CLI input (a file path or an http(s) URL) into an <see cref="ExtractOutput"/>. With a
/// crawler, URL inputs are crawled (their site, contact pages first) instead of read as one page.
/// Images are read by OCR; with <c>--ocr</c>, so are a page's likely contact images.
/// </summary>
public sealed class InputExtractor(ExtractRequest request, HttpClient http, WebsiteCrawler? crawler = null) : IDisposable
{
    private static readonly HashSet<string> SupportedExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".txt", ".png", ".jpg", ".jpeg" };
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm" };
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg" };
    private readonly PageExtractor _pages = PageExtractor.CreateDefault();
    private readonly ImageLoader _images = new(http);

    // Tesseract loads only when an input needs it; two engines match the two cores OCR has here.
    private readonly Lazy<OcrEnginePool> _ocr = new(() => new OcrEnginePool(Math.Clamp(Environment.ProcessorCount, 1, 2)));

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
        catch (ImageLoadException ex)
        {
            return ExtractOutput.Failed(input, $"cannot read: {ex.Message}");
        }
        catch (OcrException ex)
        {
            return ExtractOutput.Failed(input, $"ocr: {ex.Message}");
        }
    }

    public void Dispose()
    {
        if (_ocr.IsValueCreated)
        {
            _ocr.Value.Dispose();
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
        var page = HtmlPage.Parse(html, response.RequestMessage?.RequestUri ?? url, request.Region);
        return await FromPageAsync(input, page, null, ct);
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
            var page = HtmlPage.Parse(html, null, request.Region);
            return await FromPageAsync(input, page, new Uri(Path.GetFullPath(input)), ct);
        }

        if (ImageExtensions.Contains(extension))
        {
            return await FromImageAsync(input, ct);
        }

        var text = await File.ReadAllTextAsync(input, ct);
        var result = _pages.Extract("<html><body><pre>" + System.Net.WebUtility.HtmlEncode(text) + "</pre></body></html>", null, request.Region);
        return new ExtractOutput(input, result.Phones, result.Emails, null);
    }

    /// <param name="fileBase">The HTML file's own URI when read from disk: relative images resolve against it.</param>
    private async Task<ExtractOutput> FromPageAsync(string input, HtmlPage page, Uri? fileBase, CancellationToken ct)
    {
        var phones = new PhoneAggregator();
        var emails = new EmailAggregator();
        _pages.Collect(page, phones, emails);
        IReadOnlyList<OcrImageReport>? images = null;
        if (request.Ocr)
        {
            var reader = new PageImageReader(new ImageOcrSelector(), _images, _ocr.Value);
            images = await reader.ReadAsync(page, fileBase, phones, emails, ct);
        }

        return new ExtractOutput(input, phones.Build(), emails.Build(), null) { OcrImages = images };
    }

    private async Task<ExtractOutput> FromImageAsync(string input, CancellationToken ct)
    {
        var bytes = await _images.ReadFileAsync(input, ct);
        var result = await _ocr.Value.RecognizeAsync(bytes, ct);
        var phones = new PhoneAggregator();
        var emails = new EmailAggregator();
        phones.AddRange(new OcrPhoneReader(_ocr.Value).Find(result, request.Region), request.Region);
        emails.AddRange(OcrEmailReader.Find(result));
        return new ExtractOutput(input, phones.Build(), emails.Build(), null);
    }
}
