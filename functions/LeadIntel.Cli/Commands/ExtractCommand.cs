using System.CommandLine;
using System.Text.Json;
using LeadIntel.Cli.Extract;
using LeadIntel.Core.Crawling;
using LeadIntel.Core.Extraction;

namespace LeadIntel.Cli.Commands;

/// <summary>
/// <c>leadintel extract [--region CC] [--ocr] [--crawl] [--max-pages N] [--max-depth D] INPUT...</c>:
/// one JSON line per input; exit 0 when all succeeded, 1 when some failed, 2 on bad usage.
/// </summary>
public static class ExtractCommand
{
    public const int ExitOk = 0;
    public const int ExitSomeFailed = 1;
    public const int ExitUsage = 2;

    public static Command Create()
    {
        var region = new Option<string>("--region") { Description = "Default ISO 3166 region for national numbers", DefaultValueFactory = _ => "US" };
        var ocr = new Option<bool>("--ocr") { Description = "OCR images likely to carry contact data" };
        var crawl = new Option<bool>("--crawl") { Description = "Crawl the site of each URL input (contact pages first)" };
        var maxPages = new Option<int>("--max-pages") { Description = "Crawl: most pages per site", DefaultValueFactory = _ => 10 };
        var maxDepth = new Option<int>("--max-depth") { Description = "Crawl: most link hops from the start page", DefaultValueFactory = _ => 2 };
        var inputs = new Argument<string[]>("INPUT") { Description = ".html/.htm/.txt/.png/.jpg files or http(s) URLs", Arity = ArgumentArity.OneOrMore };

        var command = new Command("extract", "Extract phones and emails from files and URLs") { region, ocr, crawl, maxPages, maxDepth, inputs };
        command.SetAction(async (parse, ct) =>
        {
            var request = new ExtractRequest(parse.GetValue(region)!.ToUpperInvariant(), parse.GetValue(ocr), parse.GetValue(crawl), parse.GetValue(maxPages), parse.GetValue(maxDepth));
            var usageError = Validate(request);
            if (usageError is not null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"leadintel extract: {usageError}");
                return ExitUsage;
            }

            return await RunAsync(request, parse.GetValue(inputs)!, parse.InvocationConfiguration.Output, ct);
        });
        return command;
    }

    internal static string? Validate(ExtractRequest request)
    {
        if (!PageRegion.IsSupported(request.Region))
        {
            return $"unknown region '{request.Region}': use an ISO 3166 alpha-2 code such as US, GB, DE";
        }

        if (request.MaxPages is < 1 or > 1000)
        {
            return "--max-pages must be between 1 and 1000";
        }

        return request.MaxDepth is < 0 or > 10 ? "--max-depth must be between 0 and 10" : null;
    }

    private static async Task<int> RunAsync(ExtractRequest request, string[] inputs, TextWriter output, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("LeadIntel/0.1 (+https://github.com/leadintel)");
        // The crawler follows redirects itself (each hop checked against the site and robots.txt), so it gets its own client.
        using var crawlHttp = request.Crawl ? CrawlHttp.CreateClient() : null;
        var crawler = crawlHttp is null ? null : new WebsiteCrawler(crawlHttp, new CrawlOptions { MaxPages = request.MaxPages, MaxDepth = request.MaxDepth });
        using var extractor = new InputExtractor(request, http, crawler);
        var failed = 0;
        foreach (var input in inputs)
        {
            var result = await extractor.ExtractAsync(input, ct);
            failed += result.Error is null ? 0 : 1;
            await output.WriteLineAsync(JsonSerializer.Serialize(result, CliJson.Relaxed.ExtractOutput));
        }

        return failed == 0 ? ExitOk : ExitSomeFailed;
    }
}
