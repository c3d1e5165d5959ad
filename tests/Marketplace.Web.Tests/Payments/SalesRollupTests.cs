using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Marketplace.Payments.Features.Reports;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// The alliance's sales report reads its closed days from rollups of the ledger: the figures are
/// the ledger's to the đồng whichever way they are read, and an entry booked late on a closed day
/// (a cash collection or refund dated before midnight, saved after) is in the report at once.
/// </summary>
public sealed class SalesRollupTests(MarketplaceWithClockFactory factory) : IClassFixture<MarketplaceWithClockFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    [Fact]
    public async Task ClosedDays_AreReadFromRollups_WithTheLedgersFigures_AndAnEntryBookedLate_IsCountedAtOnce()
    {
        var tea = await factory.Listing().Priced(150_000).BuildAsync();
        var cooperative = tea.Cooperative;
        var (_, paid) = await factory.OrderAsync("BankTransfer", (tea, 2));
        using (var admin = await factory.AdminAsync())
        {
            (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{paid.Id()}/transfer-received", new { amountVnd = paid.GetProperty("total").Amount() }))
                .EnsureSuccessStatusCode();
        }

        var day = Today;
        async Task<JsonElement> ReportAsync(string query = "")
        {
            using var admin = await factory.AdminAsync(); // a fresh token: the clock moves by days
            return await (await admin.GetAsync($"/api/v1/admin/reports/sales?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}{query}")).JsonAsync();
        }

        static string Figures(JsonElement report) =>
            string.Join('|', new[] { "totals", "periods", "cooperatives" }.Select(p => report.GetProperty(p).GetRawText()));
        async Task<List<DayRollup>> RollupsAsync()
        {
            using var scope = factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<PaymentsDbContext>().Set<DayRollup>().AsNoTracking()
                .Where(r => r.Report == SalesFactsReader.Name && r.First == day && r.Last == day)
                .ToListAsync();
        }

        async Task<int> KeepAsync()
        {
            using var scope = factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<SalesFactsReader>().KeepAsync(Today, CancellationToken.None);
        }

        var fromLedger = await ReportAsync();
        var sale = paid.Part(cooperative.Name).GetProperty("total").Amount();
        Assert.Contains(
            fromLedger.GetProperty("cooperatives").EnumerateArray(),
            c => c.GetProperty("name").GetString() == cooperative.Name && c.GetProperty("figures").GetProperty("sales").Amount() == sale);
        Assert.Empty(await RollupsAsync());
        try
        {
            factory.Clock.Shift = TimeSpan.FromDays(3);
            Assert.True(await KeepAsync() > 0); // the round builds the day, now closed, before anyone asks
            var rollup = Assert.Single(await RollupsAsync());
            Assert.Equal(0, await KeepAsync()); // and finds it fresh the next time
            Assert.Equal(Figures(fromLedger), Figures(await ReportAsync()));
            Assert.Equal(rollup.BuiltAt, Assert.Single(await RollupsAsync()).BuiltAt); // read, not built again

            // A cash collection of that day booked three days on: the day's rollup is stale, and summed again.
            using (var scope = factory.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
                var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(20, 0)), TimeSpan.FromHours(7));
                var id = CooperativeId.From(cooperative.Id);
                db.Ledger.Add(new LedgerEntry(id, cooperative.Name, LedgerEntryKind.Sale, 75_000, $"sale:late-{Guid.NewGuid()}", "Thu hộ", at));
                db.Ledger.Add(new LedgerEntry(id, cooperative.Name, LedgerEntryKind.Commission, -3_000, $"commission:late-{Guid.NewGuid()}", "Hoa hồng", at));
                await db.SaveChangesAsync();
            }

            var late = await ReportAsync();
            var before = fromLedger.GetProperty("totals");
            var after = late.GetProperty("totals");
            Assert.Equal(before.GetProperty("sales").Amount() + 75_000, after.GetProperty("sales").Amount());
            Assert.Equal(before.GetProperty("commission").Amount() + 3_000, after.GetProperty("commission").Amount());
            Assert.Equal(before.GetProperty("parts").GetInt32() + 1, after.GetProperty("parts").GetInt32());
            Assert.Equal(rollup.Changes + 1, Assert.Single(await RollupsAsync()).Changes);

            // One cooperative's report is summed from its entries: the same figures as the alliance's row of it.
            var own = await ReportAsync($"&vendorId={cooperative.Id}");
            Assert.Equal(
                late.GetProperty("cooperatives").EnumerateArray().Single(c => c.GetProperty("name").GetString() == cooperative.Name).GetProperty("figures")
                    .GetRawText(),
                own.GetProperty("totals").GetRawText());
            Assert.Equal(sale + 75_000, own.GetProperty("totals").GetProperty("sales").Amount());
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }
}
