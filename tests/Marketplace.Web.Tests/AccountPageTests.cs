using System.Text.RegularExpressions;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests;

public sealed partial class AccountPageTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static Dictionary<string, string> Registration(string email, string password, string confirm = "") => new()
    {
        ["Input.DisplayName"] = "Trần Thị Bình",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = confirm.Length > 0 ? confirm : password,
    };

    [Fact]
    public async Task Register_WithBadInput_ShowsEveryReasonInVietnamese()
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync("/account/register");

        using var response = await client.SubmitAsync(form, "main form", Registration("khong-phai-email", "abc", "abd"));
        var page = await Html.ParseAsync(response);

        var errors = page.Texts(".field-error").Where(e => e.Length > 0).ToList();
        Assert.Contains("E-mail không phải là địa chỉ e-mail hợp lệ.", errors);
        Assert.Contains("Hai mật khẩu không khớp nhau.", errors);
    }

    [Fact]
    public async Task Register_WithAWeakPasswordOrATakenEmail_ShowsIdentitysReasonsInTheChosenLanguage()
    {
        var client = factory.CreateClient();
        var email = $"binh-{Guid.NewGuid():N}@example.vn";
        using (await client.SubmitAsync(await client.GetPageAsync("/account/register"), "main form", Registration(email, "Binh#2026Mua")))
        {
        }

        var stranger = factory.CreateClient();
        var weak = await Html.ParseAsync(
            await stranger.SubmitAsync(await stranger.GetPageAsync("/account/register"), "main form", Registration($"x{email}", "abcdefgh")));
        Assert.Contains("Mật khẩu phải có ít nhất một chữ số (0-9).", weak.Texts(".field-error"));

        await stranger.SwitchLanguageAsync("en", "/account/register");
        var taken = await Html.ParseAsync(
            await stranger.SubmitAsync(await stranger.GetPageAsync("/account/register"), "main form", Registration(email, "Binh#2026Mua")));
        Assert.Contains($"The e-mail '{email}' is already used by another account.", taken.Texts(".field-error"));
    }

    [Fact]
    public async Task Register_SignsTheShopperIn_AndSignOutSignsOut()
    {
        var client = factory.CreateClient();
        var email = $"an-{Guid.NewGuid():N}@example.vn";

        var home = await Html.ParseAsync(
            await client.SubmitAsync(await client.GetPageAsync("/account/register"), "main form", Registration(email, "An#Mua2026")));
        Assert.Equal("/", home.Url);
        Assert.Contains(email, home.Text(".hello"), StringComparison.Ordinal);
        Assert.Equal("Tài khoản đã được tạo. Chào mừng Trần Thị Bình!", home.Text("#flash"));

        var signedOut = await Html.ParseAsync(await client.SubmitAsync(home, "header nav form", new Dictionary<string, string>()));
        Assert.Equal("Bạn đã đăng xuất.", signedOut.Text(".notice"));
        Assert.Empty(signedOut.Text(".hello"));
    }

    [Fact]
    public async Task SignIn_WithTheRightPassword_AndLockoutAfterFiveWrongOnes()
    {
        var client = factory.CreateClient();
        var email = $"cuong-{Guid.NewGuid():N}@example.vn";
        using (await client.SubmitAsync(await client.GetPageAsync("/account/register"), "main form", Registration(email, "Cuong#2026")))
        {
        }

        var visitor = factory.CreateClient();
        var signedIn = await Html.ParseAsync(await visitor.SubmitAsync(await visitor.GetPageAsync("/account/login"), "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Cuong#2026",
        }));
        Assert.Contains(email, signedIn.Text(".hello"), StringComparison.Ordinal);

        var guesser = factory.CreateClient();
        HtmlPage last = await guesser.GetPageAsync("/account/login");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            last = await Html.ParseAsync(await guesser.SubmitAsync(await guesser.GetPageAsync("/account/login"), "main form", new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = "doan-mo",
            }));
        }

        Assert.Contains("Tài khoản tạm khóa", last.Text(".errors"), StringComparison.Ordinal);
        var locked = await Html.ParseAsync(await guesser.SubmitAsync(await guesser.GetPageAsync("/account/login"), "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Cuong#2026",
        }));
        Assert.Contains("Tài khoản tạm khóa", locked.Text(".errors"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordReset_ByTheLinkMailedInTheAccountsLanguage()
    {
        var client = factory.CreateClient();
        await client.SwitchLanguageAsync("en", "/account/register");
        var email = $"dung-{Guid.NewGuid():N}@example.vn";
        using (await client.SubmitAsync(await client.GetPageAsync("/account/register"), "main form", Registration(email, "Dung#2026")))
        {
        }

        var forgetful = factory.CreateClient();
        var sent = await Html.ParseAsync(await forgetful.SubmitAsync(
            await forgetful.GetPageAsync("/account/forgot-password"), "main form", new Dictionary<string, string> { ["Input.Email"] = email }));
        Assert.Equal("Nếu e-mail này có tài khoản, liên kết đặt lại mật khẩu đã được gửi tới.", sent.Text("#forgot-sent"));

        var mail = Directory.GetFiles(factory.MailFolder, "*.eml")
            .Select(f => MimeKit.MimeMessage.Load(f))
            .Single(m => m.To.Mailboxes.Any(b => b.Address == email));
        Assert.Equal("Reset your Co-op Market password", mail.Subject);
        var link = new Uri(ResetLink().Match(mail.TextBody ?? string.Empty).Value);

        var resetForm = await forgetful.GetPageAsync(link.PathAndQuery);
        var signInPage = await Html.ParseAsync(await forgetful.SubmitAsync(resetForm, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = "Moi#MatKhau2026",
            ["Input.ConfirmPassword"] = "Moi#MatKhau2026",
        }));
        Assert.Equal("Mật khẩu đã được đặt lại. Bạn có thể đăng nhập.", signInPage.Text(".notice"));

        var signedIn = await Html.ParseAsync(await forgetful.SubmitAsync(signInPage, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Moi#MatKhau2026",
        }));
        Assert.Contains(email, signedIn.Text(".hello"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordReset_WithAForgedToken_IsRefused()
    {
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/account/reset-password?email=admin%40htx-marketplace.vn&token=forged");
        var result = await Html.ParseAsync(await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = "Hack#2026abc",
            ["Input.ConfirmPassword"] = "Hack#2026abc",
        }));
        Assert.Equal("Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.", result.Text(".errors"));
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
