using System.Buffers;
using System.Text;

namespace SiteGen.Core.IO;

/// <summary>
/// Reads a note as <see cref="File.ReadAllText(string)"/> does (UTF-8, a byte order mark honoured, bad bytes as
/// U+FFFD), in one read into a pooled buffer and one decode into the string: ReadAllText goes through a reader's
/// buffers and a builder, which copied every note three times.
/// </summary>
public static class TextFile
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static string Read(string path)
    {
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
            if (bytes.StartsWith(Utf8Bom))
            {
                return Encoding.UTF8.GetString(bytes[Utf8Bom.Length..]);
            }

            // A UTF-16 or UTF-32 mark (FE FF, FF FE, 00 00 FE FF): rare enough in notes to leave to the reader that detects them.
            return bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0, 0, 0xFE, 0xFF, ..]
                ? File.ReadAllText(path)
                : Encoding.UTF8.GetString(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
