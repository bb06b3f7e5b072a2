using LeadIntel.Core.Phones;

namespace LeadIntel.Core.Tests.Phones;

public class PhoneNormalizerTests
{
    [Theory]
    [InlineData("(416) 362-8820", "CA", "+14163628820", "(416) 362-8820")]
    [InlineData("030 12345678", "DE", "+493012345678", "030 12345678")]
    [InlineData("+44 20 7946 0958", "US", "+442079460958", "020 7946 0958")]
    public void Normalizes_to_e164_and_national(string raw, string region, string e164, string national)
    {
        Assert.True(PhoneNormalizer.TryNormalize(raw, region, out var phone));
        Assert.Equal(e164, phone.E164);
        Assert.Equal(national, phone.National);
    }

    [Fact]
    public void Extension_is_kept_apart()
    {
        Assert.True(PhoneNormalizer.TryNormalize("+1 416 362 8820 ext. 12", "CA", out var phone));
        Assert.Equal("+14163628820", phone.E164);
        Assert.Equal("12", phone.Extension);
    }

    [Fact]
    public void Nanp_555_01xx_is_flagged_fictional()
    {
        Assert.True(PhoneNormalizer.TryNormalize("(212) 555-0147", "US", out var fictional));
        Assert.True(fictional.Fictional);
        Assert.True(PhoneNormalizer.TryNormalize("(212) 736-5000", "US", out var real));
        Assert.False(real.Fictional);
    }

    [Fact]
    public void French_01_99_00_is_flagged_fictional()
    {
        Assert.True(PhoneNormalizer.TryNormalize("01 99 00 12 34", "FR", out var fictional));
        Assert.True(fictional.Fictional);
        Assert.True(PhoneNormalizer.TryNormalize("01 42 68 53 00", "FR", out var real));
        Assert.False(real.Fictional);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("not a phone")]
    [InlineData("")]
    public void Rejects_invalid(string raw) => Assert.False(PhoneNormalizer.TryNormalize(raw, "US", out _));

    [Fact]
    public void Reports_libphonenumber_type()
    {
        Assert.True(PhoneNormalizer.TryNormalize("1-800-263-4417", "US", out var tollFree));
        Assert.Equal("toll_free", tollFree.Type);
        Assert.True(PhoneNormalizer.TryNormalize("+49 151 23456789", "DE", out var mobile));
        Assert.Equal("mobile", mobile.Type);
    }
}
