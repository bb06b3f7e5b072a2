using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadIntel.Cli.Campaigns;

namespace LeadIntel.Cli.Commands;

/// <summary>
/// <c>leadintel campaign start --platform P --query Q [...]</c>: starts a campaign through the HTTP API of a
/// running <c>leadintel up</c> and follows it with a progress bar. Exit 0 when it completed, 1 when it failed
/// or was stopped, 2 on bad usage or a request the API refused.
/// </summary>
public static class CampaignCommand
{
    public static Command Create()
    {
        var api = new Option<string>("--api") { Description = "Base URL of the LeadIntel API", DefaultValueFactory = _ => "http://127.0.0.1:7071/" };
        var platforms = new Option<string[]>("--platform") { Description = "Platform to search (repeatable): website, directory, google_maps, ...", Required = true, AllowMultipleArgumentsPerToken = true };
        var queries = new Option<string[]>("--query") { Description = "Query (repeatable); for website, a URL or domain", Required = true, AllowMultipleArgumentsPerToken = true };
        var maxResults = new Option<int>("--max-results") { Description = "Most results per query and platform", DefaultValueFactory = _ => 50 };
        var region = new Option<string>("--region") { Description = "Default ISO 3166 region for phone numbers", DefaultValueFactory = _ => "US" };
        var user = new Option<string>("--user") { Description = "User id sent as X-User-Id", DefaultValueFactory = _ => "local" };
        var noFollow = new Option<bool>("--no-follow") { Description = "Print the campaign id and return at once" };

        var start = new Command("start", "Start a campaign and follow its progress") { api, platforms, queries, maxResults, region, user, noFollow };
        start.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            using var http = new HttpClient { BaseAddress = new Uri(parse.GetValue(api)!), Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.Add("X-User-Id", parse.GetValue(user));
            var body = new JsonObject
            {
                ["queries"] = new JsonArray(parse.GetValue(queries)!.Select(q => (JsonNode)q).ToArray()),
                ["platforms"] = new JsonArray(parse.GetValue(platforms)!.Select(p => (JsonNode)p).ToArray()),
                ["max_results"] = parse.GetValue(maxResults),
                ["region"] = parse.GetValue(region),
            };

            HttpResponseMessage response;
            try
            {
                response = await http.PostAsJsonAsync("api/campaigns", body, ct);
            }
            catch (HttpRequestException ex)
            {
                await error.WriteLineAsync($"leadintel campaign: cannot reach {http.BaseAddress} ({ex.Message}); is 'leadintel up' running?");
                return LeadIntelCommand.ExitUsage;
            }

            var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));
            if (!response.IsSuccessStatusCode)
            {
                await error.WriteLineAsync($"leadintel campaign: {(int)response.StatusCode} {answer?["detail"] ?? answer?["title"]} (field: {answer?["field"]})");
                return LeadIntelCommand.ExitUsage;
            }

            var id = answer!["id"]!.GetValue<string>();
            await output.WriteLineAsync($"campaign {id} started");
            return parse.GetValue(noFollow) ? 0 : await FollowAsync(http, id, output, ct);
        });

        return new Command("campaign", "Start and follow campaigns on a running local stack") { start };
    }

    private static async Task<int> FollowAsync(HttpClient http, string id, TextWriter output, CancellationToken ct)
    {
        var interactive = !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out);
        var last = "";
        while (true)
        {
            var campaign = JsonNode.Parse(await http.GetStringAsync($"api/campaigns/{id}", ct))!;
            var line = ProgressLine.Render(campaign);
            if (line != last)
            {
                await output.WriteAsync(interactive ? "\r" + line : line + Environment.NewLine);
                last = line;
            }

            var status = campaign["status"]!.GetValue<string>();
            if (status is "completed" or "failed" or "stopped")
            {
                if (interactive)
                {
                    await output.WriteLineAsync();
                }

                foreach (var e in campaign["errors"]?.AsArray() ?? [])
                {
                    await output.WriteLineAsync($"  error: {e?["platform"]} '{e?["query"]}': {e?["message"]}");
                }

                await output.WriteLineAsync($"{status}: {campaign["lead_count"]?.ToString() ?? "0"} leads; CSV: {new Uri(http.BaseAddress!, $"api/campaigns/{id}/leads?format=csv")}");
                return status == "completed" ? 0 : 1;
            }

            // The API has no push channel yet: poll at a pace a person watching a bar needs.
            await Task.Delay(500, ct);
        }
    }
}
