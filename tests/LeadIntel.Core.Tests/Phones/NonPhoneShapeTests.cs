using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Tests.Phones;

public class NonPhoneShapeTests
{
    [Theory]
    [InlineData("2024|11|15", "-|-", NonPhoneKind.Date)]
    [InlineData("15|11|2024", ".|.", NonPhoneKind.Date)]
    [InlineData("11|15|2024", "/|/", NonPhoneKind.Date)]
    [InlineData("09|00|17|30", ".| - |.", NonPhoneKind.TimeRange)]
    [InlineData("1998|2024", " - ", NonPhoneKind.YearRange)]
    [InlineData("90210|1234", "-", NonPhoneKind.ZipPlus4)]
    [InlineData("212|73|65|100", ".|.|.", NonPhoneKind.IPv4)]
    [InlineData("43|653226", ".", NonPhoneKind.Decimal)]
    [InlineData("4111|1111|1111|1111", " | | ", NonPhoneKind.Card)]
    [InlineData("3782|822463|10005", " | ", NonPhoneKind.Card)]
    [InlineData("978|3|16|148410|0", "-|-|-|-", NonPhoneKind.Isbn)]
    [InlineData("10|0|19045", ".|.", NonPhoneKind.Version)]
    [InlineData("4|163|628|820", ".|.|.", NonPhoneKind.Thousands)]
    [InlineData("1700000000", "", NonPhoneKind.Timestamp)]
    [InlineData("20241115", "", NonPhoneKind.CompactDate)]
    [InlineData("416|362|8820", "-|-", NonPhoneKind.None)]
    [InlineData("01|23|45|67|89", ".|.|.|.", NonPhoneKind.None)]
    [InlineData("1|800|555|1234", ".|.|.", NonPhoneKind.None)]
    [InlineData("11|98765|4321", ") |-", NonPhoneKind.None)]
    [InlineData("030|12345678", "/", NonPhoneKind.None)]
    public void Classifies_digit_shapes(string groups, string separators, NonPhoneKind kind) =>
        Assert.Equal(kind, NonPhoneShape.Classify(groups.Split('|'), separators.Length == 0 ? [] : separators.Split('|')));
}
