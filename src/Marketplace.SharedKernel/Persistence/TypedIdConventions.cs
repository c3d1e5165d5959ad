using Microsoft.EntityFrameworkCore;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>Each typed id is stored as the Guid it wraps: the columns keep their type and no data moves.</summary>
public static class TypedIdConventions
{
    /// <summary>
    /// Every id in <see cref="TypedIds.All"/>, through the converter and comparer Vogen generates in
    /// it: one list of the ids, so a new one is stored as a Guid the moment it is declared.
    /// </summary>
    public static void StoreAsGuids(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        foreach (var id in TypedIds.All)
        {
            configurationBuilder.Properties(id).HaveConversion(Generated(id, "EfCoreValueConverter"), Generated(id, "EfCoreValueComparer"));
        }
    }

    private static Type Generated(Type id, string name) =>
        id.GetNestedType(name) ?? throw new InvalidOperationException($"{id.Name} has no {name}: declare it with the EF Core conversion (VogenDefaults).");
}
