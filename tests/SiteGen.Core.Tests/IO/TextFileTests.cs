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

    [Theory]
    [InlineData(new byte[] { (byte)'a', 0xFF, 0xC3, (byte)'b' }, 1, 1, 2, false)]
    [InlineData(new byte[] { (byte)'a', (byte)'\n', (byte)'b', 0xE2, 0x80 }, 3, 2, 2, false)]
    [InlineData(new byte[] { (byte)'a', 0xC0, 0xAF }, 1, 1, 2, false)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xFF }, 4, 1, 2, false)]
    [InlineData(new byte[] { (byte)'a', (byte)'\n', 0, (byte)'b' }, 2, 2, 1, true)]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0 }, 0, 1, 1, true)]
    public void Tells_where_a_note_stops_being_UTF_8_text(byte[] bytes, long offset, int line, int column, bool binary)
    {
        var path = _folder.WriteBytes("bad.md", bytes);

        TextFile.Read(path, out var problem);

        Assert.Equal(new Utf8Problem(offset, line, column, binary), problem);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Text_in_UTF_8_or_with_a_UTF_16_mark_has_no_problem(string name, byte[] bytes)
    {
        var path = _folder.WriteBytes(name.Replace(' ', '-') + ".md", bytes);

        TextFile.Read(path, out var problem);

        Assert.Equal(name == "bytes that are not UTF-8", problem is not null);
    }
}
