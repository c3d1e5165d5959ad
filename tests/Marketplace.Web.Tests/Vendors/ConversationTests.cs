using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>
/// Talking with a cooperative: a shopper asks about a product, an order or the cooperative, its
/// people are told once per waiting conversation, its answer is mailed to the shopper; nobody else
/// reads a conversation, admins only one reported as abuse; bad input gets a problem, on the API
/// and on the pages.
/// </summary>
public sealed class ConversationTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static async Task<JsonElement> AskAsync(HttpClient client, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var asked = await client.PostAsJsonAsync("/api/v1/conversations", body);
        Assert.True(expected == asked.StatusCode, $"{asked.StatusCode}: {await asked.Content.ReadAsStringAsync()}");
        return await asked.JsonAsync();
    }

    private static async Task<HttpResponseMessage> WriteAsync(HttpClient client, Guid conversationId, string text) =>
        await client.PostAsJsonAsync($"/api/v1/conversations/{conversationId}/messages", new { text });

    private static async Task<JsonElement> InboxAsync(TestCooperative cooperative, bool waiting = false)
    {
        using var inbox = await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/conversations{(waiting ? "?waiting=true" : "")}");
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        return await inbox.JsonAsync();
    }

    private async Task<Guid> PlaceOrderAsync(HttpClient shopper, TestListing listing)
    {
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity = 1 })).EnsureSuccessStatusCode();
        using var checkout = Checkouts.Request(Guid.NewGuid());
        using var placed = await shopper.SendAsync(checkout);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        await factory.DrainOutboxesAsync();
        return (await placed.JsonAsync()).GetProperty("orderId").GetGuid();
    }

    [Fact]
    public async Task AShoppersQuestion_TellsTheCooperativesPeopleOnce_AndItsAnswerIsMailedBack()
    {
        var listing = await factory.Listing().BuildAsync();
        var (shopper, email) = await factory.NewPersonAsync("hoi");

        var asked = await AskAsync(shopper, new { productId = listing.ProductId, text = "  Chè có giao được Hà Nội trong tuần này không?  " });
        var id = asked.GetProperty("id").GetGuid();
        Assert.Equal(listing.Name, asked.GetProperty("title").GetString());
        Assert.Equal("Product", asked.GetProperty("topic").GetString());
        Assert.Equal("Chè có giao được Hà Nội trong tuần này không?", asked.GetProperty("messages")[0].GetProperty("text").GetString()); // trimmed

        // Asking again about the same product continues the same conversation.
        var again = await AskAsync(shopper, new { productId = listing.ProductId, text = "Và giá cho 10 gói?" }, HttpStatusCode.OK);
        Assert.Equal(id, again.GetProperty("id").GetGuid());
        Assert.Equal(2, again.GetProperty("messages").GetArrayLength());

        // Its people are told once, for the conversation now waiting, not for each message.
        await factory.DrainOutboxesAsync();
        var notices = await (await listing.Cooperative.Owner.GetAsync("/api/v1/notices")).JsonAsync();
        var told = Assert.Single(notices.GetProperty("notices").EnumerateArray(), n => n.GetProperty("kind").GetString() == "message");
        Assert.Equal($"/messages/{id}", told.GetProperty("link").GetString());
        Assert.Contains(listing.Name, told.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("10 gói", told.GetProperty("detail").GetString(), StringComparison.Ordinal); // a stranger's words never ride the phones

        var inbox = await InboxAsync(listing.Cooperative, waiting: true);
        Assert.Equal(1, inbox.GetProperty("waiting").GetInt32());
        var listed = Assert.Single(inbox.GetProperty("conversations").EnumerateArray());
        Assert.True(listed.GetProperty("unread").GetBoolean());
        Assert.Equal("Và giá cho 10 gói?", listed.GetProperty("lastText").GetString());

        // The cooperative answers: the conversation no longer waits, and the shopper is mailed the answer with the link.
        using (var answered = await WriteAsync(listing.Cooperative.Owner, id, "Dạ có, giao 2 ngày. 10 gói giảm 5%."))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            var view = await answered.JsonAsync();
            Assert.Equal("Cooperative", view.GetProperty("viewer").GetString());
            Assert.Equal(listing.Cooperative.Name, view.GetProperty("messages")[2].GetProperty("authorName").GetString());
        }

        Assert.Equal(0, (await InboxAsync(listing.Cooperative)).GetProperty("waiting").GetInt32());
        await factory.DrainOutboxesAsync();
        var mail = Assert.Single(factory.MailsTo(email, "trả lời về"));
        Assert.Contains("Dạ có, giao 2 ngày. 10 gói giảm 5%.", mail, StringComparison.Ordinal);
        Assert.Contains($"/messages/{id}", mail, StringComparison.Ordinal);

        // The shopper sees the answer unread until they open the conversation.
        var mine = await (await shopper.GetAsync("/api/v1/conversations")).JsonAsync();
        Assert.True(Assert.Single(mine.EnumerateArray()).GetProperty("unread").GetBoolean());
        var opened = await (await shopper.GetAsync($"/api/v1/conversations/{id}")).JsonAsync();
        Assert.Equal(3, opened.GetProperty("messages").GetArrayLength());
        Assert.False(Assert.Single((await (await shopper.GetAsync("/api/v1/conversations")).JsonAsync()).EnumerateArray()).GetProperty("unread").GetBoolean());

        // A new question after the answer waits again, and tells its people again.
        (await WriteAsync(shopper, id, "Cảm ơn, tôi đặt 10 gói.")).EnsureSuccessStatusCode();
        await factory.DrainOutboxesAsync();
        notices = await (await listing.Cooperative.Owner.GetAsync("/api/v1/notices")).JsonAsync();
        Assert.Equal(2, notices.GetProperty("notices").EnumerateArray().Count(n => n.GetProperty("kind").GetString() == "message"));
    }

    [Fact]
    public async Task NobodyElse_ReadsOrWritesAConversation_AndAdminsOnlyOnceItIsReported()
    {
        var listing = await factory.Listing().BuildAsync();
        var (shopper, _) = await factory.NewPersonAsync("hoi");
        var (stranger, _) = await factory.NewPersonAsync("la");
        var other = await factory.ApprovedCooperativeAsync();
        var asked = await AskAsync(shopper, new { vendorId = listing.Cooperative.Id, text = "Hợp tác xã có nhận làm hộp quà không?" });
        var id = asked.GetProperty("id").GetGuid();
        Assert.Equal($"/storefronts/{listing.Cooperative.Slug}", asked.GetProperty("topicLink").GetString());
        using var admin = await factory.AdminAsync();

        foreach (var outsider in new[] { stranger, other.Owner, admin })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/conversations/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await WriteAsync(outsider, id, "Xin chào")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await other.Owner.GetAsync($"/api/v1/cooperatives/{listing.Cooperative.Id}/conversations")).StatusCode);
        Assert.Empty((await (await stranger.GetAsync("/api/v1/conversations")).JsonAsync()).EnumerateArray());

        // The cooperative reports it; a report needs a reason, and a stranger cannot report it.
        using (var noReason = await listing.Cooperative.Owner.PostAsJsonAsync($"/api/v1/conversations/{id}/report", new { reason = " " }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.True((await noReason.JsonAsync()).GetProperty("errors").TryGetProperty("Reason", out _));
        }

        Assert.Equal(
            HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/conversations/{id}/report", new { reason = "spam" })).StatusCode);
        (await listing.Cooperative.Owner.PostAsJsonAsync($"/api/v1/conversations/{id}/report", new { reason = "Lời lẽ xúc phạm." }))
            .EnsureSuccessStatusCode();

        // The customer sees it was reported, not why; the cooperative that reported it sees its reason.
        var seen = await (await shopper.GetAsync($"/api/v1/conversations/{id}")).JsonAsync();
        Assert.Equal("Cooperative", seen.GetProperty("reportedBy").GetString());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("reportReason").ValueKind);
        Assert.Equal(
            "Lời lẽ xúc phạm.",
            (await (await listing.Cooperative.Owner.GetAsync($"/api/v1/conversations/{id}")).JsonAsync()).GetProperty("reportReason").GetString());

        var reported = Assert.Single(
            (await (await admin.GetAsync("/api/v1/admin/conversations/reported")).JsonAsync()).EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(JsonValueKind.Null, reported.GetProperty("reviewedAt").ValueKind);
        var read = await (await admin.GetAsync($"/api/v1/conversations/{id}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, read.GetProperty("viewer").ValueKind);
        Assert.Equal("Lời lẽ xúc phạm.", read.GetProperty("reportReason").GetString());
        Assert.Equal("Hợp tác xã có nhận làm hộp quà không?", read.GetProperty("messages")[0].GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await WriteAsync(admin, id, "Ban quản trị")).StatusCode); // admins read, they do not write

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/conversations/{id}/reviewed", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shopper.GetAsync("/api/v1/admin/conversations/reported")).StatusCode);
        reported = (await (await admin.GetAsync("/api/v1/admin/conversations/reported")).JsonAsync()).EnumerateArray()
            .Single(c => c.GetProperty("id").GetGuid() == id);
        Assert.NotEqual(JsonValueKind.Null, reported.GetProperty("reviewedAt").ValueKind);
        var audit = await (await admin.GetAsync($"/api/v1/admin/audit?action=ConversationReportReviewed&subjectId={id}")).JsonAsync();
        Assert.Equal("Lời lẽ xúc phạm.", Assert.Single(audit.EnumerateArray()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task AnOrderQuestion_IsTheBuyers_AboutTheirPartWithThatCooperative()
    {
        var listing = await factory.Listing().BuildAsync();
        var other = await factory.Listing().BuildAsync();
        var (buyer, _) = await factory.NewPersonAsync("mua");
        var (stranger, _) = await factory.NewPersonAsync("la");
        var orderId = await PlaceOrderAsync(buyer, listing);

        var asked = await AskAsync(buyer, new { orderId, vendorId = listing.Cooperative.Id, text = "Tôi muốn đổi địa chỉ giao hàng." });
        Assert.Equal("Order", asked.GetProperty("topic").GetString());
        Assert.StartsWith("HTX-", asked.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/orders/{orderId}", asked.GetProperty("topicLink").GetString());

        // Not their order, or a cooperative with no part in it: as if there were no such order.
        await AskAsync(stranger, new { orderId, vendorId = listing.Cooperative.Id, text = "?" }, HttpStatusCode.NotFound);
        await AskAsync(buyer, new { orderId, vendorId = other.Cooperative.Id, text = "?" }, HttpStatusCode.NotFound);
        await AskAsync(buyer, new { orderId = Guid.NewGuid(), vendorId = listing.Cooperative.Id, text = "?" }, HttpStatusCode.NotFound);

        // The cooperative sees it with the link to its orders.
        var opened = await (await listing.Cooperative.Owner.GetAsync($"/api/v1/conversations/{asked.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Equal($"/cooperatives/{listing.Cooperative.Id}/orders", opened.GetProperty("topicLink").GetString());
    }

    [Fact]
    public async Task BadInput_GetsAProblem_AndNothingIsSaved()
    {
        var listing = await factory.Listing().BuildAsync();
        var (shopper, _) = await factory.NewPersonAsync("sai");

        foreach (var bad in new object[]
        {
            new { productId = listing.ProductId, text = "   " },
            new { productId = listing.ProductId, text = new string('a', 2001) },
            new { productId = listing.ProductId, vendorId = listing.Cooperative.Id, text = "Hai thứ một lúc" },
            new { text = "Không hỏi về gì cả" },
        })
        {
            var problem = await AskAsync(shopper, bad, HttpStatusCode.BadRequest);
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
        }

        await AskAsync(shopper, new { productId = Guid.NewGuid(), text = "Sản phẩm không có" }, HttpStatusCode.NotFound);
        await AskAsync(shopper, new { vendorId = Guid.NewGuid(), text = "Hợp tác xã không có" }, HttpStatusCode.NotFound);
        using (var notJson = await shopper.PostAsync("/api/v1/conversations", new StringContent("{\"text\": [1", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        }

        using (var notGuid = await shopper.PostAsync(
            "/api/v1/conversations", new StringContent("{\"productId\": \"abc\", \"text\": \"x\"}", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notGuid.StatusCode);
        }

        Assert.Empty((await (await shopper.GetAsync("/api/v1/conversations")).JsonAsync()).EnumerateArray());

        // A cooperative's own people do not ask it: they answer.
        var own = await AskAsync(listing.Cooperative.Owner, new { productId = listing.ProductId, text = "Tự hỏi" }, HttpStatusCode.Conflict);
        Assert.Equal("conversation.own_cooperative", own.GetProperty("code").GetString());

        // A quick reply needs a name and words.
        using var noTitle = await listing.Cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{listing.Cooperative.Id}/quick-replies", new { title = "", text = "Giao trong 2 ngày." });
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        using var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/conversations", new { text = "x" })).StatusCode);
    }

    [Fact]
    public async Task APerson_WritesAtMostThirtyMessagesAnHour_AndAskingTwiceAtOnce_MakesOneConversation()
    {
        var listing = await factory.Listing().BuildAsync();
        var (shopper, _) = await factory.NewPersonAsync("nhieu");
        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            shopper.PostAsJsonAsync("/api/v1/conversations", new { productId = listing.ProductId, text = $"Câu hỏi {i}" })));
        Assert.All(together, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Single(together, r => r.StatusCode == HttpStatusCode.Created);
        var conversations = (await (await shopper.GetAsync("/api/v1/conversations")).JsonAsync()).EnumerateArray().ToList();
        var id = Assert.Single(conversations).GetProperty("id").GetGuid();
        var written = together.Count(r => r.StatusCode != HttpStatusCode.Conflict);
        for (var i = written; i < 30; i++)
        {
            (await WriteAsync(shopper, id, $"Tin {i}")).EnsureSuccessStatusCode();
        }

        using var tooMany = await WriteAsync(shopper, id, "Tin thứ 31");
        Assert.Equal(HttpStatusCode.TooManyRequests, tooMany.StatusCode);
        Assert.Equal("conversation.too_many", (await tooMany.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(30, (await (await shopper.GetAsync($"/api/v1/conversations/{id}")).JsonAsync()).GetProperty("messages").GetArrayLength());

        // The cooperative answers as much as it needs to.
        (await WriteAsync(listing.Cooperative.Owner, id, "Dạ, chúng tôi trả lời từng câu.")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task OnThePages_AShopperAsks_TheCooperativeAnswersWithAQuickReply_AndBothSeeIt()
    {
        var listing = await factory.Listing().BuildAsync();
        var (_, email) = await factory.NewPersonAsync("trang");
        var shopper = await factory.SignedInPagesAsync(email);
        var product = await shopper.GetPageAsync($"/products/{listing.ProductId}");
        var ask = product.Document.QuerySelector("#ask-cooperative")!.GetAttribute("href")!;
        Assert.Equal($"/messages/new?product={listing.ProductId}", ask);

        var form = await shopper.GetPageAsync(ask);
        Assert.Contains(listing.Name, form.Text("#ask-topic"), StringComparison.Ordinal);
        using (var empty = await shopper.SubmitAsync(form, "#ask-form", new Dictionary<string, string> { ["Text"] = " " }))
        {
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            Assert.Contains("Hãy viết tin nhắn", (await Html.ParseAsync(empty)).Text(".field-error"), StringComparison.Ordinal);
        }

        string address;
        using (var sent = await shopper.SubmitAsync(form, "#ask-form", new Dictionary<string, string> { ["Text"] = "Trà này pha mấy lần được?" }))
        {
            var thread = await Html.ParseAsync(sent);
            address = thread.Url;
            Assert.StartsWith("/messages/", address, StringComparison.Ordinal);
            Assert.Contains("Trà này pha mấy lần được?", thread.Text("#messages"), StringComparison.Ordinal);
        }

        Assert.Equal(address, (await shopper.GetPageAsync(ask)).Url); // asked before: the conversation opens

        // The cooperative keeps a quick reply, puts it in the answer box with a tap, and sends it.
        var owner = await factory.SignedInPagesAsync(listing.Cooperative.OwnerEmail);
        var inbox = await owner.GetPageAsync($"/cooperatives/{listing.Cooperative.Id}/messages");
        Assert.Contains("Trà này pha mấy lần được?", inbox.Text("#conversations"), StringComparison.Ordinal);
        using (var added = await owner.SubmitAsync(inbox, "#quick-reply-form", new Dictionary<string, string>
        {
            ["Title"] = "Cách pha",
            ["Text"] = "Pha được 5 đến 7 lần nước, nước 85 độ.",
        }))
        {
            Assert.Contains("Cách pha", (await Html.ParseAsync(added)).Text("#quick-reply-list"), StringComparison.Ordinal);
        }

        var today = await owner.GetPageAsync($"/cooperatives/{listing.Cooperative.Id}/today");
        Assert.Equal("1", today.Text("#tile-messages strong"));

        var thread2 = await owner.GetPageAsync(address);
        Assert.NotNull(thread2.Document.QuerySelector("#awaiting-answer"));
        var quickId = thread2.Document.QuerySelector("#quick-replies button[name=QuickReplyId]")!.GetAttribute("value")!;
        using var quick = await owner.PostAsync(address + "?handler=Quick", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["QuickReplyId"] = quickId,
            ["__RequestVerificationToken"] = thread2.Document.QuerySelector("#message-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        var filled = await Html.ParseAsync(quick);
        Assert.Equal("Pha được 5 đến 7 lần nước, nước 85 độ.", filled.Document.QuerySelector("#Text")!.TextContent);
        using (var answered = await owner.SubmitAsync(filled, "#message-form", new Dictionary<string, string>
        {
            ["Text"] = "Pha được 5 đến 7 lần nước, nước 85 độ. Cảm ơn anh/chị!",
        }))
        {
            var after = await Html.ParseAsync(answered);
            Assert.Null(after.Document.QuerySelector("#awaiting-answer"));
            Assert.Contains("Cảm ơn anh/chị!", after.Text("#messages"), StringComparison.Ordinal);
        }

        var mine = await shopper.GetPageAsync("/messages");
        Assert.NotNull(mine.Document.QuerySelector("#conversations .conversation.unread"));
        var read = await shopper.GetPageAsync(address);
        Assert.Contains("Cảm ơn anh/chị!", read.Text("#messages"), StringComparison.Ordinal);
        Assert.Null((await shopper.GetPageAsync("/messages")).Document.QuerySelector("#conversations .conversation.unread"));

        // A stranger's page for it is "not found"; the shopper's report form asks for a reason.
        var (_, strangerEmail) = await factory.NewPersonAsync("la");
        using (var strangerPages = await factory.SignedInPagesAsync(strangerEmail))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await strangerPages.GetAsync(address)).StatusCode);
        }

        using var noReason = await shopper.SubmitAsync(read, "#report-form", new Dictionary<string, string> { ["Reason"] = "" });
        Assert.Contains("Hãy cho biết điều gì sai", (await Html.ParseAsync(noReason)).Text("#report-form .field-error"), StringComparison.Ordinal);
    }
}
