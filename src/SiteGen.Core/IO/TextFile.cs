using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SiteGen.Core.IO;

/// <summary>
/// Reads a note as <see cref="File.ReadAllText(string)"/> does (UTF-8, a byte order mark honoured, bad bytes as
/// U+FFFD), in one read into a pooled buffer and one decode into the string: ReadAllText goes through a reader's
/// buffers and a builder, which copied every note three times. It also tells where a note is not UTF-8 text at all.
/// </summary>
public static class TextFile
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static string Read(string path) => Read(path, out _);

    /// <summary>Reads a note, and where its bytes first fail to be UTF-8 text (null when they are text).</summary>
    public static string Read(string path, out Utf8Problem? problem)
    {
        problem = null;
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"the file is larger than {Array.MaxLength:N0} bytes");
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = 0;
            for (int n; read < buffer.Length && (n = RandomAccess.Read(handle, buffer.AsSpan(read), read)) > 0;)
            {
                read += n;
            }

            var bytes = buffer.AsSpan(0, read);

            // A UTF-16 or UTF-32 mark (FE FF, FF FE, 00 00 FE FF): rare enough in notes to leave to the reader that detects them.
            if (bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0, 0, 0xFE, 0xFF, ..])
            {
                return File.ReadAllText(path);
            }

            var skip = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
            problem = Check(bytes, skip);
            return Encoding.UTF8.GetString(bytes[skip..]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The first byte of <paramref name="bytes"/> from <paramref name="start"/> that is not UTF-8 text: an invalid sequence or a NUL.</summary>
    internal static Utf8Problem? Check(ReadOnlySpan<byte> bytes, int start)
    {
        var text = bytes[start..];
        var nul = text.IndexOf((byte)0);
        var invalid = -1;
        if (!Utf8.IsValid(text))
        {
            invalid = 0;
            while (Rune.DecodeFromUtf8(text[invalid..], out _, out var consumed) == OperationStatus.Done)
            {
                invalid += consumed;
            }
        }

        if (nul < 0 && invalid < 0)
        {
            return null;
        }

        var offset = nul < 0 || (invalid >= 0 && invalid < nul) ? invalid : nul;
        var before = text[..offset];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - before.LastIndexOf((byte)'\n');
        return new Utf8Problem(start + offset, line, column, IsBinary: nul >= 0);
    }
}
