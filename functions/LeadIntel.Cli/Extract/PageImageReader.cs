using LeadIntel.Core.Extraction;
using LeadIntel.Core.Ocr;

namespace LeadIntel.Cli.Extract;

/// <summary>
/// <c>--ocr</c> for HTML pages: picks the page's likely contact images, loads and OCRs them (as many at
/// once as the pool has engines) and adds their phones and emails to the page's aggregation.
/// </summary>
public sealed class PageImageReader(ImageOcrSelector selector, ImageLoader loader, OcrEnginePool pool)
{
    private readonly OcrPhoneReader _phones = new(pool);

    /// <param name="fileBase">For a page read from disk: its file: URI, to resolve relative images and allow local ones.</param>
    public async Task<IReadOnlyList<OcrImageReport>> ReadAsync(HtmlPage page, Uri? fileBase, PhoneAggregator phones, EmailAggregator emails, CancellationToken ct)
    {
        var urls = selector.Select(page, fileBase)
            // A remote page must not make us read local files.
            .Where(u => u.Scheme != Uri.UriSchemeFile || fileBase is not null)
            .ToList();
        var results = await Task.WhenAll(urls.Select(url => Task.Run(() => ReadOneAsync(url, page.Region, ct), ct)));

        // The aggregators are not thread-safe: add in selection order once every image is read.
        var reports = new List<OcrImageReport>(results.Length);
        foreach (var (report, phoneHits, emailHits) in results)
        {
            var added = phoneHits.Count(hit => phones.Add(hit, page.Region));
            emails.AddRange(emailHits);
            reports.Add(report with { Phones = added });
        }

        return reports;
    }

    private async Task<(OcrImageReport Report, IReadOnlyList<PhoneHit> Phones, IReadOnlyList<EmailHit> Emails)> ReadOneAsync(Uri url, string region, CancellationToken ct)
    {
        var name = Describe(url);
        try
        {
            var bytes = await loader.LoadAsync(url, ct);
            var result = await pool.RecognizeAsync(bytes, ct);
            return (new OcrImageReport(name, 0, null), _phones.Find(result, region, name).ToList(), OcrEmailReader.Find(result, name).ToList());
        }
        catch (Exception ex) when (ex is ImageLoadException or OcrException or HttpRequestException or IOException or UnauthorizedAccessException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            // One unreadable image must not sink the page.
            var error = ex is TaskCanceledException ? "timed out" : ex.Message;
            return (new OcrImageReport(name, 0, error), [], []);
        }
    }

    /// <summary>The URL as printed in evidence; data: URLs are shortened to their type and size.</summary>
    internal static string Describe(Uri url)
    {
        if (url.Scheme != "data")
        {
            return url.ToString();
        }

        var text = url.OriginalString;
        var comma = text.IndexOf(',');
        return $"{(comma < 0 ? "data:" : text[..comma])},… ({text.Length} chars)";
    }
}
