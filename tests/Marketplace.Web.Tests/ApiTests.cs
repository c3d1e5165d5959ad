using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests;

public sealed class ApiTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task Storefronts_ListsTheSevenApprovedCooperatives()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/storefronts");
        var json = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(7, json.GetArrayLength());
        Assert.Contains(json.EnumerateArray(), s =>
            s.GetProperty("slug").GetString() == "htx-suoi-giang" && s.GetProperty("province").GetString() == "Lào Cai");
    }

    [Fact]
    public async Task Storefront_AndItsProducts_ComeFromTwoModules()
    {
        var client = factory.CreateClient();
        var storefront = await (await client.GetAsync("/api/v1/storefronts/htx-suoi-giang")).JsonAsync();
        var cooperativeId = storefront.GetProperty("vendorId").GetGuid();

        var products = await (await client.GetAsync($"/api/v1/vendors/{cooperativeId}/products")).JsonAsync();

        Assert.Equal(2, products.GetArrayLength());
        var tea = products.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Trà Shan Tuyết cổ thụ");
        Assert.Equal(350_000, tea.GetProperty("price").GetProperty("amount").GetInt64());
        Assert.Equal("VND", tea.GetProperty("price").GetProperty("currency").GetString());
    }

    [Fact]
    public async Task UnknownStorefront_Is404ProblemDetails_WithItsCode()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/storefronts/no-such-cooperative");
        var problem = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("storefront.not_found", problem.GetProperty("code").GetString());
        Assert.Equal("Không tìm thấy gian hàng.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AMalformedSlug_Is400ValidationProblem()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/storefronts/NOT%20A%20SLUG");
        var problem = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Slug", out _));
    }

    [Fact]
    public async Task ProblemTitles_FollowAcceptLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/storefronts/no-such-cooperative");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal("No such storefront.", (await response.JsonAsync()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("{bad json")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task UnreadableBodies_Are400ProblemDetails_NeverA500(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await factory.CreateClient().PostAsync("/api/v1/account/register", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(200, false)]
    public async Task JsonNestedDeeperThan64Levels_IsRefusedBeforeValidation(int depth, bool readable)
    {
        // An unknown property is skipped, but the reader still walks it: only its depth matters here.
        var body = "{\"extra\":" + new string('[', depth) + new string(']', depth) + "}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await factory.CreateClient().PostAsync("/api/v1/account/register", content);
        var problem = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(readable, problem.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task UnknownApiRoutes_Are404ProblemDetails()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi_AndTheReferencePageServes()
    {
        var client = factory.CreateClient();
        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/storefronts/{slug}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/account/token", out _));

        // What a buyer's purchasing system calls: bulk orders, requests for quotation, orders, invoices, payments.
        foreach (var path in new[]
        {
            "/api/v1/cart/bulk", "/api/v1/cart/bulk/template.csv", "/api/v1/rfqs", "/api/v1/rfqs/{rfqId}/accept",
            "/api/v1/cooperatives/{cooperativeId}/rfqs/{rfqId}/quote", "/api/v1/orders/{orderId}/parts/{partId}/invoice.pdf",
            "/api/v1/orders/{orderId}/payment", "/api/v1/payments/stripe/webhook", "/api/v1/admin/payouts",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        var accept = paths.GetProperty("/api/v1/rfqs/{rfqId}/accept").GetProperty("post");
        Assert.Contains("quoteId", accept.GetProperty("summary").GetString(), StringComparison.Ordinal); // an example body
        using var reference = await client.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task Register_ThenToken_ThenMe_WithTheBearerToken()
    {
        var client = factory.CreateClient();
        var email = $"buyer-{Guid.NewGuid():N}@example.vn";
        using var registered = await client.PostAsJsonAsync(
            "/api/v1/account/register", new { email, password = "Mua#Hang2026", displayName = "Nguyễn Văn A" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        using var token = await client.PostAsJsonAsync("/api/v1/account/token", new { email, password = "Mua#Hang2026" });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var accessToken = (await token.JsonAsync()).GetProperty("accessToken").GetString();

        using var anonymous = await client.GetAsync("/api/v1/account/me");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/account/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var profile = await client.SendAsync(me);
        var json = await profile.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal(email, json.GetProperty("email").GetString());
        Assert.Equal("Nguyễn Văn A", json.GetProperty("displayName").GetString());
        Assert.Equal(["Shopper"], json.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToArray());
    }

    [Fact]
    public async Task Register_WithBadInput_Answers400WithEveryReason()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/account/register")
        {
            Content = JsonContent.Create(new { email = "not-an-email", password = "", displayName = "" }),
        };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        using var response = await factory.CreateClient().SendAsync(request);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("Email", out _));
        Assert.True(errors.TryGetProperty("Password", out _));
        Assert.True(errors.TryGetProperty("DisplayName", out _));
    }

    [Fact]
    public async Task Register_WithADuplicateEmailOrWeakPassword_ExplainsInVietnamese()
    {
        var client = factory.CreateClient();
        var email = $"dup-{Guid.NewGuid():N}@example.vn";
        (await client.PostAsJsonAsync("/api/v1/account/register", new { email, password = "Mua#Hang2026", displayName = "A" })).Dispose();

        using var duplicate = await client.PostAsJsonAsync("/api/v1/account/register", new { email, password = "Mua#Hang2026", displayName = "B" });
        var duplicateErrors = (await duplicate.JsonAsync()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("đã được dùng", duplicateErrors.GetProperty("Email")[0].GetString(), StringComparison.Ordinal);

        using var weak = await client.PostAsJsonAsync("/api/v1/account/register", new { email = $"w-{email}", password = "abc", displayName = "C" });
        var weakErrors = (await weak.JsonAsync()).GetProperty("errors").GetProperty("Password");
        Assert.Contains(weakErrors.EnumerateArray(), e => e.GetString() == "Mật khẩu phải có ít nhất 8 ký tự.");
    }

    [Fact]
    public async Task Token_AfterFiveWrongPasswords_TheAccountIsLockedOut()
    {
        var client = factory.CreateClient();
        var email = $"lock-{Guid.NewGuid():N}@example.vn";
        (await client.PostAsJsonAsync("/api/v1/account/register", new { email, password = "Dung#MatKhau1", displayName = "Lock" })).Dispose();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/account/token", new { email, password = "sai-mat-khau" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var fifth = await client.PostAsJsonAsync("/api/v1/account/token", new { email, password = "sai-mat-khau" });
        using var right = await client.PostAsJsonAsync("/api/v1/account/token", new { email, password = "Dung#MatKhau1" });
        Assert.Equal(HttpStatusCode.Forbidden, right.StatusCode);
        Assert.Equal("account.locked_out", (await right.JsonAsync()).GetProperty("code").GetString());
    }
}
