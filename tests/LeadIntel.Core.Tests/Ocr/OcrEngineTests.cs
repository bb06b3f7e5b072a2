using LeadIntel.Core.Ocr;
using LeadIntel.Core.Ocr.Interop;
using SkiaSharp;

namespace LeadIntel.Core.Tests.Ocr;

[Collection(OcrCollection.Name)]
public class OcrEngineTests(OcrEngines engines)
{
    [Fact]
    public async Task Reads_rendered_text_with_word_boxes_where_it_was_drawn()
    {
        var (png, drawn) = TextImage.Render(["Call us: +1 416-362-8820"], left: 60, top: 50);

        var result = await engines.Pool.RecognizeAsync(png);

        Assert.Equal((900, 200), (result.ImageWidth, result.ImageHeight));
        Assert.Contains("+1 416-362-8820", result.Text);
        var line = Assert.Single(result.Lines);
        Assert.Equal("Call us: +1 416-362-8820", line.Text);
        var word = Assert.Single(result.Words, w => w.Text == "416-362-8820");
        Assert.InRange(word.Confidence, 60, 100);
        AssertInside(word.Box, drawn[0]);
        // The number is the line's last word: its right edge is where the ink ends.
        Assert.InRange(word.Box.Right, drawn[0].Right - 4, drawn[0].Right + 4);
        AssertInside(line.Box, drawn[0]);
    }

    [Fact]
    public async Task Reads_jpeg_and_keeps_lines_apart()
    {
        var (jpeg, drawn) = TextImage.Render(["Hotline", "0800 123 4567"], height: 260, format: SKEncodedImageFormat.Jpeg);

        var result = await engines.Pool.RecognizeAsync(jpeg);

        Assert.Equal(["Hotline", "0800 123 4567"], result.Lines.Select(l => l.Text));
        AssertInside(result.Lines[1].Box, drawn[1]);
    }

    [Fact]
    public async Task Reads_a_tiny_inline_number_image_with_boxes_in_its_own_pixels()
    {
        // 10 px text in a 14 px high image, as sites render phone numbers to keep them from scrapers.
        var (png, drawn) = TextImage.Render(["+49 30 1234 5678"], width: 100, height: 14, fontSize: 10, left: 4, top: 2);

        var result = await engines.Pool.RecognizeAsync(png);

        Assert.Equal("+49 30 1234 5678", Assert.Single(result.Lines).Text);
        Assert.Equal((100, 14), (result.ImageWidth, result.ImageHeight));
        AssertInside(result.Lines[0].Box, drawn[0], slack: 2);
    }

    [Fact]
    public async Task A_blank_image_reads_as_no_text()
    {
        var (png, _) = TextImage.Render([]);

        var result = await engines.Pool.RecognizeAsync(png);

        Assert.Empty(result.Lines);
        Assert.Equal(string.Empty, result.Text.Trim());
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0 })]
    public async Task Bytes_that_are_not_an_image_fail_as_unreadable(byte[] bytes)
    {
        var error = await Assert.ThrowsAsync<OcrException>(() => engines.Pool.RecognizeAsync(bytes));

        Assert.Equal(OcrFailure.UnreadableImage, error.Failure);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void An_image_over_the_pixel_limit_is_refused()
    {
        var (png, _) = TextImage.Render(["555"], width: 200, height: 100);
        using var engine = OcrEngine.Create(new OcrEngineOptions { MaxPixels = 10_000 });

        var error = Assert.Throws<OcrException>(() => engine.Recognize(png));

        Assert.Equal(OcrFailure.ImageTooLarge, error.Failure);
        Assert.Contains("200x100", error.Message);
    }

    [Fact]
    public void Recognition_past_the_deadline_is_a_timeout()
    {
        var (png, _) = TextImage.Render(Enumerable.Range(1, 12).Select(i => $"Line {i}: call 0800 123 45{i:00} today").ToArray(), height: 900, fontSize: 24);
        using var engine = OcrEngine.Create(new OcrEngineOptions { RecognizeTimeout = TimeSpan.FromMilliseconds(1) });

        var error = Assert.Throws<OcrException>(() => engine.Recognize(png));

        Assert.Equal(OcrFailure.TimedOut, error.Failure);
    }

    [Fact]
    public void Missing_language_data_is_a_typed_error_naming_the_file()
    {
        var empty = Directory.CreateTempSubdirectory("tessdata-").FullName;

        var error = Assert.Throws<OcrException>(() => OcrEngine.Create(new OcrEngineOptions { DataPath = empty, Language = "eng+deu" }));

        Assert.Equal(OcrFailure.MissingLanguageData, error.Failure);
        Assert.Contains(Path.Combine(empty, "eng.traineddata"), error.Message);
    }

    [Fact]
    public void OpenMP_is_capped_in_the_native_environment_once_an_engine_exists()
    {
        using var lease = engines.Pool.Rent();

        // The C environment is what libgomp reads; .NET's own copy is not enough.
        Assert.Equal("1", OcrNativeLibraries.GetNativeEnvironment("OMP_THREAD_LIMIT"));
        Assert.StartsWith("5.", OcrEngine.NativeVersion);
    }

    private static void AssertInside(PixelBox box, SKRect drawn, float slack = 4)
    {
        Assert.InRange(box.Left, drawn.Left - slack, drawn.Right);
        Assert.InRange(box.Right, drawn.Left, drawn.Right + slack);
        Assert.InRange(box.Top, drawn.Top - slack, drawn.Bottom);
        Assert.InRange(box.Bottom, drawn.Top, drawn.Bottom + slack);
    }
}
