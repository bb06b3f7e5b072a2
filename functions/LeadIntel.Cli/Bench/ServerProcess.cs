using System.Diagnostics;

namespace LeadIntel.Cli.Bench;

/// <summary>
/// <c>leadintel up</c> as a child process on given storage, so a benchmark measures the server alone: its
/// peak resident memory comes from <c>/proc/{pid}/status</c> (VmHWM), which writing 5 to
/// <c>/proc/{pid}/clear_refs</c> resets between measurements (Linux).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServerProcess> StartAsync(string storage, IReadOnlyDictionary<string, string> settings, CancellationToken ct)
    {
        var port = Workflows.Hosting.AzuriteProcess.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(ServerProcess).Assembly.Location, "up", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["LEADINTEL_STORAGE"] = storage;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start leadintel up");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var until = DateTime.UtcNow.AddSeconds(90); DateTime.UtcNow < until; await Task.Delay(250, ct))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"leadintel up exited with {process.ExitCode}");
            }

            try
            {
                if ((await http.GetAsync(new Uri(server.Address, "api/health"), ct)).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not answering yet.
            }
        }

        await server.DisposeAsync();
        throw new TimeoutException("leadintel up did not become healthy");
    }

    /// <summary>Resident memory now and its peak since the last <see cref="ResetPeak"/>, in bytes.</summary>
    public (long Current, long Peak) Memory()
    {
        long Read(string field) => File.ReadLines($"/proc/{_process.Id}/status")
            .Where(l => l.StartsWith(field, StringComparison.Ordinal))
            .Select(l => long.Parse(l[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024)
            .FirstOrDefault();
        return (Read("VmRSS:"), Read("VmHWM:"));
    }

    public void ResetPeak() => File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
