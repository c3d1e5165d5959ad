using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;
using MiniExcelLibs;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>
/// The audit log holds every decision a person makes, with who, what and the state before and
/// after: products and reviews hidden and shown again, categories added and renamed, a
/// cooperative's people invited, changed and removed. And it leaves as files a spreadsheet opens,
/// with the same entries as the log.
/// </summary>
public sealed class AuditCompletenessTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static async Task<JsonElement> EntryAsync(HttpClient admin, string action, Guid subject)
    {
        var entries = await (await admin.GetAsync($"/api/v1/admin/audit?action={action}&subjectId={subject}")).JsonAsync();
        return Assert.Single(entries.EnumerateArray());
    }

    [Fact]
    public async Task CatalogDecisions_AreAudited_WithWhoAndTheStateBeforeAndAfter()
    {
        var admin = await factory.AdminAsync();
        var tea = await factory.Listing().Priced(90_000).BuildAsync();
        (await admin.PostAsJsonAsync($"/api/v1/admin/products/{tea.ProductId}/moderation", new { hide = true, reason = "Ảnh không đúng sản phẩm" }))
            .EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/admin/products/{tea.ProductId}/moderation", new { hide = false })).EnsureSuccessStatusCode();
        var hidden = await EntryAsync(admin, "ProductHidden", tea.ProductId.Value);
        Assert.Equal(People.AdminEmail, hidden.GetProperty("actorName").GetString());
        Assert.Equal("Ảnh không đúng sản phẩm", hidden.GetProperty("reason").GetString());
        Assert.Equal(("Visible", "Hidden"), (hidden.GetProperty("before").GetString(), hidden.GetProperty("after").GetString()));
        Assert.Equal("Hidden", (await EntryAsync(admin, "ProductRestored", tea.ProductId.Value)).GetProperty("before").GetString());

        // A review, hidden by an admin.
        var (shopper, order) = await factory.OrderAsync("CashOnDelivery", (tea, 1));
        await tea.Cooperative.DeliverAsync(order);
        var part = order.Part(tea.Cooperative.Name);
        var review = await (await shopper.PostAsJsonAsync(
            $"/api/v1/orders/{order.Id()}/parts/{part.GetProperty("partId").GetGuid()}/lines/{tea.VariantId}/review",
            new { stars = 1, text = "Số điện thoại quảng cáo 0900000000" })).JsonAsync();
        var reviewId = review.GetProperty("reviewId").GetGuid();
        (await admin.PostAsJsonAsync($"/api/v1/admin/reviews/{reviewId}/moderation", new { hide = true, reason = "Quảng cáo" })).EnsureSuccessStatusCode();
        var reviewHidden = await EntryAsync(admin, "ReviewHidden", reviewId);
        Assert.Equal(("Visible", "Hidden", "Quảng cáo"), (
            reviewHidden.GetProperty("before").GetString(), reviewHidden.GetProperty("after").GetString(), reviewHidden.GetProperty("reason").GetString()));

        // A category added, then renamed: the old and new names are kept.
        var name = $"Dược liệu {Guid.NewGuid().ToString("N")[..6]}";
        var created = await (await admin.PostAsJsonAsync("/api/v1/admin/categories", new { name, nameEnglish = "Medicinal herbs" })).JsonAsync();
        var categoryId = created.GetProperty("categoryId").GetGuid();
        (await admin.PutAsJsonAsync($"/api/v1/admin/categories/{categoryId}", new { name = name + " khô", nameEnglish = "Dried medicinal herbs" }))
            .EnsureSuccessStatusCode();
        Assert.Equal(name, (await EntryAsync(admin, "CategoryCreated", categoryId)).GetProperty("subjectName").GetString());
        var renamed = await EntryAsync(admin, "CategoryRenamed", categoryId);
        Assert.Equal($"{name} / Medicinal herbs → {name} khô / Dried medicinal herbs", renamed.GetProperty("reason").GetString());
        Assert.NotEqual(renamed.GetProperty("before").GetString(), renamed.GetProperty("after").GetString());
    }

    [Fact]
    public async Task StaffChanges_AreAudited_ByTheOwnerWhoMadeThem()
    {
        var admin = await factory.AdminAsync();
        var cooperative = await factory.ApprovedCooperativeAsync();
        var email = $"kho-{Guid.NewGuid():N}@htx-test.vn";
        (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/staff", new { email, role = "Staff" })).EnsureSuccessStatusCode();
        (await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/staff/{email}", new { role = "Owner" })).EnsureSuccessStatusCode();
        (await cooperative.Owner.DeleteAsync($"/api/v1/cooperatives/{cooperative.Id}/staff/{email}")).EnsureSuccessStatusCode();

        var entries = (await (await admin.GetAsync($"/api/v1/admin/audit?subjectId={cooperative.Id}")).JsonAsync()).EnumerateArray()
            .Where(e => e.GetProperty("action").GetString()!.StartsWith("Staff", StringComparison.Ordinal))
            .OrderBy(e => e.GetProperty("occurredAt").GetDateTimeOffset())
            .Select(e => (
                e.GetProperty("action").GetString(), e.GetProperty("actorName").GetString(), e.GetProperty("reason").GetString(),
                e.GetProperty("before").GetString(), e.GetProperty("after").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("StaffInvited", cooperative.OwnerEmail, email, string.Empty, "Staff"),
                ("StaffRoleChanged", cooperative.OwnerEmail, email, "Staff", "Owner"),
                ("StaffRemoved", cooperative.OwnerEmail, email, "Owner", string.Empty),
            ],
            entries);
    }

    [Fact]
    public async Task TheLog_IsExported_AsCsvAndExcel_WithTheSameEntries()
    {
        var admin = await factory.AdminAsync();
        var cooperative = await factory.ApprovedCooperativeAsync($"HTX Trà, Sen \"Tây Hồ\" {Guid.NewGuid().ToString("N")[..6]}"); // a comma and quotes
        var shown = (await (await admin.GetAsync($"/api/v1/admin/audit?subjectId={cooperative.Id}")).JsonAsync()).EnumerateArray().ToList();
        Assert.NotEmpty(shown);

        var csv = await admin.GetByteArrayAsync($"/api/v1/admin/audit/export?subjectId={cooperative.Id}&format=csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(shown.Count + 1, lines.Length);
        Assert.StartsWith("Thời điểm,Người thực hiện,Việc,Mã việc,", lines[0], StringComparison.Ordinal);
        Assert.All(lines[1..], line => Assert.Contains(cooperative.Id.ToString(), line, StringComparison.Ordinal));

        var xlsx = await admin.GetByteArrayAsync($"/api/v1/admin/audit/export?subjectId={cooperative.Id}&format=xlsx");
        using var workbook = new MemoryStream(xlsx);
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(shown.Count, rows.Count);
        Assert.Equal(
            shown.Select(e => e.GetProperty("action").GetString()).Order(),
            rows.Select(r => r["Mã việc"]?.ToString()).Order());
        Assert.All(rows, r => Assert.Equal(cooperative.Id.ToString(), r["Mã đối tượng"]?.ToString()));

        // The admins' page offers both, with its filter.
        var page = await (await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword)).GetPageAsync("/admin/audit?action=Approved");
        Assert.Contains("action=Approved", page.Document.QuerySelector("#audit-xlsx")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
