using System.Text;
using SiteGen.Core.IO;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.IO;

public sealed class TextFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, byte[]> Files => new()
    {
        { "plain UTF-8", Encoding.UTF8.GetBytes("# Week 1\nIt’s “quoted” – ok\n") },
        { "UTF-8 with a byte order mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# Week 1\n")] },
        { "a mark and nothing else", [0xEF, 0xBB, 0xBF] },
        { "empty", [] },
        { "bytes that are not UTF-8", [(byte)'a', 0xFF, 0xC3, (byte)'b', 0xE2, 0x80] },
        { "UTF-16 little endian", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("# Wëek 1\n")] },
        { "UTF-16 big endian", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("# Wëek 1\n")] },
        { "longer than one pooled buffer", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("line of a long note – ", 20_000))) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_a_note_as_File_ReadAllText_does(string name, byte[] bytes)
    {
        var path = _folder.WriteBytes(name.Replace(' ', '-') + ".md", bytes);

        Assert.Equal(File.ReadAllText(path), TextFile.Read(path));
    }

    [Fact]
    public void A_missing_file_is_an_IO_error_the_stage_reports()
    {
        Assert.ThrowsAny<IOException>(() => TextFile.Read(_folder.Combine("missing.md")));
    }
}
