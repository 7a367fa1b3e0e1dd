using SiteGen.Core.Diagnostics;
using SiteGen.Core.Preview;
using SiteGen.Server;

namespace SiteGen.Browser.Tests.Serve;

/// <summary>A preview report that prints nothing: the browser tests look at the page, not the terminal.</summary>
internal sealed class SilentReport : IPreviewReport
{
    public void Rebuilt(RebuildResult result, IReadOnlyList<Diagnostic> fresh)
    {
    }

    public void Problem(string message)
    {
    }
}
