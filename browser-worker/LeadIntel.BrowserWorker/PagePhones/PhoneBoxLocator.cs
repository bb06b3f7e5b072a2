using System.Text.Json;
using LeadIntel.Core.Model;
using Microsoft.Playwright;
using PhoneNumbers;

namespace LeadIntel.BrowserWorker.PagePhones;

/// <summary>
/// Finds where each phone is drawn on the live page, for overlay highlighting: the bounding box of the
/// text that spells it (a DOM Range over its text nodes) or of a tel: link that dials it.
/// </summary>
public sealed class PhoneBoxLocator
{
    private static readonly string Script = PageScripts.Load("locate-phones.js");
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    /// <summary>Boxes keyed by E.164, in document CSS px and normalized to the viewport; phones not on screen are absent.</summary>
    public async Task<IReadOnlyDictionary<string, BoundingBox>> LocateAsync(IPage page, IEnumerable<Phone> phones)
    {
        var byDigits = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var phone in phones)
        {
            var digits = NationalDigits(phone.E164);
            if (digits is not null)
            {
                byDigits.TryAdd(digits, phone.E164);
            }
        }

        if (byDigits.Count == 0)
        {
            return new Dictionary<string, BoundingBox>();
        }

        var found = await page.EvaluateAsync<JsonElement>(Script, byDigits.Keys.ToArray()).ConfigureAwait(false);
        var scrollX = found.GetProperty("scrollX").GetDouble();
        var scrollY = found.GetProperty("scrollY").GetDouble();
        var width = found.GetProperty("viewportWidth").GetDouble();
        var height = found.GetProperty("viewportHeight").GetDouble();
        var boxes = new Dictionary<string, BoundingBox>(StringComparer.Ordinal);
        foreach (var item in found.GetProperty("boxes").EnumerateArray())
        {
            var x = item.GetProperty("x").GetDouble();
            var y = item.GetProperty("y").GetDouble();
            var w = item.GetProperty("width").GetDouble();
            var h = item.GetProperty("height").GetDouble();
            boxes[byDigits[item.GetProperty("digits").GetString()!]] = new BoundingBox(x + scrollX, y + scrollY, w, h, x / width, y / height, w / width, h / height);
        }

        return boxes;
    }

    /// <summary>The national significant number (e.g. <c>4165550123</c>) that a page would print.</summary>
    internal static string? NationalDigits(string e164)
    {
        try
        {
            return Numbers.GetNationalSignificantNumber(Numbers.Parse(e164, null));
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
