using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.IO;

namespace SiteGen.Core.Fixing;

/// <summary>
/// Applies the safe repairs a check found (<see cref="Diagnostic.Fix"/>) to the input's files: only the lines named
/// change, every other byte (line endings, a byte-order mark) stays as it was, and each file is written atomically.
/// </summary>
public static class SourceFixer
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Applies the repairs; each file left as it was although it had some is added to <paramref name="skipped"/> with
    /// the reason. A note that is a symbolic link is repaired in its target (the link stays a link), unless the
    /// target lies outside the input.
    /// </summary>
    public static IReadOnlyList<AppliedFix> Apply(string inputDirectory, IReadOnlyList<Diagnostic> diagnostics, ICollection<SkippedFile>? skipped = null)
    {
        var applied = new List<AppliedFix>();
        var input = RealPath.Of(inputDirectory);
        foreach (var file in diagnostics.Where(d => d.Fix is not null).GroupBy(d => d.Fix!.SourcePath, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = file.OrderBy(d => d.Fix!.Line).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
            var (fixes, reason) = FixFile(input, Path.Combine(inputDirectory, file.Key), ordered);
            applied.AddRange(fixes);
            if (reason is not null)
            {
                skipped?.Add(new SkippedFile(ordered[0].Path, reason));
            }
        }

        return applied;
    }

    /// <summary>Repairs one file; one that cannot be read, decoded or written is left as it was (its diagnostics stand), with the reason.</summary>
    private static (IReadOnlyList<AppliedFix> Applied, string? Skipped) FixFile(string input, string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        try
        {
            var real = RealPath.Of(path);
            if (!real.StartsWith(input + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return ([], $"it is a symbolic link to {real}, outside the input folder");
            }

            return Rewrite(real, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], e.Message);
        }
    }

    private static (IReadOnlyList<AppliedFix> Applied, string? Skipped) Rewrite(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        var bytes = File.ReadAllBytes(path);
        var bom = bytes.AsSpan().StartsWith(ByteOrderMark) ? ByteOrderMark : [];
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, bom.Length, bytes.Length - bom.Length);
        }
        catch (DecoderFallbackException)
        {
            return ([], "it is not valid UTF-8");
        }

        var lines = SplitKeepingEndings(text);
        var applied = new List<AppliedFix>();
        foreach (var diagnostic in diagnostics)
        {
            var fix = diagnostic.Fix!;
            if (fix.Line < 1 || fix.Line > lines.Count || fix.Find.Length == 0 || fix.Find == fix.Replace)
            {
                continue;
            }

            var line = lines[fix.Line - 1];
            var from = Math.Clamp(diagnostic.Column - 1, 0, line.Length);
            var at = line.IndexOf(fix.Find, from, StringComparison.Ordinal) is >= 0 and var after ? after : line.IndexOf(fix.Find, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            lines[fix.Line - 1] = string.Concat(line.AsSpan(0, at), fix.Replace, line.AsSpan(at + fix.Find.Length));
            applied.Add(new AppliedFix(diagnostic, fix, at + 1));
        }

        if (applied.Count > 0)
        {
            AtomicFile.WriteAllBytes(path, [.. bom, .. StrictUtf8.GetBytes(string.Concat(lines))]);
        }

        return (applied, null);
    }

    /// <summary>The lines of a text, each with its own line ending ("\n", "\r\n" or none for the last).</summary>
    private static List<string> SplitKeepingEndings(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', start))
        {
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }

        lines.Add(text[start..]);
        return lines;
    }
}
