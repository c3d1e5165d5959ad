using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.MessagingTestServer;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>
/// A cooperative hears of a new order where it looks: in the notification centre (a bell with
/// the unread count), and by Zalo or SMS as each person chose, through the providers' own
/// protocols on loopback servers that sign, refuse and fail as the providers do.
/// </summary>
public sealed class NoticeTests(MarketplaceWithNoticesFactory factory) : IClassFixture<MarketplaceWithNoticesFactory>
{
    [Fact]
    public async Task ANewOrder_ReachesTheOwnersZaloOnce_AndZalosSignedReportMarksItReceived()
    {
        var (cooperative, phone) = await CooperativeWithSettingsAsync(zalo: true, sms: false);

        await OrderAsync(cooperative);
        var message = await EventuallyAsync(() => factory.Zalo.Messages.SingleOrDefault(m => m.Phone == "84" + phone[1..]), "the Zalo message");
        Assert.Equal("401002", message.TemplateId);
        Assert.StartsWith("Đơn hàng mới HTX-", message.Data["title"], StringComparison.Ordinal);
        Assert.Contains("thu tiền khi giao", message.Data["detail"], StringComparison.Ordinal);

        var notice = await EventuallyAsync(async () => (await NoticesAsync(cooperative.Owner)).Notices
            .SingleOrDefault(n => n.Deliveries.Any(d => d.Status == "Sent")), "the delivery recorded as sent");
        Assert.Equal("order", notice.Kind);
        Assert.Equal($"/cooperatives/{cooperative.Id}/orders", notice.Link);
        Assert.Equal(2, (await NoticesAsync(cooperative.Owner)).Unread); // the product on sale (no message for it), and the order

        // A forged report changes nothing; Zalo's own, signed, marks the message received.
        using (var forged = await ZaloEventAsync(message.MsgId, ZaloServer.Sign("{}", "1", "not-the-secret")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        using (var signed = await ZaloEventAsync(message.MsgId, signature: null))
        {
            Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        }

        Assert.Equal("Delivered", (await NoticesAsync(cooperative.Owner)).Notices.Single(n => n.Id == notice.Id).Deliveries.Single().Status);
        await Task.Delay(600); // a few more dispatch rounds: still one message
        Assert.Single(factory.Zalo.Messages, m => m.Phone == "84" + phone[1..]);

        using var read = await cooperative.Owner.PostAsync("/api/v1/notices/read", null);
        Assert.Equal(0, (await NoticesAsync(cooperative.Owner)).Unread);
    }

    [Fact]
    public async Task AProviderThatKeepsFailing_IsRetried_ThenTheFailureShowsInTheCentre()
    {
        var (cooperative, phone) = await CooperativeWithSettingsAsync(zalo: true, sms: false);
        var before = factory.Zalo.Requests;
        factory.Zalo.FailNext(3, 502);

        await OrderAsync(cooperative);
        var failed = await EventuallyAsync(async () => (await NoticesAsync(cooperative.Owner)).Notices
            .SingleOrDefault(n => n.Kind == "delivery-failed"), "the failure in the notification centre");
        Assert.Equal($"Không gửi được tin Zalo đến {phone}", failed.Title);
        Assert.Contains("HTTP 502", failed.Detail, StringComparison.Ordinal);
        var order = (await NoticesAsync(cooperative.Owner)).Notices.Single(n => n.Kind == "order").Deliveries.Single();
        Assert.Equal(("Failed", 3), (order.Status, order.Attempts));
        Assert.True(factory.Zalo.Requests - before >= 3);
        Assert.DoesNotContain(factory.Zalo.Messages, m => m.Phone == "84" + phone[1..]);
    }

    [Fact]
    public async Task ATemplateError_IsAFailureAtOnce_SaidInTheCentre_AndAnExpiredTokenIsRefreshedOnce()
    {
        var (cooperative, phone) = await CooperativeWithSettingsAsync(zalo: true, sms: false);
        factory.Zalo.RejectNext(1, -112, "Template data is invalid");
        await OrderAsync(cooperative);
        var failed = await EventuallyAsync(async () => (await NoticesAsync(cooperative.Owner)).Notices
            .SingleOrDefault(n => n.Kind == "delivery-failed"), "the template error in the notification centre");
        Assert.Contains("Zalo -112: Template data is invalid", failed.Detail, StringComparison.Ordinal);
        Assert.Equal(1, (await NoticesAsync(cooperative.Owner)).Notices.Single(n => n.Kind == "order").Deliveries.Single().Attempts);

        var refreshes = factory.Zalo.Refreshes;
        factory.Zalo.ExpireAccessToken();
        await OrderAsync(cooperative);
        await EventuallyAsync(() => factory.Zalo.Messages.FirstOrDefault(m => m.Phone == "84" + phone[1..]), "the message sent with a refreshed token");
        Assert.Equal(refreshes + 1, factory.Zalo.Refreshes);
    }

    [Fact]
    public async Task AnSms_GoesFromTheBrandname_AndItsDeliveryReportIsChecked()
    {
        var (cooperative, phone) = await CooperativeWithSettingsAsync(zalo: false, sms: true);

        await OrderAsync(cooperative);
        var sms = await EventuallyAsync(() => factory.Esms.Messages.SingleOrDefault(m => m.Phone == phone), "the SMS");
        Assert.Equal(EsmsServer.Brandname, sms.Brandname);
        Assert.StartsWith("Đơn hàng mới HTX-", sms.Content, StringComparison.Ordinal);
        var callback = new Uri(sms.CallbackUrl!);
        Assert.Equal("/api/v1/webhooks/esms", callback.AbsolutePath);

        var report = $"SMSID={sms.SmsId}&SendFailed=0&SendStatus=5&SendSuccess=1&RequestId={sms.RequestId}&TypeId=2&phonenumber={phone}";
        using (var wrongKey = await factory.CreateClient().GetAsync($"/api/v1/webhooks/esms?key=guess&{report}"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        }

        using (var delivered = await factory.CreateClient().GetAsync($"{callback.PathAndQuery}&{report}"))
        {
            Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        }

        var delivery = (await NoticesAsync(cooperative.Owner)).Notices.Single(n => n.Kind == "order").Deliveries.Single();
        Assert.Equal(("Sms", "Delivered"), (delivery.Channel, delivery.Status));
    }

    [Fact]
    public async Task QuietHours_HoldTheMessage_AndTheSettingsSayWhatIsWrongInPlainWords()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var now = TimeOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        using (var quiet = await cooperative.Owner.PutAsJsonAsync("/api/v1/notices/settings", new
        {
            phone = "+84 98.765.43" + Random.Shared.Next(10, 99).ToString(CultureInfo.InvariantCulture),
            zalo = true,
            sms = true,
            quietFrom = now.AddHours(-1).ToString("HH:mm", CultureInfo.InvariantCulture),
            quietUntil = now.AddHours(1).ToString("HH:mm", CultureInfo.InvariantCulture),
        }))
        {
            Assert.Equal(HttpStatusCode.OK, quiet.StatusCode);
            Assert.Matches("^098765", (await quiet.JsonAsync()).GetProperty("phone").GetString());
        }

        await OrderAsync(cooperative);
        var notice = await EventuallyAsync(async () => (await NoticesAsync(cooperative.Owner)).Notices.SingleOrDefault(n => n.Kind == "order"), "the notice");
        await Task.Delay(800);
        var deliveries = (await NoticesAsync(cooperative.Owner)).Notices.Single(n => n.Id == notice.Id).Deliveries;
        Assert.Equal(["Pending", "Pending"], deliveries.Select(d => d.Status));
        Assert.All(deliveries, d => Assert.Equal(0, d.Attempts));

        foreach (var bad in new object[]
        {
            new { phone = "024 3825 1234", zalo = true, sms = false }, // a landline gets no Zalo nor SMS
            new { phone = "12345", zalo = false, sms = true },
            new { phone = (string?)null, zalo = true, sms = false },
        })
        {
            using var refused = await cooperative.Owner.PutAsJsonAsync("/api/v1/notices/settings", bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("số di động", (await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using var halfQuiet = await cooperative.Owner.PutAsJsonAsync("/api/v1/notices/settings", new { phone = "0912345678", quietFrom = "22:00" });
        Assert.Equal(HttpStatusCode.BadRequest, halfQuiet.StatusCode);
    }

    [Fact]
    public async Task TheBell_CountsTheUnread_AndTheCentreShowsWhatWasSent()
    {
        var (cooperative, _) = await CooperativeWithSettingsAsync(zalo: true, sms: false);
        await OrderAsync(cooperative);
        await EventuallyAsync(async () => (await NoticesAsync(cooperative.Owner)).Notices.SingleOrDefault(n => n.Deliveries.Any(d => d.Status == "Sent")),
            "the delivery");

        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var home = await pages.GetPageAsync("/");
        Assert.Equal(2, (await NoticesAsync(cooperative.Owner)).Unread); // the product on sale, and the order
        Assert.Equal("2", home.Text("#notice-count"));
        var centre = await pages.GetPageAsync("/notices");
        Assert.Contains("Đơn hàng mới HTX-", string.Join(" ", centre.Texts("#notices .unread")), StringComparison.Ordinal);
        Assert.Contains("Zalo đến 09", string.Join(" ", centre.Texts("#notices .delivery")), StringComparison.Ordinal);

        using var read = await pages.SubmitAsync(centre, "form.notices-read", new Dictionary<string, string>());
        var after = await Html.ParseAsync(read);
        Assert.Empty(after.Document.QuerySelectorAll("#notices .unread"));
        Assert.Equal(string.Empty, after.Text("#notice-count"));

        var saved = await pages.SubmitAsync(after, "#notice-settings-form", new Dictionary<string, string> { ["Input.Phone"] = "abc" });
        Assert.Contains("Hãy nhập số di động Việt Nam", (await Html.ParseAsync(saved)).Text("#notice-settings .field-error"), StringComparison.Ordinal);
    }

    private async Task<(TestCooperative Cooperative, string Phone)> CooperativeWithSettingsAsync(bool zalo, bool sms)
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var written = $"{phone[..4]} {phone[4..7]} {phone[7..]}"; // "0912 345 678", as people write it
        using var saved = await cooperative.Owner.PutAsJsonAsync("/api/v1/notices/settings", new { phone = written, zalo, sms });
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        return (cooperative, phone);
    }

    private async Task OrderAsync(TestCooperative cooperative) =>
        await factory.OrderOneAsync(await factory.Listing().SoldBy(cooperative).WithStock(10).BuildAsync());

    /// <summary>Zalo's delivery event for the message, signed as Zalo signs it (or with the signature given).</summary>
    private async Task<HttpResponseMessage> ZaloEventAsync(string msgId, string? signature)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var body = $$"""{"app_id":"{{ZaloServer.AppId}}","event_name":"user_received_message","message":{"msg_id":"{{msgId}}"},"timestamp":"{{timestamp}}"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks/zalo")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-ZEvent-Signature", "mac=" + (signature ?? ZaloServer.Sign(body, timestamp)));
        return await factory.CreateClient().SendAsync(request);
    }

    private static async Task<NoticeListDto> NoticesAsync(HttpClient person) =>
        (await person.GetFromJsonAsync<NoticeListDto>("/api/v1/notices", Json))!;

    private static async Task<T> EventuallyAsync<T>(Func<T?> value, string what)
        where T : class
    {
        T? found = null;
        await People.EventuallyAsync(() => Task.FromResult((found = value()) is not null), what);
        return found!;
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> value, string what)
        where T : class
    {
        T? found = null;
        await People.EventuallyAsync(async () => (found = await value()) is not null, what);
        return found!;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record NoticeListDto(int Unread, List<NoticeDto> Notices);

    private sealed record NoticeDto(Guid Id, string Kind, string Title, string Detail, string Link, bool Read, List<DeliveryDto> Deliveries);

    private sealed record DeliveryDto(string Channel, string Phone, string Status, int Attempts, string? Error);
}
