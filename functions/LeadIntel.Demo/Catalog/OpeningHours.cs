using System.Globalization;

namespace LeadIntel.Demo.Catalog;

/// <summary>One line of a weekly schedule, e.g. Monday to Friday 09:00 to 17:30.</summary>
/// <param name="Days">schema.org day range, e.g. <c>Mo-Fr</c>.</param>
public sealed record OpeningHours(string Days, TimeOnly Opens, TimeOnly Closes)
{
    private static readonly Dictionary<string, string> DayNames = new()
    {
        ["Mo"] = "Mon", ["Tu"] = "Tue", ["We"] = "Wed", ["Th"] = "Thu", ["Fr"] = "Fri", ["Sa"] = "Sat", ["Su"] = "Sun",
    };

    /// <summary>schema.org <c>openingHours</c> text, e.g. <c>Mo-Fr 09:00-17:30</c>.</summary>
    public string ToSchema() => $"{Days} {Opens.ToString("HH:mm", CultureInfo.InvariantCulture)}-{Closes.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>What a person reads: <c>Mon–Fri</c> and <c>9:00 AM – 5:30 PM</c> (12-hour clock for North America).</summary>
    public (string Days, string Times) ToDisplay(bool twelveHour)
    {
        var days = string.Join('–', Days.Split('-').Select(d => DayNames[d]));
        var format = twelveHour ? "h:mm tt" : "HH:mm";
        return (days, $"{Opens.ToString(format, CultureInfo.InvariantCulture)} – {Closes.ToString(format, CultureInfo.InvariantCulture)}");
    }
}
