using System.Diagnostics;

namespace LeadIntel.Cli.Web;

/// <summary>
/// Makes <c>web/dist</c> current before <c>leadintel up</c> serves it: <c>npm ci</c> when the dependencies are
/// missing or from another lock file, then <c>npm run build</c> when <c>dist</c> is missing or older than its
/// sources. Never fails the stack: without Node.js, or when a step fails, it says why and the stack serves the
/// previous build, or the API alone when there is none.
/// </summary>
public sealed class WebAppBuild(WebAppSources sources, string? npm, TextWriter output)
{
    // How much of a failed step's output is worth showing: npm and Vite put the cause at the end.
    private const int TailLines = 25;

    /// <summary>The <c>dist</c> folder to serve, or null for the API only.</summary>
    public async Task<string?> EnsureBuiltAsync(CancellationToken ct)
    {
        if (!sources.IsStale)
        {
            return sources.Dist;
        }

        if (npm is null)
        {
            await WarnAsync(sources.IsBuilt
                ? "Node.js/npm not found on PATH: serving web/dist as last built, older than web/src."
                : "Node.js/npm not found on PATH: serving the API only. Install Node.js >= 20.19, then run 'npm ci && npm run build' in web/ (or restart leadintel up).");
            return sources.IsBuilt ? sources.Dist : null;
        }

        var clock = Stopwatch.StartNew();
        if (sources.NeedsInstall)
        {
            await output.WriteLineAsync("Web UI: installing its packages (npm ci in web/)...");
            if (!await RunAsync(["ci", "--no-audit", "--no-fund", "--loglevel=error"], ct))
            {
                return await FallBackAsync("npm ci");
            }

            sources.MarkInstalled();
        }

        await output.WriteLineAsync(sources.IsBuilt ? "Web UI: web/ changed since the last build, rebuilding (npm run build)..." : "Web UI: building web/ (npm run build)...");
        if (!await RunAsync(["run", "build"], ct))
        {
            return await FallBackAsync("npm run build");
        }

        await output.WriteLineAsync($"Web UI: built in {clock.Elapsed.TotalSeconds:0.0} s.");
        return sources.Dist;
    }

    /// <summary>The full path of an executable on a PATH-style list of folders, or null.</summary>
    public static string? FindOnPath(string name, string? path) =>
        (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>npm from the process PATH, when node is there too (npm is a node script).</summary>
    public static string? FindNpm()
    {
        var path = Environment.GetEnvironmentVariable("PATH");
        return FindOnPath("node", path) is null ? null : FindOnPath("npm", path);
    }

    private async Task<string?> FallBackAsync(string step)
    {
        await WarnAsync(sources.IsBuilt
            ? $"'{step}' failed (above): serving web/dist as last built."
            : $"'{step}' failed (above): serving the API only.");
        return sources.IsBuilt ? sources.Dist : null;
    }

    private Task WarnAsync(string message) => output.WriteLineAsync("Web UI: warning: " + message);

    private async Task<bool> RunAsync(IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(npm!)
        {
            WorkingDirectory = sources.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var tail = new Queue<string>();
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (tail)
            {
                tail.Enqueue(line);
                if (tail.Count > TailLines)
                {
                    tail.Dequeue();
                }
            }
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode == 0)
        {
            return true;
        }

        await output.WriteLineAsync($"Web UI: 'npm {string.Join(' ', arguments)}' exited with {process.ExitCode}:");
        foreach (var line in tail)
        {
            await output.WriteLineAsync("  " + line);
        }

        return false;
    }
}
