namespace SiteGen.Core.IO;

/// <summary>
/// Where a note stops being UTF-8 text: the byte offset (from the file's start) of its first invalid sequence, or of
/// its first NUL byte when it has one (<see cref="IsBinary"/>: a binary file, as Git tells them), with that byte's
/// one-based line and column (in bytes) for a diagnostic.
/// </summary>
public sealed record Utf8Problem(long Offset, int Line, int Column, bool IsBinary);
