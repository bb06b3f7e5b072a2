using System.Diagnostics;
using LeadIntel.Cli.Commands;

namespace LeadIntel.Workflows.Tests.Fixtures;

/// <summary><c>leadintel up</c> as a child process, for tests that kill the host.</summary>
public sealed class UpProcess : IAsyncDisposable
{
    private readonly Process _process;

    private UpProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>
    /// The CLI in its own build output, where its deps.json finds every assembly it lists (the copy next to the tests
    /// lacks package assemblies the test project takes from the shared framework, e.g. Microsoft.Extensions.Features).
    /// </summary>
    private static string CliBuildOutput()
    {
        var copy = typeof(UpCommand).Assembly.Location;
        var tfm = new DirectoryInfo(Path.GetDirectoryName(copy)!);
        var configuration = tfm.Parent!.Name;
        var root = tfm.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var own = Path.Combine(root, "functions", "LeadIntel.Cli", "bin", configuration, tfm.Name, Path.GetFileName(copy));
        Assert.True(File.Exists(own), $"the CLI is not built at {own}: build LeadIntel.Functions.sln in {configuration}");
        return own;
    }

    /// <summary>Starts the CLI and waits until <c>/api/health</c> answers 200.</summary>
    public static async Task<UpProcess> StartAsync(int port, IReadOnlyDictionary<string, string> environment, TimeSpan deadline)
    {
        var cli = CliBuildOutput();
        var start = new ProcessStartInfo("dotnet")
        {
            // --no-web: these tests are about the engine; a stale web/dist must not start a build in the middle of them.
            ArgumentList = { cli, "up", "--no-web", "--port", port.ToString(), "--data", Path.Combine(Path.GetTempPath(), "leadintel-up-" + port) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        // The host's console goes to a log file next to its data, for when a test needs to know why.
        var log = TextWriter.Synchronized(new StreamWriter(Path.Combine(Path.GetTempPath(), $"leadintel-up-{port}.log"), append: true) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => log.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => log.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var up = new UpProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + deadline;
        while (DateTime.UtcNow < until)
        {
            Assert.False(process.HasExited, $"leadintel up exited with {(process.HasExited ? process.ExitCode : 0)}");
            try
            {
                if ((await http.GetAsync(new Uri(up.Address, "api/health"))).IsSuccessStatusCode)
                {
                    return up;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering yet.
            }

            await Task.Delay(200);
        }

        await up.DisposeAsync();
        throw new TimeoutException("leadintel up did not become healthy in time");
    }

    /// <summary>SIGKILL: no graceful anything, as in a crash or a power cut.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}
