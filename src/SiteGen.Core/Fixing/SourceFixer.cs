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

    public static IReadOnlyList<AppliedFix> Apply(string inputDirectory, IReadOnlyList<Diagnostic> diagnostics) =>
    [
        .. diagnostics
            .Where(d => d.Fix is not null)
            .GroupBy(d => d.Fix!.SourcePath, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => FixFile(Path.Combine(inputDirectory, g.Key), [.. g.OrderBy(d => d.Fix!.Line).ThenBy(d => d.Code, StringComparer.Ordinal)])),
    ];

    /// <summary>Repairs one file; one that cannot be read, decoded or written is left as it was (its diagnostics stand).</summary>
    private static IReadOnlyList<AppliedFix> FixFile(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        try
        {
            return Rewrite(path, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static IReadOnlyList<AppliedFix> Rewrite(string path, IReadOnlyList<Diagnostic> diagnostics)
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
            return [];
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

        return applied;
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
