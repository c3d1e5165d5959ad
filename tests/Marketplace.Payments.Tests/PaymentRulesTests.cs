using System.Text;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.BankTransfer;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Marketplace.SharedKernel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Tests;

public sealed class PaymentRulesTests
{
    private static readonly DateTimeOffset Placed = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);

    private static Payment CardPayment() => new(
        new OrderForPayment(OrderId.New(), "HTX-261126-7K4Q9M2X", UserId.From(Guid.NewGuid()), "lan@example.vn", PaymentMethod.Card, Placed, "vi",
            [new PartForPayment(OrderPartId.New(), CooperativeId.New(), "HTX Suối Giàng", 700_000, 740_000, PartStatus.Placed, [])]),
        500,
        Placed.AddHours(1));

    [Fact]
    public void TheChecksum_IsCrc16CcittFalse_WithItsPublishedCheckValue()
    {
        // The catalogue of CRC algorithms gives 0x29B1 for "123456789" under CRC-16/CCITT-FALSE.
        Assert.Equal(0x29B1, VietQr.Crc16Ccitt(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void AVietQrPayload_EndsWithTheChecksumOfEverythingBeforeIt()
    {
        var payload = VietQr.Payload("970436", "0011004455667", 1_250_000, "HTX2611267K4Q9M2X");
        Assert.StartsWith("000201010212", payload, StringComparison.Ordinal);
        Assert.Contains("5303704", payload, StringComparison.Ordinal);
        Assert.Contains("54071250000", payload, StringComparison.Ordinal);
        Assert.Contains("62210817HTX2611267K4Q9M2X", payload, StringComparison.Ordinal);
        Assert.Equal(
            VietQr.Crc16Ccitt(Encoding.ASCII.GetBytes(payload[..^4])).ToString("X4", System.Globalization.CultureInfo.InvariantCulture), payload[^4..]);
    }

    [Theory]
    [InlineData(700_000, 500, 35_000)]
    [InlineData(12_345, 500, 617)]   // 617.25 → 617
    [InlineData(12_350, 500, 618)]   // 617.5 → 618, half away from zero
    [InlineData(-12_350, 500, -618)]
    [InlineData(999_999_999, 1, 100_000)]
    public void Commission_IsRoundedHalfAwayFromZero_ToTheDong(long amount, int basisPoints, long expected) =>
        Assert.Equal(expected, Commission.Of(amount, basisPoints));

    [Fact]
    public void ASuccess_OutranksAFailure_AndAFailureAfterASuccessIsIgnored()
    {
        var payment = CardPayment();
        Assert.True(payment.Fail("Thẻ bị từ chối."));
        Assert.Equal(PaymentStatus.Failed, payment.Status);
        Assert.True(payment.Succeed(Placed.AddMinutes(5)));
        Assert.False(payment.Succeed(Placed.AddMinutes(6)));
        Assert.False(payment.Fail("muộn"));
        Assert.Equal(PaymentStatus.Succeeded, payment.Status);
        Assert.False(payment.Expire(Placed.AddHours(2)));
    }

    [Fact]
    public void APaymentExpires_OnlyOnceItsDeadlineHasPassed()
    {
        var payment = CardPayment();
        Assert.False(payment.Expire(Placed.AddMinutes(59)));
        Assert.True(payment.Expire(Placed.AddHours(1)));
        Assert.Equal(PaymentStatus.Expired, payment.Status);
    }

    [Fact]
    public void APartCancelledBeforePayment_IsNoLongerDue()
    {
        var payment = CardPayment();
        payment.PartCancelled(payment.Parts[0].PartId, Placed.AddMinutes(5));
        Assert.Equal(0, payment.AmountVnd);
        Assert.Equal(PaymentStatus.Cancelled, payment.Status);
    }

    [Fact]
    public void ACashOrder_OnePartDelivered_TheOtherCancelled_IsCollected_OnTheDayOfTheLastChange()
    {
        var payment = new Payment(
            new OrderForPayment(OrderId.New(), "HTX-261204-8M3N2P4Q", UserId.From(Guid.NewGuid()), "lan@example.vn", PaymentMethod.CashOnDelivery, Placed,
                "vi",
                [
                    new PartForPayment(OrderPartId.New(), CooperativeId.New(), "HTX Suối Giàng", 300_000, 330_000, PartStatus.Placed, []),
                    new PartForPayment(OrderPartId.New(), CooperativeId.New(), "HTX Thuận Phong", 200_000, 230_000, PartStatus.Placed, []),
                ]),
            500,
            Placed.AddHours(1));
        Assert.Equal(560_000, payment.AmountVnd);

        payment.CollectedOnDelivery(payment.Parts[0].PartId, 330_000, Placed.AddDays(2));
        Assert.Equal(PaymentStatus.DueOnDelivery, payment.Status); // the other part is still to come
        Assert.Null(payment.PaidAt);

        payment.PartCancelled(payment.Parts[1].PartId, Placed.AddDays(3));
        Assert.Equal(330_000, payment.AmountVnd);
        Assert.Equal(PaymentStatus.CollectedOnDelivery, payment.Status);
        Assert.Equal(Placed.AddDays(3), payment.PaidAt);
    }

    [Fact]
    public async Task TheLedger_RefusesToSaveAChangedOrDeletedEntry()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new PaymentsDbContext(new DbContextOptionsBuilder<PaymentsDbContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
        var entry = new LedgerEntry(CooperativeId.New(), "HTX Suối Giàng", LedgerEntryKind.Sale, 740_000, "sale:1", "Bán hàng", Placed);
        db.Ledger.Add(entry);
        await db.SaveChangesAsync();

        db.Ledger.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Ledger.Add(entry.Reverse("Ghi nhầm", Placed.AddDays(1), pending: false));
        await db.SaveChangesAsync();
        Assert.Equal(0, await db.Ledger.SumAsync(e => e.AmountVnd));
    }
}
