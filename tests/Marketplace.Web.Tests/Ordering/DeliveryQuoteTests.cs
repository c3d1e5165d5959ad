using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.CarrierTestServer;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// Delivery quoted from the parcel's weight and how far it goes: each cooperative's own delivery
/// where it delivers itself, the carriers it chose priced by the carrier's API (GHTK; GHN where its
/// address book names the commune: the loopback servers, whose price lists match the tables but for
/// insurance) or else by the alliance's tables (Viettel Post), the cheapest taken; checkout charges
/// each part its quote and says by whom and when it should arrive. The test cooperatives are in
/// Thái Nguyên (the North).
/// </summary>
public sealed class DeliveryQuoteTests(MarketplaceWithCarriersFactory factory) : IClassFixture<MarketplaceWithCarriersFactory>
{
    private static async Task DeliverAsync(TestCooperative cooperative, long feeVnd, string ownDelivery, params string[] carriers)
    {
        using var set = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront/shipping", new { feeVnd, freeFromVnd = (long?)null, ownDelivery, carriers });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
    }

    /// <summary>A cash-on-delivery checkout through /api/v1/orders to an address in <paramref name="province"/>.</summary>
    private static async Task<HttpResponseMessage> CheckoutAsync(HttpClient shopper, string province, string commune, long? expectedTotal = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                recipient = "Đỗ Thu Hà",
                phone = "0912 345 678",
                province,
                commune,
                street = "5 Phan Đình Phùng",
                paymentMethod = "CashOnDelivery",
                expectedTotal,
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await shopper.SendAsync(request);
    }

    private async Task<IReadOnlyDictionary<CooperativeId, DeliveryQuote>> QuoteAsync(string? province, params DeliveryParcel[] parcels)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new QuoteDeliveryQuery(parcels, province, "phường Ba Đình"));
    }

    [Fact]
    public async Task Quotes_AreTheAlliancesTables_AndGhtksAnswers_ByZoneAndWeight_TheCheapestTaken()
    {
        // A: delivers itself in Thái Nguyên for 15,000 ₫, farther by GHN or Viettel Post (tables).
        // B: only by GHTK, whose API is configured (the loopback GHTK).
        var a = await factory.ApprovedCooperativeAsync();
        await DeliverAsync(a, 15_000, "InProvince", "Ghn", "ViettelPost");
        var b = await factory.ApprovedCooperativeAsync();
        await DeliverAsync(b, 30_000, "Off", "Ghtk");
        var idA = CooperativeId.From(a.Id);
        var idB = CooperativeId.From(b.Id);
        DeliveryParcel A(int grams) => new(idA, grams, Money.Dong(200_000));
        DeliveryParcel B(int grams, long value = 200_000) => new(idB, grams, Money.Dong(value));

        // (parcel, destination, by whom, fee, days): worked out by hand from the tables in DeliveryOptions and GhtkServer.FeeFor.
        var table = new (DeliveryParcel Parcel, string? To, DeliveryCarrier By, long Fee, int MinDays, int MaxDays)[]
        {
            (A(800), "Thái Nguyên", DeliveryCarrier.Own, 15_000, 1, 2), // own 15,000 < GHN 16,500 < VTP 20,000
            (A(800), "Hà Nội", DeliveryCarrier.Ghn, 34_000, 2, 3), // GHN 29,000 + 1 step 5,000 = VTP 30,000 + 4,000: GHN, there by day 3 (VTP day 4)
            (A(2_600), "TP. Hồ Chí Minh", DeliveryCarrier.Ghn, 60_000, 3, 5), // GHN 35,000 + 5 × 5,000 < VTP 38,000 + 5 × 8,000
            (A(3_000), "Thái Nguyên", DeliveryCarrier.Own, 15_000, 1, 2), // the flat fee, whatever the weight
            (A(800), null, DeliveryCarrier.Ghn, 40_000, 3, 5), // no address yet: the farthest zone, own delivery out of it
            (B(800), "Hà Nội", DeliveryCarrier.Ghtk, 35_000, 2, 3), // GHTK's answer: 33,000 + 1 step 2,000; days from the table
            (B(1_200, 1_500_000), "Thái Nguyên", DeliveryCarrier.Ghtk, 32_500, 1, 2), // 21,000 + 2 steps + 0.5 % insurance of 1,500,000
            (B(800), null, DeliveryCarrier.Ghtk, 37_000, 3, 5), // no address: the alliance's GHTK table, GHTK not asked
        };
        foreach (var row in table)
        {
            var quote = Assert.Contains(row.Parcel.CooperativeId, await QuoteAsync(row.To, row.Parcel));
            Assert.Equal(
                (row.By, row.Fee, row.MinDays, row.MaxDays, row.To is not null),
                (quote.Carrier, quote.Fee.Amount, quote.MinDays, quote.MaxDays, quote.Exact));
        }

        // GHTK was asked as its API documents it: the shop's token and partner code, the addresses by name, grams, value, by road.
        var asked = factory.Ghtk.Requests.Where(r => r.Weight == 1_200).Single();
        Assert.Equal(
            (GhtkServer.Token, GhtkServer.ClientSource, "Thái Nguyên", "Thái Nguyên", "phường Ba Đình", 1_500_000L, "road"),
            (asked.Token, asked.ClientSource, asked.PickProvince, asked.Province, asked.Ward, asked.Value, asked.Transport));

        // GHN's API priced A's parcels to Ba Đình (its book names both communes), asked by GHN's own ids. Goods worth
        // 1,500,000 ₫ cost 0.5 % more to insure at GHN, so Viettel Post's table price (34,000) goes instead.
        var insured = (await QuoteAsync("Hà Nội", new DeliveryParcel(idA, 800, Money.Dong(1_500_000))))[idA];
        Assert.Equal((DeliveryCarrier.ViettelPost, 34_000L), (insured.Carrier, insured.Fee.Amount));
        var ghn = factory.Ghn.FeeRequests.Single(r => r.InsuranceValue == 1_500_000);
        Assert.Equal((3270, "5B2205", 1484, "1A0101", 800), (ghn.FromDistrictId, ghn.FromWardCode, ghn.ToDistrictId, ghn.ToWardCode, ghn.Weight));
        Assert.Equal(41_500, GhnServer.FeeFor(sameProvince: false, 800, 1_500_000));

        // GHN away: the table again (GHN by a day sooner than Viettel Post at the same price).
        factory.Ghn.FailNext(10);
        var ghnDown = (await QuoteAsync("Hà Nội", new DeliveryParcel(idA, 900, Money.Dong(1_400_000))))[idA];
        factory.Ghn.Recover();
        Assert.Equal((DeliveryCarrier.Ghn, 34_000L), (ghnDown.Carrier, ghnDown.Fee.Amount));

        // Heavier than the carriers take (30 kg): only its own delivery, within Thái Nguyên.
        Assert.Equal(DeliveryCarrier.Own, (await QuoteAsync("Thái Nguyên", A(31_000)))[idA].Carrier);
        Assert.False((await QuoteAsync("Hà Nội", A(31_000))).ContainsKey(idA));

        // A cart without an address is never quoted by GHTK's API.
        var before = factory.Ghtk.Requests.Count;
        await QuoteAsync(null, B(800));
        Assert.Equal(before, factory.Ghtk.Requests.Count);

        // GHTK away (5xx after the retries): its parcel is priced by the alliance's table, not refused.
        factory.Ghtk.FailNext(10);
        var down = (await QuoteAsync("Hà Nội", B(900)))[idB]; // a parcel not asked before: GHTK's answers are kept 10 minutes
        factory.Ghtk.Recover();
        Assert.Equal((DeliveryCarrier.Ghtk, 32_500L), (down.Carrier, down.Fee.Amount)); // 30,000 + 1 step 2,500

        // GHTK does not serve the province, and B has no other way there: no quote.
        factory.Ghtk.DoesNotServe("Cà Mau");
        var none = await QuoteAsync("Cà Mau", B(800), A(800));
        factory.Ghtk.Recover();
        Assert.False(none.ContainsKey(idB));
        Assert.Equal(DeliveryCarrier.Ghn, none[idA].Carrier);
    }

    [Fact]
    public async Task LargeLightBoxes_AreChargedByTheirVolumetricWeight_AtEachCarriersDivisor()
    {
        // A: GHN (divisor 5,000) or Viettel Post (6,000) by the tables; B: GHTK (6,000) by its API.
        var a = await factory.ApprovedCooperativeAsync();
        await DeliverAsync(a, 15_000, "Off", "Ghn", "ViettelPost");
        var b = await factory.ApprovedCooperativeAsync();
        await DeliverAsync(b, 30_000, "Off", "Ghtk");
        var idA = CooperativeId.From(a.Id);
        DeliveryParcel A(int grams, long boxCm3) => new(idA, grams, Money.Dong(200_000), boxCm3);
        const long Box = 40 * 30 * 20; // 24,000 cm³: 4.8 kg to GHN, 4 kg to GHTK and Viettel Post

        // (parcel, destination, by whom, fee, the weight charged when it is the box's): worked out by hand from DeliveryOptions.
        var table = new (DeliveryParcel Parcel, string To, DeliveryCarrier By, long Fee, long? Charged)[]
        {
            (A(800, Box), "Hà Nội", DeliveryCarrier.ViettelPost, 58_000, 4_000), // VTP 30,000 + 7 × 4,000 < GHN 29,000 + 9 × 5,000
            (A(5_000, Box), "Hà Nội", DeliveryCarrier.ViettelPost, 66_000, null), // the goods outweigh the box: 30,000 + 9 × 4,000
            (A(800, Box), "TP. Hồ Chí Minh", DeliveryCarrier.Ghn, 80_000, 4_800), // GHN 35,000 + 9 × 5,000 < VTP 38,000 + 7 × 8,000
            (A(800, 0), "Hà Nội", DeliveryCarrier.Ghn, 34_000, null), // no box said: the weight alone, as before
        };
        foreach (var row in table)
        {
            var quote = Assert.Contains(idA, await QuoteAsync(row.To, row.Parcel));
            Assert.Equal((row.By, row.Fee, row.Charged), (quote.Carrier, quote.Fee.Amount, quote.ChargedGrams));
        }

        // A 100 × 60 × 60 cm box weighs 72 kg to GHN and 60 kg to Viettel Post: freight, not a parcel.
        Assert.False((await QuoteAsync("Hà Nội", A(800, 100 * 60 * 60))).ContainsKey(idA));

        // GHTK's API is asked the weight it will charge, and answers for it.
        var ghtk = (await QuoteAsync("Hà Nội", new DeliveryParcel(CooperativeId.From(b.Id), 800, Money.Dong(333_000), Box)))[CooperativeId.From(b.Id)];
        Assert.Equal(4_000, factory.Ghtk.Requests.Single(r => r.Value == 333_000).Weight);
        Assert.Equal((DeliveryCarrier.Ghtk, 47_000L, (long?)4_000), (ghtk.Carrier, ghtk.Fee.Amount, ghtk.ChargedGrams)); // 33,000 + 7 × 2,000
    }

    [Fact]
    public async Task AVariantsBox_SetOnItsPage_PricesTheCart_AndABoxThatCannotBeRead_IsSaidWhy()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        await DeliverAsync(cooperative, 15_000, "Off", "Ghn", "ViettelPost");
        var listing = await factory.Listing().SoldBy(cooperative).Priced(90_000).WithStock(10).BuildAsync(); // a 500 g bag
        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var editor = $"/cooperatives/products/{listing.ProductId}";
        var row = new Dictionary<string, string>
        {
            ["sku"] = listing.Sku,
            ["unit"] = "bag",
            ["netWeightGrams"] = "500",
            ["priceVnd"] = "90000",
            ["stock"] = "10",
            ["minOrderQuantity"] = "1",
            ["tiers"] = string.Empty,
        };

        // Typed as on a phone, spaces and a Latin x: kept as 40 × 30 × 20 cm.
        using var saved = await pages.SubmitAsync(await pages.GetPageAsync(editor), $"#variant-{listing.VariantId}", new Dictionary<string, string>(row)
        {
            ["box"] = "40 x 30 x 20",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var shown = await Html.ParseAsync(saved);
        Assert.Equal("40×30×20", shown.Document.QuerySelector($"input[form=variant-{listing.VariantId}][name=box]")?.GetAttribute("value"));
        var product = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{listing.ProductId}")).JsonAsync();
        var box = product.GetProperty("variants")[0].GetProperty("box");
        Assert.Equal((40, 30, 20), (box.GetProperty("lengthCm").GetInt32(), box.GetProperty("widthCm").GetInt32(), box.GetProperty("heightCm").GetInt32()));

        // A program that changes the price and stock through the API, written before boxes existed, leaves the box as it is.
        (await cooperative.Owner.RepriceAsync(listing.ProductId.Value, listing.VariantId.Value, listing.Sku, 90_000, 10)).EnsureSuccessStatusCode();
        var kept = (await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{listing.ProductId}")).JsonAsync()).GetProperty("variants")[0];
        Assert.Equal(40, kept.GetProperty("box").GetProperty("lengthCm").GetInt32());
        Assert.False(kept.GetProperty("box").TryGetProperty("cm3", out _)); // the box's own sides, nothing computed

        // Two sides, or a side of 3 m: said why on the page, in Vietnamese, and the box stays as it was.
        foreach (var typed in new[] { "40x30", "300x30x20" })
        {
            var refused = await Html.ParseAsync(await pages.SubmitAsync(
                await pages.GetPageAsync(editor), $"#variant-{listing.VariantId}", new Dictionary<string, string>(row) { ["box"] = typed }));
            Assert.Contains("Hộp đóng gói ghi dài×rộng×cao bằng số cm", refused.Text(".errors"), StringComparison.Ordinal);
        }

        // The API refuses a side out of range on the field, as problem details.
        var version = (await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{listing.ProductId}")).JsonAsync())
            .GetProperty("variants")[0].GetProperty("version").GetGuid();
        using var zero = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/products/{listing.ProductId}/variants/{listing.VariantId}",
            new
            {
                version,
                sku = listing.Sku,
                unit = "bag",
                netWeightGrams = 500,
                priceVnd = 90_000,
                stock = 10,
                box = new { lengthCm = 0, widthCm = 30, heightCm = 20 },
            });
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.True((await zero.JsonAsync()).GetProperty("errors").TryGetProperty("Box", out _));

        // Two bags in their 24,000 cm³ boxes weigh 1 kg but are charged as 8 kg to Hà Nội: Viettel Post, 30,000 + 15 × 4,000.
        var (shopper, email) = await factory.NewPersonAsync("hop");
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity = 2 })).EnsureSuccessStatusCode();
        using var placed = await CheckoutAsync(shopper, "Hà Nội", "phường Ba Đình");
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var part = (await placed.JsonAsync()).GetProperty("parts")[0];
        Assert.Equal(("ViettelPost", 90_000L), (part.GetProperty("shipsBy").GetString(), part.GetProperty("shippingFee").GetProperty("amount").GetInt64()));

        // The cart says so before checkout: the weight of the goods, and what the boxes are charged as.
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity = 2 })).EnsureSuccessStatusCode();
        var delivery = (await (await shopper.GetAsync("/api/v1/cart")).JsonAsync()).GetProperty("groups")[0].GetProperty("delivery");
        Assert.Equal((1_000, 9_600L), (delivery.GetProperty("grams").GetInt64(), delivery.GetProperty("chargedGrams").GetInt64())); // farthest: GHN's 5,000
        var cart = await (await factory.SignedInPagesAsync(email)).GetPageAsync("/cart");
        Assert.Contains("gói 1 kg", cart.Text(".delivery-quote"), StringComparison.Ordinal);
        Assert.Contains("tính cước như 9,6 kg theo kích thước hộp", cart.Text(".delivery-quote"), StringComparison.Ordinal);

        // "box": null takes it off.
        var now = (await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{listing.ProductId}")).JsonAsync()).GetProperty("variants")[0];
        using (var off = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/products/{listing.ProductId}/variants/{listing.VariantId}",
            new
            {
                version = now.GetProperty("version").GetGuid(),
                sku = listing.Sku,
                unit = "bag",
                netWeightGrams = 500,
                priceVnd = 90_000,
                stock = now.GetProperty("stock").GetInt32(),
                box = (object?)null,
            }))
        {
            Assert.Equal(HttpStatusCode.OK, off.StatusCode);
            Assert.Equal(JsonValueKind.Null, (await off.JsonAsync()).GetProperty("variants")[0].GetProperty("box").ValueKind);
        }
    }

    [Fact]
    public async Task ACartOfTwoCooperatives_ShippingByTwoCarriers_IsChargedEachQuote_AndSaysWhenItArrives()
    {
        var ghn = await factory.ApprovedCooperativeAsync();
        await DeliverAsync(ghn, 15_000, "InProvince", "Ghn");
        var ghtk = await factory.ApprovedCooperativeAsync();
        await DeliverAsync(ghtk, 30_000, "Off", "Ghtk");
        var longan = await factory.Listing().SoldBy(ghn).Priced(100_000).WithStock(10).SoldPer("kg", 1_000).BuildAsync();
        var tea = await factory.Listing().SoldBy(ghtk).Priced(80_000).WithStock(10).BuildAsync(); // a 500 g bag
        var (shopper, email) = await factory.NewPersonAsync("giao");
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = longan.VariantId, quantity = 2 })).EnsureSuccessStatusCode();
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = tea.VariantId, quantity = 1 })).EnsureSuccessStatusCode();

        // The cart has no address: each parcel is quoted to the farthest region, and says so.
        var cart = await (await shopper.GetAsync("/api/v1/cart")).JsonAsync();
        var groups = cart.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("vendorName").GetString()!);
        Assert.Equal(35_000 + (3 * 5_000), groups[ghn.Name].GetProperty("shipping").GetProperty("amount").GetInt64()); // 2 kg by GHN
        Assert.Equal(32_000, groups[ghtk.Name].GetProperty("shipping").GetProperty("amount").GetInt64()); // 500 g by GHTK's table
        Assert.False(groups[ghn.Name].GetProperty("delivery").GetProperty("exact").GetBoolean());
        Assert.Equal(2_000, groups[ghn.Name].GetProperty("delivery").GetProperty("grams").GetInt32());

        // A program that shows the estimate and orders to Hà Nội is told the total there, and nothing is ordered.
        var estimate = cart.GetProperty("total").GetProperty("amount").GetInt64();
        using var changed = await CheckoutAsync(shopper, "Hà Nội", "phường Ba Đình", expectedTotal: estimate);
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        var problem = await changed.JsonAsync();
        Assert.Equal("checkout.total_changed", problem.GetProperty("code").GetString());
        Assert.Contains("357.000", problem.GetProperty("title").GetString(), StringComparison.Ordinal);

        // The checkout page, without script: the estimate shown, the province chosen in the form. The
        // order is refused once with the total there (GHN's table, GHTK's own answer), then placed at it.
        var pages = await factory.SignedInPagesAsync(email);
        var summary = await pages.GetPageAsync("/orders/checkout?handler=Summary&province=" + Uri.EscapeDataString("Hà Nội"));
        Assert.Equal(("Hà Nội", "357000"), (
            summary.Document.QuerySelector("#checkout-summary")?.GetAttribute("data-province"),
            summary.Document.QuerySelector("#checkout-summary")?.GetAttribute("data-total")));
        var checkout = await pages.GetPageAsync("/orders/checkout");
        Assert.Equal(estimate.ToString(CultureInfo.InvariantCulture), checkout.Document.QuerySelector("#ExpectedTotal")?.GetAttribute("value"));
        var address = new Dictionary<string, string>
        {
            ["Input.Recipient"] = "Đỗ Thu Hà",
            ["Input.Phone"] = "0912 345 678",
            ["Input.Province"] = "Hà Nội",
            ["Input.Commune"] = "phường Ba Đình",
            ["Input.Street"] = "5 Phan Đình Phùng",
            ["Input.PaymentMethod"] = "CashOnDelivery",
        };
        var refused = await Html.ParseAsync(await pages.SubmitAsync(checkout, "#checkout-form", address));
        Assert.Contains("Tổng tiền theo địa chỉ này là 357.000", refused.Text(".errors"), StringComparison.Ordinal);
        Assert.Equal("357000", refused.Document.QuerySelector("#ExpectedTotal")?.GetAttribute("value"));
        using var placed = await pages.SubmitAsync(refused, "#checkout-form", address);
        var page = await Html.ParseAsync(placed);
        Assert.Matches("^/orders/[0-9a-f-]{36}$", page.Url);

        var order = await (await shopper.GetAsync("/api/v1" + page.Url)).JsonAsync();
        var parts = order.GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("vendorName").GetString()!);
        var day = VietnamTime.DayOf(order.GetProperty("placedAt").GetDateTimeOffset());
        AssertPart(parts[ghn.Name], "Ghn", 29_000 + (3 * 5_000), 200_000, day.AddDays(2), day.AddDays(3));
        AssertPart(parts[ghtk.Name], "Ghtk", 33_000, 80_000, day.AddDays(2), day.AddDays(3));
        Assert.Equal(200_000 + 80_000 + 44_000 + 33_000, order.GetProperty("total").GetProperty("amount").GetInt64());

        // The shopper's order page says by whom and when, in Vietnamese.
        var expected = page.Texts(".expected");
        Assert.Contains(expected, t => t.StartsWith("Giao Hàng Nhanh", StringComparison.Ordinal)
            && t.Contains($"Dự kiến giao từ {day.AddDays(2):d/M} đến {day.AddDays(3):d/M/yyyy}", StringComparison.Ordinal));
        Assert.Contains(expected, t => t.StartsWith("Giao Hàng Tiết Kiệm", StringComparison.Ordinal));
    }

    private static void AssertPart(JsonElement part, string carrier, long shipping, long subtotal, DateOnly from, DateOnly by)
    {
        Assert.Equal(
            (carrier, shipping, subtotal + shipping, from.ToString("yyyy-MM-dd", null), by.ToString("yyyy-MM-dd", null)),
            (part.GetProperty("shipsBy").GetString(), part.GetProperty("shippingFee").GetProperty("amount").GetInt64(),
                part.GetProperty("cashDue").GetProperty("amount").GetInt64(),
                part.GetProperty("expectedFrom").GetString(),
                part.GetProperty("expectedBy").GetString()));
    }

    [Fact]
    public async Task ACooperative_ThatWouldDeliverNowhere_IsRefused_AndACartItCannotReach_IsKept()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();

        // Neither itself everywhere nor a carrier: refused on the field, in the person's language.
        using var nowhere = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront/shipping",
            new { feeVnd = 20_000, ownDelivery = "InProvince", carriers = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, nowhere.StatusCode);
        Assert.True((await nowhere.JsonAsync()).GetProperty("errors").TryGetProperty("Carriers", out _));
        using var own = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront/shipping", new { feeVnd = 20_000, carriers = new[] { "Own" } });
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        using var unknown = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront/shipping", new { feeVnd = 20_000, carriers = new[] { "Grab" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        // From its storefront page: GHTK only, itself never.
        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var settings = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/storefront");
        using var saved = await pages.SubmitAsync(
            settings, "#shipping-form", new Dictionary<string, string> { ["feeVnd"] = "20k", ["ownDelivery"] = "Off", ["carriers"] = "Ghtk" });
        var after = await Html.ParseAsync(saved);
        Assert.Equal("Off", after.Document.QuerySelector("#OwnDelivery option[selected]")?.GetAttribute("value"));
        Assert.Equal(["Ghtk"], after.Document.QuerySelectorAll("#shipping-form input[name=carriers][checked]").Select(i => i.GetAttribute("value")!));

        // GHTK does not serve Cà Mau: checkout there is refused, naming the cooperative, and the cart is kept.
        var listing = await factory.Listing().SoldBy(cooperative).Priced(50_000).WithStock(5).BuildAsync();
        var (shopper, _) = await factory.NewPersonAsync("xa");
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity = 1 })).EnsureSuccessStatusCode();
        factory.Ghtk.DoesNotServe("Cà Mau");
        try
        {
            using var refused = await CheckoutAsync(shopper, "Cà Mau", "xã Đất Mũi");
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var problem = await refused.JsonAsync();
            Assert.Contains($"{cooperative.Name} không giao gói 0,5 kg này đến Cà Mau", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            factory.Ghtk.Recover();
        }

        var cart = await (await shopper.GetAsync("/api/v1/cart")).JsonAsync();
        Assert.Equal(1, cart.GetProperty("groups").GetArrayLength());
        Assert.Equal(5, await factory.StockAsync(listing));

        // 31 kg is freight, not a parcel, and the cooperative does not deliver itself: the cart page says so and offers no checkout.
        var rice = await factory.Listing().SoldBy(cooperative).Priced(20_000).WithStock(50).SoldPer("kg", 1_000).BuildAsync();
        var (buyer, email) = await factory.NewPersonAsync("nang");
        (await buyer.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = rice.VariantId, quantity = 31 })).EnsureSuccessStatusCode();
        var page = await (await factory.SignedInPagesAsync(email)).GetPageAsync("/cart");
        Assert.Contains("không gửi được gói 31 kg này qua hãng vận chuyển", page.Text(".delivery-problem"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#checkout-link"));
    }
}
