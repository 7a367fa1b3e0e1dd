using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Fixing;

/// <summary>A repair <see cref="SourceFixer"/> wrote, at the one-based column where it replaced the text.</summary>
public sealed record AppliedFix(Diagnostic Diagnostic, TextFix Fix, int Column)
{
    /// <summary>The canonical form, with "fixed" for the severity: <c>path(line,col): fixed SG0202: 'a' → 'b'</c>.</summary>
    public override string ToString() =>
        $"{Diagnostic.Path}({Fix.Line},{Column}): fixed {Diagnostic.Code}: '{Fix.Find.Trim()}' → '{Fix.Replace.Trim()}'";
}
