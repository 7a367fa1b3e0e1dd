using SiteGen.Browser.Tests.Infrastructure;

namespace SiteGen.Browser.Tests.Code;

/// <summary>tests/fixtures/code built once: one page of fenced code in several languages.</summary>
public sealed class CodeSite() : SiteFixture("code")
{
    public const string Page = "index.html";
}
