namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// A module's part of the demo data. The host runs the seeders in <see cref="Order"/> on the
/// first start of the embedded default; each one does nothing when its data already exists.
/// </summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
