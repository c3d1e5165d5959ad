namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// Work on existing rows that a migration cannot do in SQL (it needs the application's code, such
/// as folding Vietnamese text), run after the migrations on every start and release step. Each
/// finds what is left to do and does it in batches, so it costs one query once done.
/// </summary>
public interface IDataUpgrade
{
    Task UpgradeAsync(CancellationToken cancellationToken);
}
