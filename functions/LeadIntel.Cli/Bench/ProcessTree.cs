using System.Globalization;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// A process and all its descendants, read from Linux <c>/proc</c>: parents and processor time from
/// <c>/proc/PID/stat</c>, PSS and RSS from <c>/proc/PID/smaps_rollup</c>. For Chromium, the browser
/// process, its zygotes, renderers and utility processes.
/// </summary>
public static class ProcessTree
{
    /// <summary>The process whose command line holds <paramref name="marker"/> and which is no child type (<c>--type=</c>), or null.</summary>
    public static int? FindRoot(string marker)
    {
        foreach (var pid in Pids())
        {
            var cmdline = ReadOrNull($"/proc/{pid}/cmdline")?.Replace('\0', ' ');
            if (cmdline is not null && cmdline.Contains(marker, StringComparison.Ordinal) && !cmdline.Contains("--type=", StringComparison.Ordinal))
            {
                return pid;
            }
        }

        return null;
    }

    /// <summary>Sums the memory of <paramref name="root"/> and its descendants now; processes that exit meanwhile are left out.</summary>
    public static ProcessMemory Memory(int root)
    {
        long pss = 0, rss = 0;
        var processes = 0;
        foreach (var pid in Tree(root, Parents()))
        {
            if (ReadOrNull($"/proc/{pid}/smaps_rollup") is { } rollup)
            {
                pss += Kilobytes(rollup, "Pss:") * 1024;
                rss += Kilobytes(rollup, "Rss:") * 1024;
                processes++;
            }
        }

        return new ProcessMemory(pss, rss, processes);
    }

    /// <summary>
    /// Processor seconds used so far by <paramref name="root"/> and its descendants, those already exited and
    /// waited for included (their time is on their parent's children counters).
    /// </summary>
    public static double CpuSeconds(int root)
    {
        long ticks = 0;
        foreach (var pid in Tree(root, Parents()))
        {
            if (ReadOrNull($"/proc/{pid}/stat") is { } stat)
            {
                ticks += CpuTicks(stat);
            }
        }

        // USER_HZ: 100 on every Linux the worker runs on.
        return ticks / 100.0;
    }

    /// <summary>utime + stime + cutime + cstime of a <c>/proc/PID/stat</c> line, in clock ticks.</summary>
    internal static long CpuTicks(string stat)
    {
        var close = stat.LastIndexOf(')');
        var fields = close < 0 ? [] : stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Fields 14-17 of the line; the first after the name is field 3.
        return fields.Length < 15 ? 0 : fields[11..15].Sum(f => long.TryParse(f, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var t) ? t : 0);
    }

    /// <summary>The parent pid in a <c>/proc/PID/stat</c> line; the command name may hold spaces and parentheses, so fields are read after its last ')'.</summary>
    internal static int? ParentPid(string stat)
    {
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        // After the name: state, then ppid.
        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    /// <summary>A field of <c>smaps_rollup</c> or <c>status</c> (e.g. <c>Pss:   1234 kB</c>) in kB; 0 when absent.</summary>
    internal static long Kilobytes(string text, string field)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var value = line[field.Length..].Trim().Split(' ')[0];
                return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
            }
        }

        return 0;
    }

    /// <summary><paramref name="root"/> and every process descending from it, given each process's parent.</summary>
    internal static IReadOnlyList<int> Tree(int root, IReadOnlyDictionary<int, int> parents)
    {
        var children = parents.Where(p => p.Key != p.Value).ToLookup(p => p.Value, p => p.Key);
        var tree = new List<int>();
        var pending = new Stack<int>([root]);
        var seen = new HashSet<int>();
        while (pending.TryPop(out var pid))
        {
            if (!seen.Add(pid))
            {
                continue;
            }

            tree.Add(pid);
            foreach (var child in children[pid])
            {
                pending.Push(child);
            }
        }

        return tree;
    }

    private static Dictionary<int, int> Parents()
    {
        var parents = new Dictionary<int, int>();
        foreach (var pid in Pids())
        {
            if (ReadOrNull($"/proc/{pid}/stat") is { } stat && ParentPid(stat) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        return parents;
    }

    private static IEnumerable<int> Pids() =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0);

    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The process exited, or is not ours to read.
            return null;
        }
    }
}
