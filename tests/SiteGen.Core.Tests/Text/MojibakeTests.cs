using SiteGen.Core.Text;

namespace SiteGen.Core.Tests.Text;

public sealed class MojibakeTests
{
    [Theory]
    [InlineData("environmentâ€™s configuration", "environment\u2019s configuration")]
    [InlineData("**Built-in Amazon S3 integration** â€“ You can", "**Built-in Amazon S3 integration** \u2013 You can")]
    [InlineData("a pause â€” then", "a pause \u2014 then")]
    [InlineData("â€œquotedâ€\u009D", "\u201Cquoted\u201D")]
    [InlineData("and so onâ€¦", "and so on\u2026")]
    [InlineData("caf\u00C3\u00A9", "caf\u00E9")]
    public void Repairs_utf8_read_as_windows_1252(string damaged, string expected)
    {
        // When
        var repaired = Mojibake.Fix(damaged);

        // Then
        Assert.Equal(expected, repaired);
        Assert.DoesNotContain("â€", repaired);
    }

    [Fact]
    public void Repairs_all_six_damaged_sequences_of_the_seed_lesson()
    {
        // Given the six damaged lines of the seed (one apostrophe, five en dashes)
        var text = string.Join('\n',
            "When you update an environmentâ€™s configuration settings,",
            "* **Built-in Amazon S3 integration** â€“ You can configure",
            "* **Built-in Amazon CloudWatch integration** â€“ Elastic Beanstalk installs",
            "* **Elastic Beanstalk resource creation** â€“ Configuration files",
            "* **AWS SDK for Python** â€“ Your application",
            "* **Framework integration** â€“ Instead of directly coding");
        var repairs = new List<Mojibake.Repair>();

        // When
        var fixedText = Mojibake.Fix(text, repairs);

        // Then
        Assert.Equal(6, repairs.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6], repairs.Select(r => r.Line));
        Assert.Equal("â€™", repairs[0].Damaged);
        Assert.Equal("\u2019", repairs[0].Repaired);
        Assert.All(repairs.Skip(1), r => Assert.Equal("\u2013", r.Repaired));
        Assert.DoesNotContain("â€", fixedText);
    }

    [Fact]
    public void Reports_the_one_based_line_of_each_repair()
    {
        var repairs = new List<Mojibake.Repair>();

        Mojibake.Fix("# Title\n\nplain line\nit\u00E2\u20AC\u2122s here\n", repairs);

        var repair = Assert.Single(repairs);
        Assert.Equal(4, repair.Line);
    }

    [Theory]
    [InlineData("Café, naïve, façade, Ångström, Straße")]
    [InlineData("A lone â€ is not damage unless complete: Ã")]
    [InlineData("Prices: 5 € — “quoted” ‘single’ … ✓ 😀")]
    [InlineData("Ça va à l'école, élève, Œuvre")]
    public void Leaves_legitimate_accented_text_untouched(string text)
    {
        var repairs = new List<Mojibake.Repair>();

        var result = Mojibake.Fix(text, repairs);

        Assert.Equal(text, result);
        Assert.Empty(repairs);
    }
}
