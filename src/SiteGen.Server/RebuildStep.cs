using SiteGen.Core.Diagnostics;

namespace SiteGen.Server;

/// <summary>The latest outcome of one of a preview's two rebuild steps (pages, site-wide files).</summary>
internal sealed class RebuildStep
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; set; } = [];

    public bool Failing { get; set; }
}
