using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace LeadIntel.Workflows.Hosting;

/// <summary>
/// Azurite (the Azure Storage emulator, pinned in <c>azurite/</c>) as a child process on free loopback
/// ports, with its data under a folder of the caller's choice. Stopped with SIGTERM so it flushes its files.
/// </summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's documented development account key (public, the same in every install).</summary>
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public int ProcessId => _process.Id;

    /// <summary>Starts Azurite and waits until its three services accept connections.</summary>
    public static async Task<AzuriteProcess> StartAsync(string dataDirectory, CancellationToken ct = default)
    {
        var script = FindStartScript() ?? throw new InvalidOperationException(
            "Azurite is not installed: run ./setup.sh (it runs 'npm ci' in azurite/), or set LEADINTEL_STORAGE to a storage connection string.");
        Directory.CreateDirectory(dataDirectory);
        int[] ports = [FreePort(), FreePort(), FreePort()];
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--location", Path.GetFullPath(dataDirectory), "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
                "--blobPort", ports[0].ToString(), "--queuePort", ports[1].ToString(), "--tablePort", ports[2].ToString(),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new AzuriteProcess(process, ports[0], ports[1], ports[2]);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        foreach (var port in ports)
        {
            await WaitForPortAsync(process, port, timeout.Token);
        }

        return azurite;
    }

    /// <summary>SIGTERM, then up to 5 s for a clean exit, then kill.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, 15);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    /// <summary><c>azurite/start.js</c> of the repository: from <c>LEADINTEL_AZURITE_DIR</c>, or searched upward from the working and app directories.</summary>
    internal static string? FindStartScript()
    {
        if (Environment.GetEnvironmentVariable("LEADINTEL_AZURITE_DIR") is { Length: > 0 } configured)
        {
            var path = Path.Combine(configured, "start.js");
            return File.Exists(path) ? path : null;
        }

        foreach (var origin in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "azurite", "start.js");
                if (File.Exists(path) && Directory.Exists(Path.Combine(dir.FullName, "azurite", "node_modules", "azurite")))
                {
                    return path;
                }
            }
        }

        return null;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(Process process, int port, CancellationToken ct)
    {
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} while starting");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, ct);
                return;
            }
            catch (SocketException)
            {
                // Not listening yet: poll again shortly (there is no readiness event to wait on).
                await Task.Delay(100, ct);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
