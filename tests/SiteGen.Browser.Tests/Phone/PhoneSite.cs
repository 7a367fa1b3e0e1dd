using SiteGen.Browser.Tests.Infrastructure;

namespace SiteGen.Browser.Tests.Phone;

/// <summary>tests/fixtures/phone built once: long URLs and words, wide tables, long command lines, code in a quiz option.</summary>
public sealed class PhoneSite() : SiteFixture("phone");
