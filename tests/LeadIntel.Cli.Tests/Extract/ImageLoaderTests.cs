using LeadIntel.Cli.Extract;

namespace LeadIntel.Cli.Tests.Extract;

public class ImageLoaderTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Decodes_base64_data_images()
    {
        using var http = new HttpClient();
        var loader = new ImageLoader(http);

        var bytes = await loader.LoadAsync(new Uri("data:image/png;base64," + Convert.ToBase64String(Png)), CancellationToken.None);

        Assert.Equal(Png, bytes);
        await Assert.ThrowsAsync<ImageLoadException>(() => loader.LoadAsync(new Uri("data:text/html;base64,PGI+"), CancellationToken.None));
    }

    [Fact]
    public async Task Refuses_files_over_the_limit_and_missing_files()
    {
        using var http = new HttpClient();
        var loader = new ImageLoader(http, maxBytes: 100);
        var big = Path.Combine(Path.GetTempPath(), $"leadintel-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(big, new byte[101]);

        var tooBig = await Assert.ThrowsAsync<ImageLoadException>(() => loader.LoadAsync(new Uri(big), CancellationToken.None));
        var missing = await Assert.ThrowsAsync<ImageLoadException>(() => loader.ReadFileAsync(big + ".gone", CancellationToken.None));

        Assert.Contains("over the 100 byte limit", tooBig.Message);
        Assert.Equal("file not found", missing.Message);
    }

    [Fact]
    public async Task Downloads_images_and_refuses_html_and_oversized_bodies()
    {
        using var site = new LoopbackImageSite(new()
        {
            ["/a.png"] = ("image/png", Png),
            ["/page"] = ("text/html", "<html></html>"u8.ToArray()),
            ["/big.png"] = ("image/png", new byte[5000]),
        });
        using var http = new HttpClient();
        var loader = new ImageLoader(http, maxBytes: 1000);

        Assert.Equal(Png, await loader.LoadAsync(new Uri(site.Root, "a.png"), CancellationToken.None));
        var html = await Assert.ThrowsAsync<ImageLoadException>(() => loader.LoadAsync(new Uri(site.Root, "page"), CancellationToken.None));
        var big = await Assert.ThrowsAsync<ImageLoadException>(() => loader.LoadAsync(new Uri(site.Root, "big.png"), CancellationToken.None));
        var missing = await Assert.ThrowsAsync<ImageLoadException>(() => loader.LoadAsync(new Uri(site.Root, "nope.png"), CancellationToken.None));

        Assert.Contains("text/html", html.Message);
        Assert.Contains("over the 1000 byte limit", big.Message);
        Assert.StartsWith("http 404", missing.Message);
    }
}
