using System.Text.Json.Serialization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Cart;

/// <summary>
/// Whose cart: a signed-in person's (by account) or a visitor's (by the id in their cookie).
/// A visitor's cart joins the person's when they sign in.
/// </summary>
internal sealed record CartOwner(string Key)
{
    /// <summary>A signed-in person's cart, by account: it follows them when they change their e-mail.</summary>
    public static CartOwner Person(UserId user) => new("u:" + user.Value.ToString("N"));

    public static CartOwner Visitor(Guid cookieId) => new("a:" + cookieId.ToString("N"));

    /// <summary>The person whose cart it is, or null for a visitor's.</summary>
    public UserId? PersonId => Key.StartsWith("u:", StringComparison.Ordinal) && Guid.TryParseExact(Key[2..], "N", out var id) ? UserId.From(id) : null;
}

internal static class CartStore
{
    /// <summary>The owner's cart to change, made (and added) if they have none yet.</summary>
    public static async Task<Domain.Cart> CartToChangeAsync(this OrderingDbContext db, CartOwner owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cart = await db.Carts.SingleOrDefaultAsync(c => c.OwnerKey == owner.Key, cancellationToken);
        if (cart is null)
        {
            cart = new Domain.Cart(Guid.NewGuid(), owner.Key, now);
            db.Carts.Add(cart);
        }

        return cart;
    }
}

internal sealed record CartLineView(
    VariantId VariantId,
    ProductId ProductId,
    string ProductName,
    string Sku,
    string Unit,
    int? NetWeightGrams,
    int Quantity,
    Money UnitPrice,
    Money LineTotal,
    int Stock,
    string? Problem)
{
    /// <summary>The list price while a cooperative's sale sells the line for less (shown struck through); else null.</summary>
    public Money? ListPrice { get; init; }
}

/// <summary>One cooperative's lines, with their subtotal and what it charges to deliver them (<see cref="Delivery"/> says how).</summary>
internal sealed record CartGroup(
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string VendorName,
    IReadOnlyList<CartLineView> Lines,
    Money Subtotal,
    Money Shipping)
{
    /// <summary>Null when the cooperative does not deliver to the province given (then <see cref="Problem"/> says so).</summary>
    public CartDelivery? Delivery { get; init; }

    public string? Problem { get; init; }

    /// <summary>What the cart's voucher takes off this parcel (its goods, or its delivery fee for a free-delivery voucher).</summary>
    public Money Discount { get; init; } = Money.Zero;
}

/// <summary>The voucher applied to a cart: what it takes off in all, or the <see cref="Problem"/> that stops it (then nothing).</summary>
internal sealed record CartVoucher(string Code, string? Title, Money Discount, string? Problem);

/// <summary>
/// How a cooperative's parcel goes: by whom, how heavy, and in how many days. Not
/// <see cref="Exact"/> while the cart has no address: quoted to the farthest region then.
/// </summary>
internal sealed record CartDelivery(DeliveryCarrier Carrier, long Grams, int MinDays, int MaxDays, bool Exact)
{
    /// <summary>The weight the carrier charges when the boxes' size makes it more than <see cref="Grams"/>, else null.</summary>
    public long? ChargedGrams { get; init; }
}

/// <summary>Where a cart is quoted to: a province of the 34 and, when known, the commune.</summary>
internal sealed record Destination(string Province, string? Commune);

/// <summary>
/// A cart priced as the catalog prices it now; <see cref="CanCheckOut"/> is false while a line has a problem.
/// Its pre-orders are apart: checkout takes the goods, <see cref="ReserveCartCommand"/> the pre-orders.
/// </summary>
internal sealed record CartView(IReadOnlyList<CartGroup> Groups, Money ItemsTotal, Money ShippingTotal, Money Total, bool CanCheckOut)
{
    public IReadOnlyList<CartPreorderView> Preorders { get; init; } = [];

    /// <summary>The voucher applied, if any; <see cref="Total"/> is less its discount.</summary>
    public CartVoucher? Voucher { get; init; }

    public Money Discount { get; init; } = Money.Zero;

    /// <summary>What reserving the cart's pre-orders asks to be paid now: their deposits.</summary>
    public Money DepositsTotal => Preorders.Aggregate(Money.Zero, (sum, p) => sum + p.Deposit);

    /// <summary>Some pre-order can be reserved as it stands: reserving takes those, and leaves the others in the cart with their reason.</summary>
    public bool CanReserve => Preorders.Any(p => p.Problem is null);
}

/// <summary>The cart, priced now; volume tiers apply for a verified business buyer.</summary>
internal sealed record GetCartQuery(CartOwner Owner, bool BusinessBuyer = false, Destination? To = null) : IQuery<CartView>;

/// <summary>Adds to a line (<see cref="Add"/>) or sets it; a quantity of 0 removes it.</summary>
internal sealed record SetCartLineCommand(CartOwner Owner, VariantId VariantId, int Quantity, bool Add, bool BusinessBuyer = false)
    : ICommand<Result<CartView>>, IRunsIn<OrderingTransaction>;

/// <summary>A visitor signed in: their cart's lines join the person's cart.</summary>
internal sealed record MergeCartsCommand(CartOwner From, CartOwner Into) : ICommand<Result<Done>>, IRunsIn<OrderingTransaction>;
