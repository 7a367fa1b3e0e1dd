using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Fixing;
using SiteGen.Core.IO;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Fixing;

public sealed class SourceFixerTests
{
    private const string Damaged = "It\u00e2\u20ac\u2122s";

    private static (IReadOnlyList<AppliedFix> Fixes, byte[] Bytes) CheckAndFix(TempFolder folder, string page = "notes/README.md")
    {
        var input = folder.Combine("notes");
        var fixes = SourceFixer.Apply(input, CheckFixtures.CheckFolder(input).Diagnostics);
        return (fixes, File.ReadAllBytes(folder.Combine(page.Split('/'))));
    }

    [Fact]
    public void Repairs_encoding_case_and_marker_and_keeps_every_other_byte()
    {
        using var folder = new TempFolder();
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var original = "# Home\r\n\r\n" + Damaged + " here.  \r\nSee [A](docs/A.md) and [gone](gone.md).\r\n\r\n" +
            "#### Which?\r\n\r\n* A\r\n\r\nWrong asnwers:\r\n\r\n* B";
        folder.WriteBytes("notes/README.md", [.. bom, .. Encoding.UTF8.GetBytes(original)]);
        folder.Write("notes/docs/a.md", "# A\n");

        var (fixes, bytes) = CheckAndFix(folder);

        var expected = "# Home\r\n\r\nIt\u2019s here.  \r\nSee [A](docs/a.md) and [gone](gone.md).\r\n\r\n" +
            "#### Which?\r\n\r\n* A\r\n\r\nWrong answers:\r\n\r\n* B";
        Assert.Equal([.. bom, .. Encoding.UTF8.GetBytes(expected)], bytes);
        Assert.Equal([DiagnosticCodes.DamagedEncoding, DiagnosticCodes.LinkCaseMismatch, "SG0308"], fixes.Select(f => f.Diagnostic.Code));
        Assert.Equal("README.md(4,9): fixed SG0202: 'docs/A.md' → 'docs/a.md'", fixes[1].ToString());
    }

    [Fact]
    public void Second_run_fixes_nothing_and_writes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("notes/README.md", "# Home\n\nSee [A](./docs/A.md). " + Damaged + "\n\n#### Which?\n\n* A\n\nWrong anwser\n\n* B\n");
        folder.Write("notes/docs/a.md", "# A\n");
        var (first, fixedBytes) = CheckAndFix(folder);
        var written = File.GetLastWriteTimeUtc(folder.Combine("notes", "README.md"));

        var (second, bytes) = CheckAndFix(folder);

        Assert.Equal(3, first.Count);
        Assert.Empty(second);
        Assert.Equal(fixedBytes, bytes);
        Assert.Equal(written, File.GetLastWriteTimeUtc(folder.Combine("notes", "README.md")));
    }

    [Fact]
    public void Leaves_files_without_a_safe_repair_untouched()
    {
        using var folder = new TempFolder();
        var original = "# Home\n\nSee [gone](gone.md), [A](docs/a%20.md) and Set <region>.\n";
        folder.Write("notes/README.md", original);
        folder.Write("notes/docs/a.md", "# A\n");
        var written = File.GetLastWriteTimeUtc(folder.Combine("notes", "README.md"));

        var (fixes, bytes) = CheckAndFix(folder);

        Assert.Empty(fixes);
        Assert.Equal(Encoding.UTF8.GetBytes(original), bytes);
        Assert.Equal(written, File.GetLastWriteTimeUtc(folder.Combine("notes", "README.md")));
        Assert.Empty(Directory.EnumerateFiles(folder.Combine("notes"), "*.tmp", SearchOption.AllDirectories));
    }

    private const string Fixable = "# Home\n\n" + Damaged + " here.\n";

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Keeps_a_private_file_s_mode_and_owner()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes/README.md", Fixable);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var owner = UnixOwner.Of(path);
        if (Environment.UserName == "root" && owner is not null)
        {
            // As root the test can give the note another owner, and see that the repair keeps it.
            Assert.Equal(0, Chown(path, 4321, 4322));
            owner = (4321, 4322);
        }

        var (fixes, bytes) = CheckAndFix(folder);

        Assert.Single(fixes);
        Assert.Equal("# Home\n\nIt\u2019s here.\n", Encoding.UTF8.GetString(bytes));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(owner, UnixOwner.Of(path));
    }

    [Fact]
    public void Repairs_a_symlinked_note_in_its_target_and_the_link_stays_a_link()
    {
        using var folder = new TempFolder();
        var target = folder.Write("notes/shared/home.md", Fixable);
        var link = folder.Combine("notes", "README.md");
        File.CreateSymbolicLink(link, "shared/home.md");

        var skipped = new List<SkippedFile>();
        var input = folder.Combine("notes");
        var fixes = SourceFixer.Apply(input, CheckFixtures.CheckFolder(input).Diagnostics, skipped);

        Assert.NotEmpty(fixes);
        Assert.Empty(skipped);
        Assert.Equal("shared/home.md", new FileInfo(link).LinkTarget);
        Assert.Equal("# Home\n\nIt\u2019s here.\n", File.ReadAllText(target));
    }

    [Fact]
    public void Never_touches_a_symlinked_note_whose_target_is_outside_the_input()
    {
        // Given a note that links out of the input: the scan skips it (SG0005), so check reports nothing in it to fix
        using var folder = new TempFolder();
        var outside = folder.Write("elsewhere/home.md", Fixable);
        folder.Write("notes/docs/a.md", "# A\n");
        var link = folder.Combine("notes", "README.md");
        File.CreateSymbolicLink(link, outside);

        var skipped = new List<SkippedFile>();
        var input = folder.Combine("notes");
        var check = CheckFixtures.CheckFolder(input);
        var fixes = SourceFixer.Apply(input, check.Diagnostics, skipped);

        Assert.Contains(check.Diagnostics, d => d.Code == DiagnosticCodes.InputEntrySkipped && d.Path.EndsWith("README.md", StringComparison.Ordinal));
        Assert.Empty(fixes);
        Assert.Equal(Fixable, File.ReadAllText(outside));
        Assert.Equal(outside, new FileInfo(link).LinkTarget);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int Chown([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);
}
