namespace SiteGen.Core.IO;

/// <summary>
/// An entry a <see cref="FolderWalker"/> left out and why, by its '/'-separated path inside the walked folder ("" for the
/// folder itself): <see cref="Diagnostics.DiagnosticCodes.InputEntrySkipped"/> for a link leading out, a loop or a special
/// file, <see cref="Diagnostics.DiagnosticCodes.FileUnreadable"/> for a folder that could not be listed.
/// </summary>
public sealed record SkippedEntry(string RelativePath, string Code, string Message, string? Hint = null);
