using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;

namespace Marketplace.Web.Tests.Business;

/// <summary>
/// Requests for quotation through the API a buyer's purchasing system calls: sent to every tea
/// cooperative, quoted, revised and talked over, and accepted as a combination into one order.
/// </summary>
public sealed class RfqApiTests(MarketplaceWithClockFactory factory) : IClassFixture<MarketplaceWithClockFactory>
{

    private string Today =>
        DateOnly.FromDateTime(factory.Clock.GetUtcNow().AddHours(7).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private string InDays(int days) =>
        DateOnly.FromDateTime(factory.Clock.GetUtcNow().AddHours(7).DateTime)
            .AddDays(days)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A cooperative of the test's own that sells tea, so a request for tea reaches it.</summary>
    private Task<TestListing> TeaAsync(string category = "tra") => factory.Listing().InCategory(category).BuildAsync();

    private async Task<JsonElement> AskForTeaAsync(HttpClient buyer, int quantity = 10, string unit = "Tan")
    {
        using var created = await buyer.PostAsJsonAsync("/api/v1/rfqs", new
        {
            categoryId = await factory.CategoryIdAsync("tra"),
            quantity,
            unit,
            deliveryProvince = "Hà Nội",
            deliveryDate = InDays(30),
            note = "Trà Shan Tuyết loại 1, đóng bao 20 kg."
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await created.JsonAsync();
    }

    private static Task<HttpResponseMessage> QuoteAsync(
        HttpClient staff, Guid cooperativeId, Guid rfqId, int quantity, long price, string validUntil, string? sku = null) =>
        staff.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperativeId}/rfqs/{rfqId}/quote",
            new { quantity, unitPriceVnd = price, validUntil, leadTimeDays = 14, note = "Giá đã gồm vận chuyển.", sku });

    private static object Acceptance(params (Guid QuoteId, int? Quantity)[] quotes) => new
    {
        quotes = quotes.Select(q => new { quoteId = q.QuoteId, quantity = q.Quantity }),
        paymentMethod = "BankTransfer",
        purchaseOrderNumber = "PO-2026-118",
        recipient = "Kho Siêu thị Xanh",
        phone = "024 3826 1234",
        province = "Hà Nội",
        commune = "phường Long Biên",
        street = "Lô 5, KCN Sài Đồng",
    };

    [Fact]
    public async Task TwoTeaCooperativesQuote_TheBuyerAcceptsTheCombination_AndGetsOneOrderWithTwoParts_Once()
    {
        var (sg, tht) = (await TeaAsync(), await TeaAsync());
        var tp = await factory.Listing().InCategory("dac-san-kho").BuildAsync();
        var (buyer, email) = await factory.VerifiedBusinessBuyerAsync();
        var rfq = await AskForTeaAsync(buyer);
        var rfqId = rfq.GetProperty("rfqId").GetGuid();
        var recipients = rfq.GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("vendorName").GetString()).ToList();
        Assert.Contains(sg.Cooperative.Name, recipients);
        Assert.Contains(tht.Cooperative.Name, recipients);
        Assert.DoesNotContain(tp.Cooperative.Name, recipients);

        var suoiGiang = sg.Cooperative.Owner;
        var tanHoang = tht.Cooperative.Owner;
        var (sgId, thtId) = (sg.Cooperative.Id, tht.Cooperative.Id);

        // A cooperative the request was not sent to sees nothing of it.
        var thuanPhong = tp.Cooperative.Owner;
        var tpId = tp.Cooperative.Id;
        Assert.DoesNotContain(
            (await (await thuanPhong.GetAsync($"/api/v1/cooperatives/{tpId}/rfqs")).JsonAsync()).EnumerateArray(),
            r => r.GetProperty("rfqId").GetGuid() == rfqId);
        Assert.Equal(HttpStatusCode.NotFound, (await thuanPhong.GetAsync($"/api/v1/cooperatives/{tpId}/rfqs/{rfqId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await QuoteAsync(thuanPhong, tpId, rfqId, 5, 1, InDays(7))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await QuoteAsync(suoiGiang, thtId, rfqId, 5, 1, InDays(7))).StatusCode);

        (await QuoteAsync(suoiGiang, sgId, rfqId, 6, 1_500_000_000, InDays(14))).EnsureSuccessStatusCode();

        // The cooperatives' owners hear of the request, the buyer of each quote, by mail.
        var number = rfq.GetProperty("number").GetString()!;
        await People.EventuallyAsync(
            () => Task.FromResult(MailsTo(sg.Cooperative.OwnerEmail).Any(m => (m.Subject ?? string.Empty).Contains(number, StringComparison.Ordinal))),
            "the cooperative's mail about the request");
        await People.EventuallyAsync(
            () => Task.FromResult(MailsTo(email).Any(m => (m.Subject ?? string.Empty).Contains(sg.Cooperative.Name, StringComparison.Ordinal))),
            "the buyer's mail about the quote");
        // not its buyer
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await tanHoang.PostAsJsonAsync($"/api/v1/rfqs/{rfqId}/messages", new { vendorId = thtId, text = "x" })).StatusCode);
        (await buyer.PostAsJsonAsync(
            $"/api/v1/rfqs/{rfqId}/messages", new { vendorId = thtId, text = "Hợp tác xã có thể giao 5 tấn trước ngày 20 không?" }))
            .EnsureSuccessStatusCode();
        (await tanHoang.PostAsJsonAsync($"/api/v1/cooperatives/{thtId}/rfqs/{rfqId}/messages", new { text = "Được ạ, chúng tôi báo giá ngay." }))
            .EnsureSuccessStatusCode();
        (await QuoteAsync(tanHoang, thtId, rfqId, 5, 1_300_000_000, InDays(14))).EnsureSuccessStatusCode();
        var revised = await (await QuoteAsync(tanHoang, thtId, rfqId, 5, 1_250_000_000, InDays(14))).JsonAsync();
        var theirs = Assert.Single(revised.GetProperty("quotes").EnumerateArray());
        Assert.Equal(2, theirs.GetProperty("revision").GetInt32());
        Assert.Equal(2, revised.GetProperty("messages").GetArrayLength());

        // The cooperative sees only its own quote and conversation; the buyer sees both.
        var seenBySg = await (await suoiGiang.GetAsync($"/api/v1/cooperatives/{sgId}/rfqs/{rfqId}")).JsonAsync();
        Assert.Single(seenBySg.GetProperty("quotes").EnumerateArray());
        Assert.Empty(seenBySg.GetProperty("messages").EnumerateArray());
        var seen = await (await buyer.GetAsync($"/api/v1/rfqs/{rfqId}")).JsonAsync();
        var quotes = seen.GetProperty("quotes").EnumerateArray().ToDictionary(q => q.GetProperty("vendorId").GetGuid());
        Assert.Equal(2, quotes.Count);

        // 6 alone does not cover 10; 6 and 5 do.
        using (var short_ = await buyer.PostAsJsonAsync($"/api/v1/rfqs/{rfqId}/accept", Acceptance((quotes[sgId].GetProperty("quoteId").GetGuid(), null))))
        {
            Assert.Equal(HttpStatusCode.Conflict, short_.StatusCode);
            Assert.Equal("rfq.not_covered", (await short_.JsonAsync()).GetProperty("code").GetString());
        }

        var body = Acceptance((quotes[sgId].GetProperty("quoteId").GetGuid(), null), (quotes[thtId].GetProperty("quoteId").GetGuid(), null));
        var twice = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var response = await buyer.PostAsJsonAsync($"/api/v1/rfqs/{rfqId}/accept", body);
            return (response.StatusCode, await response.JsonAsync());
        }));
        Assert.All(twice, t => Assert.Equal(HttpStatusCode.OK, t.StatusCode));
        var order = twice[0].Item2;
        Assert.Equal(order.GetProperty("orderId").GetGuid(), twice[1].Item2.GetProperty("orderId").GetGuid());
        Assert.Single((await (await buyer.GetAsync("/api/v1/orders")).JsonAsync()).EnumerateArray());

        var parts = order.GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("vendorId").GetGuid());
        Assert.Equal(2, parts.Count);
        Assert.Equal(6 * 1_500_000_000L, parts[sgId].GetProperty("total").Amount());
        Assert.Equal(5 * 1_250_000_000L, parts[thtId].GetProperty("total").Amount());
        Assert.Equal("tấn", parts[sgId].GetProperty("lines")[0].GetProperty("unit").GetString());
        Assert.Equal("PO-2026-118", order.GetProperty("purchaseOrderNumber").GetString());
        Assert.Equal("BankTransfer", order.GetProperty("paymentMethod").GetString());
        Assert.Equal("Accepted", (await (await buyer.GetAsync($"/api/v1/rfqs/{rfqId}")).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await QuoteAsync(suoiGiang, sgId, rfqId, 6, 1_400_000_000, InDays(14))).StatusCode);

        // Each part's invoice, read back: seller and buyer tax codes, PO, reference, VAT, the total in figures and in words.
        var sgInvoice = await buyer.InvoiceTextAsync(order, parts[sgId]);
        Assert.Contains("HÓA ĐƠN BÁN HÀNG", sgInvoice, StringComparison.Ordinal);
        Assert.Contains("PO-2026-118", sgInvoice, StringComparison.Ordinal);
        Assert.Contains(order.GetProperty("number").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal), sgInvoice, StringComparison.Ordinal);
        Assert.Contains("9.000.000.000 ₫", sgInvoice, StringComparison.Ordinal);
        Assert.Contains("8.571.428.571 ₫", sgInvoice, StringComparison.Ordinal); // before VAT: 9,000,000,000 / 1.05
        Assert.Contains("428.571.429 ₫", sgInvoice, StringComparison.Ordinal);   // the 5 % VAT in it
        Assert.Contains("Chín tỉ đồng", sgInvoice, StringComparison.Ordinal);
        var thtInvoice = await buyer.InvoiceTextAsync(order, parts[thtId]);
        Assert.Contains("6.250.000.000 ₫", thtInvoice, StringComparison.Ordinal);
        Assert.Contains("Sáu tỉ hai trăm năm mươi triệu đồng", thtInvoice, StringComparison.Ordinal);
        var company = (await (await buyer.GetAsync("/api/v1/business-accounts/mine")).JsonAsync())[0];
        Assert.Contains(company.GetProperty("taxCode").GetString()!, thtInvoice, StringComparison.Ordinal);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await thuanPhong.GetAsync(
                $"/api/v1/orders/{order.GetProperty("orderId").GetGuid()}/parts/{parts[sgId].GetProperty("partId").GetGuid()}/invoice.pdf")).StatusCode);
    }

    private List<MimeKit.MimeMessage> MailsTo(string address) =>
        Directory.Exists(factory.MailFolder)
            ? Directory.GetFiles(factory.MailFolder, "*.eml")
                .Select(f => MimeKit.MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList()
            : [];

    [Fact]
    public async Task AnExpiredQuote_CannotBeAccepted()
    {
        var sg = await TeaAsync();
        var (buyer, email) = await factory.VerifiedBusinessBuyerAsync();
        var rfqId = (await AskForTeaAsync(buyer, 3)).GetProperty("rfqId").GetGuid();
        var (suoiGiang, sgId) = (sg.Cooperative.Owner, sg.Cooperative.Id);
        using (var past = await QuoteAsync(suoiGiang, sgId, rfqId, 3, 1_500_000_000, InDays(-1)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        }

        var quoteId = (await (await QuoteAsync(suoiGiang, sgId, rfqId, 3, 1_500_000_000, Today)).JsonAsync())
            .GetProperty("quotes")[0].GetProperty("quoteId").GetGuid();
        try
        {
            factory.Clock.Shift = TimeSpan.FromDays(1);
            var later = await factory.BearerClientAsync(email, People.Password);
            var rfq = await (await later.GetAsync($"/api/v1/rfqs/{rfqId}")).JsonAsync();
            Assert.Equal("Expired", rfq.GetProperty("quotes")[0].GetProperty("status").GetString());
            using var accepted = await later.PostAsJsonAsync($"/api/v1/rfqs/{rfqId}/accept", Acceptance((quoteId, null)));
            Assert.Equal(HttpStatusCode.Conflict, accepted.StatusCode);
            Assert.Equal("quote.expired", (await accepted.JsonAsync()).GetProperty("code").GetString());
            Assert.Empty((await (await later.GetAsync("/api/v1/orders")).JsonAsync()).EnumerateArray());
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task AQuoteNamingAVariantInStock_HoldsThatStock()
    {
        var tea = await factory.Listing().InCategory("tra-xanh").SoldPer("kg", null).WithStock(100).BuildAsync();
        var someoneElses = await factory.Listing().BuildAsync();
        var (buyer, _) = await factory.VerifiedBusinessBuyerAsync();
        using var created = await buyer.PostAsJsonAsync(
            "/api/v1/rfqs",
            new
            {
                categoryId = await factory.CategoryIdAsync("tra-xanh"),
                quantity = 12,
                unit = "Kg",
                deliveryProvince = "Lào Cai",
                deliveryDate = InDays(10),
            });
        var rfqId = (await created.JsonAsync()).GetProperty("rfqId").GetGuid();
        var (suoiGiang, sgId) = (tea.Cooperative.Owner, tea.Cooperative.Id);
        using (var wrongSku = await QuoteAsync(suoiGiang, sgId, rfqId, 12, 1_400_000, InDays(5), someoneElses.Sku))
        {
            Assert.Equal(HttpStatusCode.Conflict, wrongSku.StatusCode); // another cooperative's product
        }

        var quoteId = (await (await QuoteAsync(suoiGiang, sgId, rfqId, 12, 1_400_000, InDays(5), tea.Sku)).JsonAsync())
            .GetProperty("quotes")[0].GetProperty("quoteId").GetGuid();
        var order = await (await buyer.PostAsJsonAsync($"/api/v1/rfqs/{rfqId}/accept", Acceptance((quoteId, null)))).JsonAsync();
        Assert.Equal(12 * 1_400_000L, order.GetProperty("total").Amount());
        Assert.Equal(88, await factory.StockAsync(tea));
        Assert.Equal(100, await factory.StockAsync(someoneElses));
    }

    [Fact]
    public async Task ARequestFromAbroad_NamesItsIncotermAndHsCode_AndAQuotesMinimumLot_BoundsWhatIsAccepted()
    {
        var tea = await TeaAsync("tra-xanh");
        var (buyer, _) = await factory.VerifiedBusinessBuyerAsync();
        var categoryId = await factory.CategoryIdAsync("tra-xanh");
        object Request(string? country, string? incoterm, string? place, string? hs) => new
        {
            categoryId,
            quantity = 2,
            unit = "Tan",
            destinationCountry = country,
            incoterm,
            namedPlace = place,
            hsCode = hs,
            deliveryDate = InDays(45),
        };

        // A country no one knows, a rule that is not an Incoterm, a rule without its place, an HS code of five digits: each named.
        foreach (var (request, field) in new[]
                 {
                     (Request("XX", "FOB", "Cát Lái", null), "DestinationCountry"), (Request("JP", "FOX", "Cát Lái", null), "Incoterm"),
                     (Request("JP", "CIF", " ", null), "NamedPlace"), (Request("JP", "FOB", "Cát Lái", "09022"), "HsCode"),
                 })
        {
            using var refused = await buyer.PostAsJsonAsync("/api/v1/rfqs", request);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
        }

        // Abroad, no province is asked; codes are read in any case, the HS code with or without dots.
        using var created = await buyer.PostAsJsonAsync("/api/v1/rfqs", Request(" jp", "fob", "Cát Lái, TP. Hồ Chí Minh", "0902.20"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rfq = await created.JsonAsync();
        Assert.Equal("JP", rfq.GetProperty("destinationCountry").GetString());
        Assert.Equal("FOB", rfq.GetProperty("incoterm").GetString());
        Assert.Equal("090220", rfq.GetProperty("hsCode").GetString());
        Assert.Equal(string.Empty, rfq.GetProperty("deliveryProvince").GetString());
        var rfqId = rfq.GetProperty("rfqId").GetGuid();

        // The cooperative hears where and on what terms, in its language.
        await People.EventuallyAsync(
            () => Task.FromResult(MailsTo(tea.Cooperative.OwnerEmail).Any(m => (m.TextBody ?? m.HtmlBody)?.Contains("FOB Cát Lái, TP. Hồ Chí Minh → Nhật Bản",
                StringComparison.Ordinal) == true)),
            "the cooperative's mail naming the terms");
        var page = await (await factory.SignedInPagesAsync(tea.Cooperative.OwnerEmail))
            .GetPageAsync($"/cooperatives/{tea.Cooperative.Id}/rfqs/{rfqId}");
        Assert.Equal("FOB Cát Lái, TP. Hồ Chí Minh", page.Text("#rfq-terms"));
        Assert.Equal("0902.20", page.Text("#rfq-hs"));

        // A minimum lot above the quantity quoted is refused; within it, the buyer cannot take less.
        var (owner, id) = (tea.Cooperative.Owner, tea.Cooperative.Id);
        using (var tooBig = await owner.PutAsJsonAsync(
                   $"/api/v1/cooperatives/{id}/rfqs/{rfqId}/quote",
                   new { quantity = 4, unitPriceVnd = 180_000_000, leadTimeDays = 20, validUntil = InDays(14), minimumLot = 5 }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
            Assert.True((await tooBig.JsonAsync()).GetProperty("errors").TryGetProperty("MinimumLot", out _));
        }

        var quoted = await (await owner.PutAsJsonAsync(
                $"/api/v1/cooperatives/{id}/rfqs/{rfqId}/quote",
                new { quantity = 10, unitPriceVnd = 180_000_000, leadTimeDays = 20, validUntil = InDays(14), minimumLot = 3 }))
            .JsonAsync();
        var quote = quoted.GetProperty("quotes")[0];
        Assert.Equal(3, quote.GetProperty("minimumLot").GetInt32());
        var quoteId = quote.GetProperty("quoteId").GetGuid();
        using (var tooFew = await buyer.PostAsJsonAsync($"/api/v1/rfqs/{rfqId}/accept", Acceptance((quoteId, 2))))
        {
            Assert.Equal(HttpStatusCode.Conflict, tooFew.StatusCode);
            Assert.Equal("quote.minimum_lot", (await tooFew.JsonAsync()).GetProperty("code").GetString());
        }

        var order = await (await buyer.PostAsJsonAsync($"/api/v1/rfqs/{rfqId}/accept", Acceptance((quoteId, 3)))).JsonAsync();
        Assert.Equal(3 * 180_000_000L, order.GetProperty("total").Amount());
    }

    [Fact]
    public async Task OnlyAVerifiedBusinessBuyer_AsksForQuotes()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        using var refused = await shopper.PostAsJsonAsync(
            "/api/v1/rfqs",
            new { categoryId = await factory.CategoryIdAsync("tra"), quantity = 1, unit = "Tan", deliveryProvince = "Hà Nội", deliveryDate = InDays(30) });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("rfq.business_only", (await refused.JsonAsync()).GetProperty("code").GetString());

        var (buyer, _) = await factory.VerifiedBusinessBuyerAsync();
        using var invalid = await buyer.PostAsJsonAsync(
            "/api/v1/rfqs", new { quantity = 0, unit = "Tan", deliveryProvince = "Atlantis", deliveryDate = InDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "ProductId", "Quantity", "DeliveryProvince", "DeliveryDate" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} in {errors}");
        }
    }

    [Fact]
    public async Task AQuote_BecomesASupplyContract_InTheVariantsUnit_AndOnlyForItsBuyerAndItsCooperative()
    {
        var tea = await factory.Listing().InCategory("tra").SoldPer("kg", null).BuildAsync();
        var other = await factory.Listing().InCategory("tra").BuildAsync();
        var (buyer, email) = await factory.VerifiedBusinessBuyerAsync();
        var rfq = await AskForTeaAsync(buyer, quantity: 2, unit: "Tan");
        var rfqId = rfq.GetProperty("rfqId").GetGuid();
        using (var quoted = await QuoteAsync(tea.Cooperative.Owner, tea.Cooperative.Id, rfqId, 2, 90_000_000, InDays(10), tea.Sku))
        {
            Assert.Equal(HttpStatusCode.OK, quoted.StatusCode);
        }

        var quoteId = (await (await buyer.GetAsync($"/api/v1/rfqs/{rfqId}")).JsonAsync()).GetProperty("quotes").EnumerateArray()
            .Single(q => q.GetProperty("vendorName").GetString() == tea.Cooperative.Name).GetProperty("quoteId").GetGuid();

        // The page offers it: the tea's variant, 2 tấn as 2,000 kg, 90,000,000 ₫ a tấn as 90,000 ₫ a kg.
        var pages = await factory.SignedInPagesAsync(email);
        var form = await pages.GetStringAsync($"/contracts/new?rfqId={rfqId}&quoteId={quoteId}");
        Assert.Contains($"name=\"RfqId\" value=\"{rfqId}\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"2000\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"90000\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/contracts/new?rfqId={rfqId}&quoteId={Guid.NewGuid()}")).StatusCode);

        object Proposal(TestListing listing, Guid? fromRfq) => new
        {
            variantId = listing.VariantId,
            rfqId = fromRfq,
            terms = new
            {
                quantityPerDelivery = 2000,
                cadence = "Monthly",
                firstDeliveryOn = InDays(20),
                deliveries = 6,
                priceVnd = 90_000,
                payment = "OnDelivery",
                noticeDays = 30,
            },
            recipient = "Kho Siêu thị Xanh",
            phone = "024 3826 1234",
            province = "Hà Nội",
            commune = "phường Long Biên",
            street = "Lô 5, KCN Sài Đồng",
        };

        using var proposed = await buyer.PostAsJsonAsync("/api/v1/contracts", Proposal(tea, rfqId));
        Assert.True(proposed.StatusCode == HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync());
        var contract = await proposed.JsonAsync();
        Assert.Equal(rfq.GetProperty("number").GetString(), contract.GetProperty("rfqNumber").GetString());
        var seen = await (await tea.Cooperative.Owner.GetAsync($"/api/v1/contracts/{contract.GetProperty("contractId").GetGuid()}")).JsonAsync();
        Assert.Equal(rfqId, seen.GetProperty("rfqId").GetGuid()); // the cooperative sees which request it grew from

        // A cooperative that did not quote, and a buyer whose request it is not: refused on the request, nothing made.
        using var notQuoted = await buyer.PostAsJsonAsync("/api/v1/contracts", Proposal(other, rfqId));
        Assert.Equal(HttpStatusCode.BadRequest, notQuoted.StatusCode);
        Assert.True((await notQuoted.JsonAsync()).GetProperty("errors").TryGetProperty("RfqId", out _));
        var (stranger, _) = await factory.VerifiedBusinessBuyerAsync();
        using var notTheirs = await stranger.PostAsJsonAsync("/api/v1/contracts", Proposal(tea, rfqId));
        Assert.Equal(HttpStatusCode.BadRequest, notTheirs.StatusCode);
        Assert.Empty((await (await stranger.GetAsync("/api/v1/contracts")).JsonAsync()).EnumerateArray());
    }
}
