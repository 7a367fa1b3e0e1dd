using System.Text;

namespace SiteGen.Core.Text;

/// <summary>
/// Repairs UTF-8 text that was once decoded as Windows-1252 and saved again (<c>â€™</c> for <c>’</c>):
/// each run of characters whose 1252 bytes form one valid UTF-8 character becomes that character.
/// </summary>
public static class Mojibake
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    // Windows-1252 bytes 0x80-0x9F; the unassigned five map to themselves, as Windows' decoder does.
    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>A repair made at a one-based line.</summary>
    public readonly record struct Repair(int Line, string Damaged, string Repaired);

    public static string Fix(string text, List<Repair>? repairs = null)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var line = 1;
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
            }

            var length = SequenceLength(c);
            if (length > 1 && i + length <= text.Length && TryDecode(text.AsSpan(i, length), bytes[..length], out var repaired))
            {
                builder.Append(repaired);
                repairs?.Add(new Repair(line, text.Substring(i, length), repaired));
                i += length - 1;
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static int SequenceLength(char lead) => ToByte(lead) switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    private static bool TryDecode(ReadOnlySpan<char> chars, Span<byte> bytes, out string decoded)
    {
        decoded = "";
        for (var k = 0; k < chars.Length; k++)
        {
            var b = ToByte(chars[k]);
            if (b < 0 || (k > 0 && (b < 0x80 || b > 0xBF)))
            {
                return false;
            }

            bytes[k] = (byte)b;
        }

        try
        {
            decoded = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static int ToByte(char c)
    {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        {
            return c;
        }

        var index = Array.IndexOf(High, c);
        return index < 0 ? -1 : 0x80 + index;
    }
}
