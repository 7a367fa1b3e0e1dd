using System.Text.RegularExpressions;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// <c>check</c> on the real notes (<c>../shared/notes</c>; these tests return at once when it is absent): the exact
/// broken links and images, each confirmed missing on disk, and the links that work on the site only by repair.
/// </summary>
public sealed partial class NotesCheckTests
{
    private static readonly Lazy<BuildResult?> Result = new(() =>
        Directory.Exists(RepoPaths.Notes) ? CheckFixtures.CheckFolder(RepoPaths.Notes) : null);

    /// <summary>
    /// Every broken link and image of the notes, as "file(line): target as written". An <c>&lt;img&gt;</c> whose
    /// <c>src</c> is template syntax (W070Lab1DeployToBeanstalk.md line 403) is shown as text, so it is no link.
    /// </summary>
    private static readonly string[] BrokenLinks =
    [
        "docs/aci/165-developer-fundamentals-2/W11WebRequestsAndRESTAPIs.md(547): ./W11APIPracticeEnvironment.md",
        "docs/aci/170-developer-Intermediate-1/W070DeployingDjangoWebAppToAWSBeanstalk.md(421): ./images/W07Img01DockerBeanstalk.png",
        "docs/aci/170-developer-Intermediate-1/capstone/Lab10_StepFunctionsStateMachine.md(11): ./images/Lab10Img010LabDescriptionGoal.textClipping",
        "docs/aci/170-developer-Intermediate-1/labs/W010Lab1HTMLPage.md(385): images/logo-black.png",
        "docs/aci/170-developer-Intermediate-1/labs/W020Lab1OrganizingWebpage.md(181): images/logo-black.png",
        "docs/aci/170-developer-Intermediate-1/labs/W020Lab1OrganizingWebpage.md(260): images/cassette.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W020Lab1OrganizingWebpage.md(264): images/crank-arm.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W020Lab1OrganizingWebpage.md(268): images/chain.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W020Lab1OrganizingWebpage.md(274): images/bell.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W020Lab1OrganizingWebpage.md(278): images/gear-shifter.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W020Lab1OrganizingWebpage.md(282): images/inner-tube.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W020Lab1OrganizingWebpage.md(299): images/specialist.png",
        "docs/aci/170-developer-Intermediate-1/labs/W020Lab1OrganizingWebpage.md(302): images/map.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W020Lab2UsingCSSForStyling.md(160): images/logo-black.png",
        "docs/aci/170-developer-Intermediate-1/labs/W020Lab2UsingCSSForStyling.md(216): images/logo-black.png",
        "docs/aci/170-developer-Intermediate-1/labs/W020Lab2UsingCSSForStyling.md(441): images/specialist.png",
        "docs/aci/170-developer-Intermediate-1/labs/W030Lab1FormAndButtons.md(174): images/cassette.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W030Lab1FormAndButtons.md(182): images/crank-arm.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W030Lab1FormAndButtons.md(190): images/chain.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W030Lab1FormAndButtons.md(200): images/bell.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W030Lab1FormAndButtons.md(208): images/gear-shifter.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W030Lab1FormAndButtons.md(216): images/inner-tube.jpeg",
        "docs/aci/170-developer-Intermediate-1/labs/W050Lab1DjangoViews.md(254): images/cassette.jpeg",
        "docs/aci/175-level-up-developer-Intermediate-1/canvas.md(92): ./canvas_files/PlantUML_Language_Reference_Guide_en.pdf",
        "docs/aci/aci.md(29): ./185-aws-cloud-operations-2/aws-cloud-operations-2.md",
        "docs/aci/aci.md(31): ./210-ai-for-developers/ai-for-developers.md",
        "docs/oracle/cx.md(4): ./cloud.md",
        "docs/oracle/erp.md(4): ./cloud.md",
        "docs/oracle/hcm.md(4): ./cloud.md",
        "docs/oracle/oracle-cloud-success-navigator-essentials.md(4): ./cloud.md",
        "docs/oracle/scm.md(4): ./cloud.md",
    ];

    [Fact]
    public void Reports_exactly_the_broken_links_and_images()
    {
        if (Result.Value is not { } result)
        {
            return;
        }

        var reported = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink).Select(d => $"{d.Path}({d.Line}): {Target(d)}");

        Assert.Equal(BrokenLinks, reported);
    }

    [Fact]
    public void Every_reported_broken_target_is_missing_on_disk_in_any_letter_case()
    {
        if (Result.Value is not { } result)
        {
            return;
        }

        var present = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink)
            .Where(d => ExistsIgnoringCase(Path.Combine(RepoPaths.Notes, Path.GetDirectoryName(d.Path)!), Target(d)))
            .Select(d => d.ToString())
            .ToList();

        Problems.AssertNone(present);
    }

    [Fact]
    public void Links_that_work_only_by_repair_are_reported_with_their_repair()
    {
        if (Result.Value is not { } result)
        {
            return;
        }

        var repaired = result.Diagnostics.Where(d => d.Code is DiagnosticCodes.LinkCaseMismatch or DiagnosticCodes.LinkTrailingSpace)
            .Select(d => $"{d.Code} {d.Path}({d.Line}) fix={d.Fix is not null}");

        Assert.Equal(
            [
                "SG0202 docs/aci/150-aws-cloud-fundamentals-2/W090Compute3Part2ContainerComputing.md(1985) fix=True",
                "SG0203 docs/aci/150-aws-cloud-fundamentals-2/aws-cloud-fundamentals-2.md(38) fix=False",
            ],
            repaired.Order(StringComparer.Ordinal));
    }

    private static string Target(Diagnostic d) => QuotedTarget().Match(d.Message).Groups[1].Value;

    private static bool ExistsIgnoringCase(string folder, string target)
    {
        var full = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(target.Split('#', '?')[0])));
        var parent = Path.GetDirectoryName(full)!;
        return File.Exists(full) || Directory.Exists(full) || (Directory.Exists(parent) && Directory.EnumerateFileSystemEntries(parent)
            .Any(e => string.Equals(Path.GetFileName(e), Path.GetFileName(full), StringComparison.OrdinalIgnoreCase)));
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex QuotedTarget();
}
