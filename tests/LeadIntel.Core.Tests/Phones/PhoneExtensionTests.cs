using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Tests.Phones;

public class PhoneExtensionTests
{
    [Theory]
    [InlineData(" ext. 12", "12")]
    [InlineData(" EXT:12", "12")]
    [InlineData(" extn 9", "9")]
    [InlineData("x1234", "1234")]
    [InlineData(" poste 210", "210")]
    [InlineData(" ramal 33", "33")]
    [InlineData(" DW 5", "5")]
    public void Reads_markers(string tail, string extension)
    {
        Assert.True(PhoneExtension.TryRead(tail, 0, out var read, out var end));
        Assert.Equal(extension, read);
        Assert.Equal(tail.Length, end);
    }

    [Theory]
    [InlineData(" extra 12")]
    [InlineData(" x")]
    [InlineData(" ext. 12345678")]
    [InlineData(" x12abc")]
    [InlineData(" and more")]
    public void Ignores_what_is_not_an_extension(string tail) => Assert.False(PhoneExtension.TryRead(tail, 0, out _, out _));
}
