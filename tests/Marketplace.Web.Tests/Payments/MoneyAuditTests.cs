using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// Every money movement an admin makes is in the audit log, with who, what and how much: a
/// transfer recorded, a reversal, a commission change, a payout batch. A refused one is not.
/// </summary>
public sealed class MoneyAuditTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task TransfersReversalsCommissionAndPayouts_AreAudited_WithWhoAndHowMuch()
    {
        using var admin = await factory.AdminAsync();
        var tea = await factory.Listing().Priced(150_000).BuildAsync();
        var (_, order) = await factory.OrderAsync("BankTransfer", (tea, 2));
        var total = order.GetProperty("total").Amount();

        using (var wrong = await admin.PostAsJsonAsync($"/api/v1/admin/payments/{order.Id()}/transfer-received", new { amountVnd = total - 1 }))
        {
            Assert.InRange((int)wrong.StatusCode, 400, 499);
        }

        Assert.Empty(await AuditAsync(admin, "TransferRecorded", order.Id())); // refused: nothing moved, nothing recorded
        (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{order.Id()}/transfer-received", new { amountVnd = total })).EnsureSuccessStatusCode();
        var recorded = Assert.Single(await AuditAsync(admin, "TransferRecorded", order.Id()));
        Assert.Equal(People.AdminEmail, recorded.GetProperty("actorName").GetString());
        Assert.Equal(order.GetProperty("number").GetString(), recorded.GetProperty("subjectName").GetString());
        var amount = recorded.GetProperty("reason").GetString()!.Replace('\u00a0', ' '); // the đồng sign is kept apart by a no-break space
        Assert.Equal(total.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " ₫", amount);

        var sale = (await admin.LedgerAsync(tea.Cooperative.Id)).GetProperty("entries").EnumerateArray()
            .First(e => e.GetProperty("kind").GetString() == "Sale");
        var saleId = sale.GetProperty("entryId").GetGuid();
        (await admin.PostAsJsonAsync($"/api/v1/admin/ledger/entries/{saleId}/reverse", new { reason = "Ghi nhầm." })).EnsureSuccessStatusCode();
        var reversed = Assert.Single(await AuditAsync(admin, "LedgerReversed", saleId));
        Assert.Contains("Ghi nhầm.", reversed.GetProperty("reason").GetString(), StringComparison.Ordinal);

        (await admin.PutAsJsonAsync("/api/v1/admin/commission-rate", new { percent = 6.5m })).EnsureSuccessStatusCode();
        var commission = Assert.Single(await AuditAsync(admin, "CommissionChanged", Guid.Empty));
        Assert.EndsWith("% → 6.5 %", commission.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var account = new { bankName = "Agribank", accountNumber = "1500205104729", accountHolder = "HTX THU NGHIEM", country = "VN" };
        (await tea.Cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/{tea.Cooperative.Id}/payout-account", account)).EnsureSuccessStatusCode();
        var (_, second) = await factory.OrderAsync("BankTransfer", (tea, 1));
        (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{second.Id()}/transfer-received", new { amountVnd = second.GetProperty("total").Amount() }))
            .EnsureSuccessStatusCode();
        await tea.Cooperative.DeliverAsync(second); // paid in advance: payable (and paid out) only once delivered
        await admin.WaitForReleaseAsync(tea.Cooperative.Id, second);
        using var batch = await admin.PostAsync("/api/v1/admin/payouts", null);
        Assert.Equal(HttpStatusCode.Created, batch.StatusCode);
        var batchId = (await batch.JsonAsync()).GetProperty("batchId").GetGuid();
        Assert.Single(await AuditAsync(admin, "PayoutBatchCreated", batchId));

        // The admins' page filters by every kind the log holds, these included.
        var page = await (await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword)).GetPageAsync("/admin/audit?action=TransferRecorded");
        Assert.Contains("Ghi nhận chuyển khoản", page.Texts("#action option"));
        Assert.Contains(order.GetProperty("number").GetString()!, page.Text("table.audit"), StringComparison.Ordinal);
    }

    private static async Task<List<JsonElement>> AuditAsync(HttpClient admin, string action, Guid subject) =>
        [.. (await (await admin.GetAsync($"/api/v1/admin/audit?action={action}&subjectId={subject}")).JsonAsync()).EnumerateArray()];
}
