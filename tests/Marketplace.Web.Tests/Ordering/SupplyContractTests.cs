using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Ordering.Features.Contracts;
using Marketplace.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// Guaranteed-purchase contracts on the clock: offered, countered and accepted; each delivery
/// becomes an order part of its own a few days before its date (the test moves the clock and runs
/// the watcher's round), is invoiced and delivered; one delivered late reads late; a pause skips
/// exactly the deliveries that came due while it lasted; an end keeps those within the notice.
/// </summary>
public sealed class SupplyContractTests(MarketplaceWithClockFactory factory) : IClassFixture<MarketplaceWithClockFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static object Terms(int deliveries, string cadence, DateOnly first, long price, string payment = "OnDelivery", int notice = 30) => new
    {
        quantityPerDelivery = 500,
        cadence,
        firstDeliveryOn = first.ToString("yyyy-MM-dd"),
        deliveries,
        priceVnd = price,
        payment,
        noticeDays = notice,
    };

    private static object Proposal(TestListing listing, object terms) => new
    {
        variantId = listing.VariantId,
        terms,
        recipient = "Công ty Trà Việt",
        phone = "0912345678",
        province = "Hà Nội",
        commune = "phường Cầu Giấy",
        street = "88 Trần Duy Hưng",
        note = "Bao tiêu cả năm",
    };

    /// <summary>The clock moved to <paramref name="day"/> (a day from today) and the watcher's round run; how many orders it placed.</summary>
    private async Task<int> OnDayAsync(DateOnly day)
    {
        factory.Clock.Shift = TimeSpan.FromDays(day.DayNumber - Today.DayNumber);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PlaceDueContractDeliveriesCommand());
    }

    /// <summary>Signed in again at the moved clock's time (a token from before it has expired).</summary>
    private Task<HttpClient> SignInAsync(string email) => factory.BearerClientAsync(email, People.Password);

    private static async Task<JsonElement> PostAsync(HttpClient client, string url, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostAsJsonAsync(url, body ?? new { });
        Assert.True(response.StatusCode == expected, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.Content.Headers.ContentLength == 0 ? default : await response.JsonAsync();
    }

    private static async Task DeliverAsync(HttpClient owner, Guid partId)
    {
        foreach (var (action, body) in new (string, object)[]
        {
            ("Confirm", new { }), ("Pack", new { }), ("Ship", new { carrier = "Viettel Post", trackingNumber = "VTP-HD" }), ("Deliver", new { }),
        })
        {
            await PostAsync(owner, $"/api/v1/cooperatives/order-parts/{partId}/{action}", body);
        }
    }

    [Fact]
    public async Task ATwelveDeliveryContract_IsNegotiated_ThenMakesTwelveInvoicedOrderParts_OneOfThemLate()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (buyer, buyerEmail) = await factory.NewPersonAsync("baotieu");
        var first = Today.AddDays(10);
        var proposed = await PostAsync(buyer, "/api/v1/contracts", Proposal(listing, Terms(12, "Monthly", first, 40_000)), HttpStatusCode.Created);
        var id = proposed.GetProperty("contractId").GetGuid();
        Assert.Equal("Offered", proposed.GetProperty("status").GetString());
        Assert.Equal("cooperative", proposed.GetProperty("awaiting").GetString());
        Assert.Equal(500L * 40_000 * 12, proposed.GetProperty("terms").GetProperty("total").GetProperty("amount").GetInt64());

        // Offer, counter-offer, acceptance: each side answers only the other's offer.
        await PostAsync(buyer, $"/api/v1/contracts/{id}/accept", expected: HttpStatusCode.Conflict);
        var countered = await PostAsync(
            listing.Cooperative.Owner, $"/api/v1/contracts/{id}/counter", new { terms = Terms(12, "Monthly", first, 42_000), note = "Giá phân bón tăng" });
        Assert.Equal("buyer", countered.GetProperty("awaiting").GetString());
        await PostAsync(listing.Cooperative.Owner, $"/api/v1/contracts/{id}/accept", expected: HttpStatusCode.Conflict);
        var (stranger, _) = await factory.NewPersonAsync("la");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/contracts/{id}")).StatusCode);
        var active = await PostAsync(buyer, $"/api/v1/contracts/{id}/accept");
        Assert.Equal("Active", active.GetProperty("status").GetString());
        Assert.Equal(2, active.GetProperty("offers").GetArrayLength());
        var due = active.GetProperty("deliveries").EnumerateArray().Select(d => DateOnly.Parse(d.GetProperty("dueOn").GetString()!)).ToList();
        Assert.Equal([.. Enumerable.Range(0, 12).Select(i => first.AddMonths(i))], due);

        try
        {
            for (var i = 0; i < 12; i++)
            {
                // Four days before its date nothing happens; three days before, its order is placed, once.
                Assert.Equal(0, await OnDayAsync(due[i].AddDays(-4)));
                Assert.Equal(1, await OnDayAsync(due[i].AddDays(-PlaceDueContractDeliveriesHandler.LeadDays)));
                Assert.Equal(0, await OnDayAsync(due[i].AddDays(-PlaceDueContractDeliveriesHandler.LeadDays)));
                var owner = await SignInAsync(listing.Cooperative.OwnerEmail);
                var delivery = (await (await owner.GetAsync($"/api/v1/contracts/{id}")).JsonAsync()).GetProperty("deliveries")[i];
                Assert.Equal("ordered", delivery.GetProperty("outcome").GetString());
                if (i == 4)
                {
                    await OnDayAsync(due[i].AddDays(2)); // the fifth comes two days late
                    owner = await SignInAsync(listing.Cooperative.OwnerEmail);
                }

                await DeliverAsync(owner, delivery.GetProperty("partId").GetGuid());
            }

            var done = await (await (await SignInAsync(buyerEmail)).GetAsync($"/api/v1/contracts/{id}")).JsonAsync();
            Assert.Equal("Completed", done.GetProperty("status").GetString());
            var outcomes = done.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("outcome").GetString()).ToList();
            Assert.Equal([.. Enumerable.Range(0, 12).Select(i => i == 4 ? "late" : "ontime")], outcomes);
            Assert.Equal(11, done.GetProperty("progress").GetProperty("onTime").GetInt32());
            Assert.Equal(1, done.GetProperty("progress").GetProperty("late").GetInt32());

            // Twelve orders of one part each, at the agreed price, each with its own invoice.
            var client = await SignInAsync(buyerEmail);
            var parts = done.GetProperty("deliveries").EnumerateArray()
                .Select(d => (Order: d.GetProperty("orderId").GetGuid(), Part: d.GetProperty("partId").GetGuid()))
                .ToList();
            Assert.Equal(12, parts.Select(p => p.Order).Distinct().Count());
            foreach (var (order, part) in parts)
            {
                var placed = await (await client.GetAsync($"/api/v1/orders/{order}")).JsonAsync();
                var line = Assert.Single(Assert.Single(placed.GetProperty("parts").EnumerateArray()).GetProperty("lines").EnumerateArray());
                Assert.Equal(500, line.GetProperty("quantity").GetInt32());
                Assert.Equal(42_000, line.GetProperty("unitPrice").GetProperty("amount").GetInt64());
                using var invoice = await client.GetAsync($"/api/v1/orders/{order}/parts/{part}/invoice.pdf");
                Assert.Equal(HttpStatusCode.OK, invoice.StatusCode);
                Assert.Equal("application/pdf", invoice.Content.Headers.ContentType?.MediaType);
            }
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task APause_SkipsTheDeliveriesDueWhileItLasts_AndAnEndKeepsThoseWithinTheNotice()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (buyer, buyerEmail) = await factory.NewPersonAsync("tuan");
        var first = Today.AddDays(5);
        var id = (await PostAsync(buyer, "/api/v1/contracts", Proposal(listing, Terms(6, "Weekly", first, 38_000, notice: 10)), HttpStatusCode.Created))
            .GetProperty("contractId").GetGuid();
        await PostAsync(listing.Cooperative.Owner, $"/api/v1/contracts/{id}/accept");
        DateOnly Due(int n) => first.AddDays(7 * (n - 1));
        string Path(string change) => $"/api/v1/contracts/{id}/{change}";
        try
        {
            Assert.Equal(1, await OnDayAsync(Due(1).AddDays(-3)));
            await PostAsync(await SignInAsync(buyerEmail), Path("pause"));
            Assert.Equal(0, await OnDayAsync(Due(3).AddDays(-3))); // the second and third come due while paused: skipped
            await PostAsync(await SignInAsync(listing.Cooperative.OwnerEmail), Path("resume"));
            Assert.Equal(1, await OnDayAsync(Due(4).AddDays(-3)));
            var owner = await SignInAsync(listing.Cooperative.OwnerEmail);
            await PostAsync(owner, Path("end"), expected: HttpStatusCode.BadRequest); // a reason is needed
            var ended = await PostAsync(owner, Path("end"), new { reason = "Mất mùa do sương muối" });
            Assert.Equal("Ended", ended.GetProperty("status").GetString());
            Assert.Equal(Due(4).AddDays(-3).AddDays(10).ToString("yyyy-MM-dd"), ended.GetProperty("endsOn").GetString());
            Assert.Equal(1, await OnDayAsync(Due(5).AddDays(-3))); // due within the notice: still comes
            Assert.Equal(0, await OnDayAsync(Due(6).AddDays(-3)));
            var contract = await (await (await SignInAsync(buyerEmail)).GetAsync($"/api/v1/contracts/{id}")).JsonAsync();
            // Nothing was delivered: the three ordered are past their dates by now, and read overdue.
            Assert.Equal(
                ["overdue", "skipped", "skipped", "overdue", "overdue", "cancelled"],
                contract.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("outcome").GetString()));
            Assert.Equal(2, contract.GetProperty("progress").GetProperty("skipped").GetInt32());
            Assert.Equal(3, contract.GetProperty("progress").GetProperty("late").GetInt32());
            var orders = await (await (await SignInAsync(buyerEmail)).GetAsync("/api/v1/orders")).JsonAsync();
            Assert.Equal(3, orders.EnumerateArray().Count(o => (o.GetProperty("note").GetString() ?? string.Empty).Contains(
                contract.GetProperty("number").GetString()!, StringComparison.Ordinal)));
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task BadTerms_AreRefusedFieldByField()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (buyer, _) = await factory.NewPersonAsync("sai");
        using var response = await buyer.PostAsJsonAsync("/api/v1/contracts", Proposal(listing, new
        {
            quantityPerDelivery = 0,
            cadence = "Daily",
            firstDeliveryOn = (string?)null,
            deliveries = 61,
            priceVnd = 0,
            payment = "Later",
            noticeDays = -1,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "QuantityPerDelivery", "Cadence", "FirstDeliveryOn", "Deliveries", "PriceVnd", "Payment", "NoticeDays" })
        {
            Assert.True(errors.EnumerateObject().Any(e => e.Name.EndsWith(field, StringComparison.OrdinalIgnoreCase)), $"{field}: {errors}");
        }

        foreach (var (first, cadence) in new[] { (Today, "Monthly"), (new DateOnly(9999, 12, 1), "Monthly"), (Today.AddDays(3), "7") })
        {
            // Today, the end of the calendar, a number for a cadence: each a 400, none a 500.
            using var refused = await buyer.PostAsJsonAsync("/api/v1/contracts", Proposal(listing, Terms(3, cadence, first, 40_000)));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var notJson = await buyer.PostAsync("/api/v1/contracts", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Fact]
    public async Task APriceBand_LetsTheCooperativePriceEachDeliveryWithinIt_BeforeItIsOrdered()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (buyer, buyerEmail) = await factory.NewPersonAsync("baotieu-gia");
        var first = Today.AddDays(10);
        object Banded(long price, long? floor, long? ceiling) => new
        {
            quantityPerDelivery = 500,
            cadence = "Weekly",
            firstDeliveryOn = first.ToString("yyyy-MM-dd"),
            deliveries = 3,
            priceVnd = price,
            payment = "OnDelivery",
            noticeDays = 0,
            priceFloorVnd = floor,
            priceCeilingVnd = ceiling,
        };

        // A band needs both ends, and the reference price within it.
        using (var half = await buyer.PostAsJsonAsync("/api/v1/contracts", Proposal(listing, Banded(40_000, 35_000, null))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, half.StatusCode);
        }

        using (var outside = await buyer.PostAsJsonAsync("/api/v1/contracts", Proposal(listing, Banded(50_000, 35_000, 45_000))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
            Assert.True((await outside.JsonAsync()).GetProperty("errors").TryGetProperty("Terms.PriceVnd", out _));
        }

        var proposed = await PostAsync(buyer, "/api/v1/contracts", Proposal(listing, Banded(40_000, 35_000, 45_000)), HttpStatusCode.Created);
        var id = proposed.GetProperty("contractId").GetGuid();
        Assert.Equal(35_000, proposed.GetProperty("terms").GetProperty("priceFloor").GetProperty("amount").GetInt64());
        var owner = listing.Cooperative.Owner;
        await PostAsync(owner, $"/api/v1/contracts/{id}/accept");
        var url = $"/api/v1/contracts/{id}/deliveries/2/price";

        // The second delivery priced at 44,000; the buyer cannot, and nothing outside the band is taken.
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.PutAsJsonAsync(url, new { priceVnd = 36_000 })).StatusCode);
        using (var tooHigh = await owner.PutAsJsonAsync(url, new { priceVnd = 46_000 }))
        {
            Assert.Equal(HttpStatusCode.Conflict, tooHigh.StatusCode);
            Assert.Equal("contract.price_out_of_band", (await tooHigh.JsonAsync()).GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PutAsJsonAsync(url, new { priceVnd = -1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PutAsJsonAsync($"/api/v1/contracts/{Guid.NewGuid()}/deliveries/2/price", new { priceVnd = 40_000 }))
            .StatusCode);
        using (var priced = await owner.PutAsJsonAsync(url, new { priceVnd = 44_000 }))
        {
            Assert.Equal(HttpStatusCode.OK, priced.StatusCode);
            Assert.Equal(44_000, (await priced.JsonAsync()).GetProperty("deliveries")[1].GetProperty("price").GetProperty("amount").GetInt64());
        }

        try
        {
            // The first two come due: the first at the reference price, the second at its own; the second can no longer be repriced.
            Assert.Equal(2, await OnDayAsync(first.AddDays(7 - PlaceDueContractDeliveriesHandler.LeadDays)));
            var client = await SignInAsync(buyerEmail);
            var deliveries = (await (await client.GetAsync($"/api/v1/contracts/{id}")).JsonAsync()).GetProperty("deliveries");
            long PriceOf(JsonElement order) =>
                order.GetProperty("parts")[0].GetProperty("lines")[0].GetProperty("unitPrice").GetProperty("amount").GetInt64();
            Assert.Equal(40_000, PriceOf(await (await client.GetAsync($"/api/v1/orders/{deliveries[0].GetProperty("orderId").GetGuid()}")).JsonAsync()));
            var second = await (await client.GetAsync($"/api/v1/orders/{deliveries[1].GetProperty("orderId").GetGuid()}")).JsonAsync();
            Assert.Equal(44_000, PriceOf(second));
            Assert.Equal(500L * 44_000, second.GetProperty("parts")[0].GetProperty("subtotal").GetProperty("amount").GetInt64());
            var coop = await SignInAsync(listing.Cooperative.OwnerEmail);
            using var late = await coop.PutAsJsonAsync(url, new { priceVnd = 36_000 });
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Equal("contract.delivery_not_scheduled", (await late.JsonAsync()).GetProperty("code").GetString());
            await PostAsync(coop, $"/api/v1/contracts/{id}/end", new { reason = "Hết vụ" }); // the third is not ordered by the other tests' rounds
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }

        // A fixed-price contract has nothing to price (offered here: accepted, its deliveries would join the other tests' rounds).
        var fixedPrice = await PostAsync(buyer, "/api/v1/contracts", Proposal(listing, Banded(40_000, null, null)), HttpStatusCode.Created);
        var fixedId = fixedPrice.GetProperty("contractId").GetGuid();
        using var noBand = await owner.PutAsJsonAsync($"/api/v1/contracts/{fixedId}/deliveries/1/price", new { priceVnd = 40_000 });
        Assert.Equal(HttpStatusCode.Conflict, noBand.StatusCode);
        Assert.Equal("contract.no_band", (await noBand.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task EachSide_HearsWhatTheOtherDid_AndNotWhatItDidItself()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var owner = listing.Cooperative.Owner;
        var (buyer, buyerEmail) = await factory.NewPersonAsync("baotieu-tin");
        var first = Today.AddDays(10);
        var proposed = await PostAsync(buyer, "/api/v1/contracts", Proposal(listing, Terms(3, "Monthly", first, 40_000)), HttpStatusCode.Created);
        var id = proposed.GetProperty("contractId").GetGuid();
        var number = proposed.GetProperty("number").GetString()!;

        // The buyer proposed: the cooperative's people get a notice that links the contract, its owners a mail.
        await People.EventuallyAsync(
            async () => (await (await owner.GetAsync("/api/v1/notices")).JsonAsync()).GetProperty("notices").EnumerateArray()
                .Any(n => n.GetProperty("link").GetString() == $"/contracts/{id}"),
            "the cooperative's notice of the proposal");
        await People.EventuallyAsync(() => Task.FromResult(factory.MailsTo(listing.Cooperative.OwnerEmail, number).Length == 1), "the owners' mail");
        Assert.Contains(buyerEmail, factory.MailsTo(listing.Cooperative.OwnerEmail, number)[0], StringComparison.Ordinal);

        // The cooperative counters: the buyer is mailed, with the note and the link to answer.
        await PostAsync(owner, $"/api/v1/contracts/{id}/counter", new { terms = Terms(3, "Monthly", first, 43_000), note = "Giá phân bón tăng" });
        await People.EventuallyAsync(() => Task.FromResult(factory.MailsTo(buyerEmail, number).Length == 1), "the buyer's mail of the counter-offer");
        var mail = factory.MailsTo(buyerEmail, number)[0];
        Assert.Contains("Giá phân bón tăng", mail, StringComparison.Ordinal);
        Assert.Contains($"/contracts/{id}", mail, StringComparison.Ordinal);

        // The buyer declines: the owners hear of it; no one is told of their own act.
        await PostAsync(buyer, $"/api/v1/contracts/{id}/decline");
        await People.EventuallyAsync(
            () => Task.FromResult(factory.MailsTo(listing.Cooperative.OwnerEmail, number).Length == 2), "the owners' mail of the refusal");
        await Task.Delay(500);
        Assert.Single(factory.MailsTo(buyerEmail, number));
        Assert.Equal(2, factory.MailsTo(listing.Cooperative.OwnerEmail, number).Length);
    }
}
