using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace SiteGen.Core.Templating;

/// <summary>
/// Template output encoded to UTF-8 as it is written, into a buffer that keeps its capacity from one render to the
/// next: a laid-out page goes to its file without ever being a string (pages are the largest objects of a build).
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    private const int ChunkChars = 16 * 1024;
    private readonly ArrayBufferWriter<byte> _bytes = new(64 * 1024);
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();

    /// <summary>What was written since the last <see cref="Clear"/>, valid until the next write.</summary>
    public ReadOnlySpan<byte> Written => _bytes.WrittenSpan;

    public void Write(string text, int offset, int count) => Encode(text.AsSpan(offset, count), flush: false);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Ends the text: a lone high surrogate left by the last write becomes U+FFFD.</summary>
    public void Flush() => Encode([], flush: true);

    public void Clear()
    {
        _bytes.ResetWrittenCount();
        _encoder.Reset();
    }

    /// <summary>
    /// Scriban's <c>Template.Render</c> returns its output's <c>ToString()</c>; this output's text is its bytes, so
    /// there is no string to give.
    /// </summary>
    public override string ToString() => "";

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        do
        {
            // A chunk at a time, so a long write does not reserve three bytes for every character of it.
            var span = _bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(Math.Min(chars.Length, ChunkChars)));
            _encoder.Convert(chars, span, flush, out var used, out var written, out _);
            _bytes.Advance(written);
            chars = chars[used..];
        }
        while (!chars.IsEmpty);
    }
}
