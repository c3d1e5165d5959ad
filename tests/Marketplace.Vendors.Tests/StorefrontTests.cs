using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.DecideCooperative;
using Marketplace.Vendors.Features.EditStorefront;

namespace Marketplace.Vendors.Tests;

public sealed class StorefrontTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static StorefrontProfile Profile(string name) =>
        new(name, "Khẩu hiệu", "Câu chuyện", null, "Nông Thị Vinh", "0912345678", "a@htx.vn", "Cao Bằng", "xã Thạch An", "thôn Độc Lập");

    [Fact]
    public void APendingApplication_HasNoStorefrontToEdit()
    {
        var cooperative = Builders.Pending();
        var edited = cooperative.EditStorefront(Profile("Tên mới"), "ten-moi", Now);
        Assert.Equal("storefront.not_open", edited.Error!.Code);
        Assert.Equal("HTX Thảo Đường Vinh", cooperative.Name);
        Assert.Equal("storefront.not_open", cooperative.ReplaceImage(StorefrontImageKind.Logo, "x.png").Error!.Code);
    }

    [Fact]
    public void AnApprovedStorefront_IsEdited_AndTellsTheOthersItsNewNameAndSlug()
    {
        var cooperative = Builders.Pending();
        cooperative.Decide(CooperativeDecision.Approve, null, Now);
        var edited = cooperative.EditStorefront(Profile("Cỏ Ngọt Độc Lập"), "co-ngot-doc-lap", Now);

        var raised = Assert.IsType<VendorProfileChangedIntegrationEvent>(edited.Value);
        Assert.Equal(("Cỏ Ngọt Độc Lập", "co-ngot-doc-lap", "Cao Bằng"), (raised.Name, raised.Slug, raised.Province));
        Assert.Equal("co ngot doc lap", cooperative.SearchName);
    }

    [Fact]
    public void ASuspendedStorefront_CanStillBeFixed_AndAReplacedLogoIsReturnedForDeletion()
    {
        var cooperative = Builders.Pending();
        cooperative.Decide(CooperativeDecision.Approve, null, Now);
        cooperative.Decide(CooperativeDecision.Suspend, "Kiểm tra", Now);

        Assert.True(cooperative.EditStorefront(Profile("Tên"), "ten", Now).IsSuccess);
        Assert.Null(cooperative.ReplaceImage(StorefrontImageKind.Logo, "first.png").Value);
        Assert.Equal("first.png", cooperative.ReplaceImage(StorefrontImageKind.Logo, "second.png").Value);
        Assert.Equal("second.png", cooperative.LogoKey);
    }
}
