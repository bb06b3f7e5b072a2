using System.CommandLine;
using LeadIntel.Workflows.Hosting;

namespace LeadIntel.Cli.Commands;

/// <summary>
/// <c>leadintel up [--port 7071] [--data DIR] [--demo]</c>: runs the local stack in the foreground until
/// Ctrl-C or SIGTERM, then stops it with its children (Azurite included).
/// </summary>
public static class UpCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "API port on 127.0.0.1", DefaultValueFactory = _ => 7071 };
        var data = new Option<string>("--data") { Description = "Folder for local data (Azurite's files)", DefaultValueFactory = _ => ".leadintel" };
        var demo = new Option<bool>("--demo") { Description = "Also serve the bundled demo business directory" };
        var command = new Command("up", "Run the local stack: Azurite, the Durable Task engine, the worker and the HTTP API") { port, data, demo };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var options = new LocalStackOptions { Port = parse.GetValue(port), DataDirectory = parse.GetValue(data)!, Demo = parse.GetValue(demo), WebRoot = FindWebRoot() };
            if (options.Port is < 0 or > 65535)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("leadintel up: --port must be between 0 and 65535");
                return LeadIntelCommand.ExitUsage;
            }

            await using var stack = await LocalStack.StartAsync(options, ct);
            await output.WriteLineAsync($"LeadIntel is up.");
            await output.WriteLineAsync($"  API:     {stack.Address}api  (health: {stack.Address}api/health)");
            await output.WriteLineAsync(stack.ServesWebUi ? $"  Web UI:  {stack.Address}" : "  Web UI:  not built (npm run build in web/)");
            if (options.Demo)
            {
                await output.WriteLineAsync($"  Demo:    {stack.Address}demo/directory/  (platform 'directory')");
            }

            await output.WriteLineAsync($"  Storage: {(stack.OwnsAzurite ? $"Azurite, data in {Path.GetFullPath(options.DataDirectory)}" : "configured connection string")}");
            await output.WriteLineAsync("Press Ctrl-C to stop.");
            await stack.WaitForShutdownAsync(CancellationToken.None);
            await output.WriteLineAsync("Stopping...");
            return 0;
        });
        return command;
    }

    /// <summary>The built web app (<c>web/dist</c>), looked for upward from the working directory.</summary>
    private static string? FindWebRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var dist = Path.Combine(dir.FullName, "web", "dist");
            if (File.Exists(Path.Combine(dist, "index.html")))
            {
                return dist;
            }
        }

        return null;
    }
}
