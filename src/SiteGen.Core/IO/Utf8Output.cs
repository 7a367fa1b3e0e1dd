using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using Scriban.Runtime;

namespace SiteGen.Core.IO;

/// <summary>
/// Text encoded to UTF-8 as it is written, into a buffer that keeps its capacity from one use to the next on its
/// thread (<see cref="Write{T}"/>): the largest outputs of a build (laid-out pages, the search files, the quiz
/// export) go to their files without ever being strings. Takes template output, characters, and bytes from a
/// <c>Utf8JsonWriter</c> as an <see cref="IBufferWriter{T}"/>.
/// </summary>
public sealed class Utf8Output : IScriptOutput, IBufferWriter<byte>
{
    private const int ChunkChars = 16 * 1024;

    [ThreadStatic]
    private static Utf8Output? t_spare;

    private readonly ArrayBufferWriter<byte> _bytes = new(64 * 1024);
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();

    private Utf8Output()
    {
    }

    /// <summary>
    /// Lets <paramref name="write"/> write into this thread's output, then gives the bytes, valid only during the
    /// call, to <paramref name="use"/>. Taken while in use: a write that starts another gets an output of its own.
    /// </summary>
    public static T Write<T>(Action<Utf8Output> write, Func<ReadOnlySpan<byte>, T> use)
    {
        var output = t_spare ?? new Utf8Output();
        t_spare = null;
        try
        {
            write(output);
            output.Encode([], flush: true); // a lone high surrogate left by the last write becomes U+FFFD
            return use(output._bytes.WrittenSpan);
        }
        finally
        {
            output._bytes.ResetWrittenCount();
            output._encoder.Reset();
            t_spare = output;
        }
    }

    public void Write(ReadOnlySpan<char> text) => Encode(text, flush: false);

    /// <summary>Bytes that are UTF-8 already, as they are.</summary>
    public void Write(ReadOnlySpan<byte> utf8)
    {
        Encode([], flush: true); // what came before ends first
        _bytes.Write(utf8);
    }

    public void Write(string text, int offset, int count) => Encode(text.AsSpan(offset, count), flush: false);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Advance(int count) => _bytes.Advance(count);

    public Memory<byte> GetMemory(int sizeHint = 0) => _bytes.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => _bytes.GetSpan(sizeHint);

    /// <summary>
    /// Scriban's <c>Template.Render</c> returns its output's <c>ToString()</c>; this output's text is its bytes, so
    /// there is no string to give.
    /// </summary>
    public override string ToString() => "";

    /// <remarks>Optimised from the first call (for the JIT build): every byte of the largest outputs goes through it.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
