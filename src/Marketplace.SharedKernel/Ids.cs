using Vogen;

namespace Marketplace.SharedKernel;

// Typed ids (ADR 0006): a product id passed where a variant id is expected no longer compiles.
// Each is a Guid underneath, so columns, routes and JSON keep the shape they had as bare Guids.
// Ids are made in one place each (New), never as default, which Vogen's analyzer refuses.

/// <summary>A member cooperative (a seller), once called VendorId in Catalog, Ordering and Payments.</summary>
[ValueObject<Guid>]
public readonly partial struct CooperativeId
{
    public static CooperativeId New() => From(Guid.NewGuid());
}

[ValueObject<Guid>]
public readonly partial struct ProductId
{
    public static ProductId New() => From(Guid.NewGuid());
}

[ValueObject<Guid>]
public readonly partial struct VariantId
{
    public static VariantId New() => From(Guid.NewGuid());
}

[ValueObject<Guid>]
public readonly partial struct OrderId
{
    public static OrderId New() => From(Guid.NewGuid());
}

/// <summary>One cooperative's part of an order: what it packs, ships and is paid for.</summary>
[ValueObject<Guid>]
public readonly partial struct OrderPartId
{
    public static OrderPartId New() => From(Guid.NewGuid());
}

/// <summary>The typed ids, for what handles them all alike (the OpenAPI schema: a uuid string).</summary>
public static class TypedIds
{
    public static IReadOnlySet<Type> All { get; } = new HashSet<Type>
    {
        typeof(CooperativeId), typeof(ProductId), typeof(VariantId), typeof(OrderId), typeof(OrderPartId),
    };
}
