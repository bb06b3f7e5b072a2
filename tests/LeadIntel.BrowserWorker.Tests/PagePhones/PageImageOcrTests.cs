using System.Diagnostics;
using System.Text.Json;
using LeadIntel.BrowserWorker.PagePhones;
using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.Core.Model;
using LeadIntel.Core.Ocr;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace LeadIntel.BrowserWorker.Tests.PagePhones;

[Collection(BrowserCollection.Name)]
public sealed class PageImageOcrTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>
    /// Phones drawn only as pixels: on a canvas in a contact banner below the fold, as a PNG (made from a canvas
    /// at page load) in a phone span, and on a canvas in a logo block, which the image selector must skip.
    /// </summary>
    private const string Page = """
        <!DOCTYPE html>
        <html><body style="margin:0; font-family: 'DejaVu Sans'">
        <div style="height: 1000px">Annex Dental: opening hours below.</div>
        <div class="contact-banner"><canvas id="banner" width="560" height="80"></canvas></div>
        <p><span class="phone"><img id="card" width="400" height="60"></span></p>
        <div class="logo"><canvas id="logo" width="400" height="60"></canvas></div>
        <div style="height: 600px"></div>
        <script>
          function draw(canvas, text, x, baseline) {
            const g = canvas.getContext('2d');
            g.fillStyle = '#fff'; g.fillRect(0, 0, canvas.width, canvas.height);
            g.fillStyle = '#111'; g.font = '32px "DejaVu Sans"'; g.fillText(text, x, baseline);
            return g;
          }
          const g = draw(document.getElementById('banner'), 'Call (416) 555-0199', 20, 52);
          window.drawn = { left: 20 + g.measureText('Call ').width, width: g.measureText('(416) 555-0199').width, top: 52 - 26, bottom: 52 + 8 };
          const card = document.createElement('canvas'); card.width = 400; card.height = 60;
          draw(card, '(905) 555-0177', 10, 42);
          document.getElementById('card').src = card.toDataURL('image/png');
          draw(document.getElementById('logo'), '(519) 555-0111', 10, 42);
        </script>
        </body></html>
        """;

    [Fact]
    public async Task Reads_phones_drawn_as_images_and_boxes_them_over_the_drawn_digits()
    {
        using var engines = new OcrEnginePool(1);
        var ocr = new PageImageOcr(engines, Options.Create(new PageOcrOptions()), NullLogger<PageImageOcr>.Instance);
        await using var lease = await browser.Pool.AcquireAsync();
        var page = lease.Page;
        await page.SetContentAsync(Page);
        await page.WaitForFunctionAsync("() => document.getElementById('card').complete && document.getElementById('card').naturalWidth > 0");

        var hits = await ocr.FindAsync(page, "CA", CancellationToken.None);

        var numbers = hits.Select(h => Normalize(h.Raw)).ToList();
        Assert.Contains("4165550199", numbers);
        Assert.Contains("9055550177", numbers);
        Assert.DoesNotContain("5195550111", numbers);
        Assert.All(hits, h => Assert.Equal(ExtractionLayers.Ocr, h.Layer));

        // The banner's box sits over the drawn digits, in document px (the banner is below the fold) and in the viewport.
        var banner = hits.First(h => Normalize(h.Raw) == "4165550199").Box!;
        var at = await page.EvaluateAsync<JsonElement>(
            "() => { const r = document.getElementById('banner').getBoundingClientRect(); return { x: r.left + scrollX, y: r.top + scrollY, scrollX, scrollY, drawn }; }");
        var canvasX = at.GetProperty("x").GetDouble();
        var canvasY = at.GetProperty("y").GetDouble();
        var drawn = at.GetProperty("drawn");
        Assert.InRange(canvasY, 1000, 1010);
        Assert.InRange(banner.X, canvasX + drawn.GetProperty("left").GetDouble() - 4, canvasX + drawn.GetProperty("left").GetDouble() + 8);
        Assert.InRange(banner.Width, drawn.GetProperty("width").GetDouble() * 0.9, drawn.GetProperty("width").GetDouble() * 1.1);
        Assert.InRange(banner.Y, canvasY + drawn.GetProperty("top").GetDouble() - 6, canvasY + drawn.GetProperty("top").GetDouble() + 10);
        Assert.InRange(banner.Y + banner.Height, canvasY + drawn.GetProperty("bottom").GetDouble() - 10, canvasY + drawn.GetProperty("bottom").GetDouble() + 6);

        // Normalized to the viewport as it is now: the centre of the box, scaled to 1280x800, is a point on the banner.
        var cx = (banner.NormX!.Value + banner.NormWidth!.Value / 2) * 1280;
        var cy = (banner.NormY!.Value + banner.NormHeight!.Value / 2) * 800;
        Assert.Equal("banner", await page.EvaluateAsync<string>("([x, y]) => document.elementFromPoint(x, y).id", new[] { cx, cy }));
        Assert.Equal(banner.X - at.GetProperty("scrollX").GetDouble(), banner.NormX.Value * 1280, 3);
    }

    [Fact]
    public async Task A_maps_place_page_shows_no_image_worth_reading_so_no_engine_starts()
    {
        using var engines = new OcrEnginePool(1);
        var ocr = new PageImageOcr(engines, Options.Create(new PageOcrOptions()), NullLogger<PageImageOcr>.Instance);
        await using var lease = await browser.Pool.AcquireAsync();
        var place = new Uri(browser.Replicas.BaseUrls["google_maps"],
            "maps/place/Junction+Orthodontics/@43.548897,-79.537767,17z/data=!4m6!3m5!1s0x89d4cb9c4b609940:0xb939e9f501fb8edc!8m2!3d43.548897!4d-79.537767?entry=ttu");
        await lease.Page.GotoAsync(place.ToString());
        await lease.Page.WaitForSelectorAsync("div[role='main'] h1");

        var clock = Stopwatch.StartNew();
        var hits = await ocr.FindAsync(lease.Page, "CA", CancellationToken.None);
        output.WriteLine($"image scan of a place page: {clock.Elapsed.TotalMilliseconds:0} ms");

        Assert.Empty(hits);
        Assert.Equal(0, engines.CreatedEngines);
    }

    [Fact]
    public void Picks_the_described_elements_core_finds_worth_reading()
    {
        var described = JsonDocument.Parse("""
            [
              {"html": "<div class=\"contact-banner\"><canvas width=\"560\" height=\"80\" data-candidate></canvas></div>", "source": null},
              {"html": "<div class=\"logo\"><canvas width=\"400\" height=\"60\" data-candidate></canvas></div>", "source": null},
              {"html": "<div><img src=\"https://x.example/hero.jpg\" width=\"1200\" height=\"500\" data-candidate></div>", "source": "https://x.example/hero.jpg"},
              {"html": "<a href=\"tel:+14165550199\"><img src=\"https://x.example/n.png\" width=\"200\" height=\"30\" data-candidate></a>", "source": "https://x.example/n.png"},
              {"html": "<div><img src=\"https://x.example/phone-number.png\" class=\"x\" width=\"220\" height=\"40\" data-candidate></div>", "source": "https://x.example/phone-number.png"},
              {"html": "<div class=\"phone\"><img src=\"https://x.example/phone.svg\" width=\"220\" height=\"40\" data-candidate></div>", "source": "https://x.example/phone.svg"}
            ]
            """).RootElement;

        Assert.Equal([0, 3, 4], PageImageOcr.Pick(described));
    }

    [Fact]
    public void Maps_a_box_in_a_screenshot_to_document_px_and_viewport_fractions()
    {
        // A 400x60 px screenshot of an element drawn 200x30 CSS px at (100, 700) in the viewport, page scrolled by 500.
        var place = new ElementPlace(100, 700, 200, 30, 0, 500, 1280, 800);

        var box = PageImageOcr.ToPage(new BoundingBox(40, 10, 200, 40), 400, 60, place);

        Assert.Equal(new BoundingBox(120, 1205, 100, 20, 120 / 1280.0, 705 / 800.0, 100 / 1280.0, 20 / 800.0), box);
    }

    [Theory]
    [InlineData("google_maps", null, true)]
    [InlineData("linkedin", null, false)]
    [InlineData("linkedin", true, true)]
    [InlineData("google_maps", false, false)]
    public void A_job_reads_images_as_it_asks_else_by_its_platform(string platform, bool? asked, bool reads) =>
        Assert.Equal(reads, new PageOcrOptions().ReadsImages(platform, asked));

    private static string Normalize(string raw) => new(raw.Where(char.IsAsciiDigit).ToArray());
}
