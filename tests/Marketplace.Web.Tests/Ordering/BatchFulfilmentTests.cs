using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// A cooperative's morning on a phone: several orders confirmed, packed and their slips printed at
/// once from the order list; the steps that cannot be undone (delivered with cash, cancelled) are
/// asked first, saying what they mean.
/// </summary>
public sealed class BatchFulfilmentTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task SeveralOrders_AreConfirmedAndPackedAtOnce_AndTheirSlipsPrintTogether()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var listing = await factory.Listing().SoldBy(cooperative).WithStock(20).BuildAsync();
        var parts = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            parts.Add(await factory.OrderOneAsync(listing));
        }

        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var list = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/orders");
        Assert.Equal(3, list.Document.QuerySelectorAll("input[name=parts][form=batch-form]").Length);

        var confirmed = await BatchAsync(pages, list, "Confirm", parts[0], parts[1]);
        Assert.Contains("xong 2 đơn", confirmed.Text("#flash"), StringComparison.Ordinal);
        Assert.Equal(["Confirmed", "Confirmed", "Placed"], await StatusesAsync(cooperative, parts));

        // A part that cannot take the step yet is named; the others go ahead.
        var packed = await BatchAsync(pages, confirmed, "Pack", [.. parts]);
        Assert.Contains("xong 2 đơn", packed.Text("#flash"), StringComparison.Ordinal);
        Assert.Contains("1 đơn chưa được", packed.Text("#flash"), StringComparison.Ordinal);
        Assert.Equal(["Packed", "Packed", "Placed"], await StatusesAsync(cooperative, parts));

        var cancel = packed.Document.QuerySelector($"#part-{parts[2]} button[data-action=Cancel]")!;
        Assert.Contains("không thể hoàn tác", cancel.GetAttribute("data-confirm"), StringComparison.Ordinal);

        var none = await BatchAsync(pages, packed, "Pack");
        Assert.Contains("Hãy chọn ít nhất một đơn hàng", none.Text(".errors"), StringComparison.Ordinal);

        var slips = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/slips?{string.Join('&', parts.Select(p => $"parts={p}"))}");
        Assert.Equal(3, slips.Document.QuerySelectorAll("section.slip").Length);
        Assert.Equal("In 3 phiếu", slips.Text("#print-slips"));

        // Another cooperative's parts are not printed under this one's name.
        var other = await factory.ApprovedCooperativeAsync();
        var otherPages = await factory.SignedInPagesAsync(other.OwnerEmail);
        Assert.Equal(404, (await otherPages.GetPageAsync($"/cooperatives/{other.Id}/slips?parts={parts[0]}")).Status);
        Assert.Equal(404, (await otherPages.GetPageAsync($"/cooperatives/{cooperative.Id}/slips?parts={parts[0]}")).Status);
    }

    [Fact]
    public async Task DeliveringWithCash_AndCancelling_AreAskedFirst()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var listing = await factory.Listing().SoldBy(cooperative).WithStock(5).BuildAsync();
        var part = await factory.OrderOneAsync(listing);
        foreach (var (step, body) in new (string, object)[]
        {
            ("Confirm", new { }), ("Pack", new { }), ("Ship", new { carrier = "Viettel Post", trackingNumber = "VTP123" }),
        })
        {
            (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{part}/{step}", body)).EnsureSuccessStatusCode();
        }

        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var list = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/orders");
        var deliver = list.Document.QuerySelector($"#part-{part} button[data-action=Deliver]")!;
        Assert.Contains("đã thu", deliver.GetAttribute("data-confirm"), StringComparison.Ordinal);
        Assert.Contains("không thể hoàn tác", deliver.GetAttribute("data-confirm"), StringComparison.Ordinal);
    }

    /// <summary>The batch form as a browser posts it: its token, the step's button, and one "parts" field per box ticked.</summary>
    private static async Task<HtmlPage> BatchAsync(HttpClient pages, HtmlPage list, string action, params Guid[] parts)
    {
        var form = list.Document.QuerySelector("#batch-form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty))
            .Append(new("action", action))
            .Concat(parts.Select(p => new KeyValuePair<string, string>("parts", p.ToString())));
        using var content = new FormUrlEncodedContent(fields);
        using var response = await pages.PostAsync(form.GetAttribute("action") ?? list.Url, content);
        return await Html.ParseAsync(response);
    }

    private static async Task<List<string>> StatusesAsync(TestCooperative cooperative, List<Guid> parts)
    {
        var all = (await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/order-parts")).JsonAsync()).EnumerateArray()
            .ToDictionary(p => p.GetProperty("partId").GetGuid(), p => p.GetProperty("status").GetString()!);
        return parts.Select(p => all[p]).ToList();
    }
}
