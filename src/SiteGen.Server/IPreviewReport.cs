using SiteGen.Core.Diagnostics;
using SiteGen.Core.Preview;

namespace SiteGen.Server;

/// <summary>Where the preview tells its user what happened; the command line prints it, tests record it.</summary>
public interface IPreviewReport
{
    /// <summary>A rebuild step finished; <paramref name="fresh"/> are its diagnostics the previous run of that step did not have.</summary>
    void Rebuilt(RebuildResult result, IReadOnlyList<Diagnostic> fresh);

    /// <summary>Something went wrong that is not a diagnostic of the notes (a watcher that stopped, an unexpected failure).</summary>
    void Problem(string message);
}
