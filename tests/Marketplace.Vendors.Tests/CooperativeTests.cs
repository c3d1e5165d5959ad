using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Features.DecideCooperative;

namespace Marketplace.Vendors.Tests;

public sealed class CooperativeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_MakesAPendingCooperativeWhoseTaxCodeCounts()
    {
        var cooperative = Builders.Pending();
        Assert.Equal(CooperativeStatus.Pending, cooperative.Status);
        Assert.Equal("htx-thao-duong-vinh", cooperative.Slug);
        Assert.Equal("htx thao duong vinh", cooperative.SearchName);
        Assert.Equal("4800123456", cooperative.ActiveTaxCode);
    }

    [Fact]
    public void Approve_RaisesVendorApprovedForTheOwner()
    {
        var cooperative = Builders.Pending();
        var outcome = cooperative.Decide(CooperativeDecision.Approve, null, Now).Value;

        var raised = Assert.IsType<VendorApprovedIntegrationEvent>(outcome.Raised);
        Assert.Equal(cooperative.Id, raised.CooperativeId);
        Assert.Equal("owner@htx.vn", raised.OwnerEmail);
        Assert.Equal((CooperativeStatus.Pending, CooperativeStatus.Approved), (outcome.Before, outcome.After));
        Assert.Equal(Now, cooperative.ApprovedAt);
    }

    [Fact]
    public void Suspend_RaisesVendorSuspended_AndReinstate_ApprovesAgain()
    {
        var cooperative = Builders.Pending();
        cooperative.Decide(CooperativeDecision.Approve, null, Now);

        var suspended = cooperative.Decide(CooperativeDecision.Suspend, "Giấy phép hết hạn", Now.AddDays(1)).Value;
        Assert.IsType<VendorSuspendedIntegrationEvent>(suspended.Raised);
        Assert.Equal("Giấy phép hết hạn", cooperative.DecisionReason);

        var reinstated = cooperative.Decide(CooperativeDecision.Reinstate, null, Now.AddDays(2)).Value;
        Assert.IsType<VendorApprovedIntegrationEvent>(reinstated.Raised);
        Assert.Equal(CooperativeStatus.Approved, cooperative.Status);
        Assert.Equal(Now, cooperative.ApprovedAt);
        Assert.Null(cooperative.DecisionReason);
    }

    [Fact]
    public void Reject_FreesTheTaxCodeForANewApplication()
    {
        var cooperative = Builders.Pending();
        var outcome = cooperative.Decide(CooperativeDecision.Reject, "Thiếu giấy tờ", Now).Value;
        Assert.Null(outcome.Raised);
        Assert.Null(cooperative.ActiveTaxCode);
        Assert.Equal("4800123456", cooperative.TaxCode);
    }

    /// <summary>Decisions by name (the enum is the module's own, so internal): the earlier steps, then the refused one.</summary>
    public static TheoryData<string, string> RefusedDecisions() => new()
    {
        { "Approve", "Approve" },
        { "Approve", "Reject" },
        { "Reject", "Approve" },
        { "", "Suspend" },
        { "", "Reinstate" },
        { "RequestChanges", "Approve" },
        { "Approve Suspend", "Suspend" },
    };

    [Theory]
    [MemberData(nameof(RefusedDecisions))]
    public void ADecisionTheStateDoesNotAllow_IsRefusedAndChangesNothing(string earlierSteps, string decisionName)
    {
        var earlier = earlierSteps.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<CooperativeDecision>);
        var decision = Enum.Parse<CooperativeDecision>(decisionName);
        var cooperative = Builders.Pending();
        foreach (var step in earlier)
        {
            Assert.True(cooperative.Decide(step, "lý do", Now).IsSuccess);
        }

        var status = cooperative.Status;
        var version = cooperative.Version;
        var result = cooperative.Decide(decision, "lý do", Now);

        Assert.Equal("cooperative.decision_not_allowed", result.Error!.Code);
        Assert.Equal(status, cooperative.Status);
        Assert.Equal(version, cooperative.Version);
    }

    [Fact]
    public void DemoCooperatives_AreTheSevenOfTheReports_InTodaysProvinces_WithValidTaxCodes()
    {
        var approved = DemoCooperatives.Approved;
        Assert.Equal(7, approved.Count);
        Assert.Equal(9, approved.Append(DemoCooperatives.Pending).Append(DemoCooperatives.Rejected).Select(c => c.Id).Distinct().Count());
        Assert.All(approved, c => Assert.True(SharedKernel.Vietnam.Provinces.Contains(c.Application.Province), c.Application.Province));
        Assert.All(approved, c => Assert.True(SharedKernel.Vietnam.TaxCode.IsValid(c.Application.TaxCode), c.Application.TaxCode));
        Assert.All(approved, c => Assert.NotNull(SharedKernel.Vietnam.PhoneNumber.Normalize(c.Application.Phone)));
        Assert.Contains(approved, c => c.Application.LegalName == "HTX Suối Giàng" && c.Application.Province == "Lào Cai");
    }
}
