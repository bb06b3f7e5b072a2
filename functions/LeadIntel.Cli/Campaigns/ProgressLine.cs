using System.Text.Json.Nodes;

namespace LeadIntel.Cli.Campaigns;

/// <summary>One line of campaign progress: a bar over listings read, then the counters.</summary>
public static class ProgressLine
{
    public const int Width = 30;

    public static string Render(JsonNode campaign)
    {
        var progress = campaign["progress"];
        var status = campaign["status"]?.GetValue<string>() ?? "?";
        var found = progress?["found"]?.GetValue<int>() ?? 0;
        var processed = progress?["processed"]?.GetValue<int>() ?? 0;
        var filled = found == 0 ? 0 : (int)Math.Round(Width * Math.Min(1.0, processed / (double)found));
        var bar = new string('#', filled) + new string('.', Width - filled);
        return $"[{bar}] {processed}/{found} listings · {progress?["leads"]?.GetValue<int>() ?? 0} leads · " +
               $"{progress?["phones"]?.GetValue<int>() ?? 0} phones · {progress?["errors"]?.GetValue<int>() ?? 0} errors · {status}";
    }
}
