using Vogen;

namespace Marketplace.SharedKernel;

// Typed ids (ADR 0006): an id of one kind passed where another is expected no longer compiles.
// Each is a Guid underneath, so columns, routes and JSON keep the shape they had as bare Guids.
// OrderId, OrderPartId, ProductId and VariantId join here as their modules take them up.

/// <summary>A member cooperative (a seller), once called VendorId in Catalog, Ordering and Payments.</summary>
[ValueObject<Guid>]
public readonly partial struct CooperativeId
{
    public static CooperativeId New() => From(Guid.NewGuid());
}

/// <summary>The typed ids, for what handles them all alike (the OpenAPI schema: a uuid string).</summary>
public static class TypedIds
{
    public static IReadOnlySet<Type> All { get; } = new HashSet<Type>
    {
        typeof(CooperativeId),
    };
}
