namespace SiteGen.Core.Tests.TestSupport;

internal static class Problems
{
    /// <summary>Fails listing every problem in full, one a line (xunit's collection display cuts them short).</summary>
    public static void AssertNone(IReadOnlyCollection<string> problems) =>
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n" + string.Join('\n', problems.Take(50)));
}
