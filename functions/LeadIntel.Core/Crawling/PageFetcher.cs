using System.Net;
using System.Net.Http.Headers;
using LeadIntel.Core.Crawling.Robots;

namespace LeadIntel.Core.Crawling;

/// <summary>
/// Sends one GET through the host throttle with the crawl's User-Agent, a per-request timeout and a byte
/// limit, retrying transient failures. Redirects come back as <see cref="FetchOutcome.Redirect"/> so the
/// crawler can check each hop against the site and robots.txt.
/// </summary>
internal sealed class PageFetcher(HttpClient http, CrawlOptions options, HostThrottle throttle, TimeProvider time)
{
    private static readonly HashSet<HttpStatusCode> TransientStatuses =
    [
        HttpStatusCode.RequestTimeout, HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError,
        HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    /// <summary>An HTML page: other content types are not downloaded, bodies over MaxBytes are refused.</summary>
    public Task<FetchResult> GetPageAsync(Uri url, CancellationToken ct) => GetAsync(url, htmlOnly: true, options.MaxBytes, truncate: false, ct);

    /// <summary>A robots.txt: any content type, cut at the parser's limit rather than refused.</summary>
    public Task<FetchResult> GetRobotsAsync(Uri url, CancellationToken ct) => GetAsync(url, htmlOnly: false, RobotsTxtParser.MaxChars, truncate: true, ct);

    private async Task<FetchResult> GetAsync(Uri url, bool htmlOnly, long maxBytes, bool truncate, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (result, transient, retryAfter) = await AttemptAsync(url, htmlOnly, maxBytes, truncate, ct);
            if (!transient || attempt >= options.MaxRetries)
            {
                return result;
            }

            // The throttle spaces the retry like any request; Retry-After may ask for longer.
            if (retryAfter is { } wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait < options.MaxCrawlDelay ? wait : options.MaxCrawlDelay, time, ct);
            }
        }
    }

    private async Task<(FetchResult Result, bool Transient, TimeSpan? RetryAfter)> AttemptAsync(Uri url, bool htmlOnly, long maxBytes, bool truncate, CancellationToken ct)
    {
        using var lease = await throttle.EnterAsync(url, ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", htmlOnly ? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1" : "text/plain,*/*;q=0.5");
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var final = response.RequestMessage?.RequestUri ?? url;
            var status = (int)response.StatusCode;
            var contentType = response.Content.Headers.ContentType;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                return (new FetchResult(FetchOutcome.Redirect, final, status, contentType?.MediaType, RedirectTo: new Uri(final, location)), false, null);
            }

            if (status is < 200 or >= 300)
            {
                var error = new FetchResult(FetchOutcome.HttpError, final, status, contentType?.MediaType, Error: $"http {status} {response.ReasonPhrase}".TrimEnd());
                return (error, TransientStatuses.Contains(response.StatusCode), RetryAfter(response));
            }

            if (htmlOnly && contentType?.MediaType is { } mediaType && !IsHtml(mediaType))
            {
                return (new FetchResult(FetchOutcome.NotHtml, final, status, mediaType), false, null);
            }

            if (!truncate && response.Content.Headers.ContentLength > maxBytes)
            {
                return (TooLarge(final, status, contentType, response.Content.Headers.ContentLength!.Value), false, null);
            }

            var (body, complete) = await ReadAsync(response.Content, maxBytes, timeout.Token);
            if (!complete && !truncate)
            {
                return (TooLarge(final, status, contentType, body.Length), false, null);
            }

            var text = ResponseText.Decode(body, contentType?.CharSet);
            return (new FetchResult(FetchOutcome.Ok, final, status, contentType?.MediaType, text), false, null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (new FetchResult(FetchOutcome.Failed, url, 0, Error: $"timed out after {options.RequestTimeout.TotalSeconds:0.#} s"), true, null);
        }
        catch (HttpRequestException ex)
        {
            return (new FetchResult(FetchOutcome.Failed, url, 0, Error: $"unreachable: {ex.Message}"), true, null);
        }
        catch (IOException ex)
        {
            return (new FetchResult(FetchOutcome.Failed, url, 0, Error: $"connection broke: {ex.Message}"), true, null);
        }
    }

    private static bool IsHtml(string mediaType) =>
        mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);

    private FetchResult TooLarge(Uri url, int status, MediaTypeHeaderValue? contentType, long bytes) =>
        new(FetchOutcome.TooLarge, url, status, contentType?.MediaType, Error: $"larger than {options.MaxBytes} bytes (at least {bytes}); skipped");

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };

    /// <summary>Reads at most <paramref name="maxBytes"/>; Complete is false when more was on the wire.</summary>
    private static async Task<(byte[] Body, bool Complete)> ReadAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, ct);
            if (read == 0)
            {
                return (buffer.ToArray(), true);
            }

            var room = maxBytes - buffer.Length;
            if (read > room)
            {
                buffer.Write(chunk, 0, (int)room);
                return (buffer.ToArray(), false);
            }

            buffer.Write(chunk, 0, read);
        }
    }
}
