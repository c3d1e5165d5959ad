using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>From an application to a public storefront and back, through /api/v1 with bearer tokens.</summary>
public sealed class ApplicationApiTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task Apply_ThenApprove_OpensTheStorefront_AndSuspendHidesIt()
    {
        var cooperative = await factory.ApplyAsync();
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/storefronts/{cooperative.Slug}")).StatusCode);

        var admin = await factory.AdminAsync();
        using (var approved = await admin.DecideAsync(cooperative.Id, "Approve"))
        {
            Assert.Equal("Approved", (await approved.JsonAsync()).GetProperty("after").GetString());
        }

        var storefront = await (await anonymous.GetAsync($"/api/v1/storefronts/{cooperative.Slug}")).JsonAsync();
        Assert.Equal(cooperative.Name, storefront.GetProperty("name").GetString());
        var listed = await (await anonymous.GetAsync("/api/v1/storefronts")).JsonAsync();
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("vendorId").GetGuid() == cooperative.Id);

        using var suspended = await admin.DecideAsync(cooperative.Id, "Suspend", "Bán hàng không rõ nguồn gốc.");
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/storefronts/{cooperative.Slug}")).StatusCode);
        var after = await (await anonymous.GetAsync("/api/v1/storefronts")).JsonAsync();
        Assert.DoesNotContain(after.EnumerateArray(), s => s.GetProperty("vendorId").GetGuid() == cooperative.Id);

        // The owner still sees it, with the reason.
        var mine = await (await cooperative.Owner.GetAsync("/api/v1/cooperatives/mine")).JsonAsync();
        var own = Assert.Single(mine.EnumerateArray());
        Assert.Equal("Suspended", own.GetProperty("status").GetString());
        Assert.Equal("Bán hàng không rõ nguồn gốc.", own.GetProperty("decisionReason").GetString());
    }

    [Fact]
    public async Task Approve_AnApplicationAlreadyDecided_Is409_AndChangesNothing()
    {
        var cooperative = await factory.ApplyAsync();
        var admin = (await factory.AdminAsync()).InEnglish();
        using (var rejected = await admin.DecideAsync(cooperative.Id, "Reject", "Thiếu giấy tờ."))
        {
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        }

        using var again = await admin.DecideAsync(cooperative.Id, "Approve");
        var problem = await again.JsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("cooperative.decision_not_allowed", problem.GetProperty("code").GetString());
        Assert.Equal("The cooperative is rejected: it cannot be approved.", problem.GetProperty("title").GetString());

        var application = await (await admin.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/application")).JsonAsync();
        Assert.Equal("Rejected", application.GetProperty("status").GetString());
        Assert.Single(application.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task Reject_WithoutAReason_Is400()
    {
        var cooperative = await factory.ApplyAsync();
        using var response = await (await factory.AdminAsync()).DecideAsync(cooperative.Id, "Reject");
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Hãy ghi lý do: người nộp hồ sơ sẽ nhận được lý do này.", errors.GetProperty("Reason")[0].GetString());
    }

    [Fact]
    public async Task Apply_WithATaxCodeAlreadyUnderReview_Is409_AndTheFirstApplicationStays()
    {
        var first = await factory.ApplyAsync();
        var (second, _) = await factory.NewPersonAsync();
        using var form = Cooperatives.ApplicationForm("HTX Trùng Mã", first.TaxCode);
        using var response = await second.PostAsync("/api/v1/cooperatives/applications", form);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application.tax_code_taken", problem.GetProperty("code").GetString());
        Assert.Contains(first.TaxCode, problem.GetProperty("errors").GetProperty("TaxCode")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty((await (await second.GetAsync("/api/v1/cooperatives/mine")).JsonAsync()).EnumerateArray());
        var application = await (await first.Owner.GetAsync($"/api/v1/cooperatives/{first.Id}/application")).JsonAsync();
        Assert.Equal("Pending", application.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("123")]
    [InlineData("0100107519")] // wrong check digit
    [InlineData("01001075181234")]
    public async Task Apply_WithAMalformedTaxCode_Is400_InTheCallersLanguage(string taxCode)
    {
        var (client, _) = await factory.NewPersonAsync();
        using var form = Cooperatives.ApplicationForm("HTX Sai Mã", taxCode);
        using var response = await client.InEnglish().PostAsync("/api/v1/cooperatives/applications", form);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The tax code must have 10 digits", errors.GetProperty("TaxCode")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty((await (await client.GetAsync("/api/v1/cooperatives/mine")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Apply_WithAnExecutableNamedPdf_OrAFileOver5MB_Is400_AndNothingIsSaved()
    {
        var (client, _) = await factory.NewPersonAsync();
        byte[] executable = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0];
        var oversized = new byte[(5 * 1024 * 1024) + 10];
        Cooperatives.Pdf.CopyTo(oversized, 0);

        using var disguised = Cooperatives.ApplicationForm("HTX Tệp Giả", TestTaxCodes.Next(), ("giay-phep.pdf", executable));
        using var first = await client.PostAsync("/api/v1/cooperatives/applications", disguised);
        using var large = Cooperatives.ApplicationForm("HTX Tệp Lớn", TestTaxCodes.Next(), ("giay-phep.pdf", oversized));
        using var second = await client.PostAsync("/api/v1/cooperatives/applications", large);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(
            "Tệp thứ 1 không phải tệp PDF (tối đa 50 trang), JPEG hay PNG đọc được.",
            (await first.JsonAsync()).GetProperty("errors").GetProperty("Documents")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("Tệp thứ 1 lớn hơn 5 MB.", (await second.JsonAsync()).GetProperty("errors").GetProperty("Documents")[0].GetString());
        Assert.Empty((await (await client.GetAsync("/api/v1/cooperatives/mine")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task EveryDecision_IsOneAuditEntry_WhichAdminsFilter_AndOthersCannotRead()
    {
        var cooperative = await factory.ApplyAsync();
        var admin = await factory.AdminAsync();
        (await admin.DecideAsync(cooperative.Id, "RequestChanges", "Bổ sung giấy chứng nhận đăng ký.")).Dispose();
        (await admin.DecideAsync(cooperative.Id, "Reject", "Không bổ sung sau 30 ngày.")).Dispose();

        var entries = await (await admin.GetAsync($"/api/v1/admin/audit?subjectId={cooperative.Id}")).JsonAsync();
        Assert.Equal(["Reject", "RequestChanges"], entries.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        var reject = entries[0];
        Assert.Equal(People.AdminEmail, reject.GetProperty("actorName").GetString());
        Assert.Equal("ChangesRequested", reject.GetProperty("before").GetString());
        Assert.Equal("Rejected", reject.GetProperty("after").GetString());
        Assert.Equal("Không bổ sung sau 30 ngày.", reject.GetProperty("reason").GetString());

        var filtered = await (await admin.GetAsync($"/api/v1/admin/audit?subjectId={cooperative.Id}&action=RequestChanges")).JsonAsync();
        Assert.Single(filtered.EnumerateArray());

        Assert.Equal(HttpStatusCode.Forbidden, (await cooperative.Owner.GetAsync("/api/v1/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task EachDecision_MailsTheApplicant_InTheLanguageTheyAppliedIn()
    {
        var (client, email) = await factory.NewPersonAsync();
        using var form = Cooperatives.ApplicationForm("HTX Gửi Thư", TestTaxCodes.Next());
        using var applied = await client.InEnglish().PostAsync("/api/v1/cooperatives/applications", form);
        var id = (await applied.JsonAsync()).GetProperty("cooperativeId").GetGuid();

        (await (await factory.AdminAsync()).DecideAsync(id, "Approve")).Dispose();

        string? mail = null;
        await People.EventuallyAsync(
            () =>
            {
                mail = Directory.Exists(factory.MailFolder)
                    ? Directory.GetFiles(factory.MailFolder, "*.eml")
                        .Select(File.ReadAllText)
                        .FirstOrDefault(m => m.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Contains("approved", StringComparison.Ordinal))
                    : null;
                return Task.FromResult(mail is not null);
            },
            "the approval mail");
        Assert.Contains("HTX", mail!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPersonsApplicationAndDocuments_AreNotFound()
    {
        var cooperative = await factory.ApplyAsync();
        var application = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/application")).JsonAsync();
        var documentId = application.GetProperty("documents")[0].GetProperty("documentId").GetGuid();
        using (var own = await cooperative.Owner.GetAsync($"/api/v1/cooperatives/documents/{documentId}"))
        {
            // Written anew from what was read: the same one page, not the same bytes.
            using var kept = UglyToad.PdfPig.PdfDocument.Open(await own.Content.ReadAsByteArrayAsync());
            Assert.Equal(1, kept.NumberOfPages);
        }

        var (stranger, _) = await factory.NewPersonAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/application")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/cooperatives/documents/{documentId}")).StatusCode);
        using var decided = await stranger.PostAsJsonAsync($"/api/v1/admin/cooperatives/{cooperative.Id}/decisions", new { decision = "Approve" });
        Assert.Equal(HttpStatusCode.Forbidden, decided.StatusCode);
    }
}
