using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// The sales report's figures are the sums of the orders the test placed, paid, delivered and
/// refunded, computed here from those orders; its files open in a spreadsheet with the same figures.
/// </summary>
public sealed class SalesReportTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static long Commission(long goods) => ((goods * 500) + 5_000) / 10_000;

    [Fact]
    public async Task TheReport_AddsUpTheCooperativesOrders_ToTheDong_AndExportsTheSameFigures()
    {
        var admin = await factory.AdminAsync();
        var tea = await factory.Listing().Priced(150_000).ShippedFor(25_000, freeFromVnd: 1_000_000).BuildAsync();
        var cooperative = tea.Cooperative;
        var (_, paid) = await factory.OrderAsync("BankTransfer", (tea, 2));
        (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{paid.Id()}/transfer-received", new { amountVnd = paid.GetProperty("total").Amount() }))
            .EnsureSuccessStatusCode();
        var (_, cash) = await factory.OrderAsync("CashOnDelivery", (tea, 3));
        await cooperative.DeliverAsync(cash);
        var (_, placedOnly) = await factory.OrderAsync("CashOnDelivery", (tea, 1)); // not delivered: no sale yet
        var paidPart = paid.Part(cooperative.Name);
        (await admin.PostAsJsonAsync(
            $"/api/v1/admin/order-parts/{paidPart.GetProperty("partId").GetGuid()}/refunds", new { amountVnd = 40_000, reason = "Thiếu 1 gói" }))
            .EnsureSuccessStatusCode();

        var cashPart = cash.Part(cooperative.Name);
        var sales = paidPart.GetProperty("total").Amount() + cashPart.GetProperty("total").Amount();
        var commission = Commission(paidPart.GetProperty("subtotal").Amount()) + Commission(cashPart.GetProperty("subtotal").Amount())
            - Commission(40_000);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var query = $"from={today.AddDays(-6):yyyy-MM-dd}&to={today:yyyy-MM-dd}&vendorId={cooperative.Id}";
        JsonElement report = default;
        await People.EventuallyAsync(
            async () =>
            {
                report = await (await admin.GetAsync($"/api/v1/admin/reports/sales?{query}")).JsonAsync();
                return report.GetProperty("totals").GetProperty("parts").GetInt32() == 2;
            },
            "the cash delivery to be booked");
        var totals = report.GetProperty("totals");
        Assert.Equal(sales, totals.GetProperty("sales").Amount());
        Assert.Equal(40_000, totals.GetProperty("refunds").Amount());
        Assert.Equal(sales - 40_000, totals.GetProperty("net").Amount());
        Assert.Equal(commission, totals.GetProperty("commission").Amount());
        Assert.Equal((long)Math.Round(sales / 2m, MidpointRounding.AwayFromZero), totals.GetProperty("averagePart").Amount());
        Assert.Equal(0, report.GetProperty("previous").GetProperty("parts").GetInt32());
        Assert.Equal(7, report.GetProperty("periods").GetArrayLength()); // every day of the span, those without sales too
        Assert.Equal(sales, report.GetProperty("periods")[6].GetProperty("figures").GetProperty("sales").Amount());
        Assert.Equal(cooperative.Name, Assert.Single(report.GetProperty("cooperatives").EnumerateArray()).GetProperty("name").GetString());
        Assert.NotEqual(default, placedOnly);

        // The same by month: one period, the same totals.
        var monthly = await (await admin.GetAsync($"/api/v1/admin/reports/sales?{query}&grain=Month")).JsonAsync();
        Assert.Equal(
            monthly.GetProperty("periods").EnumerateArray().Sum(p => p.GetProperty("figures").GetProperty("sales").Amount()),
            sales);

        var xlsx = await admin.GetByteArrayAsync($"/api/v1/admin/reports/sales/export?{query}&format=xlsx");
        using (var workbook = new MemoryStream(xlsx))
        {
            var byCooperative = workbook.Query(useHeaderRow: true, sheetName: "Theo hợp tác xã").Cast<IDictionary<string, object?>>().Single();
            Assert.Equal(sales, Convert.ToInt64(byCooperative["Doanh số"], CultureInfo.InvariantCulture));
            Assert.Equal(commission, Convert.ToInt64(byCooperative["Hoa hồng"], CultureInfo.InvariantCulture));
        }

        var csv = Encoding.UTF8.GetString(await admin.GetByteArrayAsync($"/api/v1/admin/reports/sales/export?{query}&format=csv"));
        Assert.Contains($"{cooperative.Name},{sales},40000,{sales - 40_000},{commission},2,", csv, StringComparison.Ordinal);

        string[] wrong = [$"from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}", "from=0001-01-01&to=0001-01-02", "from=9999-12-30&to=9999-12-31"];
        foreach (var span in wrong)
        {
            using var refused = await admin.GetAsync($"/api/v1/admin/reports/sales?{span}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        var page = await (await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword))
            .GetPageAsync($"/admin/reports?from={today.AddDays(-6):yyyy-MM-dd}&to={today:yyyy-MM-dd}&vendor={cooperative.Id}");
        Assert.Equal("img", page.Document.QuerySelector(".report-chart svg")?.GetAttribute("role"));
        Assert.Equal(7, page.Document.QuerySelectorAll("#report-periods tbody tr").Length);
        Assert.Contains(cooperative.Name, page.Text("#report-cooperatives"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReversedSaleAndCommission_AreTakenOutOfTheReport_ForTheCooperativeAndTheAlliance()
    {
        var admin = await factory.AdminAsync();
        var tea = await factory.Listing().Priced(120_000).BuildAsync();
        var (_, first) = await factory.OrderAsync("BankTransfer", (tea, 1));
        var (_, second) = await factory.OrderAsync("BankTransfer", (tea, 2));
        foreach (var order in new[] { first, second })
        {
            (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{order.Id()}/transfer-received", new { amountVnd = order.GetProperty("total").Amount() }))
                .EnsureSuccessStatusCode();
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        async Task<(JsonElement Own, JsonElement InAlliance)> FiguresAsync()
        {
            var own = await (await admin.GetAsync($"/api/v1/admin/reports/sales?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}&vendorId={tea.Cooperative.Id}"))
                .JsonAsync();
            var alliance = await (await admin.GetAsync($"/api/v1/admin/reports/sales?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}")).JsonAsync();
            return (own.GetProperty("totals"), alliance.GetProperty("cooperatives").EnumerateArray()
                .Single(c => c.GetProperty("name").GetString() == tea.Cooperative.Name).GetProperty("figures"));
        }

        var before = await FiguresAsync();
        var firstPart = first.Part(tea.Cooperative.Name);
        Assert.Equal(2, before.Own.GetProperty("parts").GetInt32());

        // The first order's sale and commission were booked by mistake: the admin reverses both.
        var entries = (await admin.LedgerAsync(tea.Cooperative.Id)).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("orderNumber").GetString() == first.GetProperty("number").GetString()).ToList();
        foreach (var kind in new[] { "Sale", "Commission" })
        {
            var entry = entries.Single(e => e.GetProperty("kind").GetString() == kind);
            (await admin.PostAsJsonAsync($"/api/v1/admin/ledger/entries/{entry.GetProperty("entryId").GetGuid()}/reverse", new { reason = "Ghi nhầm" }))
                .EnsureSuccessStatusCode();
        }

        var after = await FiguresAsync();
        foreach (var figures in new[] { after.Own, after.InAlliance })
        {
            Assert.Equal(before.Own.GetProperty("sales").Amount() - firstPart.GetProperty("total").Amount(), figures.GetProperty("sales").Amount());
            Assert.Equal(
                before.Own.GetProperty("commission").Amount() - Commission(firstPart.GetProperty("subtotal").Amount()),
                figures.GetProperty("commission").Amount());
            Assert.Equal(1, figures.GetProperty("parts").GetInt32());
            Assert.Equal(second.Part(tea.Cooperative.Name).GetProperty("total").Amount(), figures.GetProperty("sales").Amount());
        }
    }

    [Fact]
    public async Task ALedgerStatement_CarriesTheBalanceForward_AndEndsOnTheLedgersBalance()
    {
        var admin = await factory.AdminAsync();
        var honey = await factory.Listing().Priced(210_000).BuildAsync();
        var cooperative = honey.Cooperative;
        var (_, cash) = await factory.OrderAsync("CashOnDelivery", (honey, 2));
        await cooperative.DeliverAsync(cash);
        var (_, paid) = await factory.OrderAsync("BankTransfer", (honey, 1));
        (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{paid.Id()}/transfer-received", new { amountVnd = paid.GetProperty("total").Amount() }))
            .EnsureSuccessStatusCode();
        await People.EventuallyAsync(
            async () => (await admin.LedgerAsync(cooperative.Id)).GetProperty("entries").GetArrayLength() == 5,
            "the cash sale (3 entries) and the payment (2) to be booked");
        var ledger = await admin.LedgerAsync(cooperative.Id);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var url = $"/api/v1/cooperatives/{cooperative.Id}/ledger/statement?from={today.AddDays(-30):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        using var workbook = new MemoryStream(await cooperative.Owner.GetByteArrayAsync(url + "&format=xlsx"));
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(5 + 2, rows.Count); // brought forward, the five entries, the closing line
        Assert.Equal(0L, Convert.ToInt64(rows[0]["Số dư"], CultureInfo.InvariantCulture));
        Assert.Equal(ledger.GetProperty("balance").GetProperty("balance").Amount(), Convert.ToInt64(rows[^1]["Số dư"], CultureInfo.InvariantCulture));
        var running = 0L;
        foreach (var row in rows.Skip(1).SkipLast(1))
        {
            running += Convert.ToInt64(row["Số tiền"], CultureInfo.InvariantCulture);
            Assert.Equal(running, Convert.ToInt64(row["Số dư"], CultureInfo.InvariantCulture));
        }

        // The same statement printed: the cooperative, its balances, every page numbered.
        var printed = await cooperative.Owner.GetAsync(url + "&format=pdf");
        Assert.Equal("application/pdf", printed.Content.Headers.ContentType?.MediaType);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await printed.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains(cooperative.Name.Split(' ')[^1], text, StringComparison.Ordinal);
            Assert.Contains("đầu kỳ", text, StringComparison.Ordinal);
            Assert.Contains(Math.Abs(running).ToString("#,0", CultureInfo.GetCultureInfo("vi-VN")), text, StringComparison.Ordinal);
            Assert.Contains($"1/{pdf.NumberOfPages}", text, StringComparison.Ordinal);
        }

        // A later span starts from the same balance, brought forward.
        var tomorrow = today.AddDays(1);
        var later = Encoding.UTF8.GetString(await cooperative.Owner.GetByteArrayAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/ledger/statement?from={tomorrow:yyyy-MM-dd}&to={tomorrow:yyyy-MM-dd}"));
        Assert.Contains($",Số dư đầu kỳ,,,,{running}", later, StringComparison.Ordinal);

        var stranger = (await factory.ApprovedCooperativeAsync()).Owner;
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await cooperative.Owner.GetAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/ledger/statement?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}")).StatusCode);
        var page = await (await factory.SignedInPagesAsync(cooperative.OwnerEmail)).GetPageAsync($"/cooperatives/{cooperative.Id}/ledger");
        Assert.NotNull(page.Document.QuerySelector("#statement-form button[value=xlsx]"));
        Assert.NotNull(page.Document.QuerySelector("#statement-form button[value=pdf]"));
    }

    [Fact]
    public async Task TheMonthlyReport_PrintsTheCooperativesSalesAndCertificates_AndRefusesAMonthNotBegun()
    {
        var admin = await factory.AdminAsync();
        var tea = await factory.Listing().Priced(320_000).BuildAsync();
        var cooperative = tea.Cooperative;
        var (_, cash) = await factory.OrderAsync("CashOnDelivery", (tea, 2));
        await cooperative.DeliverAsync(cash);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var number = $"OCOP-{Random.Shared.Next(100_000, 999_999)}";
        using (var form = Cooperatives.CertificateForm(
            "Ocop", "4", today.AddDays(-100).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            today.AddMonths(1).AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), number: number, productId: tea.ProductId.Value))
        {
            using var submitted = await cooperative.Owner.PostAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates", form);
            var certificate = (await submitted.JsonAsync()).GetProperty("certificateId").GetGuid();
            (await admin.PostAsJsonAsync($"/api/v1/admin/certificates/{certificate}/decisions", new { decision = "Verify" })).EnsureSuccessStatusCode();
        }

        var sales = cash.Part(cooperative.Name).GetProperty("total").Amount();
        var vietnamese = CultureInfo.GetCultureInfo("vi-VN");
        string text = string.Empty;
        await People.EventuallyAsync(
            async () =>
            {
                using var response = await admin.GetAsync($"/api/v1/admin/reports/monthly.pdf?year={today.Year}&month={today.Month}");
                Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
                using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
                text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
                return text.Contains(sales.ToString("#,0", vietnamese), StringComparison.Ordinal);
            },
            "the cash delivery to be booked and printed");
        Assert.Contains(cooperative.Name.Split(' ')[^1], text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("★★★★", text, StringComparison.Ordinal);
        Assert.Contains(today.ToString("MM/yyyy", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);

        var next = today.AddMonths(1);
        using var notBegun = await admin.GetAsync($"/api/v1/admin/reports/monthly.pdf?year={next.Year}&month={next.Month}");
        Assert.Equal(HttpStatusCode.BadRequest, notBegun.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/admin/reports/monthly.pdf?year=2026&month=13")).StatusCode);
        var pages = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var page = await pages.GetPageAsync("/admin/reports?handler=Monthly&month=2099-01");
        Assert.NotEmpty(page.Text("#monthly-problem"));
    }
}
