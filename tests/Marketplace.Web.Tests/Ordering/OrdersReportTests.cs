using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.SharedKernel.Reports;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// The orders report's figures are the sums of the orders the test placed and cancelled, computed
/// here from those orders; its workbook opens with the same figures; a cooperative reads its own
/// report and no other; parts waiting too long to ship are listed once days have passed.
/// </summary>
public sealed class OrdersReportTests(MarketplaceWithClockFactory factory) : IClassFixture<MarketplaceWithClockFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    private static long Subtotal(JsonElement order, TestCooperative cooperative) => order.Part(cooperative.Name).GetProperty("subtotal").Amount();

    private static async Task CancelAsync(TestCooperative cooperative, JsonElement order, string reason) =>
        (await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/order-parts/{order.Part(cooperative.Name).GetProperty("partId").GetGuid()}/Cancel", new { reason }))
            .EnsureSuccessStatusCode();

    [Fact]
    public async Task TheReport_AddsUpTheOrdersPlaced_ByMethodProvinceCategoryAndProduct_AndTheWorkbookSaysTheSame()
    {
        var admin = await factory.AdminAsync();
        var tea = await factory.Listing().InCategory("tra-xanh").Priced(180_000).WithStock(100).BuildAsync();
        var cooperative = tea.Cooperative;
        var nuts = await factory.Listing().SoldBy(cooperative).InCategory("hat").Priced(250_000).WithStock(100).BuildAsync();
        var honey = await factory.Listing().Priced(95_000).BuildAsync(); // another cooperative's: not in this one's report
        var (first, _) = await factory.NewPersonAsync("khach");
        var (second, _) = await factory.NewPersonAsync("khach");
        var a = await first.PlaceOrderAsync("CashOnDelivery", "Đà Nẵng", (tea, 3), (nuts, 1));
        var b = await second.PlaceOrderAsync("BankTransfer", "Hà Nội", (tea, 2));
        var c = await second.PlaceOrderAsync("CashOnDelivery", "Hà Nội", (nuts, 2), (honey, 1));
        var d = await first.PlaceOrderAsync("CashOnDelivery", "Đà Nẵng", (tea, 1));
        await CancelAsync(cooperative, c, "Hết hàng");

        var kept = new[] { a, b, d };
        var goods = kept.Sum(o => Subtotal(o, cooperative));
        var query = $"from={Today.AddDays(-6):yyyy-MM-dd}&to={Today:yyyy-MM-dd}&vendorId={cooperative.Id}";
        var report = await (await admin.GetAsync($"/api/v1/admin/reports/orders?{query}")).JsonAsync();

        var totals = report.GetProperty("totals");
        Assert.Equal(3, totals.GetProperty("orders").GetInt32());
        Assert.Equal(3, totals.GetProperty("parts").GetInt32());
        Assert.Equal(goods, totals.GetProperty("goods").Amount());
        Assert.Equal((long)Math.Round(goods / 3m, MidpointRounding.AwayFromZero), totals.GetProperty("averageOrder").Amount());
        Assert.Equal(1, totals.GetProperty("cancelledParts").GetInt32());
        Assert.Equal(Subtotal(c, cooperative), totals.GetProperty("cancelledGoods").Amount());
        Assert.Equal(2, totals.GetProperty("buyers").GetInt32());
        Assert.Equal(1, totals.GetProperty("repeatBuyers").GetInt32()); // the first shopper ordered twice
        Assert.Equal(0, report.GetProperty("previous").GetProperty("orders").GetInt32());
        Assert.Equal(7, report.GetProperty("periods").GetArrayLength());
        Assert.Equal(goods, report.GetProperty("periods")[6].GetProperty("goods").Amount());

        static Dictionary<string, JsonElement> ByKey(JsonElement rows) =>
            rows.EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, StringComparer.Ordinal);
        var methods = ByKey(report.GetProperty("methods"));
        Assert.Equal(Subtotal(a, cooperative) + Subtotal(d, cooperative), methods["CashOnDelivery"].GetProperty("goods").Amount());
        Assert.Equal(2, methods["CashOnDelivery"].GetProperty("orders").GetInt32());
        Assert.Equal(Subtotal(b, cooperative), methods["BankTransfer"].GetProperty("goods").Amount());
        var provinces = ByKey(report.GetProperty("provinces"));
        Assert.Equal(Subtotal(a, cooperative) + Subtotal(d, cooperative), provinces["Đà Nẵng"].GetProperty("goods").Amount());
        Assert.Equal(Subtotal(b, cooperative), provinces["Hà Nội"].GetProperty("goods").Amount()); // its cancelled order is not counted
        Assert.Equal(1, provinces["Hà Nội"].GetProperty("orders").GetInt32());

        var products = report.GetProperty("products").EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!.Split('/')[^1], StringComparer.Ordinal); // cooperative/SKU
        Assert.Equal(2, products.Count);
        Assert.Equal(6, products[tea.Sku].GetProperty("quantity").GetInt32());
        Assert.Equal(6 * 180_000, products[tea.Sku].GetProperty("goods").Amount());
        Assert.Equal(3, products[tea.Sku].GetProperty("orders").GetInt32());
        Assert.Equal(250_000, products[nuts.Sku].GetProperty("goods").Amount());
        Assert.Equal($"{cooperative.Id}/{tea.Sku}", report.GetProperty("products")[0].GetProperty("key").GetString()); // the best seller first
        var categories = report.GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(6 * 180_000, categories.Single(r => r.GetProperty("label").GetString()!.EndsWith("Trà xanh", StringComparison.Ordinal))
            .GetProperty("goods").Amount());
        Assert.Equal(250_000, categories.Single(r => r.GetProperty("label").GetString()!.Contains("Hạt", StringComparison.Ordinal))
            .GetProperty("goods").Amount());
        Assert.Equal(100m, categories.Sum(r => r.GetProperty("share").GetDecimal()), 0);
        var cancelled = Assert.Single(report.GetProperty("cancellations").EnumerateArray());
        Assert.Equal("Hết hàng", cancelled.GetProperty("reason").GetString());
        Assert.Equal(Subtotal(c, cooperative), cancelled.GetProperty("goods").Amount());

        // The whole alliance holds this cooperative and the other one.
        var all = await (await admin.GetAsync($"/api/v1/admin/reports/orders?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}")).JsonAsync();
        Assert.True(all.GetProperty("totals").GetProperty("goods").Amount() >= goods);
        Assert.Contains(all.GetProperty("products").EnumerateArray(), p => p.GetProperty("key").GetString() == $"{cooperative.Id}/{tea.Sku}");

        using var xlsx = await admin.GetAsync($"/api/v1/admin/reports/orders/export?{query}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var sheets = workbook.GetSheetNames();
        Assert.Contains("Theo tỉnh, thành", sheets);
        var byProvince = workbook.Query(useHeaderRow: true, sheetName: "Theo tỉnh, thành").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(goods, byProvince.Sum(r => Convert.ToInt64(r["Tiền hàng"], System.Globalization.CultureInfo.InvariantCulture)));
        var best = workbook.Query(useHeaderRow: true, sheetName: "Bán chạy nhất").Cast<IDictionary<string, object?>>().First();
        Assert.Equal(6 * 180_000, Convert.ToInt64(best["Tiền hàng"], System.Globalization.CultureInfo.InvariantCulture));
        var csv = Encoding.UTF8.GetString(await (await admin.GetAsync($"/api/v1/admin/reports/orders/export?{query}")).Content.ReadAsByteArrayAsync());
        Assert.True(csv.Contains("Hết hàng", StringComparison.Ordinal), csv);
        Assert.Contains(goods.ToString(System.Globalization.CultureInfo.InvariantCulture), csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACooperativeReadsItsOwnReport_NotAnothers_AndSeesWhatWaitsTooLongToShip()
    {
        var rice = await factory.Listing().Priced(60_000).WithStock(100).BuildAsync();
        var cooperative = rice.Cooperative;
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var waiting = await shopper.PlaceOrderAsync("CashOnDelivery", "Cần Thơ", (rice, 2));
        var shipped = await shopper.PlaceOrderAsync("CashOnDelivery", "Cần Thơ", (rice, 1));
        await cooperative.DeliverAsync(shipped);
        var path = $"/api/v1/cooperatives/{cooperative.Id}/reports/orders";

        var stranger = (await factory.ApprovedCooperativeAsync()).Owner;
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{path}?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}")).StatusCode);
        using (var backwards = await cooperative.Owner.GetAsync($"{path}?from={Today:yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}&lateAfterDays=0"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
            var errors = (await backwards.JsonAsync()).GetProperty("errors");
            Assert.True(errors.TryGetProperty("to", out _));
            Assert.True(errors.TryGetProperty("lateAfterDays", out _));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await cooperative.Owner.GetAsync($"{path}?from=hôm-qua&to={Today:yyyy-MM-dd}")).StatusCode);
        using (var strange = await cooperative.Owner.GetAsync($"{path}?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}&grain=7"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, strange.StatusCode);
            Assert.True((await strange.JsonAsync()).GetProperty("errors").TryGetProperty("grain", out _));
        }

        var mine = await (await cooperative.Owner.GetAsync($"{path}?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}")).JsonAsync();
        Assert.Equal(2, mine.GetProperty("totals").GetProperty("orders").GetInt32());
        Assert.Equal(0, mine.GetProperty("lateCount").GetInt32()); // placed today: not late yet

        factory.Clock.Shift = TimeSpan.FromDays(3);
        try
        {
            var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
            using var owner = await factory.BearerClientAsync(cooperative.OwnerEmail, People.Password); // a bearer token lasts an hour
            var later = await (await owner.GetAsync($"{path}?from={Today.AddDays(-3):yyyy-MM-dd}&to={Today:yyyy-MM-dd}&lateAfterDays=2")).JsonAsync();
            var late = Assert.Single(later.GetProperty("late").EnumerateArray());
            Assert.Equal(waiting.GetProperty("number").GetString(), late.GetProperty("number").GetString());
            Assert.Equal(3, late.GetProperty("daysWaiting").GetInt32());
            Assert.Equal(waiting.Part(cooperative.Name).GetProperty("total").Amount(), late.GetProperty("total").Amount());

            var page = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/reports");
            Assert.Contains(waiting.GetProperty("number").GetString()!, page.Text("#orders-late"), StringComparison.Ordinal);
            Assert.Contains(rice.Sku, page.Text("#orders-products"), StringComparison.Ordinal);
            Assert.Contains("Cần Thơ", page.Text("#orders-provinces"), StringComparison.Ordinal);
            var refused = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/reports?from=2026-12-09&to=2026-12-01");
            Assert.NotEmpty(refused.Text("[role=alert]"));
            Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInPagesAsync(
                (await factory.ApprovedCooperativeAsync()).OwnerEmail)).GetAsync($"/cooperatives/{cooperative.Id}/reports")).StatusCode);
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task TheAlliancesReport_OfClosedDaysAndMonths_IsKeptInRollups_ThatACancellationOfAnOldOrderMakesStale()
    {
        var tea = await factory.Listing().Priced(120_000).WithStock(100).BuildAsync();
        var cooperative = tea.Cooperative;
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var kept = await shopper.PlaceOrderAsync("CashOnDelivery", "Huế", (tea, 2));
        var later = await shopper.PlaceOrderAsync("BankTransfer", "Huế", (tea, 1));
        var day = Today;
        var monthStart = new DateOnly(day.Year, day.Month, 1);
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        async Task<JsonElement> ReportAsync(DateOnly from, DateOnly to)
        {
            using var admin = await factory.AdminAsync(); // a fresh token: the clock moves by days
            return await (await admin.GetAsync($"/api/v1/admin/reports/orders?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}")).JsonAsync();
        }

        static string Figures(JsonElement report) => string.Join(
            '|', new[] { "totals", "methods", "provinces", "products", "cancellations", "periods" }.Select(p => report.GetProperty(p).GetRawText()));
        async Task<List<(DateOnly First, DateOnly Last, int Changes, DateTimeOffset BuiltAt)>> RollupsAsync()
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<Marketplace.Ordering.Data.OrderingDbContext>();
            return [.. (await db.Set<DayRollup>().AsNoTracking().Where(r => r.Report == "orders").ToListAsync())
                .Select(r => (r.First, r.Last, r.Changes, r.BuiltAt))];
        }

        async Task<int> KeepAsync()
        {
            using var scope = factory.Services.CreateScope();
            var reader = scope.ServiceProvider.GetRequiredService<Marketplace.Ordering.Features.OrderReports.OrderFactsReader>();
            return await reader.KeepAsync(Today, CancellationToken.None);
        }

        var fromLines = await ReportAsync(day, day); // today is read from the lines
        Assert.DoesNotContain(await RollupsAsync(), r => r.First == day);
        try
        {
            factory.Clock.Shift = TimeSpan.FromDays(3);
            Assert.True(await KeepAsync() > 0); // the round builds the day, now closed, before anyone asks
            var rollup = Assert.Single(await RollupsAsync(), r => r.First == day && r.Last == day);
            Assert.Equal(0, await KeepAsync()); // and finds it fresh the next time
            var rolledUp = await ReportAsync(day, day);
            Assert.Equal(Figures(fromLines), Figures(rolledUp));
            Assert.Equal(Figures(fromLines), Figures(await ReportAsync(day, day)));
            Assert.Equal(rollup, Assert.Single(await RollupsAsync(), r => r.First == day && r.Last == day)); // read, not built again

            // A rollup this version cannot read (a shape changed since) is summed again and replaced.
            using (var scope = factory.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<Marketplace.Ordering.Data.OrderingDbContext>().Set<DayRollup>()
                    .Where(r => r.Report == "orders" && r.First == day && r.Last == day)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.Facts, "{\"groups\": 7"));
            }

            Assert.Equal(Figures(fromLines), Figures(await ReportAsync(day, day)));
            Assert.NotEqual(rollup.BuiltAt, Assert.Single(await RollupsAsync(), r => r.First == day && r.Last == day).BuiltAt);

            // Cancelling a part of that day, three days on, notes the change: the report counts it at once.
            using (var owner = await factory.BearerClientAsync(cooperative.OwnerEmail, People.Password))
            {
                (await owner.PostAsJsonAsync(
                    $"/api/v1/cooperatives/order-parts/{later.Part(cooperative.Name).GetProperty("partId").GetGuid()}/Cancel", new { reason = "Hết hàng" }))
                    .EnsureSuccessStatusCode();
            }

            var afterCancel = await ReportAsync(day, day);
            var before = fromLines.GetProperty("totals");
            var after = afterCancel.GetProperty("totals");
            Assert.Equal(before.GetProperty("orders").GetInt32() - 1, after.GetProperty("orders").GetInt32());
            Assert.Equal(before.GetProperty("goods").Amount() - Subtotal(later, cooperative), after.GetProperty("goods").Amount());
            Assert.Equal(before.GetProperty("cancelledParts").GetInt32() + 1, after.GetProperty("cancelledParts").GetInt32());
            Assert.Contains(afterCancel.GetProperty("cancellations").EnumerateArray(), c => c.GetProperty("reason").GetString() == "Hết hàng");
            Assert.Equal(rollup.Changes + 1, Assert.Single(await RollupsAsync(), r => r.First == day && r.Last == day).Changes); // built again
            Assert.Equal(Subtotal(kept, cooperative), afterCancel.GetProperty("products").EnumerateArray()
                .Single(p => p.GetProperty("key").GetString() == $"{cooperative.Id}/{tea.Sku}").GetProperty("goods").Amount());

            // Once the month is closed, the month is one rollup, with the same figures as its days read before.
            var month = await ReportAsync(monthStart, monthEnd);
            factory.Clock.Shift = TimeSpan.FromDays(monthEnd.DayNumber - day.DayNumber + 3);
            Assert.Equal(Figures(month), Figures(await ReportAsync(monthStart, monthEnd)));
            Assert.Single(await RollupsAsync(), r => r.First == monthStart && r.Last == monthEnd);
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task ACooperativesReport_SaysHowShoppersRatedItsProducts_HiddenReviewsLeftOut()
    {
        var tea = await factory.Listing().Priced(90_000).WithStock(100).BuildAsync();
        var cooperative = tea.Cooperative;
        var nuts = await factory.Listing().SoldBy(cooperative).Priced(150_000).WithStock(100).BuildAsync();
        using var admin = await factory.AdminAsync();
        var written = new List<(TestListing Listing, int Stars, Guid Id)>();
        foreach (var (listing, stars) in new[] { (tea, 5), (tea, 4), (nuts, 2), (nuts, 1) })
        {
            var (shopper, order) = await factory.OrderAsync("CashOnDelivery", (listing, 1));
            await cooperative.DeliverAsync(order);
            var review = await (await shopper.PostAsJsonAsync(
                $"/api/v1/orders/{order.Id()}/parts/{order.Part(cooperative.Name).GetProperty("partId").GetGuid()}/lines/{listing.VariantId}/review",
                new { stars, text = $"Hàng {stars} sao" })).JsonAsync();
            written.Add((listing, stars, review.GetProperty("reviewId").GetGuid()));
        }

        (await admin.PostAsJsonAsync($"/api/v1/admin/reviews/{written[3].Id}/moderation", new { hide = true, reason = "Quảng cáo" })).EnsureSuccessStatusCode();
        (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/reviews/{written[0].Id}/reply", new { reply = "Cảm ơn anh chị!" }))
            .EnsureSuccessStatusCode();
        var path = $"/api/v1/cooperatives/{cooperative.Id}/reports/ratings";

        var ratings = await (await cooperative.Owner.GetAsync($"{path}?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}")).JsonAsync();
        var shown = written.Take(3).ToList(); // the fourth is hidden
        Assert.Equal(shown.Count, ratings.GetProperty("reviews").GetInt32());
        Assert.Equal(Math.Round(shown.Average(r => (decimal)r.Stars), 2, MidpointRounding.AwayFromZero), ratings.GetProperty("average").GetDecimal());
        Assert.Equal(
            Enumerable.Range(1, 5).Select(n => shown.Count(r => r.Stars == n)), ratings.GetProperty("byStars").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal(1, ratings.GetProperty("answered").GetInt32());
        var products = ratings.GetProperty("products").EnumerateArray().ToDictionary(p => p.GetProperty("productId").GetGuid());
        Assert.Equal(2, products[tea.ProductId.Value].GetProperty("reviews").GetInt32());
        Assert.Equal(4.5m, products[tea.ProductId.Value].GetProperty("average").GetDecimal());
        var low = Assert.Single(ratings.GetProperty("low").EnumerateArray());
        Assert.Equal(written[2].Id, low.GetProperty("reviewId").GetGuid());
        Assert.False(low.GetProperty("answered").GetBoolean());
        Assert.Equal(0, (await (await cooperative.Owner.GetAsync($"{path}?from={Today.AddDays(-3):yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}"))
            .JsonAsync()).GetProperty("reviews").GetInt32());

        var stranger = (await factory.ApprovedCooperativeAsync()).Owner;
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{path}?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}")).StatusCode);
        var backwards = $"{path}?from={Today:yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}";
        Assert.Equal(HttpStatusCode.BadRequest, (await cooperative.Owner.GetAsync(backwards)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await cooperative.Owner.GetAsync($"{path}?from=hôm-qua&to={Today:yyyy-MM-dd}")).StatusCode);

        var page = await (await factory.SignedInPagesAsync(cooperative.OwnerEmail)).GetPageAsync(
            $"/cooperatives/{cooperative.Id}/reports?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}");
        Assert.Contains(shown.Average(r => (decimal)r.Stars).ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")),
            page.Text("#ratings .rating-average"), StringComparison.Ordinal);
        Assert.Contains("Hàng 2 sao", page.Text("#ratings-low"), StringComparison.Ordinal);
        Assert.DoesNotContain("Hàng 1 sao", page.Text("#ratings"), StringComparison.Ordinal);

        // The cooperative's workbook carries the same ratings, the whole cooperative first, then by product.
        var file = $"/api/v1/cooperatives/{cooperative.Id}/reports/orders/export?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}&format=xlsx";
        using var workbook = new MemoryStream(await cooperative.Owner.GetByteArrayAsync(file));
        var rated = workbook.Query(useHeaderRow: true, sheetName: "Khách hàng đánh giá").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Cả hợp tác xã", rated[0]["Sản phẩm"]);
        Assert.Equal(shown.Count, Convert.ToInt32(rated[0]["Đánh giá"], System.Globalization.CultureInfo.InvariantCulture));
        var teaRow = rated.Single(r => (string?)r["Sản phẩm"] == tea.Name);
        Assert.Equal(2, Convert.ToInt32(teaRow["Đánh giá"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4.5m, Convert.ToDecimal(teaRow["Trung bình"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
