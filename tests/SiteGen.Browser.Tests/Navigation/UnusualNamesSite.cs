using SiteGen.Browser.Tests.Infrastructure;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Browser.Tests.Navigation;

/// <summary>A course whose file names hold quotes, angle brackets, <c>#</c>, <c>?</c>, <c>%</c>, <c>\</c> and non-Latin letters, built once.</summary>
public sealed class UnusualNamesSite() : SiteFixture(UnusualNames.Write)
{
    /// <summary>The file:// URL of a page by its site-root-relative path, each segment percent-encoded.</summary>
    public string FileUrl(string relativePath) =>
        "file://" + string.Join('/', Path.Combine(Output, relativePath).Split('/').Select(Uri.EscapeDataString));
}
