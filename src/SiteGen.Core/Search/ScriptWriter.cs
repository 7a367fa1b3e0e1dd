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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ScriptWriter String(string value)
    {
        Separate();
        text.Write("\"");
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029')
            {
                continue;
            }

            text.Write(value.AsSpan(start, i - start));
            text.Write(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
            start = i + 1;
        }

        text.Write(value.AsSpan(start));
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
