using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace SiteGen.Core.Search;

/// <summary>
/// Writes JSON values (a JavaScript literal) into one buffer: arrays with commas placed for the caller, strings
/// escaped as JSON requires plus U+2028/U+2029. A small writer of our own because the search files carry every
/// word of the site and go straight on to disk as text.
/// </summary>
public sealed class ScriptWriter(int capacity)
{
    private readonly StringBuilder _text = new(capacity);
    private bool _needsComma;

    public ScriptWriter Raw(string text)
    {
        _text.Append(text);
        _needsComma = false;
        return this;
    }

    public ScriptWriter StartArray()
    {
        Separate();
        _text.Append('[');
        _needsComma = false;
        return this;
    }

    public ScriptWriter EndArray()
    {
        _text.Append(']');
        _needsComma = true;
        return this;
    }

    public ScriptWriter Number(int value)
    {
        Separate();
        _text.Append(value.ToString(CultureInfo.InvariantCulture));
        _needsComma = true;
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ScriptWriter String(string value)
    {
        Separate();
        _text.Append('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029')
            {
                continue;
            }

            _text.Append(value, start, i - start);
            _text.Append(c switch
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

        _text.Append(value, start, value.Length - start);
        _text.Append('"');
        _needsComma = true;
        return this;
    }

    public override string ToString() => _text.ToString();

    private void Separate()
    {
        if (_needsComma)
        {
            _text.Append(',');
        }
    }
}
