using SiteGen.Core.IO;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.IO;

public sealed class FileCopierTests : IDisposable
{
    private static readonly byte[] Image = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 1, 2, 3];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [UnixFact]
    public void The_copy_is_another_file_so_editing_it_in_place_leaves_the_source_alone()
    {
        var source = _folder.WriteBytes("notes/pic.png", Image);
        var copy = _folder.Combine("pic.png");

        FileCopier.CloneOrCopy(source, copy);
        Assert.Equal(Image, File.ReadAllBytes(copy));
        Assert.NotEqual(UnixFiles.Identity(source), UnixFiles.Identity(copy));
        using (var stream = new FileStream(copy, FileMode.Open, FileAccess.Write))
        {
            stream.Write([0, 0, 0, 0]);
        }

        Assert.Equal(Image, File.ReadAllBytes(source));
    }

    [UnixFact]
    public void A_destination_hard_linked_to_the_source_is_replaced_not_written_through()
    {
        // Given the output left by a SiteGen that hard-linked published files
        var source = _folder.WriteBytes("notes/pic.png", Image);
        var copy = _folder.Combine("pic.png");
        UnixFiles.HardLink(source, copy);

        FileCopier.CloneOrCopy(source, copy);

        Assert.Equal(Image, File.ReadAllBytes(source));
        Assert.Equal(Image, File.ReadAllBytes(copy));
        Assert.NotEqual(UnixFiles.Identity(source), UnixFiles.Identity(copy));
    }
}
