using System.Net;
using System.Threading.Channels;
using LeadIntel.BrowserWorker.Live;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Model;
using LeadIntel.Core.Platforms;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LeadIntel.BrowserWorker.Tests.Live;

public sealed class LiveHubTests
{
    private static HubConnection Connect(WorkerHost host, string user) => new HubConnectionBuilder()
        .WithUrl(new Uri(host.Origin, "/hubs/live"), o => o.Headers[LiveUser.Header] = user)
        .AddJsonProtocol(o => o.PayloadSerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower)
        .Build();

    [Fact]
    public async Task A_viewer_receives_frames_phone_boxes_and_leads_of_a_running_job()
    {
        await using var host = await WorkerHost.StartAsync();
        host.Services.GetRequiredService<ITaskDirectory>().Register("camp-live", "alice");
        await using var viewer = Connect(host, "alice");
        var frames = Channel.CreateUnbounded<LiveFrame>();
        var phones = Channel.CreateUnbounded<LivePhone>();
        var leads = Channel.CreateUnbounded<Lead>();
        var progress = Channel.CreateUnbounded<LiveProgress>();
        viewer.On<LiveFrame>(LiveEvents.Frame, f => frames.Writer.TryWrite(f));
        viewer.On<List<LivePhone>>(LiveEvents.Phones, list => list.ForEach(p => phones.Writer.TryWrite(p)));
        viewer.On<Lead>(LiveEvents.Lead, l => leads.Writer.TryWrite(l));
        viewer.On<LiveProgress>(LiveEvents.Progress, p => progress.Writer.TryWrite(p));
        await viewer.StartAsync();
        await viewer.InvokeAsync("JoinTask", "camp-live");

        var job = WorkerHost.Job("camp-live", "alice", max: 3);
        host.Queue.Enqueue(job);
        var result = await host.ResultAsync(job.InstanceId, TimeSpan.FromMinutes(2));

        Assert.Equal(BrowserJobStatus.Completed, result.Status);
        Assert.Equal(3, result.Leads);
        var frame = await frames.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("camp-live:s000", frame.Job);
        Assert.Equal((1280, 800), JpegSize.Read(Convert.FromBase64String(frame.Data)));
        Assert.InRange(frame.Ts, DateTimeOffset.UtcNow.AddMinutes(-3).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        // Each frame names the page it shows (the first ones: the blank tab), so a viewer pairs it with that page's phone boxes.
        var shown = new List<string?> { frame.Page };
        while (frames.Reader.TryRead(out var next))
        {
            shown.Add(next.Page);
        }

        Assert.All(shown, Assert.NotNull);
        Assert.Contains(shown, page => page!.Contains("/replicas/google/maps/", StringComparison.Ordinal));
        Assert.True(await leads.Reader.WaitToReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(await progress.Reader.WaitToReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));

        // A phone boxed on a place page: drawn again in a page of the same size, the box covers its digits.
        phones.Writer.TryComplete();
        var onPlace = new List<LivePhone>();
        await foreach (var p in phones.Reader.ReadAllAsync())
        {
            if (p.Page.Contains("/maps/place/", StringComparison.Ordinal) && p.Box is not null)
            {
                onPlace.Add(p);
            }
        }

        var phone = Assert.IsType<LivePhone>(onPlace.FirstOrDefault());
        Assert.Contains("tel_link", phone.Layers);
        Assert.InRange(phone.Box!.NormX, 0, 1);
        Assert.InRange(phone.Box.NormY, 0, 1);
        await using var lease = await host.Pool.AcquireAsync();
        await lease.Page.GotoAsync(phone.Page);
        await lease.Page.WaitForSelectorAsync("div[role='main'] h1");
        var x = (phone.Box.NormX + phone.Box.NormWidth / 2) * 1280;
        var y = (phone.Box.NormY + phone.Box.NormHeight / 2) * 800;
        var under = await lease.Page.EvaluateAsync<string>("([x, y]) => document.elementFromPoint(x, y).textContent", new[] { x, y });
        var digits = new string(under.Where(char.IsAsciiDigit).ToArray());
        Assert.EndsWith(digits, phone.E164);
        Assert.Equal(10, digits.Length);
    }

    [Fact]
    public async Task A_phone_shown_only_as_an_image_reaches_the_viewer_boxed_over_the_image()
    {
        await using var host = await WorkerHost.StartAsync();
        host.Services.GetRequiredService<ITaskDirectory>().Register("camp-ocr", "alice");
        await using var viewer = Connect(host, "alice");
        var phones = Channel.CreateUnbounded<LivePhone>();
        viewer.On<List<LivePhone>>(LiveEvents.Phones, list => list.ForEach(p => phones.Writer.TryWrite(p)));
        await viewer.StartAsync();
        await viewer.InvokeAsync("JoinTask", "camp-ocr");

        // The replica's coffee shops show their number on their place page only on a photo of their sign.
        var job = WorkerHost.Job("camp-ocr", "alice", max: 3, query: "coffee shops in Toronto") with { Ocr = true };
        host.Queue.Enqueue(job);
        var result = await host.ResultAsync(job.InstanceId, TimeSpan.FromMinutes(2));

        Assert.Equal(BrowserJobStatus.Completed, result.Status);
        var read = host.Outputs.Parts.Values.SelectMany(leads => leads).SelectMany(l => l.Phones).Where(p => p.Evidence.Any(e => e.Layer == "ocr")).ToList();
        Assert.NotEmpty(read);
        var phone = await FirstAsync(phones.Reader, p => p.Layers.Contains("ocr") && p.Box is not null && p.Page.Contains("/maps/place/", StringComparison.Ordinal));
        Assert.Contains(phone.E164, read.Select(p => p.E164));

        await using var lease = await host.Pool.AcquireAsync();
        await lease.Page.GotoAsync(phone.Page);
        await lease.Page.WaitForSelectorAsync(".contact-card canvas");
        var x = (phone.Box!.NormX + phone.Box.NormWidth / 2) * 1280;
        var y = (phone.Box.NormY + phone.Box.NormHeight / 2) * 800;
        Assert.Equal("CANVAS", await lease.Page.EvaluateAsync<string>("([x, y]) => document.elementFromPoint(x, y).tagName", new[] { x, y }));
    }

    [Fact]
    public async Task A_client_cannot_join_another_users_task_or_an_unknown_one()
    {
        await using var host = await WorkerHost.StartAsync();
        host.Services.GetRequiredService<ITaskDirectory>().Register("camp-alice", "alice");
        await using var bob = Connect(host, "bob");
        await bob.StartAsync();

        var notYours = await Assert.ThrowsAsync<HubException>(() => bob.InvokeAsync("JoinTask", "camp-alice"));
        var unknown = await Assert.ThrowsAsync<HubException>(() => bob.InvokeAsync("JoinTask", "camp-nobody"));
        Assert.Equal(notYours.Message, unknown.Message);
        Assert.Equal(0, host.Services.GetRequiredService<LiveViewers>().Count("camp-alice"));

        await using var alice = Connect(host, "alice");
        await alice.StartAsync();
        await alice.InvokeAsync("JoinTask", "camp-alice");
        Assert.Equal(1, host.Services.GetRequiredService<LiveViewers>().Count("camp-alice"));
    }

    private static async Task<LivePhone> FirstAsync(ChannelReader<LivePhone> phones, Func<LivePhone, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await foreach (var phone in phones.ReadAllAsync(timeout.Token))
        {
            if (match(phone))
            {
                return phone;
            }
        }

        throw new InvalidOperationException("the phones stream ended");
    }
}
