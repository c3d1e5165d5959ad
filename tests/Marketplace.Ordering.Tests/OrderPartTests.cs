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

        // After shipping: a failed attempt, a return to sender, the parcel back.
        { "Placed", "FailAttempt", "refused" },
        { "Placed", "ReturnToSender", "refused" },
        { "Placed", "ReceiveReturn", "refused" },
        { "Confirmed", "FailAttempt", "refused" },
        { "Confirmed", "ReturnToSender", "refused" },
        { "Confirmed", "ReceiveReturn", "refused" },
        { "Packed", "FailAttempt", "refused" },
        { "Packed", "ReturnToSender", "refused" },
        { "Packed", "ReceiveReturn", "refused" },
        { "Shipped", "FailAttempt", "DeliveryFailed" },
        { "Shipped", "ReturnToSender", "Returning" },
        { "Shipped", "ReceiveReturn", "refused" },
        { "Delivered", "FailAttempt", "refused" },
        { "Delivered", "ReturnToSender", "refused" },
        { "Delivered", "ReceiveReturn", "refused" },
        { "Cancelled", "FailAttempt", "refused" },
        { "Cancelled", "ReturnToSender", "refused" },
        { "Cancelled", "ReceiveReturn", "refused" },
        { "DeliveryFailed", "Confirm", "refused" },
        { "DeliveryFailed", "Pack", "refused" },
        { "DeliveryFailed", "Ship", "refused" },
        { "DeliveryFailed", "Deliver", "Delivered" },
        { "DeliveryFailed", "Cancel", "refused" },
        { "DeliveryFailed", "FailAttempt", "DeliveryFailed" },
        { "DeliveryFailed", "ReturnToSender", "Returning" },
        { "DeliveryFailed", "ReceiveReturn", "refused" },
        { "Returning", "Confirm", "refused" },
        { "Returning", "Pack", "refused" },
        { "Returning", "Ship", "refused" },
        { "Returning", "Deliver", "refused" },
        { "Returning", "Cancel", "refused" },
        { "Returning", "FailAttempt", "refused" },
        { "Returning", "ReturnToSender", "refused" },
        { "Returning", "ReceiveReturn", "Returned" },
        { "Returned", "Confirm", "refused" },
        { "Returned", "Pack", "refused" },
        { "Returned", "Ship", "refused" },
        { "Returned", "Deliver", "refused" },
        { "Returned", "Cancel", "refused" },
        { "Returned", "FailAttempt", "refused" },
        { "Returned", "ReturnToSender", "refused" },
        { "Returned", "ReceiveReturn", "refused" },
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
    [InlineData("Shipped", false, "Deliver FailAttempt ReturnToSender")]
    [InlineData("DeliveryFailed", false, "Deliver FailAttempt ReturnToSender")]
    [InlineData("Returning", false, "ReceiveReturn")]
    [InlineData("Delivered", false, "")]
    [InlineData("Cancelled", false, "")]
    [InlineData("Returned", false, "")]
    public void TheStepsOffered_AreTheStepsAllowed(string from, bool awaitingPayment, string offered) =>
        Assert.Equal(offered, string.Join(' ', OrderPart.StepsFrom(Enum.Parse<PartStatus>(from), awaitingPayment)));

    [Fact]
    public void AParcelBack_IsNotSold_AsksNoCash_AndKeepsItsReturnFeeAndWhyItCameBack()
    {
        var part = PartIn(PartStatus.Returning);
        Assert.Equal(2 * 350_000 + 30_000, part.CashDueVnd);

        Assert.True(part.Fulfil(FulfilmentAction.ReceiveReturn, null, null, null, Now.AddDays(3), returnFeeVnd: 25_000).IsSuccess);

        Assert.True(part.Undone);
        Assert.Equal(0, part.CashDueVnd);
        Assert.Null(part.CashCollectedVnd);
        Assert.Equal(25_000, part.ReturnFeeVnd);
        Assert.Equal("lý do", part.CancelReason);
        Assert.Equal(2, Assert.Single(part.StockToReturn()).Quantity);
    }

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
            PartStatus.DeliveryFailed => [FulfilmentAction.Confirm, FulfilmentAction.Pack, FulfilmentAction.Ship, FulfilmentAction.FailAttempt],
            PartStatus.Returning => [FulfilmentAction.Confirm, FulfilmentAction.Pack, FulfilmentAction.Ship, FulfilmentAction.ReturnToSender],
            PartStatus.Returned =>
                [FulfilmentAction.Confirm, FulfilmentAction.Pack, FulfilmentAction.Ship, FulfilmentAction.ReturnToSender, FulfilmentAction.ReceiveReturn],
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
