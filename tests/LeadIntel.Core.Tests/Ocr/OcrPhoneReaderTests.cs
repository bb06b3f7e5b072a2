using LeadIntel.Core.Extraction;
using LeadIntel.Core.Model;
using LeadIntel.Core.Ocr;

namespace LeadIntel.Core.Tests.Ocr;

[Collection(OcrCollection.Name)]
public class OcrPhoneReaderTests(OcrEngines engines)
{
    [Fact]
    public async Task Finds_the_number_in_a_rendered_image_boxed_where_it_was_drawn()
    {
        var (png, drawn) = TextImage.Render(["Opening hours Mon-Fri", "Call us: (416) 362-8820"], width: 1000, height: 260, left: 50, top: 30);
        var reader = new OcrPhoneReader(engines.Pool);

        var hits = await reader.ReadAsync(png, "US", source: "https://example.com/banner.png");

        var hit = Assert.Single(hits);
        Assert.Equal(ExtractionLayers.Ocr, hit.Layer);
        Assert.Equal(0.50, hit.Confidence);
        Assert.Equal("Call us: (416) 362-8820", hit.Context);
        Assert.Equal("https://example.com/banner.png", hit.Source);

        var phones = new PhoneAggregator();
        Assert.True(phones.Add(hit, "US"));
        Assert.Equal("+14163628820", Assert.Single(phones.Build()).E164);

        // The box spans "(416)" and "362-8820" only: right of "Call us:", on the second line.
        var box = hit.Box!;
        var line = drawn[1];
        Assert.InRange(box.X, line.Left + 100, line.Left + 200);
        Assert.InRange(box.X + box.Width, line.Right - 4, line.Right + 4);
        Assert.InRange(box.Y, line.Top - 4, line.Top + 4);
        Assert.InRange(box.Y + box.Height, line.Bottom - 4, line.Bottom + 4);
        Assert.Equal(box.X / 1000, box.NormX!.Value, 6);
        Assert.Equal(box.Height / 260, box.NormHeight!.Value, 6);
    }

    [Fact]
    public void Repairs_misread_digits_and_boxes_only_the_number_words()
    {
        var result = Result(("Tel:", 10, 90), ("O20", 70, 90), ("7946", 130, 90), ("O958", 200, 90), ("daily", 280, 90));

        var hit = Assert.Single(new OcrPhoneReader(engines.Pool).Find(result, "GB"));

        Assert.Equal("020 7946 0958", hit.Raw);
        Assert.Equal("Tel: O20 7946 O958 daily", hit.Context);
        Assert.Equal(new BoundingBox(70, 20, 180, 30, 0.175, 0.2, 0.45, 0.3), hit.Box);
    }

    [Fact]
    public void Drops_numbers_tesseract_doubted()
    {
        var result = Result(("020", 70, 95), ("7946", 130, 45), ("0958", 200, 95));

        Assert.Empty(new OcrPhoneReader(engines.Pool).Find(result, "GB"));
    }

    [Fact]
    public void Uses_the_given_scanner()
    {
        var result = Result(("ref", 0, 90), ("12", 50, 90), ("34", 90, 90));

        var hit = Assert.Single(new OcrPhoneReader(engines.Pool, new FixedSpanScanner(4, 5)).Find(result, "US"));

        Assert.Equal("12 34", hit.Raw);
        Assert.Equal(50, hit.Box!.X);
    }

    /// <summary>One line of 50x30 words at y=20 in a 400x100 image; each word (text, left, confidence).</summary>
    private static OcrResult Result(params (string Text, int Left, float Confidence)[] words) =>
        new(string.Join(' ', words.Select(w => w.Text)), [new OcrLine(words.Select(w => new OcrWord(w.Text, new PixelBox(w.Left, 20, 50, 30), w.Confidence)).ToList())], 400, 100);

    private sealed class FixedSpanScanner(int start, int length) : IPhoneTextScanner
    {
        public IEnumerable<PhoneTextSpan> Scan(string text, string region) => [new PhoneTextSpan(start, length)];
    }
}
