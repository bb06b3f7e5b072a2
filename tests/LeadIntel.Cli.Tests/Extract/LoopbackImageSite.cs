using System.Net;
using System.Net.Sockets;

namespace LeadIntel.Cli.Tests.Extract;

/// <summary>A tiny HTTP site on 127.0.0.1 serving fixed responses by path, for pages with images.</summary>
internal sealed class LoopbackImageSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, (string ContentType, byte[] Body)> _routes;
    private readonly Task _serving;

    public LoopbackImageSite(Dictionary<string, (string ContentType, byte[] Body)> routes)
    {
        _routes = routes;
        Root = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(Root.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Root { get; }

    /// <summary>Paths requested so far, in order.</summary>
    public List<string> Requested { get; } = [];

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(10));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            lock (Requested)
            {
                Requested.Add(path);
            }

            if (_routes.TryGetValue(path, out var route))
            {
                context.Response.ContentType = route.ContentType;
                context.Response.ContentLength64 = route.Body.Length;
                await context.Response.OutputStream.WriteAsync(route.Body);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
