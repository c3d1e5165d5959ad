using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;

namespace Marketplace.Ordering.Tests;

/// <summary>A cart joins another at sign-in as lines are added one by one: quantities add up, and the limits hold.</summary>
public sealed class CartTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void AVisitorsCart_JoinsThePersons_AddingUp_WithinTheSameLimits()
    {
        var person = new Cart(Guid.NewGuid(), "user:1", Now);
        var windows = Enumerable.Range(0, Cart.MaxPreorderLines).Select(_ => Guid.NewGuid()).ToList();
        foreach (var window in windows)
        {
            person.SetPreorder(window, 2, Now);
        }

        var pomelo = VariantId.From(Guid.NewGuid());
        person.Set(pomelo, 1, Now);

        var visitor = new Cart(Guid.NewGuid(), "visitor:1", Now);
        visitor.SetPreorder(windows[0], 3, Now); // one the person has: adds up
        visitor.SetPreorder(Guid.NewGuid(), 1, Now); // a 51st: left out, as adding it would be refused
        visitor.Set(pomelo, 4, Now);
        var tea = VariantId.From(Guid.NewGuid());
        visitor.Set(tea, 2, Now);

        person.MergeFrom(visitor, Now);

        Assert.Equal(Cart.MaxPreorderLines, person.Preorders.Count);
        Assert.Equal(5, person.PreorderQuantityOf(windows[0]));
        Assert.Equal(5, person.QuantityOf(pomelo));
        Assert.Equal(2, person.QuantityOf(tea));
    }
}
