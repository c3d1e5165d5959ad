using Microsoft.EntityFrameworkCore;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>Each typed id is stored as the Guid it wraps: the columns keep their type and no data moves.</summary>
public static class TypedIdConventions
{
    public static void StoreAsGuids(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<CooperativeId>().HaveConversion<CooperativeId.EfCoreValueConverter, CooperativeId.EfCoreValueComparer>();
        configurationBuilder.Properties<OrderId>().HaveConversion<OrderId.EfCoreValueConverter, OrderId.EfCoreValueComparer>();
        configurationBuilder.Properties<OrderPartId>().HaveConversion<OrderPartId.EfCoreValueConverter, OrderPartId.EfCoreValueComparer>();
    }
}
