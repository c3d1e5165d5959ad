using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;

namespace Marketplace.Ordering.Tests;

/// <summary>A short harvest shared out: the shares always add up to the harvest, to the unit, and never pass what was asked.</summary>
public sealed class AllocationTests
{
    private static readonly DateTimeOffset Start = new(2027, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static List<Reservation> Reservations(PreorderWindow window, params int[] held) =>
        [.. held.Select((q, i) => new Reservation(window, UserId.From(Guid.NewGuid()), $"b{i}@example.vn", "vi", q, false, Start.AddMinutes(i)))];

    private static PreorderWindow Window(AllocationRule rule) => new(
        Guid.NewGuid(),
        new PreorderFacts(
            CooperativeId.New(), "HTX", "Hưng Yên", ProductId.New(), VariantId.New(), "NH-1", "Nhãn lồng",
            "kg", 1000),
        new PreorderTerms("NL-1", new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30), new DateOnly(2027, 7, 15), 1_000_000, 40_000, 30, rule),
        Start);

    [Theory]
    [InlineData(new[] { 1, 1, 1 }, 2, new[] { 1, 1, 0 })] // a tie goes to the earliest
    [InlineData(new[] { 7, 3 }, 5, new[] { 4, 1 })] // 3.5 and 1.5: one unit left over, to the earliest of the equal remainders
    [InlineData(new[] { 10, 20, 30 }, 31, new[] { 5, 10, 16 })] // 5.17, 10.33, 15.5: the largest remainder takes the unit
    [InlineData(new[] { 5, 5 }, 0, new[] { 0, 0 })]
    [InlineData(new[] { 5, 5 }, 30, new[] { 5, 5 })] // more than asked: each gets all it asked for, no more
    public void ProRata_SharesOutEveryUnit_ByTheLargestRemainders(int[] held, int harvested, int[] expected)
    {
        var window = Window(AllocationRule.ProRata);
        var reservations = Reservations(window, held);
        var given = Allocation.Of(AllocationRule.ProRata, harvested, reservations);
        Assert.Equal(expected, reservations.Select(r => given[r.Id]));
        Assert.Equal(Math.Min(harvested, held.Sum()), given.Values.Sum());
    }

    [Fact]
    public void FirstComeFirstServed_GivesWholeReservationsInTurn_ThenWhatIsLeft()
    {
        var window = Window(AllocationRule.FirstComeFirstServed);
        var reservations = Reservations(window, 4, 3, 5);
        var given = Allocation.Of(AllocationRule.FirstComeFirstServed, 9, reservations);
        Assert.Equal([4, 3, 2], reservations.Select(r => given[r.Id]));
    }

    [Fact]
    public void ADepositPaidInTwoTransfers_OfWhichTheCutPartIsOwedBack_AndTheRestIsTheBalance()
    {
        var window = Window(AllocationRule.ProRata);
        var reservation = Reservations(window, 7).Single();
        Assert.Equal(84_000, reservation.DepositVnd); // 7 × 40,000 × 30 %
        Assert.True(reservation.ReceiveDeposit(50_000, "line-1").IsSuccess); // in two transfers
        Assert.False(reservation.ReceiveDeposit(50_000, "line-1").IsSuccess); // the same line again
        Assert.False(reservation.ReceiveDeposit(34_001, "line-2").IsSuccess); // more than is owed
        Assert.True(reservation.ReceiveDeposit(34_000, "line-2").IsSuccess);
        Assert.Equal(0, reservation.DepositOwedVnd);
        reservation.Allocate(3, Start.AddDays(40));
        Assert.Equal(ReservationStatus.PartlyConfirmed, reservation.Status);
        Assert.Equal(36_000, reservation.DepositDueVnd); // 3 × 40,000 × 30 %
        Assert.Equal(84_000 - 36_000, reservation.DepositBackVnd);
        Assert.Equal((3 * 40_000) - 36_000, reservation.BalanceVnd);
    }

    [Fact]
    public void AnUnpaidDeposit_HasNothingToGiveBack_UntilItsTransferIsImported()
    {
        var reservation = Reservations(Window(AllocationRule.ProRata), 7).Single();
        reservation.Allocate(3, Start.AddDays(40));
        Assert.Equal(0, reservation.DepositBackVnd);
        Assert.Equal(36_000, reservation.DepositOwedVnd);
        Assert.Equal(3 * 40_000, reservation.BalanceVnd);

        // Paid before the harvest, imported after it: it counts, and the part for what was cut goes back.
        Assert.True(reservation.ReceiveDeposit(84_000, "line-1").IsSuccess);
        Assert.Equal(48_000, reservation.DepositBackVnd);
        Assert.Equal((3 * 40_000) - 36_000, reservation.BalanceVnd);
    }
}
