using SiteGen.Core.Diagnostics;
using SiteGen.Core.Preview;
using SiteGen.Server;

namespace SiteGen.Cli.Commands;

/// <summary>Prints what the preview server does through <see cref="Reporter"/>: new diagnostics, then one line per rebuild.</summary>
internal sealed class ConsolePreviewReport : IPreviewReport
{
    public void Rebuilt(RebuildResult result, IReadOnlyList<Diagnostic> fresh)
    {
        Reporter.Diagnostics([.. fresh.Where(d => !d.IsError), .. result.Diagnostics.Where(d => d.IsError)]);
        Reporter.Rebuild(result);
    }

    public void Problem(string message) => Reporter.Problem(message);
}
