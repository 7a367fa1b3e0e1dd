namespace SiteGen.Core.Diagnostics;

/// <summary>
/// A safe, mechanical repair of a diagnostic: replace <see cref="Find"/> with <see cref="Replace"/> on one-based
/// <see cref="Line"/> of the input file <see cref="SourcePath"/> ('/'-separated, relative to the input folder).
/// </summary>
public sealed record TextFix(string SourcePath, int Line, string Find, string Replace);
