using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Scaffolding;

/// <summary>The lesson created and the index line added, or why nothing was written.</summary>
public sealed record NewLessonResult(string? LessonPath, string? IndexPath, int IndexLine, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => LessonPath is not null;
}
