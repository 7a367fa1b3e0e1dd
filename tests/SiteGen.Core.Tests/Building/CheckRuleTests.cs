using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

/// <summary>Every rule of <c>sitegen check</c>: a fixture that triggers it, and a clean one that reports nothing.</summary>
public sealed class CheckRuleTests
{
    public static TheoryData<string, string> Rules() => new()
    {
        { "SG0101", "clean-text" },
        { "SG0201", "clean-links" },
        { "SG0202", "clean-links" },
        { "SG0203", "clean-links" },
        { "SG0205", "clean-links" },
        { "SG0206", "clean-links" },
        { "SG0207", "clean-links" },
        { "SG0208", "clean-links" },
        { "SG0209", "clean-links" },
        { "SG0301", "clean-quiz" },
        { "SG0302", "clean-quiz" },
        { "SG0303", "clean-quiz" },
        { "SG0304", "clean-quiz" },
        { "SG0305", "clean-quiz" },
        { "SG0306", "clean-quiz" },
        { "SG0307", "clean-quiz" },
        { "SG0308", "clean-quiz" },
        { "SG0401", "clean-text" },
        { "SG0402", "clean-text" },
        { "SG0403", "clean-text" },
        { "SG0501", "clean-links" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Fixture_named_by_a_code_reports_that_code(string code, string clean)
    {
        _ = clean;
        var result = CheckFixtures.Check(code);

        Assert.Contains(code, result.Diagnostics.Select(d => d.Code));
        Assert.All(result.Diagnostics.Where(d => d.Code == code), d => Assert.True(d.Line > 0, d.ToString()));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Clean_fixture_reports_nothing(string code, string clean)
    {
        var result = CheckFixtures.Check(clean);

        Assert.DoesNotContain(code, result.Diagnostics.Select(d => d.Code));
        Problems.AssertNone([.. result.Diagnostics.Select(d => d.ToString())]);
    }
}
