using SiteGen.Core.Search;

namespace SiteGen.Core.Tests.Search;

public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("Deploy the app, then DEPLOY again.", "deploy the app then again")]
    [InlineData("Ça-va? Naïve café’s résumé—twice", "ça va naïve café résumé twice")]
    [InlineData("a b c x1 S3 EC2 ec2 I/O", "x1 s3 ec2")]
    [InlineData("  \t\n", "")]
    [InlineData("Größe ΔΣ straße", "größe δσ straße")]
    public void Splits_at_anything_but_letters_and_digits_lowercases_and_keeps_each_word_of_two_or_more_once(string text, string words)
    {
        Assert.Equal(words, SearchWords.Distinct(text));
    }

    [Fact]
    public void Keeps_the_order_of_first_appearance_across_texts()
    {
        Assert.Equal("beta alpha gamma", SearchWords.Distinct("Beta alpha", "ALPHA gamma beta"));
    }
}
