using LeadIntel.Core.Text;

namespace LeadIntel.Core.Tests.Text;

public class CharFoldingTests
{
    [Theory]
    [InlineData('\uFF17', '7')]
    [InlineData('\u0663', '3')]
    [InlineData('\u0969', '3')]
    [InlineData('\u00A0', ' ')]
    [InlineData('\u2009', ' ')]
    [InlineData('\u202F', ' ')]
    [InlineData('\u2007', ' ')]
    [InlineData('\u2013', '-')]
    [InlineData('\u2212', '-')]
    [InlineData('\uFF0D', '-')]
    [InlineData('\u200B', CharFolding.Drop)]
    [InlineData('\uFEFF', CharFolding.Drop)]
    [InlineData('a', 'a')]
    [InlineData('é', 'é')]
    public void Folds_display_variants(char input, char expected) => Assert.Equal(expected, CharFolding.Fold(input));
}
