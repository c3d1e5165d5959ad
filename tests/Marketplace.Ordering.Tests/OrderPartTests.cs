using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;

namespace Marketplace.Ordering.Tests;

/// <summary>An order part's fulfilment as a table: every state against every step a cooperative can take.</summary>
public sealed class OrderPartTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);

    /// <summary>From, step, and where it leads; "refused" when the state does not allow the step.</summary>
    public static TheoryData<string, string, string> Steps() => new()
    {
        { "Placed", "Confirm", "Confirmed" },
        { "Placed", "Pack", "refused" },
        { "Placed", "Ship", "refused" },
        { "Placed", "Deliver", "refused" },
        { "Placed", "Cancel", "Cancelled" },
        { "Confirmed", "Confirm", "refused" },
        { "Confirmed", "Pack", "Packed" },
        { "Confirmed", "Ship", "refused" },
        { "Confirmed", "Deliver", "refused" },
        { "Confirmed", "Cancel", "Cancelled" },
        { "Packed", "Confirm", "refused" },
        { "Packed", "Pack", "refused" },
        { "Packed", "Ship", "Shipped" },
        { "Packed", "Deliver", "refused" },
        { "Packed", "Cancel", "Cancelled" },
        { "Shipped", "Confirm", "refused" },
        { "Shipped", "Pack", "refused" },
        { "Shipped", "Ship", "refused" },
        { "Shipped", "Deliver", "Delivered" },
        { "Shipped", "Cancel", "refused" },
        { "Delivered", "Confirm", "refused" },
        { "Delivered", "Pack", "refused" },
        { "Delivered", "Ship", "refused" },
        { "Delivered", "Deliver", "refused" },
        { "Delivered", "Cancel", "refused" },
        { "Cancelled", "Confirm", "refused" },
        { "Cancelled", "Pack", "refused" },
        { "Cancelled", "Ship", "refused" },
        { "Cancelled", "Deliver", "refused" },
        { "Cancelled", "Cancel", "refused" },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void AStep_LeadsWhereTheTableSays_AndARefusedOneChangesNothing(string from, string step, string expected)
    {
        var part = PartIn(Enum.Parse<PartStatus>(from));
        var timeline = part.Timeline.Count;

        var result = part.Fulfil(Enum.Parse<FulfilmentAction>(step), "GHN", "GHN123", "Hết hàng", Now.AddDays(1));

        if (expected == "refused")
        {
            Assert.False(result.IsSuccess);
            Assert.Equal(Enum.Parse<PartStatus>(from), part.Status);
            Assert.Equal(timeline, part.Timeline.Count);
        }
        else
        {
            Assert.True(result.IsSuccess, result.Error?.Message);
            Assert.Equal(Enum.Parse<PartStatus>(expected), part.Status);
            Assert.Equal(part.Status, part.Timeline[^1].Status);
        }
    }

    /// <summary>What the cooperative's order list offers: exactly the steps the table allows (an unpaid part: cancel only).</summary>
    [Theory]
    [InlineData("Placed", false, "Confirm Cancel")]
    [InlineData("Placed", true, "Cancel")]
    [InlineData("Confirmed", false, "Pack Cancel")]
    [InlineData("Packed", false, "Ship Cancel")]
    [InlineData("Shipped", false, "Deliver")]
    [InlineData("Delivered", false, "")]
    [InlineData("Cancelled", false, "")]
    public void TheStepsOffered_AreTheStepsAllowed(string from, bool awaitingPayment, string offered) =>
        Assert.Equal(offered, string.Join(' ', OrderPart.StepsFrom(Enum.Parse<PartStatus>(from), awaitingPayment)));

    [Fact]
    public void AnUnpaidTransferPart_CannotBeConfirmed_UntilThePaymentArrives()
    {
        var part = new OrderPart(OrderPartId.New(), OrderId.New(), CooperativeId.New(), "HTX Suối Giàng", [Line()], 30_000, cashOnDelivery: false, Now);
        Assert.False(part.Fulfil(FulfilmentAction.Confirm, null, null, null, Now).IsSuccess);
        part.PaymentReceived();
        Assert.Equal(PartStatus.Confirmed, part.Fulfil(FulfilmentAction.Confirm, null, null, null, Now).Value);
    }

    /// <summary>A cash-on-delivery part taken along the only road to <paramref name="status"/>.</summary>
    private static OrderPart PartIn(PartStatus status)
    {
        var part = new OrderPart(OrderPartId.New(), OrderId.New(), CooperativeId.New(), "HTX Suối Giàng", [Line()], 30_000, cashOnDelivery: true, Now);
        FulfilmentAction[] road = status switch
        {
            PartStatus.Placed => [],
            PartStatus.Confirmed => [FulfilmentAction.Confirm],
            PartStatus.Packed => [FulfilmentAction.Confirm, FulfilmentAction.Pack],
            PartStatus.Shipped => [FulfilmentAction.Confirm, FulfilmentAction.Pack, FulfilmentAction.Ship],
            PartStatus.Delivered => [FulfilmentAction.Confirm, FulfilmentAction.Pack, FulfilmentAction.Ship, FulfilmentAction.Deliver],
            _ => [FulfilmentAction.Cancel],
        };
        foreach (var step in road)
        {
            Assert.True(part.Fulfil(step, "GHN", "GHN123", "lý do", Now).IsSuccess);
        }

        return part;
    }

    private static OrderLine Line() => new(VariantId.New(), "SG-500", "Trà Shan Tuyết", "bag", 500, 2, 350_000);
}
