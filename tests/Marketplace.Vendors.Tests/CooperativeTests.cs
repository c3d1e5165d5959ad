using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;

namespace Marketplace.Vendors.Tests;

public sealed class CooperativeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static CooperativeProfile Profile(string name = "HTX Thảo Đường Vinh") =>
        new(name, "Cao Bằng", "xã Thạch An", "thôn Độc Lập", "Cỏ ngọt", "Câu chuyện", null);

    [Fact]
    public void Register_MakesAPendingCooperativeWithAFoldedSlug()
    {
        var cooperative = Cooperative.Register(Guid.NewGuid(), Profile(), Now);
        Assert.Equal(CooperativeStatus.Pending, cooperative.Status);
        Assert.Equal("htx-thao-duong-vinh", cooperative.Slug);
        Assert.Equal("htx thao duong vinh", cooperative.SearchName);
    }

    [Fact]
    public void Approve_RaisesVendorApprovedWithTheStorefrontFacts()
    {
        var id = Guid.NewGuid();
        var cooperative = Cooperative.Register(id, Profile(), Now);
        var raised = Assert.IsType<VendorApprovedIntegrationEvent>(cooperative.Approve(Now.AddHours(1)));
        Assert.Equal(id, raised.VendorId);
        Assert.Equal("htx-thao-duong-vinh", raised.Slug);
        Assert.Equal("Cao Bằng", raised.Province);
        Assert.Equal(Now.AddHours(1), cooperative.ApprovedAt);
        Assert.Equal(CooperativeStatus.Approved, cooperative.Status);
    }

    [Fact]
    public void Approve_Twice_Throws()
    {
        var cooperative = Cooperative.Register(Guid.NewGuid(), Profile(), Now);
        cooperative.Approve(Now);
        Assert.Throws<InvalidOperationException>(() => cooperative.Approve(Now));
    }

    [Fact]
    public void DemoCooperatives_AreTheSevenOfTheReports_InTodaysProvinces()
    {
        var all = DemoCooperatives.All;
        Assert.Equal(7, all.Count);
        Assert.Equal(7, all.Select(c => c.Id).Distinct().Count());
        Assert.Equal(7, all.Select(c => Cooperative.Register(c.Id, c.Profile, Now).Slug).Distinct().Count());
        string[] provincesSinceJuly2025 = ["Cao Bằng", "Lào Cai", "Phú Thọ", "Thái Nguyên", "Đắk Lắk"];
        Assert.All(all, c => Assert.Contains(c.Profile.Province, provincesSinceJuly2025));
        Assert.Contains(all, c => c.Profile.Name == "HTX Suối Giàng" && c.Profile.Province == "Lào Cai");
    }
}
