using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;

namespace Marketplace.Ordering.Tests;

/// <summary>What a return asks and how it may move: each side's step only in its turn, and no amount outside what was asked.</summary>
public sealed class ReturnRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly RefundAccount Account = new("BIDV", "31410001234567", "LE NAM");

    private static OrderPart Part() =>
        new(OrderPartId.New(), OrderId.New(), CooperativeId.New(), "HTX Nhãn Hưng Yên",
            [new OrderLine(VariantId.New(), "NHAN-1KG", "Nhãn lồng", "kg", 1000, 4, 60_000)], 35_000, cashOnDelivery: true, Now);

    private static ReturnRequest Asked(OrderPart part, int quantity, bool refundsDelivery) =>
        new(part, "HTX-2607-0001", UserId.From(Guid.NewGuid()), "khach@example.vn", "vi",
            [new ReturnLine(part.Lines[0].VariantId, "NHAN-1KG", "Nhãn lồng", "kg", quantity, 60_000)],
            ReturnReason.Spoiled, "Quả bị úng", refundsDelivery, part.TotalVnd, byTransfer: false, null, Now);

    [Theory]
    [InlineData(4, true, 4 * 60_000 + 35_000)]
    [InlineData(4, false, 4 * 60_000)]
    [InlineData(3, true, 3 * 60_000)]
    public void TheDeliveryFeeIsAsked_OnlyWhenThePolicyGivesItBack_AndAllOfThePartComesBack(int quantity, bool refundsDelivery, long asked) =>
        Assert.Equal(asked, Asked(Part(), quantity, refundsDelivery).AskedVnd);

    [Theory]
    [InlineData(false, 4, true, 4 * 60_000 - 48_000 + 35_000)] // 20 % off the goods: all back is what was paid
    [InlineData(false, 1, true, 60_000 - 12_000)]              // one of four: a quarter of the discount stays off
    [InlineData(true, 4, true, 4 * 60_000 + 35_000 - 20_000)]  // free delivery, up to 20.000 ₫: the fee back is what was paid of it
    [InlineData(true, 2, false, 2 * 60_000)]
    public void WithAVoucher_WhatIsAsked_IsWhatTheBuyerPaid_NotTheListPrice(bool onDelivery, int quantity, bool refundsDelivery, long asked)
    {
        var part = new OrderPart(
            OrderPartId.New(), OrderId.New(), CooperativeId.New(), "HTX Nhãn Hưng Yên",
            [new OrderLine(VariantId.New(), "NHAN-1KG", "Nhãn lồng", "kg", 1000, 4, 60_000)], 35_000, cashOnDelivery: true, Now,
            discount: new ParcelDiscount(CooperativeId.New(), onDelivery ? 20_000 : 48_000, 0, onDelivery));
        Assert.Equal(asked, Asked(part, quantity, refundsDelivery).AskedVnd);
    }

    [Fact]
    public void AnOffer_IsMoreThanNothing_AndLessThanWhatWasAsked_AndOnlyTheShopperTakesOrDisputesIt()
    {
        var request = Asked(Part(), 2, refundsDelivery: false);
        Assert.False(request.Offer(0, "x", "hợp tác xã", Now).IsSuccess);
        Assert.False(request.Offer(120_000, "x", "hợp tác xã", Now).IsSuccess);
        Assert.False(request.TakeOffer(Now).IsSuccess);
        Assert.Equal(ReturnStatus.Offered, request.Offer(50_000, "Giữ lại quả", "hợp tác xã", Now).Value);
        Assert.False(request.Accept(false, "hợp tác xã", Now).IsSuccess);
        Assert.Equal(ReturnStatus.Agreed, request.TakeOffer(Now).Value);
        Assert.Equal(50_000, request.RefundVnd);
        Assert.False(request.Dispute(Now).IsSuccess);

        request.Refunded("Stripe refused", Now);
        Assert.Equal(ReturnStatus.Agreed, request.Status);
        Assert.Equal("Stripe refused", request.RefundProblem);
        request.Refunded(null, Now);
        Assert.Equal(ReturnStatus.Refunded, request.Status);
        Assert.Null(request.RefundProblem);
    }

    [Fact]
    public void ARefusalDisputed_IsSettledFromNothingToAllThatWasAsked_AndAtNothingItCloses()
    {
        var request = Asked(Part(), 1, refundsDelivery: false);
        Assert.False(request.Settle(10_000, "x", "admin", Now).IsSuccess);
        request.Refuse("Quả vẫn tốt", "hợp tác xã", Now);
        Assert.Equal(ReturnStatus.Disputed, request.Dispute(Now).Value);
        Assert.False(request.Settle(60_001, "x", "admin", Now).IsSuccess);
        Assert.False(request.Settle(-1, "x", "admin", Now).IsSuccess);
        Assert.Equal(ReturnStatus.Closed, request.Settle(0, "Ảnh không cho thấy hư hỏng", "admin", Now).Value);
        Assert.Equal(0, request.RefundVnd);
        Assert.False(request.Open);
    }

    [Fact]
    public void WhatIsAsked_IsNeverMoreThanThePartStillHasToGiveBack()
    {
        var part = Part();
        var request = new ReturnRequest(
            part, "HTX-2607-0002", UserId.From(Guid.NewGuid()), "khach@example.vn", "vi",
            [new ReturnLine(part.Lines[0].VariantId, "NHAN-1KG", "Nhãn lồng", "kg", 4, 60_000)],
            ReturnReason.Damaged, null, refundsDelivery: true, refundableVnd: 200_000, byTransfer: true, Account, Now);
        Assert.Equal(200_000, request.AskedVnd);
    }

    [Fact]
    public void AnUnansweredRequest_GoesToTheAllianceAfterThreeDays_AndATransferIsRecordedOnceAgreed()
    {
        var request = new ReturnRequest(
            Part(), "HTX-2607-0003", UserId.From(Guid.NewGuid()), "khach@example.vn", "vi",
            [new ReturnLine(VariantId.New(), "NHAN-1KG", "Nhãn lồng", "kg", 1, 60_000)],
            ReturnReason.WrongItem, null, refundsDelivery: false, refundableVnd: 275_000, byTransfer: true, Account, Now);
        Assert.False(request.Dispute(Now.AddDays(2)).IsSuccess);
        Assert.False(request.Transferred("admin", Now).IsSuccess);
        Assert.Equal(ReturnStatus.Disputed, request.Dispute(Now.AddDays(3)).Value);
        Assert.Equal(ReturnStatus.Agreed, request.Settle(60_000, "Giao sai hàng", "admin", Now.AddDays(4)).Value);
        Assert.True(request.Transferred("admin", Now.AddDays(4)).IsSuccess);
        Assert.False(request.Transferred("admin", Now.AddDays(4)).IsSuccess);
        Assert.Equal("admin", request.TransferredBy);
    }
}
