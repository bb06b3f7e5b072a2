using System.Globalization;

namespace LeadIntel.Cli.Exports;

/// <summary>One line of export progress: a bar when the total is known, then records, bytes and rate.</summary>
public static class ExportProgressLine
{
    public const int Width = 30;

    public static string Render(long records, long? expected, bool counting, long bytes, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var size = bytes >= 1 << 20 ? $"{bytes / 1048576.0:0.0} MB" : $"{bytes / 1024.0:0.0} KB";
        if (!counting)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{size} · {bytes / 1048576.0 / seconds:0.0} MB/s · {elapsed.TotalSeconds:0.0} s");
        }

        // Analytics count completed campaigns only, so a running one can push the count past the estimate.
        if (expected is { } estimate && records > estimate)
        {
            expected = null;
        }

        var bar = "";
        if (expected is > 0)
        {
            var filled = (int)Math.Round(Width * Math.Min(1.0, records / (double)expected.Value));
            bar = $"[{new string('#', filled)}{new string('.', Width - filled)}] ";
        }

        var of = expected is { } total ? string.Create(CultureInfo.InvariantCulture, $"/{total:N0}") : "";
        return string.Create(CultureInfo.InvariantCulture, $"{bar}{records:N0}{of} leads · {size} · {records / seconds:N0} leads/s · {elapsed.TotalSeconds:0.0} s");
    }
}
