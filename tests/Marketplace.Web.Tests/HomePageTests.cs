using System.Net;
using Marketplace.SharedKernel.Persistence;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests;

public sealed class HomePageTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static readonly string[] DemoCooperatives =
    [
        "HTX Dịch vụ Nông nghiệp Sơn Thủy",
        "HTX Nông nghiệp kinh doanh tổng hợp Đồng Din",
        "HTX Nông nghiệp Thanh niên Như Cố",
        "HTX Suối Giàng",
        "HTX Tân Hoàng Trà",
        "HTX Thảo Đường Vinh",
        "HTX Thuận Phong",
    ];

    [Fact]
    public async Task Home_ByDefault_IsVietnameseAndListsTheSevenCooperatives()
    {
        var page = await factory.CreateClient().GetPageAsync("/");

        Assert.Equal(200, page.Status);
        Assert.Equal("vi", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Các hợp tác xã trên sàn", page.Text("h1"));
        Assert.Equal(DemoCooperatives, page.Texts("#storefronts h2"));
    }

    [Fact]
    public async Task Home_IgnoresAnEnglishBrowser_UntilThePersonPicksEnglish()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        Assert.Equal("Các hợp tác xã trên sàn", (await client.GetPageAsync("/")).Text("h1"));

        var english = await client.SwitchLanguageAsync("en");

        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Cooperatives on the marketplace", english.Text("h1"));
        Assert.Equal("Cooperatives on the marketplace", (await client.GetPageAsync("/")).Text("h1"));
        Assert.Equal("Các hợp tác xã trên sàn", (await client.SwitchLanguageAsync("vi")).Text("h1"));
    }

    [Fact]
    public async Task Storefront_ShowsTheCooperativeAndItsProducts_WithPricesInEachLanguagesFormat()
    {
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/storefronts/htx-thao-duong-vinh");

        Assert.Equal("HTX Thảo Đường Vinh", page.Text("h1"));
        Assert.Equal("Cao Bằng", page.Text("dd.province"));
        var prices = page.Texts("#products .price .amount");
        Assert.Equal(3, prices.Count);
        Assert.Contains("85.000\u00A0₫", prices);
        Assert.Contains("120.000", page.Text("#products .price .was"), StringComparison.Ordinal); // the dried leaves, on sale in the demo OCOP week
        Assert.Contains("túi 500 g", page.Texts("#products .unit").Single(u => u.Contains("túi", StringComparison.Ordinal)));

        var english = await client.SwitchLanguageAsync("en", "/storefronts/htx-thao-duong-vinh");
        Assert.Contains("₫85,000", english.Texts("#products .price .amount"));
        Assert.Contains("Dried stevia", english.Texts("#products h3"));
    }

    [Theory]
    [InlineData("/storefronts/no-such-cooperative")]
    [InlineData("/this/page/does/not/exist")]
    public async Task UnknownPages_AnswerAFriendly404_InTheChosenLanguage(string url)
    {
        var client = factory.CreateClient();
        using var response = await client.GetAsync(url);
        var page = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy trang", page.Text("h1"));

        await client.SwitchLanguageAsync("en");
        using var english = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        Assert.Equal("Page not found", (await Html.ParseAsync(english)).Text("h1"));
    }

    [Fact]
    public void TheHost_RunsOnTheDatabaseTheSuiteAskedFor()
    {
        var expected = TestDatabase.UsePostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        Assert.Equal(expected, factory.Services.GetRequiredService<IModuleDatabase>().Provider);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        using var response = await factory.CreateClient().GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_LiveAndReady_Answer200()
    {
        var client = factory.CreateClient();
        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryToken_IsRefused()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@example.vn", ["Input.Password"] = "x" });
        using var response = await factory.CreateClient().PostAsync("/account/login", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        // Only the language switch goes without: it is on pages cached for every visitor, and harms nothing.
        using var language = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" });
        using var switched = await factory.CreateClient(new() { AllowAutoRedirect = false }).PostAsync("/language", language);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
    }
}
