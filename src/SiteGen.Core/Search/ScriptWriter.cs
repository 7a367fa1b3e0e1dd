using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using SiteGen.Core.IO;

namespace SiteGen.Core.Search;

/// <summary>
/// Writes JSON values (a JavaScript literal) into one buffer: arrays with commas placed for the caller, strings
/// escaped as JSON requires plus U+2028/U+2029. A small writer of our own because the search files carry every
/// word of the site and go straight on to disk, in UTF-8 (<see cref="Utf8Output"/>).
/// </summary>
public sealed class ScriptWriter(Utf8Output text)
{
    /// <summary>What a JSON string must escape, and the line and paragraph separators JavaScript reads as line ends.</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create([.. Enumerable.Range(0, ' ').Select(c => (char)c), '"', '\\', '\u2028', '\u2029']);

    private bool _needsComma;

    public ScriptWriter Raw(string raw)
    {
        text.Write(raw);
        _needsComma = false;
        return this;
    }

    public ScriptWriter StartArray()
    {
        Separate();
        text.Write("[");
        _needsComma = false;
        return this;
    }

    public ScriptWriter EndArray()
    {
        text.Write("]");
        _needsComma = true;
        return this;
    }

    /// <summary>Values already written as JSON, comma-separated (e.g. <see cref="SearchPageText.SectionsJson"/>), as the next items.</summary>
    public ScriptWriter Items(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty)
        {
            return this;
        }

        Separate();
        text.Write(json);
        _needsComma = true;
        return this;
    }

    public ScriptWriter Number(int value)
    {
        Separate();
        text.Write(value.ToString(CultureInfo.InvariantCulture));
        _needsComma = true;
        return this;
    }

    public ScriptWriter String(string value) => String(value.AsSpan());

    /// <remarks>Optimised from the first call (for the JIT build): the snippet files carry every word of the site.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ScriptWriter String(ReadOnlySpan<char> value)
    {
        Separate();
        text.Write("\"");
        for (var next = value.IndexOfAny(Escaped); next >= 0; next = value.IndexOfAny(Escaped))
        {
            text.Write(value[..next]);
            text.Write(value[next] switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                var c => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
            value = value[(next + 1)..];
        }

        text.Write(value);
        text.Write("\"");
        _needsComma = true;
        return this;
    }

    private void Separate()
    {
        if (_needsComma)
        {
            text.Write(",");
        }
    }
}
