using System.CommandLine;
using LeadIntel.Cli.Browser;
using LeadIntel.Cli.Web;
using LeadIntel.Workflows.Hosting;

namespace LeadIntel.Cli.Commands;

/// <summary>
/// <c>leadintel up [--port 7071] [--data DIR] [--demo] [--no-web] [--no-browser]</c>: runs the local stack in the
/// foreground until Ctrl-C or SIGTERM, then stops it with its children (Azurite and Chromium included). Serves the
/// web app at <c>/</c>, building it first when <c>web/dist</c> is missing or stale, and hosts the browser worker
/// when Chromium is installed; <c>--demo</c> adds the demo directory and the platform replicas.
/// </summary>
public static class UpCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "API port on 127.0.0.1", DefaultValueFactory = _ => 7071 };
        var data = new Option<string>("--data") { Description = "Folder for local data (Azurite's files)", DefaultValueFactory = _ => ".leadintel" };
        var demo = new Option<bool>("--demo") { Description = "Also serve the bundled demo business directory" };
        var noWeb = new Option<bool>("--no-web") { Description = "Serve the API only: no web app, no web build" };
        var noBrowser = new Option<bool>("--no-browser") { Description = "Do not host the browser worker (browser platforms then end as errors)" };
        var command = new Command("up", "Run the local stack: Azurite, the Durable Task engine, the worker, the browser worker, the HTTP API and the web app")
        {
            port, data, demo, noWeb, noBrowser,
        };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(port) is < 0 or > 65535)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("leadintel up: --port must be between 0 and 65535");
                return LeadIntelCommand.ExitUsage;
            }

            var webRoot = parse.GetValue(noWeb) ? null : await PrepareWebAppAsync(output, ct);
            var browser = parse.GetValue(noBrowser) ? null : new BrowserWorkerModule();
            var options = new LocalStackOptions
            {
                Port = parse.GetValue(port),
                DataDirectory = parse.GetValue(data)!,
                Demo = parse.GetValue(demo),
                WebRoot = webRoot,
                Modules = Modules(browser, parse.GetValue(demo)),
            };

            await using var stack = await LocalStack.StartAsync(options, ct);
            await output.WriteLineAsync($"LeadIntel is up.");
            await output.WriteLineAsync($"  API:     {stack.Address}api  (health: {stack.Address}api/health)");
            await output.WriteLineAsync(stack.ServesWebUi ? $"  Web UI:  {stack.Address}" : "  Web UI:  not served (API only)");
            if (options.Demo)
            {
                await output.WriteLineAsync($"  Demo:    {stack.Address}demo/directory/  (platform 'directory')");
                await output.WriteLineAsync($"  Replicas: {stack.Address}replicas/  (browser platforms point here)");
            }

            await output.WriteLineAsync($"  Browser: {browser?.Status ?? "off (--no-browser); browser platforms end as errors"}");

            await output.WriteLineAsync($"  Storage: {(stack.OwnsAzurite ? $"Azurite, data in {Path.GetFullPath(options.DataDirectory)}" : "configured connection string")}");
            await output.WriteLineAsync("Press Ctrl-C to stop.");
            await stack.WaitForShutdownAsync(CancellationToken.None);
            await output.WriteLineAsync("Stopping...");
            return 0;
        });
        return command;
    }

    /// <summary>What `up` hosts beside the workflows: the browser worker unless turned off, the replicas with demo.</summary>
    public static IReadOnlyList<ILocalStackModule> Modules(BrowserWorkerModule? browser, bool demo)
    {
        var modules = new List<ILocalStackModule>();
        if (browser is not null)
        {
            modules.Add(browser);
        }

        if (demo)
        {
            modules.Add(new PlatformReplicasModule());
        }

        return modules;
    }

    /// <summary>
    /// The web app to serve: <c>web/</c> found upward from the working directory or from the CLI's own folder
    /// (<c>dotnet path/to/leadintel.dll up</c> from elsewhere), built when stale. Null when there is none.
    /// </summary>
    private static async Task<string?> PrepareWebAppAsync(TextWriter output, CancellationToken ct)
    {
        if (WebAppSources.Find([Directory.GetCurrentDirectory(), AppContext.BaseDirectory]) is not { } sources)
        {
            await output.WriteLineAsync("Web UI: no web/ folder found from here: serving the API only.");
            return null;
        }

        return await new WebAppBuild(sources, WebAppBuild.FindNpm(), output).EnsureBuiltAsync(ct);
    }
}
