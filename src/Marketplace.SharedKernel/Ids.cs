using Vogen;

namespace Marketplace.SharedKernel;

// Typed ids (ADR 0006): an id of one kind passed where another is expected no longer compiles.
// Each is a Guid underneath, so columns, routes and JSON keep the shape they had as bare Guids.

/// <summary>A member cooperative (a seller), once called VendorId in Catalog, Ordering and Payments.</summary>
[ValueObject<Guid>]
public readonly partial struct CooperativeId
{
    public static CooperativeId New() => From(Guid.NewGuid());
}

/// <summary>One checkout (or one accepted quote): what the buyer pays once.</summary>
[ValueObject<Guid>]
public readonly partial struct OrderId
{
    public static OrderId New() => From(Guid.NewGuid());
}

/// <summary>The share of an order that one cooperative fulfils, and is paid for.</summary>
[ValueObject<Guid>]
public readonly partial struct OrderPartId
{
    public static OrderPartId New() => From(Guid.NewGuid());
}

/// <summary>A product a cooperative lists: its text, pictures and variants.</summary>
[ValueObject<Guid>]
public readonly partial struct ProductId
{
    public static ProductId New() => From(Guid.NewGuid());
}

/// <summary>What is bought: one size or pack of a product, with its own price, stock and SKU.</summary>
[ValueObject<Guid>]
public readonly partial struct VariantId
{
    public static VariantId New() => From(Guid.NewGuid());
}

/// <summary>
/// A person's account (ASP.NET Core Identity's user id). What every module keeps of who did what,
/// so that a person may change their e-mail without losing their orders, cooperatives or reviews.
/// </summary>
[ValueObject<Guid>]
public readonly partial struct UserId
{
    /// <summary>Nobody: the id an anonymous caller has, which owns nothing.</summary>
    public static UserId None { get; } = From(Guid.Empty);
}

/// <summary>The typed ids, for what handles them all alike (the OpenAPI schema: a uuid string).</summary>
public static class TypedIds
{
    public static IReadOnlySet<Type> All { get; } = new HashSet<Type>
    {
        typeof(CooperativeId),
        typeof(OrderId),
        typeof(OrderPartId),
        typeof(ProductId),
        typeof(VariantId),
        typeof(UserId),
    };
}
