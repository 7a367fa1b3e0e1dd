using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Preview;

/// <summary>
/// A page after the process phase, with the source text and file stamp it came from and the diagnostics processing
/// gave: everything a rebuild needs to reuse it instead of processing the page again.
/// </summary>
public sealed record ProcessedPage(
    string Text,
    long Size,
    long Ticks,
    DateTime CheckedAt,
    Document Document,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How long after its last write a file's stamp is trusted: a save within it may not have moved the stamp.</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    /// <summary>The file still has the stamp it was read with, and it was read well after it was last written.</summary>
    public bool StampMatches(FileInfo file) =>
        file.Length == Size && file.LastWriteTimeUtc.Ticks == Ticks && CheckedAt - new DateTime(Ticks, DateTimeKind.Utc) > RacyWindow;
}
