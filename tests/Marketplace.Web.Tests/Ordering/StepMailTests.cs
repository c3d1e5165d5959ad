using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>A host whose outbox waits until the test drains it: several steps happen "within one poll".</summary>
public sealed class HeldOutboxFactory : MarketplaceFactory
{
    public HeldOutboxFactory()
    {
        OutboxEnabled = false;
    }
}

public sealed class StepMailTests(HeldOutboxFactory factory) : IClassFixture<HeldOutboxFactory>
{
    [Fact]
    public async Task EveryStepTakenBeforeTheOutboxRuns_GetsAMailOfItsOwnStep()
    {
        var listing = await factory.Listing().BuildAsync();
        var (shopper, email) = await factory.NewPersonAsync("khach");
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity = 1 })).EnsureSuccessStatusCode();
        using var checkout = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(
                new { recipient = "Lê Văn Nam", phone = "0987654321", province = "Cao Bằng", commune = "xã Thạch An", street = "thôn Độc Lập" }),
        };
        checkout.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var placed = await shopper.SendAsync(checkout);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var part = (await placed.JsonAsync()).GetProperty("parts")[0].GetProperty("partId").GetGuid();

        var suoiGiang = listing.Cooperative.Owner;
        foreach (var (action, body) in new (string, object)[]
        {
            ("Confirm", new { }), ("Pack", new { }), ("Ship", new { carrier = "Viettel Post", trackingNumber = "VTP987" }), ("Deliver", new { })
        })
        {
            (await suoiGiang.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{part}/{action}", body)).EnsureSuccessStatusCode();
        }

        await factory.DrainOutboxesAsync();

        var subjects = Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => b.Address == email))
            .Select(m => m.Subject ?? string.Empty)
            .Where(subject => subject.Contains($"phần của {listing.Cooperative.Name} ", StringComparison.Ordinal))
            .Select(subject => subject[(subject.IndexOf(listing.Cooperative.Name, StringComparison.Ordinal) + listing.Cooperative.Name.Length + 1)..])
            .Order(StringComparer.Ordinal)
            .ToList();
        string[] steps = ["đã xác nhận", "đã đóng gói", "đang được giao (Viettel Post, mã vận đơn VTP987)", "đã được giao"];
        Assert.Equal(steps.Order(StringComparer.Ordinal), subjects);
    }
}
